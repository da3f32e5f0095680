// Three real `qronosctl node` processes share one database, as a cluster does: for PostgreSQL and MariaDB this test
// starts a throw-away server of its own, stores 200 no-op triggers firing every second (cron and simple, over
// several jobs and groups) and a few one-shots, all within a bounded window, runs three nodes with different
// instance ids through it and audits the execution history:
//  - spread: every (trigger, scheduled time) of the window ran exactly once (no duplicate, none missed outside the
//    misfire log), each node ran a fair share, lateness stays reasonable; SIGTERM ends every node with exit code 0;
//  - sigkill: one node is killed with SIGKILL in the middle of the run while the others go on. What it had claimed
//    but not fired stays claimed (fail-over by survivors is not built yet) until it is started again with the same
//    instance id and recovers its own leftovers; then still no duplicate and nothing missed, and a fire that was in
//    flight when it died is recorded once, as failed.
//
// The servers come from tests/support/pgserver.sh and mariadbserver.sh. Without the server binaries the case is
// skipped, unless QRONOS_REQUIRE_SERVERS=1 (CI), where that is a failure.

#include "schedule/cronexpression.h"
#include "schedule/firetimes.h"
#include "store/databaseurl.h"
#include "store/sqljobstore.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qronos;

namespace {

constexpr int kTriggerCount = 200;
constexpr int kJobCount = 8;
constexpr int kGroupCount = 4;
constexpr int kOneShotCount = 4;

QString binary() { return QStringLiteral(QRONOSCTL_PATH); }

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QString isoAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

bool serversRequired() { return qEnvironmentVariable("QRONOS_REQUIRE_SERVERS") == QLatin1String("1"); }

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString fireKey(const TriggerKey &trigger, qint64 scheduledMs)
{
    return trigger.toString() + QLatin1Char('@') + isoAt(scheduledMs);
}

qint64 percentile(QList<qint64> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qBound<qsizetype>(0, qsizetype(std::ceil(q * double(values.size()))) - 1, values.size() - 1);
    return values.at(rank);
}

/// What the audit of one run found.
struct Audit
{
    int expected = 0;
    int rows = 0;
    int duplicates = 0;
    int missed = 0;
    int explainedByMisfire = 0;
    int unexpected = 0;
    int failed = 0;
    QMap<QString, int> perNode;
    QList<qint64> lateness;
    QStringList problems; ///< the first few duplicates, missed and unexpected fires, for the failure message
};

} // namespace

class tst_Cluster final : public QObject
{
    Q_OBJECT

private slots:
    void spread_data();
    void spread();
    void sigkill_data() { spread_data(); }
    void sigkill();

private:
    /// Starts the server of the current data row into \a directory and opens the store on it; false (with the
    /// test skipped or failed) when that is not possible.
    bool startServer(const QString &directory);
    /// Runs tests/support/<script> <command> <dir>; its exit code (-1 when it hangs), stdout in \a out.
    int server(const QString &command, QByteArray *out = nullptr);
    /// Starts `qronosctl node` with \a id; stdout and stderr are appended to <dir>/<id>.out and .err.
    std::unique_ptr<QProcess> startNode(const QString &id);
    /// Waits until the node with \a id says it runs (it has recovered its leftovers and checked in) for the
    /// \a start th time (a restarted node appends to the same file).
    bool waitUntilRunning(const QString &id, QProcess &node, int start = 1);
    /// Stores the schedule: kTriggerCount triggers firing every second from \a startMs, \a seconds times, and
    /// kOneShotCount one-shots within that window. Returns every expected fire (fireKey()).
    QSet<QString> storeSchedule(qint64 startMs, int seconds);
    /// Waits until every expected fire is in the history, or until \a deadlineMs.
    void waitForHistory(const QSet<QString> &expected, qint64 deadlineMs);
    QList<ExecutionRecord> history();
    Audit audit(const QSet<QString> &expected, const QList<ExecutionRecord> &rows);
    /// SIGTERM to each running node; checks each ends with exit code 0.
    void stopNodes(std::vector<std::unique_ptr<QProcess>> &nodes, const QStringList &ids);

    QString m_script;
    QString m_serverDir;
    QString m_logDir;
    QString m_db;
    std::unique_ptr<SqlJobStore> m_store;
};

