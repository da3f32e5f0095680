// The console's main window on a real SQLite store: its lists and their models, the actions on selected rows, the
// console as a node. Runs on the offscreen platform with TZ=UTC.

#include "consolesession.h"
#include "profileinstanceguard.h"
#include "translationloader.h"
#include "dialogs/jobeditordialog.h"
#include "dialogs/triggereditordialog.h"
#include "models/historymodel.h"
#include "views/agendatimeline.h"
#include "views/agendaview.h"
#include "views/historyview.h"
#include "models/agendamodel.h"
#include "models/calendarsmodel.h"
#include "models/failurewatcher.h"
#include "models/jobsmodel.h"
#include "models/misfiresmodel.h"
#include "models/nodesmodel.h"
#include "models/runningmodel.h"
#include "models/triggersmodel.h"
#include "schedule/calendarspec.h"
#include "schedule/firetimes.h"
#include "views/listpage.h"
#include "views/mainwindow.h"
#include "widgetfinder.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTimeZone>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <limits>

using namespace Qronos;
using Qronos::Testing::onNextDialog;

namespace {

JobDetail job(const QString &name, const QString &group = QStringLiteral("g"))
{
    JobDetail j(JobKey(name, group), QStringLiteral("noop"));
    j.setDurable(true);
    return j;
}

QStringList names(const JobsModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, JobsModel::NameColumn).data().toString());
    return out;
}

/// Clicks the header of \a column, as a user sorting by it does.
void clickHeader(QTableView *view, int column)
{
    QHeaderView *header = view->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

/// Clicks the button with \a text of the next message box that opens.
void answerNextMessageBox(const QString &text)
{
    QTimer::singleShot(0, qApp, [text] {
        QTimer *poll = new QTimer(qApp);
        QObject::connect(poll, &QTimer::timeout, qApp, [poll, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(QLatin1Char('&')) == text) {
                    poll->deleteLater();
                    button->click();
                    return;
                }
            }
        });
        poll->start(10);
    });
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyedRowsKeepIdentity_data();
    void keyedRowsKeepIdentity();
    void bigChangesAreOneReset();
    void modelsPassTheTester();
    void opensTheEmbeddedStoreWithTheDemo();
    void filterRunsInTheEngine();
    void bigListsArePagedAndSortedInTheEngine();
    void oneConsolePerProfile();
    void pauseResumeAndDelete();
    void consoleIsANode();
    void newShellJobOnWeekdaysWithoutHolidays();
    void failuresAreCountedUntilSeen();
    void agendaShowsTheComingFires();
    void refusedDatabaseIsReported();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &file, bool runJobs, bool demo);

    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // English with its plural forms ("1 active node", "6 jobs"), as a user with an English locale sees it.
    TranslationLoader::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_MainWindow::keyedRowsKeepIdentity_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::newRow("append") << QStringList{"a", "b"} << QStringList{"a", "b", "c"};
    QTest::newRow("prepend") << QStringList{"b", "c"} << QStringList{"a", "b", "c"};
    QTest::newRow("remove middle") << QStringList{"a", "b", "c"} << QStringList{"a", "c"};
    QTest::newRow("remove runs") << QStringList{"a", "b", "c", "d", "e"} << QStringList{"c"};
    QTest::newRow("swap") << QStringList{"a", "b"} << QStringList{"b", "a"};
    QTest::newRow("reverse") << QStringList{"a", "b", "c", "d"} << QStringList{"d", "c", "b", "a"};
    QTest::newRow("replace all") << QStringList{"a", "b"} << QStringList{"x", "y", "z"};
    QTest::newRow("to empty") << QStringList{"a", "b"} << QStringList{};
    QTest::newRow("from empty") << QStringList{} << QStringList{"a"};
}

void tst_MainWindow::keyedRowsKeepIdentity()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<JobDetail> jobs;
    for (const QString &name : before)
        jobs.append(job(name));
    model.setJobs(jobs);
    QCOMPARE(names(model), before);

    // A row that stays keeps its persistent index (selection survives a refresh).
    QList<QPersistentModelIndex> kept;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (after.contains(before.at(row)))
            kept.append(QPersistentModelIndex(model.index(row, 0)));
    }
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    jobs.clear();
    for (const QString &name : after) {
        JobDetail j = job(name);
        j.setDescription(QStringLiteral("new ") + name);
        jobs.append(j);
    }
    model.setJobs(jobs);
    QCOMPARE(names(model), after);
    // A first or a last list is one reset; anything else is row by row.
    QCOMPARE(resets.size(), before.isEmpty() || after.isEmpty() ? 1 : 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, JobsModel::DescriptionColumn).data().toString(), QStringLiteral("new ") + after.at(row));
    // Rows kept in the same relative order keep valid persistent indexes (moved ones may be re-inserted).
    if (QTest::currentDataTag() != QLatin1String("swap") && QTest::currentDataTag() != QLatin1String("reverse")) {
        for (const QPersistentModelIndex &index : kept)
            QVERIFY(index.isValid());
    }
}

