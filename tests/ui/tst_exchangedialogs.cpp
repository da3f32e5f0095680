// The console's File menu for exchange: the export, import (dry-run plan, then one transaction) and forecast
// dialogs on a real SQLite store with the real scheduler facade, and the menu actions of the main window.

#include "dialogs/exportscheduledialog.h"
#include "dialogs/forecastdialog.h"
#include "dialogs/importscheduledialog.h"
#include "dialogs/scheduleselectionwidget.h"
#include "exchange/forecastexport.h"
#include "exchange/quartzxml.h"
#include "exchange/scheduleexport.h"
#include "exchange/schedulejson.h"
#include "jobs/jobtyperegistry.h"
#include "runtime/scheduler.h"
#include "store/sqljobstore.h"
#include "views/errorlabel.h"
#include "views/historyview.h"
#include "views/listpage.h"
#include "views/mainwindow.h"
#include "models/jobsmodel.h"
#include "widgetfinder.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace Qronos;
using Qronos::Testing::child;

namespace {

/// Two groups, a calendar used by one trigger, a paused trigger: what the exports and the plan are checked on.
const char *const kSeed = R"({
  "format": "qronos/1",
  "calendars": [
    {"name": "holidays", "kind": "holiday", "timeZone": "UTC", "excludedDates": ["2030-01-01"]}
  ],
  "jobs": [
    {"group": "reports", "name": "nightly", "type": "shell", "durable": true,
     "data": {"program": "/opt/reports/nightly.sh"}},
    {"group": "reports", "name": "weekly", "type": "noop", "durable": true},
    {"group": "ops", "name": "cleanup", "type": "noop", "durable": true}
  ],
  "triggers": [
    {"group": "reports", "name": "nightly-cron", "jobGroup": "reports", "jobName": "nightly", "kind": "cron",
     "cron": "0 0 2 * * ?", "timeZone": "UTC", "startTime": "2026-01-01T00:00:00.000Z", "calendar": "holidays"},
    {"group": "reports", "name": "weekly-cron", "jobGroup": "reports", "jobName": "weekly", "kind": "cron",
     "cron": "0 0 6 ? * MON", "timeZone": "UTC", "startTime": "2026-01-01T00:00:00.000Z", "paused": true},
    {"group": "ops", "name": "cleanup-cron", "jobGroup": "ops", "jobName": "cleanup", "kind": "cron",
     "cron": "0 */15 * * * ?", "timeZone": "UTC", "startTime": "2026-01-01T00:00:00.000Z"}
  ]
})";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// The texts of a plan tree's headings ("Added (2)", ...).
QStringList headings(const QTreeWidget *tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(ImportScheduleDialog::ItemColumn);
    return out;
}

/// The row of \a itemText under any heading, or null.
QTreeWidgetItem *planRow(const QTreeWidget *tree, const QString &itemText)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *heading = tree->topLevelItem(i);
        for (int c = 0; c < heading->childCount(); ++c) {
            if (heading->child(c)->text(ImportScheduleDialog::ItemColumn) == itemText)
                return heading->child(c);
        }
    }
    return nullptr;
}

} // namespace

class tst_ExchangeDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportEverythingIsTheEngineExport();
    void exportSelectedJobsOrGroups();
    void exportQuartzXmlSaysWhatItLeavesOut();
    void reimportingAnExportChangesNothing();
    void importShowsThePlanAndApplies();
    void importWithProblemsChangesNothing_data();
    void importWithProblemsChangesNothing();
    void importQuartzXmlWithAMapping();
    void forecastIsTheEngineForecast();
    void forecastRefusesABadPeriod();
    void fileMenuOfTheMainWindow();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// The store's whole schedule as qronos/1 JSON.
    QByteArray storeJson();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<SqlJobStore> m_store;
    std::shared_ptr<Scheduler> m_scheduler;
};

void tst_ExchangeDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    SqlJobStore::Options options;
    options.instanceId = QStringLiteral("console-test");
    auto store = SqlJobStore::open(DatabaseUrl::parse(QStringLiteral("sqlite://") + path(QStringLiteral("s.db"))).value(),
                                   options);
    QVERIFY2(store, qPrintable(store.error()));
    m_store = std::shared_ptr<SqlJobStore>(std::move(store).value());
    auto registry = std::make_shared<JobTypeRegistry>();
    QVERIFY(registerBuiltInJobTypes(*registry));
    m_scheduler = std::make_shared<Scheduler>(m_store, registry, SchedulerConfig{});
    const ScheduleJson::ReadResult seed = ScheduleJson::read(kSeed);
    QVERIFY2(seed.ok(), qPrintable(seed.problems.value(0).toString()));
    const Result<ImportReport> seeded = m_store->applyImport(seed.document);
    QVERIFY2(seeded && seeded->applied, seeded ? qPrintable(seeded->plan.problems.value(0).toString()) : qPrintable(seeded.error()));
}

