#pragma once

#include "model/trigger.h"
#include "result.h"
#include "zonerules.h"

#include <QList>

#include <optional>

namespace Qronos {

class Calendar;

/// Fire-time computation for the four trigger kinds, reproducing Quartz 2.3.2's CronTriggerImpl,
/// SimpleTriggerImpl, CalendarIntervalTriggerImpl and DailyTimeIntervalTriggerImpl to the millisecond.
///
/// These are pure functions over a Trigger: they never read the system clock (where Quartz calls
/// `new Date()` they take `nowMs`). Wall times are read in the trigger's zone, which also stands in
/// for the JVM default zone wherever Quartz uses that (daily-time-interval triggers, the cron start
/// time's rounding, the year limit). A trigger whose zone id is unknown is read in UTC, as Java reads
/// an unknown zone as GMT; validate() reports it.
///
/// The calendar may be null (no exclusions). Fire times that the calendar excludes are skipped the
/// way each Quartz kind skips them, including the "current year + 100" limit some kinds apply.
namespace FireTimes {

/// Quartz's validate() and the checks of its setters: names set, a known zone, an end not before the
/// start, a misfire instruction the kind accepts, and each kind's own rules (simple: interval >= 0,
/// and >= 1 unless the repeat count is 0, repeat count >= -1; calendar interval: interval >= 1, unit
/// not MILLISECOND; daily: unit SECOND/MINUTE/HOUR, interval 1..24 hours, at least one weekday, start
/// time of day not after the end time of day, repeat count >= -1; cron: an expression).
/// The message names the field and says what is accepted.
Result<Done> validate(const Trigger &trigger);

/// The start time as Quartz holds it: a cron trigger's start is rounded down to the whole second
/// (through java.util.Calendar, so a start in the first pass of a fall-back hour moves to the second
/// pass, as in Quartz); other kinds keep it to the millisecond.
qint64 effectiveStartTime(const Trigger &trigger);

/// Quartz's getFireTimeAfter(): the schedule's first fire time strictly after afterMs, or nullopt when
/// there is none (past the end time, repeat count used up, a daily trigger marked complete...).
/// Calendars are not consulted.
std::optional<qint64> fireTimeAfter(const Trigger &trigger, qint64 afterMs);

/// Quartz's getFinalFireTime(), quirks included: nullopt for cron triggers (Quartz 2.3.2 does not
/// implement it) and for triggers that run forever; may lie in the past.
std::optional<qint64> finalFireTime(const Trigger &trigger);

/// Quartz's computeFirstFireTime(): sets the trigger's next fire time to its first fire time not
/// excluded by the calendar and returns it. When Quartz gives up at its year limit this returns
/// nullopt but, like Quartz, leaves the last candidate as the next fire time.
std::optional<qint64> computeFirstFireTime(Trigger &trigger, const Calendar *calendar);

/// Quartz's triggered(): the trigger fired at its next fire time. Counts the fire (every kind but
/// cron, which Quartz does not count), moves next to previous and computes the next fire time not
/// excluded by the calendar. A daily-time-interval trigger with no fire left is marked complete.
/// A trigger without a next fire time gets none (Quartz would start again from the clock).
void triggered(Trigger &trigger, const Calendar *calendar);

/// True while the trigger has a next fire time.
bool mayFireAgain(const Trigger &trigger);

/// Quartz's updateWithNewCalendar(): recomputes the next fire time after the previous one (after
/// nowMs if it never fired) under a new calendar; excluded times are skipped, and a candidate that is
/// at least misfireThresholdMs in the past is skipped too.
void updateWithNewCalendar(Trigger &trigger, const Calendar *calendar, qint64 misfireThresholdMs, qint64 nowMs);

/// The next candidate after a fire time the calendar excluded, as Quartz's skipping loops ask for it
/// (fireTimeAfter() in the given zone). Where Quartz's answer would be the excluded time itself (a
/// calendar-interval trigger of days or longer at its year limit), Quartz loops forever; this
/// returns nullopt instead, so every loop over excluded times ends.
std::optional<qint64> stepPast(const Trigger &trigger, qint64 excludedMs, const ZoneRules &zone);

/// Quartz's TriggerUtils.computeFireTimes(): on a copy of the trigger, computes the first fire time
/// if it has no next fire time yet, then collects next fire times (triggering the copy) until there
/// are count of them or no more.
QList<qint64> computeFireTimes(const Trigger &trigger, const Calendar *calendar, int count);

} // namespace FireTimes
} // namespace Qronos
