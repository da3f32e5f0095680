// The SQL job store against SQLite always and against PostgreSQL and MariaDB/MySQL when their servers are given
// (QRONOS_TEST_PG_URL / QRONOS_TEST_MYSQL_URL, or the CTest fixture's QRONOS_TEST_SERVERS_DIR/{pg,mysql}/url).
// With QRONOS_REQUIRE_SERVERS=1 (CI) a missing server fails the test. Every case uses its own table prefix.

#include "storeservers.h"
#include "clock.h"
#include "schedule/calendar.h"
#include "schedule/firetimes.h"
#include "store/databaseurl.h"
#include "store/schemamigrator.h"
#include "store/sqldialect.h"
#include "store/sqljobstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Qronos;
using Qronos::StoreTest::serverUrl;
using Qronos::StoreTest::withOption;

namespace {

constexpr qint64 T0 = 1700000000000; // 2023-11-14T22:13:20Z

JobDetail job(const QString &name, const QString &group = QStringLiteral("jobs"))
{
    JobDetail j(JobKey(name, group), QStringLiteral("noop"));
    j.setDurable(true);
    return j;
}

Trigger oneShot(const QString &name, const JobKey &jobKey, qint64 at, const QString &group = QStringLiteral("triggers"))
{
    Trigger t(TriggerKey(name, group), jobKey, SimpleSchedule{0, 0});
    t.setStartTime(at);
    FireTimes::computeFirstFireTime(t, nullptr);
    return t;
}

Trigger repeating(const QString &name, const JobKey &jobKey, qint64 start, qint64 intervalMs, int repeatCount,
                  const QString &group = QStringLiteral("triggers"))
{
    Trigger t(TriggerKey(name, group), jobKey, SimpleSchedule{intervalMs, repeatCount});
    t.setStartTime(start);
    FireTimes::computeFirstFireTime(t, nullptr);
    return t;
}

CalendarPtr calendarFromJson(const char *json)
{
    auto calendar = Calendar::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
    if (!calendar)
        qFatal("bad calendar in test: %s", qPrintable(calendar.error()));
    return calendar.value();
}

/// The value of a call that must succeed; a failure fails the test (and the value is empty).
template <typename T>
T check(Result<T> result, const char *what, const char *file, int line)
{
    if (!result) {
        QTest::qFail(qPrintable(QStringLiteral("%1 failed: %2").arg(QLatin1String(what), result.error())), file, line);
        return T();
    }
    return std::move(result).value();
}

#define CHECK(expr) check((expr), #expr, __FILE__, __LINE__)

QString stateOf(SqlJobStore &store, const TriggerKey &key)
{
    auto stored = store.retrieveTrigger(key);
    if (!stored || !stored->has_value())
        return QStringLiteral("ABSENT");
    return triggerStateName((*stored)->state);
}

AcquiredTrigger findAcquired(const QList<AcquiredTrigger> &list, const QString &name)
{
    for (const AcquiredTrigger &a : list) {
        if (a.trigger.name() == name)
            return a;
    }
    return {};
}

CompletedFire completion(const FiredBundle &bundle, const QString &instanceId,
                         ExecutionStatus status = ExecutionStatus::Succeeded)
{
    CompletedFire fire;
    fire.fireInstanceId = bundle.fireInstanceId;
    fire.trigger = bundle.trigger.key();
    fire.job = bundle.job.key();
    fire.jobNonConcurrent = bundle.job.isConcurrentExecutionDisallowed();
    ExecutionRecord record;
    record.fireInstanceId = bundle.fireInstanceId;
    record.job = bundle.job.key();
    record.trigger = bundle.trigger.key();
    record.instanceId = instanceId;
    record.scheduledTime = bundle.scheduledTime;
    record.fireTime = bundle.fireTime;
    record.endTime = bundle.fireTime + 5;
    record.status = status;
    record.recovering = bundle.recovering;
    record.output = QStringLiteral("ran %1").arg(bundle.trigger.key().name());
    fire.attempts << record;
    return fire;
}

HistoryQuery allHistory()
{
    HistoryQuery query;
    query.limit = 0;
    return query;
}

/// Everything of a bundle but its fire instance id, which differs between stores.
QString describe(const FiredBundle &b)
{
    const auto time = [](std::optional<qint64> t) { return t ? QString::number(*t - T0) : QStringLiteral("none"); };
    return QStringLiteral("%1 job %2 scheduled %3 fired %4 next %5 prev %6 times %7%8%9")
        .arg(b.trigger.key().toString(), b.job.key().toString(), QString::number(b.scheduledTime - T0),
             QString::number(b.fireTime - T0), time(b.trigger.nextFireTime()), time(b.trigger.previousFireTime()))
        .arg(b.trigger.timesTriggered())
        .arg(b.recovering ? QStringLiteral(" recovering") : QString(),
             b.calendar ? QStringLiteral(" calendar ") + b.trigger.calendarName() : QString());
}

/// Every stored trigger with its state and fire times.
QStringList triggerTable(SqlJobStore &store)
{
    QStringList rows;
    const auto triggers = store.listTriggers({});
    if (!triggers)
        return {triggers.error()};
    for (const StoredTrigger &s : triggers.value()) {
        rows << QStringLiteral("%1 %2 next %3 prev %4 times %5")
                    .arg(s.trigger.key().toString(), triggerStateName(s.state))
                    .arg(s.trigger.nextFireTime() ? *s.trigger.nextFireTime() - T0 : -1)
                    .arg(s.trigger.previousFireTime() ? *s.trigger.previousFireTime() - T0 : -1)
                    .arg(s.trigger.timesTriggered());
    }
    return rows;
}

} // namespace

class tst_JobStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serversAvailable();
    void names();

    void jobRoundTrip_data() { backends(); }
    void jobRoundTrip();
    void triggerKindsRoundTrip_data() { backends(); }
    void triggerKindsRoundTrip();
    void calendarsRoundTrip_data() { backends(); }
    void calendarsRoundTrip();
    void badInput_data() { backends(); }
    void badInput();
    void removeAndReplace_data() { backends(); }
    void removeAndReplace();
    void listsAndGroups_data() { backends(); }
    void listOrderAndCounts();
    void listOrderAndCounts_data() { backends(); }
    void readOnlyUser();
    void readOnlyUser_data() { servers(); }
    void listsAndGroups();
    void pauseAndResume_data() { backends(); }
    void pauseAndResume();
    void pauseGroupsAndAll_data() { backends(); }
    void pauseGroupsAndAll();
    void resumeAppliesMisfire_data() { backends(); }
    void resumeAppliesMisfire();
    void calendarUpdateMovesTriggers_data() { backends(); }
    void calendarUpdateMovesTriggers();
    void acquireOrderAndFilters_data() { backends(); }
    void acquireOrderAndFilters();
    void fireAndComplete_data() { backends(); }
    void fireAndComplete();
    void nonConcurrentBlocking_data() { backends(); }
    void nonConcurrentBlocking();
    void fireDueMatchesAcquireAndFire_data() { backends(); }
    void fireDueMatchesAcquireAndFire();
    void fireDueSkipsRecordedFire_data() { backends(); }
    void fireDueSkipsRecordedFire();
    void storeManyTriggers_data() { backends(); }
    void storeManyTriggers();
    void persistJobData_data() { backends(); }
    void persistJobData();
    void releaseAndStaleFires_data() { backends(); }
    void releaseAndStaleFires();
    void misfireRecovery_data() { backends(); }
    void misfireRecovery();
    void recoverInstance_data() { backends(); }
    void recoverInstance();
    void nodes_data() { backends(); }
    void nodes();
    void failOver_data() { backends(); }
    void failOver();
    void interruptRequests_data() { backends(); }
    void interruptRequests();
    void historyAndPurge_data() { backends(); }
    void historyAndPurge();
    void historyKeysetPages_data() { backends(); }
    void historyKeysetPages();
    void historyTextFilter_data() { backends(); }
    void historyTextFilter();
    void auditLog_data() { backends(); }
    void auditLog();
    void batchCommits_data() { backends(); }
    void batchCommits();
    void burstDrain_data() { backends(); }
    void burstDrain();
    void threadConnections_data() { backends(); }
    void threadConnections();
    void inMemorySqlite();
    void unreachableDatabase_data();
    void unreachableDatabase();
    void lockedDatabaseFailsCleanly();
    void reconnectAfterConnectionLoss_data() { servers(); }
    void reconnectAfterConnectionLoss();
    void concurrentClaims_data();
    void concurrentClaims();

private:
    void backends();
    /// PostgreSQL and MariaDB only.
    void servers();
    void serverRows();
    QString freshUrl(const QString &base);
    std::unique_ptr<SqlJobStore> openStore(const QString &url, const std::shared_ptr<ManualClock> &clock,
                                           const QString &instanceId = QStringLiteral("node-a"),
                                           bool useSkipLocked = true);
    /// A separate connection for looking at raw rows.
    QSqlDatabase raw(const QString &url);

    QTemporaryDir m_dir;
    QString m_pgUrl;
    QString m_mysqlUrl;
    int m_prefixes = 0;
    QString m_runTag;
    std::vector<std::unique_ptr<SchemaMigrator>> m_raw;
};

void tst_JobStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pgUrl = serverUrl("QRONOS_TEST_PG_URL", "pg");
    m_mysqlUrl = serverUrl("QRONOS_TEST_MYSQL_URL", "mysql");
    m_runTag = QString::number(QDateTime::currentMSecsSinceEpoch() % 1000000, 36).toUpper();
    qInfo("PostgreSQL: %s", m_pgUrl.isEmpty() ? "not given" : qPrintable(DatabaseUrl::parse(m_pgUrl)->toString()));
    qInfo("MariaDB/MySQL: %s", m_mysqlUrl.isEmpty() ? "not given" : qPrintable(DatabaseUrl::parse(m_mysqlUrl)->toString()));
}

void tst_JobStore::serversAvailable()
{
    const bool required = qEnvironmentVariable("QRONOS_REQUIRE_SERVERS") == QLatin1String("1");
    if (m_pgUrl.isEmpty() || m_mysqlUrl.isEmpty()) {
        const QString hint = QStringLiteral("PostgreSQL and/or MariaDB not available: the job store tests ran on SQLite "
                                            "only (set QRONOS_TEST_PG_URL / QRONOS_TEST_MYSQL_URL or run under ctest).");
        if (required)
            QFAIL(qPrintable(hint + QStringLiteral(" (QRONOS_REQUIRE_SERVERS=1: both servers must run)")));
        QSKIP(qPrintable(hint));
    }
    QVERIFY(!m_pgUrl.isEmpty() && !m_mysqlUrl.isEmpty());
}

void tst_JobStore::backends()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::newRow("sqlite") << QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("jobstore.db"));
    serverRows();
}

void tst_JobStore::servers()
{
    QTest::addColumn<QString>("baseUrl");
    if (m_pgUrl.isEmpty() && m_mysqlUrl.isEmpty())
        QTest::newRow("no server") << QString();
    serverRows();
}

void tst_JobStore::serverRows()
{
    if (!m_pgUrl.isEmpty())
        QTest::newRow("postgresql") << m_pgUrl;
    if (!m_mysqlUrl.isEmpty())
        QTest::newRow("mariadb") << m_mysqlUrl;
}

QString tst_JobStore::freshUrl(const QString &base)
{
    return withOption(base, QStringLiteral("prefix=J%1_%2_").arg(m_runTag).arg(++m_prefixes));
}

std::unique_ptr<SqlJobStore> tst_JobStore::openStore(const QString &url, const std::shared_ptr<ManualClock> &clock,
                                                     const QString &instanceId, bool useSkipLocked)
{
    const auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        qFatal("bad url %s", qPrintable(url));
    SqlJobStore::Options options;
    options.instanceId = instanceId;
    options.clock = clock;
    options.actor = Actor{QStringLiteral("tester"), QStringLiteral("testhost")};
    options.useSkipLocked = useSkipLocked;
    auto store = SqlJobStore::open(parsed.value(), options);
    if (!store)
        qFatal("cannot open the store: %s", qPrintable(store.error()));
    return std::move(store).value();
}

QSqlDatabase tst_JobStore::raw(const QString &url)
{
    auto migrator = std::make_unique<SchemaMigrator>(DatabaseUrl::parse(url).value(),
                                                     QStringLiteral("tst_jobstore_raw_%1").arg(m_raw.size()));
    if (auto opened = migrator->open(); !opened)
        qFatal("raw: %s", qPrintable(opened.error()));
    QSqlDatabase db = migrator->database();
    m_raw.push_back(std::move(migrator));
    return db;
}

void tst_JobStore::names()
{
    for (TriggerState s : {TriggerState::Waiting, TriggerState::Acquired, TriggerState::Executing, TriggerState::Complete,
                           TriggerState::Paused, TriggerState::Blocked, TriggerState::PausedBlocked, TriggerState::Error})
        QCOMPARE(triggerStateFromName(triggerStateName(s)), s);
    QCOMPARE(triggerStateName(TriggerState::PausedBlocked), QStringLiteral("PAUSED_BLOCKED"));
    QCOMPARE(triggerStateName(TriggerState::None), QStringLiteral("NONE"));
    QCOMPARE(triggerStateFromName(QStringLiteral("DELETED")), TriggerState::None);
    for (ExecutionStatus s : {ExecutionStatus::Succeeded, ExecutionStatus::Failed, ExecutionStatus::TimedOut,
                              ExecutionStatus::Interrupted, ExecutionStatus::Refused, ExecutionStatus::Recovered})
        QCOMPARE(executionStatusFromName(executionStatusName(s)), std::optional<ExecutionStatus>(s));
    QCOMPARE(executionStatusName(ExecutionStatus::TimedOut), QStringLiteral("TIMED_OUT"));
    QVERIFY(!executionStatusFromName(QStringLiteral("RUNNING")));
    QVERIFY(!Actor::current().host.isEmpty());
}

