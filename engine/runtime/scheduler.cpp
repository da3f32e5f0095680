#include "scheduler.h"

#include "exchange/importplan.h"
#include "runtime/clustermanager.h"
#include "runtime/completionwriter.h"
#include "runtime/executiontracker.h"
#include "runtime/failurewebhook.h"
#include "runtime/firerunner.h"
#include "runtime/metrics.h"
#include "runtime/schedulerthread.h"
#include "schedule/firetimes.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

Q_LOGGING_CATEGORY(lcScheduler, "qronos.scheduler")

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::Scheduler)
};

const int kMetaTypes = [] {
    qRegisterMetaType<Qronos::FireStarted>();
    qRegisterMetaType<Qronos::ExecutionRecord>();
    qRegisterMetaType<Qronos::MisfireRecord>();
    qRegisterMetaType<Qronos::NodeRecovery>();
    qRegisterMetaType<Qronos::Scheduler::State>();
    return 0;
}();

/// Quartz's newTriggerId(): "MT_" and random letters and digits.
QString manualTriggerName()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString name = QStringLiteral("MT_");
    for (int i = 0; i < 12; ++i)
        name += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
    return name;
}
} // namespace

class Scheduler::Private
{
public:
    Private(Scheduler *q, std::shared_ptr<JobStore> store, std::shared_ptr<const JobTypeRegistry> registry,
            SchedulerConfig config, std::shared_ptr<Clock> clock)
        : q(q)
        , store(std::move(store))
        , registry(std::move(registry))
        , config(std::move(config))
        , clock(std::move(clock))
        , tracker(this->config.threadCount)
    {
        pool.setMaxThreadCount(qMax(1, this->config.threadCount));
        pool.setObjectName(QStringLiteral("qronos-workers"));
        maintenancePool.setMaxThreadCount(1);
        purgeTimer.setInterval(int(qBound(qint64(1000), this->config.historyPurgeIntervalMs, qint64(24) * 3600000)));
        QObject::connect(&purgeTimer, &QTimer::timeout, q, [this] { purgeHistory(); });
    }

    QStringList effectiveJobTypes() const
    {
        const QStringList known = registry->typeNames();
        if (config.allowedJobTypes.isEmpty())
            return known;
        QStringList allowed;
        for (const QString &type : config.allowedJobTypes) {
            if (known.contains(type))
                allowed.append(type);
        }
        // A node that may run nothing must still claim nothing: an empty list would mean "everything".
        if (allowed.isEmpty())
            allowed.append(QStringLiteral("\x01none"));
        return allowed;
    }

    void setState(State s)
    {
        {
            QMutexLocker lock(&mutex);
            if (state == s)
                return;
            state = s;
            // The node table shows the new state at once, not a check-in interval later.
            if (cluster)
                cluster->checkInSoon();
        }
        emit q->stateChanged(s);
    }

    /// Wakes the scheduler thread (when it runs) if it waits for something later than \a candidateMs.
    void wakeFor(qint64 candidateMs)
    {
        QMutexLocker lock(&mutex);
        if (thread)
            thread->signalSchedulingChange(candidateMs);
    }

    void changed(std::optional<qint64> nextFireTime)
    {
        if (nextFireTime)
            wakeFor(*nextFireTime);
        emit q->scheduleChanged();
    }

    template <typename T>
    Result<T> notify(Result<T> r)
    {
        if (r)
            changed(clock->nowMs());
        return r;
    }

    void dispatch(FiredBundle bundle)
    {
        const FireStarted started{bundle.fireInstanceId, bundle.job.key(), bundle.trigger.key(),
                                  bundle.scheduledTime, bundle.fireTime, bundle.recovering};
        tracker.begin(bundle.fireInstanceId, bundle.job.key(), bundle.fireTime);
        {
            QMutexLocker lock(&mutex);
            runningHere.insert(bundle.fireInstanceId, started);
        }
        if (metrics) {
            metrics->recordFire(bundle.fireTime - bundle.scheduledTime);
            metrics->addRunning(1);
        }
        pool.start([this, bundle = std::move(bundle)] {
            const CompletedFire done = runner->run(bundle);
            if (metrics)
                metrics->addRunning(-1);
            if (!done.attempts.isEmpty())
                alertOnFailure(bundle, done.attempts.constLast());
            {
                QMutexLocker lock(&mutex);
                runningHere.remove(bundle.fireInstanceId);
            }
            tracker.end(bundle.fireInstanceId);
            writer->enqueue(done);
        });
    }

