#include "clustermanager.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QSysInfo>

#include <algorithm>
#include <optional>
#include <utility>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcCluster, "qronos.cluster", QtInfoMsg)

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::ClusterManager)
};

// Offsets measured at the last this many check-ins; the one with the shortest round trip is believed.
constexpr qsizetype kOffsetSamples = 8;

qint64 currentProcessId() { return QCoreApplication::applicationPid(); }

/// Whether process \a pid runs on this host (a node with our instance id that crashed left a row naming a pid
/// that is gone).
bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return true;
#endif
}

bool isLive(const NodeRecord &node)
{
    return node.state != NodeState::PresumedDead && node.state != NodeState::Recovered;
}
} // namespace

ClusterManager::ClusterManager(JobStore &store, SchedulerConfig config, QStringList allowedJobTypes,
                               std::shared_ptr<Clock> clock, Hooks hooks)
    : m_store(store)
    , m_config(std::move(config))
    , m_allowedJobTypes(std::move(allowedJobTypes))
    , m_clock(std::move(clock))
    , m_databaseClock(dynamic_cast<DatabaseClock *>(m_clock.get()))
    , m_hooks(std::move(hooks))
    , m_startedTime(m_clock->nowMs())
{
    setObjectName(QStringLiteral("qronos-cluster"));
}

ClusterManager::~ClusterManager()
{
    halt();
    wait();
}

void ClusterManager::setRecovering(bool recovering)
{
    QMutexLocker lock(&m_mutex);
    m_recovering = recovering;
}

void ClusterManager::checkInSoon()
{
    QMutexLocker lock(&m_mutex);
    m_checkInSoon = true;
    m_wake.wakeAll();
}

void ClusterManager::halt()
{
    QMutexLocker lock(&m_mutex);
    m_halted = true;
    m_wake.wakeAll();
}

bool ClusterManager::isHalted() const
{
    QMutexLocker lock(&m_mutex);
    return m_halted;
}

Result<CheckInResult> ClusterManager::checkIn()
{
    NodeCheckIn node;
    node.instanceId = m_config.instanceId;
    node.checkinIntervalMs = m_config.checkinIntervalMs;
    node.tags = m_config.tags;
    node.allowedJobTypes = m_allowedJobTypes;
    node.host = QSysInfo::machineHostName();
    node.processId = currentProcessId();
    node.version = QCoreApplication::applicationVersion();
    node.startedTime = m_startedTime;
    node.clockOffsetMs = m_offsetMs;
    node.failureGraceMs = m_config.failureGraceMs;
    if (m_hooks.describe)
        m_hooks.describe(node);

    const auto local = [this] { return m_databaseClock ? m_databaseClock->localNowMs() : m_clock->nowMs(); };
    const qint64 before = local();
    Result<CheckInResult> result = m_store.checkIn(node);
    const qint64 after = local();
    if (!result)
        return result;
    m_activeNodes.store(result->activeNodes, std::memory_order_relaxed);
    // The server read its clock somewhere within the round trip; the middle is the best guess, and the shortest
    // round trip of the last few the least uncertain (as NTP filters its samples).
    m_samples.append(OffsetSample{(before + after) / 2 - result->databaseTime, after - before});
    if (m_samples.size() > kOffsetSamples)
        m_samples.removeFirst();
    m_offsetMs = std::min_element(m_samples.cbegin(), m_samples.cend(), [](const OffsetSample &a, const OffsetSample &b) {
                     return a.roundTripMs < b.roundTripMs;
                 })->offsetMs;
    if (m_databaseClock)
        m_databaseClock->setOffsetMs(m_offsetMs);
    if (!result->recoveredBy.isEmpty()) {
        qCWarning(lcCluster).noquote()
            << Tr::tr("Node %1 was presumed dead and recovered by node %2: it had not checked in for longer than its "
                      "interval plus the grace period. What it had claimed was given back, and fires it had in flight "
                      "were recorded as failed or run again elsewhere.")
                   .arg(m_config.instanceId, result->recoveredBy);
    }
    return result;
}

Result<Done> ClusterManager::join()
{
    // Check the cluster before this node's own row hides what was there.
    Result<QList<NodeRecord>> nodes = m_store.nodes(m_config.failureGraceMs);
    if (!nodes)
        return fail(nodes.error());
    const QString host = QSysInfo::machineHostName();
    for (const NodeRecord &node : std::as_const(nodes.value())) {
        if (!isLive(node))
            continue;
        if (node.instanceId == m_config.instanceId) {
            // Our own row, left by this process or by a predecessor on this host that is gone: ours to take over.
            const bool predecessor = node.host == host && (node.processId == currentProcessId()
                                                           || !processAlive(node.processId));
            if (!predecessor)
                return fail(Tr::tr("The instance id %1 is in use by a running node on %2 (process %3, last check-in "
                                   "%4 ms ago). Give each node its own instance id.")
                                .arg(node.instanceId, node.host)
                                .arg(node.processId)
                                .arg(node.checkinAgeMs));
        } else if (!m_store.allowsSeveralNodes()) {
            return fail(Tr::tr("Node %1 runs on this store already (on %2, process %3, last check-in %4 ms ago), and "
                               "an embedded SQLite store runs one node at a time. Stop that node first, or use "
                               "PostgreSQL or MySQL/MariaDB for a cluster.")
                            .arg(node.instanceId, node.host)
                            .arg(node.processId)
                            .arg(node.checkinAgeMs));
        }
    }
    // Measure the offset before the first fire, and write it with the first check-in.
    Result<CheckInResult> first = checkIn();
    if (!first)
        return fail(first.error());
    m_samples.clear();
    if (Result<CheckInResult> second = checkIn(); !second)
        return fail(second.error());
    if (qAbs(m_offsetMs) >= 1000 && m_databaseClock) {
        qCInfo(lcCluster).noquote()
            << Tr::tr("The clock of node %1 is %2 ms off the database server's; the node schedules by the server's "
                      "time.")
                   .arg(m_config.instanceId)
                   .arg(m_offsetMs);
    }
    return Done{};
}

