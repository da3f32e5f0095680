// QuartzDatabase (a Java Quartz 2.x database in observer mode) against PostgreSQL and MariaDB: tables made by
// Quartz's own DDL (tables_postgres.sql / tables_mysql_innodb.sql out of Debian's quartz2.jar, extracted by CMake),
// rows inserted the way Java Quartz writes them. No JVM: tests/interop/tst_quartzinterop.cpp runs the real one.
// Servers come from QRONOS_TEST_PG_URL / QRONOS_TEST_MYSQL_URL or the CTest fixture (QRONOS_TEST_SERVERS_DIR); with
// QRONOS_REQUIRE_SERVERS=1 (CI) a missing server or DDL fails. Every case uses its own table prefix.

#include "quartztables.h"
#include "storeservers.h"
#include "store/databaseurl.h"
#include "store/quartzdatabase.h"
#include "store/sqldialect.h"

#include <QFile>
#include <QHash>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

#include <atomic>

using namespace Qronos;
using Qronos::StoreTest::quartzDdl;
using Qronos::StoreTest::serverUrl;
using Qronos::StoreTest::withOption;

namespace {

constexpr qint64 T0 = 1700000000000; // 2023-11-14T22:13:20Z

} // namespace

class tst_QuartzDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serversAvailable();

    void missingTable_data() { backends(); }
    void missingTable();
    void schedulerChoice_data() { backends(); }
    void schedulerChoice();
    void reads_data() { backends(); }
    void reads();
    void refusedWithoutConfirmation_data() { backends(); }
    void refusedWithoutConfirmation();
    void pauseAndResume_data();
    void pauseAndResume();
    void groups_data() { backends(); }
    void groups();
    void fireNow_data() { backends(); }
    void fireNow();
    void deleteTrigger_data() { backends(); }
    void deleteTrigger();
    void lockRow_data() { backends(); }
    void lockRow();
    void reconnect();

private:
    void backends();
    /// Empty Quartz tables on \a baseUrl: made by Quartz's DDL once per server (again under a new prefix with
    /// \a fresh), emptied for each case; the prefix, or empty (test failed).
    QString createTables(const QString &baseUrl, bool fresh = false);
    bool exec(const QString &sql, const QVariantList &values = {});
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    /// A job, as JobStoreSupport.storeJob() writes it (job data: some opaque bytes).
    void insertJob(const QString &sched, const QString &name, bool durable = false, bool nonConcurrent = false);
    /// A trigger row of \a type in \a state, next fire T0 + 60 s.
    void insertTrigger(const QString &sched, const QString &name, const QString &group, const QString &job,
                       const QString &state, const QString &type = QStringLiteral("CRON"));
    std::unique_ptr<QuartzDatabase> openQuartz(const QString &sched = QStringLiteral("JavaScheduler"));
    QString state(const QString &name, const QString &group = QStringLiteral("G"));

    QString m_pgUrl;
    QString m_mysqlUrl;
    QString m_prefix;
    DatabaseUrl m_url;
    QString m_connection;
    QHash<QString, QString> m_prefixes; ///< server URL -> prefix of its tables
    int m_cases = 0;
};

void tst_QuartzDatabase::initTestCase()
{
    m_pgUrl = serverUrl("QRONOS_TEST_PG_URL", "pg");
    m_mysqlUrl = serverUrl("QRONOS_TEST_MYSQL_URL", "mysql");
}

void tst_QuartzDatabase::serversAvailable()
{
    const bool required = qEnvironmentVariable("QRONOS_REQUIRE_SERVERS") == QLatin1String("1");
    const bool ddl = StoreTest::haveQuartzDdl();
    if (m_pgUrl.isEmpty() || m_mysqlUrl.isEmpty() || !ddl) {
        const QString hint = QStringLiteral("PostgreSQL, MariaDB or Quartz's DDL (libquartz2-java, then re-run cmake) "
                                            "missing: the Java Quartz database cases did not run.");
        if (required)
            QFAIL(qPrintable(hint + QStringLiteral(" (QRONOS_REQUIRE_SERVERS=1)")));
        QSKIP(qPrintable(hint));
    }
    QVERIFY(ddl);
}

void tst_QuartzDatabase::backends()
{
    QTest::addColumn<QString>("baseUrl");
    if (!StoreTest::haveQuartzDdl()
        || (m_pgUrl.isEmpty() && m_mysqlUrl.isEmpty()))
        QSKIP("see serversAvailable()");
    if (!m_pgUrl.isEmpty())
        QTest::newRow("postgresql") << m_pgUrl;
    if (!m_mysqlUrl.isEmpty())
        QTest::newRow("mariadb") << m_mysqlUrl;
}

