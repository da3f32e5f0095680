#include "quartzdbcommands.h"

#include "ctlsupport.h"
#include "exchange/isotime.h"
#include "keychain.h"
#include "model/misfireinstruction.h"
#include "store/quartzdatabase.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>
#include <QUrlQuery>

namespace Qronos::Ctl {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qronosctl)
};

const QString kQuartzDb = QStringLiteral("--quartz-db");
const QString kQuartzPrefix = QStringLiteral("--quartz-prefix");
const QString kQuartzScheduler = QStringLiteral("--quartz-scheduler");

QJsonValue timeValue(std::optional<qint64> ms)
{
    return ms ? QJsonValue(IsoTime::formatUtc(*ms)) : QJsonValue(QJsonValue::Null);
}

/// The global options before the command.
struct Globals
{
    QString url;
    QString prefix;
    QString scheduler;
    bool schedulerGiven = false;
    QStringList rest; ///< the program name, the command and its arguments
};

/// Takes --quartz-db, --quartz-prefix and --quartz-scheduler (as "--x value" or "--x=value") off the front.
Result<Globals> globalsFrom(QStringList args)
{
    Globals g;
    g.rest.append(args.takeFirst());
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--quartz-"))) {
        const QString arg = args.takeFirst();
        QString name = arg;
        QString value;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
        } else if (!args.isEmpty()) {
            value = args.takeFirst();
        } else {
            return fail(Tr::tr("%1 needs a value.").arg(arg));
        }
        if (name == kQuartzDb) {
            g.url = value;
        } else if (name == kQuartzPrefix) {
            g.prefix = value;
        } else if (name == kQuartzScheduler) {
            g.scheduler = value;
            g.schedulerGiven = true;
        } else {
            return fail(Tr::tr("Unknown option %1; the Java Quartz options are --quartz-db, --quartz-prefix and "
                               "--quartz-scheduler.")
                            .arg(name));
        }
    }
    g.rest.append(args);
    if (g.url.isEmpty())
        return fail(Tr::tr("--quartz-db needs the URL of the Java Quartz database, e.g. "
                           "postgresql://quartz@dbhost:5432/quartz."));
    return g;
}

Result<DatabaseUrl> urlFrom(Globals &g)
{
    Result<DatabaseUrl> url = DatabaseUrl::parse(g.url);
    if (!url)
        return fail(Tr::tr("--quartz-db: %1").arg(url.error()));
    // ?prefix= and ?scheduler= in the URL count as given; the options win.
    const QUrlQuery query(QUrl(g.url).query());
    if (g.prefix.isEmpty())
        g.prefix = url->tablePrefix();
    if (!g.schedulerGiven && query.hasQueryItem(QStringLiteral("scheduler")))
        g.scheduler = url->schedulerName();
    return url;
}

QString kindText(const QuartzTrigger &t)
{
    switch (t.type) {
    case QuartzTriggerType::Cron: return QStringLiteral("cron");
    case QuartzTriggerType::Simple: return QStringLiteral("simple");
    case QuartzTriggerType::CalendarInterval: return QStringLiteral("calendar-interval");
    case QuartzTriggerType::DailyTimeInterval: return QStringLiteral("daily-time-interval");
    case QuartzTriggerType::Blob: return QStringLiteral("blob");
    case QuartzTriggerType::Other: break;
    }
    return t.typeName.toLower();
}

/// java.util.Calendar's day numbers (1 = Sunday) as short day names in the UI language: "2,3,4" -> "Mon,Tue,Wed".
QString daysText(const QString &days)
{
    QStringList names;
    for (const QString &day : days.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int javaDay = day.trimmed().toInt(&ok);
        if (!ok || javaDay < 1 || javaDay > 7)
            return days;
        names.append(QLocale().dayName(javaDay == 1 ? 7 : javaDay - 1, QLocale::ShortFormat));
    }
    return names.join(QLatin1Char(','));
}

/// The daily window "h,m,s,h,m,s" as "09:00:00-17:30:00".
QString windowText(const QString &window)
{
    const QStringList parts = window.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.size() != 6)
        return window;
    const auto time = [&parts](int from) {
        return QStringLiteral("%1:%2:%3")
            .arg(parts.at(from).toInt(), 2, 10, QLatin1Char('0'))
            .arg(parts.at(from + 1).toInt(), 2, 10, QLatin1Char('0'))
            .arg(parts.at(from + 2).toInt(), 2, 10, QLatin1Char('0'));
    };
    return time(0) + QLatin1Char('-') + time(3);
}

