// The console and a `qronosctl node` on the same PostgreSQL or MariaDB server: a job added through the console's
// dialogs runs on the node, the node shows in the console's Nodes view, its run in Running now and History.
// The console here only watches (the default for a shared server), so the node is the one that runs the job.

#include "clusterharness.h"
#include "models/jobsmodel.h"
#include "store/schemamigrator.h"
#include "store/sqljobstore.h"
#include "dialogs/jobeditordialog.h"
#include "dialogs/triggereditordialog.h"
#include "models/nodesmodel.h"
#include "models/runningmodel.h"
#include "translationloader.h"
#include "views/listpage.h"
#include "views/mainwindow.h"
#include "widgetfinder.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qronos;
using namespace Qronos::ClusterTest;
using Qronos::Testing::child;
using Qronos::Testing::onNextDialog;

class tst_ConsoleCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        TranslationLoader::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void jobAddedInTheConsoleRunsOnTheNode_data() { addServerRows(); }
    void jobAddedInTheConsoleRunsOnTheNode();
    void readOnlyUserChangesNothing_data() { addServerRows(); }
    void readOnlyUserChangesNothing();
};

void tst_ConsoleCluster::jobAddedInTheConsoleRunsOnTheNode()
{
    ClusterHarness cluster;
    if (!cluster.startServer())
        return;
    QVERIFY(cluster.startNodes({QStringLiteral("node-a")}));

    MainWindow window;
    window.show();
    ConsoleOptions options;
    options.url = DatabaseUrl::parse(cluster.databaseUrl()).value();
    options.instanceId = QStringLiteral("console-observer");
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openDatabase(options, false);
    QVERIFY(opened.wait(20000));
    QCOMPARE(opened.at(0).at(0).toString(), QString());
    QVERIFY(!window.session()->isNodeRunning());

    // The node is in the Nodes view, active; the observing console is not a node.
    window.showPage(MainWindow::Page::Nodes);
    QTRY_COMPARE_WITH_TIMEOUT(window.nodesModel()->activeCount(), 1, 10000);
    QCOMPARE(window.nodesModel()->rowCount(), 1);
    QCOMPARE(window.nodesModel()->node(0).instanceId, QStringLiteral("node-a"));
    QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("clusterStatus"))->text(), QStringLiteral("1 active node"));

    // A job and its trigger, through the console's dialogs: a no-op that sleeps 3 s, every second.
    window.showPage(MainWindow::Page::Jobs);
    const JobKey key(QStringLiteral("from-console"), QStringLiteral("console"));
    onNextDialog<JobEditorDialog>([&](JobEditorDialog *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), key.name());
        QTest::keyClicks(child<QLineEdit>(dialog, "groupEdit"), key.group());
        auto *type = child<QComboBox>(dialog, "typeCombo");
        type->setCurrentIndex(type->findData(QStringLiteral("noop")));
        QTest::keyClicks(child<QLineEdit>(dialog, "noop_sleepMsField"), QStringLiteral("3000"));
        onNextDialog<TriggerEditorDialog>([&](TriggerEditorDialog *triggerDialog) {
            QTest::keyClicks(child<QLineEdit>(triggerDialog, "nameEdit"), QStringLiteral("every-second"));
            auto *cron = child<QLineEdit>(triggerDialog, "cronEdit");
            cron->selectAll();
            QTest::keyClicks(cron, QStringLiteral("* * * * * ?"));
            auto *ok = child<QPushButton>(triggerDialog, "okButton");
            QTRY_VERIFY(ok->isEnabled());
            ok->click();
        });
        auto *ok = child<QPushButton>(dialog, "okButton");
        QTRY_VERIFY(ok->isEnabled());
        ok->click();
    });
    QSignalSpy applied(&window, &MainWindow::changeApplied);
    window.findChild<QAction *>(QStringLiteral("newAction"))->trigger();
    QVERIFY(applied.wait(20000));
    QCOMPARE(applied.at(0).at(0).toString(), QString());

    // The node claims it (the console runs nothing): Running now shows it on node-a...
    window.showPage(MainWindow::Page::Running);
    QTRY_VERIFY_WITH_TIMEOUT(window.runningModel()->rowCount() > 0, 15000);
    QCOMPARE(window.runningModel()->execution(0).job, key);
    QCOMPARE(window.runningModel()->execution(0).instanceId, QStringLiteral("node-a"));
    // ...and its finished runs are in the history, all from node-a.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const ExecutionRecord &r : cluster.history()) {
                if (r.job == key && r.status == ExecutionStatus::Succeeded)
                    return true;
            }
            return false;
        }(),
        20000);
    for (const ExecutionRecord &r : cluster.history()) {
        if (r.job == key)
            QCOMPARE(r.instanceId, QStringLiteral("node-a"));
    }
    cluster.stopNodes();
}