void tst_ExchangeDialogs::cleanup()
{
    m_scheduler.reset();
    m_store.reset();
    m_dir.reset();
}

QByteArray tst_ExchangeDialogs::storeJson()
{
    const Result<ScheduleDocument> all = readSchedule(*m_store, {});
    return all ? ScheduleJson::write(*all) : QByteArray();
}

void tst_ExchangeDialogs::exportEverythingIsTheEngineExport()
{
    ExportScheduleDialog dialog(m_store);
    QCOMPARE(dialog.selection()->scope(), ScheduleSelectionWidget::Scope::Everything);
    QSignalSpy exported(&dialog, &ExportScheduleDialog::exported);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    const QString file = path(QStringLiteral("all.json"));
    dialog.exportTo(file);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.at(0).at(0).toString(), QString());
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(readAll(file), storeJson());
    QCOMPARE(dialog.summary(), QStringLiteral("Exported 3 job(s), 3 trigger(s) and 1 calendar(s) to %1.")
                                   .arg(QDir::toNativeSeparators(file)));
}

void tst_ExchangeDialogs::exportSelectedJobsOrGroups()
{
    ExportScheduleDialog dialog(m_store);
    dialog.show();
    auto *exportButton = child<QPushButton>(&dialog, "exportButton");
    auto *groupList = child<QListWidget>(&dialog, "groupList");
    QTRY_COMPARE(groupList->count(), 2); // the job groups, read off the GUI thread

    // The jobs selected in the console become the default choice.
    dialog.selection()->setSelectedJobs({JobKey(QStringLiteral("weekly"), QStringLiteral("reports"))});
    QCOMPARE(dialog.selection()->scope(), ScheduleSelectionWidget::Scope::SelectedJobs);
    QSignalSpy exported(&dialog, &ExportScheduleDialog::exported);
    dialog.exportTo(path(QStringLiteral("one.json")));
    QVERIFY(exported.wait(10000));
    ScheduleJson::ReadResult one = ScheduleJson::read(readAll(path(QStringLiteral("one.json"))));
    QVERIFY(one.ok());
    QCOMPARE(one.document.jobs.size(), 1);
    QCOMPARE(one.document.jobs.at(0).job.key().toString(), QStringLiteral("reports.weekly"));
    QCOMPARE(one.document.triggers.size(), 1);
    QVERIFY(one.document.triggers.at(0).paused);
    QCOMPARE(one.document.calendars.size(), 0); // its trigger uses none

    // Groups chosen but none checked: the dialog says so and cannot export.
    dialog.selection()->setScope(ScheduleSelectionWidget::Scope::Groups);
    QVERIFY(!exportButton->isEnabled());
    auto *error = child<ErrorLabel>(&dialog, "exportError");
    QCOMPARE(error->text(), QStringLiteral("Check at least one job group."));
    dialog.selection()->setCheckedGroups({QStringLiteral("reports")});
    QVERIFY(exportButton->isEnabled());
    QVERIFY(!error->hasMessage());
    exported.clear();
    dialog.exportTo(path(QStringLiteral("reports.json")));
    QVERIFY(exported.wait(10000));
    ScheduleJson::ReadResult reports = ScheduleJson::read(readAll(path(QStringLiteral("reports.json"))));
    QVERIFY(reports.ok());
    QCOMPARE(reports.document.jobs.size(), 2);
    QCOMPARE(reports.document.triggers.size(), 2);
    QCOMPARE(reports.document.calendars.size(), 1);
    QCOMPARE(reports.document.calendars.at(0).name, QStringLiteral("holidays"));
}

