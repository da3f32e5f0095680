#include "schedulerthread.h"

#include "runtime/executiontracker.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <limits>

// Debug off unless asked for (QT_LOGGING_RULES="qronos.scheduler.debug=true"): Qt shows a category's debug
// messages by default, and the retries of an outage are logged at debug level.
Q_LOGGING_CATEGORY(lcSchedulerThread, "qronos.scheduler", QtInfoMsg)

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::SchedulerThread)
};
} // namespace

SchedulerThread::SchedulerThread(JobStore &store, ExecutionTracker &tracker, SchedulerConfig config,
                                 QStringList jobTypes, std::shared_ptr<Clock> clock, Hooks hooks)
    : m_store(store)
    , m_tracker(tracker)
    , m_config(std::move(config))
    , m_jobTypes(std::move(jobTypes))
    , m_clock(std::move(clock))
    , m_hooks(std::move(hooks))
{
    setObjectName(QStringLiteral("qronos-scheduler"));
}

SchedulerThread::~SchedulerThread()
{
    halt();
    wait();
}

void SchedulerThread::setPaused(bool paused)
{
    QMutexLocker lock(&m_mutex);
    m_paused = paused;
    // An idle wait ends only at its time or on a scheduling change: resuming is one, or a thread that went idle
    // while paused would sleep through the first fires (a whole idle wait, or until a manual clock moves on).
    if (!paused)
        m_signalledTime = std::numeric_limits<qint64>::min();
    m_wake.wakeAll();
}

void SchedulerThread::halt()
{
    QMutexLocker lock(&m_mutex);
    m_halted = true;
    m_wake.wakeAll();
}

void SchedulerThread::signalSchedulingChange(qint64 candidateMs)
{
    QMutexLocker lock(&m_mutex);
    if (!m_signalledTime || candidateMs < *m_signalledTime)
        m_signalledTime = candidateMs;
    m_wake.wakeAll();
}

bool SchedulerThread::isHalted() const
{
    QMutexLocker lock(&m_mutex);
    return m_halted;
}

bool SchedulerThread::isPaused() const
{
    QMutexLocker lock(&m_mutex);
    return m_paused;
}

SchedulerThread::Wake SchedulerThread::waitUntil(qint64 untilMs, std::optional<qint64> forBatchAt)
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (m_halted || (forBatchAt && m_paused))
            return Wake::Halted;
        if (m_signalledTime) {
            // Idle: any scheduling change is worth a new claim. Holding a batch: only an earlier trigger.
            if (!forBatchAt || *m_signalledTime < *forBatchAt) {
                m_signalledTime.reset();
                return Wake::EarlierTrigger;
            }
            m_signalledTime.reset();
        }
        const qint64 now = m_clock->nowMs();
        if (now >= untilMs)
            return Wake::TimeReached;
        // Jobs that started during this wait have deadlines too: enforce them at every wake-up (at least once a
        // second), not only between claims.
        m_nextDeadline = m_tracker.enforceDeadlines(now);
        qint64 waitMs = qMin(untilMs - now, m_clock->maxRealWaitMs());
        if (m_nextDeadline)
            waitMs = qBound(qint64(0), *m_nextDeadline - now, waitMs);
        m_wake.wait(&m_mutex, QDeadlineTimer(waitMs));
    }
}

void SchedulerThread::databaseFailed(const QString &what, const QString &error)
{
    m_backoffMs = m_backoffMs == 0 ? 100 : qMin(m_backoffMs * 2, qMax<qint64>(100, m_config.maxDatabaseRetryMs));
    // One line: driver messages (libpq's above all) span several, which a log splits into unrelated entries.
    const QString message = Tr::tr("%1 failed: %2 (trying again in %3 ms)").arg(what, error.simplified()).arg(m_backoffMs);
    // One warning when the database goes away, then quiet until it is back: a dead server must not flood the log.
    if (!m_databaseDown)
        qCWarning(lcSchedulerThread).noquote() << message;
    else
        qCDebug(lcSchedulerThread).noquote() << message;
    m_databaseDown = true;
    if (m_hooks.databaseState)
        m_hooks.databaseState(false, message);
}