void tst_MainWindow::bigChangesAreOneReset()
{
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<JobDetail> jobs;
    for (int i = 0; i < 2000; ++i)
        jobs.append(job(QStringLiteral("j%1").arg(i, 5, 10, QLatin1Char('0'))));
    model.setJobs(jobs.mid(0, 1000));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    model.setJobs(jobs.mid(0, 1000 + JobsModel::MaxRowInsertions)); // at the limit: row by row
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserts.size(), int(JobsModel::MaxRowInsertions));
    model.setJobs(jobs.mid(0, 200)); // 1,300 rows go, beyond the limit: one reset
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 200);
    model.setJobs(jobs); // 1,800 rows come: one reset
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 2000);
    QCOMPARE(names(model).last(), QStringLiteral("j01999"));
}

void tst_MainWindow::modelsPassTheTester()
{
    TriggersModel triggers;
    NodesModel nodes;
    RunningModel running;
    MisfiresModel misfires;
    CalendarsModel calendars;
    QAbstractItemModelTester t1(&triggers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&nodes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&running, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(&misfires, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t5(&calendars, QAbstractItemModelTester::FailureReportingMode::QtTest);

    Trigger cron(TriggerKey(QStringLiteral("t"), QStringLiteral("g")), JobKey(QStringLiteral("j"), QStringLiteral("g")),
                 CronSchedule{CronExpression::parse(QStringLiteral("0 15 10 ? * 6L")).value()});
    cron.setNextFireTime(1'800'000'000'000);
    triggers.setTriggers({StoredTrigger{cron, TriggerState::Paused}});
    QCOMPARE(triggers.index(0, TriggersModel::ScheduleColumn).data().toString(), QStringLiteral("0 15 10 ? * 6L"));
    QVERIFY(!triggers.canFetchMore({}));
    {
        // Paged: the tester itself calls fetchMore(); each page is appended (later, as the console's loader does)
        // as it is asked for, once.
        TriggersModel paged;
        QList<int> asked;
        connect(&paged, &KeyedTableModel::moreRowsWanted, &paged, [&](int offset) {
            asked << offset;
            QList<StoredTrigger> page;
            for (int i = offset; i < std::min(offset + 2, 5); ++i) {
                Trigger t = cron;
                t.setKey(TriggerKey(QStringLiteral("p%1").arg(i), QStringLiteral("g")));
                page << StoredTrigger{t, TriggerState::Waiting};
            }
            paged.appendTriggers(page);
        }, Qt::QueuedConnection);
        QAbstractItemModelTester pagedTester(&paged, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Trigger first = cron;
        first.setKey(TriggerKey(QStringLiteral("p0"), QStringLiteral("g")));
        paged.setTotalRows(5);
        paged.setTriggers({StoredTrigger{first, TriggerState::Waiting}});
        for (int i = 0; i < 10 && paged.rowCount() < 5; ++i) {
            paged.fetchMore({});
            QVERIFY(!paged.canFetchMore({})); // one request at a time
            QTest::qWait(1);
        }
        QCOMPARE(paged.rowCount(), 5);
        QCOMPARE(paged.trigger(4).trigger.key().name(), QStringLiteral("p4"));
        QCOMPARE(asked, (QList<int>{1, 3}));
        // A page that brings nothing new (the list shrank meanwhile) ends the fetching until the next count.
        paged.setTotalRows(9);
        QVERIFY(paged.canFetchMore({}));
        paged.fetchMore({});
        QTRY_COMPARE(asked.size(), 3);
        QCOMPARE(paged.rowCount(), 5);
        QVERIFY(!paged.canFetchMore({}));
    }
    QCOMPARE(triggers.index(0, TriggersModel::StateColumn).data().toString(), QStringLiteral("Paused"));
    QCOMPARE(triggers.index(0, TriggersModel::NextFireColumn).data(TriggersModel::SortRole).toLongLong(),
             1'800'000'000'000);

    NodeRecord own;
    own.instanceId = QStringLiteral("me");
    own.state = NodeState::Active;
    NodeRecord dead;
    dead.instanceId = QStringLiteral("other");
    dead.state = NodeState::PresumedDead;
    dead.clockOffsetMs = -1500;
    nodes.setOwnInstanceId(QStringLiteral("me"));
    nodes.setNodes({own, dead});
    QCOMPARE(nodes.activeCount(), 1);
    QVERIFY(nodes.index(0, NodesModel::InstanceColumn).data().toString().contains(QStringLiteral("this console")));
    QVERIFY(nodes.index(0, NodesModel::InstanceColumn).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(nodes.index(1, NodesModel::StateColumn).data().toString(), QStringLiteral("Presumed dead"));
    QCOMPARE(nodes.index(1, NodesModel::OffsetColumn).data().toString(), QStringLiteral("1.50 s behind"));

    RunningExecution e;
    e.fireInstanceId = QStringLiteral("f1");
    e.fireTime = 1000;
    running.setExecutions({e}, 61'000);
    QCOMPARE(running.index(0, RunningModel::ElapsedColumn).data().toString(), QStringLiteral("1 min 0 s"));

    MisfireRecord m;
    m.trigger = cron.key();
    m.instruction = Misfire::DoNothing;
    m.scheduledTime = 0;
    m.detectedTime = 90'000;
    misfires.setMisfires({m}, {{cron.key().toString(), TriggerKind::Cron}});
    QCOMPARE(misfires.index(0, MisfiresModel::InstructionColumn).data().toString(),
             Misfire::label(TriggerKind::Cron, Misfire::DoNothing));
    QCOMPARE(misfires.index(0, MisfiresModel::NextFireColumn).data().toString(), QStringLiteral("none (trigger finished)"));

    const CalendarPtr holidays = parseCalendarSpec(QStringLiteral("holiday:2026-10-01"), ZoneRules::utc()).value();
    calendars.setCalendars({{QStringLiteral("h"), holidays, 2}});
    QCOMPARE(calendars.index(0, CalendarsModel::KindColumn).data().toString(), QStringLiteral("Holiday"));
    QCOMPARE(calendars.index(0, CalendarsModel::TriggersColumn).data().toInt(), 2);
}

std::unique_ptr<MainWindow> tst_MainWindow::openWindow(const QString &file, bool runJobs, bool demo)
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    ConsoleOptions options;
    options.url = DatabaseUrl::parse(QStringLiteral("sqlite://") + m_dir.filePath(file)).value();
    options.instanceId = QStringLiteral("console-test");
    options.installDemoIntoEmptyStore = demo;
    QSignalSpy opened(window.get(), &MainWindow::databaseOpened);
    window->openDatabase(options, runJobs);
    if (!opened.wait(10000) || !opened.at(0).at(0).toString().isEmpty())
        return nullptr;
    return window;
}

void tst_MainWindow::opensTheEmbeddedStoreWithTheDemo()
{
    auto window = openWindow(QStringLiteral("demo.db"), false, true);
    QVERIFY(window);
    // Every list's sort/filter proxy and the agenda's model, checked while the first rows arrive.
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (auto page : {MainWindow::Page::Jobs, MainWindow::Page::Triggers, MainWindow::Page::Calendars,
                      MainWindow::Page::Nodes, MainWindow::Page::Running, MainWindow::Page::Misfires}) {
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            window->listPage(page)->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    testers.push_back(std::make_unique<QAbstractItemModelTester>(
        window->agendaView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    QTRY_COMPARE(window->jobsModel()->rowCount(), 6);
    // The other pages load when shown.
    QCOMPARE(window->triggersModel()->rowCount(), 0);
    window->showPage(MainWindow::Page::Triggers);
    QTRY_COMPARE(window->triggersModel()->rowCount(), 6);
    QCOMPARE(window->calendarsModel()->rowCount(), 0);
    window->showPage(MainWindow::Page::Calendars);
    QTRY_COMPARE(window->calendarsModel()->rowCount(), 1);
    QCOMPARE(window->calendarsModel()->index(0, CalendarsModel::TriggersColumn).data().toInt(), 1);
    window->showPage(MainWindow::Page::Jobs);
    const int paused = window->triggersModel()->rowOf(TriggerKey(QStringLiteral("every-5m"), QStringLiteral("demo")));
    QVERIFY(paused >= 0);
    QCOMPARE(window->triggersModel()->trigger(paused).state, TriggerState::Paused);
    QVERIFY(window->listPage(MainWindow::Page::Jobs)->findChild<QLabel *>(QStringLiteral("jobsStatus"))->text()
                .contains(QStringLiteral("6 jobs")));
    // The status bar names the next fire and says that nothing runs the schedule (the console only watches).
    auto *next = window->findChild<QLabel *>(QStringLiteral("nextFireStatus"));
    QTRY_VERIFY(next->text().startsWith(QStringLiteral("Next: ")));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("nodeStatus"))->text(), QStringLiteral("Observer (runs no jobs)"));
    QTRY_COMPARE(window->findChild<QLabel *>(QStringLiteral("clusterStatus"))->text(), QStringLiteral("0 active nodes"));

    // Keyboard: Ctrl+2 shows the triggers, Ctrl+F focuses their filter.
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->currentPage(), MainWindow::Page::Triggers);
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window->listPage(MainWindow::Page::Triggers)->filterEdit()->hasFocus());
    // Clicking a column header sorts in the engine (the rows are a page of the engine's order): the next fire column
    // sorts on the instant, not the text.
    QTableView *view = window->listPage(MainWindow::Page::Triggers)->view();
    QSignalSpy reloaded(window.get(), &MainWindow::pageReloaded);
    clickHeader(view, TriggersModel::NextFireColumn);
    QTRY_VERIFY(reloaded.contains(QVariantList{QVariant::fromValue(MainWindow::Page::Triggers)}));
    QCOMPARE(window->listPage(MainWindow::Page::Triggers)->proxy()->sortColumn(), -1);
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const qint64 at = view->model()->index(row, TriggersModel::NextFireColumn).data(TriggersModel::SortRole).toLongLong();
        QVERIFY(at >= previous);
        previous = at;
    }
    QTest::keyClicks(window->listPage(MainWindow::Page::Triggers)->filterEdit(), QStringLiteral("every-1"));
    QTRY_COMPARE(window->triggersModel()->rowCount(), 2); // every-10s, every-15s
    QCOMPARE(view->model()->rowCount(), 2);
}

void tst_MainWindow::filterRunsInTheEngine()
{
    auto window = openWindow(QStringLiteral("filter.db"), false, true);
    QVERIFY(window);
    QTRY_COMPARE(window->jobsModel()->rowCount(), 6);
    ListPage *jobs = window->listPage(MainWindow::Page::Jobs);
    QSignalSpy reloaded(window.get(), &MainWindow::pageReloaded);
    QTest::keyClicks(jobs->filterEdit(), QStringLiteral("SHELL"));
    // Case-insensitive on the type: disk-usage, slow-sync, flaky-export.
    QTRY_COMPARE(window->jobsModel()->rowCount(), 3);
    QVERIFY(jobs->findChild<QLabel *>(QStringLiteral("jobsStatus"))->text().contains(QStringLiteral("match")));
    jobs->filterEdit()->clear();
    QTRY_COMPARE(window->jobsModel()->rowCount(), 6);
    QTest::keyClicks(jobs->filterEdit(), QStringLiteral("no such job"));
    QTRY_COMPARE(window->jobsModel()->rowCount(), 0);
}

void tst_MainWindow::bigListsArePagedAndSortedInTheEngine()
{
    // More triggers than one page: the list holds a page, counts them all, and fetches the rest as the view scrolls.
    constexpr int Total = 2 * MainWindow::ListPageSize + 37;
    auto window = openWindow(QStringLiteral("paged.db"), false, false);
    QVERIFY(window);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    JobDetail j = job(QStringLiteral("many"));
    j.setDurable(true);
    QList<Trigger> triggers;
    for (int i = 0; i < Total; ++i) {
        // Names in one order, fire times in the other.
        Trigger t(TriggerKey(QStringLiteral("t%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("many")), j.key(),
                  SimpleSchedule{0, 0});
        t.setStartTime(now + 3'600'000 + qint64(Total - i) * 60'000);
        FireTimes::computeFirstFireTime(t, nullptr);
        triggers << t;
    }
    QVERIFY(window->session()->store()->storeJobAndTriggers(j, triggers, false));
    // (No QAbstractItemModelTester here: it calls fetchMore() itself; modelsPassTheTester() pages under it.)
    ListPage *list = window->listPage(MainWindow::Page::Triggers);
    TriggersModel *model = window->triggersModel();
    QSignalSpy wanted(model, &KeyedTableModel::moreRowsWanted);
    window->showPage(MainWindow::Page::Triggers);
    QTRY_VERIFY(model->rowCount() >= MainWindow::ListPageSize);
    QCOMPARE(model->totalRows(), qint64(Total));
    // A page, or two when the view asks for more before its first layout: never the whole list.
    QVERIFY2(model->rowCount() < Total, qPrintable(QString::number(model->rowCount())));
    auto *status = list->findChild<QLabel *>(QStringLiteral("triggersStatus"));
    QTRY_VERIFY2(status->text().contains(QStringLiteral("1037 triggers"))
                     && status->text().contains(QString::number(model->rowCount())),
                 qPrintable(status->text()));
    QCOMPARE(model->trigger(0).trigger.key().name(), QStringLiteral("t0000"));

    // Scrolling to the end fetches the next pages, each row once, in order, each page asked for once.
    QTableView *view = list->view();
    for (int i = 0; i < 50 && model->rowCount() < Total; ++i) {
        view->scrollToBottom();
        QTest::qWait(20);
    }
    QTRY_COMPARE(model->rowCount(), Total);
    QCOMPARE(wanted.size(), 2);
    QCOMPARE(wanted.at(0).at(0).toInt(), MainWindow::ListPageSize);
    QCOMPARE(wanted.at(1).at(0).toInt(), 2 * MainWindow::ListPageSize);
    QVERIFY(!list->proxy()->canFetchMore({}));
    for (int row = 0; row < Total; ++row)
        QCOMPARE(model->trigger(row).trigger.key().name(), QStringLiteral("t%1").arg(row, 4, 10, QLatin1Char('0')));
    QCOMPARE(status->text(), QStringLiteral("1037 triggers"));

    // Sorting by the next fire asks the engine again, from the first page: the earliest fire is the last name.
    clickHeader(view, TriggersModel::NextFireColumn);
    QTRY_COMPARE(model->trigger(0).trigger.key().name(), QStringLiteral("t1036"));
    QVERIFY(model->rowCount() < Total);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    clickHeader(view, TriggersModel::NextFireColumn);
    QTRY_COMPARE(model->trigger(0).trigger.key().name(), QStringLiteral("t0000"));
    // A column the engine cannot sort by (the schedule's text) leaves the order alone.
    clickHeader(view, TriggersModel::ScheduleColumn);
    QCOMPARE(list->engineSortColumn(), int(TriggersModel::NextFireColumn));
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(TriggersModel::NextFireColumn));

    // The filter counts what it matches: t1000 .. t1036.
    QTest::keyClicks(list->filterEdit(), QStringLiteral("t10"));
    QTRY_COMPARE(model->rowCount(), 37);
    QCOMPARE(model->totalRows(), qint64(37));
    QCOMPARE(model->trigger(0).trigger.key().name(), QStringLiteral("t1000")); // latest fire first (descending)

    // The status bar's next fire is the whole schedule's, not the filtered page's.
    auto *next = window->findChild<QLabel *>(QStringLiteral("nextFireStatus"));
    QTRY_VERIFY2(next->toolTip().startsWith(QStringLiteral("many.t1036 at")), qPrintable(next->toolTip()));
}

void tst_MainWindow::oneConsolePerProfile()
{
    {
        // The guard: the first claim holds the profile, a second is refused and brings the first to the front.
        ProfileInstanceGuard first(QStringLiteral("sqlite:///tmp/one.db"));
        ProfileInstanceGuard second(QStringLiteral("sqlite:///tmp/one.db"));
        ProfileInstanceGuard other(QStringLiteral("sqlite:///tmp/other.db"));
        QSignalSpy activated(&first, &ProfileInstanceGuard::activationRequested);
        QVERIFY(first.claim());
        QVERIFY(!second.claim());
        QVERIFY(!second.isHeld());
        QTRY_COMPARE(activated.size(), 1);
        QVERIFY(other.claim());
        QVERIFY(ProfileInstanceGuard::socketName(QStringLiteral("a")) != ProfileInstanceGuard::socketName(QStringLiteral("b")));
    }
    {
        // Released with its holder: the next claim succeeds.
        ProfileInstanceGuard again(QStringLiteral("sqlite:///tmp/one.db"));
        QVERIFY(again.claim());
    }

    // Two windows: the second cannot open what the first has open, and says so; it opens another database.
    auto first = openWindow(QStringLiteral("profile-a.db"), false, false);
    QVERIFY(first);
    auto second = std::make_unique<MainWindow>();
    second->show();
    ConsoleOptions options;
    options.url = DatabaseUrl::parse(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("profile-a.db"))).value();
    options.instanceId = QStringLiteral("console-test-2");
    QSignalSpy opened(second.get(), &MainWindow::databaseOpened);
    second->openDatabase(options, false);
    QCOMPARE(opened.size(), 1);
    QVERIFY2(opened.at(0).at(0).toString().contains(QStringLiteral("open in another Qronos window")),
             qPrintable(opened.at(0).at(0).toString()));
    QVERIFY(!second->session());
    QVERIFY(second->findChild<QLabel *>(QStringLiteral("banner"))->isVisible());
    options.url = DatabaseUrl::parse(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("profile-b.db"))).value();
    opened.clear();
    second->openDatabase(options, false);
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.at(0).at(0).toString(), QString());
    // The first window switching to the second's database is refused too, and keeps its own.
    answerNextMessageBox(QStringLiteral("OK"));
    QSignalSpy firstOpened(first.get(), &MainWindow::databaseOpened);
    first->openDatabase(options, false);
    QCOMPARE(firstOpened.size(), 1);
    QVERIFY(!firstOpened.at(0).at(0).toString().isEmpty());
    QVERIFY(first->session()->options().url.database().endsWith(QStringLiteral("profile-a.db")));
    // Once the second window is gone, its database is free.
    second.reset();
    firstOpened.clear();
    first->openDatabase(options, false);
    QVERIFY(firstOpened.wait(10000));
    QCOMPARE(firstOpened.at(0).at(0).toString(), QString());
    QVERIFY(first->session()->options().url.database().endsWith(QStringLiteral("profile-b.db")));
}

void tst_MainWindow::pauseResumeAndDelete()
{
    auto window = openWindow(QStringLiteral("actions.db"), false, true);
    QVERIFY(window);
    window->showPage(MainWindow::Page::Triggers);
    QTRY_COMPARE(window->triggersModel()->rowCount(), 6);
    ListPage *list = window->listPage(MainWindow::Page::Triggers);
    const TriggerKey key(QStringLiteral("every-minute"), QStringLiteral("demo"));
    list->selectSourceRow(window->triggersModel()->rowOf(key));
    auto *pause = window->findChild<QAction *>(QStringLiteral("pauseAction"));
    QVERIFY(pause->isEnabled());
    QSignalSpy applied(window.get(), &MainWindow::changeApplied);
    pause->trigger();
    QVERIFY(applied.wait(5000));
    QCOMPARE(applied.at(0).at(0).toString(), QString());
    QTRY_COMPARE(window->triggersModel()->trigger(window->triggersModel()->rowOf(key)).state, TriggerState::Paused);
    // The selection survived the refresh.
    QCOMPARE(list->selectedSourceRows(), QList<int>{window->triggersModel()->rowOf(key)});

    window->findChild<QAction *>(QStringLiteral("resumeAction"))->trigger();
    QTRY_COMPARE(window->triggersModel()->trigger(window->triggersModel()->rowOf(key)).state, TriggerState::Waiting);

    // Deleting asks first; Cancel changes nothing, Delete removes the job with its trigger.
    window->showPage(MainWindow::Page::Jobs);
    QTRY_COMPARE(window->jobsModel()->rowCount(), 6);
    window->listPage(MainWindow::Page::Jobs)->selectSourceRow(
        window->jobsModel()->rowOf(JobKey(QStringLiteral("disk-usage"), QStringLiteral("demo"))));
    auto *remove = window->findChild<QAction *>(QStringLiteral("deleteAction"));
    QVERIFY(remove->isEnabled());
    answerNextMessageBox(QStringLiteral("Cancel"));
    remove->trigger();
    QTest::qWait(200);
    QCOMPARE(window->jobsModel()->rowCount(), 6);
    answerNextMessageBox(QStringLiteral("Delete"));
    remove->trigger();
    QTRY_COMPARE(window->jobsModel()->rowCount(), 5);
    QCOMPARE(window->jobsModel()->rowOf(JobKey(QStringLiteral("disk-usage"), QStringLiteral("demo"))), -1);
    QTRY_COMPARE(window->triggersModel()->rowCount(), 5);
}

void tst_MainWindow::consoleIsANode()
{
    auto window = openWindow(QStringLiteral("node.db"), true, false);
    QVERIFY(window);
    QVERIFY(window->session()->isNodeRunning());
    QVERIFY(window->findChild<QAction *>(QStringLiteral("nodeAction"))->isChecked());
    window->showPage(MainWindow::Page::Nodes);
    QTRY_COMPARE(window->nodesModel()->rowCount(), 1);
    QCOMPARE(window->nodesModel()->node(0).instanceId, QStringLiteral("console-test"));
    QVERIFY(window->nodesModel()->index(0, NodesModel::InstanceColumn).data().toString().contains(QStringLiteral("this console")));
    QTRY_COMPARE(window->findChild<QLabel *>(QStringLiteral("clusterStatus"))->text(), QStringLiteral("1 active node"));

    // A job that sleeps shows in Running now, and Interrupt there stops it.
    JobDetail sleeper(JobKey(QStringLiteral("sleeper"), QStringLiteral("g")), QStringLiteral("noop"));
    sleeper.setDurable(true);
    sleeper.jobData().put(QStringLiteral("sleepMs"), qint64(60000));
    QVERIFY(window->session()->scheduler().addJob(sleeper));
    QVERIFY(window->session()->scheduler().triggerJob(sleeper.key()));
    window->showPage(MainWindow::Page::Running);
    QTRY_COMPARE_WITH_TIMEOUT(window->runningModel()->rowCount(), 1, 10000);
    QCOMPARE(window->runningModel()->execution(0).job, sleeper.key());
    QTRY_VERIFY(window->findChild<QLabel *>(QStringLiteral("nodeStatus"))->text().contains(QStringLiteral("1 running")));
    window->listPage(MainWindow::Page::Running)->selectSourceRow(0);
    QSignalSpy finished(window->session(), &ConsoleSession::jobFinished);
    window->findChild<QAction *>(QStringLiteral("interruptAction"))->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).value<ExecutionRecord>().status, ExecutionStatus::Interrupted);
    QTRY_COMPARE(window->runningModel()->rowCount(), 0);

    // Turning the node off while a job runs asks; Wait keeps the window responsive while the job finishes (no new
    // claims meanwhile), then the node stops, the job's run complete rather than interrupted.
    JobDetail shortNap(JobKey(QStringLiteral("short-nap"), QStringLiteral("g")), QStringLiteral("noop"));
    shortNap.setDurable(true);
    shortNap.jobData().put(QStringLiteral("sleepMs"), qint64(1500));
    QVERIFY(window->session()->scheduler().addJob(shortNap));
    finished.clear();
    QVERIFY(window->session()->scheduler().triggerJob(shortNap.key()));
    QTRY_COMPARE_WITH_TIMEOUT(window->session()->runningHereCount(), 1, 10000);
    answerNextMessageBox(QStringLiteral("Wait"));
    QElapsedTimer clicked;
    clicked.start();
    window->findChild<QAction *>(QStringLiteral("nodeAction"))->trigger();
    QVERIFY2(clicked.elapsed() < 1000, "the GUI thread waited for the job");
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("nodeStatus"))->text().startsWith(QStringLiteral("Stopping this node")));
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("nodeAction"))->isEnabled());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).value<ExecutionRecord>().status, ExecutionStatus::Succeeded);
    // Turning the node off keeps the console open as an observer; its node leaves the cluster's active nodes.
    QTRY_COMPARE(window->findChild<QLabel *>(QStringLiteral("nodeStatus"))->text(), QStringLiteral("Observer (runs no jobs)"));
    QVERIFY(!window->session()->isNodeRunning());
    QVERIFY(window->findChild<QAction *>(QStringLiteral("nodeAction"))->isEnabled());
    window->showPage(MainWindow::Page::Nodes);
    QTRY_COMPARE(window->nodesModel()->activeCount(), 0);
}