    /// The job's failure webhook, when its last attempt failed; a webhook that fails is logged, never retried.
    void alertOnFailure(const FiredBundle &bundle, const ExecutionRecord &last)
    {
        const bool failed = last.status == ExecutionStatus::Failed || last.status == ExecutionStatus::TimedOut;
        if (!failed || bundle.job.failureWebhook().isEmpty())
            return;
        FailedExecution e;
        e.jobName = last.job.name();
        e.jobGroup = last.job.group();
        e.triggerName = last.trigger.name();
        e.triggerGroup = last.trigger.group();
        e.instanceId = last.instanceId;
        e.fireInstanceId = last.fireInstanceId;
        e.scheduledTimeMs = last.scheduledTime;
        e.fireTimeMs = last.fireTime;
        e.endTimeMs = last.endTime.value_or(0);
        e.status = executionStatusName(last.status);
        e.attempt = last.attempt;
        e.errorMessage = last.errorMessage;
        e.output = last.output;
        Result<int> posted = postFailureWebhook(bundle.job.failureWebhook(), describeFailedExecution(e),
                                                DefaultWebhookTimeoutMs);
        if (!posted) {
            qCWarning(lcScheduler).noquote()
                << Tr::tr("The failure webhook of job %1 failed: %2").arg(last.job.toString(), posted.error());
            if (metrics)
                metrics->recordWebhookFailure();
        }
    }

    Scheduler *const q;
    const std::shared_ptr<JobStore> store;
    const std::shared_ptr<const JobTypeRegistry> registry;
    const SchedulerConfig config;
    const std::shared_ptr<Clock> clock;
    std::shared_ptr<Metrics> metrics;
    ExecutionTracker tracker;
    // Destroyed in reverse: the scheduler thread stops dispatching, the pool waits for its workers, and only
    // then go the writer and the runner the workers use.
    std::unique_ptr<FireRunner> runner;
    std::unique_ptr<CompletionWriter> writer;
    QThreadPool pool;
    // The scheduler thread asks the cluster manager for the node count: declared before it, destroyed after it.
    std::unique_ptr<ClusterManager> cluster;
    std::unique_ptr<SchedulerThread> thread;

    /// Deletes history past the retention limits on a pool thread of its own, in small transactions, so that
    /// a purge never holds up firing or result writing; one purge at a time.
    void purgeHistory()
    {
        if (config.historyMaxAgeMs <= 0 && config.historyMaxRows <= 0)
            return;
        if (purging.exchange(true))
            return;
        const std::optional<qint64> olderThan = config.historyMaxAgeMs > 0
            ? std::optional<qint64>(clock->nowMs() - config.historyMaxAgeMs)
            : std::nullopt;
        purge = QtConcurrent::run(&maintenancePool, [this, olderThan] {
            Result<qint64> deleted = store->purgeHistory(olderThan, config.historyMaxRows, 500);
            if (!deleted)
                qCWarning(lcScheduler).noquote() << Tr::tr("Purging old execution history failed: %1").arg(deleted.error());
            else if (*deleted > 0)
                qCInfo(lcScheduler).noquote() << Tr::tr("Purged %n old execution history row(s).", nullptr, int(*deleted));
            purging = false;
        });
    }

    QThreadPool maintenancePool;
    QFuture<void> purge;
    std::atomic<bool> purging{false};
    QTimer purgeTimer;

    mutable QMutex mutex;
    State state = State::Standby;
    QHash<QString, FireStarted> runningHere;
};

Scheduler::Scheduler(std::shared_ptr<JobStore> store, std::shared_ptr<const JobTypeRegistry> registry,
                     SchedulerConfig config, std::shared_ptr<Clock> clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(store), std::move(registry), std::move(config), std::move(clock)))
{
    Q_UNUSED(kMetaTypes);
}

Scheduler::~Scheduler()
{
    if (state() != State::Shutdown && d->thread)
        shutdown(false, 0);
}

const SchedulerConfig &Scheduler::config() const { return d->config; }
JobStore &Scheduler::store() const { return *d->store; }
const JobTypeRegistry &Scheduler::registry() const { return *d->registry; }
Clock &Scheduler::clock() const { return *d->clock; }
void Scheduler::setMetrics(std::shared_ptr<Metrics> metrics) { d->metrics = std::move(metrics); }

Scheduler::State Scheduler::state() const
{
    QMutexLocker lock(&d->mutex);
    return d->state;
}

