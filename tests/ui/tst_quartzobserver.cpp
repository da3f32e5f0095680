// The console's Java Quartz observer (QuartzObserverWindow) on PostgreSQL and MariaDB: Quartz's own tables (its DDL
// out of Debian's quartz2.jar), rows inserted the way Java Quartz writes them, the window's models loaded off the
// GUI thread and checked by QAbstractItemModelTester, every action through its QAction and its confirmation (No
// writes nothing, Yes writes what Quartz would), a read that fails and recovers, an unreachable database, and the
// connection dialog's test of a Java Quartz profile. Servers come from QRONOS_TEST_PG_URL / QRONOS_TEST_MYSQL_URL or
// the store_servers fixture; without them the cases skip, unless QRONOS_REQUIRE_SERVERS=1. Offscreen, TZ=UTC.

#include "connectionprofiles.h"
#include "dialogs/connectiondialog.h"
#include "models/quartzcalendarsmodel.h"
#include "models/quartzfiredtriggersmodel.h"
#include "models/quartzinstancesmodel.h"
#include "models/quartzjobsmodel.h"
#include "models/quartztriggersmodel.h"
#include "quartztables.h"
#include "storeservers.h"
#include "store/quartzdatabase.h"
#include "store/sqldialect.h"
#include "views/errorlabel.h"
#include "views/listpage.h"
#include "views/mainwindow.h"
#include "views/quartzobserverwindow.h"
#include "widgetfinder.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCheckBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qronos;
using Qronos::StoreTest::serverUrl;
using Qronos::Testing::child;
using Qronos::Testing::onNextDialog;
using Page = QuartzObserverWindow::Page;

namespace {

constexpr qint64 T0 = 1700000000000; // 2023-11-14T22:13:20Z
const QString kSched = QStringLiteral("JavaScheduler");

} // namespace

class tst_QuartzObserver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void serversAvailable();

    void listsShowTheRows_data() { backends(); }
    void listsShowTheRows();
    void pauseAsksFirst_data() { backends(); }
    void pauseAsksFirst();
    void resumeGroupsFireDelete_data() { backends(); }
    void resumeGroupsFireDelete();
    void readErrorRecovers_data() { backends(); }
    void readErrorRecovers();
    void unreachableDatabase();
    void dialogTestOffersSchedulers_data() { backends(); }
    void dialogTestOffersSchedulers();
    void mainWindowOpensObserver_data() { backends(); }
    void mainWindowOpensObserver();

private:
    void backends();
    /// Empty Quartz tables on \a baseUrl (made once per server, emptied for each case) with the rows of a small Java
    /// scheduler: jobs reports.export (not durable) and reports.archive (durable, non-concurrent), the cron trigger
    /// reports.nightly, the simple trigger ops.poll paused in the paused group ops, a calendar, a Java node that
    /// checks in and one that stopped, and reports.nightly executing on the first.
    bool populate(const QString &baseUrl);
    bool exec(const QString &sql, const QVariantList &values = {});
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    QString state(const QString &name, const QString &group);
    std::unique_ptr<QuartzObserverWindow> openWindow();
    /// Selects the row of \a key's trigger on the Triggers page.
    void selectTrigger(QuartzObserverWindow &window, const TriggerKey &key);
    /// Triggers \a action, answers its confirmation with \a answer, and returns the confirmation's text.
    QString answerAndTrigger(QuartzObserverWindow &window, const char *action, QMessageBox::StandardButton answer);

    QString m_pgUrl;
    QString m_mysqlUrl;
    DatabaseUrl m_url;
    QString m_prefix;
    QString m_connection;
    QHash<QString, QString> m_prefixes;
    int m_cases = 0;
};

void tst_QuartzObserver::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QronosTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_quartzobserver"));
    m_pgUrl = serverUrl("QRONOS_TEST_PG_URL", "pg");
    m_mysqlUrl = serverUrl("QRONOS_TEST_MYSQL_URL", "mysql");
}

void tst_QuartzObserver::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void tst_QuartzObserver::serversAvailable()
{
    const bool required = qEnvironmentVariable("QRONOS_REQUIRE_SERVERS") == QLatin1String("1");
    if (m_pgUrl.isEmpty() || m_mysqlUrl.isEmpty() || !StoreTest::haveQuartzDdl()) {
        const QString hint = QStringLiteral("PostgreSQL, MariaDB (postgresql, mariadb-server) or Quartz's DDL "
                                            "(libquartz2-java, then re-run cmake) missing: the Java Quartz observer "
                                            "cases did not run.");
        if (required)
            QFAIL(qPrintable(hint + QStringLiteral(" (QRONOS_REQUIRE_SERVERS=1)")));
        QSKIP(qPrintable(hint));
    }
}

