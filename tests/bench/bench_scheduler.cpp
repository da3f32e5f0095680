// Scheduler throughput and lateness on a real store, single node. Prints numbers; see docs/benchmarks.md.
//
//   bench_scheduler [--db URL] [--burst N] [--rate R] [--seconds S] [--threads T] [--batch B] [--store-only MODE]
//
// burst:     N one-shot no-op triggers are due at once; how fast does the node drain them (fires/s), and how
//            many transactions does it commit per fire (the store's own count, and on PostgreSQL the server's
//            pg_stat_database.xact_commit delta)?
// sustained: R one-shot no-op triggers per second for S seconds, spread evenly; how late is each fire
//            (fire time minus scheduled time, p50 / p99 / max)?
// --store-only: the same two runs without a scheduler, to measure the store alone: one thread fires due
//            triggers in batches ("due": fireDueTriggers; "claim": acquireNextTriggers + triggersFired) and a
//            second one completes them (triggeredJobsComplete), as the scheduler thread and its workers would.

#include "jobs/jobtyperegistry.h"
#include "runtime/metrics.h"
#include "runtime/scheduler.h"
#include "store/sqldialect.h"
#include "store/sqljobstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace Qronos;

namespace {

struct Options
{
    QString url;
    int burst = 10000;
    int rate = 1000;
    int seconds = 10;
    int threads = 8;
    int batch = 100;
    QString storeOnly; ///< empty: a whole node; "due" or "claim": store calls only
};

/// Reads the server-wide commit counter of the store's database (PostgreSQL only; -1 elsewhere).
qint64 serverCommits(const DatabaseUrl &url)
{
    if (url.kind() != DatabaseUrl::Kind::PostgreSql)
        return -1;
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-stats"));
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setDatabaseName(url.database());
        db.setUserName(url.userName());
        db.setPassword(url.password());
        if (db.open()) {
            QSqlQuery q(db);
            // Statistics reach the shared counters when a backend goes idle; clear this session's snapshot.
            q.exec(QStringLiteral("SELECT pg_stat_clear_snapshot()"));
            if (q.exec(QStringLiteral("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"))
                && q.next())
                value = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-stats"));
    return value;
}

std::shared_ptr<SqlJobStore> openStore(const DatabaseUrl &url)
{
    SqlJobStore::Options options;
    options.instanceId = QStringLiteral("bench");
    Result<std::unique_ptr<SqlJobStore>> store = SqlJobStore::open(url, options);
    if (!store) {
        std::fprintf(stderr, "bench_scheduler: %s\n", qPrintable(store.error()));
        std::exit(1);
    }
    return std::shared_ptr<SqlJobStore>(std::move(store).value());
}

QList<Trigger> oneShots(const JobKey &job, const QString &prefix, int count, qint64 firstMs, double spacingMs)
{
    QList<Trigger> triggers;
    triggers.reserve(count);
    for (int i = 0; i < count; ++i) {
        Trigger t(TriggerKey(prefix + QString::number(i), QStringLiteral("bench")), job, SimpleSchedule{0, 0});
        const qint64 at = firstMs + qint64(i * spacingMs);
        t.setStartTime(at);
        t.setNextFireTime(at);
        t.setMisfireInstruction(Misfire::IgnoreMisfirePolicy);
        triggers.append(t);
    }
    return triggers;
}

struct Run
{
    std::atomic<int> done{0};
    QMutex mutex;
    QList<qint64> lateness;
};

/// Starts a node, waits until \a expected executions are recorded, returns the elapsed ms.
qint64 drain(const std::shared_ptr<SqlJobStore> &store, const Options &o, int expected, Run &run)
{
    auto registry = std::make_shared<JobTypeRegistry>();
    (void)registerBuiltInJobTypes(*registry);
    SchedulerConfig config;
    config.instanceId = QStringLiteral("bench");
    config.threadCount = o.threads;
    config.batchSize = o.batch;
    config.idleWaitMs = 100;
    Scheduler scheduler(store, registry, config);
    auto metrics = std::make_shared<Metrics>();
    scheduler.setMetrics(metrics);
    QObject::connect(&scheduler, &Scheduler::jobFinished, &scheduler, [&run](const ExecutionRecord &r) {
        {
            QMutexLocker lock(&run.mutex);
            run.lateness.append(r.fireTime - r.scheduledTime);
        }
        run.done.fetch_add(1);
    }, Qt::DirectConnection);
    QElapsedTimer timer;
    timer.start();
    if (Result<Done> r = scheduler.start(); !r) {
        std::fprintf(stderr, "bench_scheduler: %s\n", qPrintable(r.error()));
        std::exit(1);
    }
    while (run.done.load() < expected) {
        QThread::msleep(1);
        if (timer.elapsed() > 600000) {
            std::fprintf(stderr, "bench_scheduler: gave up after 10 minutes at %d of %d\n", run.done.load(), expected);
            break;
        }
    }
    const qint64 elapsed = timer.elapsed();
    scheduler.shutdown(true, 10000);
    const Metrics::Snapshot m = metrics->snapshot();
    std::printf("  %llu claims of %.1f triggers on average\n", m.claims,
                m.claims ? double(m.claimedTriggers) / double(m.claims) : 0.0);
    return elapsed;
}

/// Fires and completes \a expected triggers with store calls only (see --store-only), returns the elapsed ms.
qint64 drainStore(const std::shared_ptr<SqlJobStore> &store, const Options &o, int expected, Run &run)
{
    QMutex mutex;
    QWaitCondition wake;
    QList<QList<FiredBundle>> queue;
    bool finished = false;
    std::atomic<bool> failed{false};
    QThread *completer = QThread::create([&] {
        for (;;) {
            QList<FiredBundle> batch;
            {
                QMutexLocker lock(&mutex);
                while (queue.isEmpty() && !finished)
                    wake.wait(&mutex);
                if (queue.isEmpty())
                    return;
                batch = queue.takeFirst();
            }
            QList<CompletedFire> fires;
            for (const FiredBundle &b : std::as_const(batch)) {
                CompletedFire fire;
                fire.fireInstanceId = b.fireInstanceId;
                fire.trigger = b.trigger.key();
                fire.job = b.job.key();
                fire.jobNonConcurrent = b.job.isConcurrentExecutionDisallowed();
                ExecutionRecord record;
                record.fireInstanceId = b.fireInstanceId;
                record.job = b.job.key();
                record.trigger = b.trigger.key();
                record.scheduledTime = b.scheduledTime;
                record.fireTime = b.fireTime;
                record.endTime = QDateTime::currentMSecsSinceEpoch();
                fire.attempts << record;
                fires << fire;
            }
            if (Result<Done> r = store->triggeredJobsComplete(fires); !r) {
                std::fprintf(stderr, "bench_scheduler: %s\n", qPrintable(r.error()));
                failed = true;
            }
            {
                QMutexLocker lock(&run.mutex);
                for (const FiredBundle &b : std::as_const(batch))
                    run.lateness.append(b.fireTime - b.scheduledTime);
            }
            run.done.fetch_add(int(batch.size()));
        }
    });
    completer->start();
    QElapsedTimer timer;
    timer.start();
    int fired = 0;
    while (fired < expected && !failed && timer.elapsed() < 600000) {
        JobStore::AcquireRequest request;
        request.noLaterThan = QDateTime::currentMSecsSinceEpoch();
        request.maxCount = o.batch;
        request.instanceId = QStringLiteral("bench");
        QList<FiredBundle> bundles;
        if (o.storeOnly == QLatin1String("claim")) {
            Result<QList<AcquiredTrigger>> claimed = store->acquireNextTriggers(request);
            if (claimed && !claimed->isEmpty()) {
                Result<QList<std::optional<FiredBundle>>> result = store->triggersFired(claimed.value());
                if (result) {
                    for (const std::optional<FiredBundle> &b : result.value()) {
                        if (b)
                            bundles << *b;
                    }
                } else {
                    std::fprintf(stderr, "bench_scheduler: %s\n", qPrintable(result.error()));
                    failed = true;
                }
            } else if (!claimed) {
                std::fprintf(stderr, "bench_scheduler: %s\n", qPrintable(claimed.error()));
                failed = true;
            }
        } else {
            Result<QList<FiredBundle>> result = store->fireDueTriggers(request);
            if (result) {
                bundles = std::move(result).value();
            } else {
                std::fprintf(stderr, "bench_scheduler: %s\n", qPrintable(result.error()));
                failed = true;
            }
        }
        if (bundles.isEmpty()) {
            QThread::msleep(1);
            continue;
        }
        fired += int(bundles.size());
        QMutexLocker lock(&mutex);
        queue << bundles;
        wake.wakeAll();
    }
    {
        QMutexLocker lock(&mutex);
        finished = true;
        wake.wakeAll();
    }
    completer->wait();
    delete completer;
    return timer.elapsed();
}

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = qBound<qsizetype>(0, qsizetype(p * double(values.size() - 1) + 0.5), values.size() - 1);
    return values.at(index);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Store URL (default: a temporary SQLite file)."), QStringLiteral("url"));
    const QCommandLineOption burst(QStringLiteral("burst"), QStringLiteral("Triggers due at once (default 10000)."), QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Sustained fires per second (default 1000)."), QStringLiteral("r"), QStringLiteral("1000"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Sustained run length (default 10)."), QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Worker threads (default 8)."), QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Claim batch size (default 100)."), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption storeOnly(QStringLiteral("store-only"), QStringLiteral("No scheduler: fire with store calls only, \"due\" (fireDueTriggers) or \"claim\" (acquireNextTriggers + triggersFired)."), QStringLiteral("mode"));
    parser.addOptions({db, burst, rate, seconds, threads, batch, storeOnly});
    parser.process(app);
    Options o;
    QTemporaryDir tmp;
    o.url = parser.isSet(db) ? parser.value(db) : QStringLiteral("sqlite://") + tmp.filePath(QStringLiteral("bench.db"));
    o.burst = parser.value(burst).toInt();
    o.rate = parser.value(rate).toInt();
    o.seconds = parser.value(seconds).toInt();
    o.threads = parser.value(threads).toInt();
    o.batch = parser.value(batch).toInt();
    o.storeOnly = parser.value(storeOnly);
    if (!o.storeOnly.isEmpty() && o.storeOnly != QLatin1String("due") && o.storeOnly != QLatin1String("claim")) {
        std::fprintf(stderr, "bench_scheduler: --store-only takes \"due\" or \"claim\"\n");
        return 2;
    }
    Result<DatabaseUrl> url = DatabaseUrl::parse(o.url);
    if (!url) {
        std::fprintf(stderr, "bench_scheduler: %s\n", qPrintable(url.error()));
        return 2;
    }
    // Each run gets its own tables, so that earlier runs never slow the next.
    const QString prefix = QStringLiteral("B%1_").arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
    Result<DatabaseUrl> benchUrl = DatabaseUrl::parse(o.url + (o.url.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?"))
                                                      + QStringLiteral("prefix=") + prefix);
    auto store = openStore(*benchUrl);
    std::printf("store: %s (%s)  threads %d  batch %d%s\n", qPrintable(store->dialect().displayName()),
                qPrintable(store->serverVersion()), o.threads, o.batch,
                o.storeOnly.isEmpty() ? "" : qPrintable(QStringLiteral("  store only: ") + o.storeOnly));

    JobDetail job(JobKey(QStringLiteral("noop"), QStringLiteral("bench")), QStringLiteral("noop"));
    job.setDurable(true);

    // ---- burst -------------------------------------------------------------------------------------
    if (o.burst > 0) {
        const qint64 due = QDateTime::currentMSecsSinceEpoch() - 1000;
        if (Result<Done> r = store->storeJobAndTriggers(job, oneShots(job.key(), QStringLiteral("burst-"), o.burst, due, 0), true); !r) {
            std::fprintf(stderr, "bench_scheduler: %s\n", qPrintable(r.error()));
            return 1;
        }
        const qint64 storeCommits0 = store->commitCount();
        const qint64 server0 = serverCommits(*url);
        Run run;
        const qint64 ms = o.storeOnly.isEmpty() ? drain(store, o, o.burst, run) : drainStore(store, o, o.burst, run);
        const qint64 storeCommits = store->commitCount() - storeCommits0;
        QThread::msleep(1500); // let the server publish its statistics
        const qint64 server1 = serverCommits(*url);
        std::printf("burst: %d one-shot triggers drained in %lld ms = %.0f fires/s\n", o.burst, ms,
                    o.burst * 1000.0 / double(qMax<qint64>(1, ms)));
        std::printf("burst: %.3f store commits per fire (%lld commits)\n", double(storeCommits) / o.burst, storeCommits);
        if (server0 >= 0 && server1 >= 0)
            std::printf("burst: %.3f server commits per fire (pg_stat_database.xact_commit delta %lld, all sessions)\n",
                        double(server1 - server0) / o.burst, server1 - server0);
    }

    // ---- sustained ---------------------------------------------------------------------------------
    if (o.rate > 0 && o.seconds > 0) {
        const int count = o.rate * o.seconds;
        const qint64 first = QDateTime::currentMSecsSinceEpoch() + 3000;
        if (Result<Done> r = store->storeJobAndTriggers(job, oneShots(job.key(), QStringLiteral("steady-"), count, first, 1000.0 / o.rate), true); !r) {
            std::fprintf(stderr, "bench_scheduler: %s\n", qPrintable(r.error()));
            return 1;
        }
        Run run;
        if (o.storeOnly.isEmpty())
            drain(store, o, count, run);
        else
            drainStore(store, o, count, run);
        QMutexLocker lock(&run.mutex);
        std::printf("sustained: %d fires at %d/s: lateness p50 %lld ms, p99 %lld ms, max %lld ms\n", count, o.rate,
                    percentile(run.lateness, 0.5), percentile(run.lateness, 0.99), percentile(run.lateness, 1.0));
    }
    return 0;
}