Result<Done> Scheduler::start()
{
    const State current = state();
    if (current == State::Shutdown || current == State::ShuttingDown)
        return fail(Tr::tr("Node %1 was shut down; create a new scheduler to start again.").arg(d->config.instanceId));
    if (current == State::Started)
        return Done{};
    if (!d->thread) {
        // First the cluster: refused when another live process has this instance id (or the store takes one
        // node and another runs), then checked in with the clock offset measured, so that this node neither
        // fires early nor late, and survivors do not take its own recovery below for a dead node's.
        ClusterManager::Hooks clusterHooks;
        clusterHooks.describe = [this](NodeCheckIn &node) {
            switch (state()) {
            case State::Standby:
                node.state = NodeState::Standby;
                break;
            case State::ShuttingDown:
            case State::Shutdown:
                node.state = NodeState::ShuttingDown;
                break;
            case State::Started:
                node.state = NodeState::Active;
                break;
            }
            node.runningCount = d->tracker.runningCount();
        };
        clusterHooks.interrupt = [this](const QStringList &fireInstanceIds) {
            for (const QString &id : fireInstanceIds) {
                if (d->tracker.interruptFire(id))
                    qCInfo(lcScheduler).noquote() << Tr::tr("Interrupting fire %1, as asked through the database.").arg(id);
            }
        };
        clusterHooks.recovered = [this](const NodeRecovery &recovery) {
            // The recovered node's claims and re-runs may be due now.
            d->wakeFor(d->clock->nowMs());
            emit nodeRecovered(recovery);
        };
        auto cluster = std::make_unique<ClusterManager>(*d->store, d->config, d->effectiveJobTypes(), d->clock,
                                                        clusterHooks);
        if (Result<Done> joined = cluster->join(); !joined)
            return fail(Tr::tr("Node %1 cannot start: %2").arg(d->config.instanceId, joined.error()));
        Result<RecoveryReport> recovered = d->store->recoverInstance(d->config.instanceId);
        if (!recovered)
            return fail(Tr::tr("Node %1 cannot start: %2").arg(d->config.instanceId, recovered.error()));
        const RecoveryReport &r = *recovered;
        if (r.triggersReleased + r.recoveryTriggers + r.failedExecutions + r.completeTriggersDeleted > 0) {
            qCInfo(lcScheduler).noquote()
                << Tr::tr("Node %1 recovered what it left behind. Claimed triggers given back: %2; jobs to run "
                          "again: %3; executions recorded as failed: %4; finished triggers removed: %5.")
                       .arg(d->config.instanceId)
                       .arg(r.triggersReleased)
                       .arg(r.recoveryTriggers)
                       .arg(r.failedExecutions)
                       .arg(r.completeTriggersDeleted);
        }
        const auto databaseState = [this](bool available, const QString &message) {
            if (!available && d->metrics)
                d->metrics->recordDatabaseError();
            emit databaseAvailabilityChanged(available, message);
        };
        FireRunner::Hooks runnerHooks;
        runnerHooks.attemptStarted = [this](const FiredBundle &bundle, int attempt, qint64 startMs) {
            emit jobStarted(FireStarted{bundle.fireInstanceId, bundle.job.key(), bundle.trigger.key(),
                                        bundle.scheduledTime, startMs, bundle.recovering || attempt > 1});
        };
        runnerHooks.retrying = [this](const ExecutionRecord &) {
            if (d->metrics)
                d->metrics->recordRetry();
        };
        d->runner = std::make_unique<FireRunner>(*d->registry, d->tracker, d->clock, d->config.instanceId,
                                                 d->config.maxOutputBytes, runnerHooks);
        CompletionWriter::Hooks writerHooks;
        writerHooks.committed = [this](const QList<CompletedFire> &fires) {
            // A finished non-concurrent job releases its blocked triggers, which may be due already.
            const bool released = std::any_of(fires.cbegin(), fires.cend(),
                                              [](const CompletedFire &f) { return f.jobNonConcurrent; });
            if (released)
                d->wakeFor(d->clock->nowMs());
            for (const CompletedFire &fire : fires) {
                for (const ExecutionRecord &record : fire.attempts) {
                    if (d->metrics)
                        d->metrics->recordOutcome(record.status);
                    emit jobFinished(record);
                }
            }
        };
        writerHooks.databaseState = databaseState;
        d->writer = std::make_unique<CompletionWriter>(*d->store, d->config.completionBatchSize,
                                                       d->config.maxDatabaseRetryMs, d->clock, writerHooks);
        d->writer->start();
        SchedulerThread::Hooks threadHooks;
        threadHooks.dispatch = [this](FiredBundle bundle) { d->dispatch(std::move(bundle)); };
        threadHooks.misfired = [this](const MisfireRecord &record) {
            if (d->metrics)
                d->metrics->recordMisfires(1);
            emit triggerMisfired(record);
        };
        threadHooks.claimed = [this](int size) {
            if (d->metrics && size > 0)
                d->metrics->recordClaimBatch(size);
        };
        threadHooks.databaseState = databaseState;
        threadHooks.activeNodes = [manager = cluster.get()] { return manager->activeNodes(); };
        auto thread = std::make_unique<SchedulerThread>(*d->store, d->tracker, d->config, d->effectiveJobTypes(),
                                                        d->clock, threadHooks);
        thread->start();
        cluster->start();
        QMutexLocker lock(&d->mutex);
        d->thread = std::move(thread);
        d->cluster = std::move(cluster);
    }
    d->thread->setPaused(false);
    if (d->config.historyMaxAgeMs > 0 || d->config.historyMaxRows > 0) {
        // The timer belongs to the scheduler's thread; start() may be called from any.
        QMetaObject::invokeMethod(&d->purgeTimer, [this] {
            if (!d->purgeTimer.isActive()) {
                d->purgeTimer.start();
                d->purgeHistory();
            }
        });
    }
    d->setState(State::Started);
    return Done{};
}