void tst_Cluster::spread_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("package");
    QTest::newRow("postgresql") << QStringLiteral("pgserver.sh") << QStringLiteral("postgresql");
    QTest::newRow("mariadb") << QStringLiteral("mariadbserver.sh") << QStringLiteral("mariadb-server");
}

int tst_Cluster::server(const QString &command, QByteArray *out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral("bash"),
            {QStringLiteral(QRONOS_SOURCE_DIR "/tests/support/") + m_script, command, m_serverDir});
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        qWarning("%s %s did not finish", qPrintable(m_script), qPrintable(command));
        return -1;
    }
    const QByteArray err = p.readAllStandardError();
    if (p.exitCode() != 0 && p.exitCode() != 3)
        qWarning("%s %s exited %d: %s", qPrintable(m_script), qPrintable(command), p.exitCode(), err.constData());
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool tst_Cluster::startServer(const QString &directory)
{
    QFETCH(QString, script);
    QFETCH(QString, package);
    m_script = script;
    m_serverDir = directory;
    m_store.reset();
    QByteArray url;
    const int started = server(QStringLiteral("start"), &url);
    if (started == 3) {
        const QString message = QStringLiteral("%1 found no server binaries; install them with: sudo apt-get install %2")
                                    .arg(script, package);
        if (serversRequired())
            [&] { QFAIL(qPrintable(message + QStringLiteral(" (QRONOS_REQUIRE_SERVERS=1)"))); }();
        else
            [&] { QSKIP(qPrintable(message)); }();
        return false;
    }
    m_db = QString::fromUtf8(url.trimmed());
    if (started != 0 || m_db.isEmpty()) {
        [&] { QFAIL(qPrintable(QStringLiteral("%1 start failed (exit code %2)").arg(script).arg(started))); }();
        return false;
    }
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(m_db);
    if (!parsed) {
        [&] { QFAIL(qPrintable(parsed.error())); }();
        return false;
    }
    SqlJobStore::Options options;
    options.instanceId = QStringLiteral("cluster-test");
    Result<std::unique_ptr<SqlJobStore>> store = SqlJobStore::open(*parsed, options);
    if (!store) {
        [&] { QFAIL(qPrintable(store.error())); }();
        return false;
    }
    m_store = std::move(store).value();
    return true;
}

std::unique_ptr<QProcess> tst_Cluster::startNode(const QString &id)
{
    auto node = std::make_unique<QProcess>();
    node->setStandardOutputFile(m_logDir + QLatin1Char('/') + id + QStringLiteral(".out"), QIODevice::Append);
    node->setStandardErrorFile(m_logDir + QLatin1Char('/') + id + QStringLiteral(".err"), QIODevice::Append);
    // Batches of 20: the 200 fires of a second take ten claims, so every node gets some. With the default 100,
    // two claims take a whole second's fires and the third node may get next to none (a node claims all it can).
    node->start(binary(), {QStringLiteral("--db"), m_db, QStringLiteral("node"), QStringLiteral("--instance-id"), id,
                           QStringLiteral("--idle-wait"), QStringLiteral("200ms"), QStringLiteral("--threads"),
                           QStringLiteral("4"), QStringLiteral("--batch-size"), QStringLiteral("20"),
                           QStringLiteral("--grace-period"), QStringLiteral("10"), QStringLiteral("--log-format"),
                           QStringLiteral("json")});
    return node;
}

bool tst_Cluster::waitUntilRunning(const QString &id, QProcess &node, int start)
{
    const QString errPath = m_logDir + QLatin1Char('/') + id + QStringLiteral(".err");
    const QByteArray running = "qronosctl node: node " + id.toUtf8() + " runs on ";
    const qint64 deadline = nowMs() + 20000;
    while (nowMs() < deadline) {
        if (readFile(errPath).count(running) >= start)
            return true;
        if (node.state() == QProcess::NotRunning) {
            qWarning("node %s ended (exit code %d): %s", qPrintable(id), node.exitCode(), readFile(errPath).constData());
            return false;
        }
        QTest::qWait(50);
    }
    qWarning("node %s did not start within 20 s: %s", qPrintable(id), readFile(errPath).constData());
    return false;
}

