// Saves a PNG of every view of the console and of its editors, with the demo schedule, in one language:
//
//   qronos_screenshots OUTPUT_DIR [LOCALE]      e.g. qronos_screenshots docs/screenshots/zh_CN zh_CN
//
// Run it on a real display (scripts/screenshots.sh starts Xvfb): the windows are shown, then grabbed. The store is a
// throw-away SQLite file; this console is its node, so the history holds real executions.

#include "consolesession.h"
#include "dialogs/calendareditordialog.h"
#include "dialogs/exportscheduledialog.h"
#include "dialogs/forecastdialog.h"
#include "dialogs/importscheduledialog.h"
#include "dialogs/scheduleselectionwidget.h"
#include "exchange/scheduleexport.h"
#include "exchange/schedulejson.h"
#include "dialogs/jobeditordialog.h"
#include "dialogs/triggereditordialog.h"
#include "models/jobsmodel.h"
#include "models/triggersmodel.h"
#include "schedule/workdaycalendar.h"
#include "translationloader.h"
#include "views/agendaview.h"
#include "views/appicon.h"
#include "views/historyview.h"
#include "views/listpage.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qronos;

namespace {

bool save(QWidget *widget, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

/// Waits up to \a ms for \a done, running the event loop.
template <typename F>
bool waitFor(F done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QTest::qWait(50);
    return done();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QronosScreenshots"));
    QApplication::setApplicationName(QStringLiteral("QronosScreenshots"));
    QApplication::setWindowIcon(applicationIcon());
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 2) {
        std::fprintf(stderr, "usage: qronos_screenshots OUTPUT_DIR [LOCALE]\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QLocale locale(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en_US"));
    QLocale::setDefault(locale);
    TranslationLoader::install(&app, locale);
    QDir().mkpath(out);

    QTemporaryDir dir;
    MainWindow window;
    window.resize(1280, 760);
    window.show();
    ConsoleOptions options;
    options.url = DatabaseUrl::parse(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("qronos.db"))).value();
    options.instanceId = QStringLiteral("desktop-console");
    options.installDemoIntoEmptyStore = true;
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openDatabase(options, true);
    if (!opened.wait(20000) || !opened.at(0).at(0).toString().isEmpty()) {
        std::fprintf(stderr, "cannot open the store\n");
        return 1;
    }
    ConsoleSession *session = window.session();

    // Something to see: a working-day calendar, every demo job fired once (the flaky one fails), and a job that runs
    // long enough to be caught in "Running now".
    auto workdays = std::make_shared<WorkdayCalendar>();
    workdays->setDescription(QApplication::translate("screenshots", "China 2026: weekends, public holidays, make-up days"));
    workdays->setZone(ZoneRules::forId("Asia/Shanghai").value());
    for (const QDate d : {QDate(2026, 10, 1), QDate(2026, 10, 2), QDate(2026, 10, 3), QDate(2026, 10, 4),
                          QDate(2026, 10, 5), QDate(2026, 10, 6), QDate(2026, 10, 7), QDate(2026, 10, 8)})
        workdays->addHoliday(d, QStringLiteral("国庆节"));
    workdays->addMakeUpWorkday(QDate(2026, 9, 27), QStringLiteral("国庆节调休"));
    workdays->addMakeUpWorkday(QDate(2026, 10, 10), QStringLiteral("国庆节调休"));
    (void)session->scheduler().addCalendar(QStringLiteral("cn-workdays"), workdays);
    JobDetail backup(JobKey(QStringLiteral("nightly-backup"), QStringLiteral("ops")), QStringLiteral("noop"));
    backup.setDescription(QApplication::translate("screenshots", "Copies the database to the backup server."));
    backup.setDurable(true);
    backup.jobData().put(QStringLiteral("sleepMs"), qint64(120000));
    (void)session->scheduler().addJob(backup);
    Trigger nightly(TriggerKey(QStringLiteral("workdays-2300"), QStringLiteral("ops")), backup.key(),
                    CronSchedule{CronExpression::parse(QStringLiteral("0 0 23 ? * *")).value()});
    nightly.setTimeZoneId("Asia/Shanghai");
    nightly.setCalendarName(QStringLiteral("cn-workdays"));
    nightly.setStartTime(session->clock().nowMs());
    (void)session->scheduler().scheduleTrigger(nightly);
    for (const char *name : {"heartbeat", "disk-usage", "flaky-export", "weekday-report"})
        (void)session->scheduler().triggerJob(JobKey(QString::fromLatin1(name), QStringLiteral("demo")));
    (void)session->scheduler().triggerJob(backup.key());
    QTest::qWait(8000); // the flaky job fails and retries once; history fills

    bool ok = true;
    const struct
    {
        MainWindow::Page page;
        const char *name;
    } pages[] = {{MainWindow::Page::Jobs, "jobs"},         {MainWindow::Page::Triggers, "triggers"},
                 {MainWindow::Page::Calendars, "calendars"}, {MainWindow::Page::Nodes, "nodes"},
                 {MainWindow::Page::Running, "running"},   {MainWindow::Page::Misfires, "misfires"},
                 {MainWindow::Page::History, "history"},   {MainWindow::Page::Agenda, "agenda"}};
    for (const auto &p : pages) {
        QSignalSpy reloaded(&window, &MainWindow::pageReloaded);
        window.showPage(p.page);
        reloaded.wait(5000);
        QTest::qWait(p.page == MainWindow::Page::History || p.page == MainWindow::Page::Agenda ? 1500 : 400);
        if (p.page == MainWindow::Page::History && window.historyView()) {
            // Select the failed execution so that the output pane and the run chart show something.
            auto *table = window.historyView()->findChild<QTableView *>();
            if (table && table->model()->rowCount() > 0)
                table->selectRow(0);
            QTest::qWait(800);
        }
        if (p.page == MainWindow::Page::Jobs)
            window.listPage(p.page)->selectSourceRow(0);
        ok = save(&window, out, QString::fromLatin1(p.name)) && ok;
    }

