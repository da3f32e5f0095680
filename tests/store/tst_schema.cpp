// Schema migrations and database URLs, against SQLite always and against PostgreSQL and MariaDB/MySQL when
// their servers are given (QRONOS_TEST_PG_URL / QRONOS_TEST_MYSQL_URL, or the CTest fixture's
// QRONOS_TEST_SERVERS_DIR/{pg,mysql}/url). With QRONOS_REQUIRE_SERVERS=1 (CI) a missing server fails the test.

#include "storeservers.h"
#include "store/databaseurl.h"
#include "store/mysqldialect.h"
#include "store/postgresqldialect.h"
#include "store/schemamigrator.h"
#include "store/sqlitedialect.h"

#include <QFile>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qronos;
using Qronos::StoreTest::serverUrl;
using Qronos::StoreTest::withOption;
using Migration = SchemaMigrator::Migration;

namespace {

const QStringList kTables = {
    QStringLiteral("JOB_DETAILS"), QStringLiteral("TRIGGERS"), QStringLiteral("SIMPLE_TRIGGERS"),
    QStringLiteral("CRON_TRIGGERS"), QStringLiteral("SIMPROP_TRIGGERS"), QStringLiteral("BLOB_TRIGGERS"),
    QStringLiteral("CALENDARS"), QStringLiteral("PAUSED_TRIGGER_GRPS"), QStringLiteral("FIRED_TRIGGERS"),
    QStringLiteral("SCHEDULER_STATE"), QStringLiteral("LOCKS"), QStringLiteral("SCHEMA_VERSION"),
    QStringLiteral("EXECUTION_HISTORY"), QStringLiteral("MISFIRE_LOG"), QStringLiteral("AUDIT_LOG"),
    QStringLiteral("NODE_TAGS")};

} // namespace

class tst_Schema final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serversAvailable();

    void parseUrl_data();
    void parseUrl();
    void passwordSources();
    void toStringHidesPassword();
    void badPrefixRejected_data();
    void badPrefixRejected();
    void skipLocked_data();
    void skipLocked();
    void splitStatements();
    void migrationsEmbedded_data();
    void migrationsEmbedded();

    void freshDatabaseHasAllTables_data() { backends(); }
    void freshDatabaseHasAllTables();
    void reopenIsNoOp_data() { backends(); }
    void reopenIsNoOp();
    void newerSchemaRefused_data() { backends(); }
    void newerSchemaRefused();
    void prefixesAreSeparate_data() { backends(); }
    void prefixesAreSeparate();
    void concurrentMigrations_data() { backends(); }
    void concurrentMigrations();
    void failedMigrationReported_data() { backends(); }
    void failedMigrationReported();
    void stoppedMySqlMigrationResumes();
    void skipLockedOnServer_data() { backends(); }
    void skipLockedOnServer();
    void connectOptionsReachServer();
    void unreachableServer_data();
    void unreachableServer();

private:
    void backends();
    /// A URL for the current backend row with a table prefix no other case uses.
    QString freshUrl(const QString &base);
    QString nextConnection() { return QStringLiteral("tst_schema_%1").arg(++m_connections); }

    QTemporaryDir m_dir;
    QString m_pgUrl;
    QString m_mysqlUrl;
    int m_prefixes = 0;
    int m_connections = 0;
    QString m_runTag;
};

void tst_Schema::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pgUrl = serverUrl("QRONOS_TEST_PG_URL", "pg");
    m_mysqlUrl = serverUrl("QRONOS_TEST_MYSQL_URL", "mysql");
    // Prefixes differ between runs so a server reused across runs (given by URL) still starts empty.
    m_runTag = QString::number(QDateTime::currentMSecsSinceEpoch() % 1000000, 36).toUpper();
    qInfo("PostgreSQL: %s", m_pgUrl.isEmpty() ? "not given" : qPrintable(DatabaseUrl::parse(m_pgUrl)->toString()));
    qInfo("MariaDB/MySQL: %s", m_mysqlUrl.isEmpty() ? "not given" : qPrintable(DatabaseUrl::parse(m_mysqlUrl)->toString()));
}