void ClusterManager::recoverOthers()
{
    // Fires left by instances without a row are rare (a node that signed off without writing its results): looked
    // for every tenth scan only, since that query reads every row of FIRED_TRIGGERS, thousands in a burst.
    const bool withLeftovers = m_scans++ % 10 == 0;
    Result<QList<NodeRecovery>> recovered =
        m_store.recoverFailedNodes(m_config.instanceId, m_config.failureGraceMs, withLeftovers);
    if (!recovered) {
        qCDebug(lcCluster).noquote() << Tr::tr("Looking for failed nodes failed: %1").arg(recovered.error().simplified());
        return;
    }
    for (const NodeRecovery &node : std::as_const(recovered.value())) {
        const RecoveryReport &r = node.report;
        qCInfo(lcCluster).noquote()
            << Tr::tr("Node %1 recovered node %2 (silent for %3 ms). Claimed triggers given back: %4; jobs to run "
                      "again: %5; executions recorded as failed: %6; finished triggers removed: %7.")
                   .arg(m_config.instanceId, node.instanceId)
                   .arg(node.silentForMs)
                   .arg(r.triggersReleased)
                   .arg(r.recoveryTriggers)
                   .arg(r.failedExecutions)
                   .arg(r.completeTriggersDeleted);
        if (m_hooks.recovered)
            m_hooks.recovered(node);
    }
}

void ClusterManager::takeInterruptRequests()
{
    Result<QStringList> ids = m_store.takeInterruptRequests(m_config.instanceId);
    if (!ids) {
        qCDebug(lcCluster).noquote() << Tr::tr("Reading interrupt requests failed: %1").arg(ids.error().simplified());
        return;
    }
    if (!ids->isEmpty() && m_hooks.interrupt)
        m_hooks.interrupt(*ids);
}

void ClusterManager::run()
{
    const qint64 interval = qMax<qint64>(100, m_config.checkinIntervalMs);
    // Scans twice per interval: a dead node is found within half an interval of passing its deadline.
    const qint64 scanEvery = qMax<qint64>(50, interval / 2);
    qint64 nextCheckin = m_clock->nowMs() + interval;
    qint64 nextScan = m_clock->nowMs();
    std::optional<qint64> healthySince = m_clock->nowMs(); // join() has just checked in
    while (!isHalted()) {
        const qint64 now = m_clock->nowMs();
        bool soon;
        {
            QMutexLocker lock(&m_mutex);
            soon = std::exchange(m_checkInSoon, false);
        }
        if (soon || now >= nextCheckin) {
            Result<CheckInResult> r = checkIn();
            if (r && m_failing) {
                qCInfo(lcCluster).noquote() << Tr::tr("Node %1 checks in again.").arg(m_config.instanceId);
            } else if (!r && !m_failing) {
                qCWarning(lcCluster).noquote()
                    << Tr::tr("Node %1 cannot check in: %2").arg(m_config.instanceId, r.error().simplified());
            }
            if (!r)
                healthySince.reset();
            else if (!healthySince)
                healthySince = now;
            m_failing = !r;
            nextCheckin = now + (r ? interval : qMin<qint64>(interval, 250));
        }
        bool recovering;
        {
            QMutexLocker lock(&m_mutex);
            recovering = m_recovering;
        }
        // After an outage every node's check-in is old: judge the others only once they have had an interval
        // plus the grace to check in again, as this node has. The same holds after this node's start.
        const qint64 settledAt = healthySince ? *healthySince + interval + m_config.failureGraceMs : nextCheckin;
        const bool scanning = recovering && m_config.recoverFailedNodes;
        if (!m_failing && now >= nextScan) {
            takeInterruptRequests();
            if (scanning && healthySince && now >= settledAt)
                recoverOthers();
            nextScan = now + scanEvery;
        }
        QMutexLocker lock(&m_mutex);
        if (m_halted || m_checkInSoon)
            continue;
        const qint64 wakeAt = m_failing ? nextCheckin : qMin(nextCheckin, nextScan);
        const qint64 wait = qBound<qint64>(1, wakeAt - m_clock->nowMs(), m_clock->maxRealWaitMs());
        m_wake.wait(&m_mutex, QDeadlineTimer(wait));
    }
}

} // namespace Qronos
