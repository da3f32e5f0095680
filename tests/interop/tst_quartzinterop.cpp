// The real Java Quartz 2.3.2 (Debian's libquartz2-java) and Qronos on one database: tests/interop/QuartzNode.java is
// compiled with javac, creates its tables with Quartz's own DDL and runs a clustered JobStoreTX node whose cron
// trigger interop.everySecond appends a line per fire to a file. The real qronosctl (--quartz-db) then lists what
// the Java node wrote, pauses and resumes its trigger, fires its job now and deletes the trigger, and the file shows
// that the Java node honoured each action. PostgreSQL and MariaDB, from the interop fixture's servers
// (QRONOS_TEST_SERVERS_DIR) or QRONOS_TEST_PG_URL / QRONOS_TEST_MYSQL_URL. Without a JDK, the jars or the servers the
// test is skipped, or fails under QRONOS_REQUIRE_SERVERS=1 (CI).

#include "store/databaseurl.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qronos;

namespace {

const QString kJars = QStringLiteral("/usr/share/java/");
const QStringList kClassPath{QStringLiteral("quartz2.jar"), QStringLiteral("slf4j-api.jar"),
                             QStringLiteral("slf4j-nop.jar"), QStringLiteral("postgresql.jar"),
                             QStringLiteral("mariadb-java-client.jar")};

QString serverUrl(const char *envName, const char *fixtureName)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString direct = env.value(QLatin1String(envName));
    if (!direct.isEmpty())
        return direct;
    QFile file(env.value(QStringLiteral("QRONOS_TEST_SERVERS_DIR")) + QLatin1Char('/') + QLatin1String(fixtureName)
               + QStringLiteral("/url"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

struct Ctl
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_QuartzInterop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void requirements();
    void javaNode_data();
    void javaNode();

private:
    Ctl ctl(const QStringList &arguments);
    QJsonArray listing(const QString &command);
    QJsonObject row(const QJsonArray &rows, const QString &key, const QString &value);
    /// Lines of the Java job's file that start with \a triggerKey.
    int fires(const QString &triggerKey = QStringLiteral("interop.everySecond"));
    bool javaRun(const QStringList &arguments, QString *output);

    QTemporaryDir m_dir;
    QString m_java;
    QString m_classPath;
    QString m_quartzDb;
    QString m_outFile;
    QProcess m_node;
    QString m_missing;
    QString m_pgUrl;
    QString m_mysqlUrl;
};

void tst_QuartzInterop::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString javac = QStandardPaths::findExecutable(QStringLiteral("javac"));
    m_java = QStandardPaths::findExecutable(QStringLiteral("java"));
    QStringList missing;
    if (javac.isEmpty() || m_java.isEmpty())
        missing << QStringLiteral("a JDK (default-jdk-headless)");
    QStringList classPath{m_dir.path()};
    for (const QString &jar : kClassPath) {
        if (!QFile::exists(kJars + jar))
            missing << kJars + jar;
        classPath << kJars + jar;
    }
    m_classPath = classPath.join(QLatin1Char(':'));
    if (missing.isEmpty()) {
        QProcess compile;
        compile.setProcessChannelMode(QProcess::MergedChannels);
        compile.start(javac, {QStringLiteral("-d"), m_dir.path(), QStringLiteral("-cp"), m_classPath,
                              QStringLiteral(QRONOS_SOURCE_DIR "/tests/interop/QuartzNode.java")});
        QVERIFY(compile.waitForFinished(120000));
        QVERIFY2(compile.exitCode() == 0, compile.readAll().constData());
    }
    m_pgUrl = serverUrl("QRONOS_TEST_PG_URL", "pg");
    m_mysqlUrl = serverUrl("QRONOS_TEST_MYSQL_URL", "mysql");
    if (m_pgUrl.isEmpty() || m_mysqlUrl.isEmpty())
        missing << QStringLiteral("PostgreSQL and MariaDB servers (run under ctest, or set QRONOS_TEST_PG_URL and "
                                  "QRONOS_TEST_MYSQL_URL)");
    m_missing = missing.join(QStringLiteral(", "));
    m_outFile = m_dir.filePath(QStringLiteral("fires.txt"));
}

void tst_QuartzInterop::cleanup()
{
    if (m_node.state() != QProcess::NotRunning) {
        m_node.terminate(); // the node's shutdown hook stops the scheduler
        if (!m_node.waitForFinished(10000)) {
            m_node.kill();
            m_node.waitForFinished(5000);
        }
    }
}

Ctl tst_QuartzInterop::ctl(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(QRONOSCTL_PATH), QStringList{QStringLiteral("--quartz-db"), m_quartzDb} + arguments);
    Ctl result;
    if (!p.waitForFinished(60000))
        return result;
    result.exitCode = p.exitCode();
    result.out = QString::fromUtf8(p.readAllStandardOutput());
    result.err = QString::fromUtf8(p.readAllStandardError());
    return result;
}

