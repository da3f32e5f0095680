#pragma once

#include "clock.h"
#include "store/jobstore.h"

#include <QList>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <functional>

namespace Qronos {

/// Writes finished fires to the store in batches (history rows, job data, released triggers): whatever
/// the workers finished since the last commit goes into one transaction, so a burst costs a few commits
/// instead of one per fire. A failed write is retried with back-off; nothing queued is dropped while the
/// node runs.
class CompletionWriter final : public QThread
{
    Q_OBJECT

public:
    struct Hooks
    {
        /// After a batch is committed (on this thread).
        std::function<void(const QList<CompletedFire> &)> committed;
        std::function<void(bool available, const QString &message)> databaseState;
    };

    CompletionWriter(JobStore &store, int maxBatch, qint64 maxRetryMs, std::shared_ptr<Clock> clock, Hooks hooks);
    ~CompletionWriter() override;

    void enqueue(CompletedFire fire);
    /// Writes what is queued, then ends the thread. Gives up on a failing database after \a maxWaitMs of
    /// real time (the fires stay in FIRED_TRIGGERS; the next start's recovery records them).
    void finish(qint64 maxWaitMs);
    /// Fires queued or being written.
    int pending() const;

protected:
    void run() override;

private:
    JobStore &m_store;
    const int m_maxBatch;
    const qint64 m_maxRetryMs;
    const std::shared_ptr<Clock> m_clock;
    const Hooks m_hooks;

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QList<CompletedFire> m_queue;
    int m_inFlight = 0;
    bool m_finishing = false;
    QDeadlineTimer m_finishDeadline;
};

} // namespace Qronos