void tst_QuartzObserver::backends()
{
    QTest::addColumn<QString>("baseUrl");
    if (!StoreTest::haveQuartzDdl() || (m_pgUrl.isEmpty() && m_mysqlUrl.isEmpty()))
        QSKIP("see serversAvailable()");
    if (!m_pgUrl.isEmpty())
        QTest::newRow("postgresql") << m_pgUrl;
    if (!m_mysqlUrl.isEmpty())
        QTest::newRow("mariadb") << m_mysqlUrl;
}

bool tst_QuartzObserver::populate(const QString &baseUrl)
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(baseUrl);
    if (!url)
        return false;
    m_url = *url;
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
    m_connection = QStringLiteral("tst_quartzobserver_%1").arg(++m_cases);
    QSqlDatabase db = SqlDialect::forUrl(m_url)->addDatabase(m_url, m_connection);
    if (!db.open()) {
        qWarning() << db.lastError().text();
        return false;
    }
    if (m_prefixes.contains(baseUrl)) {
        m_prefix = m_prefixes.value(baseUrl);
        for (const char *table : {"FIRED_TRIGGERS", "PAUSED_TRIGGER_GRPS", "SCHEDULER_STATE", "LOCKS", "SIMPLE_TRIGGERS",
                                  "CRON_TRIGGERS", "SIMPROP_TRIGGERS", "BLOB_TRIGGERS", "TRIGGERS", "JOB_DETAILS",
                                  "CALENDARS"}) {
            if (!exec(QStringLiteral("DELETE FROM {p}") + QLatin1String(table)))
                return false;
        }
    } else {
        m_prefix = QStringLiteral("QO%1_%2_").arg(QCoreApplication::applicationPid()).arg(m_cases);
        const QStringList ddl = StoreTest::quartzDdl(m_url, m_prefix);
        if (ddl.size() < 20)
            return false;
        for (const QString &statement : ddl) {
            if (!exec(statement))
                return false;
        }
        m_prefixes.insert(baseUrl, m_prefix);
    }

    // As JobStoreSupport.storeJob() writes them; the job data is a Java-serialized JobDataMap (opaque here).
    const QByteArray blob = QByteArray::fromHex("aced0005737200156f72672e71756172747a2e4a6f62446174614d6170");
    const QString job = QStringLiteral("INSERT INTO {p}JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP, DESCRIPTION, "
                                       "JOB_CLASS_NAME, IS_DURABLE, IS_NONCONCURRENT, IS_UPDATE_DATA, "
                                       "REQUESTS_RECOVERY, JOB_DATA) VALUES (?, ?, 'reports', ?, ?, ?, ?, ?, ?, ?)");
    const QString trigger = QStringLiteral(
        "INSERT INTO {p}TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, DESCRIPTION, "
        "NEXT_FIRE_TIME, PREV_FIRE_TIME, PRIORITY, TRIGGER_STATE, TRIGGER_TYPE, START_TIME, END_TIME, CALENDAR_NAME, "
        "MISFIRE_INSTR, JOB_DATA) VALUES (?, ?, ?, ?, 'reports', NULL, ?, ?, ?, ?, ?, ?, 0, ?, ?, NULL)");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return exec(job, {kSched, QStringLiteral("export"), QStringLiteral("Nightly CSV export"),
                      QStringLiteral("com.acme.reports.ExportJob"), false, false, false, true, blob})
        && exec(job, {kSched, QStringLiteral("archive"), QStringLiteral("Moves old reports away"),
                      QStringLiteral("com.acme.reports.ArchiveJob"), true, true, true, false, blob})
        && exec(trigger, {kSched, QStringLiteral("nightly"), QStringLiteral("reports"), QStringLiteral("export"),
                          T0 + 60000, T0 - 86400000, 7, QStringLiteral("WAITING"), QStringLiteral("CRON"), T0,
                          QStringLiteral("holidays"), 2})
        && exec(QStringLiteral("INSERT INTO {p}CRON_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, CRON_EXPRESSION, "
                               "TIME_ZONE_ID) VALUES (?, 'nightly', 'reports', '0 0 2 * * ?', 'Asia/Shanghai')"),
                {kSched})
        && exec(trigger, {kSched, QStringLiteral("poll"), QStringLiteral("ops"), QStringLiteral("archive"),
                          T0 + 30000, -1, 5, QStringLiteral("PAUSED"), QStringLiteral("SIMPLE"), T0, QVariant(), 0})
        && exec(QStringLiteral("INSERT INTO {p}SIMPLE_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, REPEAT_COUNT, "
                               "REPEAT_INTERVAL, TIMES_TRIGGERED) VALUES (?, 'poll', 'ops', -1, 30000, 7)"),
                {kSched})
        && exec(QStringLiteral("INSERT INTO {p}PAUSED_TRIGGER_GRPS VALUES (?, 'ops')"), {kSched})
        && exec(QStringLiteral("INSERT INTO {p}CALENDARS VALUES (?, 'holidays', ?)"), {kSched, QByteArray(321, '\x01')})
        && exec(QStringLiteral("INSERT INTO {p}SCHEDULER_STATE VALUES (?, 'node-a', ?, 7500)"), {kSched, now})
        && exec(QStringLiteral("INSERT INTO {p}SCHEDULER_STATE VALUES (?, 'node-b', ?, 7500)"), {kSched, T0})
        && exec(QStringLiteral("INSERT INTO {p}FIRED_TRIGGERS VALUES (?, 'node-a1700000000001', 'nightly', 'reports', "
                               "'node-a', ?, ?, 7, 'EXECUTING', 'export', 'reports', ?, ?)"),
                {kSched, now - 3000, now - 3100, false, true});
}