void tst_ExchangeDialogs::exportQuartzXmlSaysWhatItLeavesOut()
{
    ExportScheduleDialog dialog(m_store);
    dialog.show();
    dialog.setFormat(ScheduleFormat::QuartzXml);
    QSignalSpy exported(&dialog, &ExportScheduleDialog::exported);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    const QString file = path(QStringLiteral("quartz.xml"));
    dialog.exportTo(file);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.at(0).at(0).toString(), QString());
    // Quartz XML has no calendars: the dialog stays open and names what the file lacks.
    QCOMPARE(accepted.count(), 0);
    auto *result = child<QLabel>(&dialog, "exportResult");
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(QStringLiteral("holidays")), qPrintable(result->text()));
    QVERIFY(!child<QPushButton>(&dialog, "exportButton")->isVisible());
    // The file is what the engine writes, and Quartz XML reads it back with every job.
    const QuartzXmlReadResult back = QuartzXml::read(readAll(file), {});
    QVERIFY2(back.ok(), qPrintable(back.problems.value(0).toString()));
    QCOMPARE(back.document.jobs.size(), 3);

    // A mapping file that does not parse is an error naming it; nothing is written.
    QVERIFY(writeFile(path(QStringLiteral("bad.mapping")), "not a mapping line\n"));
    dialog.setMappingFile(path(QStringLiteral("bad.mapping")));
    exported.clear();
    child<QPushButton>(&dialog, "exportButton")->show();
    dialog.exportTo(path(QStringLiteral("never.xml")));
    QVERIFY(exported.wait(10000));
    QVERIFY2(exported.at(0).at(0).toString().contains(QStringLiteral("bad.mapping")),
             qPrintable(exported.at(0).at(0).toString()));
    QVERIFY(!QFile::exists(path(QStringLiteral("never.xml"))));
}

void tst_ExchangeDialogs::reimportingAnExportChangesNothing()
{
    const QString file = path(QStringLiteral("same.json"));
    QVERIFY(writeFile(file, storeJson()));
    ImportScheduleDialog dialog(m_store, m_scheduler);
    QSignalSpy planned(&dialog, &ImportScheduleDialog::planned);
    dialog.setFile(file);
    QVERIFY(planned.wait(10000));
    QVERIFY(dialog.problems().isEmpty());
    QCOMPARE(headings(dialog.planTree()), QStringList{QStringLiteral("Unchanged (7)")});
    QVERIFY(!dialog.canApply());
    QVERIFY(!child<QPushButton>(&dialog, "applyButton")->isEnabled());
    QCOMPARE(child<QLabel>(&dialog, "planStatus")->text(),
             QStringLiteral("Nothing to import: the schedule already holds what the file says."));
}

void tst_ExchangeDialogs::importShowsThePlanAndApplies()
{
    // The export, with one cron changed, one job and its trigger added, and a trigger deleted by a directive.
    QByteArray json = storeJson();
    QVERIFY(json.contains("\"0 */15 * * * ?\""));
    json.replace("\"0 */15 * * * ?\"", "\"0 */30 * * * ?\"");
    ScheduleJson::ReadResult doc = ScheduleJson::read(json);
    QVERIFY(doc.ok());
    JobDetail added(JobKey(QStringLiteral("audit"), QStringLiteral("ops")), QStringLiteral("noop"));
    added.setDurable(true);
    doc.document.jobs.append(DocumentJob{added, {}});
    DocumentTrigger addedTrigger = doc.document.triggers.at(0);
    addedTrigger.trigger.setKey(TriggerKey(QStringLiteral("audit-cron"), QStringLiteral("ops")));
    addedTrigger.trigger.setJobKey(added.key());
    doc.document.triggers.append(addedTrigger);
    const QString file = path(QStringLiteral("changed.json"));
    QVERIFY(writeFile(file, ScheduleJson::write(doc.document)));

    ImportScheduleDialog dialog(m_store, m_scheduler);
    QSignalSpy planned(&dialog, &ImportScheduleDialog::planned);
    dialog.setFile(file);
    QVERIFY(planned.wait(10000));
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().value(0).toString()));
    QCOMPARE(headings(dialog.planTree()),
             (QStringList{QStringLiteral("Added (2)"), QStringLiteral("Changed (1)"), QStringLiteral("Unchanged (6)")}));
    QVERIFY(planRow(dialog.planTree(), QStringLiteral("Job ops.audit")));
    QVERIFY(planRow(dialog.planTree(), QStringLiteral("Trigger ops.audit-cron")));
    QTreeWidgetItem *changed = planRow(dialog.planTree(), QStringLiteral("Trigger ops.cleanup-cron"));
    QVERIFY(changed);
    QCOMPARE(changed->childCount(), 1);
    QCOMPARE(changed->child(0)->text(ImportScheduleDialog::FieldColumn), QStringLiteral("cron"));
    QCOMPARE(changed->child(0)->text(ImportScheduleDialog::BeforeColumn), QStringLiteral("\"0 */15 * * * ?\""));
    QCOMPARE(changed->child(0)->text(ImportScheduleDialog::AfterColumn), QStringLiteral("\"0 */30 * * * ?\""));
    QVERIFY(changed->isExpanded());
    QVERIFY(!dialog.planTree()->topLevelItem(2)->isExpanded()); // unchanged ones start folded
    QVERIFY(child<QPushButton>(&dialog, "applyButton")->isEnabled());

    // Nothing was written by the dry run.
    QCOMPARE(m_store->retrieveJob(added.key()).value(), std::nullopt);

    QSignalSpy applied(&dialog, &ImportScheduleDialog::applied);
    QSignalSpy scheduleChanged(m_scheduler.get(), &Scheduler::scheduleChanged);
    child<QPushButton>(&dialog, "applyButton")->click();
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.at(0).at(0).toString(), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.summary(), QStringLiteral("Imported changed.json: 2 added, 1 changed, 0 removed."));
    QCOMPARE(scheduleChanged.count(), 1); // the lists reload and the scheduler thread looks again
    QVERIFY(m_store->retrieveJob(added.key()).value().has_value());
    QCOMPARE(readAll(file), storeJson()); // the store now holds exactly the file
}

