// qronosctl diff through the real binary: two SQLite files, and a PostgreSQL or MariaDB store against SQLite when
// their servers are given (QRONOS_TEST_PG_URL / QRONOS_TEST_MYSQL_URL, or the CTest fixture's
// QRONOS_TEST_SERVERS_DIR/{pg,mysql}/url; with QRONOS_REQUIRE_SERVERS=1 a missing server fails). Exit codes as
// diff(1), the text and JSON output, selection, runtime state that is no difference, a database that cannot be
// opened named as A or B, and a password from a file for one side only.

#include "storeservers.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using Qronos::StoreTest::serverUrl;
using Qronos::StoreTest::withOption;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString identicalExample = QStringLiteral("0 added, 0 changed, 0 removed, 13 unchanged, 0 skipped.\n");

} // namespace

class tst_DiffCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void identicalAndDifferent();
    void selection();
    void runtimeStateIsNoDifference();
    void trouble();
    void serverAgainstSqlite_data();
    void serverAgainstSqlite();
    void serversAvailable();

private:
    Run run(const QStringList &arguments);
    /// qronosctl diff --db \a a --db \a b, then \a more.
    Run diff(const QString &a, const QString &b, const QStringList &more = {})
    {
        return run(QStringList{QStringLiteral("diff"), QStringLiteral("--db"), a, QStringLiteral("--db"), b} + more);
    }
    /// A SQLite store of \a name holding the full qronos/1 example.
    QString exampleStore(const QString &name);
    QString sqlite(const QString &name) { return QStringLiteral("sqlite://") + m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_pgUrl;
    QString m_mysqlUrl;
    QString m_runTag;
};

Run tst_DiffCli::run(const QStringList &arguments)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QRONOS_DB"));
    env.remove(QStringLiteral("QRONOS_DB_PASSWORD"));
    env.remove(QStringLiteral("QRONOS_DB_PASSWORD_FILE"));
    env.insert(QStringLiteral("QRONOS_KEYCHAIN_TIMEOUT"), QStringLiteral("3"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(QRONOSCTL_PATH), arguments);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString tst_DiffCli::exampleStore(const QString &name)
{
    const QString url = sqlite(name);
    const Run r = run({QStringLiteral("--db"), url, QStringLiteral("import"),
                       QStringLiteral(QRONOS_SOURCE_DIR "/tests/unit/data/qronos-1-full.json")});
    if (r.exitCode != 0)
        qFatal("cannot import the example into %s: %s", qPrintable(url), qPrintable(r.err));
    return url;
}

void tst_DiffCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pgUrl = serverUrl("QRONOS_TEST_PG_URL", "pg");
    m_mysqlUrl = serverUrl("QRONOS_TEST_MYSQL_URL", "mysql");
    m_runTag = QString::number(QDateTime::currentMSecsSinceEpoch() % 1000000, 36).toUpper();
}