void tst_ConsoleCluster::readOnlyUserChangesNothing()
{
    ClusterHarness cluster;
    if (!cluster.startServer())
        return;
    // The schedule, written by its owner.
    const DatabaseUrl ownerUrl = DatabaseUrl::parse(cluster.databaseUrl()).value();
    {
        SqlJobStore::Options storeOptions;
        storeOptions.instanceId = QStringLiteral("owner");
        auto owner = SqlJobStore::open(ownerUrl, storeOptions);
        QVERIFY2(owner, qPrintable(owner.error()));
        JobDetail job(JobKey(QStringLiteral("nightly"), QStringLiteral("reports")), QStringLiteral("noop"));
        job.setDurable(true);
        QVERIFY((*owner)->storeJob(job, false));
    }
    // A user who may only read it.
    SchemaMigrator admin(ownerUrl, QStringLiteral("tst_consolecluster_admin"));
    QVERIFY(admin.open());
    QSqlQuery q(admin.database());
    if (ownerUrl.kind() == DatabaseUrl::Kind::PostgreSql) {
        QVERIFY2(q.exec(QStringLiteral("CREATE ROLE viewer LOGIN PASSWORD 'viewer'")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO viewer")),
                 qPrintable(q.lastError().text()));
    } else {
        QVERIFY2(q.exec(QStringLiteral("CREATE USER 'viewer'@'127.0.0.1' IDENTIFIED BY 'viewer'")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("GRANT SELECT ON `%1`.* TO 'viewer'@'127.0.0.1'").arg(ownerUrl.database())),
                 qPrintable(q.lastError().text()));
    }
    QUrl viewerUrl(cluster.databaseUrl());
    viewerUrl.setUserName(QStringLiteral("viewer"));
    viewerUrl.setPassword(QStringLiteral("viewer"));

    // The console opens it, lists the schedule, says it is read only, and offers no action that writes.
    MainWindow window;
    window.show();
    ConsoleOptions options;
    options.url = DatabaseUrl::parse(viewerUrl.toString()).value();
    options.instanceId = QStringLiteral("console-viewer");
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openDatabase(options, true); // asking to run jobs: refused quietly, the banner says why
    QVERIFY(opened.wait(20000));
    QCOMPARE(opened.at(0).at(0).toString(), QString());
    QTRY_COMPARE(window.jobsModel()->rowCount(), 1);
    auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("\u201cviewer\u201d")), qPrintable(banner->text()));
    QVERIFY(!window.session()->isNodeRunning());
    window.listPage(MainWindow::Page::Jobs)->selectSourceRow(0);
    for (const char *name : {"newAction", "editAction", "pauseAction", "fireAction", "deleteAction", "nodeAction",
                             "pauseAllAction"})
        QVERIFY2(!window.findChild<QAction *>(QString::fromLatin1(name))->isEnabled(), name);
    QVERIFY(window.findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled());
}

QTEST_MAIN(tst_ConsoleCluster)
#include "tst_consolecluster.moc"
