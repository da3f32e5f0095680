#pragma once

#include "clock.h"
#include "runtime/schedulerconfig.h"
#include "store/jobstore.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>

namespace Qronos {

/// A node's place in the cluster, on a thread (and database connection) of its own so that a busy scheduler
/// thread never delays it (Quartz's ClusterManager):
///  - checks in every interval on the database server's clock, with what the node table shows;
///  - measures the node's clock offset to the server at each check-in (the sample with the shortest round trip
///    of the last few) and, when the node schedules by a DatabaseClock, keeps that clock on the server's time;
///  - twice per interval, passes on the interrupt requests for its fires, and recovers nodes silent for longer than their interval plus the grace period (exactly
///    one survivor wins each, see JobStore::recoverFailedNodes()).
/// It goes on through a graceful shutdown, so that a node finishing its jobs is not presumed dead meanwhile.
class ClusterManager final : public QThread
{
    Q_OBJECT

public:
    struct Hooks
    {
        /// What the node is doing now: its state and running count for the check-in.
        std::function<void(NodeCheckIn &)> describe;
        /// A node was recovered by this one (after the commit).
        std::function<void(const NodeRecovery &)> recovered;
        /// Someone asked, through the database, that these fires of this node be interrupted.
        std::function<void(const QStringList &fireInstanceIds)> interrupt;
    };

    ClusterManager(JobStore &store, SchedulerConfig config, QStringList allowedJobTypes, std::shared_ptr<Clock> clock,
                   Hooks hooks);
    ~ClusterManager() override;

    /// The first check-in, before the node fires anything: measures the clock offset, and refuses to start when
    /// the store takes one node only and another is alive, or when another live process uses this instance id.
    Result<Done> join();
    /// Stops recovering others (the node is stopping) but goes on checking in.
    void setRecovering(bool recovering);
    /// Checks in at once (the node's state changed), not at the next interval.
    void checkInSoon();
    /// Ends the loop; then wait().
    void halt();
    /// Active nodes of the cluster at the last check-in, this one included (at least 1).
    int activeNodes() const { return m_activeNodes.load(std::memory_order_relaxed); }

protected:
    void run() override;

private:
    Result<CheckInResult> checkIn();
    void recoverOthers();
    void takeInterruptRequests();
    bool isHalted() const;

    JobStore &m_store;
    const SchedulerConfig m_config;
    const QStringList m_allowedJobTypes;
    const std::shared_ptr<Clock> m_clock;
    DatabaseClock *const m_databaseClock; ///< m_clock when it is one, else null
    const Hooks m_hooks;
    const qint64 m_startedTime;

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_halted = false;
    bool m_recovering = true;
    bool m_checkInSoon = false;

    struct OffsetSample
    {
        qint64 offsetMs;
        qint64 roundTripMs;
    };
    QList<OffsetSample> m_samples;
    qint64 m_offsetMs = 0;
    bool m_failing = false;
    std::atomic<int> m_activeNodes{1};
    qint64 m_scans = 0;
};

} // namespace Qronos
