#include "misfire.h"

#include "calendar.h"
#include "civiltime.h"
#include "firetimes.h"
#include "zonerules.h"

#include <QCoreApplication>

#include <algorithm>

namespace Qronos::Misfire {

namespace {

// Gives lupdate and the translator the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::Misfire)
};

using Time = std::optional<qint64>;

// Past Quartz's YEAR_TO_GIVEUP_SCHEDULING_AT (the current year + 100).
bool pastGiveUpYear(qint64 utcMs, const ZoneRules &zone)
{
    const qint64 day = Civil::floorDiv(zone.utcToWall(utcMs), Civil::MsPerDay);
    return Civil::civilFromDays(day).year > CronExpression::maxYear();
}

// The next fire time after nowMs that the calendar includes. Quartz's simple trigger gives up past
// its year limit; the other kinds search on (their own schedules end at some point).
Time nextIncludedAfter(const Trigger &t, const Calendar *calendar, qint64 nowMs, bool yearLimit)
{
    Result<ZoneRulesPtr> found = ZoneRules::forId(t.timeZoneId());
    const ZoneRulesPtr zone = found ? *found : ZoneRules::utc();
    Time next = FireTimes::fireTimeAfter(t, nowMs);
    while (next && calendar && !calendar->isTimeIncluded(*next)) {
        next = FireTimes::stepPast(t, *next, *zone);
        if (next && yearLimit && pastGiveUpYear(*next, *zone))
            next.reset();
    }
    return next;
}

// SimpleTriggerImpl.computeNumTimesFiredBetween(), its int cast included.
int timesFiredBetween(const SimpleSchedule &s, qint64 from, qint64 to)
{
    if (s.repeatIntervalMs < 1)
        return 0;
    return qint32(quint32(quint64((to - from) / s.repeatIntervalMs)));
}

// The "reschedule now" instructions: start over now, unless the end time has passed.
void restartNowUnlessEnded(Trigger &t, qint64 nowMs)
{
    if (t.endTime() && *t.endTime() < nowMs) {
        t.setNextFireTime(std::nullopt);
    } else {
        t.setStartTime(nowMs);
        t.setNextFireTime(nowMs);
    }
}

Result<Done> updateSimple(Trigger &t, SimpleSchedule &s, const Calendar *calendar, qint64 nowMs)
{
    const int instruction = effectiveInstruction(t);
    switch (instruction) {
    case FireNow:
        t.setNextFireTime(nowMs);
        break;
    case RescheduleNextWithExistingCount:
        t.setNextFireTime(nextIncludedAfter(t, calendar, nowMs, true));
        break;
    case RescheduleNextWithRemainingCount: {
        const Time next = nextIncludedAfter(t, calendar, nowMs, true);
        if (next) {
            const int missed = t.nextFireTime() ? timesFiredBetween(s, *t.nextFireTime(), *next) : 0;
            t.setTimesTriggered(t.timesTriggered() + missed);
        }
        t.setNextFireTime(next);
        break;
    }
    case RescheduleNowWithExistingRepeatCount:
        if (s.repeatCount != 0 && s.repeatCount != SimpleSchedule::RepeatIndefinitely) {
            // Quartz's setRepeatCount() accepts -1 (forever!) and throws below that.
            const int remaining = s.repeatCount - t.timesTriggered();
            if (remaining < SimpleSchedule::RepeatIndefinitely)
                return fail(Tr::tr("Trigger \"%1\" has fired %2 times, more than its repeat count %3 allows; "
                               "its misfire cannot be handled by rescheduling with the existing repeat count.")
                                .arg(t.key().toString())
                                .arg(t.timesTriggered())
                                .arg(s.repeatCount));
            s.repeatCount = remaining;
            t.setTimesTriggered(0);
        }
        restartNowUnlessEnded(t, nowMs);
        break;
    case RescheduleNowWithRemainingRepeatCount: {
        const int missed = t.nextFireTime() ? timesFiredBetween(s, *t.nextFireTime(), nowMs) : 0;
        if (s.repeatCount != 0 && s.repeatCount != SimpleSchedule::RepeatIndefinitely) {
            s.repeatCount = std::max(0, s.repeatCount - (t.timesTriggered() + missed));
            t.setTimesTriggered(0);
        }
        restartNowUnlessEnded(t, nowMs);
        break;
    }
    default:
        break;
    }
    return Done{};
}

} // namespace

bool isMisfired(const Trigger &t, qint64 nowMs, qint64 misfireThresholdMs)
{
    if (!t.nextFireTime() || t.misfireInstruction() == IgnoreMisfirePolicy)
        return false;
    qint64 limit = nowMs;
    if (misfireThresholdMs > 0)
        limit -= misfireThresholdMs;
    limit = std::max<qint64>(limit, 0);
    return *t.nextFireTime() < limit;
}

int effectiveInstruction(const Trigger &t)
{
    const int instruction = t.misfireInstruction();
    const auto *s = t.scheduleAs<SimpleSchedule>();
    if (!s)
        return instruction == SmartPolicy ? FireOnceNow : instruction;
    if (instruction == SmartPolicy) {
        if (s->repeatCount == 0)
            return FireNow;
        if (s->repeatCount == SimpleSchedule::RepeatIndefinitely)
            return RescheduleNextWithRemainingCount;
        return RescheduleNowWithExistingRepeatCount;
    }
    if (instruction == FireNow && s->repeatCount != 0)
        return RescheduleNowWithRemainingRepeatCount;
    return instruction;
}

Result<Done> updateAfterMisfire(Trigger &t, const Calendar *calendar, qint64 nowMs)
{
    if (t.misfireInstruction() == IgnoreMisfirePolicy)
        return Done{};
    if (auto *s = t.scheduleAs<SimpleSchedule>())
        return updateSimple(t, *s, calendar, nowMs); // fails before it changes anything
    // Cron, calendar-interval and daily-time-interval triggers behave alike.
    switch (effectiveInstruction(t)) {
    case DoNothing: t.setNextFireTime(nextIncludedAfter(t, calendar, nowMs, false)); break;
    case FireOnceNow: t.setNextFireTime(nowMs); break;
    default: break;
    }
    return Done{};
}

} // namespace Qronos::Misfire