void tst_MainWindow::newShellJobOnWeekdaysWithoutHolidays()
{
    // The "done when" path: a shell job with a cron trigger on weekdays that skips a holiday calendar, made through
    // the dialogs as a new user would, runs on this console's node and shows in the history.
    auto window = openWindow(QStringLiteral("newjob.db"), true, true);
    QVERIFY(window);
    QTRY_COMPARE(window->jobsModel()->rowCount(), 6);
    window->showPage(MainWindow::Page::Jobs);

    bool jobDialogSeen = false;
    bool triggerDialogSeen = false;
    onNextDialog<JobEditorDialog>([&](JobEditorDialog *dialog) {
        jobDialogSeen = true;
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(!ok->isEnabled()); // nothing typed yet
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("nightly-report"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("groupEdit")), QStringLiteral("reports"));
        auto *type = dialog->findChild<QComboBox *>(QStringLiteral("typeCombo"));
        type->setCurrentIndex(type->findData(QStringLiteral("shell")));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("shellProgramEdit")), QStringLiteral("true"));
        QTRY_VERIFY(ok->isEnabled());
        // The trigger dialog follows at once: a job that is not durable is stored with its first trigger.
        onNextDialog<TriggerEditorDialog>([&](TriggerEditorDialog *triggerDialog) {
            triggerDialogSeen = true;
            QTest::keyClicks(triggerDialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("weekdays"));
            auto *cron = triggerDialog->findChild<QLineEdit *>(QStringLiteral("cronEdit"));
            cron->selectAll();
            QTest::keyClicks(cron, QStringLiteral("0 30 9 ? * MON-FRI"));
            auto *calendar = triggerDialog->findChild<QComboBox *>(QStringLiteral("calendarCombo"));
            const int index = calendar->findText(QStringLiteral("demo-holidays"));
            QVERIFY(index > 0);
            calendar->setCurrentIndex(index);
            auto *triggerOk = triggerDialog->findChild<QPushButton *>(QStringLiteral("okButton"));
            QTRY_VERIFY(triggerOk->isEnabled());
            triggerOk->click();
        });
        ok->click();
    });
    QSignalSpy applied(window.get(), &MainWindow::changeApplied);
    window->findChild<QAction *>(QStringLiteral("newAction"))->trigger();
    QVERIFY(applied.wait(10000));
    QVERIFY(jobDialogSeen);
    QVERIFY(triggerDialogSeen);
    QCOMPARE(applied.at(0).at(0).toString(), QString());

    const JobKey key(QStringLiteral("nightly-report"), QStringLiteral("reports"));
    QTRY_VERIFY(window->jobsModel()->rowOf(key) >= 0);
    QCOMPARE(window->jobsModel()->job(window->jobsModel()->rowOf(key)).jobType(), QStringLiteral("shell"));
    const auto triggerOfJob = [&]() -> std::optional<Trigger> {
        for (const StoredTrigger &t : window->triggersModel()->triggers()) {
            if (t.trigger.jobKey() == key)
                return t.trigger;
        }
        return std::nullopt;
    };
    QTRY_VERIFY(triggerOfJob());
    const Trigger stored = *triggerOfJob();
    QCOMPARE(stored.key().name(), QStringLiteral("weekdays"));
    QCOMPARE(stored.calendarName(), QStringLiteral("demo-holidays"));
    QVERIFY(stored.nextFireTime());
    const QDate next = QDateTime::fromMSecsSinceEpoch(*stored.nextFireTime(), QTimeZone(stored.timeZoneId())).date();
    QVERIFY(next.dayOfWeek() <= 5);
    QVERIFY(!(next.month() == 10 && next.day() <= 3) && !(next.month() == 1 && next.day() == 1)
            && !(next.month() == 5 && next.day() == 1));

    // Fire it now: it runs on this console's node and its execution shows in the history.
    window->listPage(MainWindow::Page::Jobs)->selectSourceRow(window->jobsModel()->rowOf(key));
    QSignalSpy finished(window->session(), &ConsoleSession::jobFinished);
    window->findChild<QAction *>(QStringLiteral("fireAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(finished.cbegin(), finished.cend(),
                                         [&](const QList<QVariant> &args) {
                                             return args.at(0).value<ExecutionRecord>().job == key;
                                         }),
                             10000);
    window->showPage(MainWindow::Page::History);
    QVERIFY(window->historyView());
    const auto *history = window->historyView()->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < history->rowCount(); ++row) {
                const QModelIndex index = history->index(row, 0);
                if (index.data(HistoryModel::JobNameRole).toString() == key.name()
                    && index.data(HistoryModel::JobGroupRole).toString() == key.group())
                    return true;
            }
            return false;
        }(),
        10000);
}