bool tst_QuartzObserver::exec(const QString &sql, const QVariantList &values)
{
    return StoreTest::execSql(m_connection, m_prefix, sql, values);
}

QVariant tst_QuartzObserver::scalar(const QString &sql, const QVariantList &values)
{
    return StoreTest::scalarSql(m_connection, m_prefix, sql, values);
}

QString tst_QuartzObserver::state(const QString &name, const QString &group)
{
    return scalar(QStringLiteral("SELECT TRIGGER_STATE FROM {p}TRIGGERS WHERE TRIGGER_NAME = ? AND TRIGGER_GROUP = ?"),
                  {name, group})
        .toString();
}

std::unique_ptr<QuartzObserverWindow> tst_QuartzObserver::openWindow()
{
    Result<std::unique_ptr<QuartzDatabase>> db = QuartzDatabase::open(m_url, m_prefix, kSched);
    if (!db) {
        qWarning() << db.error();
        return nullptr;
    }
    auto window = std::make_unique<QuartzObserverWindow>(std::move(db).value());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void tst_QuartzObserver::selectTrigger(QuartzObserverWindow &window, const TriggerKey &key)
{
    window.showPage(Page::Triggers);
    const int row = window.triggersModel()->rowOf(key);
    QVERIFY2(row >= 0, qPrintable(key.toString()));
    window.listPage(Page::Triggers)->selectSourceRow(row);
}

QString tst_QuartzObserver::answerAndTrigger(QuartzObserverWindow &window, const char *action,
                                             QMessageBox::StandardButton answer)
{
    auto *a = window.findChild<QAction *>(QString::fromLatin1(action));
    if (!a || !a->isEnabled()) {
        qWarning() << action << "missing or disabled";
        return {};
    }
    QString text;
    bool defaultIsNo = false;
    onNextDialog<QMessageBox>([&text, &defaultIsNo, answer](QMessageBox *box) {
        if (box->objectName() == QLatin1String("quartzConfirmation")) {
            text = box->text();
            defaultIsNo = box->defaultButton() == box->button(QMessageBox::No);
        }
        box->button(answer)->click();
    });
    a->trigger();
    if (!defaultIsNo)
        qWarning() << "the confirmation's default button is not No";
    return defaultIsNo ? text : QString();
}

void tst_QuartzObserver::listsShowTheRows()
{
    QFETCH(QString, baseUrl);
    QVERIFY(populate(baseUrl));
    std::unique_ptr<QuartzObserverWindow> window = openWindow();
    QVERIFY(window);
    for (int p = 0; p < int(Page::Count); ++p) {
        new QAbstractItemModelTester(window->listPage(Page(p))->proxy()->sourceModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, window.get());
        new QAbstractItemModelTester(window->listPage(Page(p))->proxy(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, window.get());
    }
    QTRY_COMPARE(window->triggersModel()->rowCount(), 2);
    QCOMPARE(window->readError(), QString());
    QVERIFY(window->windowTitle().contains(kSched));
    QVERIFY(window->windowTitle().contains(window->database().displayUrl()));
    auto *banner = child<QLabel>(window.get(), "observerBanner");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("Java Quartz cluster \u201cJavaScheduler\u201d")));
    QVERIFY(banner->text().contains(QStringLiteral("read only")));
    QVERIFY(!child<ErrorLabel>(window.get(), "readError")->isVisible());

    // Jobs
    QuartzJobsModel *jobs = window->jobsModel();
    QCOMPARE(jobs->rowCount(), 2);
    const int archive = jobs->rowOf(JobKey(QStringLiteral("archive"), QStringLiteral("reports")));
    QVERIFY(archive >= 0);
    const auto jobText = [jobs](int row, int column) { return jobs->index(row, column).data().toString(); };
    QCOMPARE(jobText(archive, QuartzJobsModel::ClassColumn), QStringLiteral("com.acme.reports.ArchiveJob"));
    QCOMPARE(jobText(archive, QuartzJobsModel::DurableColumn), QStringLiteral("yes"));
    QCOMPARE(jobText(archive, QuartzJobsModel::NonConcurrentColumn), QStringLiteral("yes"));
    QCOMPARE(jobText(archive, QuartzJobsModel::PersistDataColumn), QStringLiteral("yes"));
    QCOMPARE(jobText(archive, QuartzJobsModel::RecoveryColumn), QStringLiteral("no"));
    QCOMPARE(jobText(archive, QuartzJobsModel::JobDataColumn), QStringLiteral("Java-serialized, 29 bytes"));
    QCOMPARE(jobText(archive, QuartzJobsModel::DescriptionColumn), QStringLiteral("Moves old reports away"));

    // Triggers
    QuartzTriggersModel *triggers = window->triggersModel();
    const int nightly = triggers->rowOf(TriggerKey(QStringLiteral("nightly"), QStringLiteral("reports")));
    const int poll = triggers->rowOf(TriggerKey(QStringLiteral("poll"), QStringLiteral("ops")));
    QVERIFY(nightly >= 0 && poll >= 0);
    const auto triggerText = [triggers](int row, int column) { return triggers->index(row, column).data().toString(); };
    QCOMPARE(triggerText(nightly, QuartzTriggersModel::JobColumn), QStringLiteral("reports.export"));
    QCOMPARE(triggerText(nightly, QuartzTriggersModel::KindColumn), QStringLiteral("Cron"));
    QCOMPARE(triggerText(nightly, QuartzTriggersModel::StateColumn), QStringLiteral("WAITING"));
    QCOMPARE(triggerText(nightly, QuartzTriggersModel::ScheduleColumn), QStringLiteral("0 0 2 * * ? (Asia/Shanghai)"));
    QCOMPARE(triggerText(nightly, QuartzTriggersModel::NextFireColumn), QStringLiteral("2023-11-14 22:14:20"));
    QCOMPARE(triggerText(nightly, QuartzTriggersModel::PreviousFireColumn), QStringLiteral("2023-11-13 22:13:20"));
    QCOMPARE(triggerText(nightly, QuartzTriggersModel::PriorityColumn), QStringLiteral("7"));
    QCOMPARE(triggerText(nightly, QuartzTriggersModel::CalendarColumn), QStringLiteral("holidays"));
    QCOMPARE(triggerText(nightly, QuartzTriggersModel::MisfireColumn), QStringLiteral("Do nothing (wait for the next time)"));
    QCOMPARE(triggerText(nightly, QuartzTriggersModel::GroupColumn), QStringLiteral("reports"));
    QCOMPARE(triggerText(poll, QuartzTriggersModel::GroupColumn), QStringLiteral("ops (paused group)"));
    QCOMPARE(triggerText(poll, QuartzTriggersModel::StateColumn), QStringLiteral("PAUSED"));
    QCOMPARE(triggerText(poll, QuartzTriggersModel::ScheduleColumn), QStringLiteral("every 30 second(s)"));
    QCOMPARE(triggerText(poll, QuartzTriggersModel::PreviousFireColumn), QString());
    QVERIFY(triggers->isGroupPaused(QStringLiteral("ops")));

    // Calendars, schedulers, running now
    QCOMPARE(window->calendarsModel()->rowCount(), 1);
    QCOMPARE(window->calendarsModel()->index(0, QuartzCalendarsModel::ContentsColumn).data().toString(),
             QStringLiteral("Java-serialized (not shown), 321 bytes"));
    QuartzInstancesModel *instances = window->instancesModel();
    QCOMPARE(instances->rowCount(), 2);
    QCOMPARE(instances->overdueCount(), 1);
    for (int row = 0; row < 2; ++row) {
        const bool dead = instances->instance(row).instanceName == QLatin1String("node-b");
        QCOMPARE(instances->index(row, QuartzInstancesModel::StateColumn).data().toString(),
                 dead ? QStringLiteral("Presumed dead") : QStringLiteral("Checking in"));
        QCOMPARE(instances->index(row, QuartzInstancesModel::InstanceColumn).data(Qt::ForegroundRole).isValid(), dead);
        QCOMPARE(instances->index(row, QuartzInstancesModel::IntervalColumn).data().toString(), QStringLiteral("7.50 s"));
    }
    QuartzFiredTriggersModel *fired = window->firedTriggersModel();
    QCOMPARE(fired->rowCount(), 1);
    QCOMPARE(fired->index(0, QuartzFiredTriggersModel::InstanceColumn).data().toString(), QStringLiteral("node-a"));
    QCOMPARE(fired->index(0, QuartzFiredTriggersModel::TriggerColumn).data().toString(), QStringLiteral("reports.nightly"));
    QCOMPARE(fired->index(0, QuartzFiredTriggersModel::JobColumn).data().toString(), QStringLiteral("reports.export"));
    QCOMPARE(fired->index(0, QuartzFiredTriggersModel::StateColumn).data().toString(), QStringLiteral("EXECUTING"));
    const qint64 elapsed = fired->index(0, QuartzFiredTriggersModel::ElapsedColumn).data(QuartzFiredTriggersModel::SortRole).toLongLong();
    QVERIFY2(elapsed >= 2000 && elapsed < 120000, qPrintable(QString::number(elapsed)));

    // The filter narrows the triggers.
    ListPage *triggerPage = window->listPage(Page::Triggers);
    triggerPage->filterEdit()->setText(QStringLiteral("asia/shang"));
    QCOMPARE(triggerPage->proxy()->rowCount(), 1);
    triggerPage->filterEdit()->clear();
    QCOMPARE(triggerPage->proxy()->rowCount(), 2);
    window->listPage(Page::Jobs)->filterEdit()->setText(QStringLiteral("ArchiveJob"));
    QCOMPARE(window->listPage(Page::Jobs)->proxy()->rowCount(), 1);

    // A Java node's new row shows after F5.
    QVERIFY(exec(QStringLiteral("INSERT INTO {p}SCHEDULER_STATE VALUES (?, 'node-c', ?, 15000)"),
                 {kSched, QDateTime::currentMSecsSinceEpoch()}));
    QTest::keyClick(window.get(), Qt::Key_F5);
    QTRY_COMPARE(instances->rowCount(), 3);

    // Geometry and column widths come back.
    QTableView *view = triggerPage->view();
    view->setColumnWidth(QuartzTriggersModel::StateColumn, 177);
    window->resize(1111, 666);
    window->close();
    std::unique_ptr<QuartzObserverWindow> again = openWindow();
    QVERIFY(again);
    QCOMPARE(again->listPage(Page::Triggers)->view()->columnWidth(QuartzTriggersModel::StateColumn), 177);
    QCOMPARE(again->size(), QSize(1111, 666));
}