QString tst_QuartzDatabase::createTables(const QString &baseUrl, bool fresh)
{
    Result<DatabaseUrl> url = DatabaseUrl::parse(baseUrl);
    if (!url)
        return {};
    m_url = *url;
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
    m_connection = QStringLiteral("tst_quartz_%1").arg(++m_cases);
    QSqlDatabase db = SqlDialect::forUrl(m_url)->addDatabase(m_url, m_connection);
    if (!db.open()) {
        qWarning() << db.lastError().text();
        return {};
    }
    if (!fresh && m_prefixes.contains(baseUrl)) {
        m_prefix = m_prefixes.value(baseUrl);
        for (const char *table : {"FIRED_TRIGGERS", "PAUSED_TRIGGER_GRPS", "SCHEDULER_STATE", "LOCKS", "SIMPLE_TRIGGERS",
                                  "CRON_TRIGGERS", "SIMPROP_TRIGGERS", "BLOB_TRIGGERS", "TRIGGERS", "JOB_DETAILS",
                                  "CALENDARS"}) {
            if (!exec(QStringLiteral("DELETE FROM {p}") + QLatin1String(table)))
                return {};
        }
        return m_prefix;
    }
    m_prefix = QStringLiteral("QZ%1_%2_").arg(QCoreApplication::applicationPid()).arg(m_cases);
    if (!fresh)
        m_prefixes.insert(baseUrl, m_prefix);
    const QStringList ddl = quartzDdl(m_url, m_prefix);
    if (ddl.size() < 20)
        return {};
    for (const QString &statement : ddl) {
        if (!exec(statement))
            return {};
    }
    return m_prefix;
}

bool tst_QuartzDatabase::exec(const QString &sql, const QVariantList &values)
{
    return StoreTest::execSql(m_connection, m_prefix, sql, values);
}

QVariant tst_QuartzDatabase::scalar(const QString &sql, const QVariantList &values)
{
    return StoreTest::scalarSql(m_connection, m_prefix, sql, values);
}

void tst_QuartzDatabase::insertJob(const QString &sched, const QString &name, bool durable, bool nonConcurrent)
{
    // A Java-serialized JobDataMap starts with the stream magic AC ED 00 05.
    const QByteArray blob = QByteArray::fromHex("aced0005737200156f72672e71756172747a2e4a6f62446174614d6170");
    QVERIFY(exec(QStringLiteral("INSERT INTO {p}JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP, DESCRIPTION, "
                                "JOB_CLASS_NAME, IS_DURABLE, IS_NONCONCURRENT, IS_UPDATE_DATA, REQUESTS_RECOVERY, "
                                "JOB_DATA) VALUES (?, ?, 'G', 'a Java job', 'com.acme.ReportJob', ?, ?, ?, ?, ?)"),
                 {sched, name, durable, nonConcurrent, false, true, blob}));
}

void tst_QuartzDatabase::insertTrigger(const QString &sched, const QString &name, const QString &group,
                                       const QString &job, const QString &state, const QString &type)
{
    QVERIFY(exec(QStringLiteral("INSERT INTO {p}TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, "
                                "DESCRIPTION, NEXT_FIRE_TIME, PREV_FIRE_TIME, PRIORITY, TRIGGER_STATE, TRIGGER_TYPE, "
                                "START_TIME, END_TIME, CALENDAR_NAME, MISFIRE_INSTR, JOB_DATA) VALUES (?, ?, ?, ?, 'G', "
                                "NULL, ?, -1, 5, ?, ?, ?, 0, NULL, 0, NULL)"),
                 {sched, name, group, job, T0 + 60000, state, type, T0}));
    if (type == QLatin1String("CRON")) {
        QVERIFY(exec(QStringLiteral("INSERT INTO {p}CRON_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, "
                                    "CRON_EXPRESSION, TIME_ZONE_ID) VALUES (?, ?, ?, '0 * * * * ?', 'Asia/Shanghai')"),
                     {sched, name, group}));
    } else if (type == QLatin1String("SIMPLE")) {
        QVERIFY(exec(QStringLiteral("INSERT INTO {p}SIMPLE_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, "
                                    "REPEAT_COUNT, REPEAT_INTERVAL, TIMES_TRIGGERED) VALUES (?, ?, ?, -1, 30000, 7)"),
                     {sched, name, group}));
    } else if (type == QLatin1String("CAL_INT")) {
        QVERIFY(exec(QStringLiteral("INSERT INTO {p}SIMPROP_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, "
                                    "STR_PROP_1, STR_PROP_2, INT_PROP_1, INT_PROP_2, BOOL_PROP_1, BOOL_PROP_2) VALUES "
                                    "(?, ?, ?, 'MONTH', 'Europe/Paris', 2, 3, ?, ?)"),
                     {sched, name, group, false, false}));
    } else if (type == QLatin1String("DAILY_I")) {
        // What DailyTimeIntervalTriggerPersistenceDelegate wrote for a Java trigger every 15 minutes, Monday to
        // Wednesday, 09:00 to 17:30.
        QVERIFY(exec(QStringLiteral("INSERT INTO {p}SIMPROP_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, "
                                    "STR_PROP_1, STR_PROP_2, STR_PROP_3, INT_PROP_1, INT_PROP_2, LONG_PROP_1, "
                                    "LONG_PROP_2, BOOL_PROP_1, BOOL_PROP_2) VALUES (?, ?, ?, 'MINUTE', '2,3,4', "
                                    "'9,0,0,17,30,0', 15, 4, -1, 0, ?, ?)"),
                     {sched, name, group, false, false}));
    }
}

