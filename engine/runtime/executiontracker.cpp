#include "executiontracker.h"

namespace Qronos {

ExecutionTracker::ExecutionTracker(int capacity) : m_capacity(qMax(1, capacity)) {}

int ExecutionTracker::runningCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

int ExecutionTracker::freeSlots() const
{
    QMutexLocker lock(&m_mutex);
    return qMax(0, m_capacity - int(m_entries.size()));
}

int ExecutionTracker::claimableSlots(qint64 horizonMs, int maxCount) const
{
    QMutexLocker lock(&m_mutex);
    const int free = m_capacity - int(m_entries.size());
    const double startsSoon = double(m_capacity) * double(horizonMs) * 1000.0 / qMax(1.0, m_averageRunMicros);
    const double claimable = double(free) + startsSoon;
    return int(qBound(0.0, claimable, double(qMax(0, maxCount))));
}

void ExecutionTracker::begin(const QString &fireInstanceId, const JobKey &job, qint64 startedMs)
{
    QMutexLocker lock(&m_mutex);
    Entry &e = m_entries[fireInstanceId];
    e.info = Running{fireInstanceId, job, startedMs};
    e.realTime.start();
}

void ExecutionTracker::setAttempt(const QString &fireInstanceId, const InterruptionToken &token,
                                  std::optional<qint64> deadlineMs)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(fireInstanceId);
    if (it == m_entries.end())
        return;
    it->token = token;
    it->deadline = deadlineMs;
    it->timedOut = false;
    if (it->interruptRequested)
        token.requestInterruption();
}

void ExecutionTracker::end(const QString &fireInstanceId)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(fireInstanceId);
    if (it != m_entries.cend()) {
        const double micros = double(it->realTime.nsecsElapsed()) / 1000.0;
        m_averageRunMicros = 0.8 * m_averageRunMicros + 0.2 * micros;
        m_entries.erase(it);
    }
    m_changed.wakeAll();
}

int ExecutionTracker::interruptJob(const JobKey &job)
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (Entry &e : m_entries) {
        if (e.info.job == job) {
            e.interruptRequested = true;
            e.token.requestInterruption();
            ++n;
        }
    }
    return n;
}

bool ExecutionTracker::interruptFire(const QString &fireInstanceId)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(fireInstanceId);
    if (it == m_entries.end())
        return false;
    it->interruptRequested = true;
    it->token.requestInterruption();
    return true;
}

void ExecutionTracker::interruptAll()
{
    QMutexLocker lock(&m_mutex);
    for (Entry &e : m_entries) {
        e.interruptRequested = true;
        e.token.requestInterruption();
    }
}

bool ExecutionTracker::isInterruptRequested(const QString &fireInstanceId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(fireInstanceId);
    return it != m_entries.cend() && it->interruptRequested;
}

bool ExecutionTracker::isTimedOut(const QString &fireInstanceId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(fireInstanceId);
    return it != m_entries.cend() && it->timedOut;
}

std::optional<qint64> ExecutionTracker::enforceDeadlines(qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    std::optional<qint64> earliest;
    for (Entry &e : m_entries) {
        if (!e.deadline || e.timedOut)
            continue;
        if (*e.deadline <= nowMs) {
            e.timedOut = true;
            e.token.requestInterruption();
        } else if (!earliest || *e.deadline < *earliest) {
            earliest = e.deadline;
        }
    }
    return earliest;
}

QList<ExecutionTracker::Running> ExecutionTracker::running() const
{
    QMutexLocker lock(&m_mutex);
    QList<Running> list;
    list.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        list.append(e.info);
    return list;
}

void ExecutionTracker::waitForChange(qint64 maxRealWaitMs)
{
    QMutexLocker lock(&m_mutex);
    m_changed.wait(&m_mutex, QDeadlineTimer(qMax<qint64>(0, maxRealWaitMs)));
}

} // namespace Qronos
