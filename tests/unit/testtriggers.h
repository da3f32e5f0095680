#pragma once

// Helpers shared by tst_firetimes and tst_misfire: compact trigger builders, ISO instants and a
// few test-local calendars (the project's own calendars are tested elsewhere).

#include "model/trigger.h"
#include "schedule/calendar.h"
#include "schedule/civiltime.h"
#include "schedule/zonerules.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <memory>
#include <set>

Q_DECLARE_METATYPE(Qronos::Trigger)

namespace Qronos::TestTriggers {

inline qint64 ms(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    Q_ASSERT(t.isValid());
    return t.toMSecsSinceEpoch();
}

inline qint64 ms(const QString &iso) { return ms(iso.toLatin1().constData()); }

/// "none" for no instant, else "2024-01-01T00:00:00.000Z".
inline QString iso(std::optional<qint64> t)
{
    if (!t)
        return QStringLiteral("none");
    return QDateTime::fromMSecsSinceEpoch(*t, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

inline QStringList isoList(const QList<qint64> &times, int count)
{
    QStringList out;
    for (qint64 t : times)
        out << iso(t);
    if (times.size() < count)
        out << QStringLiteral("END");
    return out;
}

inline Trigger baseTrigger(Schedule schedule, const char *zone, const char *start, const char *end)
{
    Trigger t(TriggerKey(QStringLiteral("t"), QStringLiteral("g")), JobKey(QStringLiteral("j"), QStringLiteral("g")),
              std::move(schedule));
    t.setTimeZoneId(zone);
    t.setStartTime(ms(start));
    if (end)
        t.setEndTime(ms(end));
    return t;
}

inline Trigger cronTrigger(const char *expression, const char *zone, const char *start, const char *end)
{
    Result<CronExpression> cron = CronExpression::parse(QString::fromLatin1(expression));
    Q_ASSERT(cron.ok());
    return baseTrigger(CronSchedule{*cron}, zone, start, end);
}

inline Trigger simpleTrigger(const char *start, const char *end, qint64 intervalMs, int repeatCount)
{
    return baseTrigger(SimpleSchedule{intervalMs, repeatCount}, "UTC", start, end);
}

inline Trigger calTrigger(const char *zone, const char *start, const char *end, int interval, IntervalUnit unit,
                          bool preserveHour, bool skipDay)
{
    return baseTrigger(CalendarIntervalSchedule{interval, unit, preserveHour, skipDay}, zone, start, end);
}

/// days: Java weekday digits, "1234567" = every day, 1 = Sunday.
inline Trigger dailyTrigger(const char *zone, const char *start, const char *end, int interval, IntervalUnit unit,
                            int repeatCount, const char *days, const char *startOfDay, const char *endOfDay)
{
    DailyTimeIntervalSchedule s;
    s.repeatInterval = interval;
    s.unit = unit;
    s.repeatCount = repeatCount;
    s.daysOfWeek = 0;
    for (const char *d = days; *d; ++d)
        s.daysOfWeek |= quint8(1u << (*d - '0'));
    s.startTimeOfDay = *TimeOfDay::fromString(QString::fromLatin1(startOfDay));
    s.endTimeOfDay = *TimeOfDay::fromString(QString::fromLatin1(endOfDay));
    return baseTrigger(s, zone, start, end);
}

/// A calendar that excludes what a predicate says; enough to see how each trigger kind skips.
class PredicateCalendar final : public Calendar
{
public:
    explicit PredicateCalendar(std::function<bool(qint64)> included) : m_included(std::move(included)) {}
    Kind kind() const override { return Kind::Holiday; }
    std::shared_ptr<Calendar> clone() const override { return std::make_shared<PredicateCalendar>(*this); }
    bool isTimeIncluded(qint64 utcMs) const override { return m_included(utcMs); }
    qint64 nextIncludedTime(qint64 utcMs) const override
    {
        qint64 t = utcMs + 1;
        while (!m_included(t))
            ++t;
        return t;
    }

private:
    std::function<bool(qint64)> m_included;
};

/// "" (none), "all" (excludes everything), "range:FROM/TO" (excludes [FROM, TO)),
/// "weekdays:ZONE:1,7" (excludes those Java weekdays), "hours:ZONE:2,3" (excludes those local hours).
inline std::shared_ptr<Calendar> calendarFromSpec(const QString &spec)
{
    if (spec.isEmpty())
        return nullptr;
    const QString kind = spec.section(QLatin1Char(':'), 0, 0);
    if (kind == QLatin1String("all"))
        return std::make_shared<PredicateCalendar>([](qint64) { return false; });
    const QString rest = spec.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("range")) {
        const qint64 from = ms(rest.section(QLatin1Char('/'), 0, 0));
        const qint64 to = ms(rest.section(QLatin1Char('/'), 1, 1));
        return std::make_shared<PredicateCalendar>([from, to](qint64 t) { return t < from || t >= to; });
    }
    const ZoneRulesPtr zone = *ZoneRules::forId(rest.section(QLatin1Char(':'), 0, -2).toLatin1());
    std::set<int> values;
    for (const QString &v : rest.section(QLatin1Char(':'), -1).split(QLatin1Char(',')))
        values.insert(v.toInt());
    const bool weekdays = kind == QLatin1String("weekdays");
    return std::make_shared<PredicateCalendar>([zone, values, weekdays](qint64 t) {
        const qint64 wall = zone->utcToWall(t);
        const qint64 day = Civil::floorDiv(wall, Civil::MsPerDay);
        const int value = weekdays ? Civil::dayOfWeek(day) : int((wall - day * Civil::MsPerDay) / Civil::MsPerHour);
        return values.count(value) == 0;
    });
}

} // namespace Qronos::TestTriggers