void tst_Schema::serversAvailable()
{
    const bool required = qEnvironmentVariable("QRONOS_REQUIRE_SERVERS") == QLatin1String("1");
    if (m_pgUrl.isEmpty() || m_mysqlUrl.isEmpty()) {
        const QString hint = QStringLiteral(
            "PostgreSQL and/or MariaDB not available: the store tests ran on SQLite only. To test against both, "
            "install them (sudo apt-get install postgresql mariadb-server libqt6sql6-psql libqt6sql6-mysql) and run "
            "ctest again, or set QRONOS_TEST_PG_URL / QRONOS_TEST_MYSQL_URL.");
        if (required)
            QFAIL(qPrintable(hint + QStringLiteral(" (QRONOS_REQUIRE_SERVERS=1: both servers must run)")));
        QSKIP(qPrintable(hint));
    }
}

void tst_Schema::backends()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::newRow("sqlite") << QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("schema.db"));
    if (!m_pgUrl.isEmpty())
        QTest::newRow("postgresql") << m_pgUrl;
    if (!m_mysqlUrl.isEmpty())
        QTest::newRow("mariadb") << m_mysqlUrl;
}

QString tst_Schema::freshUrl(const QString &base)
{
    return withOption(base, QStringLiteral("prefix=T%1_%2_").arg(m_runTag).arg(++m_prefixes));
}

void tst_Schema::parseUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("scheduler");
    QTest::addColumn<QString>("errorPart"); // a word the error message must contain

    const int sqlite = int(DatabaseUrl::Kind::Sqlite);
    const int pg = int(DatabaseUrl::Kind::PostgreSql);
    const int my = int(DatabaseUrl::Kind::MySql);
    const QString P = QStringLiteral("QRTZ_");
    const QString S = QStringLiteral("QronosScheduler");
    auto ok = [&](const char *tag, const char *text, int kind, const char *host, int port, const char *db,
                  const char *user, const QString &prefix, const QString &sched) {
        QTest::newRow(tag) << QString::fromUtf8(text) << true << kind << QString::fromUtf8(host) << port
                           << QString::fromUtf8(db) << QString::fromUtf8(user) << prefix << sched << QString();
    };
    auto bad = [&](const char *tag, const char *text, const char *part) {
        QTest::newRow(tag) << QString::fromUtf8(text) << false << 0 << QString() << 0 << QString() << QString()
                           << QString() << QString() << QString::fromUtf8(part);
    };

    ok("sqlite absolute", "sqlite:///var/lib/qronos/q.db", sqlite, "", 0, "/var/lib/qronos/q.db", "", P, S);
    ok("sqlite relative", "sqlite:qronos.db", sqlite, "", 0, "qronos.db", "", P, S);
    ok("sqlite relative dir", "sqlite:data/qronos.db", sqlite, "", 0, "data/qronos.db", "", P, S);
    ok("sqlite memory", "sqlite::memory:", sqlite, "", 0, ":memory:", "", P, S);
    ok("sqlite spaces", "sqlite:///tmp/my%20dir/q.db", sqlite, "", 0, "/tmp/my dir/q.db", "", P, S);
    ok("sqlite options", "sqlite:q.db?prefix=ABC_&scheduler=night", sqlite, "", 0, "q.db", "", QStringLiteral("ABC_"),
       QStringLiteral("night"));
    ok("sqlite upper scheme", "SQLITE:q.db", sqlite, "", 0, "q.db", "", P, S);
    ok("pg full", "postgresql://sched@db.example.com:6543/qronos?sslmode=verify-full&sslrootcert=/etc/ca.pem",
       pg, "db.example.com", 6543, "qronos", "sched", P, S);
    ok("pg default port", "postgresql://sched@db/qronos", pg, "db", 5432, "qronos", "sched", P, S);
    ok("pg postgres scheme", "postgres://u@h/d", pg, "h", 5432, "d", "u", P, S);
    ok("pg no user", "postgresql://h:1/d", pg, "h", 1, "d", "", P, S);
    ok("pg ipv6", "postgresql://u@[::1]:5433/d", pg, "::1", 5433, "d", "u", P, S);
    ok("pg prefix scheduler", "postgresql://u@h/d?prefix=qrtz_&scheduler=Main%20Scheduler", pg, "h", 5432, "d", "u",
       QStringLiteral("qrtz_"), QStringLiteral("Main Scheduler"));
    ok("pg encoded user", "postgresql://us%40er@h/d", pg, "h", 5432, "d", "us@er", P, S);
    ok("mysql", "mysql://root@127.0.0.1:3307/qronos", my, "127.0.0.1", 3307, "qronos", "root", P, S);
    ok("mysql default port", "mysql://u@h/d", my, "h", 3306, "d", "u", P, S);
    ok("mariadb", "mariadb://u@h:3310/d?prefix=Q_&connectTimeout=5", my, "h", 3310, "d", "u", QStringLiteral("Q_"), S);
    ok("mysql ssl", "mysql://u@h/d?sslca=/ca.pem", my, "h", 3306, "d", "u", P, S);

    bad("empty", "", "empty");
    bad("unknown scheme", "oracle://u@h/d", "oracle");
    bad("no scheme", "/var/lib/q.db", "\"\"");
    bad("sqlite with host", "sqlite://host/q.db", "host");
    bad("sqlite no path", "sqlite:", "path");
    bad("pg no host", "postgresql:///d", "host");
    bad("pg no database", "postgresql://u@h:5432", "database");
    bad("pg no database slash", "postgresql://u@h:5432/", "database");
    bad("pg nested path", "postgresql://u@h/a/b", "a/b");
    bad("pg port zero", "postgresql://u@h:0/d", "port");
    bad("pg port text", "postgresql://u@h:abc/d", "URL");
    bad("unknown option", "postgresql://u@h/d?sslmodes=require", "sslmodes");
    bad("mysql pg option", "mysql://u@h/d?sslmode=require", "sslmode");
    bad("prefix with dash", "postgresql://u@h/d?prefix=QR-TZ", "QR-TZ");
    bad("prefix injection", "sqlite:q.db?prefix=X;DROP%20TABLE%20Y", "X;DROP");
    bad("prefix digit first", "mysql://u@h/d?prefix=1Q", "1Q");
    bad("prefix empty", "mysql://u@h/d?prefix=", "prefix");
    bad("prefix too long", "mysql://u@h/d?prefix=ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH", "ABCDEFGHIJ");
    bad("scheduler empty", "mysql://u@h/d?scheduler=", "scheduler");
    bad("timeout text", "postgresql://u@h/d?connectTimeout=soon", "connectTimeout");
    bad("option with semicolon", "postgresql://u@h/d?sslrootcert=/a;sslmode=disable", "sslrootcert");
    bad("missing password file", "postgresql://u@h/d?passwordFile=/nonexistent/qronos.pw", "/nonexistent/qronos.pw");
}

