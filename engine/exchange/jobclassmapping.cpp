#include "jobclassmapping.h"

#include <QFile>
#include <QRegularExpression>
#include <QUrl>

namespace Qronos {

namespace {

bool isJavaClassName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$"));
    return re.match(name).hasMatch();
}

bool isTypeName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*$"));
    return re.match(name).hasMatch();
}

} // namespace

QString JobClassMapping::mainKey(const QString &jobType)
{
    if (jobType == QLatin1String("shell"))
        return QStringLiteral("program");
    if (jobType == QLatin1String("http"))
        return QStringLiteral("url");
    if (jobType == QLatin1String("sql"))
        return QStringLiteral("dataSource");
    if (jobType == QLatin1String("log"))
        return QStringLiteral("message");
    return {};
}

Result<Done> JobClassMapping::add(const JobClassMappingEntry &entry)
{
    if (!isJavaClassName(entry.javaClass))
        return fail(tr("\"%1\" is not a Java class name (expected e.g. com.acme.ReportJob).").arg(entry.javaClass));
    if (!isTypeName(entry.jobType))
        return fail(tr("\"%1\" is not a job type name (expected e.g. shell, http, sql, log, noop or a plugin's type).")
                        .arg(entry.jobType));
    const QString key = mainKey(entry.jobType);
    if (key.isEmpty() && !entry.argument.isEmpty())
        return fail(
            tr("The job type \"%1\" takes no argument; give its data in the job-data-map instead.").arg(entry.jobType));
    if (entry.jobType == QLatin1String("http") && !entry.argument.isEmpty()) {
        const QUrl url(entry.argument, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || url.host().isEmpty())
            return fail(tr("\"%1\" is not an absolute http:// or https:// URL with a host.").arg(entry.argument));
    }
    if (entry.jobType == QLatin1String("sql") && !entry.argument.isEmpty()) {
        static const QRegularExpression name(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
        if (!name.match(entry.argument).hasMatch())
            return fail(
                tr("\"%1\" is not a data source name (a letter, then letters, digits, _ or -).").arg(entry.argument));
    }
    if (const auto taken = forJavaClass(entry.javaClass)) {
        if (taken->line > 0)
            return fail(tr("The class %1 is already mapped on line %2.").arg(entry.javaClass).arg(taken->line));
        return fail(tr("The class %1 is already mapped.").arg(entry.javaClass));
    }
    m_entries.append(entry);
    return Done {};
}

Result<JobClassMapping> JobClassMapping::parse(const QString &text, const QString &fileName)
{
    JobClassMapping mapping;
    QStringList errors;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto report = [&](const QString &reason) {
            errors.append(fileName.isEmpty() ? tr("line %1: %2").arg(lineNumber).arg(reason)
                                             : QStringLiteral("%1:%2: %3").arg(fileName).arg(lineNumber).arg(reason));
        };
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0) {
            report(tr("expected JAVA_CLASS = TYPE or JAVA_CLASS = TYPE:ARGUMENT, e.g. "
                      "com.acme.ReportJob = shell:/opt/acme/report.sh"));
            continue;
        }
        JobClassMappingEntry entry;
        entry.line = lineNumber;
        entry.javaClass = line.left(equals).trimmed();
        const QString target = line.mid(equals + 1).trimmed();
        const qsizetype colon = target.indexOf(QLatin1Char(':'));
        entry.jobType = (colon < 0 ? target : target.left(colon)).trimmed();
        if (colon >= 0) {
            entry.argument = target.mid(colon + 1).trimmed();
            if (entry.argument.isEmpty()) {
                report(tr("nothing follows \"%1:\"; write the type alone or give an argument.").arg(entry.jobType));
                continue;
            }
        }
        if (Result<Done> added = mapping.add(entry); !added)
            report(added.error());
    }
    if (!errors.isEmpty())
        return fail(errors.join(QLatin1Char('\n')));
    return mapping;
}

Result<JobClassMapping> JobClassMapping::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the job class mapping %1: %2").arg(path, file.errorString()));
    return parse(QString::fromUtf8(file.readAll()), path);
}

std::optional<JobClassMappingEntry> JobClassMapping::forJavaClass(const QString &javaClass) const
{
    for (const JobClassMappingEntry &entry : m_entries) {
        if (entry.javaClass == javaClass)
            return entry;
    }
    return std::nullopt;
}

std::optional<JobClassMappingEntry> JobClassMapping::forJob(const QString &jobType, const JobDataMap &data) const
{
    const QString key = mainKey(jobType);
    for (const JobClassMappingEntry &entry : m_entries) {
        if (entry.jobType != jobType)
            continue;
        if (entry.argument.isEmpty())
            return entry;
        if (data.contains(key) && data.type(key) == JobDataMap::Type::String && data.string(key) == entry.argument)
            return entry;
    }
    return std::nullopt;
}

QString JobClassMapping::toText() const
{
    QString text;
    for (const JobClassMappingEntry &entry : m_entries) {
        text += entry.javaClass + QStringLiteral(" = ") + entry.jobType;
        if (!entry.argument.isEmpty())
            text += QLatin1Char(':') + entry.argument;
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace Qronos