std::unique_ptr<QuartzDatabase> tst_QuartzDatabase::openQuartz(const QString &sched)
{
    Result<std::unique_ptr<QuartzDatabase>> db = QuartzDatabase::open(m_url, m_prefix, sched);
    if (!db) {
        qWarning() << db.error();
        return nullptr;
    }
    return std::move(db).value();
}

QString tst_QuartzDatabase::state(const QString &name, const QString &group)
{
    return scalar(QStringLiteral("SELECT TRIGGER_STATE FROM {p}TRIGGERS WHERE TRIGGER_NAME = ? AND TRIGGER_GROUP = ?"),
                  {name, group})
        .toString();
}

void tst_QuartzDatabase::missingTable()
{
    QFETCH(QString, baseUrl);
    QVERIFY(!createTables(baseUrl, true).isEmpty());
    // A prefix with no tables at all: the first table is named.
    Result<std::unique_ptr<QuartzDatabase>> none = QuartzDatabase::open(m_url, QStringLiteral("NOPE_"), QStringLiteral("S"));
    QVERIFY(!none);
    QVERIFY2(none.error().contains(QLatin1String("NOPE_JOB_DETAILS")), qPrintable(none.error()));
    // One table gone: that one is named.
    QVERIFY(exec(QStringLiteral("DROP TABLE {p}LOCKS")));
    Result<std::unique_ptr<QuartzDatabase>> partial = QuartzDatabase::open(m_url, m_prefix, QStringLiteral("S"));
    QVERIFY(!partial);
    QVERIFY2(partial.error().contains(m_prefix + QLatin1String("LOCKS")), qPrintable(partial.error()));
    QVERIFY2(partial.error().contains(QLatin1String("missing")), qPrintable(partial.error()));
    // A prefix that cannot be pasted into SQL is refused before any connection.
    Result<QStringList> bad = QuartzDatabase::schedulerNames(m_url, QStringLiteral("Q; DROP"));
    QVERIFY(!bad);
    QVERIFY(bad.error().contains(QLatin1String("Q; DROP")));
}

void tst_QuartzDatabase::schedulerChoice()
{
    QFETCH(QString, baseUrl);
    QVERIFY(!createTables(baseUrl).isEmpty());
    Result<std::unique_ptr<QuartzDatabase>> empty = QuartzDatabase::open(m_url, m_prefix);
    QVERIFY(!empty);
    QVERIFY2(empty.error().contains(QLatin1String("no scheduler")), qPrintable(empty.error()));

    insertJob(QStringLiteral("Alpha"), QStringLiteral("j"));
    QVERIFY(exec(QStringLiteral("INSERT INTO {p}SCHEDULER_STATE VALUES ('Beta', 'node1', ?, 7500)"), {T0}));
    Result<QStringList> names = QuartzDatabase::schedulerNames(m_url, m_prefix);
    QVERIFY2(names, qPrintable(names.error()));
    QCOMPARE(*names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));

    Result<std::unique_ptr<QuartzDatabase>> ambiguous = QuartzDatabase::open(m_url, m_prefix);
    QVERIFY(!ambiguous);
    QVERIFY2(ambiguous.error().contains(QLatin1String("Alpha, Beta")), qPrintable(ambiguous.error()));
    Result<std::unique_ptr<QuartzDatabase>> unknown = QuartzDatabase::open(m_url, m_prefix, QStringLiteral("Gamma"));
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(QLatin1String("Gamma")), qPrintable(unknown.error()));
    Result<std::unique_ptr<QuartzDatabase>> beta = QuartzDatabase::open(m_url, m_prefix, QStringLiteral("Beta"));
    QVERIFY2(beta, qPrintable(beta.error()));
    QCOMPARE((*beta)->schedulerName(), QStringLiteral("Beta"));
    QCOMPARE((*beta)->jobs()->size(), 0); // Alpha's job is not Beta's
}