void tst_QuartzObserver::pauseAsksFirst()
{
    QFETCH(QString, baseUrl);
    QVERIFY(populate(baseUrl));
    std::unique_ptr<QuartzObserverWindow> window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->triggersModel()->rowCount(), 2);
    const TriggerKey nightly(QStringLiteral("nightly"), QStringLiteral("reports"));
    selectTrigger(*window, nightly);
    QVERIFY(window->findChild<QAction *>(QStringLiteral("pauseTriggerAction"))->isEnabled());
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("resumeTriggerAction"))->isEnabled());
    // Nothing of the group reports is paused: it can be paused, not resumed.
    QVERIFY(window->findChild<QAction *>(QStringLiteral("pauseGroupAction"))->isEnabled());
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("resumeGroupAction"))->isEnabled());

    // No: nothing is written.
    QSignalSpy finished(window.get(), &QuartzObserverWindow::actionFinished);
    const QString question = answerAndTrigger(*window, "pauseTriggerAction", QMessageBox::No);
    QVERIFY2(question.contains(QStringLiteral("Pause trigger reports.nightly in the Java Quartz scheduler "
                                              "\u201cJavaScheduler\u201d?")),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("TRIGGER_STATE = PAUSED in %1TRIGGERS").arg(m_prefix)), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("the Java nodes honour it at their next acquisition")), qPrintable(question));
    QTest::qWait(200);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(state(QStringLiteral("nightly"), QStringLiteral("reports")), QStringLiteral("WAITING"));

    // Yes: Quartz's pause, then the list shows it.
    QVERIFY(!answerAndTrigger(*window, "pauseTriggerAction", QMessageBox::Yes).isEmpty());
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("Trigger reports.nightly paused."));
    QCOMPARE(state(QStringLiteral("nightly"), QStringLiteral("reports")), QStringLiteral("PAUSED"));
    const int row = window->triggersModel()->rowOf(nightly);
    QTRY_COMPARE(window->triggersModel()->index(row, QuartzTriggersModel::StateColumn).data().toString(),
                 QStringLiteral("PAUSED"));
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Trigger reports.nightly paused."));
}