void tst_Schema::parseUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, errorPart);
    const auto url = DatabaseUrl::parse(text, QProcessEnvironment());
    if (!ok) {
        QVERIFY2(!url, qPrintable(text));
        QVERIFY2(url.error().contains(errorPart), qPrintable(url.error()));
        return;
    }
    QVERIFY2(url, qPrintable(url.error()));
    QFETCH(int, kind);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, prefix);
    QFETCH(QString, scheduler);
    QCOMPARE(int(url->kind()), kind);
    QCOMPARE(url->host(), host);
    QCOMPARE(url->port(), port);
    QCOMPARE(url->database(), database);
    QCOMPARE(url->userName(), user);
    QCOMPARE(url->tablePrefix(), prefix);
    QCOMPARE(url->schedulerName(), scheduler);
    // What toString() prints parses back to the same place.
    const auto again = DatabaseUrl::parse(url->toString(), QProcessEnvironment());
    QVERIFY2(again, qPrintable(url->toString() + QStringLiteral(": ") + again.error()));
    QCOMPARE(again->database(), database);
    QCOMPARE(again->host(), host);
    QCOMPARE(again->port(), port);
    QCOMPARE(again->tablePrefix(), prefix);
    QCOMPARE(again->schedulerName(), scheduler);
    QCOMPARE(again->options(), url->options());
}

void tst_Schema::passwordSources()
{
    QFile file(m_dir.filePath(QStringLiteral("pw")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("from-file\n");
    file.close();

    QProcessEnvironment none;
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgresql://u@h/d"), none)->password(), QString());
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgresql://u:in%3Aurl@h/d"), none)->password(), QStringLiteral("in:url"));
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgresql://u@h/d?passwordFile=") + file.fileName(), none)->password(),
             QStringLiteral("from-file"));

    QProcessEnvironment fileEnv;
    fileEnv.insert(QStringLiteral("QRONOS_DB_PASSWORD_FILE"), file.fileName());
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("mysql://u@h/d"), fileEnv)->password(), QStringLiteral("from-file"));

    QProcessEnvironment env = fileEnv;
    env.insert(QStringLiteral("QRONOS_DB_PASSWORD"), QStringLiteral("from-env"));
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("mysql://u@h/d"), env)->password(), QStringLiteral("from-env"));
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("mysql://u:url@h/d"), env)->password(), QStringLiteral("url"));
}