void tst_QuartzDatabase::reads()
{
    QFETCH(QString, baseUrl);
    QVERIFY(!createTables(baseUrl).isEmpty());
    const QString s = QStringLiteral("JavaScheduler");
    insertJob(s, QStringLiteral("report"), true, true);
    insertTrigger(s, QStringLiteral("nightly"), QStringLiteral("G"), QStringLiteral("report"), QStringLiteral("WAITING"));
    insertTrigger(s, QStringLiteral("poll"), QStringLiteral("G"), QStringLiteral("report"), QStringLiteral("PAUSED"),
                  QStringLiteral("SIMPLE"));
    insertTrigger(s, QStringLiteral("monthly"), QStringLiteral("H"), QStringLiteral("report"),
                  QStringLiteral("BLOCKED"), QStringLiteral("CAL_INT"));
    insertTrigger(s, QStringLiteral("office"), QStringLiteral("I"), QStringLiteral("report"),
                  QStringLiteral("WAITING"), QStringLiteral("DAILY_I"));
    QVERIFY(exec(QStringLiteral("INSERT INTO {p}CALENDARS VALUES (?, 'holidays', ?)"),
                 {s, QByteArray(321, '\x01')}));
    QVERIFY(exec(QStringLiteral("INSERT INTO {p}PAUSED_TRIGGER_GRPS VALUES (?, 'H')"), {s}));
    QVERIFY(exec(QStringLiteral("INSERT INTO {p}FIRED_TRIGGERS VALUES (?, 'node11700000000001', 'nightly', 'G', "
                                "'node1', ?, ?, 5, 'EXECUTING', 'report', 'G', ?, ?)"),
                 {s, T0 + 10, T0, true, false}));
    std::unique_ptr<QuartzDatabase> db = openQuartz(s);
    QVERIFY(db);
    Result<qint64> now = db->databaseTime();
    QVERIFY2(now, qPrintable(now.error()));
    QVERIFY(qAbs(*now - QDateTime::currentMSecsSinceEpoch()) < 60000);
    QVERIFY(exec(QStringLiteral("INSERT INTO {p}SCHEDULER_STATE VALUES (?, 'node1', ?, 7500)"), {s, *now - 2000}));

    Result<QList<QuartzJob>> jobs = db->jobs();
    QVERIFY2(jobs, qPrintable(jobs.error()));
    QCOMPARE(jobs->size(), 1);
    const QuartzJob &job = jobs->constFirst();
    QCOMPARE(job.key, JobKey(QStringLiteral("report"), QStringLiteral("G")));
    QCOMPARE(job.jobClassName, QStringLiteral("com.acme.ReportJob"));
    QCOMPARE(job.description, QStringLiteral("a Java job"));
    QVERIFY(job.durable);
    QVERIFY(job.nonConcurrent);
    QVERIFY(!job.updateData);
    QVERIFY(job.requestsRecovery);
    QCOMPARE(job.jobDataBytes, 29);

    Result<QList<QuartzTrigger>> triggers = db->triggers();
    QVERIFY2(triggers, qPrintable(triggers.error()));
    QCOMPARE(triggers->size(), 4);
    const QuartzTrigger &nightly = triggers->at(0);
    QCOMPARE(nightly.key, TriggerKey(QStringLiteral("nightly"), QStringLiteral("G")));
    QCOMPARE(nightly.type, QuartzTriggerType::Cron);
    QCOMPARE(nightly.cronExpression, QStringLiteral("0 * * * * ?"));
    QCOMPARE(nightly.timeZoneId, QStringLiteral("Asia/Shanghai"));
    QCOMPARE(nightly.state, QStringLiteral("WAITING"));
    QCOMPARE(nightly.nextFireTime, std::optional<qint64>(T0 + 60000));
    QCOMPARE(nightly.previousFireTime, std::nullopt);
    QCOMPARE(nightly.endTime, std::nullopt);
    QCOMPARE(nightly.startTime, T0);
    const QuartzTrigger &poll = triggers->at(1);
    QCOMPARE(poll.type, QuartzTriggerType::Simple);
    QCOMPARE(poll.repeatCount, -1);
    QCOMPARE(poll.repeatIntervalMs, 30000);
    QCOMPARE(poll.timesTriggered, 7);
    QCOMPARE(poll.state, QStringLiteral("PAUSED"));
    const QuartzTrigger &monthly = triggers->at(2);
    QCOMPARE(monthly.key.group(), QStringLiteral("H"));
    QCOMPARE(monthly.type, QuartzTriggerType::CalendarInterval);
    QCOMPARE(monthly.repeatIntervalUnit, QStringLiteral("MONTH"));
    QCOMPARE(monthly.repeatInterval, 2);
    QCOMPARE(monthly.timesTriggered, 3);
    QCOMPARE(monthly.timeZoneId, QStringLiteral("Europe/Paris"));
    const QuartzTrigger &office = triggers->at(3);
    QCOMPARE(office.type, QuartzTriggerType::DailyTimeInterval);
    QCOMPARE(office.typeName, QStringLiteral("DAILY_I"));
    QCOMPARE(office.repeatIntervalUnit, QStringLiteral("MINUTE"));
    QCOMPARE(office.repeatInterval, 15);
    QCOMPARE(office.daysOfWeek, QStringLiteral("2,3,4"));
    QCOMPARE(office.timeOfDay, QStringLiteral("9,0,0,17,30,0"));
    QCOMPARE(office.timesTriggered, 4);
    QCOMPARE(office.repeatCount, -1);

    Result<QList<QuartzCalendar>> calendars = db->calendars();
    QVERIFY2(calendars, qPrintable(calendars.error()));
    QCOMPARE(calendars->size(), 1);
    QCOMPARE(calendars->constFirst().name, QStringLiteral("holidays"));
    QCOMPARE(calendars->constFirst().bytes, 321);
    QCOMPARE(*db->pausedTriggerGroups(), QStringList{QStringLiteral("H")});

    Result<QList<QuartzInstance>> instances = db->instances();
    QVERIFY2(instances, qPrintable(instances.error()));
    QCOMPARE(instances->size(), 1);
    QCOMPARE(instances->constFirst().instanceName, QStringLiteral("node1"));
    QCOMPARE(instances->constFirst().checkinIntervalMs, 7500);
    QVERIFY2(instances->constFirst().checkinAgeMs >= 2000 && instances->constFirst().checkinAgeMs < 30000,
             qPrintable(QString::number(instances->constFirst().checkinAgeMs)));
    QVERIFY(!instances->constFirst().overdue);

    Result<QList<QuartzFiredTrigger>> fired = db->firedTriggers();
    QVERIFY2(fired, qPrintable(fired.error()));
    QCOMPARE(fired->size(), 1);
    QCOMPARE(fired->constFirst().trigger, TriggerKey(QStringLiteral("nightly"), QStringLiteral("G")));
    QCOMPARE(fired->constFirst().job, JobKey(QStringLiteral("report"), QStringLiteral("G")));
    QCOMPARE(fired->constFirst().state, QStringLiteral("EXECUTING"));
    QCOMPARE(fired->constFirst().firedTime, T0 + 10);
    QVERIFY(fired->constFirst().nonConcurrent);
    // Reads never write: still no lock row.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM {p}LOCKS")).toInt(), 0);
}