QString scheduleText(const QuartzTrigger &t)
{
    switch (t.type) {
    case QuartzTriggerType::Cron:
        return t.cronExpression;
    case QuartzTriggerType::Simple:
        if (t.repeatCount == 0)
            return Tr::tr("once");
        return t.repeatCount < 0 ? Tr::tr("every %1 ms").arg(t.repeatIntervalMs)
                                 : Tr::tr("every %1 ms, %2 more time(s)").arg(t.repeatIntervalMs).arg(t.repeatCount);
    case QuartzTriggerType::CalendarInterval:
        return Tr::tr("every %1 %2").arg(t.repeatInterval).arg(t.repeatIntervalUnit);
    case QuartzTriggerType::DailyTimeInterval:
        return Tr::tr("every %1 %2, days %3, window %4")
            .arg(QString::number(t.repeatInterval), t.repeatIntervalUnit, daysText(t.daysOfWeek), windowText(t.timeOfDay));
    case QuartzTriggerType::Blob:
        return Tr::tr("Java-serialized trigger (opaque)");
    case QuartzTriggerType::Other:
        break;
    }
    return {};
}

QString misfireText(const QuartzTrigger &t)
{
    if (const std::optional<TriggerKind> kind = triggerKindOf(t.type)) {
        const QString name = Misfire::name(*kind, t.misfireInstruction);
        if (!name.isEmpty())
            return name;
    }
    return QString::number(t.misfireInstruction);
}

QString blobText(int bytes)
{
    if (bytes < 0)
        return QString();
    return Tr::tr("Java-serialized, %1 bytes").arg(bytes);
}

const QCommandLineOption &yesOption()
{
    static const QCommandLineOption yes(QStringLiteral("yes"), Tr::tr("Really write to the Java Quartz database."));
    return yes;
}

