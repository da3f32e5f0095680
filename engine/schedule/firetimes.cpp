#include "firetimes.h"

#include "calendar.h"
#include "civiltime.h"
#include "lenientcalendar.h"
#include "zonerules.h"

#include <QCoreApplication>

#include <limits>

namespace Qronos::FireTimes {

namespace {

// Gives lupdate and the translator the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::FireTimes)
};

using Cal = LenientCalendar;
using Time = std::optional<qint64>;

constexpr qint64 NoEnd = std::numeric_limits<qint64>::max();

// Java's integer arithmetic wraps; Quartz relies on it in a few casts. These make the wrap explicit
// (and defined) where C++ would otherwise overflow.
constexpr qint32 javaInt(qint64 v) { return qint32(quint32(quint64(v))); }
constexpr qint32 javaMul(qint32 a, qint32 b) { return qint32(quint32(a) * quint32(b)); }
constexpr qint64 javaMul(qint64 a, qint64 b) { return qint64(quint64(a) * quint64(b)); }
constexpr qint64 javaAdd(qint64 a, qint64 b) { return qint64(quint64(a) + quint64(b)); }

ZoneRulesPtr zoneOf(const Trigger &t)
{
    Result<ZoneRulesPtr> zone = ZoneRules::forId(t.timeZoneId());
    return zone ? *zone : ZoneRules::utc();
}

// Quartz's YEAR_TO_GIVEUP_SCHEDULING_AT: the current year + 100, fixed when the class loads.
int giveUpYear() { return CronExpression::maxYear(); }

int yearOf(qint64 utcMs, const ZoneRules &zone)
{
    return int(Civil::civilFromDays(Civil::floorDiv(zone.utcToWall(utcMs), Civil::MsPerDay)).year);
}

bool pastGiveUpYear(qint64 utcMs, const ZoneRules &zone) { return yearOf(utcMs, zone) > giveUpYear(); }

bool excluded(const Calendar *calendar, qint64 t) { return calendar && !calendar->isTimeIncluded(t); }

// TimeOfDay.getTimeOfDayForDate(): that time of day on the date's day, through java.util.Calendar.
qint64 timeOfDayOn(const TimeOfDay &tod, qint64 date, const ZoneRules &zone)
{
    Cal c(zone, date);
    c.set(Cal::HourOfDay, tod.hour);
    c.set(Cal::Minute, tod.minute);
    c.set(Cal::Second, tod.second);
    c.set(Cal::Millisecond, 0);
    return c.timeInMillis();
}

Cal::Field calendarField(IntervalUnit unit)
{
    switch (unit) {
    case IntervalUnit::Millisecond: return Cal::Millisecond;
    case IntervalUnit::Second: return Cal::Second;
    case IntervalUnit::Minute: return Cal::Minute;
    case IntervalUnit::Hour: return Cal::HourOfDay;
    case IntervalUnit::Day: return Cal::DayOfYear;
    case IntervalUnit::Week: return Cal::WeekOfYear;
    case IntervalUnit::Month: return Cal::Month;
    case IntervalUnit::Year: return Cal::Year;
    }
    return Cal::DayOfYear;
}

// ---------------------------------------------------------------------------------------------
// SimpleTriggerImpl

int numTimesFiredBetween(const SimpleSchedule &s, qint64 from, qint64 to)
{
    if (s.repeatIntervalMs < 1)
        return 0;
    return javaInt((to - from) / s.repeatIntervalMs);
}

Time simpleAfter(const Trigger &t, const SimpleSchedule &s, qint64 after)
{
    const int repeatCount = s.repeatCount;
    if (t.timesTriggered() > repeatCount && repeatCount != SimpleSchedule::RepeatIndefinitely)
        return std::nullopt;
    const qint64 start = t.startTime();
    if (repeatCount == 0 && after >= start)
        return std::nullopt;
    const qint64 end = t.endTime().value_or(NoEnd);
    if (end <= after)
        return std::nullopt;
    if (after < start)
        return start;
    if (s.repeatIntervalMs == 0)
        return std::nullopt; // Quartz divides by zero here; validate() rejects such a trigger
    const qint64 timesExecuted = (after - start) / s.repeatIntervalMs + 1;
    if (timesExecuted > repeatCount && repeatCount != SimpleSchedule::RepeatIndefinitely)
        return std::nullopt;
    const qint64 time = javaAdd(start, javaMul(timesExecuted, s.repeatIntervalMs));
    if (end <= time)
        return std::nullopt;
    return time;
}

Time simpleFireTimeBefore(const Trigger &t, const SimpleSchedule &s, qint64 end)
{
    if (end < t.startTime())
        return std::nullopt;
    const int fires = numTimesFiredBetween(s, t.startTime(), end);
    return javaAdd(t.startTime(), javaMul(qint64(fires), s.repeatIntervalMs));
}

Time simpleFinal(const Trigger &t, const SimpleSchedule &s)
{
    if (s.repeatCount == 0)
        return t.startTime();
    if (s.repeatCount == SimpleSchedule::RepeatIndefinitely)
        return t.endTime() ? simpleFireTimeBefore(t, s, *t.endTime()) : std::nullopt;
    const qint64 last = javaAdd(t.startTime(), javaMul(qint64(s.repeatCount), s.repeatIntervalMs));
    if (!t.endTime() || last < *t.endTime())
        return last;
    return simpleFireTimeBefore(t, s, *t.endTime());
}

// ---------------------------------------------------------------------------------------------
// CronTriggerImpl

Time cronAfter(const Trigger &t, const CronSchedule &s, qint64 after, const ZoneRules &zone)
{
    const qint64 start = effectiveStartTime(t);
    if (start > after)
        after = start - 1000;
    if (t.endTime() && after >= *t.endTime())
        return std::nullopt;
    const Time pot = s.expression.timeAfter(after, zone);
    if (t.endTime() && pot && *pot > *t.endTime())
        return std::nullopt;
    return pot;
}

// ---------------------------------------------------------------------------------------------
// CalendarIntervalTriggerImpl

// Quartz's daylightSavingHourShiftOccurredAndAdvanceNeeded(); note that it leaves the hour it set.
bool hourShiftNeedsAdvance(const CalendarIntervalSchedule &s, Cal &time, int initialHour, qint64 after)
{
    if (s.preserveHourOfDayAcrossDaylightSavings && time.get(Cal::HourOfDay) != initialHour) {
        time.set(Cal::HourOfDay, initialHour);
        if (time.get(Cal::HourOfDay) != initialHour)
            return s.skipDayIfHourDoesNotExist;
        return !(time.timeInMillis() > after);
    }
    return false;
}

// The big first leap of day and week intervals: most of the way, never all of it.
qint64 jumpAhead(qint64 jumpCount)
{
    if (jumpCount < 50)
        return qint64(double(jumpCount) * 0.80);
    if (jumpCount < 500)
        return qint64(double(jumpCount) * 0.90);
    return qint64(double(jumpCount) * 0.95);
}

Time calendarIntervalAfter(const Trigger &t, const CalendarIntervalSchedule &s, qint64 after, bool ignoreEnd,
                           const ZoneRules &zone)
{
    if (t.isComplete())
        return std::nullopt;
    const qint64 start = t.startTime();
    const qint64 end = t.endTime().value_or(NoEnd);
    if (!ignoreEnd && end <= after)
        return std::nullopt;
    if (after < start)
        return start;
    if (s.repeatInterval < 1)
        return std::nullopt; // Quartz throws (or divides by zero) here; validate() rejects it

    const qint64 secondsAfterStart = 1 + (after - start) / 1000;
    const qint64 interval = s.repeatInterval;
    const int giveUp = giveUpYear();
    Cal time(zone, start);
    qint64 result = 0;

    auto stepJump = [&](qint64 unitSeconds, Cal::Field field) {
        qint64 jumpCount = secondsAfterStart / (interval * unitSeconds);
        if (secondsAfterStart % (interval * unitSeconds) != 0)
            ++jumpCount;
        time.add(field, javaMul(qint32(s.repeatInterval), javaInt(jumpCount)));
        return time.timeInMillis();
    };
    auto babySteps = [&](Cal::Field field, int initialHour) {
        while (!(time.timeInMillis() > after) && time.get(Cal::Year) < giveUp)
            time.add(field, s.repeatInterval);
        while (hourShiftNeedsAdvance(s, time, initialHour, after) && time.get(Cal::Year) < giveUp)
            time.add(field, s.repeatInterval);
        return time.timeInMillis();
    };

    switch (s.unit) {
    case IntervalUnit::Second: result = stepJump(1, Cal::Second); break;
    case IntervalUnit::Minute: result = stepJump(60, Cal::Minute); break;
    case IntervalUnit::Hour: result = stepJump(3600, Cal::HourOfDay); break;
    case IntervalUnit::Day:
    case IntervalUnit::Week: {
        const int initialHour = time.get(Cal::HourOfDay);
        const qint64 unitSeconds = s.unit == IntervalUnit::Day ? 86400 : 7 * 86400;
        const Cal::Field field = calendarField(s.unit);
        qint64 jumpCount = secondsAfterStart / (interval * unitSeconds);
        if (jumpCount > 20)
            time.add(field, javaInt(interval * jumpAhead(jumpCount)));
        result = babySteps(field, initialHour);
        break;
    }
    case IntervalUnit::Month:
    case IntervalUnit::Year: {
        const int initialHour = time.get(Cal::HourOfDay);
        result = babySteps(calendarField(s.unit), initialHour);
        break;
    }
    case IntervalUnit::Millisecond:
        return std::nullopt; // Quartz fails here (no branch computes a time); validate() rejects it
    }

    if (!ignoreEnd && end <= result)
        return std::nullopt;
    return result;
}

Time calendarIntervalFinal(const Trigger &t, const CalendarIntervalSchedule &s, const ZoneRules &zone)
{
    if (t.isComplete() || !t.endTime())
        return std::nullopt;
    const qint64 end = *t.endTime();
    const Time fire = calendarIntervalAfter(t, s, end - 1000, true, zone);
    if (!fire)
        return std::nullopt;
    if (*fire == end)
        return fire;
    // Otherwise one interval back from the first fire time after the end.
    Cal last(zone, *fire);
    last.add(calendarField(s.unit), -s.repeatInterval);
    return last.timeInMillis();
}

// ---------------------------------------------------------------------------------------------
// DailyTimeIntervalTriggerImpl

bool firesOn(const DailyTimeIntervalSchedule &s, int dayOfWeek) { return s.daysOfWeek & (1u << dayOfWeek); }

// Quartz's advanceToNextDayOfWeekIfNecessary(): moves to the start time of day of the next allowed
// weekday when forced or when fireTime's day is not allowed; nullopt when that passes the end time.
Time advanceToNextDay(const Trigger &t, const DailyTimeIntervalSchedule &s, qint64 fireTime, bool force,
                      const ZoneRules &zone)
{
    Cal day(zone, timeOfDayOn(s.startTimeOfDay, fireTime, zone));
    if (force || !firesOn(s, day.get(Cal::DayOfWeek))) {
        for (int i = 1; i <= 7; ++i) {
            day.add(Cal::DayOfMonth, 1);
            if (firesOn(s, day.get(Cal::DayOfWeek))) {
                fireTime = day.timeInMillis();
                break;
            }
        }
    }
    if (t.endTime() && fireTime > *t.endTime())
        return std::nullopt;
    return fireTime;
}

bool sameDay(qint64 a, qint64 b, const ZoneRules &zone)
{
    Cal ca(zone, a);
    Cal cb(zone, b);
    return ca.get(Cal::Year) == cb.get(Cal::Year) && ca.get(Cal::DayOfYear) == cb.get(Cal::DayOfYear);
}

Time dailyAfter(const Trigger &t, const DailyTimeIntervalSchedule &s, qint64 after, const ZoneRules &zone)
{
    if (t.isComplete())
        return std::nullopt;
    if (s.repeatCount != DailyTimeIntervalSchedule::RepeatIndefinitely && t.timesTriggered() > s.repeatCount)
        return std::nullopt;

    after += 1000;
    if (after < t.startTime())
        after = t.startTime();

    const bool pastEndOfDay = after > timeOfDayOn(s.endTimeOfDay, after, zone);
    Time fireTime = advanceToNextDay(t, s, after, pastEndOfDay, zone);
    if (!fireTime)
        return std::nullopt;

    const qint64 dayEnd = timeOfDayOn(s.endTimeOfDay, *fireTime, zone);
    const qint64 dayStart = timeOfDayOn(s.startTimeOfDay, *fireTime, zone);
    if (*fireTime < dayStart)
        return dayStart;

    if (s.repeatInterval < 1)
        return std::nullopt; // Quartz divides by zero here; validate() rejects it
    // Whole intervals from the day's start, rounded up.
    const qint64 secondsAfterStart = (*fireTime - dayStart) / 1000;
    const qint64 interval = s.repeatInterval;
    Cal time(zone, dayStart);
    auto step = [&](qint64 unitSeconds, Cal::Field field) {
        qint64 jumpCount = secondsAfterStart / (interval * unitSeconds);
        if (secondsAfterStart % (interval * unitSeconds) != 0)
            ++jumpCount;
        time.add(field, javaMul(qint32(s.repeatInterval), javaInt(jumpCount)));
        fireTime = time.timeInMillis();
    };
    switch (s.unit) {
    case IntervalUnit::Second: step(1, Cal::Second); break;
    case IntervalUnit::Minute: step(60, Cal::Minute); break;
    case IntervalUnit::Hour: step(3600, Cal::HourOfDay); break;
    default: break; // Quartz leaves the time as it is for other units; validate() rejects them
    }

    if (*fireTime > dayEnd) {
        fireTime = advanceToNextDay(t, s, *fireTime, sameDay(*fireTime, dayEnd, zone), zone);
        if (!fireTime)
            return std::nullopt;
        fireTime = timeOfDayOn(s.startTimeOfDay, *fireTime, zone);
    }
    return fireTime;
}

Time dailyFinal(const Trigger &t, const DailyTimeIntervalSchedule &s, const ZoneRules &zone)
{
    if (t.isComplete() || !t.endTime())
        return std::nullopt;
    const qint64 end = *t.endTime();
    const qint64 endOfThatDay = timeOfDayOn(s.endTimeOfDay, end, zone);
    return end < endOfThatDay ? endOfThatDay : end;
}

// ---------------------------------------------------------------------------------------------

Time after(const Trigger &t, qint64 afterMs, const ZoneRules &zone)
{
    return std::visit(
        [&](const auto &s) -> Time {
            using S = std::decay_t<decltype(s)>;
            if constexpr (std::is_same_v<S, CronSchedule>)
                return cronAfter(t, s, afterMs, zone);
            else if constexpr (std::is_same_v<S, SimpleSchedule>)
                return simpleAfter(t, s, afterMs);
            else if constexpr (std::is_same_v<S, CalendarIntervalSchedule>)
                return calendarIntervalAfter(t, s, afterMs, false, zone);
            else
                return dailyAfter(t, s, afterMs, zone);
        },
        t.schedule());
}

} // namespace

