#include "trigger.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Qronos {

namespace {

// Gives lupdate and the translator the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::Trigger)
};

const char *const unitNames[] = {"MILLISECOND", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "YEAR"};
const char *const kindNames[] = {"cron", "simple", "calendarInterval", "dailyTimeInterval"};

} // namespace

QString intervalUnitName(IntervalUnit unit) { return QString::fromLatin1(unitNames[int(unit)]); }

std::optional<IntervalUnit> intervalUnitFromName(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    for (int i = 0; i < 8; ++i) {
        if (upper == QLatin1String(unitNames[i]))
            return IntervalUnit(i);
    }
    return std::nullopt;
}

QString TimeOfDay::toString() const
{
    return QStringLiteral("%1:%2:%3")
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'))
        .arg(second, 2, 10, QLatin1Char('0'));
}

std::optional<TimeOfDay> TimeOfDay::fromString(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    TimeOfDay t{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).isEmpty() ? 0 : m.captured(3).toInt()};
    if (!t.isValid())
        return std::nullopt;
    return t;
}

QJsonObject Trigger::toJson() const
{
    QJsonObject json{
        {QStringLiteral("name"), m_key.name()},
        {QStringLiteral("group"), m_key.group()},
        {QStringLiteral("jobName"), m_jobKey.name()},
        {QStringLiteral("jobGroup"), m_jobKey.group()},
        {QStringLiteral("kind"), QString::fromLatin1(kindNames[int(kind())])},
        {QStringLiteral("startTime"), m_startTime},
        {QStringLiteral("priority"), m_priority},
        {QStringLiteral("misfireInstruction"), Misfire::name(kind(), m_misfireInstruction)},
        {QStringLiteral("timeZone"), QString::fromUtf8(m_timeZoneId)},
        {QStringLiteral("timesTriggered"), m_timesTriggered},
    };
    if (!m_description.isEmpty())
        json.insert(QStringLiteral("description"), m_description);
    if (!m_calendarName.isEmpty())
        json.insert(QStringLiteral("calendar"), m_calendarName);
    if (m_endTime)
        json.insert(QStringLiteral("endTime"), *m_endTime);
    if (m_previousFireTime)
        json.insert(QStringLiteral("previousFireTime"), *m_previousFireTime);
    if (m_nextFireTime)
        json.insert(QStringLiteral("nextFireTime"), *m_nextFireTime);
    if (!m_jobData.isEmpty())
        json.insert(QStringLiteral("data"), m_jobData.toJson());

    if (const auto *s = scheduleAs<CronSchedule>()) {
        json.insert(QStringLiteral("cronExpression"), s->expression.expression());
    } else if (const auto *s = scheduleAs<SimpleSchedule>()) {
        json.insert(QStringLiteral("repeatIntervalMs"), s->repeatIntervalMs);
        json.insert(QStringLiteral("repeatCount"), s->repeatCount);
    } else if (const auto *s = scheduleAs<CalendarIntervalSchedule>()) {
        json.insert(QStringLiteral("repeatInterval"), s->repeatInterval);
        json.insert(QStringLiteral("unit"), intervalUnitName(s->unit));
        json.insert(QStringLiteral("preserveHourOfDayAcrossDaylightSavings"), s->preserveHourOfDayAcrossDaylightSavings);
        json.insert(QStringLiteral("skipDayIfHourDoesNotExist"), s->skipDayIfHourDoesNotExist);
    } else if (const auto *s = scheduleAs<DailyTimeIntervalSchedule>()) {
        json.insert(QStringLiteral("repeatInterval"), s->repeatInterval);
        json.insert(QStringLiteral("unit"), intervalUnitName(s->unit));
        json.insert(QStringLiteral("repeatCount"), s->repeatCount);
        QJsonArray days;
        for (int d = 1; d <= 7; ++d) {
            if (s->daysOfWeek & (1u << d))
                days.append(d);
        }
        json.insert(QStringLiteral("daysOfWeek"), days);
        json.insert(QStringLiteral("startTimeOfDay"), s->startTimeOfDay.toString());
        json.insert(QStringLiteral("endTimeOfDay"), s->endTimeOfDay.toString());
    }
    return json;
}