void tst_ExchangeDialogs::importWithProblemsChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where");   // expected in the problem's place
    QTest::addColumn<QString>("message"); // expected in its text

    QTest::newRow("truncated") << QByteArray(kSeed).left(300) << QStringLiteral("line ") << QString();
    QTest::newRow("invalid cron") << QByteArray(kSeed).replace("0 0 2 * * ?", "0 0 25 * * ?")
                                  << QStringLiteral("$.triggers[0]") << QStringLiteral("25");
    QTest::newRow("same key twice")
        << QByteArray(kSeed).replace("\"name\": \"weekly\"", "\"name\": \"nightly\"")
        << QStringLiteral("$.jobs[1]") << QStringLiteral("reports.nightly");
    QTest::newRow("shell job without a program")
        << QByteArray(kSeed).replace("\"data\": {\"program\": \"/opt/reports/nightly.sh\"}", "\"data\": {}")
        << QStringLiteral("$.jobs[0]") << QStringLiteral("program");
    QTest::newRow("not qronos/1") << QByteArray(R"({"format": "other/9"})") << QStringLiteral("$.format")
                                  << QStringLiteral("qronos/1");
}

void tst_ExchangeDialogs::importWithProblemsChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const QByteArray before = storeJson();
    const QString file = path(QStringLiteral("bad.json"));
    QVERIFY(writeFile(file, content));

    ImportScheduleDialog dialog(m_store, m_scheduler);
    dialog.show();
    QSignalSpy planned(&dialog, &ImportScheduleDialog::planned);
    dialog.setFile(file);
    QVERIFY(planned.wait(10000));
    QVERIFY(!dialog.problems().isEmpty());
    auto *problems = child<QTreeWidget>(&dialog, "problemList");
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->topLevelItemCount(), int(dialog.problems().size()));
    bool found = false;
    for (int i = 0; i < problems->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = problems->topLevelItem(i);
        found = found || (row->text(0).contains(where) && row->text(1).contains(message));
    }
    QVERIFY2(found, qPrintable(dialog.problems().constFirst().toString()));
    QVERIFY(!child<QPushButton>(&dialog, "applyButton")->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "planStatus")->text().startsWith(QStringLiteral("The import cannot be applied")));
    dialog.apply(); // refused: nothing is written
    QTest::qWait(100);
    QCOMPARE(storeJson(), before);
}