void tst_DiffCli::identicalAndDifferent()
{
    const QString a = exampleStore(QStringLiteral("a.db"));
    const QString b = exampleStore(QStringLiteral("b.db"));
    Run r = diff(a, b);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, identicalExample);
    QCOMPARE(r.exitCode, 0);
    r = diff(a, b, {QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.out, QStringLiteral("[]\n"));
    QCOMPARE(r.exitCode, 0);

    // B: a trigger paused, one deleted, a job added; A: a calendar deleted.
    for (const QStringList &change : {QStringList{b, QStringLiteral("pause"), QStringLiteral("--trigger"), QStringLiteral("reports.nightly-cron")},
                                      QStringList{b, QStringLiteral("delete"), QStringLiteral("--trigger"), QStringLiteral("reports.monthly")},
                                      QStringList{b, QStringLiteral("add-job"), QStringLiteral("--name"), QStringLiteral("cleanup"),
                                                  QStringLiteral("--group"), QStringLiteral("ops"), QStringLiteral("--type"),
                                                  QStringLiteral("noop"), QStringLiteral("--durable")},
                                      QStringList{a, QStringLiteral("delete"), QStringLiteral("--calendar"), QStringLiteral("annual")}}) {
        r = run(QStringList{QStringLiteral("--db")} + change);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    r = diff(a, b);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, QStringLiteral("- calendar annual\n"
                                   "- job ops.cleanup\n"
                                   "+ trigger reports.monthly\n"
                                   "~ trigger reports.nightly-cron: paused true -> false\n"
                                   "1 added, 1 changed, 2 removed, 10 unchanged, 0 skipped.\n"));
    QCOMPARE(r.exitCode, 1);
    // The other way round, the signs turn; the global --db counts as A.
    r = run({QStringLiteral("--db"), b, QStringLiteral("diff"), QStringLiteral("--db"), a});
    QCOMPARE(r.out, QStringLiteral("+ calendar annual\n"
                                   "+ job ops.cleanup\n"
                                   "- trigger reports.monthly\n"
                                   "~ trigger reports.nightly-cron: paused false -> true\n"
                                   "2 added, 1 changed, 1 removed, 10 unchanged, 0 skipped.\n"));
    QCOMPARE(r.exitCode, 1);
    r = diff(a, b, {QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.out,
             QStringLiteral(
                 "[\n"
                 "  {\"object\": \"calendar\", \"action\": \"removed\", \"key\": \"annual\", \"group\": \"\", \"name\": \"annual\", \"changes\": []},\n"
                 "  {\"object\": \"job\", \"action\": \"removed\", \"key\": \"ops.cleanup\", \"group\": \"ops\", \"name\": \"cleanup\", \"changes\": []},\n"
                 "  {\"object\": \"trigger\", \"action\": \"added\", \"key\": \"reports.monthly\", \"group\": \"reports\", \"name\": \"monthly\", \"changes\": []},\n"
                 "  {\"object\": \"trigger\", \"action\": \"changed\", \"key\": \"reports.nightly-cron\", \"group\": \"reports\", \"name\": \"nightly-cron\", "
                 "\"changes\": [{\"field\": \"paused\", \"old\": true, \"new\": false}]}\n"
                 "]\n"));
    QCOMPARE(r.exitCode, 1);
    // --unchanged lists the rest.
    r = diff(a, b, {QStringLiteral("--unchanged")});
    QVERIFY2(r.out.contains(QLatin1String("= job reports.nightly (unchanged)\n")), qPrintable(r.out));
    QCOMPARE(r.out.count(QLatin1String("(unchanged)")), 10);
    QCOMPARE(r.exitCode, 1);
}

void tst_DiffCli::selection()
{
    const QString a = exampleStore(QStringLiteral("sel-a.db"));
    const QString b = exampleStore(QStringLiteral("sel-b.db"));
    QCOMPARE(run({QStringLiteral("--db"), b, QStringLiteral("add-job"), QStringLiteral("--name"), QStringLiteral("cleanup"),
                  QStringLiteral("--group"), QStringLiteral("ops"), QStringLiteral("--type"), QStringLiteral("noop"),
                  QStringLiteral("--durable")}).exitCode,
             0);
    // Outside the selection nothing counts: the same (2 jobs, their 4 triggers, the 3 calendars those use).
    Run r = diff(a, b, {QStringLiteral("--group"), QStringLiteral("reports")});
    QCOMPARE(r.out, QStringLiteral("0 added, 0 changed, 0 removed, 9 unchanged, 0 skipped.\n"));
    QCOMPARE(r.exitCode, 0);
    r = diff(a, b, {QStringLiteral("--job"), QStringLiteral("ops.cleanup")});
    QCOMPARE(r.out, QStringLiteral("- job ops.cleanup\n0 added, 0 changed, 1 removed, 0 unchanged, 0 skipped.\n"));
    QCOMPARE(r.exitCode, 1);
    r = diff(a, b, {QStringLiteral("--job"), QStringLiteral("ops.nope")});
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QStringLiteral("qronosctl: There is no job ops.nope in either schedule.\n"));
    QCOMPARE(r.exitCode, 2);
}

void tst_DiffCli::runtimeStateIsNoDifference()
{
    const QString a = exampleStore(QStringLiteral("rt-a.db"));
    const QString b = exampleStore(QStringLiteral("rt-b.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("runtime"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("rt-b.db")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = NEXT_FIRE_TIME + 86400000, "
                                      "PREV_FIRE_TIME = 1767225600000")));
        QVERIFY(q.numRowsAffected() > 0);
        QVERIFY(q.exec(QStringLiteral("UPDATE QRTZ_SIMPLE_TRIGGERS SET TIMES_TRIGGERED = 17")));
        QVERIFY(q.numRowsAffected() > 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("runtime"));
    const Run r = diff(a, b);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, identicalExample);
    QCOMPARE(r.exitCode, 0);
}