/// Lists: schedulers, jobs, triggers, calendars, nodes, running.
int listCommand(const QString &command, QuartzDatabase &db, const QCommandLineParser &parser, Format fmt,
                std::FILE *out, std::FILE *err)
{
    QList<QJsonObject> rows;
    if (command == QLatin1String("jobs")) {
        Result<QList<QuartzJob>> jobs = db.jobs();
        if (!jobs)
            return failWith(err, jobs.error(), ExitFailure);
        for (const QuartzJob &j : *jobs) {
            rows.append(QJsonObject{{QStringLiteral("group"), j.key.group()},
                                    {QStringLiteral("job"), j.key.name()},
                                    {QStringLiteral("job_class"), j.jobClassName},
                                    {QStringLiteral("durable"), j.durable},
                                    {QStringLiteral("non_concurrent"), j.nonConcurrent},
                                    {QStringLiteral("update_data"), j.updateData},
                                    {QStringLiteral("requests_recovery"), j.requestsRecovery},
                                    {QStringLiteral("job_data"), blobText(j.jobDataBytes)},
                                    {QStringLiteral("description"), j.description}});
        }
        printRows(out, fmt,
                  {QStringLiteral("group"), QStringLiteral("job"), QStringLiteral("job_class"), QStringLiteral("durable"),
                   QStringLiteral("non_concurrent"), QStringLiteral("update_data"), QStringLiteral("requests_recovery"),
                   QStringLiteral("job_data"), QStringLiteral("description")},
                  rows);
        return ExitOk;
    }
    if (command == QLatin1String("triggers")) {
        Result<QList<QuartzTrigger>> triggers = db.triggers();
        if (!triggers)
            return failWith(err, triggers.error(), ExitFailure);
        for (const QuartzTrigger &t : *triggers) {
            rows.append(QJsonObject{
                {QStringLiteral("group"), t.key.group()},
                {QStringLiteral("trigger"), t.key.name()},
                {QStringLiteral("job_group"), t.job.group()},
                {QStringLiteral("job"), t.job.name()},
                {QStringLiteral("kind"), kindText(t)},
                {QStringLiteral("schedule"), scheduleText(t)},
                {QStringLiteral("time_zone"), t.timeZoneId},
                {QStringLiteral("state"), t.state},
                {QStringLiteral("next_fire_time"), timeValue(t.nextFireTime)},
                {QStringLiteral("previous_fire_time"), timeValue(t.previousFireTime)},
                {QStringLiteral("start_time"), timeValue(t.startTime)},
                {QStringLiteral("end_time"), timeValue(t.endTime)},
                {QStringLiteral("times_triggered"), t.type == QuartzTriggerType::Simple || t.type == QuartzTriggerType::CalendarInterval
                                                           || t.type == QuartzTriggerType::DailyTimeInterval
                                                       ? QJsonValue(t.timesTriggered)
                                                       : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("calendar"), t.calendarName},
                {QStringLiteral("priority"), t.priority},
                {QStringLiteral("misfire"), misfireText(t)},
                {QStringLiteral("description"), t.description}});
        }
        printRows(out, fmt,
                  {QStringLiteral("group"), QStringLiteral("trigger"), QStringLiteral("job_group"), QStringLiteral("job"),
                   QStringLiteral("kind"), QStringLiteral("schedule"), QStringLiteral("time_zone"),
                   QStringLiteral("state"), QStringLiteral("next_fire_time"), QStringLiteral("previous_fire_time"),
                   QStringLiteral("start_time"), QStringLiteral("end_time"), QStringLiteral("times_triggered"),
                   QStringLiteral("calendar"), QStringLiteral("priority"), QStringLiteral("misfire"),
                   QStringLiteral("description")},
                  rows);
        return ExitOk;
    }
    if (command == QLatin1String("calendars")) {
        Result<QList<QuartzCalendar>> calendars = db.calendars();
        if (!calendars)
            return failWith(err, calendars.error(), ExitFailure);
        for (const QuartzCalendar &c : *calendars)
            rows.append(QJsonObject{{QStringLiteral("calendar"), c.name}, {QStringLiteral("contents"), blobText(c.bytes)}});
        printRows(out, fmt, {QStringLiteral("calendar"), QStringLiteral("contents")}, rows);
        return ExitOk;
    }
    if (command == QLatin1String("paused-groups")) {
        Result<QStringList> groups = db.pausedTriggerGroups();
        if (!groups)
            return failWith(err, groups.error(), ExitFailure);
        for (const QString &g : *groups)
            rows.append(QJsonObject{{QStringLiteral("trigger_group"), g}});
        printRows(out, fmt, {QStringLiteral("trigger_group")}, rows);
        return ExitOk;
    }
    if (command == QLatin1String("nodes")) {
        Result<QList<QuartzInstance>> instances = db.instances();
        if (!instances)
            return failWith(err, instances.error(), ExitFailure);
        for (const QuartzInstance &i : *instances) {
            rows.append(QJsonObject{{QStringLiteral("instance_id"), i.instanceName},
                                    {QStringLiteral("last_checkin"), timeValue(i.lastCheckinTime)},
                                    {QStringLiteral("checkin_age_ms"), i.checkinAgeMs},
                                    {QStringLiteral("checkin_interval_ms"), i.checkinIntervalMs},
                                    {QStringLiteral("overdue"), i.overdue}});
        }
        printRows(out, fmt,
                  {QStringLiteral("instance_id"), QStringLiteral("last_checkin"), QStringLiteral("checkin_age_ms"),
                   QStringLiteral("checkin_interval_ms"), QStringLiteral("overdue")},
                  rows);
        return ExitOk;
    }
    // running
    Result<QList<QuartzFiredTrigger>> fired = db.firedTriggers();
    if (!fired)
        return failWith(err, fired.error(), ExitFailure);
    for (const QuartzFiredTrigger &f : *fired) {
        rows.append(QJsonObject{{QStringLiteral("job"), f.job.isNull() ? QString() : f.job.name()},
                                {QStringLiteral("group"), f.job.isNull() ? QString() : f.job.group()},
                                {QStringLiteral("trigger"), f.trigger.name()},
                                {QStringLiteral("trigger_group"), f.trigger.group()},
                                {QStringLiteral("node"), f.instanceName},
                                {QStringLiteral("state"), f.state},
                                {QStringLiteral("scheduled_time"), timeValue(f.scheduledTime)},
                                {QStringLiteral("fire_time"), timeValue(f.firedTime)},
                                {QStringLiteral("entry_id"), f.entryId}});
    }
    printRows(out, fmt,
              {QStringLiteral("job"), QStringLiteral("group"), QStringLiteral("trigger"), QStringLiteral("trigger_group"),
               QStringLiteral("node"), QStringLiteral("state"), QStringLiteral("scheduled_time"),
               QStringLiteral("fire_time"), QStringLiteral("entry_id")},
              rows);
    Q_UNUSED(parser);
    return ExitOk;
}