void tst_ExchangeDialogs::importQuartzXmlWithAMapping()
{
    const QString fixtures = QStringLiteral(QRONOS_SOURCE_DIR "/tests/fixtures/quartzxml/");
    ImportScheduleDialog dialog(m_store, m_scheduler);
    dialog.show();
    QSignalSpy planned(&dialog, &ImportScheduleDialog::planned);
    dialog.setFile(fixtures + QStringLiteral("acme_nightly.xml"));
    QVERIFY(planned.wait(10000));
    // Without a mapping the Java classes mean nothing here: every one is a located problem.
    QVERIFY(!dialog.problems().isEmpty());
    QVERIFY2(dialog.problems().constFirst().toString().contains(QStringLiteral("com.acme.batch.ReportJob")),
             qPrintable(dialog.problems().constFirst().toString()));
    QVERIFY(dialog.problems().constFirst().location.line > 0);
    QVERIFY(child<QWidget>(&dialog, "mappingEdit")->isVisible()); // the XML options show for an XML file

    planned.clear();
    dialog.setMappingFile(fixtures + QStringLiteral("acme.mapping"));
    QVERIFY(planned.wait(10000));
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().value(0).toString()));
    QVERIFY(planRow(dialog.planTree(), QStringLiteral("Job nightly.salesReport")));
    QVERIFY(dialog.canApply());
    QSignalSpy applied(&dialog, &ImportScheduleDialog::applied);
    dialog.apply();
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.at(0).at(0).toString(), QString());
    const std::optional<JobDetail> report
        = m_store->retrieveJob(JobKey(QStringLiteral("salesReport"), QStringLiteral("nightly"))).value();
    QVERIFY(report);
    QCOMPARE(report->jobType(), QStringLiteral("shell"));
    QCOMPARE(report->jobData().value(QStringLiteral("program")).toString(), QStringLiteral("/opt/acme/bin/sales-report"));
}

void tst_ExchangeDialogs::forecastIsTheEngineForecast()
{
    ForecastDialog dialog(m_store);
    dialog.show();
    dialog.setZone(QStringLiteral("Asia/Shanghai"));
    // 2029-12-31 00:00 to 2030-01-03 00:00 in Shanghai; 2030-01-01 is a holiday of the nightly trigger's calendar.
    dialog.setPeriod(QDateTime(QDate(2029, 12, 31), QTime(0, 0)), QDateTime(QDate(2030, 1, 3), QTime(0, 0)));
    QVERIFY(dialog.problem().isEmpty());
    QSignalSpy exported(&dialog, &ForecastDialog::exported);
    const QString file = path(QStringLiteral("forecast.csv"));
    dialog.exportTo(file);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.at(0).at(0).toString(), QString());

    // Byte for byte what the engine writes for the same period and zone.
    const QTimeZone shanghai("Asia/Shanghai");
    ForecastExport::Options options;
    options.fromMs = QDateTime(QDate(2029, 12, 31), QTime(0, 0), shanghai).toMSecsSinceEpoch();
    options.toMs = QDateTime(QDate(2030, 1, 3), QTime(0, 0), shanghai).toMSecsSinceEpoch();
    options.zone = ZoneRules::forId("Asia/Shanghai").value();
    options.byteOrderMark = true;
    const ForecastExport::Source source = ForecastExport::load(*m_store, {}).value();
    QBuffer expected;
    expected.open(QIODevice::WriteOnly);
    const ForecastExport::Summary summary = ForecastExport::write(source, &expected, options).value();
    const QByteArray written = readAll(file);
    QCOMPARE(written, expected.data());
    // The cleanup trigger fires every 15 minutes for 72 hours; the nightly one on 2 of the 3 days (not the holiday);
    // the weekly one is paused.
    QCOMPARE(summary.fires, qint64(72 * 4 + 2));
    QCOMPARE(written.count("reports,nightly-cron"), 2);
    QVERIFY(!written.contains("weekly-cron"));
    QCOMPARE(dialog.summary(), QStringLiteral("Wrote 290 fire(s) to %1. 1 paused trigger(s) left out.")
                                   .arg(QDir::toNativeSeparators(file)));

    // iCalendar, the nightly job only, one event per fire: the holiday has none.
    ForecastDialog ics(m_store);
    ics.setFormat(ForecastDialog::Format::ICalendar);
    ics.setZone(QStringLiteral("UTC"));
    ics.setPeriod(QDateTime(QDate(2029, 12, 30), QTime(0, 0)), QDateTime(QDate(2030, 1, 3), QTime(0, 0)));
    ics.selection()->setSelectedJobs({JobKey(QStringLiteral("nightly"), QStringLiteral("reports"))});
    child<QCheckBox>(&ics, "recurrenceCheck")->setChecked(false);
    QSignalSpy icsExported(&ics, &ForecastDialog::exported);
    ics.exportTo(path(QStringLiteral("nightly.ics")));
    QVERIFY(icsExported.wait(10000));
    QCOMPARE(icsExported.at(0).at(0).toString(), QString());
    const QByteArray nightly = readAll(path(QStringLiteral("nightly.ics")));
    QVERIFY(nightly.startsWith("BEGIN:VCALENDAR"));
    QCOMPARE(nightly.count("BEGIN:VEVENT"), 3);
    for (const char *day : {"DTSTART:20291230T020000Z", "DTSTART:20291231T020000Z", "DTSTART:20300102T020000Z"})
        QVERIFY2(nightly.contains(day), day);
    QVERIFY(!nightly.contains("RRULE"));

    // The ops group with repeat rules: the cleanup trigger's fires are one rule.
    ForecastDialog rule(m_store);
    rule.setFormat(ForecastDialog::Format::ICalendar);
    rule.setZone(QStringLiteral("UTC"));
    rule.setPeriod(QDateTime(QDate(2030, 1, 1), QTime(0, 0)), QDateTime(QDate(2030, 1, 2), QTime(0, 0)));
    rule.selection()->setScope(ScheduleSelectionWidget::Scope::Groups);
    QTRY_COMPARE(child<QListWidget>(&rule, "groupList")->count(), 2);
    rule.selection()->setCheckedGroups({QStringLiteral("ops")});
    QSignalSpy ruleExported(&rule, &ForecastDialog::exported);
    rule.exportTo(path(QStringLiteral("ops.ics")));
    QVERIFY(ruleExported.wait(10000));
    const QByteArray ops = readAll(path(QStringLiteral("ops.ics")));
    QCOMPARE(ops.count("BEGIN:VEVENT"), 1);
    QVERIFY2(ops.contains("RRULE:FREQ=MINUTELY;INTERVAL=15;COUNT=96"), ops.constData());
    QVERIFY2(rule.summary().contains(QStringLiteral("1 event(s) repeat by a rule.")), qPrintable(rule.summary()));
}