QSet<QString> tst_Cluster::storeSchedule(qint64 startMs, int seconds)
{
    QSet<QString> expected;
    const qint64 endMs = startMs + qint64(seconds) * 1000 - 1; // the last fire is at start + (seconds - 1) s
    const Result<CronExpression> everySecond = CronExpression::parse(QStringLiteral("* * * * * ?"));
    [&] { QVERIFY2(everySecond, qPrintable(everySecond.error())); }();
    for (int j = 0; j < kJobCount; ++j) {
        const QString group = QStringLiteral("cluster-g%1").arg(j % kGroupCount);
        const JobDetail job(JobKey(QStringLiteral("job%1").arg(j), group), QStringLiteral("noop"));
        QList<Trigger> triggers;
        for (int i = j; i < kTriggerCount; i += kJobCount) {
            // Even triggers are cron, odd ones simple: both kinds, the same fire times.
            const TriggerKey key(QStringLiteral("t%1").arg(i, 3, 10, QLatin1Char('0')), group);
            Trigger t = i % 2 == 0 ? Trigger(key, job.key(), CronSchedule{*everySecond})
                                   : Trigger(key, job.key(), SimpleSchedule{1000, seconds - 1});
            t.setStartTime(startMs);
            t.setEndTime(endMs);
            t.setTimeZoneId("UTC");
            FireTimes::computeFirstFireTime(t, nullptr);
            const QList<qint64> fires = FireTimes::computeFireTimes(t, nullptr, seconds + 5);
            [&] { QCOMPARE(fires.size(), seconds); }();
            for (qint64 fire : fires)
                expected.insert(fireKey(key, fire));
            triggers.append(t);
        }
        if (Result<Done> r = m_store->storeJobAndTriggers(job, triggers, false); !r)
            [&] { QFAIL(qPrintable(r.error())); }();
    }
    // One-shots at odd moments within the window.
    const JobDetail once(JobKey(QStringLiteral("once"), QStringLiteral("cluster-oneshots")), QStringLiteral("noop"));
    QList<Trigger> oneShots;
    for (int i = 0; i < kOneShotCount; ++i) {
        const TriggerKey key(QStringLiteral("once%1").arg(i), once.key().group());
        Trigger t(key, once.key(), SimpleSchedule{0, 0});
        t.setStartTime(startMs + 1250 + qint64(i) * (qint64(seconds) * 1000 - 2500) / kOneShotCount);
        t.setTimeZoneId("UTC");
        FireTimes::computeFirstFireTime(t, nullptr);
        expected.insert(fireKey(key, t.startTime()));
        oneShots.append(t);
    }
    if (Result<Done> r = m_store->storeJobAndTriggers(once, oneShots, false); !r)
        [&] { QFAIL(qPrintable(r.error())); }();
    return expected;
}

QList<ExecutionRecord> tst_Cluster::history()
{
    HistoryQuery query;
    query.limit = 1000000;
    Result<QList<ExecutionRecord>> rows = m_store->history(query);
    if (!rows) {
        qWarning("history: %s", qPrintable(rows.error()));
        return {};
    }
    return *rows;
}

void tst_Cluster::waitForHistory(const QSet<QString> &expected, qint64 deadlineMs)
{
    // Every second, not every 50 ms as QTRY_ would: the query must not load the server the nodes share.
    while (nowMs() < deadlineMs) {
        QSet<QString> seen;
        for (const ExecutionRecord &r : history())
            seen.insert(fireKey(r.trigger, r.scheduledTime));
        if (seen.contains(expected))
            return;
        QTest::qWait(1000);
    }
}

