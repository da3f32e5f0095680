#include "misfireinstruction.h"

#include <QCoreApplication>

namespace Qronos::Misfire {

namespace {
// Gives lupdate and the translator the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::Misfire)
};
}

QList<int> instructionsFor(TriggerKind kind)
{
    if (kind == TriggerKind::Simple) {
        return {SmartPolicy, IgnoreMisfirePolicy, FireNow, RescheduleNowWithExistingRepeatCount,
                RescheduleNowWithRemainingRepeatCount, RescheduleNextWithRemainingCount,
                RescheduleNextWithExistingCount};
    }
    return {SmartPolicy, IgnoreMisfirePolicy, FireOnceNow, DoNothing};
}

bool isValidFor(TriggerKind kind, int instruction) { return instructionsFor(kind).contains(instruction); }

QString name(TriggerKind kind, int instruction)
{
    switch (instruction) {
    case SmartPolicy: return QStringLiteral("SMART_POLICY");
    case IgnoreMisfirePolicy: return QStringLiteral("IGNORE_MISFIRE_POLICY");
    default: break;
    }
    if (kind == TriggerKind::Simple) {
        switch (instruction) {
        case FireNow: return QStringLiteral("FIRE_NOW");
        case RescheduleNowWithExistingRepeatCount: return QStringLiteral("RESCHEDULE_NOW_WITH_EXISTING_REPEAT_COUNT");
        case RescheduleNowWithRemainingRepeatCount: return QStringLiteral("RESCHEDULE_NOW_WITH_REMAINING_REPEAT_COUNT");
        case RescheduleNextWithRemainingCount: return QStringLiteral("RESCHEDULE_NEXT_WITH_REMAINING_COUNT");
        case RescheduleNextWithExistingCount: return QStringLiteral("RESCHEDULE_NEXT_WITH_EXISTING_COUNT");
        default: return {};
        }
    }
    switch (instruction) {
    case FireOnceNow: return QStringLiteral("FIRE_ONCE_NOW");
    case DoNothing: return QStringLiteral("DO_NOTHING");
    default: return {};
    }
}

int fromName(TriggerKind kind, const QString &text)
{
    QString n = text.trimmed().toUpper();
    if (n.startsWith(QLatin1String("MISFIRE_INSTRUCTION_")))
        n = n.mid(int(qstrlen("MISFIRE_INSTRUCTION_")));
    for (int instruction : instructionsFor(kind)) {
        if (name(kind, instruction) == n)
            return instruction;
    }
    return -2;
}

QString label(TriggerKind kind, int instruction)
{
    switch (instruction) {
    case SmartPolicy: return Tr::tr("Smart policy");
    case IgnoreMisfirePolicy: return Tr::tr("Ignore misfires (make up every missed fire)");
    default: break;
    }
    if (kind == TriggerKind::Simple) {
        switch (instruction) {
        case FireNow: return Tr::tr("Fire now");
        case RescheduleNowWithExistingRepeatCount: return Tr::tr("Reschedule now, existing repeat count");
        case RescheduleNowWithRemainingRepeatCount: return Tr::tr("Reschedule now, remaining repeat count");
        case RescheduleNextWithRemainingCount: return Tr::tr("Wait for the next time, remaining count");
        case RescheduleNextWithExistingCount: return Tr::tr("Wait for the next time, existing count");
        default: return {};
        }
    }
    switch (instruction) {
    case FireOnceNow: return Tr::tr("Fire once now");
    case DoNothing: return Tr::tr("Do nothing (wait for the next time)");
    default: return {};
    }
}

QString explanation(TriggerKind kind, int instruction)
{
    // What Quartz 2.3.2's updateAfterMisfire() does; keep in step with schedule/misfire.cpp.
    if (instruction == IgnoreMisfirePolicy)
        return Tr::tr("Never treated as a misfire: every missed fire is made up as soon as possible, one after "
                  "another, then the schedule goes on.");
    if (kind == TriggerKind::Simple) {
        switch (instruction) {
        case SmartPolicy:
            return Tr::tr("Smart policy: a one-shot trigger fires now; one with a repeat count restarts now with "
                      "every repeat it has not fired yet, the missed ones included; one that repeats forever "
                      "skips the missed fires and waits for its next scheduled time.");
        case FireNow:
            return Tr::tr("Fires now; a repeating trigger instead restarts now with the repeats it has neither fired "
                      "nor missed.");
        case RescheduleNowWithExistingRepeatCount:
            return Tr::tr("Restarts now with every repeat it has not fired yet, the missed ones included; later fires "
                      "keep the interval from now, and a trigger past its end time stops.");
        case RescheduleNowWithRemainingRepeatCount:
            return Tr::tr("Restarts now with the repeats it has neither fired nor missed; later fires keep the "
                      "interval from now, and a trigger past its end time stops.");
        case RescheduleNextWithRemainingCount:
            return Tr::tr("Skips the missed fires and waits for the next scheduled time; the missed fires are "
                      "counted as fired.");
        case RescheduleNextWithExistingCount:
            return Tr::tr("Skips the missed fires and waits for the next scheduled time; the missed fires are not "
                      "counted as fired.");
        default: return {};
        }
    }
    switch (instruction) {
    case SmartPolicy: return Tr::tr("Smart policy: fires once now, then follows the schedule; other missed fires are skipped.");
    case FireOnceNow: return Tr::tr("Fires once now, then follows the schedule; other missed fires are skipped.");
    case DoNothing: return Tr::tr("Skips the missed fires and waits for the next scheduled time.");
    default: return {};
    }
}

} // namespace Qronos::Misfire
