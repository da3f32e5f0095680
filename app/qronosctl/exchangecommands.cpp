#include "exchangecommands.h"

#include "ctlsupport.h"
#include "exchange/importplan.h"
#include "exchange/scheduleexport.h"
#include "exchange/schedulefile.h"
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


/// --format, else the file's extension or content (ScheduleFormat: .xml or a leading '<' is Quartz XML), else JSON.
Result<ScheduleFormat> formatOf(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &file,
                                const QByteArray &content = {})
{
    const QString name = parser.value(option);
    if (name.isEmpty())
        return scheduleFormatOf(file, content);
    if (name == QLatin1String("json"))
        return ScheduleFormat::Json;
    if (name == QLatin1String("quartz-xml"))
        return ScheduleFormat::QuartzXml;
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

Result<JobClassMapping> mappingFrom(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return JobClassMapping();
    return JobClassMapping::load(parser.value(option));
}

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
    const Result<ScheduleFormat> fmt = formatOf(parser, format, parser.value(outFile));
    if (!fmt)
        return failWith(err, fmt.error(), ExitUsage);
    ExportSelection selection;
    selection.groups = parser.values(group);
    Result<QList<JobKey>> jobs = jobKeysFrom(parser.values(job));
    if (!jobs)
        return failWith(err, jobs.error(), ExitUsage);
    selection.jobs = *jobs;
    Result<JobClassMapping> classes = mappingFrom(parser, mapping);
    if (!classes)
        return failWith(err, classes.error(), ExitUsage);

    Result<std::shared_ptr<SqlJobStore>> store = openStore(parser.isSet(db) ? parser.value(db) : dbUrl);
    if (!store)
        return failWith(err, store.error(), ExitFailure);
    Result<ScheduleDocument> document = readSchedule(**store, selection);
    if (!document)
        return failWith(err, document.error(), ExitFailure);

    const ScheduleFileWrite written = writeScheduleFile(*document, *fmt, *classes);
    for (const QString &note : written.notWritten)
        print(err, Tr::tr("qronosctl: not in the Quartz XML file: %1\n").arg(note));
    const QByteArray &bytes = written.content;
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
    Result<JobClassMapping> classes = mappingFrom(parser, mapping);
    if (!classes)
        return failWith(err, classes.error(), ExitUsage);

    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return failWith(err, Tr::tr("cannot read %1: %2").arg(path, file.errorString()), ExitUsage);
    // Up to one byte more than a file may have (so that a larger one is refused, not cut). A pipe gives its bytes
    // in pieces: read until the end.
    QByteArray bytes;
    while (bytes.size() <= ScheduleJson::MaxInputBytes) {
        const QByteArray piece = file.read(ScheduleJson::MaxInputBytes + 1 - bytes.size());
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
    if (file.error() != QFileDevice::NoError)
        return failWith(err, Tr::tr("cannot read %1: %2").arg(path, file.errorString()), ExitUsage);
    const Result<ScheduleFormat> fmt = formatOf(parser, format, path, bytes);
    if (!fmt)
        return failWith(err, fmt.error(), ExitUsage);

    QuartzXmlReadOptions options;
    options.importUnmappedAsPausedNoop = parser.isSet(unmapped);
    ScheduleFileRead read = readScheduleFile(bytes, *fmt, *classes, options);
    ImportProblems problems = std::move(read.problems);
    ImportProblems warnings = std::move(read.warnings);
    ScheduleDocument document = std::move(read.document);
    if (problems.isEmpty()) {
        // Job data the built-in types refuse; a type this program does not know may be a node's plugin type.
        const std::shared_ptr<JobTypeRegistry> registry = builtInRegistry();
        problems = checkJobData(document, *registry);
        warnings << unknownJobTypes(document, *registry);
    }
    for (const ImportProblem &warning : std::as_const(warnings))
        print(err, Tr::tr("%1: warning: %2\n").arg(path, warning.toString()));
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