void tst_Schema::toStringHidesPassword()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://u:s3cret@h:5433/d?sslmode=require&prefix=A_"),
                                        QProcessEnvironment());
    QVERIFY(url);
    QCOMPARE(url->password(), QStringLiteral("s3cret"));
    QVERIFY2(!url->toString().contains(QStringLiteral("s3cret")), qPrintable(url->toString()));
    QVERIFY(url->toString().contains(QStringLiteral("u@h:5433/d")));
    QVERIFY(url->toString().contains(QStringLiteral("sslmode=require")));
    QVERIFY(url->toString().contains(QStringLiteral("prefix=A_")));
}

void tst_Schema::badPrefixRejected_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("empty") << QString();
    QTest::newRow("space") << QStringLiteral("QRTZ ");
    QTest::newRow("quote") << QStringLiteral("Q\"T_");
    QTest::newRow("semicolon") << QStringLiteral("Q;");
    QTest::newRow("dot") << QStringLiteral("public.QRTZ_");
    QTest::newRow("digit first") << QStringLiteral("9Q");
    QTest::newRow("non-ascii") << QStringLiteral("QRTZ\u00e9_");
    QTest::newRow("comment") << QStringLiteral("Q--");
}

void tst_Schema::badPrefixRejected()
{
    QFETCH(QString, prefix);
    QVERIFY(!DatabaseUrl::isSafePrefix(prefix));
    const auto url = DatabaseUrl::parse(QStringLiteral("sqlite:q.db?prefix=") + QString::fromLatin1(QUrl::toPercentEncoding(prefix)),
                                        QProcessEnvironment());
    QVERIFY(!url);
    QVERIFY2(url.error().contains(QStringLiteral("prefix")), qPrintable(url.error()));
    // The migration loader refuses it too, whoever calls it.
    SqliteDialect dialect;
    const auto migrations = SchemaMigrator::migrations(dialect, prefix);
    QVERIFY(!migrations);
    QVERIFY2(migrations.error().contains(QStringLiteral("prefix")), qPrintable(migrations.error()));
}

void tst_Schema::skipLocked_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("supported");
    QTest::newRow("sqlite") << "sqlite" << "3.40.1" << false;
    QTest::newRow("pg 9.4") << "pg" << "9.4.26" << false;
    QTest::newRow("pg 9.5") << "pg" << "9.5.0" << true;
    QTest::newRow("pg 15") << "pg" << "15.5 (Debian 15.5-0+deb12u1)" << true;
    QTest::newRow("mysql 5.7") << "mysql" << "5.7.44-log" << false;
    QTest::newRow("mysql 8.0.0") << "mysql" << "8.0.0" << false;
    QTest::newRow("mysql 8.0.36") << "mysql" << "8.0.36" << true;
    QTest::newRow("mariadb 10.5") << "mysql" << "10.5.23-MariaDB" << false;
    QTest::newRow("mariadb 10.6") << "mysql" << "10.6.16-MariaDB-0ubuntu0.22.04.1" << true;
    QTest::newRow("mariadb 10.11") << "mysql" << "10.11.6-MariaDB-0+deb12u1" << true;
}

void tst_Schema::skipLocked()
{
    QFETCH(QString, dialect);
    QFETCH(QString, version);
    QFETCH(bool, supported);
    std::unique_ptr<SqlDialect> d;
    if (dialect == QLatin1String("sqlite"))
        d = std::make_unique<SqliteDialect>();
    else if (dialect == QLatin1String("pg"))
        d = std::make_unique<PostgreSqlDialect>();
    else
        d = std::make_unique<MySqlDialect>();
    QCOMPARE(d->supportsSkipLocked(version), supported);
}

void tst_Schema::splitStatements()
{
    const QString sql = QStringLiteral("-- comment; with a semicolon\n"
                                       "CREATE TABLE A (\n  X INT\n);\n\n"
                                       "  -- another\n"
                                       "CREATE INDEX I ON A (X);\n"
                                       "INSERT INTO A VALUES (1)");
    const QStringList statements = SchemaMigrator::splitStatements(sql);
    QCOMPARE(statements.size(), 3);
    QCOMPARE(statements.at(0), QStringLiteral("CREATE TABLE A (\n  X INT\n)"));
    QCOMPARE(statements.at(1), QStringLiteral("CREATE INDEX I ON A (X)"));
    QCOMPARE(statements.at(2), QStringLiteral("INSERT INTO A VALUES (1)"));
}