void tst_QuartzObserver::resumeGroupsFireDelete()
{
    QFETCH(QString, baseUrl);
    QVERIFY(populate(baseUrl));
    std::unique_ptr<QuartzObserverWindow> window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->triggersModel()->rowCount(), 2);
    QSignalSpy finished(window.get(), &QuartzObserverWindow::actionFinished);

    // Resume the paused simple trigger.
    const TriggerKey poll(QStringLiteral("poll"), QStringLiteral("ops"));
    selectTrigger(*window, poll);
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("pauseTriggerAction"))->isEnabled());
    const QString resume = answerAndTrigger(*window, "resumeTriggerAction", QMessageBox::Yes);
    QVERIFY2(resume.contains(QStringLiteral("Resume trigger ops.poll")), qPrintable(resume));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(state(QStringLiteral("poll"), QStringLiteral("ops")), QStringLiteral("WAITING"));

    // Pause the group reports: its trigger and the PAUSED_TRIGGER_GRPS row; then resume it.
    selectTrigger(*window, TriggerKey(QStringLiteral("nightly"), QStringLiteral("reports")));
    const QString pauseGroup = answerAndTrigger(*window, "pauseGroupAction", QMessageBox::Yes);
    QVERIFY2(pauseGroup.contains(QStringLiteral("%1PAUSED_TRIGGER_GRPS").arg(m_prefix)), qPrintable(pauseGroup));
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(state(QStringLiteral("nightly"), QStringLiteral("reports")), QStringLiteral("PAUSED"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM {p}PAUSED_TRIGGER_GRPS WHERE TRIGGER_GROUP = 'reports'")).toInt(), 1);
    QTRY_VERIFY(window->triggersModel()->isGroupPaused(QStringLiteral("reports")));
    selectTrigger(*window, TriggerKey(QStringLiteral("nightly"), QStringLiteral("reports")));
    QVERIFY(!answerAndTrigger(*window, "resumeGroupAction", QMessageBox::Yes).isEmpty());
    QTRY_COMPARE(finished.count(), 3);
    QCOMPARE(state(QStringLiteral("nightly"), QStringLiteral("reports")), QStringLiteral("WAITING"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM {p}PAUSED_TRIGGER_GRPS WHERE TRIGGER_GROUP = 'reports'")).toInt(), 0);

    // Fire the durable job now: a MT_ trigger appears, in the database and in the list.
    window->showPage(Page::Jobs);
    window->listPage(Page::Jobs)->selectSourceRow(
        window->jobsModel()->rowOf(JobKey(QStringLiteral("archive"), QStringLiteral("reports"))));
    const QString fire = answerAndTrigger(*window, "fireJobAction", QMessageBox::Yes);
    QVERIFY2(fire.contains(QStringLiteral("Run the job reports.archive now")), qPrintable(fire));
    QVERIFY2(fire.contains(QStringLiteral("%1SIMPLE_TRIGGERS").arg(m_prefix)), qPrintable(fire));
    QTRY_COMPARE(finished.count(), 4);
    QVERIFY2(finished.at(3).at(0).toBool(), qPrintable(finished.at(3).at(1).toString()));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM {p}TRIGGERS WHERE TRIGGER_NAME LIKE 'MT\\_%' AND "
                                   "JOB_NAME = 'archive'")).toInt(),
             1);
    QTRY_COMPARE(window->triggersModel()->rowCount(), 3);

    // Delete the only trigger of the job that is not durable: the confirmation says the job goes too, and it does.
    const TriggerKey nightly(QStringLiteral("nightly"), QStringLiteral("reports"));
    selectTrigger(*window, nightly);
    QVERIFY(answerAndTrigger(*window, "deleteTriggerAction", QMessageBox::No).contains(QStringLiteral("reports.export")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM {p}TRIGGERS WHERE TRIGGER_NAME = 'nightly'")).toInt(), 1);
    const QString remove = answerAndTrigger(*window, "deleteTriggerAction", QMessageBox::Yes);
    QVERIFY2(remove.contains(QStringLiteral("Delete trigger reports.nightly")), qPrintable(remove));
    QVERIFY2(remove.contains(QStringLiteral("%1CRON_TRIGGERS").arg(m_prefix)), qPrintable(remove));
    QVERIFY2(remove.contains(QStringLiteral("The job reports.export goes from %1JOB_DETAILS").arg(m_prefix)),
             qPrintable(remove));
    QTRY_COMPARE(finished.count(), 5);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM {p}TRIGGERS WHERE TRIGGER_NAME = 'nightly'")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM {p}JOB_DETAILS WHERE JOB_NAME = 'export'")).toInt(), 0);
    QTRY_COMPARE(window->triggersModel()->rowOf(nightly), -1);
    QTRY_COMPARE(window->jobsModel()->rowCount(), 1);
}