/// The targets pause, resume, fire and delete need, checked before any connection: -1 when given right, else the
/// exit code after the message.
int checkActionUsage(const QString &command, const QCommandLineParser &parser, const QCommandLineOption &trigger,
                     const QCommandLineOption &group, const QCommandLineOption &job, std::FILE *err)
{
    if (command == QLatin1String("fire")) {
        if (!parser.isSet(job) || parser.isSet(trigger) || parser.isSet(group))
            return failWith(err, Tr::tr("fire needs --job (name, or group.name) and nothing else."), ExitUsage);
        return -1;
    }
    if (parser.isSet(job))
        return failWith(err, Tr::tr("%1 acts on triggers: give --trigger or --group, not --job.").arg(command), ExitUsage);
    if (parser.isSet(trigger) == parser.isSet(group) || (command == QLatin1String("delete") && parser.isSet(group)))
        return failWith(err,
                        command == QLatin1String("delete")
                            ? Tr::tr("delete needs --trigger (name, or group.name).")
                            : Tr::tr("%1 needs either --trigger (name, or group.name) or --group.").arg(command),
                        ExitUsage);
    return -1;
}

/// pause, resume, fire, delete (their targets checked by checkActionUsage()).
int actionCommand(const QString &command, QuartzDatabase &db, const QCommandLineParser &parser,
                  const QCommandLineOption &trigger, const QCommandLineOption &group, const QCommandLineOption &job,
                  std::FILE *out, std::FILE *err)
{
    const bool yes = parser.isSet(yesOption());
    const QuartzConfirmation confirmation = yes ? QuartzConfirmation::Confirmed : QuartzConfirmation::Unconfirmed;
    const QString where = Tr::tr("the Java scheduler \"%1\" in %2").arg(db.schedulerName(), db.displayUrl());
    const auto refuse = [&](const QString &what) {
        print(err, Tr::tr("qronosctl: would %1 in %2; nothing was changed. Add --yes to do it.\n").arg(what, where));
        return ExitUsage;
    };
    if (command == QLatin1String("fire")) {
        const JobKey key = keyFromText<JobKey>(parser.value(job));
        if (!yes)
            return refuse(Tr::tr("fire the job %1 now (a one-shot trigger in group DEFAULT)").arg(key.toString()));
        Result<TriggerKey> fired = db.fireJobNow(key, confirmation);
        if (!fired)
            return failWith(err, fired.error(), ExitFailure);
        print(out, Tr::tr("Stored the one-shot trigger %1 for job %2; a Java node will run it.\n")
                       .arg(fired->toString(), key.toString()));
        return ExitOk;
    }
    if (parser.isSet(group)) {
        const QString g = parser.value(group);
        const bool pause = command == QLatin1String("pause");
        if (!yes)
            return refuse(pause ? Tr::tr("pause the trigger group %1").arg(g) : Tr::tr("resume the trigger group %1").arg(g));
        Result<int> n = pause ? db.pauseTriggerGroup(g, confirmation) : db.resumeTriggerGroup(g, confirmation);
        if (!n)
            return failWith(err, n.error(), ExitFailure);
        print(out, (pause ? Tr::tr("Paused the trigger group %1: %2 trigger(s) changed.\n")
                          : Tr::tr("Resumed the trigger group %1: %2 trigger(s) changed.\n"))
                       .arg(g)
                       .arg(*n));
        return ExitOk;
    }
    const TriggerKey key = keyFromText<TriggerKey>(parser.value(trigger));
    if (command == QLatin1String("delete")) {
        if (!yes)
            return refuse(Tr::tr("delete the trigger %1 (and its job, if not durable and left without triggers)")
                              .arg(key.toString()));
        Result<QuartzDeletion> deleted = db.deleteTrigger(key, confirmation);
        if (!deleted)
            return failWith(err, deleted.error(), ExitFailure);
        print(out, deleted->jobDeleted ? Tr::tr("Deleted the trigger %1 and its job %2, which was not durable.\n")
                                             .arg(key.toString(), deleted->job.toString())
                                       : Tr::tr("Deleted the trigger %1.\n").arg(key.toString()));
        return ExitOk;
    }
    const bool pause = command == QLatin1String("pause");
    if (!yes)
        return refuse(pause ? Tr::tr("pause the trigger %1").arg(key.toString())
                            : Tr::tr("resume the trigger %1").arg(key.toString()));
    Result<bool> changed = pause ? db.pauseTrigger(key, confirmation) : db.resumeTrigger(key, confirmation);
    if (!changed)
        return failWith(err, changed.error(), ExitFailure);
    if (pause)
        print(out, *changed ? Tr::tr("Paused the trigger %1.\n").arg(key.toString())
                            : Tr::tr("The trigger %1 was in a state that pausing leaves as it is.\n").arg(key.toString()));
    else
        print(out, *changed ? Tr::tr("Resumed the trigger %1.\n").arg(key.toString())
                            : Tr::tr("The trigger %1 was not paused.\n").arg(key.toString()));
    return ExitOk;
}

} // namespace

