#pragma once

#include "model/trigger.h"
#include "store/jobstore.h"

#include <QString>

namespace Qronos::DisplayText {

/// An instant in this computer's zone, "2026-11-21 10:15:00" (milliseconds only when not on a whole second).
QString instant(qint64 utcMs);
/// A duration for people: "850 ms", "12.4 s", "3 min 5 s", "2 h 10 min", "3 d 4 h".
QString duration(qint64 ms);
/// How far an instant is from now: "in 5 min", "3 s ago".
QString relative(qint64 utcMs, qint64 nowMs);
/// A trigger's schedule in one line: the cron expression, "every 10 s, 5 times", "every 2 months", ...
QString schedule(const Trigger &trigger);
/// "cron", "simple", "calendar interval", "daily time interval", translated.
QString triggerKind(TriggerKind kind);
/// A trigger state for people ("Waiting", "Paused", ...), translated.
QString triggerState(TriggerState state);
/// An execution status for people ("Succeeded", "Failed", ...), translated.
QString executionStatus(ExecutionStatus status);
/// A node state for people ("Active", "Presumed dead", ...), translated.
QString nodeState(NodeState state);

} // namespace Qronos::DisplayText