void SchedulerThread::databaseWorked()
{
    m_backoffMs = 0;
    if (!m_databaseDown)
        return;
    m_databaseDown = false;
    qCInfo(lcSchedulerThread).noquote() << Tr::tr("The database answers again; scheduling resumes.");
    if (m_hooks.databaseState)
        m_hooks.databaseState(true, QString());
}

void SchedulerThread::backOff()
{
    // Running jobs' timeouts need no database: they are enforced on time during the back-off too (and at least
    // every second, for attempts that started meanwhile), or a job outlives its timeout for a whole outage.
    const qint64 until = m_clock->nowMs() + m_backoffMs;
    for (;;) {
        const qint64 now = m_clock->nowMs();
        m_nextDeadline = m_tracker.enforceDeadlines(now);
        if (now >= until)
            return;
        const qint64 wakeAt = m_nextDeadline ? qMin(qMin(until, now + 1000), *m_nextDeadline) : qMin(until, now + 1000);
        if (waitUntil(wakeAt, std::nullopt) != Wake::TimeReached)
            return;
    }
}

void SchedulerThread::housekeeping()
{
    const qint64 now = m_clock->nowMs();
    if (m_moreMisfires || now >= m_nextMisfireScan) {
        Result<MisfireScan> scan = m_store.recoverMisfiredTriggers(m_config.misfireBatchSize, m_config.instanceId);
        if (!scan) {
            databaseFailed(Tr::tr("Misfire handling"), scan.error());
            return;
        }
        databaseWorked();
        m_moreMisfires = scan->hasMore;
        // Quartz scans every misfire threshold; a quarter of it keeps detection prompt without much load.
        m_nextMisfireScan = now + qBound(qint64(1000), m_config.misfireThresholdMs / 4, qint64(15000));
        for (const MisfireRecord &record : scan->records) {
            qCInfo(lcSchedulerThread).noquote()
                << Tr::tr("Trigger %1 misfired (due %2 ms ago); instruction %3 applied.")
                       .arg(record.trigger.toString())
                       .arg(record.detectedTime - record.scheduledTime)
                       .arg(record.instruction);
            if (m_hooks.misfired)
                m_hooks.misfired(record);
        }
    }
    m_nextDeadline = m_tracker.enforceDeadlines(m_clock->nowMs());
}

void SchedulerThread::releaseAll(const QList<AcquiredTrigger> &triggers)
{
    if (triggers.isEmpty())
        return;
    // Claimed triggers must go back, or they stay ACQUIRED until this node's recovery: keep trying while the
    // database is away, unless the node is stopping (then recovery at the next start gives them back).
    for (;;) {
        Result<Done> r = m_store.releaseAcquiredTriggers(triggers);
        if (r) {
            databaseWorked();
            return;
        }
        databaseFailed(Tr::tr("Giving back claimed triggers"), r.error());
        if (isHalted())
            return;
        backOff();
    }
}

void SchedulerThread::fireBatch(QList<AcquiredTrigger> batch)
{
    std::stable_sort(batch.begin(), batch.end(), [](const AcquiredTrigger &a, const AcquiredTrigger &b) {
        return a.scheduledTime != b.scheduledTime ? a.scheduledTime < b.scheduledTime : a.priority > b.priority;
    });
    while (!batch.isEmpty()) {
        const qint64 first = batch.first().scheduledTime;
        const qint64 until = m_nextDeadline ? qMin(first, *m_nextDeadline) : first;
        const Wake wake = waitUntil(until, first);
        if (wake == Wake::Halted || wake == Wake::EarlierTrigger) {
            releaseAll(batch);
            return;
        }
        if (m_nextDeadline && m_clock->nowMs() >= *m_nextDeadline)
            m_nextDeadline = m_tracker.enforceDeadlines(m_clock->nowMs());
        const qint64 now = m_clock->nowMs();
        if (now < first)
            continue;
        qsizetype dueCount = 0;
        while (dueCount < batch.size() && batch.at(dueCount).scheduledTime <= now)
            ++dueCount;
        const QList<AcquiredTrigger> due = batch.first(dueCount);
        Result<QList<std::optional<FiredBundle>>> fired = m_store.triggersFired(due);
        if (!fired) {
            databaseFailed(Tr::tr("Firing %n trigger(s)", nullptr, int(due.size())), fired.error());
            releaseAll(batch);
            backOff();
            return;
        }
        databaseWorked();
        batch.remove(0, dueCount);
        for (std::optional<FiredBundle> &bundle : fired.value()) {
            if (bundle && m_hooks.dispatch)
                m_hooks.dispatch(std::move(*bundle));
        }
    }
}