void tst_Schema::migrationsEmbedded_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("sqlite") << QStringLiteral("sqlite:q.db");
    QTest::newRow("postgresql") << QStringLiteral("postgresql://u@h/d");
    QTest::newRow("mysql") << QStringLiteral("mysql://u@h/d");
}

void tst_Schema::migrationsEmbedded()
{
    QFETCH(QString, url);
    const auto parsed = DatabaseUrl::parse(url, QProcessEnvironment());
    QVERIFY(parsed);
    const auto dialect = SqlDialect::forUrl(parsed.value());
    const auto migrations = SchemaMigrator::migrations(*dialect, QStringLiteral("ZZ_"));
    QVERIFY2(migrations, qPrintable(migrations.error()));
    QVERIFY(!migrations->isEmpty());
    QCOMPARE(migrations->first().version, 1);
    QCOMPARE(migrations->first().name, QStringLiteral("init"));
    const QString all = migrations->first().statements.join(QLatin1Char('\n'));
    QVERIFY(!all.contains(QStringLiteral("{prefix}")));
    for (const QString &table : kTables) {
        if (table == QLatin1String("SCHEMA_VERSION"))
            continue; // the migrator creates it itself before the first migration
        QVERIFY2(all.contains(QStringLiteral("CREATE TABLE ZZ_") + table + QLatin1Char(' ')), qPrintable(table));
    }
}

void tst_Schema::freshDatabaseHasAllTables()
{
    QFETCH(QString, baseUrl);
    const auto url = DatabaseUrl::parse(freshUrl(baseUrl));
    QVERIFY2(url, qPrintable(url.error()));
    SchemaMigrator migrator(url.value(), nextConnection());
    const auto before = migrator.currentVersion();
    QVERIFY2(before, qPrintable(before.error()));
    QCOMPARE(before.value(), 0);
    const auto version = migrator.migrate();
    QVERIFY2(version, qPrintable(version.error()));
    QCOMPARE(version.value(), migrator.latestVersion());
    QVERIFY(version.value() >= 1);

    QSqlDatabase db = migrator.database();
    const QString prefix = url->tablePrefix();
    for (const QString &table : kTables) {
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + prefix + table),
                 qPrintable(table + QStringLiteral(": ") + query.lastError().text()));
    }

    // One fired-trigger row per (scheduler, trigger, scheduled time): the second claim of the same fire fails.
    const QString insert = QStringLiteral(
        "INSERT INTO %1FIRED_TRIGGERS (SCHED_NAME, ENTRY_ID, TRIGGER_NAME, TRIGGER_GROUP, INSTANCE_NAME, FIRED_TIME, "
        "SCHED_TIME, PRIORITY, STATE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(prefix);
    auto fire = [&](const QString &entry, const QString &scheduler, qint64 schedTime) {
        QSqlQuery query(db);
        query.prepare(insert);
        for (const QVariant &v : QVariantList{scheduler, entry, QStringLiteral("t"), QStringLiteral("g"),
                                              QStringLiteral("node-a"), qint64(1000), schedTime, 5,
                                              QStringLiteral("ACQUIRED")})
            query.addBindValue(v);
        return query.exec();
    };
    QVERIFY(fire(QStringLiteral("node-a1"), QStringLiteral("s"), 1000));
    QVERIFY(!fire(QStringLiteral("node-b1"), QStringLiteral("s"), 1000));
    QVERIFY(fire(QStringLiteral("node-b2"), QStringLiteral("s"), 2000));
    QVERIFY(fire(QStringLiteral("node-b3"), QStringLiteral("other"), 1000));

    // JSON in UTF-8 survives the round trip.
    const QString json = QStringLiteral("{\"greeting\":\"\u4f60\u597d \u00e9\"}");
    QSqlQuery query(db);
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO %1CALENDARS (SCHED_NAME, CALENDAR_NAME, CALENDAR) VALUES (?, ?, ?)")
                              .arg(prefix)));
    query.addBindValue(QStringLiteral("s"));
    query.addBindValue(QStringLiteral("c"));
    query.addBindValue(json);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("SELECT CALENDAR FROM %1CALENDARS").arg(prefix)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), json);
}

