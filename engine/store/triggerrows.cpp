#include "store/triggerrows.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Qronos::StoreRows {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::SqlJobStore)
};

const char *const typeNames[] = {"CRON", "SIMPLE", "CAL_INT", "DAILY_I"}; // TriggerKind order

// Quartz's DailyTimeIntervalTriggerPersistenceDelegate: "H,M,S,,,H,M,S,,," for start and end of day.
QString timesOfDayText(const DailyTimeIntervalSchedule &s)
{
    return QStringLiteral("%1,%2,%3,,,%4,%5,%6,,,")
        .arg(s.startTimeOfDay.hour)
        .arg(s.startTimeOfDay.minute)
        .arg(s.startTimeOfDay.second)
        .arg(s.endTimeOfDay.hour)
        .arg(s.endTimeOfDay.minute)
        .arg(s.endTimeOfDay.second);
}

std::optional<std::pair<TimeOfDay, TimeOfDay>> timesOfDayFromText(const QString &text)
{
    // "H,M,S,,,H,M,S,,,": the end of day starts after the three empty fields.
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() < 8)
        return std::nullopt;
    TimeOfDay start{parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt()};
    TimeOfDay end{parts.at(5).toInt(), parts.at(6).toInt(), parts.at(7).toInt()};
    if (!start.isValid() || !end.isValid())
        return std::nullopt;
    return std::make_pair(start, end);
}

QString daysOfWeekText(quint8 days)
{
    QStringList list;
    for (int d = 1; d <= 7; ++d) {
        if (days & (1u << d))
            list << QString::number(d);
    }
    return list.join(QLatin1Char(','));
}

QByteArray zoneOrUtc(const QVariant &value)
{
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? QByteArrayLiteral("UTC") : text.toUtf8();
}

} // namespace

QVariant nullInt() { return QVariant(QMetaType::fromType<qint64>()); }
QVariant nullText() { return QVariant(QMetaType::fromType<QString>()); }
QVariant optionalInt(std::optional<qint64> value) { return value ? QVariant(*value) : nullInt(); }
QVariant optionalText(const QString &text) { return text.isEmpty() ? nullText() : QVariant(text); }