void tst_MainWindow::failuresAreCountedUntilSeen()
{
    auto window = openWindow(QStringLiteral("failures.db"), true, false);
    QVERIFY(window);
    QVERIFY(window->failureWatcher());
    QSignalSpy failed(window->failureWatcher(), &FailureWatcher::executionFailed);
    JobDetail broken(JobKey(QStringLiteral("broken"), QStringLiteral("g")), QStringLiteral("shell"));
    broken.setDurable(true);
    broken.jobData().put(QStringLiteral("program"), QStringLiteral("false"));
    QVERIFY(window->session()->scheduler().addJob(broken));
    QSignalSpy finished(window->session(), &ConsoleSession::jobFinished);
    QVERIFY(window->session()->scheduler().triggerJob(broken.key()));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    window->failureWatcher()->poll();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<ExecutionRecord>().job, broken.key());
    QCOMPARE(window->failureWatcher()->unreadCount(), 1);
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("(1) ")));
    QCOMPARE(window->findChild<QListWidget *>(QStringLiteral("navigation"))->item(int(MainWindow::Page::History))->text(),
             QStringLiteral("History (1)"));
    QTRY_VERIFY(window->statusBar()->currentMessage().startsWith(QStringLiteral("g.broken failed: On node")));
    // Polling again does not report it twice.
    window->failureWatcher()->poll();
    QTest::qWait(300);
    QCOMPARE(failed.size(), 1);
    // Several found by one poll make one notice, naming the first.
    finished.clear();
    for (int i = 0; i < 3; ++i)
        QVERIFY(window->session()->scheduler().triggerJob(broken.key()));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 3, 10000);
    window->failureWatcher()->poll();
    QTRY_COMPARE(failed.size(), 4);
    QTRY_VERIFY2(window->statusBar()->currentMessage().startsWith(QStringLiteral("3 new failures or misfires: The first: g.broken failed.")),
                 qPrintable(window->statusBar()->currentMessage()));
    // Looking at the history marks it read.
    window->showPage(MainWindow::Page::History);
    QCOMPARE(window->failureWatcher()->unreadCount(), 0);
    QVERIFY(!window->windowTitle().startsWith(QStringLiteral("(")));
}