std::optional<qint64> stepPast(const Trigger &t, qint64 excludedMs, const ZoneRules &zone)
{
    const Time next = after(t, excludedMs, zone);
    if (next && *next == excludedMs)
        return std::nullopt; // Quartz would ask again with the same time forever
    return next;
}

Result<Done> validate(const Trigger &t)
{
    if (t.key().name().isEmpty())
        return fail(Tr::tr("The trigger has no name."));
    if (t.key().group().isEmpty())
        return fail(Tr::tr("Trigger \"%1\" has no group.").arg(t.key().name()));
    const QString where = t.key().toString();
    if (t.jobKey().name().isEmpty())
        return fail(Tr::tr("Trigger \"%1\" names no job.").arg(where));
    if (t.jobKey().group().isEmpty())
        return fail(Tr::tr("Trigger \"%1\": the job's group is empty.").arg(where));
    if (Result<ZoneRulesPtr> zone = ZoneRules::forId(t.timeZoneId()); !zone)
        return fail(Tr::tr("Trigger \"%1\": %2").arg(where, zone.error()));
    if (t.endTime() && *t.endTime() < effectiveStartTime(t))
        return fail(Tr::tr("Trigger \"%1\": the end time is before the start time.").arg(where));
    if (!Misfire::isValidFor(t.kind(), t.misfireInstruction())) {
        QStringList names;
        for (int instruction : Misfire::instructionsFor(t.kind()))
            names << Misfire::name(t.kind(), instruction);
        return fail(Tr::tr("Trigger \"%1\": misfire instruction %2 does not exist for this kind of trigger (%3).")
                        .arg(where)
                        .arg(t.misfireInstruction())
                        .arg(names.join(QStringLiteral(", "))));
    }

    if (const auto *s = t.scheduleAs<CronSchedule>()) {
        if (s->expression.isNull())
            return fail(Tr::tr("Trigger \"%1\": the cron expression is not set.").arg(where));
    } else if (const auto *s = t.scheduleAs<SimpleSchedule>()) {
        if (s->repeatCount < SimpleSchedule::RepeatIndefinitely)
            return fail(Tr::tr("Trigger \"%1\": the repeat count must be 0 or more, or -1 to repeat forever (it is %2).")
                            .arg(where)
                            .arg(s->repeatCount));
        if (s->repeatIntervalMs < 0)
            return fail(Tr::tr("Trigger \"%1\": the repeat interval must not be negative.").arg(where));
        if (s->repeatCount != 0 && s->repeatIntervalMs < 1)
            return fail(Tr::tr("Trigger \"%1\": the repeat interval must be at least 1 ms when the trigger repeats.").arg(where));
    } else if (const auto *s = t.scheduleAs<CalendarIntervalSchedule>()) {
        if (s->unit == IntervalUnit::Millisecond)
            return fail(Tr::tr("Trigger \"%1\": the interval unit must be SECOND, MINUTE, HOUR, DAY, WEEK, MONTH or YEAR.").arg(where));
        if (s->repeatInterval < 1)
            return fail(Tr::tr("Trigger \"%1\": the repeat interval must be at least 1 (it is %2).").arg(where).arg(s->repeatInterval));
    } else if (const auto *s = t.scheduleAs<DailyTimeIntervalSchedule>()) {
        if (s->unit != IntervalUnit::Second && s->unit != IntervalUnit::Minute && s->unit != IntervalUnit::Hour)
            return fail(Tr::tr("Trigger \"%1\": the interval unit must be SECOND, MINUTE or HOUR (it is %2).")
                            .arg(where, intervalUnitName(s->unit)));
        if (s->repeatInterval < 1)
            return fail(Tr::tr("Trigger \"%1\": the repeat interval must be at least 1 (it is %2).").arg(where).arg(s->repeatInterval));
        const int limit = s->unit == IntervalUnit::Second ? 86400 : s->unit == IntervalUnit::Minute ? 1440 : 24;
        if (s->repeatInterval > limit)
            return fail(Tr::tr("Trigger \"%1\": the repeat interval must not exceed 24 hours (%2 %3).")
                            .arg(where)
                            .arg(limit)
                            .arg(intervalUnitName(s->unit)));
        if (s->repeatCount < DailyTimeIntervalSchedule::RepeatIndefinitely)
            return fail(Tr::tr("Trigger \"%1\": the repeat count must be 0 or more, or -1 to repeat forever (it is %2).")
                            .arg(where)
                            .arg(s->repeatCount));
        if ((s->daysOfWeek & DailyTimeIntervalSchedule::AllDays) == 0)
            return fail(Tr::tr("Trigger \"%1\": the days of the week must name at least one day.").arg(where));
        if (!s->startTimeOfDay.isValid() || !s->endTimeOfDay.isValid())
            return fail(Tr::tr("Trigger \"%1\": times of day run from 00:00:00 to 23:59:59.").arg(where));
        if (s->startTimeOfDay.secondOfDay() > s->endTimeOfDay.secondOfDay())
            return fail(Tr::tr("Trigger \"%1\": the start time of day %2 comes after the end time of day %3.")
                            .arg(where, s->startTimeOfDay.toString(), s->endTimeOfDay.toString()));
    }
    return Done{};
}

