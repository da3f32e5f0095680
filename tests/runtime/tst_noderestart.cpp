// Real `qronosctl node` processes on a SQLite file: a node is killed (SIGKILL) while jobs run, and started
// again with the same instance id. Nothing scheduled is lost; the job that requests recovery runs again,
// marked recovering; the other is recorded as failed; fires missed while the node was down follow their
// misfire instruction; SIGTERM stops a node cleanly. A second node on the same SQLite file is refused, as is a
// second live process with the same instance id; `qronosctl nodes` shows the node while it runs; `qronosctl
// interrupt` stops a job the node runs, through the database.

#include <QDateTime>
#include <QFile>
#include <QScopeGuard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString binary() { return QStringLiteral(QRONOSCTL_PATH); }

/// Whatever fails in a test, no node it started outlives it: SIGKILL at the end of the scope (the node the pointer
/// holds then, a restarted one included).
auto killAtExit(std::unique_ptr<QProcess> &node)
{
    return qScopeGuard([&node] {
        if (node && node->state() != QProcess::NotRunning) {
            node->kill();
            node->waitForFinished(5000);
        }
    });
}

QString isoIn(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + ms, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace

class tst_NodeRestart final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedNodeRecoversOnRestart();
    void sigtermStopsCleanly();
    void secondNodeRefused();
    void interruptThroughTheDatabase();

private:
    /// Runs qronosctl to completion; returns stdout, fails the test on a non-zero exit.
    QByteArray ctl(const QStringList &arguments, int expectedExit = 0);
    QJsonArray historyJson(const QStringList &filters = {});
    std::unique_ptr<QProcess> startNode(const QString &logName);

    QTemporaryDir m_dir;
    QString m_db;
};

void tst_NodeRestart::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("restart.db"));
}