void tst_Schema::reopenIsNoOp()
{
    QFETCH(QString, baseUrl);
    const auto url = DatabaseUrl::parse(freshUrl(baseUrl));
    QVERIFY(url);
    int version = 0;
    {
        SchemaMigrator first(url.value(), nextConnection());
        const auto migrated = first.migrate();
        QVERIFY2(migrated, qPrintable(migrated.error()));
        version = migrated.value();
    }
    SchemaMigrator second(url.value(), nextConnection());
    const auto again = second.migrate();
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again.value(), version);
    const auto current = second.currentVersion();
    QVERIFY(current);
    QCOMPARE(current.value(), version);
    QSqlQuery query(second.database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), MIN(STATEMENTS_DONE - STATEMENTS_TOTAL) FROM %1SCHEMA_VERSION")
                           .arg(url->tablePrefix())));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), version);
    QCOMPARE(query.value(1).toInt(), 0);
}

void tst_Schema::newerSchemaRefused()
{
    QFETCH(QString, baseUrl);
    const auto url = DatabaseUrl::parse(freshUrl(baseUrl));
    QVERIFY(url);
    SchemaMigrator first(url.value(), nextConnection());
    QVERIFY(first.migrate());
    QSqlQuery query(first.database());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO %1SCHEMA_VERSION (VERSION, NAME, STATEMENTS_DONE, STATEMENTS_TOTAL, "
                                         "APPLIED_TIME, APPLIED_BY) VALUES (?, ?, ?, ?, ?, ?)").arg(url->tablePrefix())));
    for (const QVariant &v : QVariantList{9999, QStringLiteral("future"), 1, 1, qint64(0), QStringLiteral("Qronos 99")})
        query.addBindValue(v);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    SchemaMigrator second(url.value(), nextConnection());
    const auto refused = second.migrate();
    QVERIFY(!refused);
    qInfo("%s", qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("9999")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("newer")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("nothing was changed")), qPrintable(refused.error()));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1SCHEMA_VERSION").arg(url->tablePrefix())));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), first.latestVersion() + 1);
}

void tst_Schema::prefixesAreSeparate()
{
    QFETCH(QString, baseUrl);
    const auto a = DatabaseUrl::parse(freshUrl(baseUrl));
    const auto b = DatabaseUrl::parse(freshUrl(baseUrl));
    QVERIFY(a && b);
    SchemaMigrator first(a.value(), nextConnection());
    QVERIFY(first.migrate());
    SchemaMigrator second(b.value(), nextConnection());
    const auto before = second.currentVersion();
    QVERIFY2(before, qPrintable(before.error()));
    QCOMPARE(before.value(), 0);
    QVERIFY(second.migrate());
}