qint64 effectiveStartTime(const Trigger &t)
{
    if (t.kind() != TriggerKind::Cron)
        return t.startTime();
    const ZoneRulesPtr zone = zoneOf(t);
    Cal c(*zone, t.startTime());
    c.set(Cal::Millisecond, 0);
    return c.timeInMillis();
}

std::optional<qint64> fireTimeAfter(const Trigger &t, qint64 afterMs)
{
    const ZoneRulesPtr zone = zoneOf(t);
    return after(t, afterMs, *zone);
}

std::optional<qint64> finalFireTime(const Trigger &t)
{
    const ZoneRulesPtr zone = zoneOf(t);
    if (const auto *s = t.scheduleAs<SimpleSchedule>())
        return simpleFinal(t, *s);
    if (const auto *s = t.scheduleAs<CalendarIntervalSchedule>())
        return calendarIntervalFinal(t, *s, *zone);
    if (const auto *s = t.scheduleAs<DailyTimeIntervalSchedule>())
        return dailyFinal(t, *s, *zone);
    return std::nullopt; // cron: CronExpression.getTimeBefore() and getFinalFireTime() return null
}

std::optional<qint64> computeFirstFireTime(Trigger &t, const Calendar *calendar)
{
    const ZoneRulesPtr zone = zoneOf(t);
    Time next;
    switch (t.kind()) {
    case TriggerKind::Cron: next = after(t, effectiveStartTime(t) - 1000, *zone); break;
    case TriggerKind::DailyTimeInterval: next = after(t, t.startTime() - 1000, *zone); break;
    case TriggerKind::Simple:
    case TriggerKind::CalendarInterval: next = t.startTime(); break;
    }
    const bool yearLimit = t.kind() != TriggerKind::Cron;
    while (next && excluded(calendar, *next)) {
        next = stepPast(t, *next, *zone);
        if (!next)
            break;
        if (yearLimit && pastGiveUpYear(*next, *zone)) {
            t.setNextFireTime(next); // Quartz returns null but keeps the candidate
            return std::nullopt;
        }
    }
    t.setNextFireTime(next);
    return next;
}

