#include "storecommands.h"

#include "ctlsupport.h"
#include "exchange/historyexport.h"
#include "exchange/isotime.h"
#include "runtime/scheduler.h"
#include "schedule/calendar.h"
#include "schedule/cronexpression.h"
#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <climits>
#include <memory>

namespace Qronos::Ctl {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qronosctl)
};

QJsonValue timeValue(std::optional<qint64> ms)
{
    return ms ? QJsonValue(IsoTime::formatUtc(*ms)) : QJsonValue(QJsonValue::Null);
}

/// The columns every row about one fire has (history, running now); printRows() orders them.
QJsonObject fireRow(const JobKey &job, const TriggerKey &trigger, const QString &node, qint64 scheduledTime,
                    qint64 fireTime, const QString &fireInstanceId)
{
    return QJsonObject{{QStringLiteral("job"), job.name()},
                       {QStringLiteral("group"), job.group()},
                       {QStringLiteral("trigger"), trigger.name()},
                       {QStringLiteral("trigger_group"), trigger.group()},
                       {QStringLiteral("node"), node},
                       {QStringLiteral("scheduled_time"), timeValue(scheduledTime)},
                       {QStringLiteral("fire_time"), timeValue(fireTime)},
                       {QStringLiteral("fire_instance_id"), fireInstanceId}};
}

/// 3600000 -> "1h", 90000 -> "90s", 1500 -> "1500ms": the largest unit that divides the interval.
QString durationText(qint64 ms)
{
    for (const auto &[unit, size] : {std::pair{"d", qint64(86400000)}, {"h", qint64(3600000)}, {"m", qint64(60000)},
                                     {"s", qint64(1000)}}) {
        if (ms >= size && ms % size == 0)
            return QString::number(ms / size) + QLatin1String(unit);
    }
    return QString::number(ms) + QLatin1String("ms");
}

/// "every 5 minutes", in the UI language.
QString intervalText(int n, IntervalUnit unit)
{
    switch (unit) {
    case IntervalUnit::Millisecond: return Tr::tr("every %n millisecond(s)", nullptr, n);
    case IntervalUnit::Second: return Tr::tr("every %n second(s)", nullptr, n);
    case IntervalUnit::Minute: return Tr::tr("every %n minute(s)", nullptr, n);
    case IntervalUnit::Hour: return Tr::tr("every %n hour(s)", nullptr, n);
    case IntervalUnit::Day: return Tr::tr("every %n day(s)", nullptr, n);
    case IntervalUnit::Week: return Tr::tr("every %n week(s)", nullptr, n);
    case IntervalUnit::Month: return Tr::tr("every %n month(s)", nullptr, n);
    case IntervalUnit::Year: return Tr::tr("every %n year(s)", nullptr, n);
    }
    return {};
}

QString scheduleText(const Trigger &t)
{
    if (const auto *cron = t.scheduleAs<CronSchedule>())
        return cron->expression.expression();
    if (const auto *simple = t.scheduleAs<SimpleSchedule>()) {
        if (simple->repeatCount == 0)
            return Tr::tr("once");
        const QString every = Tr::tr("every %1").arg(durationText(simple->repeatIntervalMs));
        return simple->repeatCount < 0 ? every : Tr::tr("%1, %n more time(s)", nullptr, simple->repeatCount).arg(every);
    }
    if (const auto *ci = t.scheduleAs<CalendarIntervalSchedule>())
        return intervalText(ci->repeatInterval, ci->unit);
    if (const auto *daily = t.scheduleAs<DailyTimeIntervalSchedule>())
        return Tr::tr("%1 from %2 to %3")
            .arg(intervalText(daily->repeatInterval, daily->unit), daily->startTimeOfDay.toString(),
                 daily->endTimeOfDay.toString());
    return {};
}

QString kindName(TriggerKind kind)
{
    switch (kind) {
    case TriggerKind::Cron: return QStringLiteral("cron");
    case TriggerKind::Simple: return QStringLiteral("simple");
    case TriggerKind::CalendarInterval: return QStringLiteral("calendar-interval");
    case TriggerKind::DailyTimeInterval: return QStringLiteral("daily-time-interval");
    }
    return {};
}

/// The options that describe a trigger, shared by add-job and add-trigger.
struct TriggerOptions
{
    QCommandLineOption name{QStringLiteral("trigger-name"), Tr::tr("Trigger name (default: the job's name)."), Tr::tr("name")};
    QCommandLineOption group{QStringLiteral("trigger-group"), Tr::tr("Trigger group (default: the job's group)."), Tr::tr("group")};
    QCommandLineOption cron{QStringLiteral("cron"), Tr::tr("Quartz cron expression, e.g. \"0 0 2 * * ?\"."), Tr::tr("expression")};
    QCommandLineOption every{QStringLiteral("every"), Tr::tr("Repeat interval of a simple trigger: 500ms, 30s, 5m, 2h, 1d."), Tr::tr("duration")};
    QCommandLineOption repeat{QStringLiteral("repeat-count"), Tr::tr("With --every: repeats after the first fire (default: forever)."), Tr::tr("n")};
    QCommandLineOption at{QStringLiteral("at"), Tr::tr("Fire once at this ISO-8601 time with offset."), Tr::tr("time")};
    QCommandLineOption start{QStringLiteral("start"), Tr::tr("Start time, ISO-8601 with offset (default: now)."), Tr::tr("time")};
    QCommandLineOption end{QStringLiteral("end"), Tr::tr("End time, ISO-8601 with offset."), Tr::tr("time")};
    QCommandLineOption tz{QStringLiteral("tz"), Tr::tr("IANA time zone of the schedule (default: this computer's)."), Tr::tr("zone")};
    QCommandLineOption calendar{QStringLiteral("calendar"), Tr::tr("Name of a stored calendar whose excluded times are skipped."), Tr::tr("name")};
    QCommandLineOption priority{QStringLiteral("priority"), Tr::tr("Priority among triggers due at once (default 5)."), Tr::tr("n")};
    QCommandLineOption misfire{QStringLiteral("misfire"), Tr::tr("Misfire instruction by Quartz's name, e.g. FIRE_ONCE_NOW, DO_NOTHING."), Tr::tr("name")};
    QCommandLineOption paused{QStringLiteral("paused"), Tr::tr("Store the trigger paused.")};