void tst_QuartzObserver::readErrorRecovers()
{
    QFETCH(QString, baseUrl);
    QVERIFY(populate(baseUrl));
    std::unique_ptr<QuartzObserverWindow> window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->calendarsModel()->rowCount(), 1);
    auto *error = child<ErrorLabel>(window.get(), "readError");
    QSignalSpy refreshed(window.get(), &QuartzObserverWindow::refreshed);

    // A table gone (as when the database is being restored): the window says so and keeps the last rows.
    QVERIFY(exec(QStringLiteral("ALTER TABLE {p}CALENDARS RENAME TO {p}CALENDARS_AWAY")));
    window->refresh();
    QTRY_VERIFY(!window->readError().isEmpty());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("Cannot read the Java Quartz database")), qPrintable(error->text()));
    QCOMPARE(window->triggersModel()->rowCount(), 2);
    QVERIFY(QApplication::activeModalWidget() == nullptr);

    // Back: the next read clears it.
    QVERIFY(exec(QStringLiteral("ALTER TABLE {p}CALENDARS_AWAY RENAME TO {p}CALENDARS")));
    refreshed.clear();
    window->refresh();
    QTRY_VERIFY(!refreshed.isEmpty() && refreshed.constLast().at(0).toString().isEmpty());
    QCOMPARE(window->readError(), QString());
    QVERIFY(!error->isVisible());
}

