// The scheduler node end to end over a real SQLite store, with a manual clock: the test moves time and the
// scheduler thread, the workers and the completion writer react; nothing sleeps until a fire time.

#include "runtime/scheduler.h"
#include "store/jobstore.h"
#include "store/sqljobstore.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QWaitCondition>

using namespace Qronos;

namespace {

const qint64 T0 = 1767225600000; // 2026-01-01T00:00:00Z

/// What the probe job saw of one run.
struct Run
{
    JobKey job;
    QString fireInstanceId;
    qint64 scheduled = 0;
    qint64 fired = 0;
    JobDataMap data;
};

/// Shared state of the "probe" job type: records runs, can block until released or interrupted, can fail.
struct Probe
{
    QMutex mutex;
    QWaitCondition changed;
    QList<Run> runs;
    int running = 0;
    int maxRunning = 0;
    bool gateOpen = true;

    int runCount()
    {
        QMutexLocker lock(&mutex);
        return int(runs.size());
    }
    int runningNow()
    {
        QMutexLocker lock(&mutex);
        return running;
    }
    void setGate(bool open)
    {
        QMutexLocker lock(&mutex);
        gateOpen = open;
        changed.wakeAll();
    }
};

class ProbeJob final : public Job
{
public:
    explicit ProbeJob(Probe *probe) : m_probe(probe) {}

    JobResult execute(JobExecutionContext &context) override
    {
        const JobDataMap &data = context.mergedJobData();
        {
            QMutexLocker lock(&m_probe->mutex);
            m_probe->runs.append(Run{context.jobDetail().key(), context.fireInstanceId(), context.scheduledFireTime(),
                                     context.fireTime(), data});
            m_probe->maxRunning = qMax(m_probe->maxRunning, ++m_probe->running);
            // "block": wait for the gate (or an interruption); "hang": wait for an interruption only.
            const QString mode = data.string(QStringLiteral("mode"));
            while ((mode == QLatin1String("hang") || (mode == QLatin1String("block") && !m_probe->gateOpen))
                   && !context.isInterrupted())
                m_probe->changed.wait(&m_probe->mutex, 2);
            --m_probe->running;
            m_probe->changed.wakeAll();
        }
        if (context.isInterrupted())
            return JobResult::interrupted(QStringLiteral("probe interrupted"));
        JobResult result = data.boolean(QStringLiteral("fail")) ? JobResult::failed(QStringLiteral("probe failed"))
                                                                : JobResult::succeeded(QStringLiteral("probe ok"));
        if (context.jobDetail().isPersistJobDataAfterExecution()) {
            JobDataMap changed = context.jobDetail().jobData();
            changed.put(QStringLiteral("count"), changed.integer(QStringLiteral("count")) + 1);
            result.setChangedJobData(changed);
        }
        return result;
    }

private:
    Probe *m_probe;
};

} // namespace

class tst_Runtime final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void simpleTriggerFiresEachTimeThenJobIsDeleted();
    void firesAtDueTimeNotBefore();
    void misfireFireOnceNow();
    void misfireDoNothing();
    void nonConcurrentJobsWaitForEachOther();
    void persistedJobData();
    void pauseAndResume();
    void triggerJobNowWithData();
    void retriesUntilTheLastAttempt();
    void timeoutInterruptsAndRecordsTimedOut();
    void interruptRunningJob();
    void refusedJobTypesAreNeverClaimed();
    void badInputIsRefusedAndNothingWritten();
    void historyRetention();

private:
    std::shared_ptr<SqlJobStore> openStore(const QString &instance = QStringLiteral("node-a"));
    std::unique_ptr<Scheduler> makeScheduler(SchedulerConfig config = {});
    JobDetail probeJob(const QString &name, bool durable = false) const;
    Trigger everySecond(const JobDetail &job, int repeatCount, qint64 start = T0 + 1000) const;
    QList<ExecutionRecord> history(int limit = 100);
    void advance(qint64 ms) { m_clock->advanceMs(ms); }

    QTemporaryDir m_dir;
    int m_case = 0;
    std::shared_ptr<ManualClock> m_clock;
    std::shared_ptr<SqlJobStore> m_store;
    std::shared_ptr<JobTypeRegistry> m_registry;
    std::unique_ptr<Probe> m_probe;
    QString m_url;
};

