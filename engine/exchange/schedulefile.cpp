#include "schedulefile.h"

#include "exchange/schedulejson.h"

#include <QCoreApplication>

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::ScheduleFile)
};
} // namespace

ScheduleFormat scheduleFormatOf(const QString &fileName, const QByteArray &content)
{
    if (fileName.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
        return ScheduleFormat::QuartzXml;
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return ScheduleFormat::Json;
    qsizetype i = content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < content.size() && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r' || content[i] == '\n'))
        ++i;
    return i < content.size() && content[i] == '<' ? ScheduleFormat::QuartzXml : ScheduleFormat::Json;
}

ScheduleFileRead readScheduleFile(const QByteArray &content, ScheduleFormat format, const JobClassMapping &mapping,
                                  const QuartzXmlReadOptions &xmlOptions)
{
    ScheduleFileRead result;
    if (content.size() > ScheduleJson::MaxInputBytes) {
        result.problems << ImportProblem{{}, Tr::tr("The file is larger than %1 MiB, the most an import reads.")
                                                 .arg(ScheduleJson::MaxInputBytes / (1024 * 1024))};
        return result;
    }
    if (format == ScheduleFormat::Json) {
        ScheduleJson::ReadResult read = ScheduleJson::read(content);
        result.document = std::move(read.document);
        result.problems = std::move(read.problems);
    } else {
        QuartzXmlReadResult read = QuartzXml::read(content, mapping, xmlOptions);
        result.document = std::move(read.document);
        result.problems = std::move(read.problems);
        result.warnings = std::move(read.warnings);
    }
    return result;
}

ScheduleFileWrite writeScheduleFile(const ScheduleDocument &document, ScheduleFormat format,
                                    const JobClassMapping &mapping)
{
    if (format == ScheduleFormat::Json)
        return {ScheduleJson::write(document), {}};
    QuartzXmlWriteResult xml = QuartzXml::write(document, mapping);
    return {std::move(xml.xml), std::move(xml.notWritten)};
}

} // namespace Qronos