QVariant jsonOrNull(const QJsonObject &json)
{
    if (json.isEmpty())
        return nullText();
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> parseJsonObject(const QVariant &text)
{
    const QByteArray bytes = text.toString().toUtf8();
    if (bytes.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString triggerTypeName(TriggerKind kind) { return QLatin1String(typeNames[int(kind)]); }

QString triggerColumns()
{
    return QStringLiteral(
        "T.TRIGGER_NAME, T.TRIGGER_GROUP, T.JOB_NAME, T.JOB_GROUP, T.DESCRIPTION, T.NEXT_FIRE_TIME, "
        "T.PREV_FIRE_TIME, T.PRIORITY, T.TRIGGER_STATE, T.TRIGGER_TYPE, T.START_TIME, T.END_TIME, T.CALENDAR_NAME, "
        "T.MISFIRE_INSTR, T.JOB_DATA, "
        "S.REPEAT_COUNT, S.REPEAT_INTERVAL, S.TIMES_TRIGGERED, S.TIME_ZONE_ID, "
        "C.CRON_EXPRESSION, C.TIME_ZONE_ID, "
        "P.STR_PROP_1, P.STR_PROP_2, P.STR_PROP_3, P.INT_PROP_1, P.INT_PROP_2, P.LONG_PROP_1, P.BOOL_PROP_1, "
        "P.BOOL_PROP_2, P.TIME_ZONE_ID");
}

int triggerColumnCount() { return 30; }

QString triggerFrom(const QString &prefix)
{
    return QStringLiteral(
               "%1TRIGGERS T "
               "LEFT JOIN %1SIMPLE_TRIGGERS S ON S.SCHED_NAME = T.SCHED_NAME AND S.TRIGGER_NAME = T.TRIGGER_NAME "
               "AND S.TRIGGER_GROUP = T.TRIGGER_GROUP "
               "LEFT JOIN %1CRON_TRIGGERS C ON C.SCHED_NAME = T.SCHED_NAME AND C.TRIGGER_NAME = T.TRIGGER_NAME "
               "AND C.TRIGGER_GROUP = T.TRIGGER_GROUP "
               "LEFT JOIN %1SIMPROP_TRIGGERS P ON P.SCHED_NAME = T.SCHED_NAME AND P.TRIGGER_NAME = T.TRIGGER_NAME "
               "AND P.TRIGGER_GROUP = T.TRIGGER_GROUP")
        .arg(prefix);
}

Result<StoredTrigger> readTrigger(const QSqlQuery &q, int f)
{
    const auto v = [&](int i) { return q.value(f + i); };
    const TriggerKey key(v(0).toString(), v(1).toString());
    const QString type = v(9).toString();
    Trigger t;
    t.setKey(key);
    t.setJobKey(JobKey(v(2).toString(), v(3).toString()));
    t.setDescription(v(4).toString());
    if (!v(5).isNull())
        t.setNextFireTime(v(5).toLongLong());
    if (!v(6).isNull())
        t.setPreviousFireTime(v(6).toLongLong());
    t.setPriority(v(7).isNull() ? Trigger::DefaultPriority : v(7).toInt());
    t.setStartTime(v(10).toLongLong());
    if (!v(11).isNull())
        t.setEndTime(v(11).toLongLong());
    t.setCalendarName(v(12).toString());
    t.setMisfireInstruction(v(13).toInt());
    const auto data = parseJsonObject(v(14));
    if (!data)
        return fail(Tr::tr("Trigger '%1': its JOB_DATA is not a JSON object").arg(key.toString()));
    auto map = JobDataMap::fromJson(*data);
    if (!map)
        return fail(Tr::tr("Trigger '%1': %2").arg(key.toString(), map.error()));
    t.setJobData(map.value());

    if (type == QLatin1String("SIMPLE")) {
        if (v(15).isNull())
            return fail(Tr::tr("Trigger '%1' has no SIMPLE_TRIGGERS row").arg(key.toString()));
        t.setSchedule(SimpleSchedule{v(16).toLongLong(), int(v(15).toLongLong())});
        t.setTimesTriggered(int(v(17).toLongLong()));
        t.setTimeZoneId(zoneOrUtc(v(18)));
    } else if (type == QLatin1String("CRON")) {
        auto cron = CronExpression::parse(v(19).toString());
        if (!cron)
            return fail(Tr::tr("Trigger '%1': %2").arg(key.toString(), cron.error()));
        t.setSchedule(CronSchedule{cron.value()});
        t.setTimeZoneId(zoneOrUtc(v(20)));
    } else if (type == QLatin1String("CAL_INT") || type == QLatin1String("DAILY_I")) {
        const auto unit = intervalUnitFromName(v(21).toString());
        if (!unit)
            return fail(Tr::tr("Trigger '%1': unknown interval unit '%2'").arg(key.toString(), v(21).toString()));
        if (type == QLatin1String("CAL_INT")) {
            t.setSchedule(CalendarIntervalSchedule{v(24).toInt(), *unit, v(27).toBool(), v(28).toBool()});
            t.setTimeZoneId(zoneOrUtc(v(22)));
        } else {
            DailyTimeIntervalSchedule d;
            d.repeatInterval = v(24).toInt();
            d.unit = *unit;
            d.repeatCount = int(v(26).toLongLong());
            d.daysOfWeek = 0;
            const QStringList days = v(22).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &day : days) {
                const int n = day.trimmed().toInt();
                if (n >= 1 && n <= 7)
                    d.daysOfWeek |= quint8(1u << n);
            }
            const auto times = timesOfDayFromText(v(23).toString());
            if (!times)
                return fail(Tr::tr("Trigger '%1': cannot read the times of day '%2'").arg(key.toString(), v(23).toString()));
            d.startTimeOfDay = times->first;
            d.endTimeOfDay = times->second;
            t.setSchedule(d);
            t.setTimeZoneId(zoneOrUtc(v(29)));
        }
        t.setTimesTriggered(v(25).toInt());
    } else {
        return fail(Tr::tr("Trigger '%1' has the type '%2', which Qronos cannot read").arg(key.toString(), type));
    }
    return StoredTrigger{t, triggerStateFromName(v(8).toString())};
}

QString triggerInsertColumns()
{
    return QStringLiteral("SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, DESCRIPTION, NEXT_FIRE_TIME, "
                          "PREV_FIRE_TIME, PRIORITY, TRIGGER_STATE, TRIGGER_TYPE, START_TIME, END_TIME, CALENDAR_NAME, "
                          "MISFIRE_INSTR, JOB_DATA");
}

int triggerInsertColumnCount() { return 16; }

QVariantList triggerValues(const QString &schedulerName, const Trigger &t, TriggerState state)
{
    return {schedulerName,
            t.key().name(),
            t.key().group(),
            t.jobKey().name(),
            t.jobKey().group(),
            optionalText(t.description()),
            optionalInt(t.nextFireTime()),
            optionalInt(t.previousFireTime()),
            t.priority(),
            triggerStateName(state),
            triggerTypeName(t.kind()),
            t.startTime(),
            optionalInt(t.endTime()),
            optionalText(t.calendarName()),
            t.misfireInstruction(),
            jsonOrNull(t.jobData().toJson())};
}

KindRow kindRow(const Trigger &t)
{
    const QString zone = QString::fromUtf8(t.timeZoneId());
    if (const auto *s = t.scheduleAs<SimpleSchedule>()) {
        return {QStringLiteral("SIMPLE_TRIGGERS"),
                {QStringLiteral("REPEAT_COUNT"), QStringLiteral("REPEAT_INTERVAL"), QStringLiteral("TIMES_TRIGGERED"),
                 QStringLiteral("TIME_ZONE_ID")},
                {qint64(s->repeatCount), s->repeatIntervalMs, qint64(t.timesTriggered()), zone}};
    }
    if (const auto *s = t.scheduleAs<CronSchedule>()) {
        return {QStringLiteral("CRON_TRIGGERS"),
                {QStringLiteral("CRON_EXPRESSION"), QStringLiteral("TIME_ZONE_ID")},
                {s->expression.expression(), zone}};
    }
    const QStringList columns = {QStringLiteral("STR_PROP_1"), QStringLiteral("STR_PROP_2"),
                                 QStringLiteral("STR_PROP_3"), QStringLiteral("INT_PROP_1"),
                                 QStringLiteral("INT_PROP_2"), QStringLiteral("LONG_PROP_1"),
                                 QStringLiteral("BOOL_PROP_1"), QStringLiteral("BOOL_PROP_2"),
                                 QStringLiteral("TIME_ZONE_ID")};
    if (const auto *s = t.scheduleAs<CalendarIntervalSchedule>()) {
        // Quartz's CalendarIntervalTriggerPersistenceDelegate keeps the zone in STR_PROP_2.
        return {QStringLiteral("SIMPROP_TRIGGERS"), columns,
                {intervalUnitName(s->unit), zone, nullText(), s->repeatInterval, t.timesTriggered(), nullInt(),
                 s->preserveHourOfDayAcrossDaylightSavings, s->skipDayIfHourDoesNotExist, nullText()}};
    }
    const auto &d = std::get<DailyTimeIntervalSchedule>(t.schedule());
    return {QStringLiteral("SIMPROP_TRIGGERS"), columns,
            {intervalUnitName(d.unit), daysOfWeekText(d.daysOfWeek), timesOfDayText(d), d.repeatInterval,
             t.timesTriggered(), qint64(d.repeatCount), QVariant(QMetaType::fromType<bool>()),
             QVariant(QMetaType::fromType<bool>()), zone}};
}

QStringList kindTables()
{
    return {QStringLiteral("SIMPLE_TRIGGERS"), QStringLiteral("CRON_TRIGGERS"), QStringLiteral("SIMPROP_TRIGGERS"),
            QStringLiteral("BLOB_TRIGGERS")};
}

QString jobColumns(const QString &a)
{
    QStringList list;
    for (const char *column : {"JOB_NAME", "JOB_GROUP", "DESCRIPTION", "JOB_CLASS_NAME", "IS_DURABLE",
                               "IS_NONCONCURRENT", "IS_UPDATE_DATA", "REQUESTS_RECOVERY", "JOB_DATA", "REQUIRED_TAG",
                               "PINNED_INSTANCE", "JOB_OPTIONS"})
        list << a + QLatin1Char('.') + QLatin1String(column);
    return list.join(QStringLiteral(", "));
}

int jobColumnCount() { return 12; }

Result<JobDetail> readJob(const QSqlQuery &q, int f)
{
    const auto v = [&](int i) { return q.value(f + i); };
    JobDetail job(JobKey(v(0).toString(), v(1).toString()), v(3).toString());
    job.setDescription(v(2).toString());
    job.setDurable(v(4).toBool());
    job.setConcurrentExecutionDisallowed(v(5).toBool());
    job.setPersistJobDataAfterExecution(v(6).toBool());
    job.setRequestsRecovery(v(7).toBool());
    const auto data = parseJsonObject(v(8));
    if (!data)
        return fail(Tr::tr("Job '%1': its JOB_DATA is not a JSON object").arg(job.key().toString()));
    auto map = JobDataMap::fromJson(*data);
    if (!map)
        return fail(Tr::tr("Job '%1': %2").arg(job.key().toString(), map.error()));
    job.setJobData(map.value());
    const auto options = parseJsonObject(v(11));
    if (!options)
        return fail(Tr::tr("Job '%1': its JOB_OPTIONS is not a JSON object").arg(job.key().toString()));
    if (auto set = job.setOptionsFromJson(*options); !set)
        return fail(set.error());
    // The columns the claim query filters on are the truth.
    job.setRequiredNodeTag(v(9).toString());
    job.setPinnedInstanceId(v(10).toString());
    return job;
}

QStringList jobInsertColumns()
{
    return {QStringLiteral("JOB_NAME"),         QStringLiteral("JOB_GROUP"),        QStringLiteral("DESCRIPTION"),
            QStringLiteral("JOB_CLASS_NAME"),   QStringLiteral("IS_DURABLE"),       QStringLiteral("IS_NONCONCURRENT"),
            QStringLiteral("IS_UPDATE_DATA"),   QStringLiteral("REQUESTS_RECOVERY"), QStringLiteral("JOB_DATA"),
            QStringLiteral("REQUIRED_TAG"),     QStringLiteral("PINNED_INSTANCE"),  QStringLiteral("JOB_OPTIONS")};
}

QVariantList jobValues(const JobDetail &job)
{
    return {job.key().name(),
            job.key().group(),
            optionalText(job.description()),
            job.jobType(),
            job.isDurable(),
            job.isConcurrentExecutionDisallowed(),
            job.isPersistJobDataAfterExecution(),
            job.requestsRecovery(),
            jsonOrNull(job.jobData().toJson()),
            optionalText(job.requiredNodeTag()),
            optionalText(job.pinnedInstanceId()),
            jsonOrNull(job.optionsJson())};
}

} // namespace Qronos::StoreRows
