// Scheduler throughput and lateness on a real store, one node or a cluster. Prints numbers; see docs/benchmarks.md.
//
//   bench_scheduler [--db URL] [--nodes N] [--burst N] [--rate R] [--seconds S] [--threads T] [--batch B]
//                   [--look-ahead MS] [--completion-batch N] [--checkin-ms MS] [--sample-ms MS] [--store-only MODE]
//
// nodes:     N scheduler nodes (bench-node-1 ...), each a Qronos::Scheduler over its own SqlJobStore opened on the
//            same URL, all in this one process. Every store keeps its own connections (one per thread), so the
//            nodes coordinate only through the database, as separate processes would; they share this process's
//            CPU time, which the CPU split below shows.
// burst:     N one-shot no-op triggers are due at the same instant; how fast do the nodes drain them (fires/s
//            until the last result is committed), which share did each node fire, how many (trigger, scheduled
//            time) have more than one history row (duplicates) or none (missing), how many transactions were
//            committed per fire (the stores' own count; the server's: pg_stat_database.xact_commit on
//            PostgreSQL, Com_commit on MariaDB/MySQL) and how many statements the server ran per fire
//            (pg_stat_statements calls when the extension is installed, see tests/support/pgserver.sh
//            QRONOS_PG_STAT_STATEMENTS=1; Questions on MariaDB/MySQL).
//            While it runs (and the sustained run), a sampler thread reads the server's sessions every --sample-ms
//            (pg_stat_activity state and wait event; MariaDB/MySQL SHOW PROCESSLIST command and state), and the CPU time of this
//            process, of the server's processes (read from /proc when the server is on this machine) and of the
//            whole machine is compared at start and end: what limits throughput.
// sustained: R one-shot no-op triggers per second for S seconds, spread evenly; how late is each fire (FIRED_TIME
//            minus SCHED_TIME of the execution history, p50 / p99 / max), again with duplicates, missing fires,
//            commits and statements per fire and the CPU split.
// --store-only: the same two runs without a scheduler, to measure one store alone: one thread fires due
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
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>
#include <QWaitCondition>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace Qronos;

namespace {

struct Options
{
    QString url;
    int nodes = 1;
    int burst = 10000;
    int rate = 1000;
    int seconds = 10;
    int threads = 8;
    int batch = 100;
    qint64 lookAheadMs = 2000;
    int completionBatch = 500;
    int sampleMs = 20;
    qint64 checkinMs = 1000;
    QString storeOnly; ///< empty: whole nodes; "due" or "claim": store calls only
};

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_scheduler: %s\n", qPrintable(message));
    std::exit(1);
}

// ---- the server's side ---------------------------------------------------------------------------------