    QList<QCommandLineOption> all() const
    {
        return {name, group, cron, every, repeat, at, start, end, tz, calendar, priority, misfire, paused};
    }
    bool given(const QCommandLineParser &p) const { return p.isSet(cron) || p.isSet(every) || p.isSet(at); }
};

std::optional<qint64> isoOption(const QCommandLineParser &p, const QCommandLineOption &o, QString *error)
{
    if (!p.isSet(o))
        return std::nullopt;
    const std::optional<qint64> t = IsoTime::parse(p.value(o));
    if (!t)
        *error = Tr::tr("--%1 \"%2\" is not an ISO-8601 time with an offset, e.g. 2026-03-01T08:00:00+08:00.")
                     .arg(o.names().constFirst(), p.value(o));
    return t;
}

Result<Trigger> triggerFrom(const QCommandLineParser &p, const TriggerOptions &o, const JobKey &job, qint64 now)
{
    const int kinds = int(p.isSet(o.cron)) + int(p.isSet(o.every)) + int(p.isSet(o.at));
    if (kinds != 1)
        return fail(Tr::tr("Give exactly one of --cron, --every or --at."));
    const TriggerKey key(p.isSet(o.name) ? p.value(o.name) : job.name(),
                         p.isSet(o.group) ? p.value(o.group) : job.group());
    QString error;
    const std::optional<qint64> start = isoOption(p, o.start, &error);
    const std::optional<qint64> end = isoOption(p, o.end, &error);
    const std::optional<qint64> at = isoOption(p, o.at, &error);
    if (!error.isEmpty())
        return fail(error);
    Trigger trigger;
    if (p.isSet(o.cron)) {
        Result<CronExpression> cron = CronExpression::parse(p.value(o.cron));
        if (!cron)
            return fail(Tr::tr("--cron: %1").arg(cron.error()));
        trigger = Trigger(key, job, CronSchedule{*cron});
    } else if (p.isSet(o.every)) {
        const std::optional<qint64> interval = parseDurationMs(p.value(o.every));
        if (!interval || *interval <= 0)
            return fail(Tr::tr("--every \"%1\" is not a duration such as 500ms, 30s, 5m, 2h or 1d.").arg(p.value(o.every)));
        SimpleSchedule simple{*interval, SimpleSchedule::RepeatIndefinitely};
        if (p.isSet(o.repeat)) {
            bool ok = false;
            simple.repeatCount = p.value(o.repeat).toInt(&ok);
            if (!ok || simple.repeatCount < 0)
                return fail(Tr::tr("--repeat-count must be a whole number of zero or more, not \"%1\".").arg(p.value(o.repeat)));
        }
        trigger = Trigger(key, job, simple);
    } else {
        trigger = Trigger(key, job, SimpleSchedule{0, 0});
    }
    trigger.setStartTime(at ? *at : start.value_or(now));
    trigger.setEndTime(end);
    trigger.setTimeZoneId(p.isSet(o.tz) ? p.value(o.tz).toUtf8() : QTimeZone::systemTimeZoneId());
    trigger.setCalendarName(p.value(o.calendar));
    if (p.isSet(o.priority)) {
        bool ok = false;
        trigger.setPriority(p.value(o.priority).toInt(&ok));
        if (!ok)
            return fail(Tr::tr("--priority must be a whole number, not \"%1\".").arg(p.value(o.priority)));
    }
    if (p.isSet(o.misfire)) {
        const int instruction = Misfire::fromName(trigger.kind(), p.value(o.misfire));
        if (instruction < -1) {
            QStringList names;
            for (int i : Misfire::instructionsFor(trigger.kind()))
                names.append(Misfire::name(trigger.kind(), i));
            return fail(Tr::tr("--misfire \"%1\" is not an instruction of a %2 trigger; use one of: %3.")
                            .arg(p.value(o.misfire), kindName(trigger.kind()), names.join(QStringLiteral(", "))));
        }
        trigger.setMisfireInstruction(instruction);
    }
    return trigger;
}

/// Turns repeated --data key=value and --data-json into job data.
Result<JobDataMap> dataFrom(const QStringList &pairs, const QString &json)
{
    JobDataMap data;
    if (!json.isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return fail(Tr::tr("--data-json is not valid JSON: %1 at offset %2.").arg(error.errorString()).arg(error.offset));
        if (!doc.isObject())
            return fail(Tr::tr("--data-json must be a JSON object such as {\"key\": \"value\"}."));
        Result<JobDataMap> parsed = JobDataMap::fromJson(doc.object());
        if (!parsed)
            return fail(Tr::tr("--data-json: %1").arg(parsed.error()));
        data = *parsed;
    }
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(Tr::tr("--data \"%1\" is not key=value.").arg(pair));
        data.put(pair.left(eq), pair.mid(eq + 1));
    }
    return data;
}

/// Opens the store and a scheduler facade (never started) for one command.
struct Session
{
    std::shared_ptr<SqlJobStore> store;
    std::unique_ptr<Scheduler> scheduler;
};

Result<Session> openSession(const QString &url)
{
    Result<std::shared_ptr<SqlJobStore>> store = openStore(url);
    if (!store)
        return fail(store.error());
    Session s;
    s.store = *store;
    s.scheduler = std::make_unique<Scheduler>(s.store, builtInRegistry(), SchedulerConfig{});
    return s;
}

QJsonObject jobRow(const JobDetail &job)
{
    return QJsonObject{{QStringLiteral("group"), job.key().group()},
                       {QStringLiteral("job"), job.key().name()},
                       {QStringLiteral("type"), job.jobType()},
                       {QStringLiteral("durable"), job.isDurable()},
                       {QStringLiteral("non_concurrent"), job.isConcurrentExecutionDisallowed()},
                       {QStringLiteral("persist_data"), job.isPersistJobDataAfterExecution()},
                       {QStringLiteral("requests_recovery"), job.requestsRecovery()},
                       {QStringLiteral("required_tag"), job.requiredNodeTag()},
                       {QStringLiteral("pinned_node"), job.pinnedInstanceId()},
                       {QStringLiteral("description"), job.description()}};
}

