// A real `qronosctl node` survives its database going away: for PostgreSQL and MariaDB this test starts a
// throw-away server of its own, lets a node fire on it, stops the server for about five seconds while the node
// runs, and starts it again on the same port and data. The node does not exit; it says once that the database
// failed and once that it answers again; it fires again after the outage; a one-shot due during the outage and
// the ticks missed follow their misfire instructions; no fire runs twice; a result finished during the outage
// is written after it (the node prints exactly what the history holds); a job's timeout that falls in the
// outage is enforced on time; SIGTERM still ends the node with exit code 0.
//
// The servers come from tests/support/pgserver.sh and mariadbserver.sh (start / pause / resume / stop). Without
// the server binaries the case is skipped, unless QRONOS_REQUIRE_SERVERS=1 (CI), where that is a failure.

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <limits>

namespace {

constexpr qint64 kMisfireThresholdMs = 1000;
constexpr qint64 kOutageMs = 5000;

QString binary() { return QStringLiteral(QRONOSCTL_PATH); }

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QString isoAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

qint64 msOf(const QJsonObject &row, const char *key)
{
    return QDateTime::fromString(row.value(QLatin1String(key)).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QString missingServer(const QString &script, const QString &package)
{
    return QStringLiteral("%1 found no server binaries; install them with: sudo apt-get install %2")
        .arg(script, package);
}

bool serversRequired() { return qEnvironmentVariable("QRONOS_REQUIRE_SERVERS") == QLatin1String("1"); }

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The lines of \a text that contain \a needle (and \a also, when given).
QList<QByteArray> linesContaining(const QByteArray &text, const QByteArray &needle, const QByteArray &also = {})
{
    QList<QByteArray> found;
    for (const QByteArray &line : text.split('\n')) {
        if (line.contains(needle) && (also.isEmpty() || line.contains(also)))
            found.append(line);
    }
    return found;
}

/// The node's own lines about a failing database ("qronosctl node: <call> failed: ...").
QList<QByteArray> nodeFailureLines(const QByteArray &err)
{
    return linesContaining(err, "qronosctl node: ", " failed: ");
}

} // namespace

class tst_DbOutage final : public QObject
{
    Q_OBJECT

private slots:
    void outage_data();
    void outage();
    void sigtermDuringOutage_data() { outage_data(); }
    void sigtermDuringOutage();

private:
    /// Starts the server of the current data row: 0, 3 when its binaries are missing, or another failure.
    int startServer(const QString &script, const QString &directory);
    /// Starts `qronosctl node` on m_db, stdout and stderr to \a outPath and \a errPath.
    std::unique_ptr<QProcess> startNode(const QString &outPath, const QString &errPath);
    /// Runs tests/support/<script> <command> <dir>; its exit code (-1 when it hangs), output in \a out.
    int server(const QString &command, QByteArray *out = nullptr);
    /// Runs qronosctl to completion; returns stdout, fails the test on a non-zero exit.
    QByteArray ctl(const QStringList &arguments);
    QJsonArray history(const QStringList &filters = {});
    void addJob(const QStringList &arguments);

    QString m_script;
    QString m_serverDir;
    QString m_db;
};

void tst_DbOutage::outage_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("package");
    QTest::newRow("postgresql") << QStringLiteral("pgserver.sh") << QStringLiteral("postgresql");
    QTest::newRow("mariadb") << QStringLiteral("mariadbserver.sh") << QStringLiteral("mariadb-server");
}

int tst_DbOutage::server(const QString &command, QByteArray *out)
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

int tst_DbOutage::startServer(const QString &script, const QString &directory)
{
    m_script = script;
    m_serverDir = directory;
    QByteArray url;
    const int started = server(QStringLiteral("start"), &url);
    m_db = QString::fromUtf8(url.trimmed());
    return started;
}

std::unique_ptr<QProcess> tst_DbOutage::startNode(const QString &outPath, const QString &errPath)
{
    auto node = std::make_unique<QProcess>();
    node->setStandardOutputFile(outPath);
    node->setStandardErrorFile(errPath);
    node->start(binary(), {QStringLiteral("--db"), m_db, QStringLiteral("node"), QStringLiteral("--instance-id"),
                           QStringLiteral("outage-node"), QStringLiteral("--misfire-threshold"),
                           QString::number(kMisfireThresholdMs) + QStringLiteral("ms"), QStringLiteral("--idle-wait"),
                           QStringLiteral("200ms"), QStringLiteral("--grace-period"), QStringLiteral("10"),
                           QStringLiteral("--threads"), QStringLiteral("4"), QStringLiteral("--log-format"),
                           QStringLiteral("json")});
    return node;
}

QByteArray tst_DbOutage::ctl(const QStringList &arguments)
{
    QProcess p;
    p.start(binary(), QStringList{QStringLiteral("--db"), m_db} + arguments);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(5000);
        qWarning("qronosctl %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
        return {};
    }
    if (p.exitCode() != 0)
        qWarning("qronosctl %s exited %d: %s", qPrintable(arguments.join(QLatin1Char(' '))), p.exitCode(),
                 p.readAllStandardError().constData());
    [&] { QCOMPARE(p.exitCode(), 0); }();
    return p.readAllStandardOutput();
}

QJsonArray tst_DbOutage::history(const QStringList &filters)
{
    const QByteArray out = ctl(QStringList{QStringLiteral("history"), QStringLiteral("--format"),
                                           QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("10000")}
                               + filters);
    return QJsonDocument::fromJson(out).array();
}

void tst_DbOutage::addJob(const QStringList &arguments)
{
    ctl(QStringList{QStringLiteral("add-job"), QStringLiteral("--group"), QStringLiteral("outage")} + arguments);
}

void tst_DbOutage::outage()
{
    QFETCH(QString, script);
    QFETCH(QString, package);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const int started = startServer(script, dir.filePath(QStringLiteral("server")));
    if (started == 3) {
        const QString message = missingServer(script, package);
        if (serversRequired())
            QFAIL(qPrintable(message + QStringLiteral(" (QRONOS_REQUIRE_SERVERS=1)")));
        QSKIP(qPrintable(message));
    }
    // Whatever fails below, the server this test started is stopped (after the node, see below).
    const auto stopServer = qScopeGuard([this] { server(QStringLiteral("stop")); });
    QCOMPARE(started, 0);
    QVERIFY2(!m_db.isEmpty(), "the server script printed no URL");

    ctl({QStringLiteral("init")});
    // A no-op every second that skips what it misses (DO_NOTHING): after the outage it goes on with the next
    // second rather than running the missed seconds late.
    addJob({QStringLiteral("--name"), QStringLiteral("tick"), QStringLiteral("--type"), QStringLiteral("noop"),
            QStringLiteral("--cron"), QStringLiteral("* * * * * ?"), QStringLiteral("--tz"), QStringLiteral("UTC"),
            QStringLiteral("--misfire"), QStringLiteral("DO_NOTHING")});

    const QString outPath = dir.filePath(QStringLiteral("node.out"));
    const QString errPath = dir.filePath(QStringLiteral("node.err"));
    auto node = startNode(outPath, errPath);
    // Declared after stopServer, so it runs first: no node outlives the test, and none sees its server stopped.
    const auto stopNode = qScopeGuard([&node, &errPath] {
        if (node && node->state() != QProcess::NotRunning) {
            node->kill();
            node->waitForFinished(5000);
        }
        if (QTest::currentTestFailed())
            qWarning("node stderr:\n%s", readFile(errPath).constData());
    });
    QVERIFY(node->waitForStarted(10000));

    const QStringList tickFilter{QStringLiteral("--job"), QStringLiteral("outage.tick")};
    QTRY_VERIFY_WITH_TIMEOUT(history(tickFilter).size() >= 3, 20000);

    // The outage starts at pausePlanned. A shell job starts 1.2 s before and runs 3 s: it finishes while the
    // server is away, so its result must wait for the server. A one-shot is due 2.5 s into the outage, so it
    // is late by more than the misfire threshold when the node can claim it again.
    const qint64 pausePlanned = nowMs() + 4000;
    addJob({QStringLiteral("--name"), QStringLiteral("inflight"), QStringLiteral("--type"), QStringLiteral("shell"),
            QStringLiteral("--arg"), QStringLiteral("sleep"), QStringLiteral("--arg"), QStringLiteral("3"),
            QStringLiteral("--at"), isoAt(pausePlanned - 1200)});
    // A job with a 2 s timeout that would run 10 s, started just before the outage: its deadline falls in the
    // outage, and a node without its database must still stop it then.
    addJob({QStringLiteral("--name"), QStringLiteral("bounded"), QStringLiteral("--type"), QStringLiteral("shell"),
            QStringLiteral("--arg"), QStringLiteral("sleep"), QStringLiteral("--arg"), QStringLiteral("10"),
            QStringLiteral("--timeout"), QStringLiteral("2s"), QStringLiteral("--at"), isoAt(pausePlanned - 600)});
    addJob({QStringLiteral("--name"), QStringLiteral("oneshot"), QStringLiteral("--type"), QStringLiteral("noop"),
            QStringLiteral("--at"), isoAt(pausePlanned + 2500), QStringLiteral("--misfire"),
            QStringLiteral("FIRE_NOW")});
    QVERIFY2(nowMs() < pausePlanned - 1300, "adding the jobs took too long for the planned timeline");
    QTest::qWait(int(pausePlanned - nowMs()));

    const qint64 pausedAt = nowMs();
    QCOMPARE(server(QStringLiteral("pause")), 0);
    const qint64 serverGoneAt = nowMs();
    // The node must ride out the outage: check it keeps running throughout.
    while (nowMs() < pausedAt + kOutageMs) {
        QTest::qWait(250);
        QVERIFY2(node->state() == QProcess::Running,
                 qPrintable(QStringLiteral("the node ended during the outage (exit code %1)").arg(node->exitCode())));
    }
    const QByteArray errDuringOutage = readFile(errPath);
    const qint64 resumeStartedAt = nowMs();
    QCOMPARE(server(QStringLiteral("resume")), 0);
    const qint64 resumedAt = nowMs();
    qInfo("outage: server stopped %lld ms after the pause began, down for %lld ms, back after %lld ms",
          serverGoneAt - pausedAt, resumeStartedAt - serverGoneAt, resumedAt - resumeStartedAt);

    // The node noticed the outage and said so in one line that names the call, the database and the error, and
    // that it tries again (the libpq and MariaDB messages span several lines; the node prints them as one).
    const QList<QByteArray> failureLines = nodeFailureLines(errDuringOutage);
    QVERIFY2(failureLines.size() == 1, errDuringOutage.constData());
    const QByteArray serverAddress = "127.0.0.1:" + QByteArray::number(QUrl(m_db).port());
    QVERIFY2(failureLines.at(0).contains(serverAddress) && failureLines.at(0).contains("trying again in"),
             failureLines.at(0).constData());

    // It comes back by itself: says so, and fires again.
    QTRY_VERIFY2_WITH_TIMEOUT(readFile(errPath).contains("the database answers again"), readFile(errPath).constData(),
                              20000);
    const auto firesAfterResume = [&] {
        int n = 0;
        for (const QJsonValue &row : history(tickFilter))
            n += msOf(row.toObject(), "fire_time") >= resumedAt ? 1 : 0;
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(firesAfterResume() >= 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(history({QStringLiteral("--job"), QStringLiteral("outage.oneshot")}).size(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(history({QStringLiteral("--job"), QStringLiteral("outage.inflight")}).size(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(history({QStringLiteral("--job"), QStringLiteral("outage.bounded")}).size(), 1, 20000);
    QTest::qWait(1500); // a few more ticks, and time for a wrong second run of the one-shot to show
    QVERIFY2(node->state() == QProcess::Running, "the node ended after the outage");

    node->terminate();
    QVERIFY(node->waitForFinished(30000));
    QCOMPARE(node->exitStatus(), QProcess::NormalExit);
    QCOMPARE(node->exitCode(), 0);

    const QByteArray out = readFile(outPath);
    const QByteArray err = readFile(errPath);
    const QJsonArray all = history();

    // No fire ran twice: one history row per (trigger, scheduled time); no job here retries.
    QSet<QString> fires;
    for (const QJsonValue &value : all) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row.value(QStringLiteral("attempt")).toInt(), 1);
        const QString fire = row.value(QStringLiteral("trigger_group")).toString() + QLatin1Char('.')
            + row.value(QStringLiteral("trigger")).toString() + QLatin1Char(' ')
            + row.value(QStringLiteral("scheduled_time")).toString();
        QVERIFY2(!fires.contains(fire), qPrintable(QStringLiteral("fired twice: ") + fire));
        fires.insert(fire);
    }

    // Every execution the node reported is in the history and vice versa: results finished while the server
    // was away were written once it was back, none twice, none lost.
    QSet<QString> printed;
    qsizetype printedCount = 0;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.startsWith('{'))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("event")).toString() != QLatin1String("execution"))
            continue;
        ++printedCount;
        printed.insert(o.value(QStringLiteral("fire_instance_id")).toString() + QLatin1Char('#')
                       + QString::number(o.value(QStringLiteral("attempt")).toInt()));
    }
    QSet<QString> stored;
    for (const QJsonValue &value : all) {
        const QJsonObject row = value.toObject();
        stored.insert(row.value(QStringLiteral("fire_instance_id")).toString() + QLatin1Char('#')
                      + QString::number(row.value(QStringLiteral("attempt")).toInt()));
    }
    QCOMPARE(printedCount, all.size());
    QCOMPARE(printed, stored);

    // The shell job finished during the outage; its result was written after it.
    const QJsonObject inflight = history({QStringLiteral("--job"), QStringLiteral("outage.inflight")}).at(0).toObject();
    QCOMPARE(inflight.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    QVERIFY2(msOf(inflight, "fire_time") < pausedAt && msOf(inflight, "end_time") > serverGoneAt
                 && msOf(inflight, "end_time") < resumeStartedAt,
             qPrintable(QStringLiteral("the shell job did not finish during the outage: fired %1, ended %2")
                            .arg(inflight.value(QStringLiteral("fire_time")).toString(),
                                 inflight.value(QStringLiteral("end_time")).toString())));

    // The timeout was enforced on time although the database was away: the job was stopped 2 s after it started.
    const QJsonObject bounded = history({QStringLiteral("--job"), QStringLiteral("outage.bounded")}).at(0).toObject();
    QCOMPARE(bounded.value(QStringLiteral("status")).toString(), QStringLiteral("timed_out"));
    const qint64 boundedTook = msOf(bounded, "end_time") - msOf(bounded, "fire_time");
    QVERIFY2(msOf(bounded, "fire_time") < pausedAt && boundedTook >= 2000 && boundedTook < 3500,
             qPrintable(QStringLiteral("the job with a 2 s timeout fired %1 and ran %2 ms")
                            .arg(bounded.value(QStringLiteral("fire_time")).toString())
                            .arg(boundedTook)));

    // FIRE_NOW: the one-shot due during the outage was more than the misfire threshold late when the node could
    // claim it again, so it misfired and ran once, at once, after the server was back.
    const QJsonObject oneshot = history({QStringLiteral("--job"), QStringLiteral("outage.oneshot")}).at(0).toObject();
    QCOMPARE(oneshot.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    QVERIFY(msOf(oneshot, "fire_time") >= resumeStartedAt);
    // As in Quartz, FIRE_NOW moves the fire time to the moment the misfire is handled: that is the scheduled time
    // the execution carries, after the server was back, not the due time in the outage.
    QVERIFY(msOf(oneshot, "scheduled_time") >= resumeStartedAt);
    QVERIFY(msOf(oneshot, "fire_time") - msOf(oneshot, "scheduled_time") <= kMisfireThresholdMs);
    QVERIFY2(linesContaining(out, "MISFIRED").join('\n').contains("outage.oneshot"), out.constData());

    // DO_NOTHING: ticks due while the server was away were skipped once they were more than the threshold late,
    // not run late in a burst; a tick that did run was never later than the threshold (plus the time to fire).
    int ticksAfter = 0;
    int ticksTotal = 0;
    qint64 firstFireAfterResume = std::numeric_limits<qint64>::max();
    for (const QJsonValue &value : all) {
        const QJsonObject row = value.toObject();
        if (row.value(QStringLiteral("job")).toString() != QLatin1String("tick"))
            continue;
        const qint64 scheduled = msOf(row, "scheduled_time");
        const qint64 late = msOf(row, "fire_time") - scheduled;
        QVERIFY2(late <= kMisfireThresholdMs + 1500,
                 qPrintable(QStringLiteral("tick due %1 ran %2 ms late").arg(isoAt(scheduled)).arg(late)));
        QVERIFY2(scheduled < serverGoneAt + 500 || scheduled > resumeStartedAt - kMisfireThresholdMs - 300,
                 qPrintable(QStringLiteral("tick due %1 ran although the server was away then and until %2")
                                .arg(isoAt(scheduled), isoAt(resumeStartedAt))));
        ticksAfter += scheduled >= resumedAt ? 1 : 0;
        ++ticksTotal;
        if (msOf(row, "fire_time") >= resumedAt)
            firstFireAfterResume = qMin(firstFireAfterResume, msOf(row, "fire_time"));
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    }
    QVERIFY(ticksAfter >= 2);
    // The scheduler thread's back-off doubles from 100 ms while the server is away: 3.2 s when a 5 s outage ends,
    // 6.4 s if the server was slow to come back, so the node fires again within a few seconds.
    qInfo("%d executions (%d ticks); the first tick after the outage fired %lld ms after the server was back; "
          "one-shot due %s ran at %s; the job with a 2 s timeout was stopped after %lld ms",
          int(all.size()), ticksTotal, firstFireAfterResume - resumedAt, qPrintable(isoAt(pausePlanned + 2500)),
          qPrintable(oneshot.value(QStringLiteral("fire_time")).toString()), boundedTook);
    QVERIFY(firstFireAfterResume - resumedAt < 10000);
    QVERIFY2(linesContaining(out, "MISFIRED").join('\n').contains("outage.tick"), out.constData());

    // Nothing scheduled was lost or left claimed: the tick's trigger waits for its next second, and the
    // one-shots, done, are gone with their jobs.
    const QJsonArray triggers = QJsonDocument::fromJson(ctl({QStringLiteral("triggers"), QStringLiteral("--format"),
                                                            QStringLiteral("json")}))
                                    .array();
    QCOMPARE(triggers.size(), 1);
    QCOMPARE(triggers.at(0).toObject().value(QStringLiteral("trigger")).toString(), QStringLiteral("tick"));
    QCOMPARE(triggers.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("WAITING"));
    QVERIFY(msOf(triggers.at(0).toObject(), "next_fire_time") > resumedAt);

    qInfo("node stderr:\n%s", err.constData());
    // The log: the node said once that the database failed and once that it answers again, and the runtime
    // warned once per outage (the scheduler thread, and the result writer if it had a result to write then),
    // not once per retry.
    QCOMPARE(nodeFailureLines(err).size(), 1);
    QCOMPARE(linesContaining(err, "qronosctl node: the database answers again.").size(), 1);
    QCOMPARE(linesContaining(err, "qronos.scheduler: The database answers again").size(), 1);
    QCOMPARE(linesContaining(err, "qronos.scheduler: ", " failed: ").size(), 1);
    QVERIFY(linesContaining(err, "qronos.completion: Writing", " failed: ").size() <= 1);
    QVERIFY(linesContaining(err, "qronos.completion: Writing execution results works again").size() <= 1);
    QVERIFY2(err.contains("qronosctl node: node outage-node stopped."), err.constData());
}

void tst_DbOutage::sigtermDuringOutage()
{
    // SIGTERM while the database is away (a service stopped during an outage): the node still ends cleanly, in
    // bounded time, and a node started again with the same id once the server is back carries on.
    QFETCH(QString, script);
    QFETCH(QString, package);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const int started = startServer(script, dir.filePath(QStringLiteral("server")));
    if (started == 3) {
        const QString message = missingServer(script, package);
        if (serversRequired())
            QFAIL(qPrintable(message + QStringLiteral(" (QRONOS_REQUIRE_SERVERS=1)")));
        QSKIP(qPrintable(message));
    }
    const auto stopServer = qScopeGuard([this] { server(QStringLiteral("stop")); });
    QCOMPARE(started, 0);
    QVERIFY2(!m_db.isEmpty(), "the server script printed no URL");
    ctl({QStringLiteral("init")});
    addJob({QStringLiteral("--name"), QStringLiteral("tick"), QStringLiteral("--type"), QStringLiteral("noop"),
            QStringLiteral("--cron"), QStringLiteral("* * * * * ?"), QStringLiteral("--tz"), QStringLiteral("UTC"),
            QStringLiteral("--misfire"), QStringLiteral("DO_NOTHING")});
    const QStringList tickFilter{QStringLiteral("--job"), QStringLiteral("outage.tick")};

    const QString errPath = dir.filePath(QStringLiteral("first.err"));
    auto node = startNode(dir.filePath(QStringLiteral("first.out")), errPath);
    const auto stopNode = qScopeGuard([&node] {
        if (node && node->state() != QProcess::NotRunning) {
            node->kill();
            node->waitForFinished(5000);
        }
    });
    QVERIFY(node->waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(history(tickFilter).size() >= 2, 20000);

    QCOMPARE(server(QStringLiteral("pause")), 0);
    QTRY_VERIFY2_WITH_TIMEOUT(nodeFailureLines(readFile(errPath)).size() == 1, readFile(errPath).constData(), 10000);
    const qint64 termAt = nowMs();
    node->terminate();
    QVERIFY(node->waitForFinished(30000));
    const qint64 stopMs = nowMs() - termAt;
    const QByteArray err = readFile(errPath);
    QVERIFY2(node->exitStatus() == QProcess::NormalExit && node->exitCode() == 0, err.constData());
    QVERIFY2(err.contains("qronosctl node: node outage-node stopped."), err.constData());
    // It could not remove its check-in row, and says so in one line that names what failed.
    const QList<QByteArray> signOff = linesContaining(err, "could not sign off in the database: ");
    QVERIFY2(signOff.size() == 1 && signOff.at(0).contains("127.0.0.1:" + QByteArray::number(QUrl(m_db).port())),
             err.constData());
    qInfo("SIGTERM during the outage: the node stopped after %lld ms; its stderr:\n%s", stopMs, err.constData());

    QCOMPARE(server(QStringLiteral("resume")), 0);
    const qsizetype before = history(tickFilter).size();
    node = startNode(dir.filePath(QStringLiteral("second.out")), dir.filePath(QStringLiteral("second.err")));
    QVERIFY(node->waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(history(tickFilter).size() >= before + 2, 20000);
    node->terminate();
    QVERIFY(node->waitForFinished(30000));
    QCOMPARE(node->exitCode(), 0);

    QSet<QString> fires;
    for (const QJsonValue &value : history(tickFilter)) {
        const QString fire = value.toObject().value(QStringLiteral("scheduled_time")).toString();
        QVERIFY2(!fires.contains(fire), qPrintable(QStringLiteral("tick due %1 fired twice").arg(fire)));
        fires.insert(fire);
    }
    const QJsonArray triggers = QJsonDocument::fromJson(ctl({QStringLiteral("triggers"), QStringLiteral("--format"),
                                                            QStringLiteral("json")}))
                                    .array();
    QCOMPARE(triggers.size(), 1);
    QCOMPARE(triggers.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("WAITING"));
}

QTEST_GUILESS_MAIN(tst_DbOutage)
#include "tst_dboutage.moc"