/// The benchmark's own connection to the store's server (not a node's): its counters, its sessions and the
/// execution history the nodes wrote. Belongs to the thread that made it.
class ServerProbe
{
public:
    ServerProbe(const DatabaseUrl &url, const QString &name)
        : m_kind(url.kind())
        , m_local(url.kind() == DatabaseUrl::Kind::Sqlite || url.host() == QLatin1String("127.0.0.1")
                  || url.host() == QLatin1String("localhost") || url.host().isEmpty())
        , m_name(name)
    {
        static const char *const drivers[] = {"QSQLITE", "QPSQL", "QMYSQL"};
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(drivers[int(m_kind)]), m_name);
        db.setDatabaseName(url.database());
        if (m_kind != DatabaseUrl::Kind::Sqlite) {
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setPassword(url.password());
        }
        if (!db.open())
            die(QStringLiteral("statistics connection: ") + db.lastError().text());
        if (m_kind == DatabaseUrl::Kind::PostgreSql)
            m_statementStats = scalar(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'"))
                                   .value_or(0) > 0;
    }
    ~ServerProbe()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ServerProbe)

    DatabaseUrl::Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind != DatabaseUrl::Kind::Sqlite; }
    /// Statements this connection has run.
    qint64 queries() const { return m_queries; }

    QList<QVariantList> rows(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.setForwardOnly(true);
        ++m_queries;
        bool ok = false;
        if (values.isEmpty()) {
            ok = q.exec(sql); // not prepared: MariaDB does not prepare SHOW PROCESSLIST
        } else {
            ok = q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            ok = ok && q.exec();
        }
        QList<QVariantList> result;
        if (!ok) {
            m_error = q.lastError().text().simplified();
            return result;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            result << row;
        }
        return result;
    }
    std::optional<qint64> scalar(const QString &sql, const QVariantList &values = {})
    {
        const QList<QVariantList> r = rows(sql, values);
        if (r.isEmpty() || r.first().isEmpty() || r.first().first().isNull())
            return std::nullopt;
        return r.first().first().toLongLong();
    }
    QString lastError() const { return m_error; }

    /// Transactions the server committed: pg_stat_database.xact_commit of this database (PostgreSQL), the
    /// Com_commit status (MariaDB, MySQL: explicit COMMITs, which is how the store ends its transactions).
    std::optional<qint64> commits()
    {
        if (m_kind == DatabaseUrl::Kind::PostgreSql) {
            // Statistics reach the shared counters when a backend goes idle; clear this session's snapshot.
            rows(QStringLiteral("SELECT pg_stat_clear_snapshot()"));
            return scalar(QStringLiteral("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"));
        }
        if (m_kind == DatabaseUrl::Kind::MySql)
            return globalStatus(QStringLiteral("Com_commit"));
        return std::nullopt;
    }
    /// How many statements the server ran: pg_stat_statements calls in this database, BEGIN and COMMIT included,
    /// this probe's and the sampler's left out (PostgreSQL with the extension); the Questions status (MariaDB,
    /// MySQL: every statement from every client, so the caller subtracts its own).
    std::optional<qint64> statements()
    {
        if (m_kind == DatabaseUrl::Kind::PostgreSql && m_statementStats)
            return scalar(QStringLiteral("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements s JOIN pg_database d ON "
                                         "d.oid = s.dbid WHERE d.datname = current_database() AND s.query NOT ILIKE '%pg_stat%'"));
        if (m_kind == DatabaseUrl::Kind::MySql)
            return globalStatus(QStringLiteral("Questions"));
        return std::nullopt;
    }
    QString statementSource() const
    {
        if (m_kind == DatabaseUrl::Kind::PostgreSql)
            return m_statementStats ? QStringLiteral("pg_stat_statements calls") : QString();
        return m_kind == DatabaseUrl::Kind::MySql ? QStringLiteral("Questions") : QString();
    }
    void resetStatements()
    {
        if (m_kind == DatabaseUrl::Kind::PostgreSql && m_statementStats)
            rows(QStringLiteral("SELECT pg_stat_statements_reset()"));
    }
    /// The statements that took most of the server's time since resetStatements() (PostgreSQL with the extension).
    void printTopStatements(const char *phase, int count, qint64 fires)
    {
        if (m_kind != DatabaseUrl::Kind::PostgreSql || !m_statementStats || fires <= 0)
            return;
        const QList<QVariantList> top = rows(
            QStringLiteral("SELECT s.calls, s.total_exec_time, left(regexp_replace(s.query, '\\s+', ' ', 'g'), 100) "
                           "FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = "
                           "current_database() AND s.query NOT ILIKE '%pg_stat%' ORDER BY s.total_exec_time DESC LIMIT %1")
                .arg(count));
        const QList<QVariantList> total = rows(
            QStringLiteral("SELECT round(sum(s.total_exec_time)), count(*), round(sum(s.total_plan_time)), "
                           "current_setting('pg_stat_statements.track_planning') FROM pg_stat_statements s JOIN pg_database d "
                           "ON d.oid = s.dbid WHERE d.datname = current_database() AND s.query NOT ILIKE '%pg_stat%'"));
        if (total.isEmpty())
            return;
        const QVariantList &t = total.first();
        std::printf("%s: server time per 1000 fires: executing statements %.1f ms, planning them %s; %lld different "
                    "statement texts; the %d longest, calls per fire, server ms per 1000 fires:\n",
                    phase, t.at(0).toDouble() * 1000.0 / double(fires),
                    t.at(3).toString() == QLatin1String("on")
                        ? qPrintable(QStringLiteral("%1 ms").arg(t.at(2).toDouble() * 1000.0 / double(fires), 0, 'f', 1))
                        : "n/a (pg_stat_statements.track_planning off)",
                    t.at(1).toLongLong(), count);
        for (const QVariantList &row : top)
            std::printf("  %7.3f %8.1f  %s\n", row.at(0).toDouble() / double(fires), row.at(1).toDouble() * 1000.0 / double(fires),
                        qPrintable(row.at(2).toString()));
    }

    /// The server's main process when it runs on this machine (its backends are its children); nothing elsewhere.
    std::optional<qint64> serverPid()
    {
        if (!m_local)
            return std::nullopt;
        std::optional<qint64> pid;
        if (m_kind == DatabaseUrl::Kind::PostgreSql) {
            if (const std::optional<qint64> backend = scalar(QStringLiteral("SELECT pg_backend_pid()")))
                pid = parentOf(*backend);
        } else if (m_kind == DatabaseUrl::Kind::MySql) {
            const QList<QVariantList> r = rows(QStringLiteral("SELECT @@pid_file"));
            QFile file(r.isEmpty() ? QString() : r.first().first().toString());
            if (file.open(QIODevice::ReadOnly))
                pid = file.readAll().trimmed().toLongLong();
        }
        if (pid && !QFile::exists(QStringLiteral("/proc/%1/stat").arg(*pid)))
            return std::nullopt;
        return pid;
    }

    /// The parent of \a pid from /proc, or nothing.
    static std::optional<qint64> parentOf(qint64 pid);

