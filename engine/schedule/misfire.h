#pragma once

#include "model/trigger.h"
#include "result.h"

namespace Qronos {

class Calendar;

/// What Quartz 2.3.2 does with a trigger whose fire time was missed (see model/misfireinstruction.h
/// for the instructions). Pure functions like those of FireTimes: the clock comes in as nowMs.
namespace Misfire {

/// Quartz's misfire rule (JobStoreSupport): the trigger has a next fire time earlier than
/// nowMs - misfireThresholdMs (a threshold of 0 or less counts as 0; the limit never goes below the
/// epoch), and its instruction is not IGNORE_MISFIRE_POLICY, whose triggers never count as misfired.
bool isMisfired(const Trigger &trigger, qint64 nowMs, qint64 misfireThresholdMs);

/// Quartz's updateAfterMisfire(): applies the trigger's misfire instruction, SMART_POLICY resolved
/// per kind, by setting the next fire time (nowMs to fire at once, a later time, or none) and, for
/// simple triggers, the start time, repeat count and times triggered exactly as Quartz does.
/// Calendar-excluded times are skipped as Quartz skips them. IGNORE_MISFIRE_POLICY changes nothing.
///
/// Fails, leaving the trigger unchanged, only where Quartz throws: a simple trigger rescheduled now
/// with its existing repeat count when it has fired more than one time beyond that count.
Result<Done> updateAfterMisfire(Trigger &trigger, const Calendar *calendar, qint64 nowMs);

/// The instruction updateAfterMisfire() carries out for this trigger: SMART_POLICY resolved (cron,
/// calendar-interval and daily triggers: FIRE_ONCE_NOW; simple triggers: FIRE_NOW when the repeat
/// count is 0, RESCHEDULE_NEXT_WITH_REMAINING_COUNT when it repeats forever, otherwise
/// RESCHEDULE_NOW_WITH_EXISTING_REPEAT_COUNT), and a simple trigger's FIRE_NOW with repeats left
/// turned into RESCHEDULE_NOW_WITH_REMAINING_REPEAT_COUNT, as Quartz does.
int effectiveInstruction(const Trigger &trigger);

} // namespace Misfire
} // namespace Qronos