void tst_QuartzDatabase::refusedWithoutConfirmation()
{
    QFETCH(QString, baseUrl);
    QVERIFY(!createTables(baseUrl).isEmpty());
    const QString s = QStringLiteral("JavaScheduler");
    insertJob(s, QStringLiteral("report"));
    insertTrigger(s, QStringLiteral("nightly"), QStringLiteral("G"), QStringLiteral("report"), QStringLiteral("WAITING"));
    std::unique_ptr<QuartzDatabase> db = openQuartz(s);
    QVERIFY(db);
    const TriggerKey key(QStringLiteral("nightly"), QStringLiteral("G"));
    const auto no = QuartzConfirmation::Unconfirmed;
    QStringList errors{db->pauseTrigger(key, no).error(), db->resumeTrigger(key, no).error(),
                       db->pauseTriggerGroup(QStringLiteral("G"), no).error(),
                       db->resumeTriggerGroup(QStringLiteral("G"), no).error(),
                       db->fireJobNow(JobKey(QStringLiteral("report"), QStringLiteral("G")), no).error(),
                       db->deleteTrigger(key, no).error()};
    for (const QString &error : std::as_const(errors))
        QVERIFY2(error.contains(QLatin1String("Not confirmed")), qPrintable(error));
    QCOMPARE(state(QStringLiteral("nightly")), QStringLiteral("WAITING"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM {p}TRIGGERS")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM {p}PAUSED_TRIGGER_GRPS")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM {p}LOCKS")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM {p}JOB_DETAILS")).toInt(), 1);
}

void tst_QuartzDatabase::pauseAndResume_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("before");
    QTest::addColumn<bool>("runningNonConcurrent");
    QTest::addColumn<QString>("afterPause");
    QTest::addColumn<QString>("afterResume");
    struct Row { const char *name, *before; bool running; const char *paused, *resumed; };
    const Row rows[] = {
        {"waiting", "WAITING", false, "PAUSED", "WAITING"},
        {"acquired", "ACQUIRED", false, "PAUSED", "WAITING"},
        {"blocked", "BLOCKED", true, "PAUSED_BLOCKED", "BLOCKED"},
        {"paused blocked, run ended", "BLOCKED", false, "PAUSED_BLOCKED", "WAITING"},
        {"waiting, then blocked on resume", "WAITING", true, "PAUSED", "BLOCKED"},
        {"complete stays", "COMPLETE", false, "COMPLETE", "COMPLETE"},
        {"error stays", "ERROR", false, "ERROR", "ERROR"},
    };
    const QList<QPair<QString, QString>> servers{{QStringLiteral("postgresql"), m_pgUrl},
                                                 {QStringLiteral("mariadb"), m_mysqlUrl}};
    if (!StoreTest::haveQuartzDdl()
        || (m_pgUrl.isEmpty() && m_mysqlUrl.isEmpty()))
        QSKIP("see serversAvailable()");
    for (const auto &[server, url] : servers) {
        if (url.isEmpty())
            continue;
        for (const Row &r : rows) {
            QTest::addRow("%s: %s", qPrintable(server), r.name)
                << url << QString::fromLatin1(r.before) << r.running << QString::fromLatin1(r.paused)
                << QString::fromLatin1(r.resumed);
        }
    }
}