Audit tst_Cluster::audit(const QSet<QString> &expected, const QList<ExecutionRecord> &rows)
{
    Audit a;
    a.expected = int(expected.size());
    a.rows = int(rows.size());
    Result<QList<MisfireRecord>> misfires = m_store->misfireLog(std::nullopt, 100000);
    QList<MisfireRecord> misfireRows;
    if (misfires)
        misfireRows = *misfires;
    else
        a.problems << QStringLiteral("misfire log: ") + misfires.error();
    QHash<QString, int> count;
    for (const ExecutionRecord &r : rows) {
        const QString key = fireKey(r.trigger, r.scheduledTime);
        if (++count[key] == 2) {
            ++a.duplicates;
            if (a.problems.size() < 20)
                a.problems << QStringLiteral("fired twice: ") + key;
        }
        if (!expected.contains(key)) {
            ++a.unexpected;
            if (a.problems.size() < 20)
                a.problems << QStringLiteral("not in the schedule: %1 on %2").arg(key, r.instanceId);
        }
        if (r.status != ExecutionStatus::Succeeded)
            ++a.failed;
        ++a.perNode[r.instanceId];
        a.lateness.append(r.fireTime - r.scheduledTime);
    }
    for (const QString &key : expected) {
        if (count.contains(key))
            continue;
        // A fire missed and handled by its misfire instruction is in the misfire log: the record's scheduled time
        // up to (not including) the next fire time it set.
        bool explained = false;
        for (const MisfireRecord &m : std::as_const(misfireRows)) {
            const QString trigger = m.trigger.toString() + QLatin1Char('@');
            if (!key.startsWith(trigger))
                continue;
            const qint64 at = QDateTime::fromString(key.mid(trigger.size()), Qt::ISODateWithMs).toMSecsSinceEpoch();
            explained = explained || (at >= m.scheduledTime && (!m.nextFireTime || at < *m.nextFireTime));
        }
        if (explained) {
            ++a.explainedByMisfire;
        } else {
            ++a.missed;
            if (a.problems.size() < 20)
                a.problems << QStringLiteral("never fired: ") + key;
        }
    }
    return a;
}

void tst_Cluster::stopNodes(std::vector<std::unique_ptr<QProcess>> &nodes, const QStringList &ids)
{
    for (auto &node : nodes) {
        if (node->state() != QProcess::NotRunning)
            node->terminate();
    }
    for (size_t i = 0; i < nodes.size(); ++i) {
        QProcess &node = *nodes[i];
        const QString errPath = m_logDir + QLatin1Char('/') + ids.at(qsizetype(i)) + QStringLiteral(".err");
        QVERIFY2(node.waitForFinished(30000), qPrintable(ids.at(qsizetype(i)) + QStringLiteral(" did not stop")));
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0, readFile(errPath).constData());
    }
}

void tst_Cluster::spread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_logDir = dir.path();
    if (!startServer(dir.filePath(QStringLiteral("server"))))
        return;
    const auto stopServer = qScopeGuard([this] {
        m_store.reset();
        server(QStringLiteral("stop"));
    });

    const QStringList ids{QStringLiteral("node-a"), QStringLiteral("node-b"), QStringLiteral("node-c")};
    std::vector<std::unique_ptr<QProcess>> nodes;
    // Declared after stopServer, so it runs first: no node outlives the test or sees its server stopped.
    const auto killNodes = qScopeGuard([&] {
        for (size_t i = 0; i < nodes.size(); ++i) {
            if (nodes[i]->state() != QProcess::NotRunning) {
                nodes[i]->kill();
                nodes[i]->waitForFinished(5000);
            }
            if (QTest::currentTestFailed())
                qWarning("%s stderr:\n%s", qPrintable(ids.at(qsizetype(i))),
                         readFile(m_logDir + QLatin1Char('/') + ids.at(qsizetype(i)) + QStringLiteral(".err")).constData());
        }
    });
    for (const QString &id : ids)
        nodes.push_back(startNode(id));
    for (size_t i = 0; i < nodes.size(); ++i)
        QVERIFY(waitUntilRunning(ids.at(qsizetype(i)), *nodes[i]));

    // The window starts on a whole second, after the nodes run; they notice the new triggers within their idle wait.
    constexpr int seconds = 20;
    const qint64 start = (nowMs() / 1000 + 3) * 1000;
    const QSet<QString> expected = storeSchedule(start, seconds);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(nowMs() < start - 500, "storing the schedule took too long for the planned window");
    const qint64 end = start + qint64(seconds) * 1000;
    QTest::qWait(int(end - nowMs()));
    waitForHistory(expected, nowMs() + 20000);
    for (size_t i = 0; i < nodes.size(); ++i)
        QVERIFY2(nodes[i]->state() == QProcess::Running, qPrintable(ids.at(qsizetype(i)) + QStringLiteral(" ended")));
    stopNodes(nodes, ids);
    if (QTest::currentTestFailed())
        return;

    const QList<ExecutionRecord> rows = history();
    const Audit a = audit(expected, rows);
    QStringList shares;
    for (auto it = a.perNode.cbegin(); it != a.perNode.cend(); ++it)
        shares << QStringLiteral("%1 %2 (%3%)").arg(it.key()).arg(it.value()).arg(100.0 * it.value() / qMax(1, a.rows), 0, 'f', 1);
    qInfo("%s: %d fires expected, %d history rows, %d duplicates, %d missed, %d explained by the misfire log, "
          "%d not in the schedule, %d not succeeded; per node: %s; lateness p50 %lld ms, p99 %lld ms, max %lld ms",
          QTest::currentDataTag(), a.expected, a.rows, a.duplicates, a.missed, a.explainedByMisfire, a.unexpected,
          a.failed, qPrintable(shares.join(QStringLiteral(", "))), percentile(a.lateness, 0.5),
          percentile(a.lateness, 0.99), percentile(a.lateness, 1.0));
    const QByteArray problems = a.problems.join(QLatin1Char('\n')).toUtf8();
    QVERIFY2(a.duplicates == 0, problems.constData());
    QVERIFY2(a.missed == 0, problems.constData());
    QVERIFY2(a.unexpected == 0, problems.constData());
    QCOMPARE(a.failed, 0);
    QCOMPARE(a.rows, a.expected - a.explainedByMisfire);
    // Load spreads: each node ran at least a tenth of the fires.
    QCOMPARE(a.perNode.size(), 3);
    for (auto it = a.perNode.cbegin(); it != a.perNode.cend(); ++it)
        QVERIFY2(it.value() * 10 >= a.rows, qPrintable(shares.join(QStringLiteral(", "))));
    // Three nodes and the server share two cores here: only a generous bound.
    QVERIFY2(percentile(a.lateness, 0.99) < 3000,
             qPrintable(QStringLiteral("lateness p99 %1 ms").arg(percentile(a.lateness, 0.99))));
}