QJsonArray tst_QuartzInterop::listing(const QString &command)
{
    const Ctl c = ctl({command, QStringLiteral("--format"), QStringLiteral("json")});
    if (c.exitCode != 0)
        qWarning() << command << c.err;
    return QJsonDocument::fromJson(c.out.toUtf8()).array();
}

QJsonObject tst_QuartzInterop::row(const QJsonArray &rows, const QString &key, const QString &value)
{
    for (const QJsonValue &v : rows) {
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    }
    return {};
}

int tst_QuartzInterop::fires(const QString &triggerKey)
{
    QFile file(m_outFile);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    int n = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(triggerKey.toUtf8() + ' '))
            ++n;
    }
    return n;
}

bool tst_QuartzInterop::javaRun(const QStringList &arguments, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_java, QStringList{QStringLiteral("-cp"), m_classPath, QStringLiteral("QuartzNode")} + arguments);
    const bool finished = p.waitForFinished(60000);
    *output = QString::fromUtf8(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void tst_QuartzInterop::requirements()
{
    if (!m_missing.isEmpty()) {
        const QString message = QStringLiteral("the Java Quartz interop test needs %1").arg(m_missing);
        if (qEnvironmentVariable("QRONOS_REQUIRE_SERVERS") == QLatin1String("1"))
            QFAIL(qPrintable(message + QStringLiteral(" (QRONOS_REQUIRE_SERVERS=1)")));
        QSKIP(qPrintable(message));
    }
    QVERIFY(m_missing.isEmpty());
}

void tst_QuartzInterop::javaNode_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("jdbcScheme");
    QTest::addColumn<QString>("ddl");
    QTest::addColumn<QString>("delegate");
    if (!m_missing.isEmpty())
        QSKIP("see requirements()");
    QTest::newRow("postgresql") << m_pgUrl << QStringLiteral("postgresql")
                                << QStringLiteral("org/quartz/impl/jdbcjobstore/tables_postgres.sql")
                                << QStringLiteral("org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
    QTest::newRow("mariadb") << m_mysqlUrl << QStringLiteral("mariadb")
                             << QStringLiteral("org/quartz/impl/jdbcjobstore/tables_mysql_innodb.sql")
                             << QStringLiteral("org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
}

void tst_QuartzInterop::javaNode()
{
    QFETCH(QString, url);
    QFETCH(QString, jdbcScheme);
    QFETCH(QString, ddl);
    QFETCH(QString, delegate);
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    m_quartzDb = url;
    const QString jdbc = QStringLiteral("jdbc:%1://%2:%3/%4").arg(jdbcScheme, parsed->host()).arg(parsed->port()).arg(parsed->database());
    QFile::remove(m_outFile);

    // Quartz's own DDL (which drops the tables first), then a clustered node with its job and trigger.
    QString output;
    QVERIFY2(javaRun({QStringLiteral("ddl"), jdbc, parsed->userName(), parsed->password(), ddl}, &output),
             qPrintable(output));
    const QString instance = QStringLiteral("javanode-") + QTest::currentDataTag();
    m_node.setProcessChannelMode(QProcess::MergedChannels);
    m_node.start(m_java, {QStringLiteral("-cp"), m_classPath, QStringLiteral("QuartzNode"), QStringLiteral("node"), jdbc,
                          parsed->userName(), parsed->password(), delegate, QStringLiteral("InteropScheduler"), instance,
                          m_outFile, QStringLiteral("schedule")});
    QVERIFY(m_node.waitForStarted(10000));
    QByteArray nodeOutput;
    QTRY_VERIFY_WITH_TIMEOUT((nodeOutput += m_node.readAll()).contains("STARTED")
                                 || m_node.state() == QProcess::NotRunning,
                             30000);
    QVERIFY2(m_node.state() == QProcess::Running, nodeOutput.constData());
    QTRY_VERIFY_WITH_TIMEOUT(fires() >= 2, 15000);

    // What Qronos reads of the Java node's rows.
    const QJsonArray jobs = listing(QStringLiteral("jobs"));
    const QJsonObject job = row(jobs, QStringLiteral("job"), QStringLiteral("appendJob"));
    QCOMPARE(job.value(QStringLiteral("group")).toString(), QStringLiteral("interop"));
    QCOMPARE(job.value(QStringLiteral("job_class")).toString(), QStringLiteral("QuartzNode$AppendJob"));
    QCOMPARE(job.value(QStringLiteral("durable")).toBool(true), false);
    QVERIFY2(job.value(QStringLiteral("job_data")).toString().startsWith(QLatin1String("Java-serialized, ")),
             qPrintable(job.value(QStringLiteral("job_data")).toString()));
    const QJsonObject trigger = row(listing(QStringLiteral("triggers")), QStringLiteral("trigger"), QStringLiteral("everySecond"));
    QCOMPARE(trigger.value(QStringLiteral("kind")).toString(), QStringLiteral("cron"));
    QCOMPARE(trigger.value(QStringLiteral("schedule")).toString(), QStringLiteral("* * * * * ?"));
    QCOMPARE(trigger.value(QStringLiteral("job")).toString(), QStringLiteral("appendJob"));
    const QString state = trigger.value(QStringLiteral("state")).toString();
    QVERIFY2(state == QLatin1String("WAITING") || state == QLatin1String("ACQUIRED"), qPrintable(state));
    const QDateTime next = QDateTime::fromString(trigger.value(QStringLiteral("next_fire_time")).toString(), Qt::ISODateWithMs);
    QVERIFY(next.isValid());
    QVERIFY2(qAbs(next.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch()) < 5000, qPrintable(next.toString(Qt::ISODateWithMs)));
    QCOMPARE(next.time().msec(), 0); // a cron fire time: whole seconds
    const QJsonObject node = row(listing(QStringLiteral("nodes")), QStringLiteral("instance_id"), instance);
    QCOMPARE(node.value(QStringLiteral("checkin_interval_ms")).toInt(), 1000);
    QVERIFY2(node.value(QStringLiteral("checkin_age_ms")).toInt(-1) >= -1000
                 && node.value(QStringLiteral("checkin_age_ms")).toInt(-1) < 10000,
             qPrintable(QString::number(node.value(QStringLiteral("checkin_age_ms")).toInt())));
    QCOMPARE(node.value(QStringLiteral("overdue")).toBool(true), false);

    // A prefix with no Quartz tables: the missing table is named.
    const Ctl wrongPrefix = ctl({QStringLiteral("--quartz-prefix"), QStringLiteral("NOPE_"), QStringLiteral("jobs")});
    QCOMPARE(wrongPrefix.exitCode, 1);
    QVERIFY2(wrongPrefix.err.contains(QLatin1String("NOPE_JOB_DETAILS")), qPrintable(wrongPrefix.err));

    // Without --yes nothing is written.
    const Ctl refused = ctl({QStringLiteral("pause"), QStringLiteral("--trigger"), QStringLiteral("interop.everySecond")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("--yes")), qPrintable(refused.err));

    // Paused: the Java node stops firing it (a fire under way may still finish).
    Ctl c = ctl({QStringLiteral("pause"), QStringLiteral("--trigger"), QStringLiteral("interop.everySecond"), QStringLiteral("--yes")});
    QVERIFY2(c.exitCode == 0, qPrintable(c.err));
    QCOMPARE(row(listing(QStringLiteral("triggers")), QStringLiteral("trigger"), QStringLiteral("everySecond"))
                 .value(QStringLiteral("state")).toString(),
             QStringLiteral("PAUSED"));
    QTest::qWait(1500);
    const int whilePaused = fires();
    QTest::qWait(3000);
    QCOMPARE(fires(), whilePaused);

    // Resumed: it fires again.
    c = ctl({QStringLiteral("resume"), QStringLiteral("--trigger"), QStringLiteral("interop.everySecond"), QStringLiteral("--yes")});
    QVERIFY2(c.exitCode == 0, qPrintable(c.err));
    QTRY_VERIFY_WITH_TIMEOUT(fires() >= whilePaused + 2, 10000);

    // Fire now: a one-shot trigger the Java node runs once.
    c = ctl({QStringLiteral("fire"), QStringLiteral("--job"), QStringLiteral("interop.appendJob"), QStringLiteral("--yes")});
    QVERIFY2(c.exitCode == 0, qPrintable(c.err));
    const qsizetype at = c.out.indexOf(QLatin1String("DEFAULT.MT_"));
    QVERIFY2(at >= 0, qPrintable(c.out));
    const QString oneShot = c.out.mid(at).section(QLatin1Char(' '), 0, 0);
    QTRY_COMPARE_WITH_TIMEOUT(fires(oneShot), 1, 10000);
    // Quartz deletes a completed one-shot trigger.
    QTRY_VERIFY_WITH_TIMEOUT(row(listing(QStringLiteral("triggers")), QStringLiteral("trigger"),
                                 oneShot.section(QLatin1Char('.'), 1))
                                 .isEmpty(),
                             10000);

    // Deleted: it never fires again, and its job (not durable, no trigger left) went with it.
    c = ctl({QStringLiteral("delete"), QStringLiteral("--trigger"), QStringLiteral("interop.everySecond"), QStringLiteral("--yes")});
    QVERIFY2(c.exitCode == 0, qPrintable(c.err));
    QVERIFY2(c.out.contains(QLatin1String("interop.appendJob")), qPrintable(c.out));
    QTest::qWait(1500);
    const int afterDelete = fires();
    QTest::qWait(3000);
    QCOMPARE(fires(), afterDelete);
    QVERIFY(listing(QStringLiteral("triggers")).isEmpty());
    QVERIFY(listing(QStringLiteral("jobs")).isEmpty());
    QCOMPARE(m_node.state(), QProcess::Running); // the Java node took all of it in its stride
}

QTEST_GUILESS_MAIN(tst_QuartzInterop)
#include "tst_quartzinterop.moc"