void tst_MainWindow::agendaShowsTheComingFires()
{
    auto window = openWindow(QStringLiteral("agenda.db"), false, true);
    QVERIFY(window);
    QTRY_COMPARE(window->jobsModel()->rowCount(), 6);
    QSignalSpy reloaded(window->agendaView(), &AgendaView::reloaded);
    window->showPage(MainWindow::Page::Agenda);
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(reloaded.last().at(0).toString(), QString());
    // 24 hours of the demo: heartbeat every 10 s, every minute, every 15 s, every 2 minutes; the paused
    // every-5m is left out; the weekday report at most once.
    const int fires = window->agendaView()->model()->rowCount();
    const int expectedAtLeast = 8640 + 1440 + 5760 + 720 - 4;
    QVERIFY2(fires >= expectedAtLeast && fires <= expectedAtLeast + 8, qPrintable(QString::number(fires)));
    for (int row = 1; row < fires; row += 97)
        QVERIFY(window->agendaView()->model()->fire(row - 1).fireTime <= window->agendaView()->model()->fire(row).fireTime);
    QCOMPARE(window->agendaView()->timeline()->lanes(), QStringList{QStringLiteral("demo")});
    QVERIFY(window->agendaView()->findChild<QLabel *>(QStringLiteral("agendaSummary"))->text().contains(QStringLiteral("paused")));
    // Lanes by job: one lane per job that fires.
    window->agendaView()->setLanes(AgendaView::Lanes::ByJob);
    QVERIFY(reloaded.wait(10000));
    QSet<QString> jobs;
    for (int row = 0; row < window->agendaView()->model()->rowCount(); ++row)
        jobs.insert(window->agendaView()->model()->fire(row).job.toString());
    QVERIFY(jobs.size() == 4 || jobs.size() == 5); // the weekday report fires in the next 24 hours or not
    QStringList expectedLanes = jobs.values();
    expectedLanes.sort();
    QCOMPARE(window->agendaView()->timeline()->lanes(), expectedLanes);
    // The density strip finds the busiest hour; every hour holds 360 + 60 + 240 + 30 fires, the report's adds one.
    const QList<int> counts = window->agendaView()->timeline()->bucketCounts();
    const int busiest = window->agendaView()->timeline()->busiestBucket();
    QVERIFY(busiest >= 0);
    QVERIFY(counts.at(busiest) >= 690);
}

void tst_MainWindow::refusedDatabaseIsReported()
{
    MainWindow window;
    window.show();
    ConsoleOptions options;
    // A folder where the database file should be cannot be opened as one.
    options.url = DatabaseUrl::parse(QStringLiteral("sqlite://") + m_dir.path()).value();
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    answerNextMessageBox(QStringLiteral("OK"));
    window.openDatabase(options, false);
    QVERIFY(opened.wait(10000));
    QVERIFY(!opened.at(0).at(0).toString().isEmpty());
    QVERIFY(!window.session());
    auto *banner = window.findChild<QLabel *>(QStringLiteral("banner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(m_dir.path()));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("newAction"))->isEnabled());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