void tst_JobStore::jobRoundTrip()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    QVERIFY(!store->serverVersion().isEmpty());
    QCOMPARE(store->dialect().driverName(), SqlDialect::forUrl(store->url())->driverName());
    QCOMPARE(store->options().instanceId, QStringLiteral("node-a"));
    QCOMPARE(store->options().clock, std::static_pointer_cast<Clock>(clock));
    QCOMPARE(store->url().toString(), DatabaseUrl::parse(url)->toString());

    JobDetail j(JobKey(QStringLiteral("report"), QStringLiteral("nightly")), QStringLiteral("shell"));
    j.setDescription(QStringLiteral("Nightly report — 报告"));
    j.setDurable(true);
    j.setRequestsRecovery(true);
    j.setConcurrentExecutionDisallowed(true);
    j.setPersistJobDataAfterExecution(true);
    j.jobData().put(QStringLiteral("command"), QStringLiteral("echo hi"));
    j.jobData().put(QStringLiteral("count"), qint64(3));
    j.jobData().put(QStringLiteral("ratio"), 2.0);
    j.jobData().put(QStringLiteral("flag"), true);
    j.setTimeoutMs(30000);
    j.setRetryCount(2);
    j.setRetryDelayMs(500);
    j.setFailureWebhook(QStringLiteral("https://hooks.example.com/x"));
    j.setRequiredNodeTag(QStringLiteral("gpu"));
    j.setPinnedInstanceId(QStringLiteral("node-b"));
    QVERIFY(store->storeJob(j, false));
    const auto back = CHECK(store->retrieveJob(j.key()));
    QVERIFY(back.has_value());
    QCOMPARE(*back, j);
    QVERIFY(!CHECK(store->retrieveJob(JobKey(QStringLiteral("none")))).has_value());

    // The Qronos columns hold the filterable options; JOB_OPTIONS the JSON of all of them.
    QSqlQuery q(raw(url));
    QVERIFY(q.exec(QStringLiteral("SELECT REQUIRED_TAG, PINNED_INSTANCE, JOB_OPTIONS, JOB_DATA, JOB_CLASS_NAME FROM %1JOB_DETAILS")
                       .arg(DatabaseUrl::parse(url)->tablePrefix())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("gpu"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("node-b"));
    QCOMPARE(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(), j.optionsJson());
    QCOMPARE(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(), j.jobData().toJson());
    QCOMPARE(q.value(4).toString(), QStringLiteral("shell"));
    if (store->url().kind() == DatabaseUrl::Kind::Sqlite) {
        // Readers do not wait for the writer.
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    // A plain job: options and data NULL.
    const JobDetail plain = job(QStringLiteral("plain"));
    QVERIFY(store->storeJob(plain, false));
    QVERIFY(q.exec(QStringLiteral("SELECT JOB_OPTIONS, JOB_DATA, REQUIRED_TAG FROM %1JOB_DETAILS WHERE JOB_NAME = 'plain'")
                       .arg(DatabaseUrl::parse(url)->tablePrefix())));
    QVERIFY(q.next());
    QVERIFY(q.value(0).isNull());
    QVERIFY(q.value(1).isNull());
    QVERIFY(q.value(2).isNull());
    QCOMPARE(*CHECK(store->retrieveJob(plain.key())), plain);

    // Replacing keeps the job's triggers.
    QVERIFY(store->storeTrigger(oneShot(QStringLiteral("t1"), j.key(), T0 + 1000), false));
    j.setDescription(QStringLiteral("changed"));
    j.setRequiredNodeTag(QString());
    QVERIFY(store->storeJob(j, true));
    QCOMPARE(*CHECK(store->retrieveJob(j.key())), j);
    QCOMPARE(CHECK(store->triggersOfJob(j.key())).size(), 1);
}

void tst_JobStore::triggerKindsRoundTrip()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    const JobDetail j = job(QStringLiteral("j"));
    QVERIFY(store->storeJob(j, false));
    QVERIFY(store->storeCalendar(QStringLiteral("weekends"), calendarFromJson(R"({"kind": "weekly", "excludedDays": [1, 7]})"),
                                 false, false));

    QList<Trigger> triggers;
    Trigger simple = repeating(QStringLiteral("simple"), j.key(), T0 + 10, 2500, 7);
    simple.setTimeZoneId("Europe/Paris");
    simple.setPriority(9);
    simple.setEndTime(T0 + 10'000'000);
    simple.setMisfireInstruction(Misfire::RescheduleNextWithRemainingCount);
    simple.setDescription(QStringLiteral("a simple one"));
    simple.jobData().put(QStringLiteral("k"), QStringLiteral("v"));
    simple.setTimesTriggered(2);
    simple.setPreviousFireTime(T0 - 2500);
    triggers << simple;

    Trigger cron(TriggerKey(QStringLiteral("cron"), QStringLiteral("other")), j.key(),
                 CronSchedule{CronExpression::parse(QStringLiteral("0 15 10 ? * MON-FRI")).value()});
    cron.setTimeZoneId("America/New_York");
    cron.setStartTime(T0);
    cron.setCalendarName(QStringLiteral("weekends"));
    cron.setMisfireInstruction(Misfire::DoNothing);
    FireTimes::computeFirstFireTime(cron, nullptr);
    triggers << cron;

    Trigger calendarInterval(TriggerKey(QStringLiteral("calint"), QStringLiteral("triggers")), j.key(),
                             CalendarIntervalSchedule{2, IntervalUnit::Week, true, true});
    calendarInterval.setTimeZoneId("Australia/Sydney");
    calendarInterval.setStartTime(T0 + 123);
    calendarInterval.setTimesTriggered(4);
    calendarInterval.setMisfireInstruction(Misfire::FireOnceNow);
    FireTimes::computeFirstFireTime(calendarInterval, nullptr);
    triggers << calendarInterval;

    DailyTimeIntervalSchedule daily;
    daily.repeatInterval = 15;
    daily.unit = IntervalUnit::Minute;
    daily.repeatCount = 40;
    daily.daysOfWeek = quint8((1u << 2) | (1u << 3) | (1u << 4) | (1u << 5) | (1u << 6));
    daily.startTimeOfDay = TimeOfDay{8, 30, 5};
    daily.endTimeOfDay = TimeOfDay{17, 45, 0};
    Trigger dailyTrigger(TriggerKey(QStringLiteral("daily"), QStringLiteral("triggers")), j.key(), daily);
    dailyTrigger.setTimeZoneId("Asia/Shanghai");
    dailyTrigger.setStartTime(T0);
    dailyTrigger.setTimesTriggered(1);
    FireTimes::computeFirstFireTime(dailyTrigger, nullptr);
    triggers << dailyTrigger;

    for (const Trigger &t : std::as_const(triggers))
        QVERIFY2(store->storeTrigger(t, false), qPrintable(t.key().toString()));
    for (const Trigger &t : std::as_const(triggers)) {
        const auto stored = CHECK(store->retrieveTrigger(t.key()));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->state, TriggerState::Waiting);
        if (!(stored->trigger == t)) {
            qWarning("stored: %s", QJsonDocument(stored->trigger.toJson()).toJson().constData());
            qWarning("given:  %s", QJsonDocument(t.toJson()).toJson().constData());
        }
        QVERIFY2(stored->trigger == t, qPrintable(t.key().toString()));
    }

    // Quartz's layout: cron zone in CRON_TRIGGERS, calendar-interval zone in STR_PROP_2, daily as Quartz writes it.
    const QString p = DatabaseUrl::parse(url)->tablePrefix();
    QSqlQuery q(raw(url));
    QVERIFY(q.exec(QStringLiteral("SELECT TRIGGER_NAME, TRIGGER_TYPE FROM %1TRIGGERS ORDER BY TRIGGER_NAME").arg(p)));
    QStringList types;
    while (q.next())
        types << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
    QCOMPARE(types, (QStringList{QStringLiteral("calint=CAL_INT"), QStringLiteral("cron=CRON"),
                                 QStringLiteral("daily=DAILY_I"), QStringLiteral("simple=SIMPLE")}));
    QVERIFY(q.exec(QStringLiteral("SELECT TIME_ZONE_ID, CRON_EXPRESSION FROM %1CRON_TRIGGERS").arg(p)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("America/New_York"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("0 15 10 ? * MON-FRI"));
    QVERIFY(q.exec(QStringLiteral("SELECT STR_PROP_1, STR_PROP_2, INT_PROP_1, INT_PROP_2, BOOL_PROP_1, TIME_ZONE_ID "
                                  "FROM %1SIMPROP_TRIGGERS WHERE TRIGGER_NAME = 'calint'").arg(p)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("WEEK"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Australia/Sydney"));
    QCOMPARE(q.value(2).toInt(), 2);
    QCOMPARE(q.value(3).toInt(), 4);
    QVERIFY(q.value(4).toBool());
    QVERIFY(q.value(5).isNull());
    QVERIFY(q.exec(QStringLiteral("SELECT STR_PROP_1, STR_PROP_2, STR_PROP_3, LONG_PROP_1, TIME_ZONE_ID "
                                  "FROM %1SIMPROP_TRIGGERS WHERE TRIGGER_NAME = 'daily'").arg(p)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("MINUTE"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("2,3,4,5,6"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("8,30,5,,,17,45,0,,,"));
    QCOMPARE(q.value(3).toLongLong(), qint64(40));
    QCOMPARE(q.value(4).toString(), QStringLiteral("Asia/Shanghai"));
    QVERIFY(q.exec(QStringLiteral("SELECT TIME_ZONE_ID, REPEAT_COUNT, REPEAT_INTERVAL, TIMES_TRIGGERED FROM %1SIMPLE_TRIGGERS").arg(p)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Europe/Paris"));
    QCOMPARE(q.value(1).toLongLong(), qint64(7));
    QCOMPARE(q.value(2).toLongLong(), qint64(2500));
    QCOMPARE(q.value(3).toLongLong(), qint64(2));

    // Replacing a trigger with one of another kind leaves no row of the old kind behind.
    Trigger changed = cron;
    changed.setSchedule(SimpleSchedule{1000, 2});
    changed.setMisfireInstruction(Misfire::SmartPolicy);
    changed.setCalendarName(QString());
    QVERIFY(store->storeTrigger(changed, true));
    QCOMPARE(CHECK(store->retrieveTrigger(changed.key()))->trigger, changed);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1CRON_TRIGGERS").arg(p)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(CHECK(store->triggersOfJob(j.key())).size(), 4);
}

void tst_JobStore::calendarsRoundTrip()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    const QList<std::pair<QString, const char *>> calendars = {
        {QStringLiteral("holiday"), R"({"kind": "holiday", "excludedDates": ["2026-10-01", "2026-10-02"], "timeZone": "Asia/Shanghai"})"},
        {QStringLiteral("annual"), R"({"kind": "annual", "excludedDays": ["12-25", "01-01"], "description": "Christmas"})"},
        {QStringLiteral("monthly"), R"({"kind": "monthly", "excludedDays": [1, 15, 31]})"},
        {QStringLiteral("weekly"), R"({"kind": "weekly", "excludedDays": [1, 7]})"},
        {QStringLiteral("daily"), R"({"kind": "daily", "rangeStart": "08:00", "rangeEnd": "17:30:15", "invertTimeRange": true})"},
        {QStringLiteral("cron"), R"({"kind": "cron", "cronExpression": "* * 0-7 ? * *", "timeZone": "Europe/Berlin", "base": {"kind": "weekly", "excludedDays": [1]}})"},
    };
    for (const auto &[name, json] : calendars)
        QVERIFY(store->storeCalendar(name, calendarFromJson(json), false, false));
    for (const auto &[name, json] : calendars) {
        const CalendarPtr back = CHECK(store->retrieveCalendar(name));
        QVERIFY(back);
        QCOMPARE(back->toJson(), calendarFromJson(json)->toJson());
    }
    QVERIFY(!CHECK(store->retrieveCalendar(QStringLiteral("none"))));
    QCOMPARE(CHECK(store->calendarNames()),
             (QStringList{QStringLiteral("annual"), QStringLiteral("cron"), QStringLiteral("daily"),
                          QStringLiteral("holiday"), QStringLiteral("monthly"), QStringLiteral("weekly")}));
    const auto duplicate = store->storeCalendar(QStringLiteral("weekly"), calendarFromJson(R"({"kind": "weekly", "excludedDays": [2]})"),
                                                false, false);
    QVERIFY(!duplicate);
    QVERIFY2(duplicate.error().contains(QStringLiteral("'weekly' already exists")), qPrintable(duplicate.error()));
    QVERIFY(store->storeCalendar(QStringLiteral("weekly"), calendarFromJson(R"({"kind": "weekly", "excludedDays": [2]})"),
                                 true, false));
    QCOMPARE(CHECK(store->retrieveCalendar(QStringLiteral("weekly")))->toJson(),
             calendarFromJson(R"({"kind": "weekly", "excludedDays": [2]})")->toJson());
    QCOMPARE(CHECK(store->removeCalendar(QStringLiteral("monthly"))), true);
    QCOMPARE(CHECK(store->removeCalendar(QStringLiteral("monthly"))), false);
    QCOMPARE(CHECK(store->calendarNames()).size(), 5);
}

void tst_JobStore::badInput()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    const JobDetail j = job(QStringLiteral("dup"), QStringLiteral("g"));
    QVERIFY(store->storeJob(j, false));
    auto again = store->storeJob(j, false);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QStringLiteral("Job 'g.dup' already exists")), qPrintable(again.error()));

    const Trigger t = oneShot(QStringLiteral("t"), j.key(), T0 + 100, QStringLiteral("tg"));
    QVERIFY(store->storeTrigger(t, false));
    auto dupTrigger = store->storeTrigger(t, false);
    QVERIFY(!dupTrigger);
    QVERIFY2(dupTrigger.error().contains(QStringLiteral("Trigger 'tg.t' already exists")), qPrintable(dupTrigger.error()));

    auto noJob = store->storeTrigger(oneShot(QStringLiteral("orphan"), JobKey(QStringLiteral("ghost")), T0), false);
    QVERIFY(!noJob);
    QVERIFY2(noJob.error().contains(QStringLiteral("DEFAULT.ghost")), qPrintable(noJob.error()));

    Trigger withCalendar = oneShot(QStringLiteral("cal"), j.key(), T0);
    withCalendar.setCalendarName(QStringLiteral("missing"));
    auto noCalendar = store->storeTrigger(withCalendar, false);
    QVERIFY(!noCalendar);
    QVERIFY2(noCalendar.error().contains(QStringLiteral("'missing'")), qPrintable(noCalendar.error()));

    // All or nothing: the second trigger's missing calendar undoes the job and the first trigger.
    const JobDetail fresh = job(QStringLiteral("fresh"));
    auto partial = store->storeJobAndTriggers(fresh, {oneShot(QStringLiteral("ok"), fresh.key(), T0), withCalendar}, false);
    QVERIFY(!partial);
    withCalendar.setJobKey(fresh.key());
    partial = store->storeJobAndTriggers(fresh, {oneShot(QStringLiteral("ok"), fresh.key(), T0), withCalendar}, false);
    QVERIFY(!partial);
    QVERIFY2(partial.error().contains(QStringLiteral("missing")), qPrintable(partial.error()));
    QVERIFY(!CHECK(store->retrieveJob(fresh.key())).has_value());
    QVERIFY(!CHECK(store->retrieveTrigger(TriggerKey(QStringLiteral("ok"), QStringLiteral("triggers")))).has_value());

    // A calendar in use cannot be removed.
    QVERIFY(store->storeCalendar(QStringLiteral("used"), calendarFromJson(R"({"kind": "weekly", "excludedDays": [1]})"),
                                 false, false));
    withCalendar.setCalendarName(QStringLiteral("used"));
    withCalendar.setJobKey(j.key());
    QVERIFY(store->storeTrigger(withCalendar, false));
    auto inUse = store->removeCalendar(QStringLiteral("used"));
    QVERIFY(!inUse);
    QVERIFY2(inUse.error().contains(QStringLiteral("'used'")), qPrintable(inUse.error()));
    QVERIFY(CHECK(store->retrieveCalendar(QStringLiteral("used"))));

    // Invalid definitions are refused before anything is written.
    JobDetail noType(JobKey(QStringLiteral("notype")), QString());
    QVERIFY(!store->storeJob(noType, false));
    Trigger invalid = oneShot(QStringLiteral("neg"), j.key(), T0);
    invalid.setSchedule(SimpleSchedule{-5, 3});
    QVERIFY(!store->storeTrigger(invalid, false));
    QVERIFY(!CHECK(store->retrieveTrigger(invalid.key())).has_value());

    // A trigger for another job in storeJobAndTriggers.
    auto wrongJob = store->storeJobAndTriggers(job(QStringLiteral("x")), {oneShot(QStringLiteral("y"), j.key(), T0)}, false);
    QVERIFY(!wrongJob);
    QVERIFY(!CHECK(store->retrieveJob(JobKey(QStringLiteral("x"), QStringLiteral("jobs")))).has_value());
}

void tst_JobStore::removeAndReplace()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);

    // A non-durable job goes with its last trigger.
    JobDetail temp = job(QStringLiteral("temp"));
    temp.setDurable(false);
    const Trigger a = oneShot(QStringLiteral("a"), temp.key(), T0 + 10);
    const Trigger b = oneShot(QStringLiteral("b"), temp.key(), T0 + 20);
    QVERIFY(store->storeJobAndTriggers(temp, {a, b}, false));
    QCOMPARE(CHECK(store->removeTrigger(a.key())), true);
    QVERIFY(CHECK(store->retrieveJob(temp.key())).has_value());
    QCOMPARE(CHECK(store->removeTrigger(b.key())), true);
    QVERIFY(!CHECK(store->retrieveJob(temp.key())).has_value());
    QCOMPARE(CHECK(store->removeTrigger(b.key())), false);

    // A durable job stays.
    const JobDetail keep = job(QStringLiteral("keep"));
    QVERIFY(store->storeJobAndTriggers(keep, {oneShot(QStringLiteral("k"), keep.key(), T0)}, false));
    QVERIFY(CHECK(store->removeTrigger(TriggerKey(QStringLiteral("k"), QStringLiteral("triggers")))));
    QVERIFY(CHECK(store->retrieveJob(keep.key())).has_value());

    // removeJob takes the triggers along.
    QVERIFY(store->storeTrigger(oneShot(QStringLiteral("k1"), keep.key(), T0), false));
    QVERIFY(store->storeTrigger(repeating(QStringLiteral("k2"), keep.key(), T0, 1000, -1), false));
    QCOMPARE(CHECK(store->removeJob(keep.key())), true);
    QCOMPARE(CHECK(store->removeJob(keep.key())), false);
    QVERIFY(CHECK(store->triggersOfJob(keep.key())).isEmpty());
    QVERIFY(CHECK(store->listTriggers({})).isEmpty());

    // replaceTrigger: new key allowed, same job required; the old one is gone, the job (non-durable) kept.
    JobDetail r = job(QStringLiteral("r"));
    r.setDurable(false);
    const Trigger old = oneShot(QStringLiteral("old"), r.key(), T0 + 50);
    QVERIFY(store->storeJobAndTriggers(r, {old}, false));
    Trigger replacement = repeating(QStringLiteral("new"), r.key(), T0 + 60, 100, 3);
    QCOMPARE(CHECK(store->replaceTrigger(old.key(), replacement)), true);
    QVERIFY(!CHECK(store->retrieveTrigger(old.key())).has_value());
    QCOMPARE(CHECK(store->retrieveTrigger(replacement.key()))->trigger, replacement);
    QVERIFY(CHECK(store->retrieveJob(r.key())).has_value());
    QCOMPARE(CHECK(store->replaceTrigger(old.key(), replacement)), false);
    Trigger otherJob = oneShot(QStringLiteral("other"), JobKey(QStringLiteral("elsewhere")), T0);
    auto refused = store->replaceTrigger(replacement.key(), otherJob);
    QVERIFY(!refused);
    QVERIFY(CHECK(store->retrieveTrigger(replacement.key())).has_value());
}

void tst_JobStore::listsAndGroups()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    for (int i = 0; i < 5; ++i) {
        JobDetail j = job(QStringLiteral("job%1").arg(i), i < 3 ? QStringLiteral("alpha") : QStringLiteral("beta"));
        if (i == 4) {
            j.setDescription(QStringLiteral("Sends 100% of the MAIL"));
            j.setJobType(QStringLiteral("http"));
        }
        QVERIFY(store->storeJobAndTriggers(j, {oneShot(QStringLiteral("t%1").arg(i), j.key(), T0 + i,
                                                       i % 2 ? QStringLiteral("odd") : QStringLiteral("even"))},
                                           false));
    }
    QCOMPARE(CHECK(store->jobGroupNames()), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    QCOMPARE(CHECK(store->triggerGroupNames()), (QStringList{QStringLiteral("even"), QStringLiteral("odd")}));
    QCOMPARE(CHECK(store->listJobs({})).size(), 5);
    ListQuery byGroup;
    byGroup.group = QStringLiteral("alpha");
    QCOMPARE(CHECK(store->listJobs(byGroup)).size(), 3);
    ListQuery text;
    text.textContains = QStringLiteral("mail");
    auto found = CHECK(store->listJobs(text));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key().name(), QStringLiteral("job4"));
    text.textContains = QStringLiteral("100%");
    QCOMPARE(CHECK(store->listJobs(text)).size(), 1);
    text.textContains = QStringLiteral("HTTP");
    QCOMPARE(CHECK(store->listJobs(text)).size(), 1);
    text.textContains = QStringLiteral("_");
    QCOMPARE(CHECK(store->listJobs(text)).size(), 0);
    ListQuery page;
    page.limit = 2;
    page.offset = 1;
    const auto jobs = CHECK(store->listJobs(page));
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs.at(0).key().name(), QStringLiteral("job1"));
    QCOMPARE(jobs.at(1).key().name(), QStringLiteral("job2"));
    ListQuery odd;
    odd.group = QStringLiteral("odd");
    const auto oddTriggers = CHECK(store->listTriggers(odd));
    QCOMPARE(oddTriggers.size(), 2);
    QCOMPARE(oddTriggers.at(0).trigger.key().name(), QStringLiteral("t1"));
    ListQuery kind;
    kind.textContains = QStringLiteral("simple");
    kind.limit = 3;
    QCOMPARE(CHECK(store->listTriggers(kind)).size(), 3);
    QVERIFY(CHECK(store->pausedTriggerGroups()).isEmpty());
}

void tst_JobStore::listOrderAndCounts()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    QVERIFY(store->storeCalendar(QStringLiteral("holidays"), calendarFromJson(R"({"kind": "holiday", "excludedDates": []})"),
                                 false, false));
    // Fire times in the reverse order of the names, so that every order differs from the key order.
    const JobDetail j = job(QStringLiteral("j"));
    QList<Trigger> triggers;
    for (int i = 0; i < 7; ++i) {
        Trigger t = oneShot(QStringLiteral("t%1").arg(i), j.key(), T0 + 1000 * (10 - i),
                            i % 2 ? QStringLiteral("odd") : QStringLiteral("even"));
        t.setPriority(i == 3 ? 9 : 5);
        if (i < 3)
            t.setCalendarName(QStringLiteral("holidays"));
        FireTimes::computeFirstFireTime(t, nullptr);
        triggers << t;
    }
    QVERIFY(store->storeJobAndTriggers(j, triggers, false));
    QVERIFY(CHECK(store->pauseTrigger(TriggerKey(QStringLiteral("t5"), QStringLiteral("odd")))));
    const auto names = [](const QList<StoredTrigger> &list) {
        QStringList out;
        for (const StoredTrigger &t : list)
            out << t.trigger.key().name();
        return out.join(QLatin1Char(' '));
    };

    ListQuery query;
    QCOMPARE(names(CHECK(store->listTriggers(query))), QStringLiteral("t0 t2 t4 t6 t1 t3 t5"));
    query.descending = true;
    QCOMPARE(names(CHECK(store->listTriggers(query))), QStringLiteral("t5 t3 t1 t6 t4 t2 t0"));
    query.order = ListOrder::NextFireTime;
    query.descending = false;
    QCOMPARE(names(CHECK(store->listTriggers(query))), QStringLiteral("t6 t5 t4 t3 t2 t1 t0"));
    query.descending = true;
    QCOMPARE(names(CHECK(store->listTriggers(query))), QStringLiteral("t0 t1 t2 t3 t4 t5 t6"));
    // Ties (priority 5) follow in key order whichever the direction.
    query.order = ListOrder::Priority;
    QCOMPARE(names(CHECK(store->listTriggers(query))), QStringLiteral("t3 t0 t2 t4 t6 t1 t5"));
    query.order = ListOrder::Name;
    query.descending = false;
    QCOMPARE(names(CHECK(store->listTriggers(query))), QStringLiteral("t0 t1 t2 t3 t4 t5 t6"));
    query.order = ListOrder::TriggerState;
    QCOMPARE(names(CHECK(store->listTriggers(query))).left(2), QStringLiteral("t5"));

    // Pages of an order put together give the whole order, each row once.
    query.order = ListOrder::NextFireTime;
    QStringList paged;
    for (int offset = 0; offset < 7; offset += 3) {
        query.limit = 3;
        query.offset = offset;
        paged << names(CHECK(store->listTriggers(query)));
    }
    QCOMPARE(paged.join(QLatin1Char(' ')), QStringLiteral("t6 t5 t4 t3 t2 t1 t0"));

    ListQuery counted;
    QCOMPARE(CHECK(store->countTriggers(counted)), qint64(7));
    counted.group = QStringLiteral("odd");
    QCOMPARE(CHECK(store->countTriggers(counted)), qint64(3));
    counted.group.clear();
    counted.states = {TriggerState::Paused, TriggerState::PausedBlocked};
    QCOMPARE(names(CHECK(store->listTriggers(counted))), QStringLiteral("t5"));
    QCOMPARE(CHECK(store->countTriggers(counted)), qint64(1));
    counted.states = {TriggerState::Waiting};
    counted.textContains = QStringLiteral("T1");
    QCOMPARE(CHECK(store->countTriggers(counted)), qint64(1));
    counted.limit = 1;
    counted.offset = 5; // counts ignore paging
    QCOMPARE(CHECK(store->countTriggers(counted)), qint64(1));

    QVERIFY(store->storeJob(job(QStringLiteral("a-second")), false));
    ListQuery jobs;
    QCOMPARE(CHECK(store->countJobs(jobs)), qint64(2));
    jobs.textContains = QStringLiteral("second");
    QCOMPARE(CHECK(store->countJobs(jobs)), qint64(1));

    const QHash<QString, qint64> uses = CHECK(store->calendarUseCounts());
    QCOMPARE(uses.size(), 1);
    QCOMPARE(uses.value(QStringLiteral("holidays")), qint64(3));
}

void tst_JobStore::readOnlyUser()
{
    QFETCH(QString, baseUrl);
    if (baseUrl.isEmpty())
        QSKIP("no database server");
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto owner = openStore(url, clock);
    QCOMPARE(CHECK(owner->mayChangeSchedule()), true);
    const JobDetail j = job(QStringLiteral("seen"));
    QVERIFY(owner->storeJob(j, false));

    // A user granted SELECT only: it opens the store, reads the schedule, and is told it may not change it.
    const QString reader = QStringLiteral("reader_%1_%2").arg(m_runTag.toLower()).arg(m_prefixes);
    QSqlDatabase admin = raw(url);
    QSqlQuery q(admin);
    const DatabaseUrl parsed = DatabaseUrl::parse(url).value();
    if (parsed.kind() == DatabaseUrl::Kind::PostgreSql) {
        QVERIFY2(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'secret'").arg(reader)), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(reader)),
                 qPrintable(q.lastError().text()));
    } else {
        // (the test server's user may create users and grant what it has: tests/support/mariadbserver.sh)
        QVERIFY2(q.exec(QStringLiteral("CREATE USER '%1'@'127.0.0.1' IDENTIFIED BY 'secret'").arg(reader)),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("GRANT SELECT ON `%1`.* TO '%2'@'127.0.0.1'").arg(parsed.database(), reader)),
                 qPrintable(q.lastError().text()));
    }
    QUrl readerUrl(url);
    readerUrl.setUserName(reader);
    readerUrl.setPassword(QStringLiteral("secret"));
    auto readOnly = openStore(readerUrl.toString(), clock, QStringLiteral("viewer"));
    QCOMPARE(CHECK(readOnly->mayChangeSchedule()), false);
    QCOMPARE(CHECK(readOnly->listJobs({})).size(), 1);
    QVERIFY(!readOnly->storeJob(job(QStringLiteral("refused")), false));
    QCOMPARE(CHECK(owner->listJobs({})).size(), 1);
    // The owner still may.
    QCOMPARE(CHECK(owner->mayChangeSchedule()), true);
}

