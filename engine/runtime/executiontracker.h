#pragma once

#include "jobs/interruptiontoken.h"
#include "model/keys.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <optional>

namespace Qronos {

/// The executions running on this node: worker slots, interruption tokens and timeouts.
///
/// Shared by the scheduler thread (which takes slots before it fires), the workers (which register each
/// attempt's token and give the slot back), and the facade (interrupt). Thread-safe.
class ExecutionTracker final
{
    Q_DISABLE_COPY_MOVE(ExecutionTracker)

public:
    struct Running
    {
        QString fireInstanceId;
        JobKey job;
        qint64 startedMs = 0;
    };

    explicit ExecutionTracker(int capacity);

    int capacity() const { return m_capacity; }
    int runningCount() const;
    int freeSlots() const;
    /// How many fires to claim now: the free workers, plus as many more as the workers are expected to start
    /// within \a horizonMs given how long recent executions took (short jobs are queued briefly; long ones never
    /// wait for a worker here while another node could run them). At most \a maxCount.
    int claimableSlots(qint64 horizonMs, int maxCount) const;

    /// Registers a fire that is about to run; takes one slot.
    void begin(const QString &fireInstanceId, const JobKey &job, qint64 startedMs);
    /// The token of the attempt running now and its deadline (none = no timeout).
    void setAttempt(const QString &fireInstanceId, const InterruptionToken &token, std::optional<qint64> deadlineMs);
    /// Gives the slot back and wakes waitForChange().
    void end(const QString &fireInstanceId);

    /// Asks every running execution of the job to stop; returns how many were asked.
    int interruptJob(const JobKey &job);
    /// Asks one execution to stop; false when it does not run here.
    bool interruptFire(const QString &fireInstanceId);
    void interruptAll();
    /// True once interruption was asked for the fire (its retries must not start).
    bool isInterruptRequested(const QString &fireInstanceId) const;
    /// True when the attempt running now was stopped because it passed its deadline.
    bool isTimedOut(const QString &fireInstanceId) const;

    /// Interrupts attempts whose deadline is at or before nowMs (marking them timed out); returns the earliest
    /// deadline still ahead.
    std::optional<qint64> enforceDeadlines(qint64 nowMs);

    QList<Running> running() const;

    /// Blocks up to maxRealWaitMs of real time or until an execution ends.
    void waitForChange(qint64 maxRealWaitMs);

private:
    struct Entry
    {
        Running info;
        InterruptionToken token;
        std::optional<qint64> deadline;
        bool interruptRequested = false;
        bool timedOut = false;
        QElapsedTimer realTime;
    };

    const int m_capacity;
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    QHash<QString, Entry> m_entries;
    /// Moving average of real execution times, in microseconds; starts pessimistic (one second).
    double m_averageRunMicros = 1e6;
};

} // namespace Qronos
