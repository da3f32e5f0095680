#pragma once

#include <QList>
#include <QString>

namespace Qronos {

enum class TriggerKind { Cron, Simple, CalendarInterval, DailyTimeInterval };

/// Quartz's misfire instruction constants, with the same numbers so that stored values and
/// Quartz XML names map one to one.
namespace Misfire {
constexpr int IgnoreMisfirePolicy = -1; ///< MISFIRE_INSTRUCTION_IGNORE_MISFIRE_POLICY (every kind)
constexpr int SmartPolicy = 0;          ///< MISFIRE_INSTRUCTION_SMART_POLICY (every kind, the default)

// Cron, calendar-interval and daily-time-interval triggers
constexpr int FireOnceNow = 1; ///< MISFIRE_INSTRUCTION_FIRE_ONCE_NOW
constexpr int DoNothing = 2;   ///< MISFIRE_INSTRUCTION_DO_NOTHING

// Simple triggers
constexpr int FireNow = 1;                               ///< MISFIRE_INSTRUCTION_FIRE_NOW
constexpr int RescheduleNowWithExistingRepeatCount = 2;  ///< ..._RESCHEDULE_NOW_WITH_EXISTING_REPEAT_COUNT
constexpr int RescheduleNowWithRemainingRepeatCount = 3; ///< ..._RESCHEDULE_NOW_WITH_REMAINING_REPEAT_COUNT
constexpr int RescheduleNextWithRemainingCount = 4;      ///< ..._RESCHEDULE_NEXT_WITH_REMAINING_COUNT
constexpr int RescheduleNextWithExistingCount = 5;       ///< ..._RESCHEDULE_NEXT_WITH_EXISTING_COUNT

/// The instructions a trigger kind accepts, in Quartz's order.
QList<int> instructionsFor(TriggerKind kind);
bool isValidFor(TriggerKind kind, int instruction);
/// Quartz's constant name without the prefix, e.g. "FIRE_ONCE_NOW"; empty if not valid for the kind.
QString name(TriggerKind kind, int instruction);
/// Accepts "FIRE_ONCE_NOW" or "MISFIRE_INSTRUCTION_FIRE_ONCE_NOW"; -2 if unknown for the kind.
int fromName(TriggerKind kind, const QString &name);
/// A short label in the UI language, e.g. "Fire once now"; Quartz's constant name is name().
QString label(TriggerKind kind, int instruction);
/// One sentence, in the UI language, saying what the instruction does when a fire was missed.
QString explanation(TriggerKind kind, int instruction);
} // namespace Misfire

} // namespace Qronos
