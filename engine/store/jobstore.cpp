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
const char *const nodeStateNames[] = {"ACTIVE", "STANDBY", "SHUTTING_DOWN", "PRESUMED_DEAD", "RECOVERED"};

/// The enum value whose name in \a names is \a name, searched from \a first.
template <typename E, size_t N>
std::optional<E> fromName(const char *const (&names)[N], const QString &name, int first = 0)
{
    for (int i = first; i < int(N); ++i) {
        if (name == QLatin1String(names[i]))
            return E(i);
    }
    return std::nullopt;
}

} // namespace

QString triggerStateName(TriggerState state)
{
    return QLatin1String(triggerStateNames[int(state)]);
}

TriggerState triggerStateFromName(const QString &name)
{
    return fromName<TriggerState>(triggerStateNames, name, 1).value_or(TriggerState::None);
}

QString executionStatusName(ExecutionStatus status)
{
    return QLatin1String(executionStatusNames[int(status)]);
}

std::optional<ExecutionStatus> executionStatusFromName(const QString &name)
{
    return fromName<ExecutionStatus>(executionStatusNames, name);
}

QString nodeStateName(NodeState state)
{
    return QLatin1String(nodeStateNames[int(state)]);
}

std::optional<NodeState> nodeStateFromName(const QString &name)
{
    return fromName<NodeState>(nodeStateNames, name);
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
