#pragma once

#include "clock.h"
#include "runtime/schedulerconfig.h"
#include "store/jobstore.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <functional>
#include <optional>

namespace Qronos {

class ExecutionTracker;

/// Quartz's QuartzSchedulerThread: claims due triggers in batches, waits until each is due (waking early
/// when this process schedules something earlier), fires it and hands it to a worker. Between claims it
/// applies misfire instructions and enforces job timeouts (check-ins are the ClusterManager's). A database failure
/// never ends the loop: it logs once, backs off (doubling up to maxDatabaseRetryMs) and tries again.
class SchedulerThread final : public QThread
{
    Q_OBJECT

public:
    struct Hooks
    {
        /// Runs a fired trigger; called on this thread, must not block.
        std::function<void(FiredBundle)> dispatch;
        std::function<void(const MisfireRecord &)> misfired;
        /// false with a message when a database call failed, true when calls work again.
        std::function<void(bool available, const QString &message)> databaseState;
        std::function<void(int size)> claimed;
        /// How many nodes share the work now (at least 1): each claim ahead of time takes at most this node's share
        /// of a batch.
        std::function<int()> activeNodes;
    };

    SchedulerThread(JobStore &store, ExecutionTracker &tracker, SchedulerConfig config, QStringList jobTypes,
                    std::shared_ptr<Clock> clock, Hooks hooks);
    ~SchedulerThread() override;

    /// Paused: claims nothing (standby). The thread starts paused.
    void setPaused(bool paused);
    /// Ends the loop; triggers claimed but not fired are given back. Then wait() for the thread.
    void halt();
    /// A trigger was stored whose next fire time is \a candidateMs: wake up if that is earlier than what the
    /// thread waits for.
    void signalSchedulingChange(qint64 candidateMs);

protected:
    void run() override;

private:
    enum class Wake { TimeReached, Halted, EarlierTrigger };

    /// Waits until the clock reaches \a untilMs, the thread is halted or paused, or (when \a forBatchAt is set)
    /// a trigger earlier than that time was signalled.
    Wake waitUntil(qint64 untilMs, std::optional<qint64> forBatchAt);
    void housekeeping();
    void fireBatch(QList<AcquiredTrigger> batch);
    void releaseAll(const QList<AcquiredTrigger> &triggers);
    bool isHalted() const;
    bool isPaused() const;
    void databaseFailed(const QString &what, const QString &error);
    void databaseWorked();
    void backOff();
    /// The most this node claims ahead of time at once: the batch size, divided among the active nodes.
    int claimShare() const;

    JobStore &m_store;
    ExecutionTracker &m_tracker;
    const SchedulerConfig m_config;
    const QStringList m_jobTypes;
    const std::shared_ptr<Clock> m_clock;
    const Hooks m_hooks;

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_halted = false;
    bool m_paused = true;
    std::optional<qint64> m_signalledTime;

    qint64 m_nextMisfireScan = 0;
    bool m_moreMisfires = false;
    std::optional<qint64> m_nextDeadline;
    qint64 m_backoffMs = 0;
    bool m_databaseDown = false;
};

} // namespace Qronos
