// Export and import against a real store: SQLite always, PostgreSQL and MariaDB when their servers are given
// (QRONOS_TEST_PG_URL / QRONOS_TEST_MYSQL_URL, or the CTest fixture's QRONOS_TEST_SERVERS_DIR/{pg,mysql}/url; with
// QRONOS_REQUIRE_SERVERS=1 a missing server fails). Every case uses its own table prefix.
//
// - round trip: the full qronos/1 example imported into an empty store, exported, imported into another empty
//   store and exported again gives the same bytes; paused triggers are PAUSED, fire times computed;
// - one transaction: an import that fails (a problem the in-transaction plan finds, or a statement that fails after
//   deletes and inserts have run) leaves the store exactly as it was, audit log included.

#include "storeservers.h"
#include "clock.h"
#include "exchange/importplan.h"
#include "exchange/scheduleexport.h"
#include "exchange/schedulejson.h"
#include "schedule/firetimes.h"
#include "store/databaseurl.h"
#include "store/schemamigrator.h"
#include "store/sqljobstore.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qronos;
using Qronos::StoreTest::serverUrl;
using Qronos::StoreTest::withOption;

namespace {

constexpr qint64 T0 = 1767225600000; // 2026-01-01T00:00:00Z

QByteArray fullExample()
{
    QFile file(QStringLiteral(QRONOS_SOURCE_DIR "/tests/unit/data/qronos-1-full.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the example");
    return file.readAll();
}

ScheduleDocument parse(const QByteArray &text)
{
    ScheduleJson::ReadResult read = ScheduleJson::read(text);
    if (!read.ok())
        qFatal("bad test document: %s", qPrintable(read.problems.constFirst().toString()));
    return read.document;
}

QByteArray exported(JobStore &store)
{
    Result<ScheduleDocument> document = readSchedule(store, {});
    if (!document)
        return "export failed: " + document.error().toUtf8();
    return ScheduleJson::write(document.value());
}

/// Everything an import could touch that export does not show: states, fire times, the audit log's length.
QStringList runtimeState(SqlJobStore &store)
{
    QStringList rows;
    const auto triggers = store.listTriggers({});
    if (!triggers)
        return {triggers.error()};
    for (const StoredTrigger &s : triggers.value())
        rows << QStringLiteral("%1 %2 %3").arg(s.trigger.key().toString(), triggerStateName(s.state))
                    .arg(s.trigger.nextFireTime().value_or(-1));
    const auto audit = store.auditLog(std::nullopt, 1000000);
    rows << QStringLiteral("audit rows %1").arg(audit ? audit->size() : -1);
    return rows;
}

/// A file that first deletes the "reports" jobs (so that deletes run), then adds \a count simple triggers of a new
/// job; the 50th trigger is a calendar-interval one, and \a fiftieth is spliced into it.
QByteArray bulkFile(int count, const QByteArray &fiftieth, const QByteArray &directives)
{
    QByteArray text = "{\n  \"format\": \"qronos/1\",\n  \"directives\": " + directives + ",\n"
                      "  \"jobs\": [{\"group\": \"bulk\", \"name\": \"job\", \"type\": \"noop\", \"durable\": true}],\n"
                      "  \"triggers\": [\n";
    for (int i = 1; i <= count; ++i) {
        const QByteArray name = "t" + QByteArray::number(i);
        if (i == 50)
            text += "    {\"group\": \"bulk\", \"name\": \"" + name + "\", \"jobGroup\": \"bulk\", \"jobName\": \"job\", "
                    "\"kind\": \"calendarInterval\", \"unit\": \"DAY\", \"startTime\": \"2026-01-01T00:00:00Z\"" + fiftieth + "}";
        else
            text += "    {\"group\": \"bulk\", \"name\": \"" + name + "\", \"jobGroup\": \"bulk\", \"jobName\": \"job\", "
                    "\"kind\": \"simple\", \"startTime\": \"2026-01-01T00:00:00Z\"}";
        text += i < count ? ",\n" : "\n";
    }
    return text + "  ]\n}\n";
}

} // namespace

class tst_Import final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serversAvailable();
    void roundTrip_data() { backends(); }
    void roundTrip();
    void exportSelection_data() { backends(); }
    void exportSelection();
    void failureChangesNothing_data();
    void failureChangesNothing();

private:
    void backends();
    QString freshUrl(const QString &base);
    std::unique_ptr<SqlJobStore> openStore(const QString &url);

    QTemporaryDir m_dir;
    QString m_pgUrl;
    QString m_mysqlUrl;
    QString m_runTag;
    int m_prefixes = 0;
    std::shared_ptr<ManualClock> m_clock = std::make_shared<ManualClock>(T0 - 86400000);
};

void tst_Import::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pgUrl = serverUrl("QRONOS_TEST_PG_URL", "pg");
    m_mysqlUrl = serverUrl("QRONOS_TEST_MYSQL_URL", "mysql");
    m_runTag = QString::number(QDateTime::currentMSecsSinceEpoch() % 1000000, 36).toUpper();
}