private:
    std::optional<qint64> globalStatus(const QString &name)
    {
        const QList<QVariantList> r = rows(QStringLiteral("SHOW GLOBAL STATUS LIKE '%1'").arg(name));
        if (r.isEmpty() || r.first().size() < 2)
            return std::nullopt;
        return r.first().at(1).toLongLong();
    }

    DatabaseUrl::Kind m_kind;
    bool m_local = false;
    QString m_name;
    bool m_statementStats = false;
    qint64 m_queries = 0;
    QString m_error;
};

// ---- CPU time ------------------------------------------------------------------------------------------

/// Fields of /proc/PID/stat after the command name: [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime.
QList<QByteArray> procStat(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    const qsizetype paren = text.lastIndexOf(')');
    if (paren < 0)
        return {};
    return text.mid(paren + 2).split(' ');
}

std::optional<qint64> ServerProbe::parentOf(qint64 pid)
{
    const QList<QByteArray> f = procStat(pid);
    if (f.size() < 2)
        return std::nullopt;
    return f.at(1).toLongLong();
}

/// CPU ticks of a process and of its reaped children.
qint64 ticksOf(const QList<QByteArray> &f)
{
    return f.size() < 15 ? 0 : f.at(11).toLongLong() + f.at(12).toLongLong() + f.at(13).toLongLong() + f.at(14).toLongLong();
}

struct CpuSample
{
    qint64 self = 0;    ///< this process: the nodes (and the benchmark's sampler)
    qint64 server = -1; ///< the server's process and its children (PostgreSQL's backends), -1: unknown
    qint64 busy = 0;    ///< the whole machine, all cores
    qint64 total = 0;
    qint64 atMs = 0;
};

CpuSample cpuSample(std::optional<qint64> serverPid)
{
    CpuSample s;
    s.atMs = QDateTime::currentMSecsSinceEpoch();
    s.self = ticksOf(procStat(qint64(getpid())));
    if (serverPid) {
        s.server = ticksOf(procStat(*serverPid));
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            bool numeric = false;
            const qint64 pid = entry.toLongLong(&numeric);
            if (!numeric)
                continue;
            const QList<QByteArray> f = procStat(pid);
            if (f.size() >= 15 && f.at(1).toLongLong() == *serverPid)
                s.server += ticksOf(f);
        }
    }
    QFile stat(QStringLiteral("/proc/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> f = stat.readLine().simplified().split(' '); // cpu user nice system idle iowait ...
        for (qsizetype i = 1; i < qMin<qsizetype>(f.size(), 9); ++i)
            s.total += f.at(i).toLongLong();
        s.busy = s.total - (f.size() > 5 ? f.at(4).toLongLong() + f.at(5).toLongLong() : 0);
    }
    return s;
}