std::shared_ptr<SqlJobStore> tst_Runtime::openStore(const QString &instance)
{
    SqlJobStore::Options options;
    options.instanceId = instance;
    options.clock = m_clock;
    options.misfireThresholdMs = 60000;
    Result<DatabaseUrl> url = DatabaseUrl::parse(m_url);
    if (!url)
        qFatal("%s", qPrintable(url.error()));
    Result<std::unique_ptr<SqlJobStore>> store = SqlJobStore::open(*url, options);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    return std::shared_ptr<SqlJobStore>(std::move(store).value());
}

void tst_Runtime::init()
{
    m_url = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("runtime-%1.db").arg(++m_case));
    m_clock = std::make_shared<ManualClock>(T0);
    m_store = openStore();
    m_probe = std::make_unique<Probe>();
    m_registry = std::make_shared<JobTypeRegistry>();
    QVERIFY(registerBuiltInJobTypes(*m_registry).ok());
    JobTypeInfo info;
    info.name = QStringLiteral("probe");
    info.description = QStringLiteral("test probe");
    Probe *probe = m_probe.get();
    info.factory = [probe] { return std::make_unique<ProbeJob>(probe); };
    QVERIFY(m_registry->registerType(info).ok());
}

void tst_Runtime::cleanup()
{
    if (m_probe)
        m_probe->setGate(true);
    m_store.reset();
}

std::unique_ptr<Scheduler> tst_Runtime::makeScheduler(SchedulerConfig config)
{
    if (config.instanceId == QLatin1String("NON_CLUSTERED"))
        config.instanceId = QStringLiteral("node-a");
    config.threadCount = qMax(config.threadCount, 4);
    return std::make_unique<Scheduler>(m_store, m_registry, config, m_clock);
}

JobDetail tst_Runtime::probeJob(const QString &name, bool durable) const
{
    JobDetail job(JobKey(name, QStringLiteral("tests")), QStringLiteral("probe"));
    job.setDurable(durable);
    return job;
}

Trigger tst_Runtime::everySecond(const JobDetail &job, int repeatCount, qint64 start) const
{
    Trigger t(TriggerKey(job.key().name() + QStringLiteral("-trigger"), QStringLiteral("tests")), job.key(),
              SimpleSchedule{1000, repeatCount});
    t.setStartTime(start);
    return t;
}

QList<ExecutionRecord> tst_Runtime::history(int limit)
{
    HistoryQuery q;
    q.limit = limit;
    Result<QList<ExecutionRecord>> r = m_store->history(q);
    return r ? *r : QList<ExecutionRecord>();
}

void tst_Runtime::simpleTriggerFiresEachTimeThenJobIsDeleted()
{
    auto scheduler = makeScheduler();
    const JobDetail job = probeJob(QStringLiteral("three-times"));
    Result<qint64> first = scheduler->scheduleJob(job, everySecond(job, 2));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(*first, T0 + 1000);
    QVERIFY(scheduler->start().ok());
    QCOMPARE(scheduler->state(), Scheduler::State::Started);
    for (int i = 1; i <= 3; ++i) {
        advance(1000);
        QTRY_COMPARE(m_probe->runCount(), i);
    }
    // The trigger is used up: deleted at completion, and with it the non-durable job.
    QTRY_VERIFY(m_store->retrieveJob(job.key()).ok() && !m_store->retrieveJob(job.key())->has_value());
    QTRY_COMPARE(history().size(), 3);
    const QList<ExecutionRecord> h = history();
    for (const ExecutionRecord &r : h) {
        QCOMPARE(r.status, ExecutionStatus::Succeeded);
        QCOMPARE(r.instanceId, QStringLiteral("node-a"));
        QCOMPARE(r.output, QStringLiteral("probe ok"));
        QCOMPARE(r.attempt, 1);
    }
    // Newest first; each ran at its scheduled second.
    QCOMPARE(h.at(0).scheduledTime, T0 + 3000);
    QCOMPARE(h.at(2).scheduledTime, T0 + 1000);
    QCOMPARE(h.at(2).fireTime, T0 + 1000);
    scheduler->shutdown(true, 5000);
    QCOMPARE(scheduler->state(), Scheduler::State::Shutdown);
}

