#include "diffcommand.h"

#include "ctlsupport.h"
#include "exchange/schedulediff.h"
#include "store/databaseurl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace Qronos::Ctl {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qronosctl)
};

/// diff(1)'s exit codes: 1 is "different" here, so every kind of trouble is 2.
constexpr int ExitDifferent = 1;
constexpr int ExitTrouble = ExitUsage;

/// The URL as messages show it: without a password.
QString shown(const QString &urlText)
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(urlText);
    return url ? url->toString() : urlText;
}

/// Opens one side of the comparison and reads its whole schedule; a failure names the side (A or B) and the URL.
Result<ScheduleDocument> readSide(const QString &side, const QString &urlText)
{
    const auto failed = [&](const QString &why) {
        return fail(Tr::tr("database %1 (%2): %3").arg(side, shown(urlText), why));
    };
    const Result<DatabaseUrl> url = DatabaseUrl::parse(urlText);
    if (!url)
        return failed(url.error());
    // Opening creates a missing SQLite file; a misspelt path would then look like an empty schedule.
    if (url->kind() == DatabaseUrl::Kind::Sqlite && url->database() != QLatin1String(":memory:")
        && !QFileInfo::exists(url->database()))
        return failed(Tr::tr("there is no such file (diff does not create one)."));
    Result<std::shared_ptr<SqlJobStore>> store = openStore(urlText);
    if (!store)
        return failed(store.error());
    Result<ScheduleDocument> document = readSchedule(**store, ExportSelection{});
    if (!document)
        return failed(document.error());
    return document;
}

} // namespace

int runDiff(const QStringList &arguments, const QString &databaseUrl, std::FILE *out, std::FILE *err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Compares the schedules of two databases: prints how B differs from A, as the dry-run of importing A's "
        "schedule into B would (qronosctl import --dry-run), plus what only B holds:\n"
        "  + job g.x        only in A (B lacks it)\n"
        "  ~ trigger g.t: cron \"0 0 2 * * ?\" -> \"0 30 2 * * ?\"   in both, different: B's value -> A's value\n"
        "  - calendar c     only in B\n"
        "  = job g.y        the same (with --unchanged)\n"
        "Name the source first: diff --db STAGING --db PRODUCTION shows what promoting staging would change in "
        "production.\n"
        "Jobs, triggers (their paused state included) and calendars are compared field by field; fire times and "
        "counts are not. With --group or --job only those jobs, their triggers and the calendars those triggers use "
        "are compared, in both databases.\n"
        "Passwords come from each URL as for every command (the URL, QRONOS_DB_PASSWORD, the URL's ?passwordFile=, "
        "QRONOS_DB_PASSWORD_FILE, the OS keychain). QRONOS_DB_PASSWORD, when set, is used for both: for two different "
        "passwords leave it unset and give each URL its ?passwordFile= or its keychain entry (qronosctl password set "
        "--db URL).\n"
        "Exit codes, as diff(1): 0 the same, 1 different, 2 trouble (bad usage, or a database that cannot be opened "
        "or read)."));
    const QCommandLineOption db(QStringLiteral("db"),
                                Tr::tr("A database URL; give two: --db A --db B (a --db before the command counts as A)."),
                                Tr::tr("url"));
    const QCommandLineOption group(QStringLiteral("group"), Tr::tr("Compare the jobs of this group (repeatable)."),
                                   Tr::tr("group"));
    const QCommandLineOption job(QStringLiteral("job"), Tr::tr("Compare this job, GROUP.NAME (repeatable)."),
                                 Tr::tr("job"));
    const QCommandLineOption unchanged(QStringList{QStringLiteral("unchanged"), QStringLiteral("show-unchanged")},
                                       Tr::tr("List what is the same too."));
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("Output format: text (default) or json."),
                                    Tr::tr("format"), QStringLiteral("text"));
    parser.addOptions({db, group, job, unchanged, format});
    if (const int code = parseOrExit(parser, arguments, out, err); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return failWith(err, Tr::tr("diff takes no arguments but options (see --help)."), ExitTrouble);
    QStringList urls = parser.values(db);
    if (!databaseUrl.isEmpty())
        urls.prepend(databaseUrl);
    if (urls.size() != 2)
        return failWith(err, Tr::tr("diff compares two databases: give --db A --db B (see --help)."), ExitTrouble);
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json"))
        return failWith(err, Tr::tr("--format must be text or json, not \"%1\".").arg(formatName), ExitTrouble);
    ExportSelection selection;
    selection.groups = parser.values(group);
    Result<QList<JobKey>> jobs = jobKeysFrom(parser.values(job));
    if (!jobs)
        return failWith(err, jobs.error(), ExitTrouble);
    selection.jobs = *jobs;

    const Result<ScheduleDocument> a = readSide(QStringLiteral("A"), urls.at(0));
    if (!a)
        return failWith(err, a.error(), ExitTrouble);
    const Result<ScheduleDocument> b = readSide(QStringLiteral("B"), urls.at(1));
    if (!b)
        return failWith(err, b.error(), ExitTrouble);
    const ImportPlan diff = diffSchedules(*a, *b, selection);
    if (!diff.ok()) {
        for (const ImportProblem &problem : diff.problems)
            failWith(err, problem.toString(), ExitTrouble);
        return ExitTrouble;
    }
    if (formatName == QLatin1String("json")) {
        const QByteArray json = planItemsJson(diff, parser.isSet(unchanged));
        std::fwrite(json.constData(), 1, size_t(json.size()), out);
    } else {
        print(out, diff.toText(parser.isSet(unchanged)));
    }
    std::fflush(out);
    return diff.changesSomething() ? ExitDifferent : ExitOk;
}

} // namespace Qronos::Ctl