void tst_Schema::concurrentMigrations()
{
    // Four nodes starting at once on an empty schema: one migrates, the others wait for it and find nothing to do.
    QFETCH(QString, baseUrl);
    const auto url = DatabaseUrl::parse(freshUrl(baseUrl));
    QVERIFY(url);
    QList<QFuture<Result<int>>> runs;
    for (int i = 0; i < 4; ++i) {
        const QString connection = nextConnection();
        runs << QtConcurrent::run([url = url.value(), connection] {
            SchemaMigrator migrator(url, connection);
            return migrator.migrate();
        });
    }
    SchemaMigrator check(url.value(), nextConnection());
    for (auto &run : runs) {
        const Result<int> result = run.result();
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(result.value(), check.latestVersion());
    }
    QVERIFY(check.open());
    QSqlQuery query(check.database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1SCHEMA_VERSION").arg(url->tablePrefix())));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), check.latestVersion()); // one row per migration, each applied once
}

void tst_Schema::failedMigrationReported()
{
    QFETCH(QString, baseUrl);
    const auto url = DatabaseUrl::parse(freshUrl(baseUrl));
    QVERIFY(url);
    const auto dialect = SqlDialect::forUrl(url.value());
    const auto migrations = SchemaMigrator::migrations(*dialect, url->tablePrefix());
    QVERIFY(migrations);
    const int total = int(migrations->first().statements.size());

    // A table in the way of the fourth statement (CREATE TABLE ...CRON_TRIGGERS).
    SchemaMigrator migrator(url.value(), nextConnection());
    QVERIFY(migrator.open());
    QSqlQuery query(migrator.database());
    QVERIFY2(migrations->first().statements.at(3).contains(QStringLiteral("CRON_TRIGGERS")),
             qPrintable(migrations->first().statements.at(3)));
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE %1CRON_TRIGGERS (X INTEGER)").arg(url->tablePrefix())),
             qPrintable(query.lastError().text()));

    const auto failed = migrator.migrate();
    QVERIFY(!failed);
    qInfo("%s", qPrintable(failed.error()));
    QVERIFY2(failed.error().contains(QStringLiteral("Migration 0001 (init)")), qPrintable(failed.error()));
    QVERIFY2(failed.error().contains(url->tablePrefix() + QStringLiteral("CRON_TRIGGERS")), qPrintable(failed.error()));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1SCHEMA_VERSION WHERE STATEMENTS_DONE = STATEMENTS_TOTAL")
                           .arg(url->tablePrefix())));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    const bool jobDetailsKept = query.exec(QStringLiteral("SELECT COUNT(*) FROM %1JOB_DETAILS").arg(url->tablePrefix()));
    if (dialect->hasTransactionalDdl()) {
        QVERIFY2(failed.error().contains(QStringLiteral("nothing of it was kept")), qPrintable(failed.error()));
        QVERIFY(!jobDetailsKept);
    } else {
        QVERIFY2(failed.error().contains(QStringLiteral("stopped at statement 4 of %1").arg(total)),
                 qPrintable(failed.error()));
        QVERIFY(jobDetailsKept);
    }

    // Once the cause is gone, the next run completes the schema.
    QVERIFY(query.exec(QStringLiteral("DROP TABLE %1CRON_TRIGGERS").arg(url->tablePrefix())));
    const auto fixed = migrator.migrate();
    QVERIFY2(fixed, qPrintable(fixed.error()));
    QCOMPARE(fixed.value(), migrator.latestVersion());
    for (const QString &table : kTables)
        QVERIFY2(query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + url->tablePrefix() + table), qPrintable(table));
}

void tst_Schema::stoppedMySqlMigrationResumes()
{
    if (m_mysqlUrl.isEmpty())
        QSKIP("needs MariaDB/MySQL (QRONOS_TEST_MYSQL_URL)");
    // A run that stopped after 3 statements (say the connection dropped): the next one continues at the 4th.
    const auto url = DatabaseUrl::parse(freshUrl(m_mysqlUrl));
    QVERIFY(url);
    const auto migrations = SchemaMigrator::migrations(MySqlDialect(), url->tablePrefix());
    QVERIFY(migrations);
    const Migration &init = migrations->first();
    SchemaMigrator migrator(url.value(), nextConnection());
    QVERIFY(migrator.currentVersion());
    QSqlQuery query(migrator.database());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE %1SCHEMA_VERSION (VERSION INTEGER NOT NULL PRIMARY KEY, "
                                      "NAME VARCHAR(100) NOT NULL, STATEMENTS_DONE INTEGER NOT NULL, "
                                      "STATEMENTS_TOTAL INTEGER NOT NULL, APPLIED_TIME BIGINT NOT NULL, "
                                      "APPLIED_BY VARCHAR(200) NOT NULL)").arg(url->tablePrefix())));
    for (int i = 0; i < 3; ++i)
        QVERIFY2(query.exec(init.statements.at(i)), qPrintable(query.lastError().text()));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO %1SCHEMA_VERSION VALUES (?, ?, ?, ?, ?, ?)").arg(url->tablePrefix())));
    for (const QVariant &v : QVariantList{1, QStringLiteral("init"), 3, int(init.statements.size()), qint64(0),
                                          QStringLiteral("test")})
        query.addBindValue(v);
    QVERIFY(query.exec());
    QCOMPARE(migrator.currentVersion().value(), 0);

    const auto resumed = migrator.migrate();
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QCOMPARE(resumed.value(), migrator.latestVersion());
    QCOMPARE(migrator.currentVersion().value(), migrator.latestVersion());
    for (const QString &table : kTables)
        QVERIFY2(query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + url->tablePrefix() + table), qPrintable(table));
}