void printCpu(const char *phase, const CpuSample &a, const CpuSample &b, qint64 fires)
{
    const double tick = 1.0 / double(sysconf(_SC_CLK_TCK));
    const double total = double(b.total - a.total) * tick;
    const double self = double(b.self - a.self) * tick;
    const double server = b.server >= 0 && a.server >= 0 ? double(b.server - a.server) * tick : -1;
    const double busy = double(b.busy - a.busy) * tick;
    const double seconds = double(b.atMs - a.atMs) / 1000.0;
    if (total <= 0)
        return;
    std::printf("%s: cpu over %.2f s on %ld cores (%.2f core-s): nodes (this process) %.2f core-s (%.0f%%), ", phase,
                seconds, sysconf(_SC_NPROCESSORS_ONLN), total, self, 100.0 * self / total);
    if (server >= 0)
        std::printf("server %.2f (%.0f%%), other processes %.2f (%.0f%%), ", server, 100.0 * server / total,
                    qMax(0.0, busy - self - server), 100.0 * qMax(0.0, busy - self - server) / total);
    else
        std::printf("server n/a (not on this machine), other processes and server %.2f, ", qMax(0.0, busy - self));
    std::printf("idle %.2f (%.0f%%)\n", total - busy, 100.0 * (total - busy) / total);
    if (fires > 0)
        std::printf("%s: cpu per fire: nodes %.0f us, server %s\n", phase, self * 1e6 / double(fires),
                    server >= 0 ? qPrintable(QStringLiteral("%1 us").arg(server * 1e6 / double(fires), 0, 'f', 0)) : "n/a");
}

/// Samples the server's sessions of the store's database on a thread and connection of its own while a run goes on:
/// PostgreSQL's pg_stat_activity state and wait event (no wait event while active: on CPU), MariaDB's PROCESSLIST
/// command and state.
class SessionSampler
{
public:
    SessionSampler(const DatabaseUrl &url, int intervalMs)
    {
        if (url.kind() == DatabaseUrl::Kind::Sqlite || intervalMs <= 0)
            return;
        m_thread.reset(QThread::create([this, url, intervalMs] {
            ServerProbe probe(url, QStringLiteral("bench-sampler"));
            // MariaDB 10.11 crashed (in ha_maria::drop_table) on a GROUP BY over information_schema.PROCESSLIST run
            // every 20 ms beside four nodes; SHOW PROCESSLIST needs no temporary table, and this thread counts.
            const bool postgres = url.kind() == DatabaseUrl::Kind::PostgreSql;
            const QString sql = postgres
                ? QStringLiteral("SELECT coalesce(state, '?') || ' / ' || coalesce(wait_event_type || ':' || wait_event, "
                                 "'on CPU'), count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> "
                                 "pg_backend_pid() GROUP BY 1")
                : QStringLiteral("SHOW PROCESSLIST");
            const QString database = url.database();
            while (!m_stop.load()) {
                for (const QVariantList &row : probe.rows(sql)) {
                    if (postgres) {
                        m_counts[row.at(0).toString()] += row.at(1).toLongLong();
                    } else if (row.size() >= 8 && row.at(3).toString() == database
                               && !row.at(7).toString().startsWith(QLatin1String("SHOW PROCESSLIST"))) {
                        // Id, User, Host, db, Command, Time, State, Info, Progress
                        const QString state = row.at(6).toString();
                        m_counts[row.at(4).toString() + QStringLiteral(" / ") + (state.isEmpty() ? QStringLiteral("-") : state)] += 1;
                    }
                }
                ++m_samples;
                QThread::msleep(ulong(intervalMs));
            }
            m_queries = probe.queries();
        }));
        m_interval = intervalMs;
        m_thread->start();
    }
    ~SessionSampler() { stop(); }
    Q_DISABLE_COPY_MOVE(SessionSampler)

    /// Ends sampling (its connection closes with its thread); the counts are read after this.
    void stop()
    {
        if (!m_thread || m_thread->isFinished())
            return;
        m_stop = true;
        m_thread->wait();
    }
    qint64 queries() const { return m_queries; }
    void print(const char *phase) const
    {
        if (m_samples == 0)
            return;
        std::printf("%s: server sessions of this database, %lld samples every %d ms (average sessions in each state):\n",
                    phase, m_samples, m_interval);
        QList<std::pair<qint64, QString>> sorted;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &[count, state] : std::as_const(sorted).first(qMin<qsizetype>(8, sorted.size())))
            std::printf("  %5.2f  %s\n", double(count) / double(m_samples), qPrintable(state));
    }

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop{false};
    QHash<QString, qint64> m_counts;
    qint64 m_samples = 0;
    qint64 m_queries = 0;
    int m_interval = 0;
};

// ---- the run -------------------------------------------------------------------------------------------