void tst_Runtime::firesAtDueTimeNotBefore()
{
    auto scheduler = makeScheduler();
    const JobDetail job = probeJob(QStringLiteral("punctual"));
    QVERIFY(scheduler->scheduleJob(job, everySecond(job, 0, T0 + 5000)).ok());
    QVERIFY(scheduler->start().ok());
    advance(4900); // inside the look-ahead window: claimed, but not due
    QTest::qWait(100);
    QCOMPARE(m_probe->runCount(), 0);
    advance(100);
    QTRY_COMPARE(m_probe->runCount(), 1);
    QMutexLocker lock(&m_probe->mutex);
    QCOMPARE(m_probe->runs.at(0).scheduled, T0 + 5000);
    QCOMPARE(m_probe->runs.at(0).fired, T0 + 5000);
}

void tst_Runtime::misfireFireOnceNow()
{
    auto scheduler = makeScheduler();
    JobDetail job = probeJob(QStringLiteral("nightly"), true);
    Trigger t(TriggerKey(QStringLiteral("nightly-cron"), QStringLiteral("tests")), job.key(),
              CronSchedule{CronExpression::parse(QStringLiteral("0 0 * * * ?")).value()});
    t.setStartTime(T0);
    t.setMisfireInstruction(Misfire::FireOnceNow);
    QVERIFY(scheduler->scheduleJob(job, t).ok());
    // The node was down for three hours: the 00:00 to 03:00 fires were missed.
    m_clock->setNowMs(T0 + 3 * 3600000 + 600000);
    QVERIFY(scheduler->start().ok());
    QTRY_COMPARE(m_probe->runCount(), 1);
    QTest::qWait(100);
    QCOMPARE(m_probe->runCount(), 1); // once, not three times
    Result<QList<MisfireRecord>> log = m_store->misfireLog(std::nullopt, 10);
    QVERIFY(log.ok());
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->at(0).trigger, t.key());
    QCOMPARE(log->at(0).scheduledTime, T0); // the first missed fire
    QCOMPARE(log->at(0).detectedTime, T0 + 3 * 3600000 + 600000);
    QCOMPARE(log->at(0).instruction, Misfire::FireOnceNow);
    QCOMPARE(log->at(0).nextFireTime, std::optional<qint64>(T0 + 3 * 3600000 + 600000));
    // Afterwards it keeps its hourly schedule.
    Result<std::optional<StoredTrigger>> stored = m_store->retrieveTrigger(t.key());
    QVERIFY(stored.ok() && stored->has_value());
    QTRY_COMPARE(m_store->retrieveTrigger(t.key())->value().trigger.nextFireTime(), std::optional<qint64>(T0 + 4 * 3600000));
}

void tst_Runtime::misfireDoNothing()
{
    auto scheduler = makeScheduler();
    JobDetail job = probeJob(QStringLiteral("hourly"), true);
    Trigger t(TriggerKey(QStringLiteral("hourly-cron"), QStringLiteral("tests")), job.key(),
              CronSchedule{CronExpression::parse(QStringLiteral("0 0 * * * ?")).value()});
    t.setStartTime(T0);
    t.setMisfireInstruction(Misfire::DoNothing);
    QVERIFY(scheduler->scheduleJob(job, t).ok());
    m_clock->setNowMs(T0 + 2 * 3600000 + 60000 * 5);
    QList<MisfireRecord> seen;
    QMutex seenMutex;
    connect(scheduler.get(), &Scheduler::triggerMisfired, this, [&](const MisfireRecord &r) {
        QMutexLocker lock(&seenMutex);
        seen.append(r);
    }, Qt::DirectConnection);
    QVERIFY(scheduler->start().ok());
    QTRY_VERIFY([&] { QMutexLocker lock(&seenMutex); return !seen.isEmpty(); }());
    QTest::qWait(100);
    QCOMPARE(m_probe->runCount(), 0);
    QCOMPARE(m_store->retrieveTrigger(t.key())->value().trigger.nextFireTime(), std::optional<qint64>(T0 + 3 * 3600000));
    m_clock->setNowMs(T0 + 3 * 3600000);
    QTRY_COMPARE(m_probe->runCount(), 1);
}