void tst_QuartzDatabase::pauseAndResume()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, before);
    QFETCH(bool, runningNonConcurrent);
    QFETCH(QString, afterPause);
    QFETCH(QString, afterResume);
    QVERIFY(!createTables(baseUrl).isEmpty());
    const QString s = QStringLiteral("JavaScheduler");
    insertJob(s, QStringLiteral("report"), false, true);
    insertTrigger(s, QStringLiteral("t"), QStringLiteral("G"), QStringLiteral("report"), before);
    std::unique_ptr<QuartzDatabase> db = openQuartz(s);
    QVERIFY(db);
    const TriggerKey key(QStringLiteral("t"), QStringLiteral("G"));
    Result<bool> paused = db->pauseTrigger(key, QuartzConfirmation::Confirmed);
    QVERIFY2(paused, qPrintable(paused.error()));
    QCOMPARE(*paused, afterPause != before);
    QCOMPARE(state(QStringLiteral("t")), afterPause);
    // The run that blocks it goes on (or not) while it is paused.
    QVERIFY(exec(QStringLiteral("DELETE FROM {p}FIRED_TRIGGERS")));
    if (runningNonConcurrent) {
        QVERIFY(exec(QStringLiteral("INSERT INTO {p}FIRED_TRIGGERS VALUES (?, 'e1', 'other', 'G', 'node1', ?, ?, 5, "
                                    "'EXECUTING', 'report', 'G', ?, ?)"),
                     {s, T0, T0, true, false}));
    }
    Result<bool> resumed = db->resumeTrigger(key, QuartzConfirmation::Confirmed);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QCOMPARE(state(QStringLiteral("t")), afterResume);
    // The next fire time is left as it was (a past one is the Java nodes' misfire handler's).
    QCOMPARE(scalar(QStringLiteral("SELECT NEXT_FIRE_TIME FROM {p}TRIGGERS")).toLongLong(), T0 + 60000);

    Result<bool> missing = db->pauseTrigger(TriggerKey(QStringLiteral("nope"), QStringLiteral("G")),
                                            QuartzConfirmation::Confirmed);
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QLatin1String("G.nope")), qPrintable(missing.error()));
}

void tst_QuartzDatabase::groups()
{
    QFETCH(QString, baseUrl);
    QVERIFY(!createTables(baseUrl).isEmpty());
    const QString s = QStringLiteral("JavaScheduler");
    insertJob(s, QStringLiteral("report"));
    insertTrigger(s, QStringLiteral("a"), QStringLiteral("G"), QStringLiteral("report"), QStringLiteral("WAITING"));
    insertTrigger(s, QStringLiteral("b"), QStringLiteral("G"), QStringLiteral("report"), QStringLiteral("BLOCKED"),
                  QStringLiteral("SIMPLE"));
    insertTrigger(s, QStringLiteral("c"), QStringLiteral("G"), QStringLiteral("report"), QStringLiteral("COMPLETE"));
    insertTrigger(s, QStringLiteral("x"), QStringLiteral("OTHER"), QStringLiteral("report"), QStringLiteral("WAITING"));
    std::unique_ptr<QuartzDatabase> db = openQuartz(s);
    QVERIFY(db);
    Result<int> paused = db->pauseTriggerGroup(QStringLiteral("G"), QuartzConfirmation::Confirmed);
    QVERIFY2(paused, qPrintable(paused.error()));
    QCOMPARE(*paused, 2);
    QCOMPARE(state(QStringLiteral("a")), QStringLiteral("PAUSED"));
    QCOMPARE(state(QStringLiteral("b")), QStringLiteral("PAUSED_BLOCKED"));
    QCOMPARE(state(QStringLiteral("c")), QStringLiteral("COMPLETE"));
    QCOMPARE(state(QStringLiteral("x"), QStringLiteral("OTHER")), QStringLiteral("WAITING"));
    QCOMPARE(*db->pausedTriggerGroups(), QStringList{QStringLiteral("G")});
    // Pausing again records the group once.
    QCOMPARE(*db->pauseTriggerGroup(QStringLiteral("G"), QuartzConfirmation::Confirmed), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM {p}PAUSED_TRIGGER_GRPS")).toInt(), 1);

    Result<int> resumed = db->resumeTriggerGroup(QStringLiteral("G"), QuartzConfirmation::Confirmed);
    QVERIFY2(resumed, qPrintable(resumed.error()));
    QCOMPARE(*resumed, 2);
    QCOMPARE(state(QStringLiteral("a")), QStringLiteral("WAITING"));
    QCOMPARE(state(QStringLiteral("b")), QStringLiteral("WAITING"));
    QCOMPARE(state(QStringLiteral("c")), QStringLiteral("COMPLETE"));
    QVERIFY(db->pausedTriggerGroups()->isEmpty());
}

void tst_QuartzDatabase::fireNow()
{
    QFETCH(QString, baseUrl);
    QVERIFY(!createTables(baseUrl).isEmpty());
    const QString s = QStringLiteral("JavaScheduler");
    insertJob(s, QStringLiteral("report"));
    insertJob(s, QStringLiteral("exclusive"), false, true);
    std::unique_ptr<QuartzDatabase> db = openQuartz(s);
    QVERIFY(db);
    const qint64 before = *db->databaseTime();
    Result<TriggerKey> key = db->fireJobNow(JobKey(QStringLiteral("report"), QStringLiteral("G")),
                                            QuartzConfirmation::Confirmed);
    QVERIFY2(key, qPrintable(key.error()));
    QVERIFY2(key->name().startsWith(QLatin1String("MT_")), qPrintable(key->name()));
    QCOMPARE(key->group(), QStringLiteral("DEFAULT"));
    Result<QList<QuartzTrigger>> triggers = db->triggers();
    QVERIFY(triggers);
    QCOMPARE(triggers->size(), 1);
    const QuartzTrigger &t = triggers->constFirst();
    QCOMPARE(t.key, *key);
    QCOMPARE(t.job, JobKey(QStringLiteral("report"), QStringLiteral("G")));
    QCOMPARE(t.type, QuartzTriggerType::Simple);
    QCOMPARE(t.state, QStringLiteral("WAITING"));
    QCOMPARE(t.repeatCount, 0);
    QCOMPARE(t.repeatIntervalMs, 0);
    QCOMPARE(t.timesTriggered, 0);
    QCOMPARE(t.priority, 5);
    QCOMPARE(t.misfireInstruction, 0);
    QVERIFY(t.nextFireTime && *t.nextFireTime >= before && *t.nextFireTime < before + 10000);
    QCOMPARE(t.startTime, *t.nextFireTime);
    QCOMPARE(t.previousFireTime, std::nullopt);
    QCOMPARE(scalar(QStringLiteral("SELECT PREV_FIRE_TIME FROM {p}TRIGGERS")).toLongLong(), -1);
    QCOMPARE(scalar(QStringLiteral("SELECT END_TIME FROM {p}TRIGGERS")).toLongLong(), 0);

    // DEFAULT paused: the new trigger starts paused; a running non-concurrent job blocks it.
    QVERIFY(exec(QStringLiteral("INSERT INTO {p}PAUSED_TRIGGER_GRPS VALUES (?, 'DEFAULT')"), {s}));
    Result<TriggerKey> paused = db->fireJobNow(JobKey(QStringLiteral("report"), QStringLiteral("G")),
                                               QuartzConfirmation::Confirmed);
    QVERIFY2(paused, qPrintable(paused.error()));
    QCOMPARE(state(paused->name(), QStringLiteral("DEFAULT")), QStringLiteral("PAUSED"));
    QVERIFY(exec(QStringLiteral("DELETE FROM {p}PAUSED_TRIGGER_GRPS")));
    QVERIFY(exec(QStringLiteral("INSERT INTO {p}FIRED_TRIGGERS VALUES (?, 'e1', 'other', 'G', 'node1', ?, ?, 5, "
                                "'EXECUTING', 'exclusive', 'G', ?, ?)"),
                 {s, T0, T0, true, false}));
    Result<TriggerKey> blocked = db->fireJobNow(JobKey(QStringLiteral("exclusive"), QStringLiteral("G")),
                                                QuartzConfirmation::Confirmed);
    QVERIFY2(blocked, qPrintable(blocked.error()));
    QCOMPARE(state(blocked->name(), QStringLiteral("DEFAULT")), QStringLiteral("BLOCKED"));

    Result<TriggerKey> missing = db->fireJobNow(JobKey(QStringLiteral("nope"), QStringLiteral("G")),
                                                QuartzConfirmation::Confirmed);
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QLatin1String("G.nope")), qPrintable(missing.error()));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM {p}TRIGGERS")).toInt(), 3);
}