void Scheduler::standby()
{
    if (state() != State::Started)
        return;
    if (d->thread)
        d->thread->setPaused(true);
    d->setState(State::Standby);
}

void Scheduler::shutdown(bool waitForJobs, qint64 graceMs)
{
    const State current = state();
    if (current == State::Shutdown || current == State::ShuttingDown)
        return;
    d->setState(State::ShuttingDown);
    // Still checking in while the jobs finish (a long grace period must not look like a dead node), but no longer
    // taking on others' work.
    if (d->cluster)
        d->cluster->setRecovering(false);
    QMetaObject::invokeMethod(&d->purgeTimer, [this] { d->purgeTimer.stop(); });
    d->purge.waitForFinished();
    if (d->thread) {
        d->thread->halt();
        d->thread->wait();
    }
    if (!waitForJobs)
        d->tracker.interruptAll();
    if (!d->pool.waitForDone(int(qBound(qint64(0), waitForJobs ? graceMs : qint64(0), qint64(INT_MAX))))) {
        const int left = d->tracker.runningCount();
        qCWarning(lcScheduler).noquote()
            << Tr::tr("Interrupting %n job(s) still running at shutdown.", nullptr, left);
        d->tracker.interruptAll();
        // Jobs honour interruption within a fraction of a second; one that does not is left to the process exit.
        d->pool.waitForDone(10000);
    }
    if (d->writer) {
        d->writer->finish(5000);
        d->writer->wait();
    }
    if (d->cluster) {
        d->cluster->halt();
        d->cluster->wait();
    }
    if (d->thread) {
        if (Result<Done> r = d->store->removeNode(d->config.instanceId); !r)
            qCWarning(lcScheduler).noquote() << Tr::tr("Node %1 could not sign off in the database: %2")
                                                    .arg(d->config.instanceId, r.error().simplified());
    }
    d->setState(State::Shutdown);
}

// ---- validation ---------------------------------------------------------------------------------------

Result<Done> Scheduler::validateJob(const JobDetail &job) const
{
    if (const QString problem = job.validationError(); !problem.isEmpty())
        return fail(problem);
    if (Result<Done> r = d->registry->validate(job.jobType(), job.jobData()); !r)
        return fail(Tr::tr("Job %1: %2").arg(job.key().toString(), r.error()));
    return Done{};
}

Result<Trigger> Scheduler::prepareTrigger(const Trigger &trigger)
{
    if (Result<Done> r = FireTimes::validate(trigger); !r)
        return fail(r.error());
    CalendarPtr calendar;
    if (!trigger.calendarName().isEmpty()) {
        Result<CalendarPtr> found = d->store->retrieveCalendar(trigger.calendarName());
        if (!found)
            return fail(found.error());
        if (!*found)
            return fail(Tr::tr("Trigger %1 uses calendar \"%2\", which does not exist.")
                            .arg(trigger.key().toString(), trigger.calendarName()));
        calendar = *found;
    }
    Trigger prepared = trigger;
    prepared.setNextFireTime(std::nullopt);
    prepared.setPreviousFireTime(std::nullopt);
    prepared.setTimesTriggered(0);
    prepared.setComplete(false);
    if (!FireTimes::computeFirstFireTime(prepared, calendar.get()))
        return fail(Tr::tr("Based on its schedule, trigger %1 will never fire.").arg(trigger.key().toString()));
    return prepared;
}