Result<Trigger> Trigger::fromJson(const QJsonObject &json)
{
    Trigger t;
    t.m_key = TriggerKey(json.value(QStringLiteral("name")).toString(), json.value(QStringLiteral("group")).toString());
    const QString where = t.m_key.toString();
    if (const QString p = keyPartProblem(t.m_key.name()); !p.isEmpty())
        return fail(Tr::tr("Trigger name %1.").arg(p));
    t.m_jobKey = JobKey(json.value(QStringLiteral("jobName")).toString(), json.value(QStringLiteral("jobGroup")).toString());
    t.m_description = json.value(QStringLiteral("description")).toString();
    t.m_calendarName = json.value(QStringLiteral("calendar")).toString();
    t.m_startTime = json.value(QStringLiteral("startTime")).toInteger();
    if (json.contains(QStringLiteral("endTime")))
        t.m_endTime = json.value(QStringLiteral("endTime")).toInteger();
    if (json.contains(QStringLiteral("previousFireTime")))
        t.m_previousFireTime = json.value(QStringLiteral("previousFireTime")).toInteger();
    if (json.contains(QStringLiteral("nextFireTime")))
        t.m_nextFireTime = json.value(QStringLiteral("nextFireTime")).toInteger();
    t.m_priority = json.value(QStringLiteral("priority")).toInt(DefaultPriority);
    t.m_timesTriggered = json.value(QStringLiteral("timesTriggered")).toInt();
    t.m_timeZoneId = json.value(QStringLiteral("timeZone")).toString(QStringLiteral("UTC")).toUtf8();

    const QString kind = json.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String(kindNames[0])) {
        Result<CronExpression> cron = CronExpression::parse(json.value(QStringLiteral("cronExpression")).toString());
        if (!cron)
            return fail(Tr::tr("Trigger \"%1\": %2").arg(where, cron.error()));
        t.m_schedule = CronSchedule{std::move(cron).value()};
    } else if (kind == QLatin1String(kindNames[1])) {
        t.m_schedule = SimpleSchedule{json.value(QStringLiteral("repeatIntervalMs")).toInteger(),
                                      json.value(QStringLiteral("repeatCount")).toInt()};
    } else if (kind == QLatin1String(kindNames[2]) || kind == QLatin1String(kindNames[3])) {
        const std::optional<IntervalUnit> unit = intervalUnitFromName(json.value(QStringLiteral("unit")).toString());
        if (!unit)
            return fail(Tr::tr("Trigger \"%1\": unknown interval unit \"%2\" (SECOND, MINUTE, HOUR, DAY, WEEK, MONTH or YEAR).")
                            .arg(where, json.value(QStringLiteral("unit")).toString()));
        const int interval = json.value(QStringLiteral("repeatInterval")).toInt(1);
        if (kind == QLatin1String(kindNames[2])) {
            t.m_schedule = CalendarIntervalSchedule{
                interval, *unit, json.value(QStringLiteral("preserveHourOfDayAcrossDaylightSavings")).toBool(),
                json.value(QStringLiteral("skipDayIfHourDoesNotExist")).toBool()};
        } else {
            DailyTimeIntervalSchedule d;
            d.repeatInterval = interval;
            d.unit = *unit;
            d.repeatCount = json.value(QStringLiteral("repeatCount")).toInt(DailyTimeIntervalSchedule::RepeatIndefinitely);
            if (json.contains(QStringLiteral("daysOfWeek"))) {
                d.daysOfWeek = 0;
                for (const QJsonValue v : json.value(QStringLiteral("daysOfWeek")).toArray()) {
                    const int day = v.toInt();
                    if (day < 1 || day > 7)
                        return fail(Tr::tr("Trigger \"%1\": days of week are numbers 1 (Sunday) to 7 (Saturday).").arg(where));
                    d.daysOfWeek |= quint8(1u << day);
                }
            }
            const auto start = TimeOfDay::fromString(json.value(QStringLiteral("startTimeOfDay")).toString(QStringLiteral("00:00:00")));
            const auto end = TimeOfDay::fromString(json.value(QStringLiteral("endTimeOfDay")).toString(QStringLiteral("23:59:59")));
            if (!start || !end)
                return fail(Tr::tr("Trigger \"%1\": times of day are written HH:MM:SS.").arg(where));
            d.startTimeOfDay = *start;
            d.endTimeOfDay = *end;
            t.m_schedule = d;
        }
    } else {
        return fail(Tr::tr("Trigger \"%1\": unknown kind \"%2\" (cron, simple, calendarInterval or dailyTimeInterval).")
                        .arg(where, kind));
    }

    const QString misfire = json.value(QStringLiteral("misfireInstruction")).toString(QStringLiteral("SMART_POLICY"));
    const int instruction = Misfire::fromName(t.kind(), misfire);
    if (instruction == -2)
        return fail(Tr::tr("Trigger \"%1\": misfire instruction \"%2\" does not exist for this kind of trigger.").arg(where, misfire));
    t.m_misfireInstruction = instruction;

    if (json.contains(QStringLiteral("data"))) {
        Result<JobDataMap> data = JobDataMap::fromJson(json.value(QStringLiteral("data")).toObject());
        if (!data)
            return fail(Tr::tr("Trigger \"%1\": %2").arg(where, data.error()));
        t.m_jobData = std::move(data).value();
    }
    return t;
}

} // namespace Qronos