int SchedulerThread::claimShare() const
{
    const int nodes = m_hooks.activeNodes ? qMax(1, m_hooks.activeNodes()) : 1;
    const int batch = qMax(1, m_config.batchSize);
    // Claims ahead of time: with whole batches, the node that looks ahead first takes every fire of the coming
    // seconds and the others idle. A share of the batch leaves them theirs.
    return qMax(1, (batch + nodes - 1) / nodes);
}

void SchedulerThread::run()
{
    while (!isHalted()) {
        housekeeping();
        if (m_databaseDown) {
            backOff();
            continue;
        }
        const qint64 now = m_clock->nowMs();
        qint64 nextHousekeeping = m_moreMisfires ? now : m_nextMisfireScan;
        if (m_nextDeadline)
            nextHousekeeping = qMin(nextHousekeeping, *m_nextDeadline);
        if (isPaused()) {
            waitUntil(qMin(nextHousekeeping, now + m_config.idleWaitMs), std::nullopt);
            continue;
        }
        // Free workers, plus what they will start within 50 ms going by recent run times.
        // Fires due now go to whichever nodes are awake (all of them in a busy second), a whole batch each: SKIP
        // LOCKED spreads them, and smaller claims would cost a burst a quarter of its speed.
        const int free = m_tracker.claimableSlots(50, qMax(1, m_config.batchSize));
        if (free <= 0) {
            // Every worker is busy: wait for one to finish (or for housekeeping).
            m_tracker.waitForChange(qMin(qMax<qint64>(1, nextHousekeeping - now), m_clock->maxRealWaitMs()));
            continue;
        }
        JobStore::AcquireRequest request;
        request.instanceId = m_config.instanceId;
        request.allowedJobTypes = m_jobTypes;
        request.nodeTags = m_config.tags;

        // What is due already is claimed and fired in one transaction (a burst costs one write per trigger).
        request.noLaterThan = now;
        request.maxCount = free;
        Result<QList<FiredBundle>> fired = m_store.fireDueTriggers(request);
        if (!fired) {
            databaseFailed(Tr::tr("Firing due triggers"), fired.error());
            backOff();
            continue;
        }
        databaseWorked();
        if (m_hooks.claimed && !fired->isEmpty())
            m_hooks.claimed(int(fired->size()));
        const bool mayBeMoreDue = fired->size() >= free;
        for (FiredBundle &bundle : fired.value()) {
            if (m_hooks.dispatch)
                m_hooks.dispatch(std::move(bundle));
        }
        if (mayBeMoreDue)
            continue;

        // Then what comes due within the look-ahead: claimed now, each fired at its own time.
        request.noLaterThan = now + m_config.lookAheadMs;
        request.maxCount = m_tracker.claimableSlots(50, claimShare());
        if (request.maxCount <= 0)
            continue;
        Result<QList<AcquiredTrigger>> claimed = m_store.acquireNextTriggers(request);
        if (!claimed) {
            databaseFailed(Tr::tr("Claiming due triggers"), claimed.error());
            backOff();
            continue;
        }
        databaseWorked();
        if (m_hooks.claimed && !claimed->isEmpty())
            m_hooks.claimed(int(claimed->size()));
        if (claimed->isEmpty()) {
            // Nothing is due within the look-ahead, so sleeping that long misses nothing stored so far.
            waitUntil(qMin(nextHousekeeping, now + qMin(m_config.idleWaitMs, qMax<qint64>(1, m_config.lookAheadMs))),
                      std::nullopt);
            continue;
        }
        fireBatch(std::move(claimed).value());
    }
}

} // namespace Qronos
