#include "store/jobstore.h"

#include <QProcessEnvironment>
#include <QSysInfo>

namespace Qronos {

namespace {

const char *const triggerStateNames[] = {"NONE",   "WAITING", "ACQUIRED",       "EXECUTING", "COMPLETE",
                                         "PAUSED", "BLOCKED", "PAUSED_BLOCKED", "ERROR"};
const char *const executionStatusNames[] = {"SUCCEEDED", "FAILED", "TIMED_OUT", "INTERRUPTED", "REFUSED", "RECOVERED"};

} // namespace

QString triggerStateName(TriggerState state)
{
    return QLatin1String(triggerStateNames[int(state)]);
}

TriggerState triggerStateFromName(const QString &name)
{
    for (int i = 1; i < int(std::size(triggerStateNames)); ++i) {
        if (name == QLatin1String(triggerStateNames[i]))
            return TriggerState(i);
    }
    return TriggerState::None;
}

QString executionStatusName(ExecutionStatus status)
{
    return QLatin1String(executionStatusNames[int(status)]);
}

std::optional<ExecutionStatus> executionStatusFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(executionStatusNames)); ++i) {
        if (name == QLatin1String(executionStatusNames[i]))
            return ExecutionStatus(i);
    }
    return std::nullopt;
}

Actor Actor::current()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Actor actor;
    actor.osUser = env.value(QStringLiteral("USER"), env.value(QStringLiteral("USERNAME")));
    actor.host = QSysInfo::machineHostName();
    return actor;
}

} // namespace Qronos
