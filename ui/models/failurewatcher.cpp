#include "failurewatcher.h"

#include "asynccall.h"

#include <QTimer>

#include <algorithm>

namespace Qronos {

FailureWatcher::FailureWatcher(std::shared_ptr<JobStore> store, std::function<qint64()> now, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_now(std::move(now))
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &FailureWatcher::poll);
}

FailureWatcher::~FailureWatcher() = default;

void FailureWatcher::start(int intervalMs)
{
    m_since = m_now();
    m_timer->start(intervalMs);
}

void FailureWatcher::markAllRead()
{
    if (m_unread == 0)
        return;
    m_unread = 0;
    emit unreadCountChanged(0);
}

void FailureWatcher::poll()
{
    if (m_polling)
        return;
    m_polling = true;
    // Executions are found by their start (FIRED_TIME): look back far enough for long ones that end now.
    const qint64 since = qMax(m_since, m_now() - LookBackMs);
    std::shared_ptr<JobStore> store = m_store;
    runAsync(this, [store, since]() -> Result<Found> {
        Found found;
        for (ExecutionStatus status : {ExecutionStatus::Failed, ExecutionStatus::TimedOut}) {
            HistoryQuery query;
            query.status = status;
            query.since = since;
            query.limit = 200;
            Result<QList<ExecutionRecord>> rows = store->history(query);
            if (!rows)
                return fail(rows.error());
            found.failures.append(*rows);
        }
        Result<QList<MisfireRecord>> misfires = store->misfireLog(since, 200);
        if (!misfires)
            return fail(misfires.error());
        found.misfires = std::move(misfires).value();
        return found;
    }, [this](Result<Found> found) {
        m_polling = false;
        if (!found)
            return; // the database is away; the status bar says so, and the next poll tries again
        const qint64 now = m_now();
        int added = 0;
        // Oldest first, so that notifications come in the order things happened.
        std::sort(found->failures.begin(), found->failures.end(),
                  [](const ExecutionRecord &a, const ExecutionRecord &b) { return a.fireTime < b.fireTime; });
        for (const ExecutionRecord &r : std::as_const(found->failures)) {
            const QString key = r.fireInstanceId + QLatin1Char('#') + QString::number(r.attempt);
            if (m_seen.contains(key))
                continue;
            m_seen.insert(key);
            m_seenAt.insert(key, now);
            ++added;
            emit executionFailed(r);
        }
        std::sort(found->misfires.begin(), found->misfires.end(),
                  [](const MisfireRecord &a, const MisfireRecord &b) { return a.detectedTime < b.detectedTime; });
        for (const MisfireRecord &m : std::as_const(found->misfires)) {
            const QString key = QStringLiteral("misfire:") + m.trigger.toString() + QLatin1Char('#')
                + QString::number(m.scheduledTime) + QLatin1Char('#') + QString::number(m.detectedTime);
            if (m_seen.contains(key))
                continue;
            m_seen.insert(key);
            m_seenAt.insert(key, now);
            ++added;
            emit misfired(m);
        }
        // Forget what has left the look-back window: it cannot be read again.
        for (auto it = m_seenAt.begin(); it != m_seenAt.end();) {
            if (now - it.value() > 2 * LookBackMs) {
                m_seen.remove(it.key());
                it = m_seenAt.erase(it);
            } else {
                ++it;
            }
        }
        if (added > 0) {
            m_unread += added;
            emit unreadCountChanged(m_unread);
        }
    });
}

} // namespace Qronos