QByteArray tst_NodeRestart::ctl(const QStringList &arguments, int expectedExit)
{
    QProcess p;
    p.start(binary(), QStringList{QStringLiteral("--db"), m_db} + arguments);
    if (!p.waitForFinished(30000)) {
        p.kill();
        qWarning("qronosctl %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
        return {};
    }
    const QByteArray err = p.readAllStandardError();
    if (p.exitCode() != expectedExit)
        qWarning("qronosctl %s exited %d: %s", qPrintable(arguments.join(QLatin1Char(' '))), p.exitCode(), err.constData());
    [&] { QCOMPARE(p.exitCode(), expectedExit); }();
    return p.readAllStandardOutput();
}

QJsonArray tst_NodeRestart::historyJson(const QStringList &filters)
{
    const QByteArray out = ctl(QStringList{QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("json"),
                                           QStringLiteral("--limit"), QStringLiteral("1000")}
                               + filters);
    return QJsonDocument::fromJson(out).array();
}

std::unique_ptr<QProcess> tst_NodeRestart::startNode(const QString &logName)
{
    auto node = std::make_unique<QProcess>();
    node->setStandardOutputFile(m_dir.filePath(logName + QStringLiteral(".out")), QIODevice::Append);
    node->setStandardErrorFile(m_dir.filePath(logName + QStringLiteral(".err")), QIODevice::Append);
    node->start(binary(), {QStringLiteral("--db"), m_db, QStringLiteral("node"), QStringLiteral("--instance-id"),
                           QStringLiteral("restart-node"), QStringLiteral("--misfire-threshold"), QStringLiteral("1s"),
                           QStringLiteral("--idle-wait"), QStringLiteral("200ms"), QStringLiteral("--grace-period"),
                           QStringLiteral("10")});
    if (!node->waitForStarted(10000))
        qWarning("qronosctl node did not start");
    return node;
}

void tst_NodeRestart::killedNodeRecoversOnRestart()
{
    ctl({QStringLiteral("init")});
    // Two jobs that are mid-run when the node dies; one asks to be recovered.
    ctl({QStringLiteral("add-job"), QStringLiteral("--name"), QStringLiteral("recoverable"), QStringLiteral("--group"),
         QStringLiteral("t"), QStringLiteral("--type"), QStringLiteral("shell"), QStringLiteral("--arg"),
         QStringLiteral("sleep"), QStringLiteral("--arg"), QStringLiteral("3"), QStringLiteral("--requests-recovery"),
         QStringLiteral("--durable"), QStringLiteral("--at"), isoIn(1500)});
    ctl({QStringLiteral("add-job"), QStringLiteral("--name"), QStringLiteral("plain"), QStringLiteral("--group"),
         QStringLiteral("t"), QStringLiteral("--type"), QStringLiteral("shell"), QStringLiteral("--arg"),
         QStringLiteral("sleep"), QStringLiteral("--arg"), QStringLiteral("3"), QStringLiteral("--durable"),
         QStringLiteral("--at"), isoIn(1500)});
    // A job due every second that must not catch up on the fires it missed.
    ctl({QStringLiteral("add-job"), QStringLiteral("--name"), QStringLiteral("tick"), QStringLiteral("--group"),
         QStringLiteral("t"), QStringLiteral("--type"), QStringLiteral("noop"), QStringLiteral("--cron"),
         QStringLiteral("* * * * * ?"), QStringLiteral("--tz"), QStringLiteral("UTC"), QStringLiteral("--misfire"),
         QStringLiteral("DO_NOTHING")});

    auto node = startNode(QStringLiteral("first"));
    const auto stopNode = killAtExit(node);
    // Wait until both long jobs run (they are in FIRED_TRIGGERS as EXECUTING); ticks succeed meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(historyJson({QStringLiteral("--job"), QStringLiteral("t.tick")}).size() >= 1, 15000);
    QTest::qWait(1500);
    node->kill(); // SIGKILL: no clean-up at all
    QVERIFY(node->waitForFinished(10000));
    const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(historyJson({QStringLiteral("--job"), QStringLiteral("t.recoverable")}).size(), 0);
    const qsizetype ticksBefore = historyJson({QStringLiteral("--job"), QStringLiteral("t.tick")}).size();

    QTest::qWait(4000); // the node is down for four seconds: about four ticks are missed

    const qint64 restartedAt = QDateTime::currentMSecsSinceEpoch();
    node = startNode(QStringLiteral("second"));
    // The recoverable job runs again, marked recovering, as attempt 2 of the same fire.
    const auto recoveredRun = [this] {
        for (const QJsonValue &row : historyJson({QStringLiteral("--job"), QStringLiteral("t.recoverable")})) {
            if (row.toObject().value(QStringLiteral("recovering")).toBool())
                return row.toObject();
        }
        return QJsonObject();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!recoveredRun().isEmpty(), 20000);
    const QJsonObject recovered = recoveredRun();
    QCOMPARE(recovered.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(recovered.value(QStringLiteral("recovering")).toBool(), true);
    QCOMPARE(recovered.value(QStringLiteral("attempt")).toInt(), 2);
    QCOMPARE(recovered.value(QStringLiteral("node")).toString(), QStringLiteral("restart-node"));
    // The other one is recorded as failed, with the reason.
    const QJsonArray plain = historyJson({QStringLiteral("--job"), QStringLiteral("t.plain")});
    QCOMPARE(plain.size(), 1); // never re-run
    QCOMPARE(plain.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY(!plain.at(0).toObject().value(QStringLiteral("error")).toString().isEmpty());

    // DO_NOTHING: the ticks missed while the node was down were skipped, not run late in a burst. (A tick due in
    // the last second before the restart is within the 1 s misfire threshold and may still run.)
    QTest::qWait(1500);
    const QJsonArray ticks = historyJson({QStringLiteral("--job"), QStringLiteral("t.tick")});
    QVERIFY(ticks.size() > ticksBefore); // it ticks again
    for (const QJsonValue &row : ticks) {
        const QString scheduled = row.toObject().value(QStringLiteral("scheduled_time")).toString();
        const qint64 at = QDateTime::fromString(scheduled, Qt::ISODateWithMs).toMSecsSinceEpoch();
        QVERIFY2(at <= killedAt + 1000 || at >= restartedAt - 1500,
                 qPrintable(QStringLiteral("tick due at %1 ran although the node was down").arg(scheduled)));
    }
    QFile log(m_dir.filePath(QStringLiteral("second.out")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray printed = log.readAll();
    QVERIFY2(printed.contains("MISFIRED") && printed.contains("t.tick"), printed.constData());
    // Nothing scheduled was lost.
    const QByteArray triggers = ctl({QStringLiteral("triggers"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(triggers.contains("tick"), triggers.constData());
    const QByteArray jobs = ctl({QStringLiteral("jobs"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(jobs.contains("recoverable") && jobs.contains("plain") && jobs.contains("tick"));

    node->terminate();
    QVERIFY(node->waitForFinished(20000));
    QCOMPARE(node->exitStatus(), QProcess::NormalExit);
    QCOMPARE(node->exitCode(), 0);
}

void tst_NodeRestart::sigtermStopsCleanly()
{
    // A job that runs 2 s: SIGTERM during it lets it finish (grace period 10 s) and records it.
    ctl({QStringLiteral("add-job"), QStringLiteral("--name"), QStringLiteral("finishing"), QStringLiteral("--group"),
         QStringLiteral("u"), QStringLiteral("--type"), QStringLiteral("shell"), QStringLiteral("--arg"),
         QStringLiteral("sleep"), QStringLiteral("--arg"), QStringLiteral("2"), QStringLiteral("--at"), isoIn(1000)});
    auto node = startNode(QStringLiteral("third"));
    QTest::qWait(2000);
    node->terminate();
    QVERIFY(node->waitForFinished(20000));
    QCOMPARE(node->exitCode(), 0);
    const QJsonArray rows = historyJson({QStringLiteral("--job"), QStringLiteral("u.finishing")});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
}

void tst_NodeRestart::secondNodeRefused()
{
    auto node = startNode(QStringLiteral("fourth"));
    const auto stopNode = killAtExit(node);
    const auto errors = [this] {
        QFile err(m_dir.filePath(QStringLiteral("fourth.err")));
        return err.open(QIODevice::ReadOnly) ? err.readAll() : QByteArray();
    };
    QTRY_VERIFY_WITH_TIMEOUT(errors().contains("runs on"), 15000);

    // The node table: this node, active, with its process id.
    const QJsonArray nodes = QJsonDocument::fromJson(ctl({QStringLiteral("nodes"), QStringLiteral("--format"),
                                                          QStringLiteral("json")}))
                                 .array();
    QCOMPARE(nodes.size(), 1);
    const QJsonObject self = nodes.at(0).toObject();
    QCOMPARE(self.value(QStringLiteral("instance_id")).toString(), QStringLiteral("restart-node"));
    QCOMPARE(self.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(self.value(QStringLiteral("pid")).toInteger(), node->processId());
    QVERIFY(self.value(QStringLiteral("checkin_age_ms")).toInteger() < 5000);
    QCOMPARE(self.value(QStringLiteral("checkin_interval_ms")).toInteger(), 1000);

    const auto refused = [this](const QString &id, const QByteArray &reason) {
        QProcess second;
        second.start(binary(), {QStringLiteral("--db"), m_db, QStringLiteral("node"), QStringLiteral("--instance-id"), id});
        QVERIFY(second.waitForFinished(20000));
        const QByteArray message = second.readAllStandardError();
        QCOMPARE(second.exitCode(), 1);
        QVERIFY2(message.contains(reason), message.constData());
    };
    // Another node on the same SQLite file: refused, naming the node that runs.
    refused(QStringLiteral("other-node"), "SQLite");
    // The same instance id while its process lives: refused too.
    refused(QStringLiteral("restart-node"), "in use by a running node");
    QCOMPARE(node->state(), QProcess::Running);

    node->terminate();
    QVERIFY(node->waitForFinished(20000));
    QCOMPARE(node->exitCode(), 0);
    // A clean stop signs off: the node table is empty again.
    QCOMPARE(QJsonDocument::fromJson(ctl({QStringLiteral("nodes"), QStringLiteral("--format"), QStringLiteral("json")}))
                 .array()
                 .size(),
             0);
}

void tst_NodeRestart::interruptThroughTheDatabase()
{
    ctl({QStringLiteral("add-job"), QStringLiteral("--name"), QStringLiteral("sleeper"), QStringLiteral("--group"),
         QStringLiteral("v"), QStringLiteral("--type"), QStringLiteral("noop"), QStringLiteral("--data"),
         QStringLiteral("sleepMs=600000"), QStringLiteral("--at"), isoIn(500)});
    auto node = startNode(QStringLiteral("fifth"));
    const auto stopNode = killAtExit(node);
    const auto running = [this] {
        return QJsonDocument::fromJson(ctl({QStringLiteral("running"), QStringLiteral("--format"), QStringLiteral("json")}))
            .array();
    };
    QTRY_VERIFY_WITH_TIMEOUT(running().size() == 1, 15000);
    const QJsonObject fire = running().at(0).toObject();
    QCOMPARE(fire.value(QStringLiteral("job")).toString(), QStringLiteral("sleeper"));
    QCOMPARE(fire.value(QStringLiteral("node")).toString(), QStringLiteral("restart-node"));
    ctl({QStringLiteral("interrupt"), QStringLiteral("v.nope")}, 1); // a job that does not run: an error
    ctl({QStringLiteral("interrupt")}, 2);                           // neither a job nor a fire
    const QByteArray said = ctl({QStringLiteral("interrupt"), QStringLiteral("v.sleeper")});
    QVERIFY2(said.contains("1"), said.constData());
    // The node reads the request within half its check-in interval; the job stops at once.
    QTRY_VERIFY_WITH_TIMEOUT(historyJson({QStringLiteral("--job"), QStringLiteral("v.sleeper")}).size() == 1, 10000);
    const QJsonObject row = historyJson({QStringLiteral("--job"), QStringLiteral("v.sleeper")}).at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("interrupted"));
    QCOMPARE(row.value(QStringLiteral("fire_instance_id")).toString(), fire.value(QStringLiteral("fire_instance_id")).toString());
    QVERIFY(running().isEmpty());
    node->terminate();
    QVERIFY(node->waitForFinished(20000));
    QCOMPARE(node->exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_NodeRestart)
#include "tst_noderestart.moc"