// ---- jobs and triggers --------------------------------------------------------------------------------

Result<Done> Scheduler::addJob(const JobDetail &job, bool replaceExisting)
{
    if (Result<Done> r = validateJob(job); !r)
        return r;
    if (!job.isDurable())
        return fail(Tr::tr("Job %1 has no trigger, so it must be durable.").arg(job.key().toString()));
    if (Result<Done> r = d->store->storeJob(job, replaceExisting); !r)
        return r;
    d->changed(std::nullopt);
    return Done{};
}

Result<Done> Scheduler::updateJob(const JobDetail &job)
{
    if (Result<Done> r = validateJob(job); !r)
        return r;
    Result<std::optional<JobDetail>> existing = d->store->retrieveJob(job.key());
    if (!existing)
        return fail(existing.error());
    if (!*existing)
        return fail(Tr::tr("There is no job %1 to change.").arg(job.key().toString()));
    if (!job.isDurable()) {
        Result<QList<StoredTrigger>> triggers = d->store->triggersOfJob(job.key());
        if (!triggers)
            return fail(triggers.error());
        if (triggers->isEmpty())
            return fail(Tr::tr("Job %1 has no trigger, so it must be durable.").arg(job.key().toString()));
    }
    if (Result<Done> r = d->store->storeJob(job, true); !r)
        return r;
    d->changed(std::nullopt);
    return Done{};
}

Result<qint64> Scheduler::scheduleJob(const JobDetail &job, const Trigger &trigger, bool replaceExisting)
{
    if (Result<Done> r = validateJob(job); !r)
        return fail(r.error());
    if (trigger.jobKey() != job.key())
        return fail(Tr::tr("Trigger %1 points at job %2, not at %3.")
                        .arg(trigger.key().toString(), trigger.jobKey().toString(), job.key().toString()));
    Result<Trigger> prepared = prepareTrigger(trigger);
    if (!prepared)
        return fail(prepared.error());
    if (Result<Done> r = d->store->storeJobAndTriggers(job, {*prepared}, replaceExisting); !r)
        return fail(r.error());
    d->changed(prepared->nextFireTime());
    return *prepared->nextFireTime();
}

Result<qint64> Scheduler::scheduleTrigger(const Trigger &trigger, bool replaceExisting)
{
    Result<Trigger> prepared = prepareTrigger(trigger);
    if (!prepared)
        return fail(prepared.error());
    if (Result<Done> r = d->store->storeTrigger(*prepared, replaceExisting); !r)
        return fail(r.error());
    d->changed(prepared->nextFireTime());
    return *prepared->nextFireTime();
}

Result<std::optional<qint64>> Scheduler::rescheduleTrigger(const TriggerKey &key, const Trigger &trigger)
{
    Result<Trigger> prepared = prepareTrigger(trigger);
    if (!prepared)
        return fail(prepared.error());
    Result<bool> replaced = d->store->replaceTrigger(key, *prepared);
    if (!replaced)
        return fail(replaced.error());
    if (!*replaced)
        return std::optional<qint64>();
    d->changed(prepared->nextFireTime());
    return prepared->nextFireTime();
}

Result<bool> Scheduler::unscheduleTrigger(const TriggerKey &key)
{
    Result<bool> r = d->store->removeTrigger(key);
    if (r && *r)
        d->changed(std::nullopt);
    return r;
}

Result<bool> Scheduler::deleteJob(const JobKey &key)
{
    Result<bool> r = d->store->removeJob(key);
    if (r && *r)
        d->changed(std::nullopt);
    return r;
}