void tst_ExchangeDialogs::forecastRefusesABadPeriod()
{
    ForecastDialog dialog(m_store);
    dialog.show();
    auto *exportButton = child<QPushButton>(&dialog, "exportButton");
    auto *error = child<ErrorLabel>(&dialog, "exportError");
    dialog.setPeriod(QDateTime(QDate(2030, 1, 3), QTime(0, 0)), QDateTime(QDate(2030, 1, 2), QTime(0, 0)));
    QVERIFY(!exportButton->isEnabled());
    QCOMPARE(error->text(), QStringLiteral("The period ends before it starts: \"Until\" must be later than \"From\"."));
    dialog.setPeriod(QDateTime(QDate(2030, 1, 1), QTime(0, 0)), QDateTime(QDate(2030, 1, 2), QTime(0, 0)));
    QVERIFY(exportButton->isEnabled());
    dialog.setZone(QStringLiteral("Mars/Olympus_Mons"));
    QVERIFY(!exportButton->isEnabled());
    QVERIFY2(error->text().contains(QStringLiteral("Mars/Olympus_Mons")), qPrintable(error->text()));
    dialog.exportTo(path(QStringLiteral("never.csv"))); // refused
    QTest::qWait(100);
    QVERIFY(!QFile::exists(path(QStringLiteral("never.csv"))));
}

