// Scheduler throughput and lateness on a real store, single node. Prints numbers; see docs/benchmarks.md.
//
//   bench_scheduler [--db URL] [--burst N] [--rate R] [--seconds S] [--threads T] [--batch B]
//
// burst:     N one-shot no-op triggers are due at once; how fast does the node drain them (fires/s), and how
//            many transactions does it commit per fire (the store's own count, and on PostgreSQL the server's
//            pg_stat_database.xact_commit delta)?
// sustained: R one-shot no-op triggers per second for S seconds, spread evenly; how late is each fire
//            (fire time minus scheduled time, p50 / p99 / max)?

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
    parser.addOptions({db, burst, rate, seconds, threads, batch});
    parser.process(app);
    Options o;
    QTemporaryDir tmp;
    o.url = parser.isSet(db) ? parser.value(db) : QStringLiteral("sqlite://") + tmp.filePath(QStringLiteral("bench.db"));
    o.burst = parser.value(burst).toInt();
    o.rate = parser.value(rate).toInt();
    o.seconds = parser.value(seconds).toInt();
    o.threads = parser.value(threads).toInt();
    o.batch = parser.value(batch).toInt();
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
    std::printf("store: %s (%s)  threads %d  batch %d\n", qPrintable(store->dialect().displayName()),
                qPrintable(store->serverVersion()), o.threads, o.batch);

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
        const qint64 ms = drain(store, o, o.burst, run);
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
        drain(store, o, count, run);
        QMutexLocker lock(&run.mutex);
        std::printf("sustained: %d fires at %d/s: lateness p50 %lld ms, p99 %lld ms, max %lld ms\n", count, o.rate,
                    percentile(run.lateness, 0.5), percentile(run.lateness, 0.99), percentile(run.lateness, 1.0));
    }
    return 0;
}