QJsonObject triggerRow(const StoredTrigger &st)
{
    const Trigger &t = st.trigger;
    return QJsonObject{{QStringLiteral("group"), t.key().group()},
                       {QStringLiteral("trigger"), t.key().name()},
                       {QStringLiteral("job_group"), t.jobKey().group()},
                       {QStringLiteral("job"), t.jobKey().name()},
                       {QStringLiteral("kind"), kindName(t.kind())},
                       {QStringLiteral("schedule"), scheduleText(t)},
                       {QStringLiteral("time_zone"), QString::fromUtf8(t.timeZoneId())},
                       {QStringLiteral("state"), triggerStateName(st.state)},
                       {QStringLiteral("next_fire_time"), timeValue(t.nextFireTime())},
                       {QStringLiteral("previous_fire_time"), timeValue(t.previousFireTime())},
                       {QStringLiteral("calendar"), t.calendarName()},
                       {QStringLiteral("priority"), t.priority()},
                       {QStringLiteral("misfire"), Misfire::name(t.kind(), t.misfireInstruction())}};
}

const QStringList kJobColumns = {QStringLiteral("group"), QStringLiteral("job"), QStringLiteral("type"),
                                 QStringLiteral("durable"), QStringLiteral("non_concurrent"),
                                 QStringLiteral("persist_data"), QStringLiteral("requests_recovery"),
                                 QStringLiteral("required_tag"), QStringLiteral("pinned_node"),
                                 QStringLiteral("description")};
const QStringList kTriggerColumns = {QStringLiteral("group"), QStringLiteral("trigger"), QStringLiteral("job_group"),
                                     QStringLiteral("job"), QStringLiteral("kind"), QStringLiteral("schedule"),
                                     QStringLiteral("time_zone"), QStringLiteral("state"),
                                     QStringLiteral("next_fire_time"), QStringLiteral("previous_fire_time"),
                                     QStringLiteral("calendar"), QStringLiteral("priority"), QStringLiteral("misfire")};
const QStringList kHistoryColumns = {
    QStringLiteral("job"), QStringLiteral("group"), QStringLiteral("trigger"), QStringLiteral("trigger_group"),
    QStringLiteral("node"), QStringLiteral("scheduled_time"), QStringLiteral("fire_time"), QStringLiteral("end_time"),
    QStringLiteral("status"), QStringLiteral("attempt"), QStringLiteral("recovering"), QStringLiteral("error"),
    QStringLiteral("output"), QStringLiteral("fire_instance_id")};

int listCommand(const QString &command, const QStringList &arguments, const QString &dbUrl, std::FILE *out,
                std::FILE *err)
{
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption format = formatOption();
    const QCommandLineOption group(QStringLiteral("group"), Tr::tr("Only this group."), Tr::tr("group"));
    const QCommandLineOption filter(QStringLiteral("filter"), Tr::tr("Only names, groups, descriptions or types containing this text."), Tr::tr("text"));
    const QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("At most this many rows (default: all)."), Tr::tr("n"), QStringLiteral("0"));
    parser.addOptions({db, format, group, filter, limit});
    if (command == QLatin1String("jobs"))
        parser.setApplicationDescription(Tr::tr("Lists the stored jobs."));
    else if (command == QLatin1String("triggers"))
        parser.setApplicationDescription(Tr::tr("Lists the stored triggers with their state and next fire time."));
    else
        parser.setApplicationDescription(Tr::tr("Lists the stored calendars."));
    if (const int code = parseOrExit(parser, arguments, out, err); code >= 0)
        return code;
    Result<Format> fmt = formatFrom(parser, format);
    if (!fmt)
        return failWith(err, fmt.error(), ExitUsage);
    bool ok = false;
    ListQuery query;
    query.group = parser.value(group);
    query.textContains = parser.value(filter);
    query.limit = parser.value(limit).toInt(&ok);
    if (!ok || query.limit < 0)
        return failWith(err, Tr::tr("--limit must be a whole number of zero or more."), ExitUsage);
    Result<std::shared_ptr<SqlJobStore>> store = openStore(parser.isSet(db) ? parser.value(db) : dbUrl);
    if (!store)
        return failWith(err, store.error(), ExitFailure);
    if (command == QLatin1String("jobs")) {
        Result<QList<JobDetail>> jobs = (*store)->listJobs(query);
        if (!jobs)
            return failWith(err, jobs.error(), ExitFailure);
        QList<QJsonObject> rows;
        for (const JobDetail &job : *jobs)
            rows.append(jobRow(job));
        printRows(out, *fmt, kJobColumns, rows);
    } else if (command == QLatin1String("triggers")) {
        Result<QList<StoredTrigger>> triggers = (*store)->listTriggers(query);
        if (!triggers)
            return failWith(err, triggers.error(), ExitFailure);
        QList<QJsonObject> rows;
        for (const StoredTrigger &t : *triggers)
            rows.append(triggerRow(t));
        printRows(out, *fmt, kTriggerColumns, rows);
    } else {
        Result<QStringList> names = (*store)->calendarNames();
        if (!names)
            return failWith(err, names.error(), ExitFailure);
        QList<QJsonObject> rows;
        for (const QString &name : *names) {
            Result<CalendarPtr> calendar = (*store)->retrieveCalendar(name);
            if (!calendar)
                return failWith(err, calendar.error(), ExitFailure);
            if (!*calendar)
                continue;
            rows.append(QJsonObject{{QStringLiteral("calendar"), name},
                                    {QStringLiteral("kind"), Calendar::kindName((*calendar)->kind())},
                                    {QStringLiteral("time_zone"), QString::fromUtf8((*calendar)->timeZoneId())},
                                    {QStringLiteral("description"), (*calendar)->description()},
                                    {QStringLiteral("definition"), (*calendar)->toJson()}});
        }
        printRows(out, *fmt,
                  {QStringLiteral("calendar"), QStringLiteral("kind"), QStringLiteral("time_zone"),
                   QStringLiteral("description"), QStringLiteral("definition")},
                  rows);
    }
    return ExitOk;
}