void tst_QuartzObserver::unreachableDatabase()
{
    // Nothing listens on port 1: a message names the database and the reason; no window, no crash.
    ConnectionProfile profile = ConnectionProfile::create(ConnectionProfile::Kind::PostgreSql, QStringLiteral("java"));
    profile.setJavaQuartz(true);
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = 1;
    profile.database = QStringLiteral("quartz");
    profile.user = QStringLiteral("ops");
    const Result<ConsoleOptions> options = profile.consoleOptions(nullptr, QStringLiteral("secret"));
    QVERIFY(options);
    QWidget parent;
    QString shown;
    onNextDialog<QMessageBox>([&shown](QMessageBox *box) {
        if (box->objectName() == QLatin1String("quartzOpenError"))
            shown = box->text();
        box->button(QMessageBox::Ok)->click();
    });
    bool called = false;
    QString error;
    QuartzObserverWindow::openProfile(profile, options->url, &parent,
                                      [&called, &error](QuartzObserverWindow *window, const QString &message) {
                                          called = true;
                                          error = message;
                                          QVERIFY(!window);
                                      });
    QTRY_VERIFY_WITH_TIMEOUT(called, 30000);
    QVERIFY(!error.isEmpty());
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(QStringLiteral("127.0.0.1:1/quartz")), qPrintable(shown));
    QVERIFY2(shown.contains(error), qPrintable(shown));
    QVERIFY(!shown.contains(QStringLiteral("secret")));
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY(!qobject_cast<QuartzObserverWindow *>(w));
}