void tst_QuartzDatabase::deleteTrigger()
{
    QFETCH(QString, baseUrl);
    QVERIFY(!createTables(baseUrl).isEmpty());
    const QString s = QStringLiteral("JavaScheduler");
    insertJob(s, QStringLiteral("report"));                // not durable
    insertJob(s, QStringLiteral("kept"), /*durable*/ true);
    insertTrigger(s, QStringLiteral("a"), QStringLiteral("G"), QStringLiteral("report"), QStringLiteral("WAITING"));
    insertTrigger(s, QStringLiteral("b"), QStringLiteral("G"), QStringLiteral("report"), QStringLiteral("WAITING"),
                  QStringLiteral("SIMPLE"));
    insertTrigger(s, QStringLiteral("k"), QStringLiteral("G"), QStringLiteral("kept"), QStringLiteral("WAITING"),
                  QStringLiteral("CAL_INT"));
    std::unique_ptr<QuartzDatabase> db = openQuartz(s);
    QVERIFY(db);
    const auto yes = QuartzConfirmation::Confirmed;
    Result<QuartzDeletion> a = db->deleteTrigger(TriggerKey(QStringLiteral("a"), QStringLiteral("G")), yes);
    QVERIFY2(a, qPrintable(a.error()));
    QVERIFY(!a->jobDeleted); // b still uses it
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM {p}CRON_TRIGGERS")).toInt(), 0);
    Result<QuartzDeletion> b = db->deleteTrigger(TriggerKey(QStringLiteral("b"), QStringLiteral("G")), yes);
    QVERIFY2(b, qPrintable(b.error()));
    QVERIFY(b->jobDeleted);
    QCOMPARE(b->job, JobKey(QStringLiteral("report"), QStringLiteral("G")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM {p}SIMPLE_TRIGGERS")).toInt(), 0);
    Result<QuartzDeletion> k = db->deleteTrigger(TriggerKey(QStringLiteral("k"), QStringLiteral("G")), yes);
    QVERIFY2(k, qPrintable(k.error()));
    QVERIFY(!k->jobDeleted); // durable
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM {p}SIMPROP_TRIGGERS")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM {p}TRIGGERS")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT JOB_NAME FROM {p}JOB_DETAILS")).toString(), QStringLiteral("kept"));
    Result<QuartzDeletion> again = db->deleteTrigger(TriggerKey(QStringLiteral("k"), QStringLiteral("G")), yes);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QLatin1String("G.k")), qPrintable(again.error()));
}