bool wantsQuartzDatabase(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size() && arguments.at(i).startsWith(QLatin1String("--")); ++i) {
        if (arguments.at(i) == kQuartzDb || arguments.at(i).startsWith(kQuartzDb + QLatin1Char('=')))
            return true;
    }
    return false;
}

int runQuartzDatabase(const QStringList &arguments, std::FILE *out, std::FILE *err)
{
    Result<Globals> globals = globalsFrom(arguments);
    if (!globals)
        return failWith(err, globals.error(), ExitUsage);
    Globals g = *globals;
    const QString command = g.rest.value(1);
    static const QStringList lists{QStringLiteral("schedulers"), QStringLiteral("jobs"), QStringLiteral("triggers"),
                                   QStringLiteral("calendars"), QStringLiteral("paused-groups"), QStringLiteral("nodes"),
                                   QStringLiteral("running")};
    static const QStringList actions{QStringLiteral("pause"), QStringLiteral("resume"), QStringLiteral("fire"),
                                     QStringLiteral("delete")};
    if (!lists.contains(command) && !actions.contains(command))
        return failWith(err,
                        Tr::tr("With --quartz-db the commands are %1 and %2, not \"%3\".")
                            .arg(lists.join(QStringLiteral(", ")), actions.join(QStringLiteral(", ")), command),
                        ExitUsage);
    QStringList rest = g.rest;
    rest.removeAt(1);
    rest[0] = QStringLiteral("qronosctl --quartz-db URL ") + command;

    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    const QCommandLineOption trigger(QStringLiteral("trigger"), Tr::tr("The trigger (name, or group.name)."), Tr::tr("trigger"));
    const QCommandLineOption group(QStringLiteral("group"), Tr::tr("Every trigger of this group."), Tr::tr("group"));
    const QCommandLineOption job(QStringLiteral("job"), Tr::tr("The job (name, or group.name)."), Tr::tr("job"));
    if (lists.contains(command)) {
        parser.setApplicationDescription(Tr::tr("Reads the Java Quartz database; never writes to it."));
        parser.addOption(format);
    } else {
        parser.setApplicationDescription(
            Tr::tr("Changes the Java Quartz database's rows as Quartz itself would, under its TRIGGER_ACCESS lock; "
                   "refuses without --yes."));
        parser.addOptions({trigger, group, job, yesOption()});
    }
    if (const int code = parseOrExit(parser, rest, out, err); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return failWith(err, Tr::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()),
                        ExitUsage);
    Format fmt = Format::Table;
    if (lists.contains(command)) {
        Result<Format> f = formatFrom(parser, format);
        if (!f)
            return failWith(err, f.error(), ExitUsage);
        fmt = *f;
    }
    if (actions.contains(command)) {
        if (const int code = checkActionUsage(command, parser, trigger, group, job, err); code >= 0)
            return code;
    }
    Result<DatabaseUrl> url = urlFrom(g);
    if (!url)
        return failWith(err, url.error(), ExitUsage);
    // No password from the URL, the environment or a file: the OS keychain's, as for --db.
    const Keychain::DatabasePassword password = Keychain::lookUpDatabasePassword(*url);
    if (command == QLatin1String("schedulers")) {
        Result<QStringList> names = QuartzDatabase::schedulerNames(password.url, g.prefix);
        if (!names)
            return failWith(err, Keychain::explainOpenFailure(names.error(), password), ExitFailure);
        QList<QJsonObject> rows;
        for (const QString &n : *names)
            rows.append(QJsonObject{{QStringLiteral("scheduler"), n}});
        printRows(out, fmt, {QStringLiteral("scheduler")}, rows);
        return ExitOk;
    }
    Result<std::unique_ptr<QuartzDatabase>> db = QuartzDatabase::open(password.url, g.prefix, g.scheduler);
    if (!db)
        return failWith(err, Keychain::explainOpenFailure(db.error(), password), ExitFailure);
    if (lists.contains(command))
        return listCommand(command, **db, parser, fmt, out, err);
    return actionCommand(command, **db, parser, trigger, group, job, out, err);
}

} // namespace Qronos::Ctl