void tst_QuartzObserver::dialogTestOffersSchedulers()
{
    QFETCH(QString, baseUrl);
    QVERIFY(populate(baseUrl));
    QVERIFY(exec(QStringLiteral("INSERT INTO {p}SCHEDULER_STATE VALUES ('OtherScheduler', 'node-x', ?, 7500)"), {T0}));

    ConnectionDialog dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.addProfile(m_url.kind());
    auto *java = child<QCheckBox>(&dialog, "javaQuartzCheck");
    QVERIFY(java->isEnabled());
    java->setChecked(true);
    QVERIFY(!child<QCheckBox>(&dialog, "runJobsCheck")->isVisible());
    QVERIFY(child<QLabel>(&dialog, "javaQuartzNote")->isVisible());
    child<QLineEdit>(&dialog, "hostEdit")->setText(m_url.host());
    child<QLineEdit>(&dialog, "portEdit")->setText(QString::number(m_url.port()));
    child<QLineEdit>(&dialog, "databaseEdit")->setText(m_url.database());
    child<QLineEdit>(&dialog, "userEdit")->setText(m_url.userName());
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), m_url.password());
    child<QLineEdit>(&dialog, "prefixEdit")->setText(m_prefix);
    QCOMPARE(child<QLineEdit>(&dialog, "schedulerEdit")->text(), QString());
    QVERIFY(dialog.isFormValid());
    QVERIFY(dialog.profile().javaQuartz);

    // Two schedulers and none named: the test says so and offers both.
    QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
    dialog.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 20000);
    QVERIFY(!tested.at(0).at(0).toBool());
    QVERIFY2(tested.at(0).at(1).toString().contains(QStringLiteral("JavaScheduler, OtherScheduler")),
             qPrintable(tested.at(0).at(1).toString()));
    auto *choice = child<QComboBox>(&dialog, "schedulerChoice");
    QVERIFY(choice->isVisible());
    QCOMPARE(choice->count(), 3);
    QCOMPARE(choice->itemText(1), kSched);
    QCOMPARE(choice->itemText(2), QStringLiteral("OtherScheduler"));

    // Choosing one fills the field; the test then finds it.
    choice->setCurrentIndex(1);
    emit choice->activated(1);
    QCOMPARE(child<QLineEdit>(&dialog, "schedulerEdit")->text(), kSched);
    QCOMPARE(dialog.profile().schedulerName, kSched);
    dialog.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, 20000);
    QVERIFY2(tested.at(1).at(0).toBool(), qPrintable(tested.at(1).at(1).toString()));
    QVERIFY2(tested.at(1).at(1).toString().contains(QStringLiteral("\u201cJavaScheduler\u201d")),
             qPrintable(tested.at(1).at(1).toString()));
    QVERIFY2(tested.at(1).at(1).toString().contains(QStringLiteral("2 Java node(s)")),
             qPrintable(tested.at(1).at(1).toString()));
}

void tst_QuartzObserver::mainWindowOpensObserver()
{
    QFETCH(QString, baseUrl);
    QVERIFY(populate(baseUrl));
    ConnectionProfile profile = ConnectionProfile::fromUrl(m_url, QStringLiteral("Java reports"));
    profile.setJavaQuartz(true);
    profile.tablePrefix = m_prefix;
    ConnectionProfiles profiles;
    profiles.setProfiles({profile});
    profiles.noteUsed(profile.name);
    profiles.save();
    // The password as an operator gives it without a keychain.
    qputenv("QRONOS_DB_PASSWORD", m_url.password().toUtf8());

    // File > Recent connections > the Java Quartz profile: an observer window, no Qronos store.
    MainWindow main(nullptr);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    const QString title = main.windowTitle();
    auto *recent = main.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    emit recent->aboutToShow();
    QVERIFY(!recent->actions().isEmpty());
    recent->actions().constFirst()->trigger();
    const auto observer = [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<QuartzObserverWindow *>(w); window && window->isVisible())
                return window;
        }
        return static_cast<QuartzObserverWindow *>(nullptr);
    };
    QTRY_VERIFY_WITH_TIMEOUT(observer(), 20000);
    qunsetenv("QRONOS_DB_PASSWORD");
    QuartzObserverWindow *window = observer();
    QCOMPARE(window->database().schedulerName(), kSched); // the only one, found
    QCOMPARE(window->database().tablePrefix(), m_prefix);
    QTRY_COMPARE(window->triggersModel()->rowCount(), 2);
    QCOMPARE(main.windowTitle(), title);

    // Opening it again brings the same window to the front.
    emit recent->aboutToShow();
    recent->actions().constFirst()->trigger();
    QTest::qWait(100);
    int count = 0;
    for (QWidget *w : QApplication::topLevelWidgets())
        count += qobject_cast<QuartzObserverWindow *>(w) && w->isVisible() ? 1 : 0;
    QCOMPARE(count, 1);

    // Closed, it goes.
    const QPointer<QuartzObserverWindow> guard(window);
    window->close();
    QTRY_VERIFY(guard.isNull());
}

QTEST_MAIN(tst_QuartzObserver)
#include "tst_quartzobserver.moc"