void triggered(Trigger &t, const Calendar *calendar)
{
    const ZoneRulesPtr zone = zoneOf(t);
    if (t.kind() != TriggerKind::Cron)
        t.setTimesTriggered(t.timesTriggered() + 1);
    const Time previous = t.nextFireTime();
    t.setPreviousFireTime(previous);
    Time next = previous ? after(t, *previous, *zone) : std::nullopt;
    const bool yearLimit = t.kind() != TriggerKind::Cron;
    while (next && excluded(calendar, *next)) {
        next = stepPast(t, *next, *zone);
        if (next && yearLimit && pastGiveUpYear(*next, *zone))
            next.reset();
    }
    t.setNextFireTime(next);
    if (!next && t.kind() == TriggerKind::DailyTimeInterval)
        t.setComplete(true);
}

bool mayFireAgain(const Trigger &t) { return t.nextFireTime().has_value(); }

void updateWithNewCalendar(Trigger &t, const Calendar *calendar, qint64 misfireThresholdMs, qint64 nowMs)
{
    const ZoneRulesPtr zone = zoneOf(t);
    Time next = after(t, t.previousFireTime().value_or(nowMs), *zone);
    t.setNextFireTime(next);
    if (!next || !calendar)
        return;
    while (next && !calendar->isTimeIncluded(*next)) {
        next = stepPast(t, *next, *zone);
        if (!next)
            break;
        if (pastGiveUpYear(*next, *zone))
            next.reset();
        if (next && *next < nowMs && nowMs - *next >= misfireThresholdMs)
            next = after(t, *next, *zone);
    }
    t.setNextFireTime(next);
}

QList<qint64> computeFireTimes(const Trigger &trigger, const Calendar *calendar, int count)
{
    Trigger t = trigger;
    if (!t.nextFireTime())
        (void)computeFirstFireTime(t, calendar);
    QList<qint64> times;
    for (int i = 0; i < count; ++i) {
        const Time next = t.nextFireTime();
        if (!next)
            break;
        times.append(*next);
        triggered(t, calendar);
    }
    return times;
}

} // namespace Qronos::FireTimes
