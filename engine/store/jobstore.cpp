#include "store/jobstore.h"

#include <QProcessEnvironment>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

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
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        actor.osUser = env.value(QLatin1String(name));
        if (!actor.osUser.isEmpty())
            break;
    }
#ifdef Q_OS_UNIX
    // Services and containers often run without a login environment: ask the system.
    if (actor.osUser.isEmpty()) {
        if (const passwd *entry = ::getpwuid(::getuid()))
            actor.osUser = QString::fromLocal8Bit(entry->pw_name);
        else
            actor.osUser = QStringLiteral("uid %1").arg(::getuid());
    }
#endif
    if (actor.osUser.isEmpty())
        actor.osUser = QStringLiteral("unknown");
    actor.host = QSysInfo::machineHostName();
    if (actor.host.isEmpty())
        actor.host = QStringLiteral("unknown");
    return actor;
}

} // namespace Qronos