void tst_Runtime::nonConcurrentJobsWaitForEachOther()
{
    auto scheduler = makeScheduler();
    JobDetail job = probeJob(QStringLiteral("exclusive"), true);
    job.setConcurrentExecutionDisallowed(true);
    job.jobData().put(QStringLiteral("mode"), QStringLiteral("block"));
    Trigger a = everySecond(job, -1);
    Trigger b = everySecond(job, -1);
    b.setKey(TriggerKey(QStringLiteral("second"), QStringLiteral("tests")));
    QVERIFY(scheduler->scheduleJob(job, a).ok());
    QVERIFY(scheduler->scheduleTrigger(b).ok());
    m_probe->setGate(false);
    QVERIFY(scheduler->start().ok());
    advance(1000);
    QTRY_COMPARE(m_probe->runningNow(), 1);
    advance(2000);
    QTest::qWait(150);
    QCOMPARE(m_probe->runCount(), 1); // both triggers wait while the job runs
    Result<std::optional<StoredTrigger>> other = m_store->retrieveTrigger(b.key());
    QVERIFY(other.ok() && other->has_value());
    QCOMPARE((*other)->state, TriggerState::Blocked);
    m_probe->setGate(true);
    QTRY_VERIFY(m_probe->runCount() >= 3);
    QCOMPARE(m_probe->maxRunning, 1);
}

void tst_Runtime::persistedJobData()
{
    auto scheduler = makeScheduler();
    JobDetail job = probeJob(QStringLiteral("counter"), true);
    job.setPersistJobDataAfterExecution(true);
    job.setConcurrentExecutionDisallowed(true);
    job.jobData().put(QStringLiteral("count"), qint64(0));
    QVERIFY(scheduler->scheduleJob(job, everySecond(job, 2)).ok());
    QVERIFY(scheduler->start().ok());
    for (int i = 1; i <= 3; ++i) {
        advance(1000);
        QTRY_COMPARE(m_probe->runCount(), i);
        QTRY_COMPARE(history().size(), i);
    }
    Result<std::optional<JobDetail>> stored = m_store->retrieveJob(job.key());
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->jobData().integer(QStringLiteral("count")), 3);
    QMutexLocker lock(&m_probe->mutex);
    QCOMPARE(m_probe->runs.at(2).data.integer(QStringLiteral("count")), 2); // each run saw the previous run's data
}

void tst_Runtime::pauseAndResume()
{
    auto scheduler = makeScheduler();
    const JobDetail job = probeJob(QStringLiteral("pausable"), true);
    const Trigger t = everySecond(job, -1);
    QVERIFY(scheduler->scheduleJob(job, t).ok());
    QVERIFY(scheduler->pauseJob(job.key()).ok());
    QVERIFY(scheduler->start().ok());
    advance(3000);
    QTest::qWait(150);
    QCOMPARE(m_probe->runCount(), 0);
    QCOMPARE(m_store->retrieveTrigger(t.key())->value().state, TriggerState::Paused);
    QVERIFY(scheduler->resumeJob(job.key()).ok());
    QTRY_VERIFY(m_probe->runCount() >= 1); // 3 s late is within the misfire threshold: it fires now
    advance(5000);
    QTRY_VERIFY(m_probe->runCount() >= 2);
    QVERIFY(scheduler->pauseAll().ok());
    QTRY_COMPARE(m_probe->runningNow(), 0);
    const int before = m_probe->runCount();
    advance(5000);
    QTest::qWait(150);
    QCOMPARE(m_probe->runCount(), before);
}

void tst_Runtime::triggerJobNowWithData()
{
    auto scheduler = makeScheduler();
    JobDetail job = probeJob(QStringLiteral("on-demand"), true);
    job.jobData().put(QStringLiteral("who"), QStringLiteral("job"));
    job.jobData().put(QStringLiteral("keep"), QStringLiteral("yes"));
    QVERIFY(scheduler->addJob(job).ok());
    QVERIFY(scheduler->start().ok());
    JobDataMap extra;
    extra.put(QStringLiteral("who"), QStringLiteral("operator"));
    Result<TriggerKey> manual = scheduler->triggerJob(job.key(), extra);
    QVERIFY2(manual.ok(), qPrintable(manual.error()));
    QCOMPARE(manual->group(), QStringLiteral("MANUAL_TRIGGER"));
    QTRY_COMPARE(m_probe->runCount(), 1);
    {
        QMutexLocker lock(&m_probe->mutex);
        QCOMPARE(m_probe->runs.at(0).data.string(QStringLiteral("who")), QStringLiteral("operator"));
        QCOMPARE(m_probe->runs.at(0).data.string(QStringLiteral("keep")), QStringLiteral("yes"));
    }
    // The one-shot trigger is gone afterwards; the durable job stays.
    QTRY_VERIFY(!m_store->retrieveTrigger(*manual)->has_value());
    QVERIFY(m_store->retrieveJob(job.key())->has_value());
    QVERIFY(!scheduler->triggerJob(JobKey(QStringLiteral("missing"))).ok());
}