void tst_Import::serversAvailable()
{
    if (m_pgUrl.isEmpty() || m_mysqlUrl.isEmpty()) {
        const QString hint = QStringLiteral("PostgreSQL and/or MariaDB not available: the import tests ran on SQLite only "
                                            "(set QRONOS_TEST_PG_URL / QRONOS_TEST_MYSQL_URL or run under ctest).");
        if (qEnvironmentVariable("QRONOS_REQUIRE_SERVERS") == QLatin1String("1"))
            QFAIL(qPrintable(hint + QStringLiteral(" (QRONOS_REQUIRE_SERVERS=1: both servers must run)")));
        QSKIP(qPrintable(hint));
    }
    QVERIFY(!m_pgUrl.isEmpty() && !m_mysqlUrl.isEmpty());
}

void tst_Import::backends()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::newRow("sqlite") << QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("import.db"));
    if (!m_pgUrl.isEmpty())
        QTest::newRow("postgresql") << m_pgUrl;
    if (!m_mysqlUrl.isEmpty())
        QTest::newRow("mariadb") << m_mysqlUrl;
}

QString tst_Import::freshUrl(const QString &base)
{
    return base + (base.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
        + QStringLiteral("prefix=I%1_%2_").arg(m_runTag).arg(++m_prefixes);
}

std::unique_ptr<SqlJobStore> tst_Import::openStore(const QString &url)
{
    SqlJobStore::Options options;
    options.instanceId = QStringLiteral("node-a");
    options.clock = m_clock;
    options.actor = Actor{QStringLiteral("tester"), QStringLiteral("testhost")};
    auto store = SqlJobStore::open(DatabaseUrl::parse(url).value(), options);
    if (!store)
        qFatal("cannot open the store: %s", qPrintable(store.error()));
    return std::move(store).value();
}

void tst_Import::roundTrip()
{
    QFETCH(QString, baseUrl);
    auto first = openStore(freshUrl(baseUrl));
    Result<ImportReport> report = first->applyImport(parse(fullExample()));
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY2(report->applied, qPrintable(report->plan.problems.value(0).toString()));
    QCOMPARE(report->plan.count(PlanAction::Added), 7 + 2 + 4);

    const QByteArray once = exported(*first);
    // The example without its directives (an export writes the defaults, so none).
    ScheduleDocument expected = parse(fullExample());
    expected.directives = ImportDirectives();
    QCOMPARE(QString::fromUtf8(once), QString::fromUtf8(ScheduleJson::write(expected)));

    auto second = openStore(freshUrl(baseUrl));
    report = second->applyImport(parse(once));
    QVERIFY2(report && report->applied, report ? "problems" : qPrintable(report.error()));
    QCOMPARE(QString::fromUtf8(exported(*second)), QString::fromUtf8(once));

    // Stored as scheduleJob() would: fire times computed with the calendar, the paused trigger PAUSED.
    auto hourly = second->retrieveTrigger(TriggerKey(QStringLiteral("hourly"), QStringLiteral("reports")));
    QVERIFY(hourly && hourly->has_value());
    QCOMPARE((*hourly)->state, TriggerState::Paused);
    QCOMPARE((*hourly)->trigger.nextFireTime(), std::optional<qint64>(T0));
    auto cron = second->retrieveTrigger(TriggerKey(QStringLiteral("nightly-cron"), QStringLiteral("reports")));
    QVERIFY(cron && cron->has_value());
    QCOMPARE((*cron)->state, TriggerState::Waiting);
    Trigger expectedCron = (*cron)->trigger;
    expectedCron.setNextFireTime(std::nullopt);
    auto holidays = second->retrieveCalendar(QStringLiteral("holidays"));
    QVERIFY(holidays && *holidays);
    QCOMPARE((*cron)->trigger.nextFireTime(), FireTimes::computeFirstFireTime(expectedCron, holidays->get()));

    // Importing the same file again changes nothing and writes nothing.
    const QStringList before = runtimeState(*second);
    report = second->applyImport(parse(once));
    QVERIFY(report && report->applied);
    QVERIFY(!report->plan.changesSomething());
    QCOMPARE(report->plan.count(PlanAction::Unchanged), 13);
    QCOMPARE(runtimeState(*second), before);
}

void tst_Import::exportSelection()
{
    QFETCH(QString, baseUrl);
    auto store = openStore(freshUrl(baseUrl));
    QVERIFY(store->applyImport(parse(fullExample()))->applied);
    ExportSelection selection;
    selection.jobs << JobKey(QStringLiteral("weekly"), QStringLiteral("reports"));
    Result<ScheduleDocument> part = readSchedule(*store, selection);
    QVERIFY2(part, qPrintable(part.error()));
    QCOMPARE(part->jobs.size(), 1);
    QCOMPARE(part->triggers.size(), 2); // hourly (paused) and monthly, which goes with its calendar
    QVERIFY(part->triggers.at(0).paused);
    QCOMPARE(part->calendars.size(), 1);
    QCOMPARE(part->calendars.at(0).name, QStringLiteral("weekends-and-holidays"));
    QVERIFY(part->calendars.at(0).calendar->baseCalendar()); // the chain comes along

    selection = {};
    selection.groups << QStringLiteral("nothing-here");
    part = readSchedule(*store, selection);
    QVERIFY(part);
    QVERIFY(part->jobs.isEmpty() && part->triggers.isEmpty() && part->calendars.isEmpty());

    selection = {};
    selection.jobs << JobKey(QStringLiteral("missing"), QStringLiteral("reports"));
    part = readSchedule(*store, selection);
    QVERIFY(!part);
    QCOMPARE(part.error(), QStringLiteral("There is no job reports.missing to export."));
}

void tst_Import::failureChangesNothing_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<bool>("breakFiftieth"); // a statement fails at the 50th trigger, after deletes and inserts
    QTest::addColumn<QString>("problem");

    const QByteArray deleteReports = R"({"deleteJobsInGroups": ["reports"]})";
    const struct
    {
        const char *name;
        QByteArray file;
        bool breakFiftieth;
        const char *problem;
    } cases[] = {
        {"50th trigger's calendar missing", bulkFile(60, R"(, "calendar": "nope")", deleteReports), false,
         "line 55, column 5 ($.triggers[49]): Trigger bulk.t50: its calendar \"nope\" is neither in the file nor in "
         "the store."},
        {"duplicate key, overwrite off", bulkFile(60, "", R"({"overwriteExistingData": false})").replace(
             "\"group\": \"bulk\", \"name\": \"t60\"", "\"group\": \"reports\", \"name\": \"hourly\""),
         false,
         "line 65, column 5 ($.triggers[59]): Trigger reports.hourly exists already; overwrite-existing-data is off "
         "and ignore-duplicates is off."},
        {"statement fails at the 50th trigger", bulkFile(60, "", deleteReports), true, ""},
    };
    const QString sqlite = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("failure.db"));
    for (const auto &c : cases) {
        QTest::addRow("sqlite: %s", c.name) << sqlite << c.file << c.breakFiftieth << QString::fromUtf8(c.problem);
        if (!m_pgUrl.isEmpty())
            QTest::addRow("postgresql: %s", c.name) << m_pgUrl << c.file << c.breakFiftieth << QString::fromUtf8(c.problem);
        if (!m_mysqlUrl.isEmpty())
            QTest::addRow("mariadb: %s", c.name) << m_mysqlUrl << c.file << c.breakFiftieth << QString::fromUtf8(c.problem);
    }
}