/// The filters history and export-history share.
struct HistoryFilters
{
    QCommandLineOption since{QStringLiteral("since"),
                             Tr::tr("Executions fired at or after this time: ISO-8601 with offset, or a duration back "
                                    "from now (e.g. 2h)."),
                             Tr::tr("time")};
    QCommandLineOption job{QStringLiteral("job"), Tr::tr("Only this job (name, or group.name)."), Tr::tr("job")};
    QCommandLineOption group{QStringLiteral("group"), Tr::tr("Only jobs of this group."), Tr::tr("group")};
    QCommandLineOption node{QStringLiteral("node"), Tr::tr("Only executions on this node (instance id)."), Tr::tr("id")};
    QCommandLineOption status{QStringLiteral("status"),
                              Tr::tr("Only this status: succeeded, failed, timed_out, interrupted, refused, recovered."),
                              Tr::tr("status")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({since, job, group, node, status}); }

    /// The query the options ask for; a failure names the option that is wrong.
    Result<HistoryQuery> read(const QCommandLineParser &parser) const
    {
        HistoryQuery query;
        if (parser.isSet(since)) {
            if (const std::optional<qint64> t = IsoTime::parse(parser.value(since)))
                query.since = *t;
            else if (const std::optional<qint64> back = parseDurationMs(parser.value(since)))
                query.since = QDateTime::currentMSecsSinceEpoch() - *back;
            else
                return fail(Tr::tr("--since \"%1\" is neither an ISO-8601 time with offset nor a duration such as 2h.")
                                .arg(parser.value(since)));
        }
        if (parser.isSet(job)) {
            const JobKey key = keyFromText<JobKey>(parser.value(job), parser.value(group));
            query.jobName = key.name();
            query.jobGroup = key.group();
        } else {
            query.jobGroup = parser.value(group);
        }
        query.instanceId = parser.value(node);
        if (parser.isSet(status)) {
            query.status = executionStatusFromName(parser.value(status).toUpper());
            if (!query.status)
                return fail(Tr::tr("--status \"%1\" is not one of succeeded, failed, timed_out, interrupted, refused, "
                                   "recovered.")
                                .arg(parser.value(status)));
        }
        return query;
    }
};

int historyCommand(const QStringList &arguments, const QString &dbUrl, std::FILE *out, std::FILE *err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists executions, newest first. Times are ISO-8601 UTC."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption format = formatOption();
    const HistoryFilters filters;
    const QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("At most this many rows (default 100)."), Tr::tr("n"), QStringLiteral("100"));
    parser.addOptions({db, format});
    filters.addTo(parser);
    parser.addOption(limit);
    if (const int code = parseOrExit(parser, arguments, out, err); code >= 0)
        return code;
    Result<Format> fmt = formatFrom(parser, format);
    if (!fmt)
        return failWith(err, fmt.error(), ExitUsage);
    Result<HistoryQuery> query = filters.read(parser);
    if (!query)
        return failWith(err, query.error(), ExitUsage);
    bool ok = false;
    query->limit = parser.value(limit).toInt(&ok);
    if (!ok || query->limit < 1)
        return failWith(err, Tr::tr("--limit must be a whole number of one or more."), ExitUsage);
    Result<std::shared_ptr<SqlJobStore>> store = openStore(parser.isSet(db) ? parser.value(db) : dbUrl);
    if (!store)
        return failWith(err, store.error(), ExitFailure);
    Result<QList<ExecutionRecord>> records = (*store)->history(*query);
    if (!records)
        return failWith(err, records.error(), ExitFailure);
    QList<QJsonObject> rows;
    for (const ExecutionRecord &r : *records) {
        QJsonObject row = fireRow(r.job, r.trigger, r.instanceId, r.scheduledTime, r.fireTime, r.fireInstanceId);
        row.insert(QStringLiteral("end_time"), timeValue(r.endTime));
        row.insert(QStringLiteral("status"), executionStatusName(r.status).toLower());
        row.insert(QStringLiteral("attempt"), r.attempt);
        row.insert(QStringLiteral("recovering"), r.recovering);
        row.insert(QStringLiteral("error"), r.errorMessage);
        row.insert(QStringLiteral("output"), r.output);
        rows.append(row);
    }
    printRows(out, *fmt, kHistoryColumns, rows);
    return ExitOk;
}

/// export-history: every execution the filters select, streamed page by page to CSV or JSON Lines.
int exportHistoryCommand(const QStringList &arguments, const QString &dbUrl, std::FILE *out, std::FILE *err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes every execution the filters select, newest first, as CSV or JSON Lines, a page at a time "
               "(memory stays the same for millions of rows). Times in UTC and in --zone."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("csv (default) or jsonl."), Tr::tr("format"),
                                    QStringLiteral("csv"));
    const QCommandLineOption output(QStringLiteral("out"), Tr::tr("Write to this file (default: standard output)."),
                                    Tr::tr("file"));
    const QCommandLineOption zone(QStringLiteral("zone"),
                                  Tr::tr("IANA time zone of the *_local columns (default: this computer's)."),
                                  Tr::tr("zone"));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 Tr::tr("Start a CSV file with a UTF-8 byte order mark (for spreadsheet programs)."));
    const HistoryFilters filters;
    parser.addOptions({db, format, output, zone, bom});
    filters.addTo(parser);
    if (const int code = parseOrExit(parser, arguments, out, err); code >= 0)
        return code;
    HistoryExport::Options options;
    const QString formatName = parser.value(format).toLower();
    if (formatName == QLatin1String("csv"))
        options.format = HistoryExport::Format::Csv;
    else if (formatName == QLatin1String("jsonl"))
        options.format = HistoryExport::Format::JsonLines;
    else
        return failWith(err, Tr::tr("--format \"%1\" is not csv or jsonl.").arg(parser.value(format)), ExitUsage);
    options.zone = QTimeZone::systemTimeZone();
    if (parser.isSet(zone)) {
        options.zone = QTimeZone(parser.value(zone).toUtf8());
        if (!options.zone.isValid())
            return failWith(err, Tr::tr("--zone \"%1\" is not a known time zone.").arg(parser.value(zone)), ExitUsage);
    }
    options.byteOrderMark = parser.isSet(bom);
    Result<HistoryQuery> query = filters.read(parser);
    if (!query)
        return failWith(err, query.error(), ExitUsage);
    Result<std::shared_ptr<SqlJobStore>> store = openStore(parser.isSet(db) ? parser.value(db) : dbUrl);
    if (!store)
        return failWith(err, store.error(), ExitFailure);
    // A file is replaced only once the export is complete.
    std::unique_ptr<QIODevice> device;
    if (parser.isSet(output)) {
        auto file = std::make_unique<QSaveFile>(parser.value(output));
        if (!file->open(QIODevice::WriteOnly))
            return failWith(err, Tr::tr("cannot write %1: %2").arg(parser.value(output), file->errorString()),
                            ExitFailure);
        device = std::move(file);
    } else {
        auto file = std::make_unique<QFile>();
        if (!file->open(out, QIODevice::WriteOnly))
            return failWith(err, Tr::tr("cannot write to standard output."), ExitFailure);
        device = std::move(file);
    }
    const Result<qint64> written = HistoryExport::write(**store, *query, device.get(), options);
    if (!written)
        return failWith(err, written.error(), ExitFailure);
    if (auto *file = qobject_cast<QSaveFile *>(device.get())) {
        if (!file->commit())
            return failWith(err, Tr::tr("cannot write %1: %2").arg(parser.value(output), file->errorString()),
                            ExitFailure);
        print(err, Tr::tr("%n execution(s) written to %1.\n", nullptr, int(std::min<qint64>(*written, INT_MAX)))
                       .arg(parser.value(output)));
    }
    return ExitOk;
}