void tst_Runtime::retriesUntilTheLastAttempt()
{
    auto scheduler = makeScheduler();
    JobDetail job = probeJob(QStringLiteral("flaky"), true);
    job.jobData().put(QStringLiteral("fail"), true);
    job.setRetryCount(2);
    job.setRetryDelayMs(30000);
    QVERIFY(scheduler->scheduleJob(job, everySecond(job, 0)).ok());
    QVERIFY(scheduler->start().ok());
    advance(1000);
    QTRY_COMPARE(m_probe->runCount(), 1);
    QTest::qWait(50);
    QCOMPARE(m_probe->runCount(), 1); // waits for the retry delay, by the clock
    advance(30000);
    QTRY_COMPARE(m_probe->runCount(), 2);
    advance(30000);
    QTRY_COMPARE(m_probe->runCount(), 3);
    QTRY_COMPARE(history().size(), 3);
    const QList<ExecutionRecord> h = history();
    QSet<int> attempts;
    for (const ExecutionRecord &r : h) {
        QCOMPARE(r.status, ExecutionStatus::Failed);
        QCOMPARE(r.errorMessage, QStringLiteral("probe failed"));
        QCOMPARE(r.fireInstanceId, h.first().fireInstanceId); // one fire, three attempts
        attempts.insert(r.attempt);
    }
    QCOMPARE(attempts, (QSet<int>{1, 2, 3}));
    advance(60000);
    QTest::qWait(50);
    QCOMPARE(m_probe->runCount(), 3);
}

void tst_Runtime::timeoutInterruptsAndRecordsTimedOut()
{
    auto scheduler = makeScheduler();
    JobDetail job = probeJob(QStringLiteral("slow"), true);
    job.jobData().put(QStringLiteral("mode"), QStringLiteral("hang"));
    job.setTimeoutMs(5000);
    QVERIFY(scheduler->scheduleJob(job, everySecond(job, 0)).ok());
    QVERIFY(scheduler->start().ok());
    advance(1000);
    QTRY_COMPARE(m_probe->runningNow(), 1);
    advance(4000);
    QTest::qWait(50);
    QCOMPARE(m_probe->runningNow(), 1);
    advance(1000);
    QTRY_COMPARE(m_probe->runningNow(), 0);
    QTRY_COMPARE(history().size(), 1);
    QCOMPARE(history().at(0).status, ExecutionStatus::TimedOut);
    QVERIFY2(history().at(0).errorMessage.contains(QLatin1String("5000")), qPrintable(history().at(0).errorMessage));
}

void tst_Runtime::interruptRunningJob()
{
    auto scheduler = makeScheduler();
    JobDetail job = probeJob(QStringLiteral("long"), true);
    job.jobData().put(QStringLiteral("mode"), QStringLiteral("hang"));
    job.setRetryCount(3); // an interrupted run is not retried
    QVERIFY(scheduler->scheduleJob(job, everySecond(job, 0)).ok());
    QVERIFY(scheduler->start().ok());
    advance(1000);
    QTRY_COMPARE(m_probe->runningNow(), 1);
    QCOMPARE(scheduler->runningHere().size(), 1);
    QCOMPARE(scheduler->interruptJob(job.key()), 1);
    QTRY_COMPARE(history().size(), 1);
    QCOMPARE(history().at(0).status, ExecutionStatus::Interrupted);
    QTRY_VERIFY(scheduler->runningHere().isEmpty());
    QCOMPARE(m_probe->runCount(), 1);
}

