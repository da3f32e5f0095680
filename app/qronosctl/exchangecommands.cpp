#include "exchangecommands.h"

#include "ctlsupport.h"
#include "exchange/importplan.h"
#ifdef QRONOS_HAVE_QUARTZ_XML
#include "exchange/quartzxml.h"
#endif
#include "exchange/scheduleexport.h"
#include "exchange/schedulejson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Qronos::Ctl {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qronosctl)
};


/// The exchange formats. Each reader and writer plugs in here.
enum class ExchangeFormat { Json, QuartzXml };

/// --format, else the file's extension (.xml: Quartz XML), else JSON.
Result<ExchangeFormat> formatOf(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &file)
{
    QString name = parser.value(option);
    if (name.isEmpty())
        name = file.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive) ? QStringLiteral("quartz-xml")
                                                                          : QStringLiteral("json");
    if (name == QLatin1String("json"))
        return ExchangeFormat::Json;
    if (name == QLatin1String("quartz-xml"))
        return ExchangeFormat::QuartzXml;
    return fail(Tr::tr("--format must be json or quartz-xml, not \"%1\".").arg(name));
}

QCommandLineOption exchangeFormatOption()
{
    return QCommandLineOption(QStringLiteral("format"),
                              Tr::tr("json (qronos/1) or quartz-xml (job_scheduling_data_2_0); default: by the file's "
                                     "extension (.xml is quartz-xml), else json."),
                              Tr::tr("format"));
}

QCommandLineOption mappingOption()
{
    return QCommandLineOption(QStringLiteral("mapping"),
                              Tr::tr("quartz-xml: the file mapping Java job classes to Qronos job types "
                                     "(lines \"com.acme.ReportJob = shell:/opt/acme/report.sh\")."),
                              Tr::tr("file"));
}

#ifdef QRONOS_HAVE_QUARTZ_XML
using Mapping = JobClassMapping;
Result<Mapping> mappingFrom(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return Mapping();
    return JobClassMapping::load(parser.value(option));
}
#else
// The Quartz XML reader and writer plug in here when the engine has them (QRONOS_HAVE_QUARTZ_XML).
struct Mapping
{
};
Result<Mapping> mappingFrom(const QCommandLineParser &, const QCommandLineOption &) { return Mapping{}; }
#endif
void printProblems(std::FILE *err, const QString &file, const ImportProblems &problems)
{
    for (const ImportProblem &problem : problems)
        print(err, QStringLiteral("%1: %2\n").arg(file, problem.toString()));
    print(err, Tr::tr("qronosctl: %n problem(s); nothing was changed.\n", nullptr, int(problems.size())));
}

int exportCommand(const QStringList &arguments, const QString &dbUrl, std::FILE *out, std::FILE *err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes the schedule (jobs, their triggers and the calendars they use) as a qronos/1 JSON file, or as "
               "Quartz XML. Without --group and --job: everything, every calendar included."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption outFile(QStringLiteral("out"), Tr::tr("Write to this file (default: standard output)."),
                                     Tr::tr("file"));
    const QCommandLineOption group(QStringLiteral("group"), Tr::tr("The jobs of this group (repeatable)."), Tr::tr("group"));
    const QCommandLineOption job(QStringLiteral("job"), Tr::tr("This job, GROUP.NAME (repeatable)."), Tr::tr("job"));
    const QCommandLineOption format = exchangeFormatOption();
    const QCommandLineOption mapping = mappingOption();
    parser.addOptions({db, outFile, group, job, format, mapping});
    if (const int code = parseOrExit(parser, arguments, out, err); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return failWith(err, Tr::tr("export takes no arguments but options (see --help)."), ExitUsage);
    const Result<ExchangeFormat> fmt = formatOf(parser, format, parser.value(outFile));
    if (!fmt)
        return failWith(err, fmt.error(), ExitUsage);
    ExportSelection selection;
    selection.groups = parser.values(group);
    for (const QString &text : parser.values(job)) {
        const JobKey key = keyFromText<JobKey>(text);
        if (key.name().isEmpty())
            return failWith(err, Tr::tr("--job needs GROUP.NAME, not \"%1\".").arg(text), ExitUsage);
        selection.jobs << key;
    }
    Result<Mapping> classes = mappingFrom(parser, mapping);
    if (!classes)
        return failWith(err, classes.error(), ExitUsage);

    Result<std::shared_ptr<SqlJobStore>> store = openStore(parser.isSet(db) ? parser.value(db) : dbUrl);
    if (!store)
        return failWith(err, store.error(), ExitFailure);
    Result<ScheduleDocument> document = readSchedule(**store, selection);
    if (!document)
        return failWith(err, document.error(), ExitFailure);

    QByteArray bytes;
    if (*fmt == ExchangeFormat::Json) {
        bytes = ScheduleJson::write(*document);
    } else {
#ifdef QRONOS_HAVE_QUARTZ_XML
        const QuartzXmlWriteResult xml = QuartzXml::write(*document, *classes);
        for (const QString &note : xml.notWritten)
            print(err, Tr::tr("qronosctl: not in the Quartz XML file: %1\n").arg(note));
        bytes = xml.xml;
#else
        return failWith(err, Tr::tr("quartz-xml: not available in this build."), ExitUsage);
#endif
    }
    if (!parser.isSet(outFile)) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), out);
        std::fflush(out);
        return ExitOk;
    }
    QSaveFile file(parser.value(outFile));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failWith(err, Tr::tr("cannot write %1: %2").arg(parser.value(outFile), file.errorString()), ExitFailure);
    print(out, Tr::tr("Exported %n job(s), %1 trigger(s) and %2 calendar(s) to %3.\n", nullptr, int(document->jobs.size()))
                   .arg(document->triggers.size())
                   .arg(document->calendars.size())
                   .arg(parser.value(outFile)));
    return ExitOk;
}