void tst_ExchangeDialogs::fileMenuOfTheMainWindow()
{
    // The window opens its own store (the demo schedule); this test's store is not used.
    auto window = std::make_unique<MainWindow>();
    window->show();
    ConsoleOptions options;
    options.url = DatabaseUrl::parse(QStringLiteral("sqlite://") + path(QStringLiteral("window.db"))).value();
    options.instanceId = QStringLiteral("console-test");
    options.installDemoIntoEmptyStore = true;
    QSignalSpy opened(window.get(), &MainWindow::databaseOpened);
    window->openDatabase(options, false);
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.at(0).at(0).toString(), QString());
    auto *importAction = window->findChild<QAction *>(QStringLiteral("importAction"));
    auto *exportAction = window->findChild<QAction *>(QStringLiteral("exportAction"));
    auto *forecastAction = window->findChild<QAction *>(QStringLiteral("forecastAction"));
    QVERIFY(importAction && exportAction && forecastAction);
    QVERIFY(importAction->isEnabled() && exportAction->isEnabled() && forecastAction->isEnabled());

    // Export with one job selected on the Jobs page: the dialog offers that job, and the status bar tells the end.
    window->showPage(MainWindow::Page::Jobs);
    QTRY_COMPARE(window->jobsModel()->rowCount(), 6);
    const JobKey disk(QStringLiteral("disk-usage"), QStringLiteral("demo"));
    window->listPage(MainWindow::Page::Jobs)->selectSourceRow(window->jobsModel()->rowOf(disk));
    const QString file = path(QStringLiteral("disk.json"));
    bool offered = false;
    Testing::onNextDialog<ExportScheduleDialog>([&offered, file](ExportScheduleDialog *dialog) {
        offered = dialog->selection()->scope() == ScheduleSelectionWidget::Scope::SelectedJobs
                  && dialog->selection()->jobs() == QList<JobKey>{JobKey(QStringLiteral("disk-usage"),
                                                                         QStringLiteral("demo"))};
        dialog->exportTo(file);
    });
    exportAction->trigger(); // returns when the dialog closes
    QVERIFY(offered);
    const ScheduleJson::ReadResult exported = ScheduleJson::read(readAll(file));
    QVERIFY(exported.ok());
    QCOMPARE(exported.document.jobs.size(), 1);
    QVERIFY2(window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported 1 job")),
             qPrintable(window->statusBar()->currentMessage()));

    // Import: the file chooser, then the plan; applying it shows in the lists.
    // The exported job and its triggers under new names.
    ScheduleDocument renamed = exported.document;
    const JobKey copyKey(QStringLiteral("disk-usage-2"), QStringLiteral("demo"));
    renamed.jobs[0].job.setKey(copyKey);
    QCOMPARE(renamed.triggers.size(), 1);
    renamed.triggers[0].trigger.setKey(TriggerKey(QStringLiteral("copy"), QStringLiteral("demo")));
    renamed.triggers[0].trigger.setJobKey(copyKey);
    const QByteArray json = ScheduleJson::write(renamed);
    const QString copy = path(QStringLiteral("copy.json"));
    QVERIFY(writeFile(copy, json));
    Testing::onNextDialog<QFileDialog>([copy](QFileDialog *chooser) {
        // What a user types (selectFile() leaves the name box alone while it has the focus).
        child<QLineEdit>(chooser, "fileNameEdit")->setText(copy);
        static_cast<QDialog *>(chooser)->accept(); // QFileDialog::accept(), which is protected there
    });
    bool planShown = false;
    Testing::onNextDialog<ImportScheduleDialog>([&planShown](ImportScheduleDialog *dialog) {
        auto *spy = new QSignalSpy(dialog, &ImportScheduleDialog::planned);
        QTRY_VERIFY_WITH_TIMEOUT(spy->count() > 0 || !dialog->plan().items.isEmpty(), 10000);
        delete spy;
        planShown = dialog->canApply() && dialog->plan().count(PlanAction::Added) == 2;
        dialog->apply();
    });
    importAction->trigger();
    QVERIFY(planShown);
    QTRY_COMPARE(window->jobsModel()->rowCount(), 7);
    QVERIFY(window->jobsModel()->rowOf(copyKey) >= 0);
    QVERIFY2(window->statusBar()->currentMessage().startsWith(QStringLiteral("Imported copy.json: 2 added")),
             qPrintable(window->statusBar()->currentMessage()));

    // The execution history: the History page (its filters choose the rows), a file, the rows streamed to it.
    auto *historyAction = window->findChild<QAction *>(QStringLiteral("historyExportAction"));
    QVERIFY(historyAction && historyAction->isEnabled());
    const QString history = path(QStringLiteral("history.csv"));
    Testing::onNextDialog<QFileDialog>([history](QFileDialog *chooser) {
        child<QLineEdit>(chooser, "fileNameEdit")->setText(history);
        static_cast<QDialog *>(chooser)->accept();
    });
    QSignalSpy historyExported(window->historyView(), &HistoryView::exportFinished);
    historyAction->trigger();
    QCOMPARE(window->currentPage(), MainWindow::Page::History);
    QVERIFY(historyExported.count() > 0 || historyExported.wait(10000));
    QVERIFY2(historyExported.at(0).at(0).toBool(), qPrintable(historyExported.at(0).at(2).toString()));
    QVERIFY(readAll(history).contains("fired_at_utc,fired_at_local,"));
}

QTEST_MAIN(tst_ExchangeDialogs)
#include "tst_exchangedialogs.moc"