void tst_Runtime::refusedJobTypesAreNeverClaimed()
{
    SchedulerConfig config;
    config.allowedJobTypes = {QStringLiteral("probe")};
    auto scheduler = makeScheduler(config);
    JobDetail logJob(JobKey(QStringLiteral("logger"), QStringLiteral("tests")), QStringLiteral("log"));
    logJob.setDurable(true);
    Trigger t = everySecond(logJob, -1);
    QVERIFY(scheduler->scheduleJob(logJob, t).ok());
    const JobDetail probe = probeJob(QStringLiteral("allowed"), true);
    QVERIFY(scheduler->scheduleJob(probe, everySecond(probe, 0)).ok());
    QVERIFY(scheduler->start().ok());
    advance(1000);
    QTRY_COMPARE(m_probe->runCount(), 1);
    QTRY_COMPARE(history().size(), 1);
    advance(3000);
    QTest::qWait(150);
    QCOMPARE(history().size(), 1); // the log job never ran here
    QCOMPARE(m_store->retrieveTrigger(t.key())->value().state, TriggerState::Waiting);
}

void tst_Runtime::badInputIsRefusedAndNothingWritten()
{
    auto scheduler = makeScheduler();
    const auto jobCount = [this] { return m_store->listJobs(ListQuery{})->size(); };
    const auto auditCount = [this] { return m_store->auditLog(std::nullopt, 1000)->size(); };
    const qsizetype jobsBefore = jobCount();
    const qsizetype auditBefore = auditCount();

    JobDetail unknownType(JobKey(QStringLiteral("x")), QStringLiteral("no-such-type"));
    unknownType.setDurable(true);
    Result<Done> r = scheduler->addJob(unknownType);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QLatin1String("no-such-type")), qPrintable(r.error()));

    JobDetail badData(JobKey(QStringLiteral("y")), QStringLiteral("shell")); // shell needs "program"
    badData.setDurable(true);
    r = scheduler->addJob(badData);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QLatin1String("program")), qPrintable(r.error()));

    JobDetail notDurable = probeJob(QStringLiteral("lonely"));
    QVERIFY(!scheduler->addJob(notDurable).ok());

    const JobDetail ok = probeJob(QStringLiteral("ok"), true);
    Trigger never(TriggerKey(QStringLiteral("past")), ok.key(),
                  CronSchedule{CronExpression::parse(QStringLiteral("0 0 0 1 1 ? 2020")).value()});
    never.setStartTime(T0);
    Result<qint64> s = scheduler->scheduleJob(ok, never);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("never fire")), qPrintable(s.error()));

    Trigger missingCalendar = everySecond(ok, 0);
    missingCalendar.setCalendarName(QStringLiteral("nope"));
    s = scheduler->scheduleJob(ok, missingCalendar);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("nope")), qPrintable(s.error()));

    QVERIFY(scheduler->scheduleJob(ok, everySecond(ok, 0)).ok());
    const qsizetype auditAfterOne = auditCount();
    s = scheduler->scheduleJob(ok, everySecond(ok, 0)); // the key is taken
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("tests.ok")), qPrintable(s.error()));

    QCOMPARE(jobCount(), jobsBefore + 1);
    QVERIFY(auditAfterOne > auditBefore);
    QCOMPARE(auditCount(), auditAfterOne);
}

void tst_Runtime::historyRetention()
{
    {
        auto scheduler = makeScheduler();
        const JobDetail job = probeJob(QStringLiteral("often"), true);
        QVERIFY(scheduler->scheduleJob(job, everySecond(job, 4)).ok());
        QVERIFY(scheduler->start().ok());
        for (int i = 1; i <= 5; ++i) {
            advance(1000);
            QTRY_COMPARE(history().size(), i);
        }
        scheduler->shutdown(true, 5000);
    }
    // A node that keeps the newest 2 rows purges the rest at start, on its own thread.
    SchedulerConfig config;
    config.historyMaxRows = 2;
    auto scheduler = makeScheduler(config);
    QVERIFY(scheduler->start().ok());
    QTRY_COMPARE(history().size(), 2);
    const QList<ExecutionRecord> kept = history();
    QCOMPARE(kept.at(0).scheduledTime, T0 + 5000); // the newest stay
    QCOMPARE(kept.at(1).scheduledTime, T0 + 4000);
    scheduler->shutdown(true, 5000);
    config.historyMaxRows = 0;
    config.historyMaxAgeMs = 500;
    scheduler = makeScheduler(config);
    QVERIFY(scheduler->start().ok());
    QTRY_COMPARE(history().size(), 1); // fired at T0 + 5000, now T0 + 5000: only the one older than 500 ms goes
    QCOMPARE(history().at(0).scheduledTime, T0 + 5000);
}

QTEST_GUILESS_MAIN(tst_Runtime)
#include "tst_runtime.moc"