int importCommand(const QStringList &arguments, const QString &dbUrl, std::FILE *out, std::FILE *err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Imports a qronos/1 JSON file (or Quartz XML). The import is planned first: what it adds, changes "
               "and removes, field by field. With --dry-run only the plan is printed; otherwise it is applied in one "
               "transaction. A file with any problem changes nothing: every problem is printed with its place."));
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The file to import (- for standard input)."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Tr::tr("Print the plan; change nothing."));
    const QCommandLineOption unchanged(QStringLiteral("show-unchanged"), Tr::tr("List unchanged items too."));
    const QCommandLineOption format = exchangeFormatOption();
    const QCommandLineOption mapping = mappingOption();
    const QCommandLineOption unmapped(QStringLiteral("unmapped-as-noop"),
                                      Tr::tr("quartz-xml: import a job of an unmapped class as a paused noop job "
                                             "instead of refusing the file."));
    parser.addOptions({db, dryRun, unchanged, format, mapping, unmapped});
    if (const int code = parseOrExit(parser, arguments, out, err); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return failWith(err, Tr::tr("import needs exactly one file (see --help)."), ExitUsage);
    const QString path = parser.positionalArguments().constFirst();
    const Result<ExchangeFormat> fmt = formatOf(parser, format, path);
    if (!fmt)
        return failWith(err, fmt.error(), ExitUsage);
    Result<Mapping> classes = mappingFrom(parser, mapping);
    if (!classes)
        return failWith(err, classes.error(), ExitUsage);

    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return failWith(err, Tr::tr("cannot read %1: %2").arg(path, file.errorString()), ExitUsage);
    const QByteArray bytes = file.read(ScheduleJson::MaxInputBytes + 1);

    ScheduleDocument document;
    ImportProblems problems;
    if (*fmt == ExchangeFormat::Json) {
        ScheduleJson::ReadResult read = ScheduleJson::read(bytes);
        problems = read.problems;
        document = std::move(read.document);
    } else {
#ifndef QRONOS_HAVE_QUARTZ_XML
        return failWith(err, Tr::tr("quartz-xml: not available in this build."), ExitUsage);
#else
        QuartzXmlReadOptions options;
        options.importUnmappedAsPausedNoop = parser.isSet(unmapped);
        QuartzXmlReadResult read = QuartzXml::read(bytes, *classes, options);
        for (const ImportProblem &warning : std::as_const(read.warnings))
            print(err, Tr::tr("%1: warning: %2\n").arg(path, warning.toString()));
        problems = read.problems;
        document = std::move(read.document);
#endif
    }
    if (problems.isEmpty()) {
        // Job data the built-in types refuse; a type this program does not know may be a node's plugin type.
        const std::shared_ptr<JobTypeRegistry> registry = builtInRegistry();
        problems = checkJobData(document, *registry);
        QStringList unknown;
        for (const DocumentJob &j : std::as_const(document.jobs)) {
            if (!registry->contains(j.job.jobType()) && !unknown.contains(j.job.jobType()))
                unknown << j.job.jobType();
        }
        for (const QString &type : std::as_const(unknown))
            print(err, Tr::tr("%1: warning: job type \"%2\" is not built in; only nodes with a plugin for it will run "
                              "its jobs.\n").arg(path, type));
    }
    if (!problems.isEmpty()) {
        printProblems(err, path, problems);
        return ExitUsage;
    }

    Result<std::shared_ptr<SqlJobStore>> store = openStore(parser.isSet(db) ? parser.value(db) : dbUrl);
    if (!store)
        return failWith(err, store.error(), ExitFailure);
    if (parser.isSet(dryRun)) {
        Result<ImportPlan> plan = planImport(**store, document);
        if (!plan)
            return failWith(err, plan.error(), ExitFailure);
        if (!plan->ok()) {
            print(out, plan->toText(parser.isSet(unchanged)));
            printProblems(err, path, plan->problems);
            return ExitUsage;
        }
        print(out, plan->toText(parser.isSet(unchanged)));
        print(out, Tr::tr("Dry run: nothing was changed.\n"));
        return ExitOk;
    }
    Result<ImportReport> report = (*store)->applyImport(document);
    if (!report)
        return failWith(err, Tr::tr("the import failed and changed nothing: %1").arg(report.error()), ExitFailure);
    print(out, report->plan.toText(parser.isSet(unchanged)));
    if (!report->applied) {
        printProblems(err, path, report->plan.problems);
        return ExitUsage;
    }
    print(out, report->plan.changesSomething() ? Tr::tr("Imported in one transaction.\n")
                                               : Tr::tr("Nothing to change.\n"));
    return ExitOk;
}

} // namespace

int runExchangeCommand(const QString &command, const QStringList &arguments, const QString &databaseUrl,
                       std::FILE *out, std::FILE *err)
{
    if (command == QLatin1String("export"))
        return exportCommand(arguments, databaseUrl, out, err);
    if (command == QLatin1String("import"))
        return importCommand(arguments, databaseUrl, out, err);
    return -1;
}

} // namespace Qronos::Ctl