/// nodes: the cluster's node table; running: what runs now on every node.
int clusterCommand(const QString &command, const QStringList &arguments, const QString &dbUrl, std::FILE *out,
                   std::FILE *err)
{
    const bool nodes = command == QLatin1String("nodes");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        nodes ? Tr::tr("Lists the nodes of the cluster as the database sees them: check-in age on the database "
                       "server's clock, clock offset, running count and state (active, standby, shutting_down, "
                       "presumed_dead, recovered).")
              : Tr::tr("Lists the executions running now on every node of the cluster, oldest first."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption format = formatOption();
    const QCommandLineOption grace(QStringLiteral("failure-grace"),
                                   Tr::tr("Show a node as presumed_dead when silent for its check-in interval plus "
                                          "this long (default 1s, as the nodes' own default)."),
                                   Tr::tr("duration"), QStringLiteral("1s"));
    parser.addOptions({db, format});
    if (nodes)
        parser.addOption(grace);
    if (const int code = parseOrExit(parser, arguments, out, err); code >= 0)
        return code;
    Result<Format> fmt = formatFrom(parser, format);
    if (!fmt)
        return failWith(err, fmt.error(), ExitUsage);
    const std::optional<qint64> graceMs = nodes ? parseDurationMs(parser.value(grace)) : std::optional<qint64>(0);
    if (!graceMs)
        return failWith(err, Tr::tr("--failure-grace \"%1\" is not a duration such as 1s.").arg(parser.value(grace)),
                        ExitUsage);
    Result<std::shared_ptr<SqlJobStore>> store = openStore(parser.isSet(db) ? parser.value(db) : dbUrl);
    if (!store)
        return failWith(err, store.error(), ExitFailure);
    QList<QJsonObject> rows;
    if (nodes) {
        Result<QList<NodeRecord>> list = (*store)->nodes(*graceMs);
        if (!list)
            return failWith(err, list.error(), ExitFailure);
        for (const NodeRecord &n : *list) {
            rows.append(QJsonObject{{QStringLiteral("instance_id"), n.instanceId},
                                    {QStringLiteral("state"), nodeStateName(n.state).toLower()},
                                    {QStringLiteral("host"), n.host},
                                    {QStringLiteral("pid"), n.processId},
                                    {QStringLiteral("version"), n.version},
                                    {QStringLiteral("tags"), n.tags.join(QLatin1Char(','))},
                                    {QStringLiteral("allowed_job_types"), n.allowedJobTypes.join(QLatin1Char(','))},
                                    {QStringLiteral("started_at"), timeValue(n.startedTime)},
                                    {QStringLiteral("last_checkin"), timeValue(n.lastCheckinTime)},
                                    {QStringLiteral("checkin_age_ms"), n.checkinAgeMs},
                                    {QStringLiteral("checkin_interval_ms"), n.checkinIntervalMs},
                                    {QStringLiteral("clock_offset_ms"), n.clockOffsetMs},
                                    {QStringLiteral("running"), n.runningCount},
                                    {QStringLiteral("recovered_by"), n.recoveredBy},
                                    {QStringLiteral("recovered_at"), timeValue(n.recoveredTime)}});
        }
        printRows(out, *fmt,
                  {QStringLiteral("instance_id"), QStringLiteral("state"), QStringLiteral("host"), QStringLiteral("pid"),
                   QStringLiteral("version"), QStringLiteral("tags"), QStringLiteral("allowed_job_types"),
                   QStringLiteral("started_at"), QStringLiteral("last_checkin"), QStringLiteral("checkin_age_ms"),
                   QStringLiteral("checkin_interval_ms"), QStringLiteral("clock_offset_ms"), QStringLiteral("running"),
                   QStringLiteral("recovered_by"), QStringLiteral("recovered_at")},
                  rows);
        return ExitOk;
    }
    Result<QList<RunningExecution>> running = (*store)->runningExecutions();
    if (!running)
        return failWith(err, running.error(), ExitFailure);
    Result<qint64> now = (*store)->databaseTime();
    if (!now)
        return failWith(err, now.error(), ExitFailure);
    for (const RunningExecution &r : *running) {
        QJsonObject row = fireRow(r.job, r.trigger, r.instanceId, r.scheduledTime, r.fireTime, r.fireInstanceId);
        row.insert(QStringLiteral("elapsed_ms"), qMax<qint64>(0, *now - r.fireTime));
        rows.append(row);
    }
    printRows(out, *fmt,
              {QStringLiteral("job"), QStringLiteral("group"), QStringLiteral("trigger"), QStringLiteral("trigger_group"),
               QStringLiteral("node"), QStringLiteral("scheduled_time"), QStringLiteral("fire_time"),
               QStringLiteral("elapsed_ms"), QStringLiteral("fire_instance_id")},
              rows);
    return ExitOk;
}

/// interrupt: asks the nodes running a job (or one fire) to stop it.
int interruptCommand(const QStringList &arguments, const QString &dbUrl, std::FILE *out, std::FILE *err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Asks the nodes running a job (every running execution of it) or one fire to interrupt it. The node "
               "running it acts within half its check-in interval; see `qronosctl running` and `history`."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption fire(QStringLiteral("fire"), Tr::tr("Only this fire (its fire_instance_id)."),
                                  Tr::tr("id"));
    parser.addOptions({db, fire});
    parser.addPositionalArgument(QStringLiteral("job"), Tr::tr("The job (name, or group.name)."),
                                 QStringLiteral("[job]"));
    if (const int code = parseOrExit(parser, arguments, out, err); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(fire) == (positional.size() == 1) || positional.size() > 1)
        return failWith(err, Tr::tr("Name one job, or one fire with --fire."), ExitUsage);
    Result<std::shared_ptr<SqlJobStore>> store = openStore(parser.isSet(db) ? parser.value(db) : dbUrl);
    if (!store)
        return failWith(err, store.error(), ExitFailure);
    if (parser.isSet(fire)) {
        Result<bool> asked = (*store)->requestInterruptOfFire(parser.value(fire));
        if (!asked)
            return failWith(err, asked.error(), ExitFailure);
        if (!*asked)
            return failWith(err, Tr::tr("No fire %1 runs now.").arg(parser.value(fire)), ExitFailure);
        print(out, Tr::tr("Asked the node running fire %1 to interrupt it.\n").arg(parser.value(fire)));
        return ExitOk;
    }
    const JobKey job = keyFromText<JobKey>(positional.first());
    Result<int> asked = (*store)->requestInterruptOfJob(job);
    if (!asked)
        return failWith(err, asked.error(), ExitFailure);
    if (*asked == 0)
        return failWith(err, Tr::tr("Job %1 does not run now.").arg(job.toString()), ExitFailure);
    print(out, Tr::tr("Asked the nodes to interrupt %n running execution(s) of job %1.\n", nullptr, *asked)
                   .arg(job.toString()));
    return ExitOk;
}

/// pause, resume, delete, fire: one action on a job, a trigger, a group or everything.
int actionCommand(const QString &command, const QStringList &arguments, const QString &dbUrl, std::FILE *out,
                  std::FILE *err)
{
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption job(QStringLiteral("job"), Tr::tr("The job (name, or group.name)."), Tr::tr("job"));
    const QCommandLineOption trigger(QStringLiteral("trigger"), Tr::tr("The trigger (name, or group.name)."), Tr::tr("trigger"));
    const QCommandLineOption calendar(QStringLiteral("calendar"), Tr::tr("The calendar."), Tr::tr("name"));
    const QCommandLineOption jobGroup(QStringLiteral("job-group"), Tr::tr("Every job of this group."), Tr::tr("group"));
    const QCommandLineOption triggerGroup(QStringLiteral("trigger-group"), Tr::tr("Every trigger of this group."), Tr::tr("group"));
    const QCommandLineOption all(QStringLiteral("all"), Tr::tr("Everything."));
    const QCommandLineOption data(QStringLiteral("data"), Tr::tr("fire: job data key=value for this run (repeatable)."), Tr::tr("key=value"));
    const QCommandLineOption dataJson(QStringLiteral("data-json"), Tr::tr("fire: job data for this run as a typed JSON object."), Tr::tr("json"));
    parser.addOption(db);
    QList<const QCommandLineOption *> targetOptions;
    if (command == QLatin1String("fire")) {
        parser.setApplicationDescription(Tr::tr("Fires a job once now (a one-shot trigger in group MANUAL_TRIGGER); "
                                                "a running node picks it up."));
        parser.addOptions({job, data, dataJson});
        targetOptions = {&job};
    } else if (command == QLatin1String("delete")) {
        parser.setApplicationDescription(Tr::tr("Deletes a job (with its triggers), a trigger, or a calendar."));
        parser.addOptions({job, trigger, calendar});
        targetOptions = {&job, &trigger, &calendar};
    } else {
        parser.setApplicationDescription(command == QLatin1String("pause")
                                             ? Tr::tr("Pauses a job's triggers, a trigger, a group, or everything.")
                                             : Tr::tr("Resumes a job's triggers, a trigger, a group, or everything; missed "
                                                      "fires follow their misfire instruction."));
        parser.addOptions({job, trigger, jobGroup, triggerGroup, all});
        targetOptions = {&job, &trigger, &jobGroup, &triggerGroup, &all};
    }
    if (const int code = parseOrExit(parser, arguments, out, err); code >= 0)
        return code;
    int targets = 0;
    for (const QCommandLineOption *o : std::as_const(targetOptions))
        targets += parser.isSet(*o) ? 1 : 0;
    if (targets != 1)
        return failWith(err, Tr::tr("%1: name exactly one target; see --help.").arg(command), ExitUsage);
    Result<Session> session = openSession(parser.isSet(db) ? parser.value(db) : dbUrl);
    if (!session)
        return failWith(err, session.error(), ExitFailure);
    Scheduler &s = *session->scheduler;
    const bool pause = command == QLatin1String("pause");
    const auto report = [&](const Result<bool> &r, const QString &what) {
        if (!r)
            return failWith(err, r.error(), ExitFailure);
        if (!*r)
            return failWith(err, Tr::tr("%1 does not exist.").arg(what), ExitUsage);
        print(out, Tr::tr("%1: %2\n").arg(command, what));
        return int(ExitOk);
    };
    const auto reportCount = [&](const Result<int> &r, const QString &what) {
        if (!r)
            return failWith(err, r.error(), ExitFailure);
        print(out, Tr::tr("%1: %2 (%n trigger(s))\n", nullptr, *r).arg(command, what));
        return int(ExitOk);
    };
    if (command == QLatin1String("fire")) {
        Result<JobDataMap> extra = dataFrom(parser.values(data), parser.value(dataJson));
        if (!extra)
            return failWith(err, extra.error(), ExitUsage);
        const JobKey key = keyFromText<JobKey>(parser.value(job));
        Result<TriggerKey> fired = s.triggerJob(key, *extra);
        if (!fired)
            return failWith(err, fired.error(), ExitUsage);
        print(out, Tr::tr("fire: job %1 will run now (trigger %2)\n").arg(key.toString(), fired->toString()));
        return ExitOk;
    }
    if (command == QLatin1String("delete")) {
        if (parser.isSet(job)) {
            const JobKey key = keyFromText<JobKey>(parser.value(job));
            return report(s.deleteJob(key), Tr::tr("job %1").arg(key.toString()));
        }
        if (parser.isSet(trigger)) {
            const TriggerKey key = keyFromText<TriggerKey>(parser.value(trigger));
            return report(s.unscheduleTrigger(key), Tr::tr("trigger %1").arg(key.toString()));
        }
        return report(s.deleteCalendar(parser.value(calendar)), Tr::tr("calendar %1").arg(parser.value(calendar)));
    }
    if (parser.isSet(job)) {
        const JobKey key = keyFromText<JobKey>(parser.value(job));
        return report(pause ? s.pauseJob(key) : s.resumeJob(key), Tr::tr("job %1").arg(key.toString()));
    }
    if (parser.isSet(trigger)) {
        const TriggerKey key = keyFromText<TriggerKey>(parser.value(trigger));
        return report(pause ? s.pauseTrigger(key) : s.resumeTrigger(key), Tr::tr("trigger %1").arg(key.toString()));
    }
    if (parser.isSet(jobGroup)) {
        const QString g = parser.value(jobGroup);
        return reportCount(pause ? s.pauseJobGroup(g) : s.resumeJobGroup(g), Tr::tr("job group %1").arg(g));
    }
    if (parser.isSet(triggerGroup)) {
        const QString g = parser.value(triggerGroup);
        return reportCount(pause ? s.pauseTriggerGroup(g) : s.resumeTriggerGroup(g), Tr::tr("trigger group %1").arg(g));
    }
    Result<Done> r = pause ? s.pauseAll() : s.resumeAll();
    if (!r)
        return failWith(err, r.error(), ExitFailure);
    print(out, Tr::tr("%1: everything\n").arg(command));
    return ExitOk;
}

int addCommand(const QString &command, const QStringList &arguments, const QString &dbUrl, std::FILE *out,
               std::FILE *err)
{
    const bool addJob = command == QLatin1String("add-job");
    QCommandLineParser parser;
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("Job name."), Tr::tr("name"));
    const QCommandLineOption group(QStringLiteral("group"), Tr::tr("Job group (default DEFAULT)."), Tr::tr("group"));
    const QCommandLineOption job(QStringLiteral("job"), Tr::tr("The existing job (name, or group.name)."), Tr::tr("job"));
    const QCommandLineOption type(QStringLiteral("type"), Tr::tr("Job type: shell, http, sql, log, noop, or a plugin's."), Tr::tr("type"));
    const QCommandLineOption description(QStringLiteral("description"), Tr::tr("Description."), Tr::tr("text"));
    const QCommandLineOption arg(QStringLiteral("arg"), Tr::tr("shell: the program, then its arguments (repeatable)."), Tr::tr("arg"));
    const QCommandLineOption url(QStringLiteral("url"), Tr::tr("http: the URL."), Tr::tr("url"));
    const QCommandLineOption method(QStringLiteral("method"), Tr::tr("http: the method (default GET)."), Tr::tr("method"));
    const QCommandLineOption data(QStringLiteral("data"), Tr::tr("Job data key=value, as text (repeatable)."), Tr::tr("key=value"));
    const QCommandLineOption dataJson(QStringLiteral("data-json"), Tr::tr("Job data as a typed JSON object."), Tr::tr("json"));
    const QCommandLineOption durable(QStringLiteral("durable"), Tr::tr("Keep the job when it has no trigger."));
    const QCommandLineOption recover(QStringLiteral("requests-recovery"), Tr::tr("Re-run when its node dies mid-run."));
    const QCommandLineOption nonConcurrent(QStringLiteral("non-concurrent"), Tr::tr("Never run two executions at once."));
    const QCommandLineOption persist(QStringLiteral("persist-data"), Tr::tr("Save job data changed by a run."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), Tr::tr("Interrupt a run after this long (e.g. 10m)."), Tr::tr("duration"));
    const QCommandLineOption retries(QStringLiteral("retries"), Tr::tr("Retries after a failed run."), Tr::tr("n"));
    const QCommandLineOption retryDelay(QStringLiteral("retry-delay"), Tr::tr("Pause before each retry (e.g. 30s)."), Tr::tr("duration"));
    const QCommandLineOption webhook(QStringLiteral("failure-webhook"), Tr::tr("URL that receives a JSON POST when a run fails."), Tr::tr("url"));
    const QCommandLineOption tag(QStringLiteral("require-tag"), Tr::tr("Only nodes with this tag run the job."), Tr::tr("tag"));
    const QCommandLineOption pin(QStringLiteral("pin-node"), Tr::tr("Only the node with this instance id runs the job."), Tr::tr("id"));
    const QCommandLineOption replace(QStringLiteral("replace"), Tr::tr("Replace an existing job or trigger of that name."));
    const TriggerOptions to;
    parser.addOption(db);
    if (addJob) {
        parser.setApplicationDescription(Tr::tr("Stores a job, and with --cron, --every or --at a trigger for it.\n"
                                                "Example: qronosctl add-job --name report --group crm --type shell "
                                                "--arg /usr/bin/backup --cron \"0 0 2 * * ?\" --tz Asia/Shanghai"));
        parser.addOptions({name, group, type, description, arg, url, method, data, dataJson, durable, recover,
                           nonConcurrent, persist, timeout, retries, retryDelay, webhook, tag, pin, replace});
    } else {
        parser.setApplicationDescription(Tr::tr("Stores a trigger for an existing job."));
        parser.addOptions({job, replace});
    }
    parser.addOptions(to.all());
    if (const int code = parseOrExit(parser, arguments, out, err); code >= 0)
        return code;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    JobKey jobKey;
    JobDetail detail;
    if (addJob) {
        if (!parser.isSet(name) || !parser.isSet(type))
            return failWith(err, Tr::tr("add-job needs --name and --type."), ExitUsage);
        jobKey = JobKey(parser.value(name), parser.value(group));
        detail = JobDetail(jobKey, parser.value(type));
        detail.setDescription(parser.value(description));
        Result<JobDataMap> jobData = dataFrom(parser.values(data), parser.value(dataJson));
        if (!jobData)
            return failWith(err, jobData.error(), ExitUsage);
        JobDataMap map = *jobData;
        const QStringList args = parser.values(arg);
        if (!args.isEmpty()) {
            map.put(QStringLiteral("program"), args.first());
            if (args.size() > 1)
                map.put(QStringLiteral("arguments"),
                        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(args.mid(1))).toJson(QJsonDocument::Compact)));
        }
        if (parser.isSet(url))
            map.put(QStringLiteral("url"), parser.value(url));
        if (parser.isSet(method))
            map.put(QStringLiteral("method"), parser.value(method));
        detail.setJobData(map);
        detail.setDurable(parser.isSet(durable) || !to.given(parser));
        detail.setRequestsRecovery(parser.isSet(recover));
        detail.setConcurrentExecutionDisallowed(parser.isSet(nonConcurrent));
        detail.setPersistJobDataAfterExecution(parser.isSet(persist));
        if (parser.isSet(timeout)) {
            const std::optional<qint64> ms = parseDurationMs(parser.value(timeout));
            if (!ms)
                return failWith(err, Tr::tr("--timeout \"%1\" is not a duration such as 30s or 10m.").arg(parser.value(timeout)), ExitUsage);
            detail.setTimeoutMs(*ms);
        }
        if (parser.isSet(retries)) {
            bool ok = false;
            detail.setRetryCount(parser.value(retries).toInt(&ok));
            if (!ok)
                return failWith(err, Tr::tr("--retries must be a whole number, not \"%1\".").arg(parser.value(retries)), ExitUsage);
        }
        if (parser.isSet(retryDelay)) {
            const std::optional<qint64> ms = parseDurationMs(parser.value(retryDelay));
            if (!ms)
                return failWith(err, Tr::tr("--retry-delay \"%1\" is not a duration such as 30s.").arg(parser.value(retryDelay)), ExitUsage);
            detail.setRetryDelayMs(*ms);
        }
        detail.setFailureWebhook(parser.value(webhook));
        detail.setRequiredNodeTag(parser.value(tag));
        detail.setPinnedInstanceId(parser.value(pin));
    } else {
        if (!parser.isSet(job))
            return failWith(err, Tr::tr("add-trigger needs --job."), ExitUsage);
        jobKey = keyFromText<JobKey>(parser.value(job));
    }
    std::optional<Trigger> trigger;
    if (to.given(parser) || !addJob) {
        Result<Trigger> t = triggerFrom(parser, to, jobKey, now);
        if (!t)
            return failWith(err, t.error(), ExitUsage);
        trigger = *t;
    }

    Result<Session> session = openSession(parser.isSet(db) ? parser.value(db) : dbUrl);
    if (!session)
        return failWith(err, session.error(), ExitFailure);
    Scheduler &s = *session->scheduler;
    const bool replacing = parser.isSet(replace);
    std::optional<qint64> first;
    if (addJob && trigger) {
        Result<qint64> r = s.scheduleJob(detail, *trigger, replacing);
        if (!r)
            return failWith(err, r.error(), ExitUsage);
        first = *r;
    } else if (addJob) {
        if (Result<Done> r = s.addJob(detail, replacing); !r)
            return failWith(err, r.error(), ExitUsage);
    } else {
        Result<qint64> r = s.scheduleTrigger(*trigger, replacing);
        if (!r)
            return failWith(err, r.error(), ExitUsage);
        first = *r;
    }
    if (trigger && parser.isSet(to.paused)) {
        if (Result<bool> r = s.pauseTrigger(trigger->key()); !r)
            return failWith(err, r.error(), ExitFailure);
    }
    if (addJob)
        print(out, Tr::tr("Stored job %1 (%2).\n").arg(jobKey.toString(), detail.jobType()));
    if (trigger && first)
        print(out, Tr::tr("Stored trigger %1; first fire %2%3.\n")
                       .arg(trigger->key().toString(), IsoTime::formatUtc(*first),
                            parser.isSet(to.paused) ? Tr::tr(" (paused)") : QString()));
    return ExitOk;
}