Result<TriggerKey> Scheduler::triggerJob(const JobKey &key, const JobDataMap &data)
{
    Result<std::optional<JobDetail>> job = d->store->retrieveJob(key);
    if (!job)
        return fail(job.error());
    if (!*job)
        return fail(Tr::tr("Job %1 does not exist.").arg(key.toString()));
    if (Result<Done> r = d->registry->validate((*job)->jobType(), (*job)->jobData().mergedWith(data)); !r)
        return fail(Tr::tr("Job %1: %2").arg(key.toString(), r.error()));
    Trigger trigger(TriggerKey(manualTriggerName(), QStringLiteral("MANUAL_TRIGGER")), key, SimpleSchedule{});
    trigger.setStartTime(d->clock->nowMs());
    trigger.setJobData(data);
    trigger.setDescription(Tr::tr("Fired by hand"));
    Result<Trigger> prepared = prepareTrigger(trigger);
    if (!prepared)
        return fail(prepared.error());
    // Random names practically never collide; when one does, draw again as Quartz does.
    for (int tries = 0;; ++tries) {
        Result<Done> r = d->store->storeTrigger(*prepared, false);
        if (r)
            break;
        if (tries >= 3)
            return fail(r.error());
        prepared->setKey(TriggerKey(manualTriggerName(), QStringLiteral("MANUAL_TRIGGER")));
    }
    d->changed(prepared->nextFireTime());
    return prepared->key();
}

// Resuming may make a trigger due at once; pausing changes what the console shows.
Result<bool> Scheduler::pauseTrigger(const TriggerKey &key) { return d->notify(d->store->pauseTrigger(key)); }
Result<bool> Scheduler::resumeTrigger(const TriggerKey &key) { return d->notify(d->store->resumeTrigger(key)); }
Result<bool> Scheduler::pauseJob(const JobKey &key) { return d->notify(d->store->pauseJob(key)); }
Result<bool> Scheduler::resumeJob(const JobKey &key) { return d->notify(d->store->resumeJob(key)); }
Result<int> Scheduler::pauseTriggerGroup(const QString &group) { return d->notify(d->store->pauseTriggerGroup(group)); }
Result<int> Scheduler::resumeTriggerGroup(const QString &group) { return d->notify(d->store->resumeTriggerGroup(group)); }
Result<int> Scheduler::pauseJobGroup(const QString &group) { return d->notify(d->store->pauseJobGroup(group)); }
Result<int> Scheduler::resumeJobGroup(const QString &group) { return d->notify(d->store->resumeJobGroup(group)); }
Result<Done> Scheduler::pauseAll() { return d->notify(d->store->pauseAll()); }
Result<Done> Scheduler::resumeAll() { return d->notify(d->store->resumeAll()); }

int Scheduler::interruptJob(const JobKey &key) { return d->tracker.interruptJob(key); }
bool Scheduler::interruptFire(const QString &fireInstanceId) { return d->tracker.interruptFire(fireInstanceId); }

Result<int> Scheduler::interruptJobEverywhere(const JobKey &key)
{
    interruptJob(key);
    // The request reaches this node's own fires too (they are in FIRED_TRIGGERS); interrupting twice is harmless.
    return d->store->requestInterruptOfJob(key);
}

Result<bool> Scheduler::interruptFireEverywhere(const QString &fireInstanceId)
{
    if (interruptFire(fireInstanceId))
        return true;
    return d->store->requestInterruptOfFire(fireInstanceId);
}

Result<Done> Scheduler::addCalendar(const QString &name, const CalendarPtr &calendar, bool replaceExisting,
                                   bool updateTriggers)
{
    if (const QString p = keyPartProblem(name); !p.isEmpty())
        return fail(Tr::tr("Calendar name %1.").arg(p));
    if (!calendar)
        return fail(Tr::tr("Calendar \"%1\" is empty.").arg(name));
    if (Result<Done> r = d->store->storeCalendar(name, calendar, replaceExisting, updateTriggers); !r)
        return r;
    d->changed(d->clock->nowMs());
    return Done{};
}

Result<bool> Scheduler::deleteCalendar(const QString &name)
{
    Result<bool> r = d->store->removeCalendar(name);
    if (r && *r)
        d->changed(std::nullopt);
    return r;
}

Result<ImportReport> Scheduler::importSchedule(const ScheduleDocument &document)
{
    ImportProblems problems = checkJobData(document, *d->registry);
    if (!problems.isEmpty()) {
        ImportReport refused;
        refused.plan.problems = std::move(problems);
        return refused;
    }
    Result<ImportReport> report = d->store->applyImport(document);
    if (report && report->applied && report->plan.changesSomething())
        d->changed(d->clock->nowMs());
    return report;
}

QList<FireStarted> Scheduler::runningHere() const
{
    QMutexLocker lock(&d->mutex);
    return d->runningHere.values();
}

} // namespace Qronos