    // The editors, on demo data.
    QSet<JobKey> jobKeys;
    QList<JobKey> jobList;
    for (const JobDetail &j : window.jobsModel()->jobs()) {
        jobKeys.insert(j.key());
        jobList.append(j.key());
    }
    const int flaky = window.jobsModel()->rowOf(JobKey(QStringLiteral("flaky-export"), QStringLiteral("demo")));
    if (flaky >= 0) {
        JobEditorDialog dialog(session->registry(), jobKeys, &window);
        dialog.setJob(window.jobsModel()->job(flaky));
        dialog.resize(900, 700);
        dialog.show();
        QTest::qWait(300);
        ok = save(&dialog, out, QStringLiteral("job-editor")) && ok;
    }
    QMap<QString, CalendarPtr> calendars;
    calendars.insert(QStringLiteral("cn-workdays"), workdays);
    if (Result<CalendarPtr> demo = session->store()->retrieveCalendar(QStringLiteral("demo-holidays")); demo)
        calendars.insert(QStringLiteral("demo-holidays"), *demo);
    QSet<TriggerKey> triggerKeys;
    for (const StoredTrigger &t : window.triggersModel()->triggers())
        triggerKeys.insert(t.trigger.key());
    {
        TriggerEditorDialog dialog(jobList, calendars, triggerKeys, &window);
        dialog.setTrigger(nightly);
        dialog.resize(1100, 760);
        dialog.show();
        QTest::qWait(1000);
        ok = save(&dialog, out, QStringLiteral("trigger-editor")) && ok;
    }
    {
        CalendarEditorDialog::Context context;
        context.calendars = calendars;
        for (auto it = calendars.cbegin(); it != calendars.cend(); ++it)
            context.takenNames.insert(it.key());
        context.previewTriggers = {nightly};
        CalendarEditorDialog dialog(context, &window);
        dialog.setPreviewFrom(QDateTime(QDate(2026, 9, 20), QTime(0, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());
        dialog.setCalendar(QStringLiteral("cn-workdays"), workdays);
        dialog.resize(1100, 800);
        dialog.show();
        QTest::qWait(1000);
        ok = save(&dialog, out, QStringLiteral("calendar-editor")) && ok;
    }
    // File menu: the export dialog on the selected job, the dry run of an import that changes the demo, a forecast.
    {
        ExportScheduleDialog dialog(session->store(), &window);
        dialog.selection()->setSelectedJobs({JobKey(QStringLiteral("flaky-export"), QStringLiteral("demo"))});
        dialog.resize(640, 420);
        dialog.show();
        QTest::qWait(500);
        ok = save(&dialog, out, QStringLiteral("export-dialog")) && ok;
    }
    if (Result<ScheduleDocument> demo = readSchedule(*session->store(), {}); demo && !demo->triggers.isEmpty()) {
        // The file a colleague sends: one cron moved by half an hour, one trigger paused, a new job with its trigger.
        ScheduleDocument changed = *demo;
        for (DocumentTrigger &t : changed.triggers) {
            if (auto *cron = std::get_if<CronSchedule>(&t.trigger.schedule())) {
                if (Result<CronExpression> later = CronExpression::parse(QStringLiteral("0 30 3 * * ?")); later)
                    cron->expression = *later;
                break;
            }
        }
        changed.triggers.last().paused = true;
        JobDetail audit(JobKey(QStringLiteral("weekly-audit"), QStringLiteral("reports")), QStringLiteral("log"));
        audit.setDurable(true);
        audit.setDescription(QStringLiteral("Weekly audit of the schedule"));
        audit.jobData().put(QStringLiteral("message"), "audit");
        changed.jobs.append(DocumentJob{audit, {}});
        DocumentTrigger weekly = changed.triggers.first();
        weekly.trigger.setKey(TriggerKey(QStringLiteral("weekly-audit"), QStringLiteral("reports")));
        weekly.trigger.setJobKey(audit.key());
        weekly.paused = false;
        changed.triggers.append(weekly);
        QTemporaryDir files;
        const QString file = files.filePath(QStringLiteral("schedule-from-staging.json"));
        QFile f(file);
        if (f.open(QIODevice::WriteOnly) && f.write(ScheduleJson::write(changed)) > 0) {
            f.close();
            ImportScheduleDialog dialog(session->store(), session->schedulerHandle(), &window);
            QSignalSpy planned(&dialog, &ImportScheduleDialog::planned);
            dialog.setFile(file);
            planned.wait(10000);
            dialog.resize(1000, 620);
            dialog.show();
            QTest::qWait(500);
            ok = save(&dialog, out, QStringLiteral("import-dialog")) && ok;
        }
    }
    {
        ForecastDialog dialog(session->store(), &window);
        dialog.resize(640, 560);
        dialog.show();
        QTest::qWait(500);
        ok = save(&dialog, out, QStringLiteral("forecast-dialog")) && ok;
    }
    session->stopNode(false);
    return ok ? 0 : 1;
}