void tst_Import::failureChangesNothing()
{
    QFETCH(QString, baseUrl);
    QFETCH(QByteArray, file);
    QFETCH(bool, breakFiftieth);
    QFETCH(QString, problem);
    const QString url = freshUrl(baseUrl);
    auto store = openStore(url);
    QVERIFY(store->applyImport(parse(fullExample()))->applied);
    const QByteArray before = exported(*store);
    const QStringList stateBefore = runtimeState(*store);

    if (breakFiftieth) {
        // A stray kind row under the 50th trigger's key (foreign keys off for this session) makes its insert fail
        // after the deletes, the job and 49 triggers have been written.
        const DatabaseUrl parsed = DatabaseUrl::parse(url).value();
        SchemaMigrator raw(parsed, QStringLiteral("tst_import_raw_%1").arg(m_prefixes));
        QVERIFY(raw.open());
        QSqlDatabase db = raw.database();
        QSqlQuery q(db);
        if (parsed.kind() == DatabaseUrl::Kind::PostgreSql)
            QVERIFY2(q.exec(QStringLiteral("SET session_replication_role = replica")), qPrintable(q.lastError().text()));
        else if (parsed.kind() == DatabaseUrl::Kind::MySql)
            QVERIFY2(q.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0")), qPrintable(q.lastError().text()));
        else
            QVERIFY2(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")), qPrintable(q.lastError().text()));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO %1SIMPROP_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) "
                                         "VALUES (?, ?, ?)").arg(parsed.tablePrefix())));
        q.addBindValue(parsed.schedulerName());
        q.addBindValue(QStringLiteral("t50"));
        q.addBindValue(QStringLiteral("bulk"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    const Result<ImportReport> report = store->applyImport(parse(file));
    if (breakFiftieth) {
        QVERIFY(!report);
        // The 50th trigger's kind row is what failed: after the deletes, the job and 49 triggers were written.
        QVERIFY2(report.error().contains(QLatin1String("SIMPROP_TRIGGERS"), Qt::CaseInsensitive), qPrintable(report.error()));
    } else {
        QVERIFY2(report, qPrintable(report.error()));
        QVERIFY(!report->applied);
        QStringList problems;
        for (const ImportProblem &p : report->plan.problems)
            problems << p.toString();
        QCOMPARE(problems.join(QLatin1Char('\n')), problem);
    }
    QCOMPARE(QString::fromUtf8(exported(*store)), QString::fromUtf8(before));
    QCOMPARE(runtimeState(*store), stateBefore);
}

QTEST_GUILESS_MAIN(tst_Import)
#include "tst_import.moc"