int initCommand(const QStringList &arguments, const QString &dbUrl, std::FILE *out, std::FILE *err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Creates the tables, or migrates them to this version's schema."));
    const QCommandLineOption db = databaseOption();
    parser.addOption(db);
    if (const int code = parseOrExit(parser, arguments, out, err); code >= 0)
        return code;
    const QString url = parser.isSet(db) ? parser.value(db) : (dbUrl.isEmpty() ? defaultDatabaseUrl() : dbUrl);
    Result<std::shared_ptr<SqlJobStore>> store = openStore(url);
    if (!store)
        return failWith(err, store.error(), ExitFailure);
    print(out, Tr::tr("%1 is ready (%2 %3).\n").arg((*store)->url().toString(), (*store)->dialect().displayName(),
                                                     (*store)->serverVersion()));
    return ExitOk;
}

} // namespace

int runStoreCommand(const QString &command, const QStringList &arguments, const QString &databaseUrl,
                    std::FILE *out, std::FILE *err)
{
    if (command == QLatin1String("init"))
        return initCommand(arguments, databaseUrl, out, err);
    if (command == QLatin1String("jobs") || command == QLatin1String("triggers") || command == QLatin1String("calendars"))
        return listCommand(command, arguments, databaseUrl, out, err);
    if (command == QLatin1String("history"))
        return historyCommand(arguments, databaseUrl, out, err);
    if (command == QLatin1String("export-history"))
        return exportHistoryCommand(arguments, databaseUrl, out, err);
    if (command == QLatin1String("nodes") || command == QLatin1String("running"))
        return clusterCommand(command, arguments, databaseUrl, out, err);
    if (command == QLatin1String("interrupt"))
        return interruptCommand(arguments, databaseUrl, out, err);
    if (command == QLatin1String("pause") || command == QLatin1String("resume") || command == QLatin1String("fire")
        || command == QLatin1String("delete"))
        return actionCommand(command, arguments, databaseUrl, out, err);
    if (command == QLatin1String("add-job") || command == QLatin1String("add-trigger"))
        return addCommand(command, arguments, databaseUrl, out, err);
    return -1;
}

} // namespace Qronos::Ctl