std::shared_ptr<SqlJobStore> openStore(const DatabaseUrl &url, const QString &instanceId)
{
    SqlJobStore::Options options;
    options.instanceId = instanceId;
    Result<std::unique_ptr<SqlJobStore>> store = SqlJobStore::open(url, options);
    if (!store)
        die(store.error());
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

/// Stores the triggers on a thread of its own, whose connection closes when it ends (so that its transactions
/// are in the server's statistics before the run's first reading, not during the run), 2,000 per call: one call
/// with all of them takes far longer than in parts (60,000 in one call: 176 s on PostgreSQL; 2,000: 0.2 s).
/// Returns the elapsed ms.
qint64 storeTriggers(SqlJobStore &store, const JobDetail &job, const QList<Trigger> &triggers)
{
    QElapsedTimer timer;
    timer.start();
    Result<Done> result = Done{};
    std::unique_ptr<QThread> thread(QThread::create([&] {
        for (qsizetype i = 0; i < triggers.size() && result; i += 2000)
            result = store.storeJobAndTriggers(job, triggers.mid(i, 2000), true);
    }));
    thread->start();
    thread->wait();
    if (!result)
        die(result.error());
    return timer.elapsed();
}

struct Drained
{
    qint64 elapsedMs = 0;
    qint64 startedMs = 0; ///< how long starting every node took
    int committed = 0;
    QList<Metrics::Snapshot> metrics;
};

/// Starts one node per store and waits until \a expected results are committed (the jobFinished signal comes after
/// the completion transaction commits). \a drained runs at that moment, before the nodes shut down.
Drained drainNodes(const std::vector<std::shared_ptr<SqlJobStore>> &stores, const Options &o, int expected,
                   const std::function<void()> &drained)
{
    auto registry = std::make_shared<JobTypeRegistry>();
    (void)registerBuiltInJobTypes(*registry);
    std::atomic<int> committed{0};
    std::vector<std::unique_ptr<Scheduler>> nodes;
    std::vector<std::shared_ptr<Metrics>> metrics;
    for (const std::shared_ptr<SqlJobStore> &store : stores) {
        SchedulerConfig config;
        config.instanceId = store->options().instanceId;
        config.threadCount = o.threads;
        config.batchSize = o.batch;
        config.lookAheadMs = o.lookAheadMs;
        config.completionBatchSize = o.completionBatch;
        config.idleWaitMs = qMin<qint64>(100, o.lookAheadMs);
        config.checkinIntervalMs = o.checkinMs;
        auto node = std::make_unique<Scheduler>(store, registry, config);
        metrics.push_back(std::make_shared<Metrics>());
        node->setMetrics(metrics.back());
        QObject::connect(node.get(), &Scheduler::jobFinished, node.get(), [&committed](const ExecutionRecord &) {
            committed.fetch_add(1);
        }, Qt::DirectConnection);
        nodes.push_back(std::move(node));
    }
    Drained d;
    QElapsedTimer timer;
    timer.start();
    for (const std::unique_ptr<Scheduler> &node : nodes) {
        if (Result<Done> r = node->start(); !r)
            die(r.error());
    }
    d.startedMs = timer.elapsed();
    int seen = 0;
    qint64 progressAt = 0;
    while (committed.load() < expected) {
        QThread::msleep(1);
        if (committed.load() != seen) {
            seen = committed.load();
            progressAt = timer.elapsed();
        } else if (timer.elapsed() - progressAt > 60000) {
            std::fprintf(stderr, "bench_scheduler: gave up, nothing committed for 60 s, at %d of %d\n", seen, expected);
            break;
        }
    }
    d.elapsedMs = timer.elapsed();
    d.committed = committed.load();
    if (drained)
        drained();
    for (const std::unique_ptr<Scheduler> &node : nodes)
        node->shutdown(true, 10000);
    for (const std::shared_ptr<Metrics> &m : metrics)
        d.metrics << m->snapshot();
    return d;
}

/// Fires and completes \a expected triggers with store calls only (see --store-only), returns the elapsed ms.
qint64 drainStore(const std::shared_ptr<SqlJobStore> &store, const Options &o, int expected)
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
        request.instanceId = store->options().instanceId;
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

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

qint64 storeCommits(const std::vector<std::shared_ptr<SqlJobStore>> &stores)
{
    qint64 sum = 0;
    for (const std::shared_ptr<SqlJobStore> &store : stores)
        sum += store->commitCount();
    return sum;
}

/// One run (burst or sustained) with the server's counters, the CPU times and the session samples around it.
struct Measured
{
    Drained drained;
    CpuSample cpuStart;
    CpuSample cpuEnd;
    qint64 storeCommits = 0;
    std::optional<qint64> serverCommits; ///< delta, the sampler's own transactions subtracted
    std::optional<qint64> statements;    ///< delta, the benchmark's own statements left out or subtracted
};

Measured measure(const std::vector<std::shared_ptr<SqlJobStore>> &stores, const Options &o, ServerProbe &probe,
                 const DatabaseUrl &url, std::optional<qint64> serverPid, int expected, const char *phase)
{
    Measured m;
    const qint64 storeCommits0 = storeCommits(stores);
    probe.resetStatements();
    const std::optional<qint64> commits0 = probe.commits();
    const std::optional<qint64> statements0 = probe.statements();
    const qint64 probeQueries0 = probe.queries();
    SessionSampler sampler(url, o.sampleMs);
    m.cpuStart = cpuSample(serverPid);
    const auto drained = [&] {
        m.cpuEnd = cpuSample(serverPid);
        sampler.stop();
    };
    if (o.storeOnly.isEmpty()) {
        m.drained = drainNodes(stores, o, expected, drained);
    } else {
        m.drained.elapsedMs = drainStore(stores.front(), o, expected);
        m.drained.committed = expected;
        drained();
    }
    m.storeCommits = storeCommits(stores) - storeCommits0;
    QThread::msleep(1500); // sessions publish their statistics when idle or ending; the nodes' have just ended
    const std::optional<qint64> commits1 = probe.commits();
    const std::optional<qint64> statements1 = probe.statements();
    // Every sampler query is a transaction of its own on PostgreSQL (never a COMMIT statement on MariaDB) and a
    // Question on MariaDB, as are this probe's readings there; pg_stat_statements leaves both out by their text.
    const bool postgres = probe.kind() == DatabaseUrl::Kind::PostgreSql;
    if (commits0 && commits1)
        m.serverCommits = *commits1 - *commits0 - (postgres ? sampler.queries() : 0);
    if (statements0 && statements1)
        m.statements = *statements1 - *statements0 - (postgres ? 0 : sampler.queries() + probe.queries() - probeQueries0);
    sampler.print(phase);
    return m;
}

void printCounters(const char *phase, const Measured &m, const ServerProbe &probe, qint64 fires)
{
    const double n = double(qMax<qint64>(1, fires));
    std::printf("%s: commits per fire: stores %.4f (%lld commits)", phase, double(m.storeCommits) / n, m.storeCommits);
    if (m.serverCommits)
        std::printf(", server %.4f (%s delta %lld)", double(*m.serverCommits) / n,
                    probe.kind() == DatabaseUrl::Kind::PostgreSql ? "pg_stat_database.xact_commit" : "Com_commit",
                    *m.serverCommits);
    else
        std::printf(", server n/a");
    if (m.statements)
        std::printf("; statements per fire %.3f (%s delta %lld)\n", double(*m.statements) / n,
                    qPrintable(probe.statementSource()), *m.statements);
    else
        std::printf("; statements per fire n/a%s\n",
                    probe.kind() == DatabaseUrl::Kind::PostgreSql ? " (no pg_stat_statements extension in this database)" : "");
    printCpu(phase, m.cpuStart, m.cpuEnd, fires);
}

/// What the execution history says of the triggers whose names start with \a namePrefix.
struct HistoryCheck
{
    qint64 rows = 0;
    qint64 fires = 0; ///< distinct (trigger, scheduled time)
    QList<std::pair<QString, qint64>> perNode;
    QList<qint64> lateness; ///< FIRED_TIME - SCHED_TIME of every row
};

HistoryCheck checkHistory(ServerProbe &probe, const QString &table, const QString &namePrefix, bool lateness)
{
    HistoryCheck h;
    const QVariantList like{namePrefix + QLatin1Char('%')};
    const QList<QVariantList> totals = probe.rows(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(n), 0) FROM (SELECT COUNT(*) AS n FROM %1 WHERE TRIGGER_NAME LIKE ? "
                       "GROUP BY TRIGGER_GROUP, TRIGGER_NAME, SCHED_TIME) g").arg(table), like);
    if (totals.isEmpty())
        die(QStringLiteral("reading the execution history: ") + probe.lastError());
    h.fires = totals.first().at(0).toLongLong();
    h.rows = totals.first().at(1).toLongLong();
    const QList<QVariantList> nodes = probe.rows(
        QStringLiteral("SELECT INSTANCE_NAME, COUNT(*) FROM %1 WHERE TRIGGER_NAME LIKE ? GROUP BY INSTANCE_NAME "
                       "ORDER BY INSTANCE_NAME").arg(table), like);
    for (const QVariantList &row : nodes)
        h.perNode.append({row.at(0).toString(), row.at(1).toLongLong()});
    if (lateness) {
        const QList<QVariantList> rows =
            probe.rows(QStringLiteral("SELECT FIRED_TIME - SCHED_TIME FROM %1 WHERE TRIGGER_NAME LIKE ?").arg(table), like);
        for (const QVariantList &row : rows)
            h.lateness << row.first().toLongLong();
    }
    return h;
}