void tst_Schema::skipLockedOnServer()
{
    // The claim query the store will use parses and runs on every server that says it supports it.
    QFETCH(QString, baseUrl);
    const auto url = DatabaseUrl::parse(freshUrl(baseUrl));
    QVERIFY(url);
    SchemaMigrator migrator(url.value(), nextConnection());
    QVERIFY(migrator.migrate());
    qInfo("server version: %s", qPrintable(migrator.serverVersion()));
    QVERIFY(!migrator.serverVersion().isEmpty());
    if (url->kind() == DatabaseUrl::Kind::Sqlite) {
        QVERIFY(!migrator.dialect().supportsSkipLocked(migrator.serverVersion()));
        return;
    }
    // PostgreSQL 15 and MariaDB 10.11 in CI.
    QVERIFY(migrator.dialect().supportsSkipLocked(migrator.serverVersion()));
    QSqlDatabase db = migrator.database();
    QVERIFY(db.transaction());
    QSqlQuery query(db);
    QVERIFY(query.prepare(QStringLiteral("SELECT TRIGGER_NAME, TRIGGER_GROUP FROM %1TRIGGERS WHERE SCHED_NAME = ? "
                                         "AND TRIGGER_STATE = ? AND NEXT_FIRE_TIME <= ? ORDER BY NEXT_FIRE_TIME "
                                         "FOR UPDATE SKIP LOCKED").arg(url->tablePrefix())));
    query.addBindValue(url->schedulerName());
    query.addBindValue(QStringLiteral("WAITING"));
    query.addBindValue(qint64(0));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(!query.next());
    QVERIFY(db.commit());
}

void tst_Schema::connectOptionsReachServer()
{
    if (m_pgUrl.isEmpty())
        QSKIP("needs PostgreSQL (QRONOS_TEST_PG_URL)");
    // The test server has no TLS: sslmode=require must be refused by libpq, sslmode=disable must connect.
    const auto strict = DatabaseUrl::parse(withOption(m_pgUrl, QStringLiteral("sslmode=require")));
    QVERIFY(strict);
    {
        SchemaMigrator migrator(strict.value(), nextConnection());
        const auto opened = migrator.open();
        QVERIFY(!opened);
        qInfo("%s", qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(QStringLiteral("SSL"), Qt::CaseInsensitive), qPrintable(opened.error()));
    }
    const auto plain = DatabaseUrl::parse(withOption(m_pgUrl, QStringLiteral("sslmode=disable&applicationName=tst_schema")));
    QVERIFY(plain);
    SchemaMigrator migrator(plain.value(), nextConnection());
    const auto opened = migrator.open();
    QVERIFY2(opened, qPrintable(opened.error()));
    QSqlQuery query(migrator.database());
    QVERIFY(query.exec(QStringLiteral("SHOW application_name")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("tst_schema"));
    QVERIFY(migrator.dialect().supportsSkipLocked(migrator.serverVersion()));
}

void tst_Schema::unreachableServer_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("mustMention");
    // Port 1 on loopback: nothing listens there, and the refusal is immediate.
    QTest::newRow("postgresql") << QStringLiteral("postgresql://qronos@127.0.0.1:1/qronos?connectTimeout=3")
                                << QStringList{QStringLiteral("127.0.0.1:1"), QStringLiteral("QPSQL"),
                                               QStringLiteral("PostgreSQL")};
    QTest::newRow("mariadb") << QStringLiteral("mariadb://qronos@127.0.0.1:1/qronos?connectTimeout=3")
                             << QStringList{QStringLiteral("127.0.0.1:1"), QStringLiteral("QMYSQL"),
                                            QStringLiteral("MySQL")};
    QTest::newRow("sqlite missing folder") << QStringLiteral("sqlite:///nonexistent-qronos-dir/q.db")
                                           << QStringList{QStringLiteral("/nonexistent-qronos-dir"),
                                                          QStringLiteral("QSQLITE")};
}

void tst_Schema::unreachableServer()
{
    QFETCH(QString, url);
    QFETCH(QStringList, mustMention);
    const auto parsed = DatabaseUrl::parse(url, QProcessEnvironment());
    QVERIFY2(parsed, qPrintable(parsed.error()));
    const QString name = nextConnection();
    {
        SchemaMigrator migrator(parsed.value(), name);
        const auto result = migrator.migrate();
        QVERIFY(!result);
        qInfo("%s", qPrintable(result.error()));
        for (const QString &word : mustMention)
            QVERIFY2(result.error().contains(word), qPrintable(result.error()));
    }
    QVERIFY(!QSqlDatabase::contains(name));
    QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-qronos-dir")));
}

QTEST_GUILESS_MAIN(tst_Schema)
#include "tst_schema.moc"