void tst_JobStore::pauseAndResume()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    const JobDetail j = job(QStringLiteral("j"));
    const Trigger t = repeating(QStringLiteral("t"), j.key(), T0 + 10'000, 1000, -1);
    QVERIFY(store->storeJobAndTriggers(j, {t}, false));
    QCOMPARE(stateOf(*store, t.key()), QStringLiteral("WAITING"));
    QVERIFY(CHECK(store->pauseTrigger(t.key())));
    QCOMPARE(stateOf(*store, t.key()), QStringLiteral("PAUSED"));
    QVERIFY(CHECK(store->pauseTrigger(t.key())));
    QCOMPARE(stateOf(*store, t.key()), QStringLiteral("PAUSED"));
    QVERIFY(CHECK(store->resumeTrigger(t.key())));
    QCOMPARE(stateOf(*store, t.key()), QStringLiteral("WAITING"));
    QCOMPARE(CHECK(store->pauseTrigger(TriggerKey(QStringLiteral("none")))), false);
    QCOMPARE(CHECK(store->resumeTrigger(TriggerKey(QStringLiteral("none")))), false);

    // Acquired triggers pause too; a paused trigger is not claimed.
    auto claimed = CHECK(store->acquireNextTriggers({T0 + 20'000, 5, QStringLiteral("node-a"), {}, {}}));
    QCOMPARE(claimed.size(), 1);
    QVERIFY(CHECK(store->pauseTrigger(t.key())));
    QCOMPARE(stateOf(*store, t.key()), QStringLiteral("PAUSED"));
    const auto fired = CHECK(store->triggersFired(claimed));
    QCOMPARE(fired.size(), 1);
    QVERIFY(!fired.first().has_value());
    QVERIFY(CHECK(store->runningExecutions()).isEmpty());
    QVERIFY(CHECK(store->acquireNextTriggers({T0 + 20'000, 5, QStringLiteral("node-a"), {}, {}})).isEmpty());

    // pauseJob / resumeJob act on all of the job's triggers.
    const Trigger u = repeating(QStringLiteral("u"), j.key(), T0 + 10'000, 1000, -1);
    QVERIFY(store->storeTrigger(u, false));
    QVERIFY(CHECK(store->resumeJob(j.key())));
    QCOMPARE(stateOf(*store, t.key()), QStringLiteral("WAITING"));
    QVERIFY(CHECK(store->pauseJob(j.key())));
    QCOMPARE(stateOf(*store, t.key()), QStringLiteral("PAUSED"));
    QCOMPARE(stateOf(*store, u.key()), QStringLiteral("PAUSED"));
    QVERIFY(CHECK(store->resumeJob(j.key())));
    QCOMPARE(stateOf(*store, t.key()), QStringLiteral("WAITING"));
    QCOMPARE(stateOf(*store, u.key()), QStringLiteral("WAITING"));
    QCOMPARE(CHECK(store->pauseJob(JobKey(QStringLiteral("none")))), false);

    // Job groups.
    QCOMPARE(CHECK(store->pauseJobGroup(QStringLiteral("jobs"))), 2);
    QCOMPARE(stateOf(*store, u.key()), QStringLiteral("PAUSED"));
    QCOMPARE(CHECK(store->resumeJobGroup(QStringLiteral("jobs"))), 2);
    QCOMPARE(stateOf(*store, u.key()), QStringLiteral("WAITING"));
    // A job group pause is not remembered: a new trigger starts WAITING.
    QCOMPARE(CHECK(store->pauseJobGroup(QStringLiteral("jobs"))), 2);
    QVERIFY(store->storeTrigger(oneShot(QStringLiteral("v"), j.key(), T0 + 5), false));
    QCOMPARE(stateOf(*store, TriggerKey(QStringLiteral("v"), QStringLiteral("triggers"))), QStringLiteral("WAITING"));
}

void tst_JobStore::pauseGroupsAndAll()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    const JobDetail j = job(QStringLiteral("j"));
    QVERIFY(store->storeJobAndTriggers(j, {repeating(QStringLiteral("a1"), j.key(), T0 + 1000, 1000, -1, QStringLiteral("A")),
                                           repeating(QStringLiteral("a2"), j.key(), T0 + 1000, 1000, -1, QStringLiteral("A")),
                                           repeating(QStringLiteral("b1"), j.key(), T0 + 1000, 1000, -1, QStringLiteral("B"))},
                                       false));
    const TriggerKey a1(QStringLiteral("a1"), QStringLiteral("A"));
    const TriggerKey b1(QStringLiteral("b1"), QStringLiteral("B"));
    QCOMPARE(CHECK(store->pauseTriggerGroup(QStringLiteral("A"))), 2);
    QCOMPARE(stateOf(*store, a1), QStringLiteral("PAUSED"));
    QCOMPARE(stateOf(*store, b1), QStringLiteral("WAITING"));
    QCOMPARE(CHECK(store->pausedTriggerGroups()), QStringList{QStringLiteral("A")});
    // New triggers in a paused group start PAUSED, and a paused group with no trigger is remembered too.
    QVERIFY(store->storeTrigger(repeating(QStringLiteral("a3"), j.key(), T0, 1000, -1, QStringLiteral("A")), false));
    QCOMPARE(stateOf(*store, TriggerKey(QStringLiteral("a3"), QStringLiteral("A"))), QStringLiteral("PAUSED"));
    QCOMPARE(CHECK(store->pauseTriggerGroup(QStringLiteral("Empty"))), 0);
    QCOMPARE(CHECK(store->pausedTriggerGroups()), (QStringList{QStringLiteral("A"), QStringLiteral("Empty")}));
    QCOMPARE(CHECK(store->resumeTriggerGroup(QStringLiteral("A"))), 3);
    QCOMPARE(stateOf(*store, a1), QStringLiteral("WAITING"));
    QCOMPARE(CHECK(store->pausedTriggerGroups()), QStringList{QStringLiteral("Empty")});
    QCOMPARE(CHECK(store->resumeTriggerGroup(QStringLiteral("Empty"))), 0);

    QVERIFY(store->pauseAll());
    QCOMPARE(stateOf(*store, a1), QStringLiteral("PAUSED"));
    QCOMPARE(stateOf(*store, b1), QStringLiteral("PAUSED"));
    QVERIFY(CHECK(store->pausedTriggerGroups()).contains(QStringLiteral("_$_ALL_GROUPS_PAUSED_$_")));
    // Everything paused: a trigger in a brand-new group starts PAUSED, its group remembered as paused.
    QVERIFY(store->storeTrigger(repeating(QStringLiteral("c1"), j.key(), T0, 1000, -1, QStringLiteral("C")), false));
    QCOMPARE(stateOf(*store, TriggerKey(QStringLiteral("c1"), QStringLiteral("C"))), QStringLiteral("PAUSED"));
    QVERIFY(CHECK(store->pausedTriggerGroups()).contains(QStringLiteral("C")));
    QVERIFY(CHECK(store->acquireNextTriggers({T0 + 100'000, 10, QStringLiteral("node-a"), {}, {}})).isEmpty());
    QVERIFY(store->resumeAll());
    QCOMPARE(stateOf(*store, a1), QStringLiteral("WAITING"));
    QCOMPARE(stateOf(*store, b1), QStringLiteral("WAITING"));
    QCOMPARE(stateOf(*store, TriggerKey(QStringLiteral("c1"), QStringLiteral("C"))), QStringLiteral("WAITING"));
    QVERIFY(CHECK(store->pausedTriggerGroups()).isEmpty());
}

void tst_JobStore::resumeAppliesMisfire()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    const JobDetail j = job(QStringLiteral("j"));
    Trigger t = repeating(QStringLiteral("t"), j.key(), T0 + 1000, 60'000, -1);
    t.setMisfireInstruction(Misfire::RescheduleNextWithRemainingCount);
    Trigger once = oneShot(QStringLiteral("once"), j.key(), T0 + 1000);
    once.setMisfireInstruction(Misfire::FireNow);
    Trigger ignore = repeating(QStringLiteral("ignore"), j.key(), T0 + 1000, 60'000, -1);
    ignore.setMisfireInstruction(Misfire::IgnoreMisfirePolicy);
    QVERIFY(store->storeJobAndTriggers(j, {t, once, ignore}, false));
    QCOMPARE(CHECK(store->pauseJobGroup(QStringLiteral("jobs"))), 3);
    clock->setNowMs(T0 + 10 * 60'000 + 500); // ten minutes later: far past the 60 s threshold
    QVERIFY(CHECK(store->resumeTrigger(t.key())));
    auto stored = CHECK(store->retrieveTrigger(t.key()));
    QCOMPARE(stored->state, TriggerState::Waiting);
    QCOMPARE(stored->trigger.nextFireTime(), std::optional<qint64>(T0 + 1000 + 10 * 60'000));
    QVERIFY(CHECK(store->resumeTrigger(once.key())));
    stored = CHECK(store->retrieveTrigger(once.key()));
    QCOMPARE(stored->trigger.nextFireTime(), std::optional<qint64>(clock->nowMs()));
    QVERIFY(CHECK(store->resumeTrigger(ignore.key())));
    QCOMPARE(CHECK(store->retrieveTrigger(ignore.key()))->trigger.nextFireTime(), std::optional<qint64>(T0 + 1000));

    const auto log = CHECK(store->misfireLog(std::nullopt, 10));
    QCOMPARE(log.size(), 2);
    QSet<QString> logged;
    for (const MisfireRecord &r : log) {
        logged.insert(r.trigger.name());
        QCOMPARE(r.scheduledTime, T0 + 1000);
        QCOMPARE(r.detectedTime, clock->nowMs());
        QCOMPARE(r.instanceId, QStringLiteral("node-a"));
        QCOMPARE(r.job, j.key());
    }
    QCOMPARE(logged, (QSet<QString>{QStringLiteral("t"), QStringLiteral("once")}));
}

void tst_JobStore::calendarUpdateMovesTriggers()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    // 2023-11-14 is a Tuesday; the trigger fires daily at 12:00 UTC.
    const qint64 tuesdayNoon = 1699963200000; // 2023-11-14T12:00:00Z
    auto clock = std::make_shared<ManualClock>(tuesdayNoon - 3600'000);
    auto store = openStore(url, clock);
    const JobDetail j = job(QStringLiteral("j"));
    QVERIFY(store->storeJob(j, false));
    QVERIFY(store->storeCalendar(QStringLiteral("c"), calendarFromJson(R"({"kind": "weekly", "excludedDays": [1, 7]})"),
                                 false, false));
    Trigger t = repeating(QStringLiteral("t"), j.key(), tuesdayNoon, 86'400'000, -1);
    t.setCalendarName(QStringLiteral("c"));
    QVERIFY(store->storeTrigger(t, false));
    // Excluding Tuesday moves the next fire to Wednesday.
    QVERIFY(store->storeCalendar(QStringLiteral("c"), calendarFromJson(R"({"kind": "weekly", "excludedDays": [1, 3, 7]})"),
                                 true, true));
    QCOMPARE(CHECK(store->retrieveTrigger(t.key()))->trigger.nextFireTime(),
             std::optional<qint64>(tuesdayNoon + 86'400'000));
    // Without updateTriggers the stored fire time stays.
    QVERIFY(store->storeCalendar(QStringLiteral("c"), calendarFromJson(R"({"kind": "weekly", "excludedDays": [1, 7]})"),
                                 true, false));
    QCOMPARE(CHECK(store->retrieveTrigger(t.key()))->trigger.nextFireTime(),
             std::optional<qint64>(tuesdayNoon + 86'400'000));
}

void tst_JobStore::acquireOrderAndFilters()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    const JobDetail plain = job(QStringLiteral("plain"));
    JobDetail http = job(QStringLiteral("http"));
    http.setJobType(QStringLiteral("http"));
    JobDetail gpu = job(QStringLiteral("gpu"));
    gpu.setRequiredNodeTag(QStringLiteral("gpu"));
    JobDetail pinned = job(QStringLiteral("pinned"));
    pinned.setPinnedInstanceId(QStringLiteral("node-b"));
    JobDetail serial = job(QStringLiteral("serial"));
    serial.setConcurrentExecutionDisallowed(true);

    Trigger low = oneShot(QStringLiteral("low"), plain.key(), T0 + 100);
    low.setPriority(1);
    Trigger high = oneShot(QStringLiteral("high"), plain.key(), T0 + 100);
    high.setPriority(10);
    Trigger early = oneShot(QStringLiteral("early"), plain.key(), T0 + 50);
    early.setPriority(0);
    Trigger later = oneShot(QStringLiteral("later"), plain.key(), T0 + 5000);
    Trigger missed = oneShot(QStringLiteral("missed"), plain.key(), T0 - 120'000);
    Trigger missedIgnore = oneShot(QStringLiteral("missedIgnore"), plain.key(), T0 - 120'000);
    missedIgnore.setMisfireInstruction(Misfire::IgnoreMisfirePolicy);
    QVERIFY(store->storeJobAndTriggers(plain, {low, high, early, later, missed, missedIgnore}, false));
    QVERIFY(store->storeJobAndTriggers(http, {oneShot(QStringLiteral("http"), http.key(), T0 + 10)}, false));
    QVERIFY(store->storeJobAndTriggers(gpu, {oneShot(QStringLiteral("gpu"), gpu.key(), T0 + 10)}, false));
    QVERIFY(store->storeJobAndTriggers(pinned, {oneShot(QStringLiteral("pinned"), pinned.key(), T0 + 10)}, false));
    QVERIFY(store->storeJobAndTriggers(serial, {oneShot(QStringLiteral("s1"), serial.key(), T0 + 10),
                                                oneShot(QStringLiteral("s2"), serial.key(), T0 + 10)},
                                       false));

    // node-a: no tags, only noop jobs; one of the two serial triggers; the misfired one skipped.
    SqlJobStore::AcquireRequest request{T0 + 1000, 50, QStringLiteral("node-a"), {QStringLiteral("noop")}, {}};
    const auto claimed = CHECK(store->acquireNextTriggers(request));
    QStringList names;
    for (const AcquiredTrigger &a : claimed)
        names << a.trigger.name();
    QCOMPARE(names.size(), 5);
    QCOMPARE(names.at(0), QStringLiteral("missedIgnore"));
    QVERIFY(names.at(1) == QStringLiteral("s1") || names.at(1) == QStringLiteral("s2"));
    QCOMPARE(names.mid(2), (QStringList{QStringLiteral("early"), QStringLiteral("high"), QStringLiteral("low")}));
    const AcquiredTrigger highClaim = findAcquired(claimed, QStringLiteral("high"));
    QCOMPARE(highClaim.scheduledTime, T0 + 100);
    QCOMPARE(highClaim.priority, 10);
    QCOMPARE(highClaim.job, plain.key());
    QVERIFY(highClaim.fireInstanceId.startsWith(QStringLiteral("node-a-")));
    QCOMPARE(QSet<QString>(QSet<QString>{names.cbegin(), names.cend()}).size(), 5);
    QCOMPARE(stateOf(*store, high.key()), QStringLiteral("ACQUIRED"));
    QCOMPARE(stateOf(*store, missed.key()), QStringLiteral("WAITING"));
    QCOMPARE(stateOf(*store, later.key()), QStringLiteral("WAITING"));

    // node-b with the gpu tag and all job types gets http, gpu and its pinned job (not the other serial trigger:
    // it is claimed but not fired yet, and acquire takes one per job only within a batch).
    const auto second = CHECK(store->acquireNextTriggers({T0 + 1000, 50, QStringLiteral("node-b"), {}, {QStringLiteral("gpu")}}));
    QStringList more;
    for (const AcquiredTrigger &a : second)
        more << a.trigger.name();
    more.sort();
    QVERIFY2(more.size() == 4, qPrintable(more.join(QLatin1Char(','))));
    QCOMPARE(more.mid(0, 3), (QStringList{QStringLiteral("gpu"), QStringLiteral("http"), QStringLiteral("pinned")}));
    QVERIFY(more.at(3) == QStringLiteral("s1") || more.at(3) == QStringLiteral("s2"));

    // The FIRED_TRIGGERS rows exist, one per claim, in state ACQUIRED.
    QSqlQuery q(raw(url));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(STATE), MAX(STATE) FROM %1FIRED_TRIGGERS")
                       .arg(DatabaseUrl::parse(url)->tablePrefix())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 9);
    QCOMPARE(q.value(1).toString(), QStringLiteral("ACQUIRED"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("ACQUIRED"));
    QVERIFY(CHECK(store->acquireNextTriggers({T0 + 1000, 0, QStringLiteral("node-a"), {}, {}})).isEmpty());
    // Quartz's lock rows exist for servers without SKIP LOCKED.
    QVERIFY(q.exec(QStringLiteral("SELECT LOCK_NAME FROM %1LOCKS ORDER BY LOCK_NAME").arg(DatabaseUrl::parse(url)->tablePrefix())));
    QStringList locks;
    while (q.next())
        locks << q.value(0).toString();
    QCOMPARE(locks, (QStringList{QStringLiteral("STATE_ACCESS"), QStringLiteral("TRIGGER_ACCESS")}));
}

void tst_JobStore::fireAndComplete()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    JobDetail once = job(QStringLiteral("once"));
    once.setDurable(false);
    const Trigger oneShotTrigger = oneShot(QStringLiteral("one"), once.key(), T0 + 10);
    const JobDetail again = job(QStringLiteral("again"));
    const Trigger twice = repeating(QStringLiteral("twice"), again.key(), T0 + 10, 1000, 1);
    QVERIFY(store->storeJobAndTriggers(once, {oneShotTrigger}, false));
    QVERIFY(store->storeJobAndTriggers(again, {twice}, false));

    clock->setNowMs(T0 + 10);
    const auto claimed = CHECK(store->acquireNextTriggers({T0 + 10, 10, QStringLiteral("node-a"), {}, {}}));
    QCOMPARE(claimed.size(), 2);
    clock->setNowMs(T0 + 12);
    const auto fired = CHECK(store->triggersFired(claimed));
    QCOMPARE(fired.size(), 2);
    QList<CompletedFire> done;
    for (int i = 0; i < 2; ++i) {
        QVERIFY(fired.at(i).has_value());
        const FiredBundle &b = *fired.at(i);
        QCOMPARE(b.fireInstanceId, claimed.at(i).fireInstanceId);
        QCOMPARE(b.scheduledTime, T0 + 10);
        QCOMPARE(b.fireTime, T0 + 12);
        QVERIFY(!b.recovering);
        QCOMPARE(b.trigger.previousFireTime(), std::optional<qint64>(T0 + 10));
        QCOMPARE(b.trigger.timesTriggered(), 1);
        done << completion(b, QStringLiteral("node-a"));
    }
    QCOMPARE(stateOf(*store, oneShotTrigger.key()), QStringLiteral("COMPLETE"));
    QCOMPARE(stateOf(*store, twice.key()), QStringLiteral("WAITING"));
    const auto twiceStored = CHECK(store->retrieveTrigger(twice.key()));
    QCOMPARE(twiceStored->trigger.nextFireTime(), std::optional<qint64>(T0 + 1010));
    QCOMPARE(twiceStored->trigger.previousFireTime(), std::optional<qint64>(T0 + 10));
    QCOMPARE(twiceStored->trigger.timesTriggered(), 1);
    auto running = CHECK(store->runningExecutions());
    QCOMPARE(running.size(), 2);
    QCOMPARE(running.first().instanceId, QStringLiteral("node-a"));
    QCOMPARE(running.first().fireTime, T0 + 12);
    QCOMPARE(running.first().scheduledTime, T0 + 10);

    QVERIFY(store->triggeredJobsComplete(done));
    QVERIFY(CHECK(store->runningExecutions()).isEmpty());
    // The COMPLETE one-shot trigger is gone, and its non-durable job with it; the repeating one stays.
    QVERIFY(!CHECK(store->retrieveTrigger(oneShotTrigger.key())).has_value());
    QVERIFY(!CHECK(store->retrieveJob(once.key())).has_value());
    QCOMPARE(stateOf(*store, twice.key()), QStringLiteral("WAITING"));
    const auto history = CHECK(store->history({}));
    QCOMPARE(history.size(), 2);
    for (const ExecutionRecord &r : history) {
        QCOMPARE(r.status, ExecutionStatus::Succeeded);
        QCOMPARE(r.endTime, std::optional<qint64>(T0 + 17));
        QCOMPARE(r.instanceId, QStringLiteral("node-a"));
        QVERIFY(r.output.startsWith(QStringLiteral("ran ")));
    }
    // Completing the same fire again is harmless.
    QVERIFY(store->triggeredJobsComplete(done));
    QCOMPARE(CHECK(store->history({})).size(), 2);

    // The second and last fire of "twice": COMPLETE, then deleted at completion; its durable job stays.
    clock->setNowMs(T0 + 1010);
    const auto claimed2 = CHECK(store->acquireNextTriggers({T0 + 1010, 10, QStringLiteral("node-a"), {}, {}}));
    QCOMPARE(claimed2.size(), 1);
    const auto fired2 = CHECK(store->triggersFired(claimed2));
    QVERIFY(fired2.first().has_value());
    QVERIFY(!fired2.first()->trigger.nextFireTime().has_value());
    QCOMPARE(stateOf(*store, twice.key()), QStringLiteral("COMPLETE"));
    QVERIFY(store->triggeredJobsComplete({completion(*fired2.first(), QStringLiteral("node-a"))}));
    QVERIFY(!CHECK(store->retrieveTrigger(twice.key())).has_value());
    QVERIFY(CHECK(store->retrieveJob(again.key())).has_value());
}

void tst_JobStore::nonConcurrentBlocking()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    JobDetail serial = job(QStringLiteral("serial"));
    serial.setConcurrentExecutionDisallowed(true);
    const Trigger a = repeating(QStringLiteral("a"), serial.key(), T0, 1000, -1);
    const Trigger b = repeating(QStringLiteral("b"), serial.key(), T0 + 100'000, 1000, -1);
    const Trigger c = repeating(QStringLiteral("c"), serial.key(), T0 + 100'000, 1000, -1);
    QVERIFY(store->storeJobAndTriggers(serial, {a, b, c}, false));
    QVERIFY(CHECK(store->pauseTrigger(c.key())));

    const auto claimed = CHECK(store->acquireNextTriggers({T0, 10, QStringLiteral("node-a"), {}, {}}));
    QCOMPARE(claimed.size(), 1);
    const auto fired = CHECK(store->triggersFired(claimed));
    QVERIFY(fired.first().has_value());
    // This trigger and the job's other triggers are blocked while it runs; the paused one PAUSED_BLOCKED.
    QCOMPARE(stateOf(*store, a.key()), QStringLiteral("BLOCKED"));
    QCOMPARE(stateOf(*store, b.key()), QStringLiteral("BLOCKED"));
    QCOMPARE(stateOf(*store, c.key()), QStringLiteral("PAUSED_BLOCKED"));
    // A trigger stored while the job runs starts BLOCKED; nothing is claimable.
    const Trigger d = repeating(QStringLiteral("d"), serial.key(), T0, 1000, -1);
    QVERIFY(store->storeTrigger(d, false));
    QCOMPARE(stateOf(*store, d.key()), QStringLiteral("BLOCKED"));
    QVERIFY(CHECK(store->acquireNextTriggers({T0 + 200'000, 10, QStringLiteral("node-a"), {}, {}})).isEmpty());
    // Pausing a blocked trigger gives PAUSED_BLOCKED, resuming it BLOCKED again.
    QVERIFY(CHECK(store->pauseTrigger(b.key())));
    QCOMPARE(stateOf(*store, b.key()), QStringLiteral("PAUSED_BLOCKED"));
    QVERIFY(CHECK(store->resumeTrigger(b.key())));
    QCOMPARE(stateOf(*store, b.key()), QStringLiteral("BLOCKED"));

    QVERIFY(store->triggeredJobsComplete({completion(*fired.first(), QStringLiteral("node-a"))}));
    QCOMPARE(stateOf(*store, a.key()), QStringLiteral("WAITING"));
    QCOMPARE(stateOf(*store, b.key()), QStringLiteral("WAITING"));
    QCOMPARE(stateOf(*store, c.key()), QStringLiteral("PAUSED"));
    QCOMPARE(stateOf(*store, d.key()), QStringLiteral("WAITING"));

    // Two triggers of the job handed to triggersFired together: only the first fires.
    clock->setNowMs(T0 + 1000);
    auto first = CHECK(store->acquireNextTriggers({T0 + 1000, 1, QStringLiteral("node-a"), {}, {}}));
    auto second = CHECK(store->acquireNextTriggers({T0 + 1000, 1, QStringLiteral("node-b"), {}, {}}));
    QCOMPARE(first.size(), 1);
    QCOMPARE(second.size(), 1);
    const auto both = CHECK(store->triggersFired(first + second));
    QCOMPARE(both.size(), 2);
    QVERIFY(both.at(0).has_value());
    QVERIFY(!both.at(1).has_value());
    QCOMPARE(stateOf(*store, second.first().trigger), QStringLiteral("BLOCKED"));
    QCOMPARE(CHECK(store->runningExecutions()).size(), 1);
}

void tst_JobStore::fireDueMatchesAcquireAndFire()
{
    // The same schedule in two table sets: one fired with acquireNextTriggers + triggersFired, the other with
    // fireDueTriggers. Bundles and the stored triggers must be the same after every round.
    QFETCH(QString, baseUrl);
    const QString twoStepUrl = freshUrl(baseUrl);
    const QString oneStepUrl = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto twoStep = openStore(twoStepUrl, clock);
    auto oneStep = openStore(oneStepUrl, clock);

    JobDetail plain = job(QStringLiteral("plain"));
    JobDetail once = job(QStringLiteral("once"));
    once.setDurable(false);
    JobDetail http = job(QStringLiteral("http"));
    http.setJobType(QStringLiteral("http"));
    JobDetail gpu = job(QStringLiteral("gpu"));
    gpu.setRequiredNodeTag(QStringLiteral("gpu"));
    JobDetail pinned = job(QStringLiteral("pinned"));
    pinned.setPinnedInstanceId(QStringLiteral("node-b"));
    JobDetail serial = job(QStringLiteral("serial"));
    serial.setConcurrentExecutionDisallowed(true);
    serial.setRequestsRecovery(true);

    Trigger low = oneShot(QStringLiteral("low"), plain.key(), T0 - 20);
    low.setPriority(1);
    Trigger high = oneShot(QStringLiteral("high"), plain.key(), T0 - 20);
    high.setPriority(10);
    const Trigger every = repeating(QStringLiteral("every"), plain.key(), T0 - 30, 1000, -1);
    const Trigger twice = repeating(QStringLiteral("twice"), plain.key(), T0 - 15, 1000, 1);
    // 2023-11-14T22:13:20Z is a Tuesday: every 12 h, Wednesdays excluded, the next fire is Thursday morning.
    Trigger withCalendar = repeating(QStringLiteral("calendar"), plain.key(), T0 - 10, 12 * 3600'000, -1);
    withCalendar.setCalendarName(QStringLiteral("noWednesday"));
    const Trigger later = oneShot(QStringLiteral("later"), plain.key(), T0 + 1500);
    const Trigger missed = oneShot(QStringLiteral("missed"), plain.key(), T0 - 120'000);
    Trigger missedIgnore = oneShot(QStringLiteral("missedIgnore"), plain.key(), T0 - 120'000);
    missedIgnore.setMisfireInstruction(Misfire::IgnoreMisfirePolicy);
    const Trigger recovering = oneShot(QStringLiteral("rerun"), plain.key(), T0 - 5, QStringLiteral("RECOVERING_JOBS"));
    const Trigger s1 = repeating(QStringLiteral("s1"), serial.key(), T0 - 3, 1000, -1);
    const Trigger s2 = repeating(QStringLiteral("s2"), serial.key(), T0 - 1, 1000, -1);
    const Trigger s3 = repeating(QStringLiteral("s3"), serial.key(), T0 - 2, 1000, -1);
    for (SqlJobStore *store : {twoStep.get(), oneStep.get()}) {
        QVERIFY(store->storeCalendar(QStringLiteral("noWednesday"),
                                     calendarFromJson(R"({"kind": "weekly", "excludedDays": [1, 4, 7]})"), false, false));
        QVERIFY(store->storeJobAndTriggers(plain, {low, high, every, twice, withCalendar, later, missed, missedIgnore,
                                                   recovering},
                                           false));
        QVERIFY(store->storeJobAndTriggers(once, {oneShot(QStringLiteral("once"), once.key(), T0 - 25)}, false));
        QVERIFY(store->storeJobAndTriggers(http, {oneShot(QStringLiteral("http"), http.key(), T0 - 10)}, false));
        QVERIFY(store->storeJobAndTriggers(gpu, {oneShot(QStringLiteral("gpu"), gpu.key(), T0 - 10)}, false));
        QVERIFY(store->storeJobAndTriggers(pinned, {oneShot(QStringLiteral("pinned"), pinned.key(), T0 - 10)}, false));
        QVERIFY(store->storeJobAndTriggers(serial, {s1, s2, s3}, false));
        QVERIFY(CHECK(store->pauseTrigger(s3.key())));
    }
    QCOMPARE(triggerTable(*oneStep), triggerTable(*twoStep));

    const SqlJobStore::AcquireRequest request{T0, 50, QStringLiteral("node-a"), {QStringLiteral("noop")}, {}};
    const QString oneStepPrefix = DatabaseUrl::parse(oneStepUrl)->tablePrefix();
    QSqlQuery q(raw(oneStepUrl));
    for (int round = 0; round < 3; ++round) {
        clock->setNowMs(T0 + round * 1000);
        SqlJobStore::AcquireRequest now = request;
        now.noLaterThan = clock->nowMs();
        const auto claimed = CHECK(twoStep->acquireNextTriggers(now));
        clock->setNowMs(clock->nowMs() + 2);
        const auto fired = CHECK(twoStep->triggersFired(claimed));
        const auto direct = CHECK(oneStep->fireDueTriggers(now));
        QStringList expected;
        QList<CompletedFire> twoStepDone;
        for (const auto &bundle : fired) {
            if (!bundle)
                continue;
            expected << describe(*bundle);
            twoStepDone << completion(*bundle, QStringLiteral("node-a"));
        }
        QStringList got;
        QList<CompletedFire> oneStepDone;
        QSet<QString> fireIds;
        for (const FiredBundle &bundle : direct) {
            got << describe(bundle);
            oneStepDone << completion(bundle, QStringLiteral("node-a"));
            QVERIFY(bundle.fireInstanceId.startsWith(QStringLiteral("node-a-")));
            fireIds.insert(bundle.fireInstanceId);
        }
        QVERIFY(!got.isEmpty());
        QCOMPARE(got, expected);
        QCOMPARE(triggerTable(*oneStep), triggerTable(*twoStep));
        // The FIRED_TRIGGERS rows are EXECUTING at once, one per bundle, for this node.
        QVERIFY(q.exec(QStringLiteral("SELECT ENTRY_ID, STATE, INSTANCE_NAME, FIRED_TIME FROM %1FIRED_TRIGGERS")
                           .arg(oneStepPrefix)));
        QSet<QString> rows;
        while (q.next()) {
            rows.insert(q.value(0).toString());
            QCOMPARE(q.value(1).toString(), QStringLiteral("EXECUTING"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("node-a"));
            QCOMPARE(q.value(3).toLongLong(), clock->nowMs());
        }
        QCOMPARE(rows, fireIds);
        QCOMPARE(CHECK(oneStep->runningExecutions()).size(), CHECK(twoStep->runningExecutions()).size());

        if (round == 0) {
            QStringList names;
            for (const FiredBundle &bundle : direct)
                names << bundle.trigger.key().name();
            // Misfired-ignore first, then by time and priority; one serial trigger; refused jobs, the misfired and
            // the later trigger left alone.
            QCOMPARE(names, (QStringList{QStringLiteral("missedIgnore"), QStringLiteral("every"), QStringLiteral("once"),
                                        QStringLiteral("high"), QStringLiteral("low"), QStringLiteral("twice"),
                                        QStringLiteral("calendar"), QStringLiteral("rerun"), QStringLiteral("s1")}));
            for (const FiredBundle &bundle : direct) {
                QCOMPARE(bundle.recovering, bundle.trigger.key().group() == QStringLiteral("RECOVERING_JOBS"));
                if (bundle.trigger.key().name() == QStringLiteral("calendar")) {
                    QVERIFY(bundle.calendar);
                    QCOMPARE(bundle.trigger.nextFireTime(), std::optional<qint64>(T0 - 10 + 36 * 3600'000));
                }
                if (bundle.trigger.key().name() == QStringLiteral("s1")) {
                    QVERIFY(bundle.job.isConcurrentExecutionDisallowed());
                    QVERIFY(bundle.job.requestsRecovery());
                }
            }
            QCOMPARE(stateOf(*oneStep, low.key()), QStringLiteral("COMPLETE"));
            QCOMPARE(stateOf(*oneStep, every.key()), QStringLiteral("WAITING"));
            QCOMPARE(stateOf(*oneStep, s1.key()), QStringLiteral("BLOCKED"));
            QCOMPARE(stateOf(*oneStep, s2.key()), QStringLiteral("BLOCKED"));
            QCOMPARE(stateOf(*oneStep, s3.key()), QStringLiteral("PAUSED_BLOCKED"));
            QCOMPARE(stateOf(*oneStep, missed.key()), QStringLiteral("WAITING"));
            QCOMPARE(CHECK(oneStep->retrieveTrigger(later.key()))->trigger.nextFireTime(),
                     std::optional<qint64>(T0 + 1500));
            QCOMPARE(CHECK(oneStep->retrieveTrigger(later.key()))->state, TriggerState::Waiting);
            for (const char *name : {"http", "gpu", "pinned"})
                QCOMPARE(stateOf(*oneStep, TriggerKey(QLatin1String(name), QStringLiteral("triggers"))),
                         QStringLiteral("WAITING"));
            // Blocked triggers are not fired while the job runs.
            QVERIFY(CHECK(oneStep->fireDueTriggers(now)).isEmpty());
        }
        QVERIFY(twoStep->triggeredJobsComplete(twoStepDone));
        QVERIFY(oneStep->triggeredJobsComplete(oneStepDone));
        QCOMPARE(triggerTable(*oneStep), triggerTable(*twoStep));
        QCOMPARE(CHECK(oneStep->retrieveJob(once.key())).has_value(), CHECK(twoStep->retrieveJob(once.key())).has_value());
    }
    // The one-shot triggers are gone, the serial job's triggers are free again, "twice" has fired twice and is gone.
    QVERIFY(!CHECK(oneStep->retrieveTrigger(low.key())).has_value());
    QVERIFY(!CHECK(oneStep->retrieveTrigger(twice.key())).has_value());
    QVERIFY(!CHECK(oneStep->retrieveJob(once.key())).has_value());
    QCOMPARE(stateOf(*oneStep, s3.key()), QStringLiteral("PAUSED"));
    QCOMPARE(CHECK(oneStep->history(allHistory())).size(), CHECK(twoStep->history(allHistory())).size());
    QVERIFY(CHECK(oneStep->fireDueTriggers({T0 + 5000, 0, QStringLiteral("node-a"), {}, {}})).isEmpty());
}

void tst_JobStore::fireDueSkipsRecordedFire()
{
    // A (trigger, scheduled time) recorded already is never fired a second time, even when the trigger row says
    // WAITING (here forced by hand): the trigger stays as it was.
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    const JobDetail j = job(QStringLiteral("j"));
    const Trigger t = repeating(QStringLiteral("t"), j.key(), T0, 1000, -1);
    const Trigger u = repeating(QStringLiteral("u"), j.key(), T0, 1000, -1);
    QVERIFY(store->storeJobAndTriggers(j, {t, u}, false));
    const auto claimed = CHECK(store->acquireNextTriggers({T0, 1, QStringLiteral("node-b"), {}, {}}));
    QCOMPARE(claimed.size(), 1);
    const TriggerKey taken = claimed.first().trigger;
    const TriggerKey free = taken == t.key() ? u.key() : t.key();
    QSqlQuery q(raw(url));
    QVERIFY(q.prepare(QStringLiteral("UPDATE %1TRIGGERS SET TRIGGER_STATE = 'WAITING' WHERE TRIGGER_NAME = ?")
                          .arg(DatabaseUrl::parse(url)->tablePrefix())));
    q.addBindValue(taken.name());
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const auto fired = CHECK(store->fireDueTriggers({T0, 10, QStringLiteral("node-a"), {}, {}}));
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired.first().trigger.key(), free);
    QCOMPARE(stateOf(*store, taken), QStringLiteral("WAITING"));
    QCOMPARE(CHECK(store->retrieveTrigger(taken))->trigger.nextFireTime(), std::optional<qint64>(T0));
    QCOMPARE(CHECK(store->retrieveTrigger(free))->trigger.nextFireTime(), std::optional<qint64>(T0 + 1000));
    QCOMPARE(CHECK(store->runningExecutions()).size(), 1);
}

void tst_JobStore::storeManyTriggers()
{
    // storeJobAndTriggers with many triggers writes them in batches: the same states, kind rows and audit rows as
    // one by one, and the same refusals.
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    QVERIFY(store->storeCalendar(QStringLiteral("weekdays"), calendarFromJson(R"({"kind": "weekly", "excludedDays": [1, 7]})"),
                                 false, false));
    QVERIFY(CHECK(store->pauseTriggerGroup(QStringLiteral("P"))) == 0);
    JobDetail serial = job(QStringLiteral("serial"));
    serial.setConcurrentExecutionDisallowed(true);
    QList<Trigger> triggers;
    for (int i = 0; i < 450; ++i) {
        const QString group = i % 3 == 0 ? QStringLiteral("P") : QStringLiteral("G");
        Trigger t = i % 2 ? repeating(QStringLiteral("r%1").arg(i), serial.key(), T0 + i, 1000, -1, group)
                          : oneShot(QStringLiteral("o%1").arg(i), serial.key(), T0 + i, group);
        if (i % 5 == 0)
            t.setCalendarName(QStringLiteral("weekdays"));
        t.setPriority(i % 7);
        triggers << t;
    }
    const qint64 auditBefore = CHECK(store->auditLog(std::nullopt, 0)).size();
    QVERIFY(store->storeJobAndTriggers(serial, triggers, false));
    const auto stored = CHECK(store->triggersOfJob(serial.key()));
    QCOMPARE(stored.size(), triggers.size());
    QHash<TriggerKey, StoredTrigger> byKey;
    for (const StoredTrigger &s : stored)
        byKey.insert(s.trigger.key(), s);
    for (const Trigger &t : std::as_const(triggers)) {
        const StoredTrigger s = byKey.value(t.key());
        QCOMPARE(s.trigger.toJson(), t.toJson());
        QCOMPARE(s.state, t.key().group() == QStringLiteral("P") ? TriggerState::Paused : TriggerState::Waiting);
    }
    QCOMPARE(CHECK(store->auditLog(std::nullopt, 0)).size() - auditBefore, qint64(triggers.size() + 1));

    // A trigger key that exists is refused without replaceExisting, and nothing of the call is kept.
    const JobDetail other = job(QStringLiteral("other"));
    const QList<Trigger> clash{oneShot(QStringLiteral("new1"), other.key(), T0),
                               oneShot(triggers.at(7).key().name(), other.key(), T0, triggers.at(7).key().group()),
                               oneShot(QStringLiteral("new2"), other.key(), T0)};
    const auto refused = store->storeJobAndTriggers(other, clash, false);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(triggers.at(7).key().toString()), qPrintable(refused.error()));
    QVERIFY(!CHECK(store->retrieveTrigger(clash.first().key())).has_value());
    QVERIFY(!CHECK(store->retrieveJob(other.key())).has_value());
    QList<Trigger> more{oneShot(QStringLiteral("new1"), serial.key(), T0), triggers.at(7),
                        oneShot(QStringLiteral("new2"), serial.key(), T0)};
    // ... and replaced with it; new triggers of a running non-concurrent job start BLOCKED, everything paused
    // makes a new group paused.
    const auto fired = CHECK(store->fireDueTriggers({T0 + 10, 1, QStringLiteral("node-a"), {}, {}}));
    QCOMPARE(fired.size(), 1);
    QVERIFY(store->pauseAll());
    more[1].setPriority(99);
    more << oneShot(QStringLiteral("new3"), serial.key(), T0, QStringLiteral("Fresh"));
    QVERIFY(store->storeJobAndTriggers(serial, more, true));
    QCOMPARE(CHECK(store->retrieveTrigger(more.at(1).key()))->trigger.priority(), 99);
    QVERIFY(store->resumeAll());
    QCOMPARE(stateOf(*store, more.first().key()), QStringLiteral("BLOCKED"));
    QList<Trigger> fresh;
    for (int i = 0; i < 3; ++i)
        fresh << oneShot(QStringLiteral("f%1").arg(i), serial.key(), T0, QStringLiteral("Fresh2"));
    QVERIFY(store->pauseAll());
    QVERIFY(store->storeJobAndTriggers(serial, fresh, true));
    QCOMPARE(stateOf(*store, fresh.first().key()), QStringLiteral("PAUSED_BLOCKED"));
    QVERIFY(CHECK(store->pausedTriggerGroups()).contains(QStringLiteral("Fresh2")));
    QVERIFY(store->resumeAll());

    // A missing calendar refuses the whole call.
    QList<Trigger> bad{oneShot(QStringLiteral("b1"), other.key(), T0), oneShot(QStringLiteral("b2"), other.key(), T0)};
    bad[1].setCalendarName(QStringLiteral("nope"));
    const auto noCalendar = store->storeJobAndTriggers(other, bad, false);
    QVERIFY(!noCalendar);
    QVERIFY2(noCalendar.error().contains(QStringLiteral("nope")), qPrintable(noCalendar.error()));
    QVERIFY(!CHECK(store->retrieveTrigger(bad.first().key())).has_value());
}

void tst_JobStore::persistJobData()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    JobDetail counter = job(QStringLiteral("counter"));
    counter.setPersistJobDataAfterExecution(true);
    counter.jobData().put(QStringLiteral("n"), qint64(1));
    QVERIFY(store->storeJobAndTriggers(counter, {repeating(QStringLiteral("t"), counter.key(), T0, 1000, -1)}, false));
    const auto claimed = CHECK(store->acquireNextTriggers({T0, 1, QStringLiteral("node-a"), {}, {}}));
    const auto fired = CHECK(store->triggersFired(claimed));
    QCOMPARE(fired.first()->job.jobData().integer(QStringLiteral("n")), qint64(1));
    CompletedFire fire = completion(*fired.first(), QStringLiteral("node-a"));
    JobDataMap changed = fired.first()->job.jobData();
    changed.put(QStringLiteral("n"), qint64(2));
    changed.put(QStringLiteral("last"), QStringLiteral("ok"));
    fire.changedJobData = changed;
    QVERIFY(store->triggeredJobsComplete({fire}));
    const auto back = CHECK(store->retrieveJob(counter.key()));
    QCOMPARE(back->jobData(), changed);
}

void tst_JobStore::releaseAndStaleFires()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    const JobDetail j = job(QStringLiteral("j"));
    const Trigger a = repeating(QStringLiteral("a"), j.key(), T0, 1000, -1);
    const Trigger b = repeating(QStringLiteral("b"), j.key(), T0, 1000, -1);
    const Trigger c = repeating(QStringLiteral("c"), j.key(), T0, 1000, -1);
    QVERIFY(store->storeJobAndTriggers(j, {a, b, c}, false));
    auto claimed = CHECK(store->acquireNextTriggers({T0, 10, QStringLiteral("node-a"), {}, {}}));
    QCOMPARE(claimed.size(), 3);
    QVERIFY(store->releaseAcquiredTriggers({findAcquired(claimed, QStringLiteral("a"))}));
    QCOMPARE(stateOf(*store, a.key()), QStringLiteral("WAITING"));
    // b is deleted, c replaced meanwhile: both yield nullopt and lose their FIRED_TRIGGERS rows.
    QVERIFY(CHECK(store->removeTrigger(b.key())));
    Trigger c2 = c;
    c2.setNextFireTime(T0 + 500);
    QVERIFY(store->storeTrigger(c2, true));
    const QList<AcquiredTrigger> rest = {findAcquired(claimed, QStringLiteral("b")), findAcquired(claimed, QStringLiteral("c"))};
    const auto fired = CHECK(store->triggersFired(rest));
    QCOMPARE(fired.size(), 2);
    QVERIFY(!fired.at(0).has_value());
    QVERIFY(!fired.at(1).has_value());
    QSqlQuery q(raw(url));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1FIRED_TRIGGERS").arg(DatabaseUrl::parse(url)->tablePrefix())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // a can be claimed again at the same scheduled time.
    claimed = CHECK(store->acquireNextTriggers({T0, 10, QStringLiteral("node-a"), {}, {}}));
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed.first().trigger, a.key());
    QVERIFY(store->releaseAcquiredTriggers({}));
}

void tst_JobStore::misfireRecovery()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    const JobDetail j = job(QStringLiteral("j"));
    QList<Trigger> triggers;
    for (int i = 0; i < 5; ++i) {
        Trigger t = repeating(QStringLiteral("r%1").arg(i), j.key(), T0 + i, 10'000, -1);
        t.setMisfireInstruction(Misfire::RescheduleNextWithRemainingCount);
        triggers << t;
    }
    Trigger once = oneShot(QStringLiteral("once"), j.key(), T0);
    once.setMisfireInstruction(Misfire::RescheduleNextWithRemainingCount); // nothing left: COMPLETE
    once.setPriority(10);
    triggers << once;
    Trigger ignore = repeating(QStringLiteral("ignore"), j.key(), T0, 10'000, -1);
    ignore.setMisfireInstruction(Misfire::IgnoreMisfirePolicy);
    triggers << ignore;
    QVERIFY(store->storeJobAndTriggers(j, triggers, false));
    QVERIFY(CHECK(store->recoverMisfiredTriggers(10, QStringLiteral("node-a"))).records.isEmpty());

    clock->setNowMs(T0 + 65'000); // 5 s past the threshold for the first fires
    auto scan = CHECK(store->recoverMisfiredTriggers(4, QStringLiteral("node-a")));
    QCOMPARE(scan.records.size(), 4);
    QVERIFY(scan.hasMore);
    QCOMPARE(scan.records.first().trigger.name(), QStringLiteral("once"));
    QVERIFY(!scan.records.first().nextFireTime.has_value());
    QCOMPARE(stateOf(*store, once.key()), QStringLiteral("COMPLETE"));
    scan = CHECK(store->recoverMisfiredTriggers(4, QStringLiteral("node-b")));
    QCOMPARE(scan.records.size(), 2);
    QVERIFY(!scan.hasMore);
    for (const MisfireRecord &r : std::as_const(scan.records)) {
        QCOMPARE(r.instanceId, QStringLiteral("node-b"));
        QCOMPARE(r.instruction, Misfire::RescheduleNextWithRemainingCount);
        QVERIFY(*r.nextFireTime > clock->nowMs());
    }
    QCOMPARE(CHECK(store->retrieveTrigger(TriggerKey(QStringLiteral("r0"), QStringLiteral("triggers"))))->trigger.nextFireTime(),
             std::optional<qint64>(T0 + 70'000));
    QCOMPARE(CHECK(store->retrieveTrigger(ignore.key()))->trigger.nextFireTime(), std::optional<qint64>(T0));
    const auto log = CHECK(store->misfireLog(std::nullopt, 100));
    QCOMPARE(log.size(), 6);
    QCOMPARE(CHECK(store->misfireLog(clock->nowMs() + 1, 100)).size(), 0);
    QCOMPARE(CHECK(store->misfireLog(std::nullopt, 2)).size(), 2);

    // The same (trigger, scheduled time) logged again does not fail: put r0 back to its old time.
    Trigger r0 = CHECK(store->retrieveTrigger(triggers.first().key()))->trigger;
    r0.setNextFireTime(T0);
    QVERIFY(store->storeTrigger(r0, true));
    scan = CHECK(store->recoverMisfiredTriggers(10, QStringLiteral("node-a")));
    QCOMPARE(scan.records.size(), 1);
    QCOMPARE(CHECK(store->misfireLog(std::nullopt, 100)).size(), 6);
}

void tst_JobStore::recoverInstance()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto dead = openStore(url, clock, QStringLiteral("node-dead"));
    auto alive = openStore(url, clock, QStringLiteral("node-alive"));

    JobDetail recoverable = job(QStringLiteral("recoverable"));
    recoverable.setRequestsRecovery(true);
    recoverable.setConcurrentExecutionDisallowed(true);
    const JobDetail plain = job(QStringLiteral("plain"));
    Trigger r = repeating(QStringLiteral("r"), recoverable.key(), T0, 60'000, -1);
    r.jobData().put(QStringLiteral("from"), QStringLiteral("trigger"));
    const Trigger rOther = repeating(QStringLiteral("rOther"), recoverable.key(), T0 + 100'000, 60'000, -1);
    const Trigger p = oneShot(QStringLiteral("p"), plain.key(), T0);
    const Trigger waiting = repeating(QStringLiteral("w"), plain.key(), T0 + 1, 60'000, -1);
    QVERIFY(dead->storeJobAndTriggers(recoverable, {r, rOther}, false));
    QVERIFY(dead->storeJobAndTriggers(plain, {p, waiting}, false));

    // The dead node fired r and p and had claimed w when it stopped.
    auto claimed = CHECK(dead->acquireNextTriggers({T0, 2, QStringLiteral("node-dead"), {}, {}}));
    QCOMPARE(claimed.size(), 2);
    clock->setNowMs(T0 + 3);
    const auto fired = CHECK(dead->triggersFired(claimed));
    QVERIFY(fired.at(0).has_value() && fired.at(1).has_value());
    QVERIFY(!CHECK(dead->acquireNextTriggers({T0 + 1, 5, QStringLiteral("node-dead"), {}, {}})).isEmpty());
    QCOMPARE(stateOf(*alive, rOther.key()), QStringLiteral("BLOCKED"));
    QCOMPARE(stateOf(*alive, p.key()), QStringLiteral("COMPLETE"));
    QCOMPARE(stateOf(*alive, waiting.key()), QStringLiteral("ACQUIRED"));

    clock->setNowMs(T0 + 30'000);
    const auto report = CHECK(alive->recoverInstance(QStringLiteral("node-dead")));
    QCOMPARE(report.recoveryTriggers, 1);
    QCOMPARE(report.failedExecutions, 1);
    QCOMPARE(report.triggersReleased, 3); // w back to WAITING; r and rOther unblocked
    QCOMPARE(report.completeTriggersDeleted, 1);
    QCOMPARE(stateOf(*alive, waiting.key()), QStringLiteral("WAITING"));
    QCOMPARE(stateOf(*alive, rOther.key()), QStringLiteral("WAITING"));
    QCOMPARE(stateOf(*alive, r.key()), QStringLiteral("WAITING"));
    QVERIFY(!CHECK(alive->retrieveTrigger(p.key())).has_value());
    QVERIFY(CHECK(alive->runningExecutions()).isEmpty());

    // The recovery trigger: one shot, now, RECOVERING_JOBS, IGNORE, Quartz's data keys.
    const auto triggers = CHECK(alive->triggersOfJob(recoverable.key()));
    std::optional<Trigger> recovery;
    for (const StoredTrigger &s : triggers) {
        if (s.trigger.key().group() == QStringLiteral("RECOVERING_JOBS"))
            recovery = s.trigger;
    }
    QVERIFY(recovery.has_value());
    QCOMPARE(recovery->nextFireTime(), std::optional<qint64>(T0 + 30'000));
    QCOMPARE(recovery->misfireInstruction(), Misfire::IgnoreMisfirePolicy);
    QVERIFY(recovery->scheduleAs<SimpleSchedule>());
    QCOMPARE(recovery->scheduleAs<SimpleSchedule>()->repeatCount, 0);
    const JobDataMap &data = recovery->jobData();
    QCOMPARE(data.string(QStringLiteral("from")), QStringLiteral("trigger"));
    QCOMPARE(data.string(QStringLiteral("QRTZ_FAILED_JOB_ORIG_TRIGGER_NAME")), QStringLiteral("r"));
    QCOMPARE(data.string(QStringLiteral("QRTZ_FAILED_JOB_ORIG_TRIGGER_GROUP")), QStringLiteral("triggers"));
    QCOMPARE(data.string(QStringLiteral("QRTZ_FAILED_JOB_ORIG_TRIGGER_FIRETIME_IN_MILLISECONDS_AS_STRING")),
             QString::number(T0 + 3));
    QCOMPARE(data.string(QStringLiteral("QRTZ_FAILED_JOB_ORIG_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS_AS_STRING")),
             QString::number(T0));

    // History: one FAILED (p), one RECOVERED (r).
    HistoryQuery failedOnly;
    failedOnly.status = ExecutionStatus::Failed;
    const auto failed = CHECK(alive->history(failedOnly));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().trigger, p.key());
    QCOMPARE(failed.first().instanceId, QStringLiteral("node-dead"));
    QVERIFY(failed.first().errorMessage.contains(QStringLiteral("node-dead")));
    HistoryQuery recoveredOnly;
    recoveredOnly.status = ExecutionStatus::Recovered;
    QCOMPARE(CHECK(alive->history(recoveredOnly)).size(), 1);

    // The recovery fire is marked recovering.
    const auto rerun = CHECK(alive->acquireNextTriggers({T0 + 30'000, 10, QStringLiteral("node-alive"), {}, {}}));
    QList<AcquiredTrigger> recoveryClaim;
    for (const AcquiredTrigger &a : rerun) {
        if (a.trigger.group() == QStringLiteral("RECOVERING_JOBS"))
            recoveryClaim << a;
    }
    QCOMPARE(recoveryClaim.size(), 1);
    const auto refired = CHECK(alive->triggersFired(recoveryClaim));
    QVERIFY(refired.first().has_value());
    QVERIFY(refired.first()->recovering);
    QVERIFY(refired.first()->recovers.has_value());
    QCOMPARE(refired.first()->recovers->trigger, r.key());
    QCOMPARE(refired.first()->recovers->scheduledTime, T0);
    QCOMPARE(refired.first()->recovers->firstAttempt, 2);
    QCOMPARE(refired.first()->recovers->fireInstanceId, CHECK(alive->history(recoveredOnly)).first().fireInstanceId);
    // Recovering an instance with nothing left to do changes nothing.
    const auto nothing = CHECK(alive->recoverInstance(QStringLiteral("node-dead")));
    QCOMPARE(nothing.recoveryTriggers + nothing.failedExecutions + nothing.triggersReleased, 0);
}

void tst_JobStore::nodes()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    NodeCheckIn a;
    a.instanceId = QStringLiteral("node-a");
    a.checkinIntervalMs = 7500;
    a.tags = {QStringLiteral("gpu"), QStringLiteral("eu"), QStringLiteral(" eu ")};
    a.allowedJobTypes = {QStringLiteral("shell"), QStringLiteral("http")};
    a.host = QStringLiteral("host-a");
    a.processId = 4242;
    a.version = QStringLiteral("0.1.0");
    a.startedTime = T0 - 5000;
    a.clockOffsetMs = -300'000;
    a.runningCount = 3;
    a.state = NodeState::Standby;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const auto first = CHECK(store->checkIn(a));
    QVERIFY(first.recoveredBy.isEmpty());
    // The check-in time comes from the database server's clock, not the (manual) node clock.
    QVERIFY2(std::abs(first.databaseTime - before) < 120'000, qPrintable(QString::number(first.databaseTime)));
    QVERIFY(std::abs(CHECK(store->databaseTime()) - QDateTime::currentMSecsSinceEpoch()) < 120'000);
    QVERIFY(store->checkIn(a));
    NodeCheckIn b;
    b.instanceId = QStringLiteral("node-b");
    b.checkinIntervalMs = 5000;
    QVERIFY(store->checkIn(b));

    auto list = CHECK(store->nodes(kDefaultFailureGraceMs));
    QCOMPARE(list.size(), 2);
    const NodeRecord &n = list.at(0);
    QCOMPARE(n.instanceId, QStringLiteral("node-a"));
    QCOMPARE(n.host, QStringLiteral("host-a"));
    QCOMPARE(n.processId, qint64(4242));
    QCOMPARE(n.version, QStringLiteral("0.1.0"));
    QCOMPARE(n.tags, (QStringList{QStringLiteral("eu"), QStringLiteral("gpu")}));
    QCOMPARE(n.allowedJobTypes, (QStringList{QStringLiteral("http"), QStringLiteral("shell")}));
    QCOMPARE(n.startedTime, T0 - 5000);
    QCOMPARE(n.checkinIntervalMs, qint64(7500));
    QCOMPARE(n.clockOffsetMs, qint64(-300'000));
    QCOMPARE(n.runningCount, 3);
    QCOMPARE(n.state, NodeState::Standby);
    QVERIFY2(n.checkinAgeMs >= -5 && n.checkinAgeMs < 60'000, qPrintable(QString::number(n.checkinAgeMs)));
    QCOMPARE(list.at(1).instanceId, QStringLiteral("node-b"));
    QCOMPARE(list.at(1).state, NodeState::Active);
    QVERIFY(list.at(1).tags.isEmpty());
    QVERIFY(list.at(1).allowedJobTypes.isEmpty());

    // Silent for longer than its interval plus the grace: presumed dead (derived, never stored).
    const QString p = DatabaseUrl::parse(url)->tablePrefix();
    QSqlQuery q(raw(url));
    QVERIFY(q.exec(QStringLiteral("UPDATE %1SCHEDULER_STATE SET LAST_CHECKIN_TIME = LAST_CHECKIN_TIME - 9000 WHERE "
                                  "INSTANCE_NAME = 'node-b'").arg(p)));
    list = CHECK(store->nodes(kDefaultFailureGraceMs));
    QCOMPARE(list.at(1).state, NodeState::PresumedDead);
    QVERIFY(list.at(1).checkinAgeMs >= 9000);
    QCOMPARE(CHECK(store->nodes(60'000)).at(1).state, NodeState::Active);

    a.tags = {QStringLiteral("eu")};
    QVERIFY(store->checkIn(a));
    QCOMPARE(CHECK(store->nodes(kDefaultFailureGraceMs)).at(0).tags, QStringList{QStringLiteral("eu")});
    QVERIFY(store->removeNode(QStringLiteral("node-a")));
    list = CHECK(store->nodes(kDefaultFailureGraceMs));
    QCOMPARE(list.size(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1NODE_TAGS").arg(p)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void tst_JobStore::failOver()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto dead = openStore(url, clock, QStringLiteral("node-dead"));
    auto survivorA = openStore(url, clock, QStringLiteral("node-s1"));
    auto survivorB = openStore(url, clock, QStringLiteral("node-s2"));
    const auto checkIn = [](SqlJobStore &store, const QString &id) {
        NodeCheckIn node;
        node.instanceId = id;
        node.checkinIntervalMs = 1000;
        return store.checkIn(node);
    };
    QVERIFY(checkIn(*dead, QStringLiteral("node-dead")));
    QVERIFY(checkIn(*survivorA, QStringLiteral("node-s1")));
    QVERIFY(checkIn(*survivorB, QStringLiteral("node-s2")));

    JobDetail recoverable = job(QStringLiteral("recoverable"));
    recoverable.setRequestsRecovery(true);
    const JobDetail plain = job(QStringLiteral("plain"));
    const Trigger r = repeating(QStringLiteral("r"), recoverable.key(), T0, 60'000, -1);
    const Trigger w = repeating(QStringLiteral("w"), plain.key(), T0 + 10, 60'000, -1);
    QVERIFY(dead->storeJobAndTriggers(recoverable, {r}, false));
    QVERIFY(dead->storeJobAndTriggers(plain, {w}, false));
    // The dead node runs r and has claimed w.
    QCOMPARE(CHECK(dead->fireDueTriggers({T0, 1, QStringLiteral("node-dead"), {}, {}})).size(), 1);
    const auto claimedW = CHECK(dead->acquireNextTriggers({T0 + 10, 5, QStringLiteral("node-dead"), {}, {}}));
    QCOMPARE(claimedW.size(), 1);

    // Alive: nobody recovers it.
    QVERIFY(CHECK(survivorA->recoverFailedNodes(QStringLiteral("node-s1"), kDefaultFailureGraceMs)).isEmpty());
    // Silent: its check-in 5 s old on the server's clock (the manual node clock plays no part).
    const QString p = DatabaseUrl::parse(url)->tablePrefix();
    QSqlQuery q(raw(url));
    QVERIFY(q.exec(QStringLiteral("UPDATE %1SCHEDULER_STATE SET LAST_CHECKIN_TIME = LAST_CHECKIN_TIME - 5000 WHERE "
                                  "INSTANCE_NAME = 'node-dead'").arg(p)));
    // Within a long grace it is not dead yet.
    QVERIFY(CHECK(survivorA->recoverFailedNodes(QStringLiteral("node-s1"), 60'000)).isEmpty());

    // Two survivors at once: exactly one wins.
    Result<QList<NodeRecovery>> byA = QList<NodeRecovery>();
    Result<QList<NodeRecovery>> byB = QList<NodeRecovery>();
    std::unique_ptr<QThread> threadA(QThread::create([&] {
        byA = survivorA->recoverFailedNodes(QStringLiteral("node-s1"), kDefaultFailureGraceMs);
    }));
    std::unique_ptr<QThread> threadB(QThread::create([&] {
        byB = survivorB->recoverFailedNodes(QStringLiteral("node-s2"), kDefaultFailureGraceMs);
    }));
    threadA->start();
    threadB->start();
    QVERIFY(threadA->wait(60'000) && threadB->wait(60'000));
    QVERIFY2(byA && byB, qPrintable(byA ? byB.error() : byA.error()));
    QCOMPARE(byA->size() + byB->size(), 1);
    const NodeRecovery recovery = byA->isEmpty() ? byB->first() : byA->first();
    const QString winner = byA->isEmpty() ? QStringLiteral("node-s2") : QStringLiteral("node-s1");
    QCOMPARE(recovery.instanceId, QStringLiteral("node-dead"));
    QVERIFY(recovery.silentForMs >= 5000);
    QCOMPARE(recovery.report.recoveryTriggers, 1);
    QCOMPARE(recovery.report.triggersReleased, 1);
    QCOMPARE(stateOf(*survivorA, w.key()), QStringLiteral("WAITING"));
    auto list = CHECK(survivorA->nodes(kDefaultFailureGraceMs));
    QCOMPARE(list.at(0).instanceId, QStringLiteral("node-dead"));
    QCOMPARE(list.at(0).state, NodeState::Recovered);
    QCOMPARE(list.at(0).recoveredBy, winner);
    QVERIFY(list.at(0).recoveredTime.has_value());
    // Recovered once: later scans leave it alone.
    QVERIFY(CHECK(survivorB->recoverFailedNodes(QStringLiteral("node-s2"), kDefaultFailureGraceMs)).isEmpty());

    // No double fire by construction: the survivor claims w again; the dead node, back from a stall, cannot fire
    // its old claim of the same fire.
    const auto again = CHECK(survivorA->acquireNextTriggers({T0 + 10, 5, QStringLiteral("node-s1"), {}, {}}));
    QList<AcquiredTrigger> againW;
    QList<AcquiredTrigger> others; // the recovery trigger, due at once: given back, for node-s2 below
    for (const AcquiredTrigger &acquired : again)
        (acquired.trigger == w.key() ? againW : others) << acquired;
    QCOMPARE(againW.size(), 1);
    QCOMPARE(others.size(), 1);
    QVERIFY(survivorA->releaseAcquiredTriggers(others));
    const auto stale = CHECK(dead->triggersFired(claimedW));
    QVERIFY(!stale.first().has_value());
    const auto fresh = CHECK(survivorA->triggersFired(againW));
    QVERIFY(fresh.first().has_value());

    // The re-run carries the identity of the fire it re-runs: same fire instance id, trigger, scheduled time,
    // attempt 2.
    HistoryQuery recoveredOnly;
    recoveredOnly.status = ExecutionStatus::Recovered;
    const auto recoveredRows = CHECK(survivorA->history(recoveredOnly));
    QCOMPARE(recoveredRows.size(), 1);
    QCOMPARE(recoveredRows.first().trigger, r.key());
    QCOMPARE(recoveredRows.first().attempt, 1);
    clock->setNowMs(T0 + 20);
    auto rerun = CHECK(survivorB->fireDueTriggers({T0 + 20, 10, QStringLiteral("node-s2"), {}, {}}));
    QCOMPARE(rerun.size(), 1);
    QVERIFY(rerun.first().recovering);
    QVERIFY(rerun.first().recovers.has_value());
    QCOMPARE(rerun.first().recovers->fireInstanceId, recoveredRows.first().fireInstanceId);
    QCOMPARE(rerun.first().recovers->trigger, r.key());
    QCOMPARE(rerun.first().recovers->scheduledTime, T0);
    QCOMPARE(rerun.first().recovers->firstAttempt, 2);

    // The re-run's node dies too: its fire is recorded under the original identity as attempt 2, and the next
    // re-run is attempt 3 of the same fire.
    QVERIFY(q.exec(QStringLiteral("UPDATE %1SCHEDULER_STATE SET LAST_CHECKIN_TIME = LAST_CHECKIN_TIME - 5000 WHERE "
                                  "INSTANCE_NAME = 'node-s2'").arg(p)));
    QCOMPARE(CHECK(survivorA->recoverFailedNodes(QStringLiteral("node-s1"), kDefaultFailureGraceMs)).size(), 1);
    const auto twice = CHECK(survivorA->history(recoveredOnly));
    QCOMPARE(twice.size(), 2);
    QCOMPARE(twice.at(0).fireInstanceId, twice.at(1).fireInstanceId);
    QCOMPARE(twice.at(0).trigger, r.key());
    QCOMPARE(twice.at(1).trigger, r.key());
    QCOMPARE(QSet<int>({twice.at(0).attempt, twice.at(1).attempt}), QSet<int>({1, 2}));
    clock->setNowMs(T0 + 30);
    rerun = CHECK(survivorA->fireDueTriggers({T0 + 30, 10, QStringLiteral("node-s1"), {}, {}}));
    QCOMPARE(rerun.size(), 1);
    QCOMPARE(rerun.first().recovers->fireInstanceId, recoveredRows.first().fireInstanceId);
    QCOMPARE(rerun.first().recovers->firstAttempt, 3);

    // A node presumed dead that checks in again learns who recovered it, and is active again.
    const auto back = CHECK(checkIn(*dead, QStringLiteral("node-dead")));
    QCOMPARE(back.recoveredBy, winner);
    list = CHECK(survivorA->nodes(kDefaultFailureGraceMs));
    QCOMPARE(list.at(0).state, NodeState::Active);
    QVERIFY(list.at(0).recoveredBy.isEmpty());

    // Fires left by an instance without any row (it signed off before its results were written) are recovered.
    QVERIFY(dead->removeNode(QStringLiteral("node-dead")));
    QCOMPARE(CHECK(dead->fireDueTriggers({T0 + 60'000, 5, QStringLiteral("node-dead"), {}, {}})).size(), 1);
    const auto orphans = CHECK(survivorA->recoverFailedNodes(QStringLiteral("node-s1"), kDefaultFailureGraceMs));
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().instanceId, QStringLiteral("node-dead"));
    QCOMPARE(orphans.first().silentForMs, qint64(0));
    QCOMPARE(orphans.first().report.recoveryTriggers, 1); // r, due at T0 + 60 s
    for (const RunningExecution &running : CHECK(survivorA->runningExecutions()))
        QVERIFY(running.instanceId != QStringLiteral("node-dead"));
}

void tst_JobStore::interruptRequests()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto nodeA = openStore(url, clock, QStringLiteral("node-a"));
    auto nodeB = openStore(url, clock, QStringLiteral("node-b"));
    auto console = openStore(url, clock, QStringLiteral("console"));
    const JobDetail j = job(QStringLiteral("long"));
    QVERIFY(nodeA->storeJobAndTriggers(j, {oneShot(QStringLiteral("t1"), j.key(), T0), oneShot(QStringLiteral("t2"), j.key(), T0)},
                                       false));
    // Nothing runs yet: nothing to ask.
    QCOMPARE(CHECK(console->requestInterruptOfJob(j.key())), 0);
    const auto onA = CHECK(nodeA->fireDueTriggers({T0, 1, QStringLiteral("node-a"), {}, {}}));
    const auto onB = CHECK(nodeB->fireDueTriggers({T0, 1, QStringLiteral("node-b"), {}, {}}));
    QCOMPARE(onA.size(), 1);
    QCOMPARE(onB.size(), 1);
    QVERIFY(CHECK(nodeA->takeInterruptRequests(QStringLiteral("node-a"))).isEmpty());

    // One fire: only its node is asked, once.
    QVERIFY(CHECK(console->requestInterruptOfFire(onB.first().fireInstanceId)));
    QVERIFY(!CHECK(console->requestInterruptOfFire(QStringLiteral("no-such-fire"))));
    QVERIFY(CHECK(nodeA->takeInterruptRequests(QStringLiteral("node-a"))).isEmpty());
    QCOMPARE(CHECK(nodeB->takeInterruptRequests(QStringLiteral("node-b"))), QStringList{onB.first().fireInstanceId});
    QVERIFY(CHECK(nodeB->takeInterruptRequests(QStringLiteral("node-b"))).isEmpty());

    // The job: every node running it is asked; the audit log says who asked.
    QCOMPARE(CHECK(console->requestInterruptOfJob(j.key())), 2);
    QCOMPARE(CHECK(nodeA->takeInterruptRequests(QStringLiteral("node-a"))), QStringList{onA.first().fireInstanceId});
    QCOMPARE(CHECK(nodeB->takeInterruptRequests(QStringLiteral("node-b"))), QStringList{onB.first().fireInstanceId});
    const auto audit = CHECK(console->auditLog(std::nullopt, 10));
    QCOMPARE(audit.first().action, QStringLiteral("interrupt"));
    QCOMPARE(audit.first().objectType, QStringLiteral("job"));
    QCOMPARE(audit.first().objectName, j.key().name());

    // A request for a node that dies goes with its recovery.
    QCOMPARE(CHECK(console->requestInterruptOfJob(j.key())), 2);
    QVERIFY(console->recoverInstance(QStringLiteral("node-b")));
    QVERIFY(CHECK(nodeB->takeInterruptRequests(QStringLiteral("node-b"))).isEmpty());
    QCOMPARE(CHECK(nodeA->takeInterruptRequests(QStringLiteral("node-a"))).size(), 1);
}

void tst_JobStore::historyAndPurge()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    // Completions with 30 history rows: fires i = 0..14, each with two attempts.
    QList<CompletedFire> fires;
    for (int i = 0; i < 15; ++i) {
        CompletedFire fire;
        fire.fireInstanceId = QStringLiteral("f%1").arg(i, 2, 10, QLatin1Char('0'));
        fire.trigger = TriggerKey(QStringLiteral("t"));
        fire.job = JobKey(i % 3 ? QStringLiteral("a") : QStringLiteral("b"));
        for (int attempt = 1; attempt <= 2; ++attempt) {
            ExecutionRecord r;
            r.fireInstanceId = fire.fireInstanceId;
            r.attempt = attempt;
            r.job = fire.job;
            r.trigger = fire.trigger;
            r.instanceId = i < 5 ? QStringLiteral("node-x") : QStringLiteral("node-y");
            r.scheduledTime = T0 + i * 1000;
            r.fireTime = T0 + i * 1000 + attempt;
            r.endTime = r.fireTime + 10;
            r.status = attempt == 1 ? ExecutionStatus::Failed : ExecutionStatus::Succeeded;
            r.errorMessage = attempt == 1 ? QStringLiteral("boom") : QString();
            fire.attempts << r;
        }
        fires << fire;
    }
    QVERIFY(store->triggeredJobsComplete(fires));
    auto all = CHECK(store->history(allHistory()));
    QCOMPARE(all.size(), 30);
    QCOMPARE(all.first().fireInstanceId, QStringLiteral("f14"));
    QCOMPARE(all.first().attempt, 2);
    QCOMPARE(all.last().fireInstanceId, QStringLiteral("f00"));
    QCOMPARE(all.at(1).errorMessage, QStringLiteral("boom"));
    HistoryQuery byJob;
    byJob.jobName = QStringLiteral("b");
    byJob.jobGroup = QStringLiteral("DEFAULT");
    QCOMPARE(CHECK(store->history(byJob)).size(), 10);
    HistoryQuery byNode;
    byNode.instanceId = QStringLiteral("node-x");
    byNode.status = ExecutionStatus::Succeeded;
    QCOMPARE(CHECK(store->history(byNode)).size(), 5);
    HistoryQuery window;
    window.since = T0 + 2000;
    window.until = T0 + 4000;
    QCOMPARE(CHECK(store->history(window)).size(), 4);
    HistoryQuery page;
    page.limit = 4;
    page.offset = 4;
    const auto paged = CHECK(store->history(page));
    QCOMPARE(paged.size(), 4);
    QCOMPARE(paged.first().fireInstanceId, QStringLiteral("f12"));

    // Older than T0 + 5000 ms: fires 0..4 (10 rows), in batches of 3.
    const qint64 before = store->commitCount();
    QCOMPARE(CHECK(store->purgeHistory(T0 + 5000, 0, 3)), qint64(10));
    QVERIFY(store->commitCount() - before >= 4);
    QCOMPARE(CHECK(store->history(allHistory())).size(), 20);
    // Keep the newest 7.
    QCOMPARE(CHECK(store->purgeHistory(std::nullopt, 7, 5)), qint64(13));
    all = CHECK(store->history(allHistory()));
    QCOMPARE(all.size(), 7);
    QCOMPARE(all.first().fireInstanceId, QStringLiteral("f14"));
    QCOMPARE(CHECK(store->purgeHistory(std::nullopt, 7, 5)), qint64(0));
}

/// "f<id>#<attempt>" for each row, to compare orders.
static QStringList historyIds(const QList<ExecutionRecord> &records)
{
    QStringList ids;
    for (const ExecutionRecord &r : records)
        ids << QStringLiteral("%1#%2").arg(r.fireInstanceId).arg(r.attempt);
    return ids;
}

void tst_JobStore::historyKeysetPages()
{
    QFETCH(QString, baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(freshUrl(baseUrl), clock);
    // 120 fires of 1 to 3 attempts; seven fires share each millisecond and the attempts of a fire share its
    // time too, so that ties need FIRE_INSTANCE_ID and ATTEMPT to order them. Ids are not in time order.
    QList<CompletedFire> fires;
    for (int i = 0; i < 120; ++i) {
        CompletedFire fire;
        fire.fireInstanceId = QStringLiteral("k%1").arg((i * 37) % 120, 3, 10, QLatin1Char('0'));
        fire.trigger = TriggerKey(QStringLiteral("t"));
        fire.job = JobKey(i % 2 ? QStringLiteral("odd") : QStringLiteral("even"));
        for (int attempt = 1; attempt <= 1 + i % 3; ++attempt) {
            ExecutionRecord r;
            r.fireInstanceId = fire.fireInstanceId;
            r.attempt = attempt;
            r.job = fire.job;
            r.trigger = fire.trigger;
            r.scheduledTime = T0 + i / 7;
            r.fireTime = T0 + i / 7;
            r.endTime = r.fireTime + 1;
            fire.attempts << r;
        }
        fires << fire;
    }
    QVERIFY(store->triggeredJobsComplete(fires));

    for (const QString &jobName : {QString(), QStringLiteral("odd")}) {
        HistoryQuery everything = allHistory();
        everything.jobName = jobName;
        everything.jobGroup = jobName.isEmpty() ? QString() : QStringLiteral("DEFAULT");
        const auto all = CHECK(store->history(everything));
        QCOMPARE(all.size(), jobName.isEmpty() ? 240 : 120);
        for (qsizetype i = 1; i < all.size(); ++i) {
            const ExecutionRecord &a = all.at(i - 1), &b = all.at(i);
            QVERIFY2(std::tuple(a.fireTime, a.fireInstanceId, a.attempt) > std::tuple(b.fireTime, b.fireInstanceId, b.attempt),
                     qPrintable(QStringLiteral("row %1 out of order").arg(i)));
        }
        for (const int pageSize : {1, 7, 50}) {
            HistoryQuery page = everything;
            page.limit = pageSize;
            QList<ExecutionRecord> concatenated;
            for (int pages = 0; pages < 1000; ++pages) {
                const auto rows = CHECK(store->history(page));
                QVERIFY(rows.size() <= pageSize);
                if (rows.isEmpty())
                    break;
                concatenated << rows;
                page.olderThan = HistoryCursor::of(rows.last());
            }
            QCOMPARE(historyIds(concatenated), historyIds(all));
        }
    }
    // A cursor in the middle of a tie: the rows after it, the same tie's remaining rows first.
    const auto all = CHECK(store->history(allHistory()));
    HistoryQuery after = allHistory();
    after.olderThan = HistoryCursor::of(all.at(100));
    QCOMPARE(historyIds(CHECK(store->history(after))), historyIds(all.mid(101)));
    after.olderThan = HistoryCursor{T0 + 1000, QString(), 0}; // newer than everything
    QCOMPARE(CHECK(store->history(after)).size(), 240);
    after.olderThan = HistoryCursor::of(all.last());
    QVERIFY(CHECK(store->history(after)).isEmpty());
}

void tst_JobStore::historyTextFilter()
{
    QFETCH(QString, baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(freshUrl(baseUrl), clock);
    const QList<std::pair<QString, QString>> rows{
        {QStringLiteral("Disk FULL at 50%"), QString()},
        {QString(), QStringLiteral("line one\nResult_OK, done")},
        {QStringLiteral("exit code 2"), QStringLiteral("ResultXOK 5 at")},
        {QString(), QString()},
        {QStringLiteral("Zugriff verweigert: Ä"), QStringLiteral("it's \"quoted\"")},
    };
    CompletedFire fire;
    fire.fireInstanceId = QStringLiteral("text");
    fire.trigger = TriggerKey(QStringLiteral("t"));
    fire.job = JobKey(QStringLiteral("j"));
    for (int i = 0; i < rows.size(); ++i) {
        ExecutionRecord r;
        r.fireInstanceId = fire.fireInstanceId;
        r.attempt = i + 1;
        r.job = fire.job;
        r.trigger = fire.trigger;
        r.fireTime = r.scheduledTime = T0 + i;
        r.status = rows.at(i).first.isEmpty() ? ExecutionStatus::Succeeded : ExecutionStatus::Failed;
        r.errorMessage = rows.at(i).first;
        r.output = rows.at(i).second;
        fire.attempts << r;
    }
    QVERIFY(store->triggeredJobsComplete({fire}));

    const auto attempts = [&](const QString &text, std::optional<ExecutionStatus> status = std::nullopt) {
        HistoryQuery query = allHistory();
        query.textContains = text;
        query.status = status;
        QList<int> found;
        const auto records = store->history(query);
        if (!records) {
            qWarning("history: %s", qPrintable(records.error()));
            return QList<int>{-1};
        }
        for (const ExecutionRecord &r : records.value())
            found.prepend(r.attempt);
        return found;
    };
    QCOMPARE(attempts(QString()), QList<int>({1, 2, 3, 4, 5}));
    QCOMPARE(attempts(QStringLiteral("full")), QList<int>({1}));           // error, case-insensitive
    QCOMPARE(attempts(QStringLiteral("result")), QList<int>({2, 3}));      // output
    QCOMPARE(attempts(QStringLiteral("lt_ok")), QList<int>({2}));          // '_' is no wildcard
    QCOMPARE(attempts(QStringLiteral("50%")), QList<int>({1}));
    QCOMPARE(attempts(QStringLiteral("5%t")), QList<int>());               // '%' is no wildcard
    QCOMPARE(attempts(QStringLiteral("one\nresult")), QList<int>({2}));    // across lines
    QCOMPARE(attempts(QStringLiteral("\"quoted\"")), QList<int>({5}));
    QCOMPARE(attempts(QStringLiteral("it's")), QList<int>({5}));
    QCOMPARE(attempts(QStringLiteral("!")), QList<int>());                 // the escape character itself
    QCOMPARE(attempts(QStringLiteral("a"), ExecutionStatus::Failed), QList<int>({1, 3}));
    QCOMPARE(attempts(QStringLiteral("nowhere")), QList<int>());
}

void tst_JobStore::auditLog()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    JobDetail j = job(QStringLiteral("audited"));
    const Trigger t = repeating(QStringLiteral("t"), j.key(), T0, 1000, -1);
    QVERIFY(store->storeJobAndTriggers(j, {t}, false));
    clock->advanceMs(1);
    j.setDescription(QStringLiteral("v2"));
    QVERIFY(store->storeJob(j, true));
    clock->advanceMs(1);
    QVERIFY(store->pauseTrigger(t.key()));
    QVERIFY(store->resumeTrigger(t.key()));
    QVERIFY(store->pauseTriggerGroup(QStringLiteral("triggers")));
    QVERIFY(store->resumeAll());
    QVERIFY(store->storeCalendar(QStringLiteral("cal"), calendarFromJson(R"({"kind": "weekly", "excludedDays": [1]})"),
                                 false, false));
    QVERIFY(store->removeCalendar(QStringLiteral("cal")));
    clock->advanceMs(1);
    QVERIFY(store->removeJob(j.key()));
    // A failed change writes nothing.
    QVERIFY(!store->removeCalendar(QStringLiteral("nothing")).value());

    const auto entries = CHECK(store->auditLog(std::nullopt, 100));
    QStringList summary;
    for (const AuditEntry &e : entries)
        summary << e.action + QLatin1Char(' ') + e.objectType + QLatin1Char(' ') + e.objectName;
    QCOMPARE(summary, (QStringList{QStringLiteral("delete job audited"), QStringLiteral("delete trigger t"),
                                   QStringLiteral("delete calendar cal"), QStringLiteral("add calendar cal"),
                                   QStringLiteral("resume all "), QStringLiteral("pause group triggers"),
                                   QStringLiteral("resume trigger t"), QStringLiteral("pause trigger t"),
                                   QStringLiteral("replace job audited"), QStringLiteral("add trigger t"),
                                   QStringLiteral("add job audited")}));
    const AuditEntry &replace = entries.at(8);
    QCOMPARE(replace.osUser, QStringLiteral("tester"));
    QCOMPARE(replace.host, QStringLiteral("testhost"));
    QCOMPARE(replace.time, T0 + 1);
    QCOMPARE(replace.objectGroup, QStringLiteral("jobs"));
    QCOMPARE(QJsonDocument::fromJson(replace.newJson.toUtf8()).object(), j.toJson());
    QVERIFY(replace.oldJson.contains(QStringLiteral("\"durable\"")));
    QVERIFY(!replace.oldJson.contains(QStringLiteral("v2")));
    QVERIFY(entries.first().newJson.isEmpty());
    QVERIFY(entries.at(7).oldJson.contains(QStringLiteral("WAITING")));
    QVERIFY(entries.at(7).newJson.contains(QStringLiteral("PAUSED")));
    QCOMPARE(CHECK(store->auditLog(T0 + 2, 100)).size(), 8);
    QCOMPARE(CHECK(store->auditLog(std::nullopt, 3)).size(), 3);
}

void tst_JobStore::batchCommits()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    JobDetail j = job(QStringLiteral("batch"));
    j.setDurable(false);
    QList<Trigger> triggers;
    for (int i = 0; i < 100; ++i)
        triggers << oneShot(QStringLiteral("t%1").arg(i, 3, 10, QLatin1Char('0')), j.key(), T0 + i % 7);
    QVERIFY(store->storeJobAndTriggers(j, triggers, false));
    const qint64 before = store->commitCount();
    const auto claimed = CHECK(store->acquireNextTriggers({T0 + 10, 100, QStringLiteral("node-a"), {}, {}}));
    QCOMPARE(claimed.size(), 100);
    const auto fired = CHECK(store->triggersFired(claimed));
    QList<CompletedFire> done;
    for (const auto &bundle : fired) {
        QVERIFY(bundle.has_value());
        done << completion(*bundle, QStringLiteral("node-a"));
    }
    QVERIFY(store->triggeredJobsComplete(done));
    // One transaction each for claiming, firing and completing the whole batch.
    QCOMPARE(store->commitCount() - before, qint64(3));
    QVERIFY(CHECK(store->listTriggers({})).isEmpty());
    QVERIFY(!CHECK(store->retrieveJob(j.key())).has_value());
    QCOMPARE(CHECK(store->history(allHistory())).size(), 100);
}

void tst_JobStore::burstDrain()
{
    // A burst of one-shot triggers drained in batches of 100, as the scheduler thread and a completion thread
    // would: the commit budget is 0.2 per fire. QRONOS_TEST_BURST sets the size (default 2000).
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    const int count = qEnvironmentVariableIsSet("QRONOS_TEST_BURST") ? qEnvironmentVariableIntValue("QRONOS_TEST_BURST")
                                                                     : 2000;
    QElapsedTimer timer;
    timer.start();
    for (int chunk = 0; chunk < count; chunk += 500) {
        JobDetail j = job(QStringLiteral("burst%1").arg(chunk));
        j.setDurable(false);
        QList<Trigger> triggers;
        for (int i = chunk; i < std::min(count, chunk + 500); ++i)
            triggers << oneShot(QStringLiteral("b%1").arg(i, 6, 10, QLatin1Char('0')), j.key(), T0 + i % 10);
        QVERIFY(store->storeJobAndTriggers(j, triggers, false));
    }
    const qint64 storeMs = timer.restart();
    const qint64 commitsBefore = store->commitCount();
    int fired = 0;
    for (;;) {
        const auto claimed = CHECK(store->acquireNextTriggers({T0 + 10, 100, QStringLiteral("node-a"), {}, {}}));
        if (claimed.isEmpty())
            break;
        const auto bundles = CHECK(store->triggersFired(claimed));
        QList<CompletedFire> done;
        for (const auto &bundle : bundles) {
            if (bundle)
                done << completion(*bundle, QStringLiteral("node-a"));
        }
        QCOMPARE(done.size(), claimed.size());
        QVERIFY(store->triggeredJobsComplete(done));
        fired += int(done.size());
    }
    const qint64 drainMs = std::max<qint64>(timer.elapsed(), 1);
    const double commitsPerFire = double(store->commitCount() - commitsBefore) / std::max(fired, 1);
    qInfo("%s: stored %d triggers in %lld ms; drained in %lld ms: %.0f fires/s, %.3f commits per fire",
          QTest::currentDataTag(), count, storeMs, drainMs, fired * 1000.0 / drainMs, commitsPerFire);
    QCOMPARE(fired, count);
    QVERIFY(commitsPerFire <= 0.2);
    QVERIFY(CHECK(store->listTriggers({})).isEmpty());
    QVERIFY(CHECK(store->listJobs({})).isEmpty());
}

void tst_JobStore::threadConnections()
{
    QFETCH(QString, baseUrl);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    QVERIFY(store->calendarNames()); // this thread's connection is open
    const int before = int(QSqlDatabase::connectionNames().size());
    std::atomic<bool> ok{true};
    QThread *thread = QThread::create([&] {
        if (!store->storeJob(job(QStringLiteral("from-thread")), false))
            ok = false;
        if (QSqlDatabase::connectionNames().size() != before + 1)
            ok = false;
    });
    thread->start();
    QVERIFY(thread->wait(60'000));
    delete thread;
    QVERIFY(ok);
    // The thread's connection went with the thread.
    QCOMPARE(int(QSqlDatabase::connectionNames().size()), before);
    QVERIFY(CHECK(store->retrieveJob(JobKey(QStringLiteral("from-thread"), QStringLiteral("jobs")))).has_value());
    // A thread still alive when the store goes: its connection closes when it ends (Qt lets only it close it).
    QSemaphore used;
    QSemaphore release;
    std::unique_ptr<QThread> alive(QThread::create([&] {
        if (!store->retrieveJob(JobKey(QStringLiteral("from-thread"), QStringLiteral("jobs"))))
            ok = false;
        used.release();
        release.acquire();
    }));
    const auto finish = qScopeGuard([&] {
        release.release();
        alive->wait();
    });
    alive->start();
    used.acquire();
    QCOMPARE(int(QSqlDatabase::connectionNames().size()), before + 1);
    store.reset();
    // This thread's connection and the template went with the store; the other thread's stays until it ends.
    QCOMPARE(int(QSqlDatabase::connectionNames().size()), before - 1);
    release.release();
    QVERIFY(alive->wait(60'000));
    QVERIFY(ok);
    QCOMPARE(int(QSqlDatabase::connectionNames().size()), before - 2);
}

void tst_JobStore::inMemorySqlite()
{
    // A clone would open a new, empty in-memory database: the opening thread uses the one it migrated.
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(QStringLiteral("sqlite::memory:"), clock);
    const JobDetail j = job(QStringLiteral("in-memory"));
    QVERIFY(store->storeJobAndTriggers(j, {oneShot(QStringLiteral("t"), j.key(), T0)}, false));
    QVERIFY(CHECK(store->retrieveJob(j.key())).has_value());
    QCOMPARE(CHECK(store->acquireNextTriggers({T0, 5, QStringLiteral("node-a"), {}, {}})).size(), 1);
    QString error;
    QThread *thread = QThread::create([&] {
        auto result = store->retrieveJob(j.key());
        error = result ? QStringLiteral("no error") : result.error();
    });
    thread->start();
    QVERIFY(thread->wait(30'000));
    delete thread;
    QVERIFY2(error.contains(QStringLiteral("in-memory")), qPrintable(error));
}

void tst_JobStore::unreachableDatabase_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mustMention");
    QTest::newRow("postgresql") << QStringLiteral("postgresql://qronos@127.0.0.1:1/qronos?connectTimeout=3")
                                << QStringLiteral("127.0.0.1:1");
    QTest::newRow("mariadb") << QStringLiteral("mariadb://qronos@127.0.0.1:1/qronos?connectTimeout=3")
                             << QStringLiteral("127.0.0.1:1");
    QTest::newRow("sqlite missing folder") << QStringLiteral("sqlite:///nonexistent-qronos-dir/q.db")
                                           << QStringLiteral("/nonexistent-qronos-dir");
}

void tst_JobStore::unreachableDatabase()
{
    QFETCH(QString, url);
    QFETCH(QString, mustMention);
    const auto parsed = DatabaseUrl::parse(url, QProcessEnvironment());
    QVERIFY(parsed);
    const int connections = int(QSqlDatabase::connectionNames().size());
    auto store = SqlJobStore::open(parsed.value(), {});
    QVERIFY(!store);
    qInfo("%s", qPrintable(store.error()));
    QVERIFY2(store.error().contains(mustMention), qPrintable(store.error()));
    QCOMPARE(int(QSqlDatabase::connectionNames().size()), connections);
    QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-qronos-dir")));
}

void tst_JobStore::lockedDatabaseFailsCleanly()
{
    // Another program holds SQLite's write lock longer than the busy timeout: the call fails, names the
    // database, and leaves nothing behind.
    const QString url = freshUrl(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("locked.db")) +
                                 QStringLiteral("?busyTimeout=1"));
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    QSqlDatabase db = raw(url);
    QSqlQuery lock(db);
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    const auto result = store->storeJob(job(QStringLiteral("blocked")), false);
    QVERIFY(!result);
    qInfo("%s", qPrintable(result.error()));
    QVERIFY2(result.error().contains(store->url().toString()), qPrintable(result.error()));
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(!CHECK(store->retrieveJob(JobKey(QStringLiteral("blocked"), QStringLiteral("jobs")))).has_value());
    QVERIFY(store->storeJob(job(QStringLiteral("blocked")), false));
}

void tst_JobStore::reconnectAfterConnectionLoss()
{
    QFETCH(QString, baseUrl);
    if (baseUrl.isEmpty())
        QSKIP("needs PostgreSQL or MariaDB");
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0);
    auto store = openStore(url, clock);
    QVERIFY(store->storeJob(job(QStringLiteral("before")), false));
    QCOMPARE(store->reconnectCount(), qint64(0));

    // Kill every other session of this database user (the store's only connection, this thread's).
    QSqlQuery kill(raw(url));
    if (store->url().kind() == DatabaseUrl::Kind::PostgreSql) {
        QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                         "pid <> pg_backend_pid() AND datname = current_database() AND "
                                         "usename = current_user")));
    } else {
        QVERIFY(kill.exec(QStringLiteral("SELECT ID FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() "
                                         "AND DB = DATABASE()")));
        QList<qint64> ids;
        while (kill.next())
            ids << kill.value(0).toLongLong();
        QVERIFY(!ids.isEmpty());
        for (qint64 id : ids)
            QVERIFY2(kill.exec(QStringLiteral("KILL %1").arg(id)), qPrintable(kill.lastError().text()));
    }
    QTest::qWait(200);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("lost the connection to .*reconnected")));
    const auto after = store->storeJob(job(QStringLiteral("after")), false);
    QVERIFY2(after, qPrintable(after.error()));
    QCOMPARE(store->reconnectCount(), qint64(1));
    QVERIFY(CHECK(store->retrieveJob(JobKey(QStringLiteral("after"), QStringLiteral("jobs")))).has_value());
    QCOMPARE(CHECK(store->listJobs({})).size(), 2);
}

void tst_JobStore::concurrentClaims_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("skipLocked");
    QTest::addColumn<bool>("fireDue");
    const QString sqlite = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("jobstore.db"));
    for (const bool fireDue : {false, true}) {
        const char *how = fireDue ? " fireDueTriggers" : "";
        QTest::addRow("sqlite%s", how) << sqlite << false << fireDue;
        if (!m_pgUrl.isEmpty()) {
            QTest::addRow("postgresql skip locked%s", how) << m_pgUrl << true << fireDue;
            QTest::addRow("postgresql lock row%s", how) << m_pgUrl << false << fireDue;
        }
        if (!m_mysqlUrl.isEmpty()) {
            QTest::addRow("mariadb skip locked%s", how) << m_mysqlUrl << true << fireDue;
            QTest::addRow("mariadb lock row%s", how) << m_mysqlUrl << false << fireDue;
        }
    }
}

void tst_JobStore::concurrentClaims()
{
    QFETCH(QString, baseUrl);
    QFETCH(bool, skipLocked);
    QFETCH(bool, fireDue);
    const QString url = freshUrl(baseUrl);
    auto clock = std::make_shared<ManualClock>(T0 + 5000);
    // PostgreSQL 15 and MariaDB 10.11 claim with SKIP LOCKED, or as older servers with Quartz's lock row;
    // SQLite has one writer at a time.
    auto a = openStore(url, clock, QStringLiteral("node-a"), skipLocked);
    auto b = openStore(url, clock, QStringLiteral("node-b"), skipLocked);
    QCOMPARE(a->usesSkipLocked(), skipLocked);
    // 40 jobs x 5 triggers, each firing 4 times (T0, +1 s, +2 s, +3 s): 800 due fires.
    constexpr int jobs = 40;
    constexpr int perJob = 5;
    constexpr int fires = 4;
    for (int i = 0; i < jobs; ++i) {
        const JobDetail j = job(QStringLiteral("j%1").arg(i));
        QList<Trigger> triggers;
        for (int k = 0; k < perJob; ++k)
            triggers << repeating(QStringLiteral("t%1_%2").arg(i).arg(k), j.key(), T0 + k, 1000, fires - 1);
        QVERIFY(a->storeJobAndTriggers(j, triggers, false));
    }
    QMutex mutex;
    QList<std::pair<TriggerKey, qint64>> claims;
    QStringList errors;
    std::atomic<int> working{0};
    const auto worker = [&](SqlJobStore *store, const QString &node) {
        int idle = 0;
        while (idle < 3) {
            Result<QList<std::optional<FiredBundle>>> fired = QList<std::optional<FiredBundle>>();
            if (fireDue) {
                // Every fire time (up to T0 + 3004) is due at the clock's T0 + 5000.
                auto direct = store->fireDueTriggers({T0 + 5000, 7, node, {}, {}});
                if (!direct) {
                    QMutexLocker locker(&mutex);
                    errors << direct.error();
                    return;
                }
                for (FiredBundle &bundle : direct.value())
                    fired->append(std::move(bundle));
            } else {
                auto claimed = store->acquireNextTriggers({T0 + 10'000, 7, node, {}, {}});
                if (!claimed) {
                    QMutexLocker locker(&mutex);
                    errors << claimed.error();
                    return;
                }
                if (!claimed->isEmpty())
                    fired = store->triggersFired(claimed.value());
            }
            if (!fired) {
                QMutexLocker locker(&mutex);
                errors << fired.error();
                return;
            }
            if (fired->isEmpty()) {
                ++idle;
                QThread::msleep(20);
                continue;
            }
            idle = 0;
            ++working;
            QList<CompletedFire> done;
            {
                QMutexLocker locker(&mutex);
                for (const auto &bundle : fired.value()) {
                    if (!bundle)
                        continue;
                    claims << std::make_pair(bundle->trigger.key(), bundle->scheduledTime);
                    done << completion(*bundle, node);
                }
            }
            if (auto completed = store->triggeredJobsComplete(done); !completed) {
                QMutexLocker locker(&mutex);
                errors << completed.error();
                return;
            }
        }
    };
    QList<QThread *> threads;
    for (int i = 0; i < 3; ++i) {
        threads << QThread::create(worker, a.get(), QStringLiteral("node-a"));
        threads << QThread::create(worker, b.get(), QStringLiteral("node-b"));
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(300'000));
        delete thread;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QSet<QString> unique;
    for (const auto &[key, time] : std::as_const(claims))
        unique.insert(key.toString() + QLatin1Char('@') + QString::number(time));
    QCOMPARE(unique.size(), claims.size());          // never the same (trigger, scheduled time) twice
    QCOMPARE(int(claims.size()), jobs * perJob * fires); // and every due fire exactly once
    QVERIFY(working > 1);
    QVERIFY(CHECK(a->listTriggers({})).isEmpty());
    HistoryQuery nodeA;
    nodeA.instanceId = QStringLiteral("node-a");
    nodeA.limit = 0;
    HistoryQuery nodeB = nodeA;
    nodeB.instanceId = QStringLiteral("node-b");
    const auto historyA = CHECK(a->history(nodeA));
    const auto historyB = CHECK(a->history(nodeB));
    qInfo("node-a fired %lld, node-b %lld", qint64(historyA.size()), qint64(historyB.size()));
    QCOMPARE(int(historyA.size() + historyB.size()), jobs * perJob * fires);
}

QTEST_GUILESS_MAIN(tst_JobStore)
#include "tst_jobstore.moc"