void printHistory(const char *phase, const HistoryCheck &h, int expected, const Drained &d)
{
    std::printf("%s: history: %lld rows for %lld (trigger, scheduled time) of %d: duplicates %lld, missing %lld\n", phase,
                h.rows, h.fires, expected, h.rows - h.fires, expected - h.fires);
    std::printf("%s: fired per node:", phase);
    for (const auto &[node, count] : h.perNode)
        std::printf(" %s %lld (%.1f%%)", qPrintable(node), count, 100.0 * double(count) / double(qMax<qint64>(1, h.rows)));
    std::printf("\n");
    if (d.metrics.isEmpty())
        return;
    std::printf("%s: claims per node:", phase);
    for (const Metrics::Snapshot &m : d.metrics)
        std::printf(" %llu of %.1f triggers on average;", m.claims, m.claims ? double(m.claimedTriggers) / double(m.claims) : 0.0);
    std::printf(" all nodes started within %lld ms\n", d.startedMs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Store URL (default: a temporary SQLite file)."), QStringLiteral("url"));
    const QCommandLineOption nodes(QStringLiteral("nodes"), QStringLiteral("Scheduler nodes in this process, each with its own store (default 1)."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption burst(QStringLiteral("burst"), QStringLiteral("Triggers due at once (default 10000; 0: no burst)."), QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Sustained fires per second (default 1000; 0: no sustained run)."), QStringLiteral("r"), QStringLiteral("1000"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Sustained run length (default 10)."), QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Worker threads per node (default 8)."), QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Claim batch size (default 100)."), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption lookAhead(QStringLiteral("look-ahead"), QStringLiteral("SchedulerConfig::lookAheadMs (default 2000)."), QStringLiteral("ms"), QStringLiteral("2000"));
    const QCommandLineOption completionBatch(QStringLiteral("completion-batch"), QStringLiteral("SchedulerConfig::completionBatchSize (default 500)."), QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption sampleMs(QStringLiteral("sample-ms"), QStringLiteral("Sample the server's sessions this often during each run (default 20; 0: never)."), QStringLiteral("ms"), QStringLiteral("20"));
    const QCommandLineOption checkinMs(QStringLiteral("checkin-ms"), QStringLiteral("SchedulerConfig::checkinIntervalMs (default 1000)."), QStringLiteral("ms"), QStringLiteral("1000"));
    const QCommandLineOption storeOnly(QStringLiteral("store-only"), QStringLiteral("No scheduler: fire with store calls only, \"due\" (fireDueTriggers) or \"claim\" (acquireNextTriggers + triggersFired)."), QStringLiteral("mode"));
    parser.addOptions({db, nodes, burst, rate, seconds, threads, batch, lookAhead, completionBatch, sampleMs, checkinMs, storeOnly});
    parser.process(app);
    Options o;
    QTemporaryDir tmp;
    o.url = parser.isSet(db) ? parser.value(db) : QStringLiteral("sqlite://") + tmp.filePath(QStringLiteral("bench.db"));
    o.nodes = parser.value(nodes).toInt();
    o.burst = parser.value(burst).toInt();
    o.rate = parser.value(rate).toInt();
    o.seconds = parser.value(seconds).toInt();
    o.threads = parser.value(threads).toInt();
    o.batch = parser.value(batch).toInt();
    o.lookAheadMs = parser.value(lookAhead).toLongLong();
    o.completionBatch = parser.value(completionBatch).toInt();
    o.sampleMs = parser.value(sampleMs).toInt();
    o.checkinMs = parser.value(checkinMs).toLongLong();
    o.storeOnly = parser.value(storeOnly);
    if (!o.storeOnly.isEmpty() && o.storeOnly != QLatin1String("due") && o.storeOnly != QLatin1String("claim")) {
        std::fprintf(stderr, "bench_scheduler: --store-only takes \"due\" or \"claim\"\n");
        return 2;
    }
    if (o.nodes < 1 || (!o.storeOnly.isEmpty() && o.nodes != 1)) {
        std::fprintf(stderr, "bench_scheduler: --nodes takes 1 or more (1 with --store-only)\n");
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
    std::vector<std::shared_ptr<SqlJobStore>> stores;
    for (int i = 1; i <= o.nodes; ++i)
        stores.push_back(openStore(*benchUrl, QStringLiteral("bench-node-%1").arg(i)));
    const SqlJobStore &store = *stores.front();
    ServerProbe probe(*url, QStringLiteral("bench-stats"));
    const std::optional<qint64> serverPid = probe.serverPid();
    const QString table = prefix + QStringLiteral("EXECUTION_HISTORY");
    std::printf("store: %s (%s)  nodes %d (threads of this one process, a store each)  threads %d  batch %d  look-ahead %lld ms  "
                "completion batch %d  check-in every %lld ms%s\n",
                qPrintable(store.dialect().displayName()), qPrintable(store.serverVersion()), o.nodes, o.threads, o.batch,
                o.lookAheadMs, o.completionBatch, o.checkinMs,
                o.storeOnly.isEmpty() ? "" : qPrintable(QStringLiteral("  store only: ") + o.storeOnly));
    std::printf("machine: %ld cores; server process %s\n", sysconf(_SC_NPROCESSORS_ONLN),
                serverPid ? qPrintable(QStringLiteral("pid %1 (its children counted with it)").arg(*serverPid))
                          : "not on this machine (no CPU split)");

    JobDetail job(JobKey(QStringLiteral("noop"), QStringLiteral("bench")), QStringLiteral("noop"));
    job.setDurable(true);

    // ---- burst -------------------------------------------------------------------------------------
    if (o.burst > 0) {
        const qint64 due = QDateTime::currentMSecsSinceEpoch() - 1000;
        storeTriggers(*stores.front(), job, oneShots(job.key(), QStringLiteral("burst-"), o.burst, due, 0));
        std::printf("burst: load average %s at start\n", qPrintable(loadAverage()));
        const Measured m = measure(stores, o, probe, *url, serverPid, o.burst, "burst");
        const HistoryCheck h = checkHistory(probe, table, QStringLiteral("burst-"), false);
        std::printf("burst: %d one-shot triggers, %d node(s): drained in %lld ms = %.0f fires/s (%d results committed)\n",
                    o.burst, o.nodes, m.drained.elapsedMs, o.burst * 1000.0 / double(qMax<qint64>(1, m.drained.elapsedMs)),
                    m.drained.committed);
        printHistory("burst", h, o.burst, m.drained);
        printCounters("burst", m, probe, o.burst);
        probe.printTopStatements("burst", 10, o.burst);
    }

    // ---- sustained ---------------------------------------------------------------------------------
    if (o.rate > 0 && o.seconds > 0) {
        const int count = o.rate * o.seconds;
        // Time to store them all before the first is due (about 10,000 a second on PostgreSQL here).
        const qint64 headStart = 3000 + count / 10;
        const qint64 first = QDateTime::currentMSecsSinceEpoch() + headStart;
        const qint64 storeMs = storeTriggers(*stores.front(), job,
                                             oneShots(job.key(), QStringLiteral("steady-"), count, first, 1000.0 / o.rate));
        std::printf("sustained: load average %s at start; %d triggers stored in %lld ms (head start %lld ms)\n",
                    qPrintable(loadAverage()), count, storeMs, headStart);
        if (QDateTime::currentMSecsSinceEpoch() > first)
            std::printf("sustained: WARNING: storing took longer than the head start; the first fires are late for it\n");
        const Measured m = measure(stores, o, probe, *url, serverPid, count, "sustained");
        const HistoryCheck h = checkHistory(probe, table, QStringLiteral("steady-"), true);
        std::printf("sustained: %d fires at %d/s, %d node(s): lateness p50 %lld ms, p99 %lld ms, max %lld ms (history "
                    "FIRED_TIME - SCHED_TIME)\n",
                    count, o.rate, o.nodes, percentile(h.lateness, 0.5), percentile(h.lateness, 0.99),
                    percentile(h.lateness, 1.0));
        printHistory("sustained", h, count, m.drained);
        printCounters("sustained", m, probe, count);
    }
    return 0;
}