void tst_Cluster::sigkill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_logDir = dir.path();
    if (!startServer(dir.filePath(QStringLiteral("server"))))
        return;
    const auto stopServer = qScopeGuard([this] {
        m_store.reset();
        server(QStringLiteral("stop"));
    });

    const QStringList ids{QStringLiteral("node-a"), QStringLiteral("node-b"), QStringLiteral("node-c")};
    const QString victim = ids.at(2);
    std::vector<std::unique_ptr<QProcess>> nodes;
    const auto killNodes = qScopeGuard([&] {
        for (size_t i = 0; i < nodes.size(); ++i) {
            if (nodes[i]->state() != QProcess::NotRunning) {
                nodes[i]->kill();
                nodes[i]->waitForFinished(5000);
            }
            if (QTest::currentTestFailed())
                qWarning("%s stderr:\n%s", qPrintable(ids.at(qsizetype(i))),
                         readFile(m_logDir + QLatin1Char('/') + ids.at(qsizetype(i)) + QStringLiteral(".err")).constData());
        }
    });
    for (const QString &id : ids)
        nodes.push_back(startNode(id));
    for (size_t i = 0; i < nodes.size(); ++i)
        QVERIFY(waitUntilRunning(ids.at(qsizetype(i)), *nodes[i]));

    constexpr int seconds = 16;
    const qint64 start = (nowMs() / 1000 + 3) * 1000;
    const QSet<QString> expected = storeSchedule(start, seconds);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(nowMs() < start - 500, "storing the schedule took too long for the planned window");

    // SIGKILL 100 ms before a second begins, when the nodes hold their claims for it (200 ms look-ahead).
    QTest::qWait(int(start + 5000 - 100 - nowMs()));
    nodes[2]->kill();
    QVERIFY(nodes[2]->waitForFinished(10000));
    const qint64 killedAt = nowMs();

    // Down for three seconds; meanwhile no one fires what the dead node had claimed: those triggers stay ACQUIRED
    // with a fire time in the past, the same in two looks 1.4 s apart (a survivor fires its own claims within
    // milliseconds of their time, and then they move on to the next second).
    const auto acquiredAndDue = [this, killedAt] {
        QSet<QString> found;
        Result<QList<StoredTrigger>> triggers = m_store->listTriggers(ListQuery());
        if (!triggers) {
            qWarning("triggers: %s", qPrintable(triggers.error()));
            return found;
        }
        for (const StoredTrigger &st : *triggers) {
            if (st.state == TriggerState::Acquired && st.trigger.nextFireTime()
                && *st.trigger.nextFireTime() <= killedAt + 300)
                found.insert(fireKey(st.trigger.key(), *st.trigger.nextFireTime()));
        }
        return found;
    };
    QTest::qWait(1500);
    QSet<QString> stranded = acquiredAndDue();
    QTest::qWait(1400);
    stranded.intersect(acquiredAndDue());
    const qint64 restartedAt = nowMs();
    nodes[2] = startNode(victim);
    QVERIFY(waitUntilRunning(victim, *nodes[2], 2));

    const qint64 end = start + qint64(seconds) * 1000;
    QTest::qWait(int(qMax<qint64>(0, end - nowMs())));
    waitForHistory(expected, nowMs() + 20000);
    for (size_t i = 0; i < nodes.size(); ++i)
        QVERIFY2(nodes[i]->state() == QProcess::Running, qPrintable(ids.at(qsizetype(i)) + QStringLiteral(" ended")));
    stopNodes(nodes, ids);
    if (QTest::currentTestFailed())
        return;

    const QList<ExecutionRecord> rows = history();
    const Audit a = audit(expected, rows);
    QStringList shares;
    for (auto it = a.perNode.cbegin(); it != a.perNode.cend(); ++it)
        shares << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    const QString recoveryLine = QString::fromUtf8(readFile(m_logDir + QLatin1Char('/') + victim + QStringLiteral(".err")))
                                     .split(QLatin1Char('\n'))
                                     .filter(QStringLiteral("ecover"))
                                     .join(QStringLiteral(" | "));
    qInfo("%s: killed %s at %s, restarted %lld ms later; %d of its claims stranded meanwhile; %d fires expected, "
          "%d history rows, %d duplicates, %d missed, %d explained by the misfire log, %d not in the schedule, "
          "%d failed (in flight at the kill); per node: %s; lateness p50 %lld ms, p99 %lld ms, max %lld ms; "
          "recovery: %s",
          QTest::currentDataTag(), qPrintable(victim), qPrintable(isoAt(killedAt)), restartedAt - killedAt,
          int(stranded.size()), a.expected, a.rows, a.duplicates, a.missed, a.explainedByMisfire, a.unexpected,
          a.failed, qPrintable(shares.join(QStringLiteral(", "))), percentile(a.lateness, 0.5),
          percentile(a.lateness, 0.99), percentile(a.lateness, 1.0), qPrintable(recoveryLine));
    const QByteArray problems = a.problems.join(QLatin1Char('\n')).toUtf8();
    QVERIFY2(a.duplicates == 0, problems.constData());
    QVERIFY2(a.missed == 0, problems.constData());
    QVERIFY2(a.unexpected == 0, problems.constData());
    QCOMPARE(a.rows, a.expected - a.explainedByMisfire);

    for (const ExecutionRecord &r : rows) {
        const QString key = fireKey(r.trigger, r.scheduledTime);
        QCOMPARE(r.attempt, 1); // noop jobs neither retry nor request recovery
        // Nothing ran on the dead node while it was down.
        if (r.instanceId == victim)
            QVERIFY2(r.fireTime <= killedAt || r.fireTime >= restartedAt, qPrintable(key));
        // What it had claimed was fired by no one until it came back and gave it up.
        if (stranded.contains(key))
            QVERIFY2(r.fireTime >= restartedAt,
                     qPrintable(QStringLiteral("%1, claimed by the dead node, ran on %2 at %3, before its restart")
                                    .arg(key, r.instanceId, isoAt(r.fireTime))));
        // A fire in flight when it died is recorded once, as failed, by its recovery; every other fire succeeded.
        if (r.status != ExecutionStatus::Succeeded) {
            QCOMPARE(r.status, ExecutionStatus::Failed);
            QCOMPARE(r.instanceId, victim);
            QVERIFY2(r.fireTime <= killedAt, qPrintable(key));
            QVERIFY(!r.errorMessage.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(tst_Cluster)
#include "tst_cluster.moc"