void tst_QuartzDatabase::lockRow()
{
    QFETCH(QString, baseUrl);
    QVERIFY(!createTables(baseUrl).isEmpty());
    const QString s = QStringLiteral("JavaScheduler");
    insertJob(s, QStringLiteral("report"));
    insertTrigger(s, QStringLiteral("t"), QStringLiteral("G"), QStringLiteral("report"), QStringLiteral("WAITING"));
    std::unique_ptr<QuartzDatabase> db = openQuartz(s);
    QVERIFY(db);
    // No LOCKS row yet (a scheduler whose nodes never started): the action inserts it, as StdRowLockSemaphore does.
    QVERIFY(*db->pauseTrigger(TriggerKey(QStringLiteral("t"), QStringLiteral("G")), QuartzConfirmation::Confirmed));
    QCOMPARE(scalar(QStringLiteral("SELECT LOCK_NAME FROM {p}LOCKS WHERE SCHED_NAME = ?"), {s}).toString(),
             QStringLiteral("TRIGGER_ACCESS"));

    // A Java node holding TRIGGER_ACCESS (here: this connection) makes the action wait for it; the action runs on
    // another thread with its own connection.
    QSqlDatabase holder = QSqlDatabase::database(m_connection, false);
    QVERIFY(holder.transaction());
    QVERIFY(exec(QStringLiteral("SELECT * FROM {p}LOCKS WHERE SCHED_NAME = ? AND LOCK_NAME = 'TRIGGER_ACCESS' FOR UPDATE"),
                 {s}));
    std::atomic<bool> done{false};
    QFuture<Result<bool>> resumed = QtConcurrent::run([&db, &done] {
        Result<bool> r = db->resumeTrigger(TriggerKey(QStringLiteral("t"), QStringLiteral("G")),
                                           QuartzConfirmation::Confirmed);
        done = true;
        return r;
    });
    QTest::qWait(700);
    const bool finishedWhileLocked = done;
    QVERIFY(holder.commit());
    resumed.waitForFinished();
    QVERIFY2(!finishedWhileLocked, "the action did not wait for Quartz's TRIGGER_ACCESS row lock");
    QVERIFY2(resumed.result(), qPrintable(resumed.result().error()));
    QVERIFY(*resumed.result());
    QCOMPARE(state(QStringLiteral("t")), QStringLiteral("WAITING"));
}

void tst_QuartzDatabase::reconnect()
{
    // PostgreSQL only: its connections can be told apart by application name, so that this ends no one else's.
    if (m_pgUrl.isEmpty())
        QSKIP("no PostgreSQL server");
    QVERIFY(!createTables(m_pgUrl).isEmpty());
    const QString s = QStringLiteral("JavaScheduler");
    insertJob(s, QStringLiteral("report"));
    insertTrigger(s, QStringLiteral("t"), QStringLiteral("G"), QStringLiteral("report"), QStringLiteral("WAITING"));
    const QString app = QStringLiteral("qronos_quartz_reconnect_%1").arg(QCoreApplication::applicationPid());
    Result<DatabaseUrl> url = DatabaseUrl::parse(m_pgUrl + (m_pgUrl.contains(QLatin1Char('?')) ? u'&' : u'?')
                                                 + QStringLiteral("applicationName=") + app);
    QVERIFY2(url, qPrintable(url.error()));
    Result<std::unique_ptr<QuartzDatabase>> db = QuartzDatabase::open(*url, m_prefix, s);
    QVERIFY2(db, qPrintable(db.error()));
    const auto dropConnection = [&] {
        QVERIFY(exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?"),
                     {app}));
        QTRY_COMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?"), {app})
                         .toInt(),
                     0);
    };
    QCOMPARE((*db)->jobs()->size(), 1);
    dropConnection();
    Result<QList<QuartzJob>> jobs = (*db)->jobs();
    QVERIFY2(jobs, qPrintable(jobs.error()));
    QCOMPARE(jobs->size(), 1);
    dropConnection();
    Result<bool> paused = (*db)->pauseTrigger(TriggerKey(QStringLiteral("t"), QStringLiteral("G")),
                                              QuartzConfirmation::Confirmed);
    QVERIFY2(paused, qPrintable(paused.error()));
    QVERIFY(*paused);
    QCOMPARE(state(QStringLiteral("t")), QStringLiteral("PAUSED"));
}

QTEST_GUILESS_MAIN(tst_QuartzDatabase)
#include "tst_quartzdatabase.moc"