void tst_DiffCli::trouble()
{
    const QString a = exampleStore(QStringLiteral("t-a.db"));
    const QString missing = sqlite(QStringLiteral("missing.db"));
    Run r = diff(a, missing);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(QLatin1String("qronosctl: database B (")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("there is no such file")), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));

    // A server nobody listens on: named as A, with the driver's reason.
    r = diff(QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connectTimeout=3"), a);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QLatin1String("qronosctl: database A (postgresql://nobody@127.0.0.1:1/none")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("127.0.0.1")), qPrintable(r.err));

    r = run({QStringLiteral("diff"), QStringLiteral("--db"), a});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("give --db A --db B")), qPrintable(r.err));
    r = diff(a, a, {QStringLiteral("--db"), a});
    QCOMPARE(r.exitCode, 2);
    r = diff(a, a, {QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("qronosctl: --format must be text or json, not \"csv\".\n"));
    r = diff(a, a, {QStringLiteral("--bogus")});
    QCOMPARE(r.exitCode, 2);
    r = diff(a, a, {QStringLiteral("--job"), QStringLiteral(".")});
    QCOMPARE(r.exitCode, 2);

    r = run({QStringLiteral("diff"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("0 the same, 1 different, 2 trouble")), qPrintable(r.out));
    r = run({QStringLiteral("help")});
    QVERIFY2(r.out.contains(QLatin1String("diff --db A --db B")), qPrintable(r.out));
}

void tst_DiffCli::serverAgainstSqlite_data()
{
    QTest::addColumn<QString>("baseUrl");
    if (!m_pgUrl.isEmpty())
        QTest::newRow("postgresql") << m_pgUrl;
    if (!m_mysqlUrl.isEmpty())
        QTest::newRow("mariadb") << m_mysqlUrl;
    if (m_pgUrl.isEmpty() && m_mysqlUrl.isEmpty())
        QTest::newRow("no server") << QString();
}

void tst_DiffCli::serverAgainstSqlite()
{
    QFETCH(QString, baseUrl);
    if (baseUrl.isEmpty())
        QSKIP("no PostgreSQL or MariaDB server given: see serversAvailable");
    QString server = withOption(baseUrl, QStringLiteral("prefix=D%1_%2_").arg(m_runTag, QString::fromLatin1(QTest::currentDataTag()).left(2).toUpper()));
    // A password in the URL moves to a file given by this URL only: the SQLite side needs none.
    static const QRegularExpression withPassword(QStringLiteral("^([a-z]+://[^:@/]+):([^@]+)@"));
    const QRegularExpressionMatch m = withPassword.match(server);
    if (m.hasMatch()) {
        const QString passwordFile = m_dir.filePath(QStringLiteral("password-") + QLatin1String(QTest::currentDataTag()));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QUrl::fromPercentEncoding(m.captured(2).toUtf8()).toUtf8() + '\n');
        file.close();
        server = withOption(server.replace(m.capturedStart(2) - 1, m.capturedLength(2) + 1, QString()),
                            QStringLiteral("passwordFile=") + passwordFile);
    }
    Run r = run({QStringLiteral("--db"), server, QStringLiteral("import"),
                 QStringLiteral(QRONOS_SOURCE_DIR "/tests/unit/data/qronos-1-full.json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString local = exampleStore(QStringLiteral("vs-") + QLatin1String(QTest::currentDataTag()) + QStringLiteral(".db"));

    r = diff(local, server);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, identicalExample);
    QCOMPARE(r.exitCode, 0);

    QCOMPARE(run({QStringLiteral("--db"), server, QStringLiteral("pause"), QStringLiteral("--trigger"),
                  QStringLiteral("reports.every-15-min")}).exitCode,
             0);
    QCOMPARE(run({QStringLiteral("--db"), local, QStringLiteral("delete"), QStringLiteral("--job"),
                  QStringLiteral("reports.weekly")}).exitCode,
             0);
    r = diff(local, server, {QStringLiteral("--group"), QStringLiteral("reports")});
    QCOMPARE(r.err, QString());
    // The calendar only B's reports.monthly uses is in scope, and the same in both.
    QCOMPARE(r.out, QStringLiteral("- job reports.weekly\n"
                                   "~ trigger reports.every-15-min: paused true -> false\n"
                                   "- trigger reports.hourly\n"
                                   "- trigger reports.monthly\n"
                                   "0 added, 1 changed, 3 removed, 5 unchanged, 0 skipped.\n"));
    QCOMPARE(r.exitCode, 1);
}

void tst_DiffCli::serversAvailable()
{
    if (m_pgUrl.isEmpty() || m_mysqlUrl.isEmpty()) {
        const QString hint = QStringLiteral("PostgreSQL and/or MariaDB not available: diff ran on SQLite only "
                                            "(set QRONOS_TEST_PG_URL / QRONOS_TEST_MYSQL_URL or run under ctest).");
        if (qEnvironmentVariable("QRONOS_REQUIRE_SERVERS") == QLatin1String("1"))
            QFAIL(qPrintable(hint + QStringLiteral(" (QRONOS_REQUIRE_SERVERS=1: both servers must run)")));
        QSKIP(qPrintable(hint));
    }
}

QTEST_GUILESS_MAIN(tst_DiffCli)
#include "tst_diffcli.moc"
