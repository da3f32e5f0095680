#pragma once

#include "store/jobstore.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class QTimer;

namespace Qronos {

/// Watches the whole cluster for failed executions and misfires (not only this node's), by reading the history and
/// the misfire log every few seconds from the time it started, and counts those not yet seen by the user. The tray
/// and the window title show the count; notifications come from its signals.
class FailureWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureWatcher)

public:
    /// \a now gives the database's time.
    FailureWatcher(std::shared_ptr<JobStore> store, std::function<qint64()> now, QObject *parent = nullptr);
    ~FailureWatcher() override;

    /// Starts watching from now (what failed before is not reported), polling every \a intervalMs.
    void start(int intervalMs = 5000);
    /// Reads the store now (also done by the timer).
    void poll();
    /// Failures and misfires reported since the last markAllRead().
    int unreadCount() const { return m_unread; }
    void markAllRead();

    /// Executions still running are reported when they end; a poll looks this far back for them.
    static constexpr qint64 LookBackMs = 15 * 60 * 1000;

signals:
    /// An execution that ended Failed or TimedOut, anywhere in the cluster.
    void executionFailed(const Qronos::ExecutionRecord &record);
    void misfired(const Qronos::MisfireRecord &record);
    void unreadCountChanged(int count);

private:
    struct Found
    {
        QList<ExecutionRecord> failures;
        QList<MisfireRecord> misfires;
    };

    std::shared_ptr<JobStore> m_store;
    std::function<qint64()> m_now;
    QTimer *m_timer = nullptr;
    qint64 m_since = 0;
    bool m_polling = false;
    int m_unread = 0;
    QSet<QString> m_seen; // fire instance id + attempt, misfire keys; pruned as they age out of the look-back
    QHash<QString, qint64> m_seenAt;
};

} // namespace Qronos
