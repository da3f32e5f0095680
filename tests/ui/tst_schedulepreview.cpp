// The schedule preview window: its fire-time model, validation as the user types, the four kinds,
// calendars, and the main window around it. Runs on the offscreen platform with TZ=UTC.

#include "models/firetimemodel.h"
#include "models/firetimepreview.h"
#include "schedule/calendarspec.h"
#include "schedule/crondescription.h"
#include "schedule/cronexpression.h"
#include "translationloader.h"
#include "views/errorlabel.h"
#include "views/mainwindow.h"
#include "views/schedulepreviewwidget.h"
#include "widgetfinder.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Qronos;
using Qronos::Testing::child;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QString cell(const FireTimeModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class tst_SchedulePreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelPassesTester();
    void modelFormatsZones();
    void invalidCronShowsErrorAndEmptiesTable();
    void cronSkipsSpringForwardDay();
    void switchingKinds();
    void simpleTrigger();
    void dailyTimeInterval();
    void calendarExcludesTimes();
    void invalidZoneAndCalendar();
    void endBeforeStart();
    void countLimitsRows();
    void runawayCalendarSearchStops();
    void mainWindowMenus();
    void translationsAreEmbedded(); // last: it installs translators

private:
    void setCron(const QString &expression);
    void setZone(const QString &zone);
    void setStartWall(const QDateTime &wall);
    bool waitForRows(int rows);

    SchedulePreviewWidget *m_widget = nullptr;
};

void tst_SchedulePreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QronosTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_schedulepreview"));
}

void tst_SchedulePreview::init()
{
    m_widget = new SchedulePreviewWidget;
    // Every reset and change the widget makes to its model is checked as it happens.
    new QAbstractItemModelTester(m_widget->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_widget);
    m_widget->resize(1200, 700);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget));
}

void tst_SchedulePreview::cleanup()
{
    delete m_widget;
    m_widget = nullptr;
}

void tst_SchedulePreview::setCron(const QString &expression)
{
    m_widget->setKind(TriggerKind::Cron);
    auto *edit = child<QLineEdit>(m_widget, "cronEdit");
    edit->clear();
    QTest::keyClicks(edit, expression);
}

void tst_SchedulePreview::setZone(const QString &zone)
{
    auto *combo = child<QComboBox>(m_widget, "zoneCombo");
    combo->setEditText(zone);
}

void tst_SchedulePreview::setStartWall(const QDateTime &wall)
{
    child<QDateTimeEdit>(m_widget, "startEdit")->setDateTime(QDateTime(wall.date(), wall.time(), Qt::UTC));
}

bool tst_SchedulePreview::waitForRows(int rows)
{
    // Results come from a worker thread; wait until the table shows the current fields.
    const bool settled = QTest::qWaitFor([this]() { return m_widget->isUpToDate(); }, 5000);
    if (!settled || m_widget->model()->rowCount() != rows)
        qWarning("rows: %d, expected %d (%s)", m_widget->model()->rowCount(), rows, settled ? "settled" : "pending");
    return settled && m_widget->model()->rowCount() == rows;
}

void tst_SchedulePreview::modelPassesTester()
{
    FireTimeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ZoneRulesPtr berlin = *ZoneRules::forId("Europe/Berlin");
    model.setFireTimes({utc("2024-03-30T12:00:00Z"), utc("2024-03-31T11:00:00Z"), utc("2024-04-01T11:00:00.250Z")},
                       berlin);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(FireTimeModel::ColumnCount));
    QCOMPARE(model.index(2, FireTimeModel::UtcColumn).data(FireTimeModel::InstantRole).toLongLong(),
             utc("2024-04-01T11:00:00.250Z"));
    model.setLocalZone(*ZoneRules::forId("Asia/Shanghai"));
    model.setFireTimes({utc("2024-01-01T00:00:00Z")}, ZoneRules::utc());
    // Excluded times go in time order among the fires, greyed, struck through and unnumbered.
    model.setFireTimes({utc("2024-01-01T00:00:00Z"), utc("2024-01-04T00:00:00Z")}, ZoneRules::utc(),
                       {utc("2024-01-02T00:00:00Z"), utc("2024-01-03T00:00:00Z"), utc("2024-01-05T00:00:00Z")});
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.fireTimes().size(), 2);
    QCOMPARE(model.excludedTimes().size(), 3);
    const bool excluded[] = {false, true, true, false, true};
    const char *const numbers[] = {"1", "", "", "2", ""};
    for (int row = 0; row < 5; ++row) {
        const QModelIndex index = model.index(row, FireTimeModel::TriggerZoneColumn);
        QCOMPARE(index.data(FireTimeModel::ExcludedRole).toBool(), excluded[row]);
        QCOMPARE(model.isExcluded(row), excluded[row]);
        QCOMPARE(index.data(Qt::FontRole).value<QFont>().strikeOut(), excluded[row]);
        QCOMPARE(index.data(Qt::ForegroundRole).isValid(), excluded[row]);
        QCOMPARE(cell(&model, row, FireTimeModel::NumberColumn), QString::fromLatin1(numbers[row]));
        QCOMPARE(index.data(FireTimeModel::InstantRole).toLongLong(), utc("2024-01-01T00:00:00Z") + row * 86400000LL);
    }
    model.clear();
    QVERIFY(model.excludedTimes().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    model.clear();
    model.setFireTimes({}, nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void tst_SchedulePreview::modelFormatsZones()
{
    QLocale::setDefault(QLocale::c());
    FireTimeModel model;
    model.setLocalZone(*ZoneRules::forId("Asia/Shanghai"));
    model.setFireTimes({utc("2024-03-30T12:00:00Z"), utc("2024-03-31T11:00:00Z")}, *ZoneRules::forId("Europe/Berlin"));
    QCOMPARE(cell(&model, 0, FireTimeModel::NumberColumn), QStringLiteral("1"));
    QCOMPARE(cell(&model, 0, FireTimeModel::TriggerZoneColumn), QStringLiteral("2024-03-30 Sat 13:00:00 +01:00"));
    QCOMPARE(cell(&model, 1, FireTimeModel::TriggerZoneColumn), QStringLiteral("2024-03-31 Sun 13:00:00 +02:00"));
    QCOMPARE(cell(&model, 1, FireTimeModel::LocalZoneColumn), QStringLiteral("2024-03-31 Sun 19:00:00 +08:00"));
    QCOMPARE(cell(&model, 1, FireTimeModel::UtcColumn), QStringLiteral("2024-03-31T11:00:00Z"));
    QVERIFY(model.headerData(FireTimeModel::TriggerZoneColumn, Qt::Horizontal).toString().contains(
        QStringLiteral("Europe/Berlin")));
    // The daylight-saving change is pointed out on the row after it.
    QVERIFY(model.index(1, FireTimeModel::TriggerZoneColumn).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("+01:00 to +02:00")));
    QVERIFY(model.index(1, FireTimeModel::TriggerZoneColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(0, FireTimeModel::TriggerZoneColumn).data(Qt::FontRole).isValid());
    QLocale::setDefault(QLocale::system());
}

void tst_SchedulePreview::invalidCronShowsErrorAndEmptiesTable()
{
    setZone(QStringLiteral("UTC"));
    setCron(QStringLiteral("0 0 12 * * ?"));
    QVERIFY(waitForRows(20));

    auto *error = child<ErrorLabel>(m_widget, "cronError");
    QVERIFY(!error->isVisible());
    // The expression in words, and what Quartz would silently ignore.
    auto *description = child<QLabel>(m_widget, "cronDescription");
    auto *notes = child<QLabel>(m_widget, "cronNotes");
    QCOMPARE(description->text(), describeCron(*CronExpression::parse(QStringLiteral("0 0 12 * * ?"))));
    QVERIFY(!description->text().isEmpty());
    QVERIFY(!notes->isVisible());
    setCron(QStringLiteral("0 0 12 ? * MON-FRI/2"));
    QTRY_VERIFY(notes->isVisible());
    QVERIFY(notes->text().contains(QLatin1String("/2")));
    setCron(QStringLiteral("0 0 25 * * ?"));
    QTRY_VERIFY(description->text().isEmpty());
    QVERIFY(!notes->isVisible());
    const QString expected = CronExpression::parse(QStringLiteral("0 0 25 * * ?")).error();
    QVERIFY(!expected.isEmpty());
    QTRY_COMPARE(error->text(), expected);
    QVERIFY(error->isVisible());
    QCOMPARE(m_widget->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(m_widget, "summaryLabel")->text().contains(expected));

    // Fixing it brings the rows back and hides the message.
    setCron(QStringLiteral("0 0 12 * * ?"));
    QVERIFY(waitForRows(20));
    QVERIFY(!error->isVisible());

    setCron(QString());
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(m_widget->model()->rowCount(), 0);
}

void tst_SchedulePreview::cronSkipsSpringForwardDay()
{
    setZone(QStringLiteral("America/New_York"));
    setStartWall(QDateTime(QDate(2024, 3, 9), QTime(7, 0))); // 2024-03-09T12:00Z, standard time
    setCron(QStringLiteral("0 30 2 * * ?"));
    QVERIFY(waitForRows(20));
    QCOMPARE(child<QLabel>(m_widget, "startUtcLabel")->text(), SchedulePreviewWidget::tr("= %1 UTC").arg(QStringLiteral("2024-03-09 12:00:00")));
    const FireTimeModel *model = m_widget->model();
    // 02:30 does not exist on 2024-03-10 (clocks go from 02:00 to 03:00): no fire that day.
    QCOMPARE(cell(model, 0, FireTimeModel::UtcColumn), QStringLiteral("2024-03-11T06:30:00Z"));
    QCOMPARE(cell(model, 1, FireTimeModel::UtcColumn), QStringLiteral("2024-03-12T06:30:00Z"));
    QVERIFY(cell(model, 0, FireTimeModel::TriggerZoneColumn).startsWith(QStringLiteral("2024-03-11 ")));
    QVERIFY(cell(model, 0, FireTimeModel::TriggerZoneColumn).endsWith(QStringLiteral(" 02:30:00 -04:00")));
    QCOMPARE(cell(model, 0, FireTimeModel::LocalZoneColumn), // TZ=UTC for the tests
             QStringLiteral("2024-03-11 %1 06:30:00 +00:00").arg(QLocale().dayName(1, QLocale::ShortFormat)));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!cell(model, row, FireTimeModel::TriggerZoneColumn).startsWith(QStringLiteral("2024-03-10")));
}

void tst_SchedulePreview::switchingKinds()
{
    auto *kindCombo = child<QComboBox>(m_widget, "kindCombo");
    auto *misfire = child<QComboBox>(m_widget, "misfireCombo");
    auto *explanation = child<QLabel>(m_widget, "misfireExplanation");
    QCOMPARE(kindCombo->count(), 4);

    const TriggerKind kinds[] = {TriggerKind::Simple, TriggerKind::CalendarInterval, TriggerKind::DailyTimeInterval,
                                 TriggerKind::Cron};
    for (TriggerKind kind : kinds) {
        m_widget->setKind(kind);
        QCOMPARE(m_widget->kind(), kind);
        QVERIFY(child<QWidget>(m_widget, "kindPages")->isVisible());
        QCOMPARE(misfire->count(), int(Misfire::instructionsFor(kind).size()));
        QCOMPARE(misfire->currentData().toInt(), Misfire::SmartPolicy);
        QCOMPARE(explanation->text(), Misfire::explanation(kind, Misfire::SmartPolicy));
        QVERIFY(waitForRows(20)); // every kind's defaults fire at least 20 times
    }
    // Picking another instruction explains it; an instruction the new kind lacks falls back to smart policy.
    m_widget->setKind(TriggerKind::Simple);
    misfire->setCurrentIndex(misfire->findData(Misfire::RescheduleNextWithExistingCount));
    QCOMPARE(explanation->text(), Misfire::explanation(TriggerKind::Simple, Misfire::RescheduleNextWithExistingCount));
    m_widget->setKind(TriggerKind::Cron);
    QCOMPARE(misfire->currentData().toInt(), Misfire::SmartPolicy);
    misfire->setCurrentIndex(misfire->findData(Misfire::DoNothing));
    m_widget->setKind(TriggerKind::CalendarInterval);
    QCOMPARE(misfire->currentData().toInt(), Misfire::DoNothing);
}

void tst_SchedulePreview::simpleTrigger()
{
    setZone(QStringLiteral("UTC"));
    setStartWall(QDateTime(QDate(2024, 1, 1), QTime(8, 0)));
    m_widget->setKind(TriggerKind::Simple);
    child<QSpinBox>(m_widget, "simpleIntervalSpin")->setValue(90);
    auto *unit = child<QComboBox>(m_widget, "simpleUnitCombo");
    unit->setCurrentIndex(unit->findData(qint64(60000)));
    child<QCheckBox>(m_widget, "simpleForeverCheck")->setChecked(false);
    child<QSpinBox>(m_widget, "simpleRepeatSpin")->setValue(3);
    QVERIFY(waitForRows(4)); // the first fire plus three repeats
    const FireTimeModel *model = m_widget->model();
    QCOMPARE(cell(model, 0, FireTimeModel::UtcColumn), QStringLiteral("2024-01-01T08:00:00Z"));
    QCOMPARE(cell(model, 3, FireTimeModel::UtcColumn), QStringLiteral("2024-01-01T12:30:00Z"));
    QVERIFY(child<QLabel>(m_widget, "summaryLabel")->text().contains(QLatin1Char('4')));

    // An interval of 0 is only allowed for a trigger that does not repeat.
    child<QSpinBox>(m_widget, "simpleIntervalSpin")->setValue(0);
    QTRY_COMPARE(m_widget->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(m_widget, "summaryLabel")->text().contains(QStringLiteral("1 ms")));
    child<QSpinBox>(m_widget, "simpleRepeatSpin")->setValue(0);
    QVERIFY(waitForRows(1));
}

void tst_SchedulePreview::dailyTimeInterval()
{
    setZone(QStringLiteral("Europe/Berlin"));
    setStartWall(QDateTime(QDate(2024, 6, 7), QTime(0, 0))); // a Friday
    m_widget->setKind(TriggerKind::DailyTimeInterval);
    child<QSpinBox>(m_widget, "dailyIntervalSpin")->setValue(4);
    auto *unit = child<QComboBox>(m_widget, "dailyUnitCombo");
    unit->setCurrentIndex(unit->findData(int(IntervalUnit::Hour)));
    child<QTimeEdit>(m_widget, "dailyFromEdit")->setTime(QTime(8, 0));
    child<QTimeEdit>(m_widget, "dailyUntilEdit")->setTime(QTime(17, 0));
    QVERIFY(waitForRows(20));
    const FireTimeModel *model = m_widget->model();
    // 08:00, 12:00, 16:00 on Friday, then Monday (Saturday and Sunday are not ticked by default).
    QCOMPARE(cell(model, 0, FireTimeModel::UtcColumn), QStringLiteral("2024-06-07T06:00:00Z"));
    QCOMPARE(cell(model, 2, FireTimeModel::UtcColumn), QStringLiteral("2024-06-07T14:00:00Z"));
    QCOMPARE(cell(model, 3, FireTimeModel::UtcColumn), QStringLiteral("2024-06-10T06:00:00Z"));

    // No weekday: the error is under the days, and nothing is shown.
    for (int day = 1; day <= 7; ++day)
        child<QCheckBox>(m_widget, QStringLiteral("dayCheck%1").arg(day).toLatin1().constData())->setChecked(false);
    QTRY_VERIFY(child<ErrorLabel>(m_widget, "dailyDaysError")->isVisible());
    QCOMPARE(model->rowCount(), 0);
    child<QCheckBox>(m_widget, "dayCheck1")->setChecked(true); // Sunday
    QVERIFY(waitForRows(20));
    QCOMPARE(cell(model, 0, FireTimeModel::UtcColumn), QStringLiteral("2024-06-09T06:00:00Z"));

    // A window that ends before it starts.
    child<QTimeEdit>(m_widget, "dailyFromEdit")->setTime(QTime(18, 0));
    QTRY_VERIFY(child<ErrorLabel>(m_widget, "dailyTimeError")->isVisible());
    QCOMPARE(model->rowCount(), 0);
}

void tst_SchedulePreview::calendarExcludesTimes()
{
    setZone(QStringLiteral("Asia/Shanghai"));
    setStartWall(QDateTime(QDate(2026, 9, 30), QTime(0, 0)));
    setCron(QStringLiteral("0 0 9 * * ?"));
    QVERIFY(waitForRows(20));
    const FireTimeModel *model = m_widget->model();
    QCOMPARE(cell(model, 1, FireTimeModel::UtcColumn), QStringLiteral("2026-10-01T01:00:00Z"));

    // National Day holidays and weekends, read in the trigger's zone.
    auto *calendarEdit = child<QLineEdit>(m_widget, "calendarEdit");
    QVERIFY(!calendarEdit->placeholderText().isEmpty());
    QTest::keyClicks(calendarEdit, QStringLiteral("holiday:2026-10-01,2026-10-02,2026-10-05+weekly:1,7"));
    QTRY_COMPARE(model->fireTimes().value(1), utc("2026-10-06T01:00:00Z"));
    QCOMPARE(model->fireTimes().value(0), utc("2026-09-30T01:00:00Z"));
    QCOMPARE(model->fireTimes().size(), 20);
    // The excluded days are listed too, struck through and unnumbered: 1, 2 (holidays), 3, 4
    // (weekend), 5 (holiday), and every later weekend in the span.
    QVERIFY(waitForRows(20 + int(model->excludedTimes().size())));
    QCOMPARE(cell(model, 0, FireTimeModel::NumberColumn), QStringLiteral("1"));
    QCOMPARE(cell(model, 1, FireTimeModel::UtcColumn), QStringLiteral("2026-10-01T01:00:00Z"));
    QVERIFY(model->index(1, FireTimeModel::UtcColumn).data(FireTimeModel::ExcludedRole).toBool());
    QVERIFY(model->index(1, FireTimeModel::UtcColumn).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(cell(model, 1, FireTimeModel::NumberColumn).isEmpty());
    QCOMPARE(cell(model, 6, FireTimeModel::UtcColumn), QStringLiteral("2026-10-06T01:00:00Z"));
    QCOMPARE(cell(model, 6, FireTimeModel::NumberColumn), QStringLiteral("2"));
    QVERIFY(!model->index(6, FireTimeModel::UtcColumn).data(FireTimeModel::ExcludedRole).toBool());
    QCOMPARE(model->excludedTimes().mid(0, 5),
             (QList<qint64>{utc("2026-10-01T01:00:00Z"), utc("2026-10-02T01:00:00Z"), utc("2026-10-03T01:00:00Z"),
                            utc("2026-10-04T01:00:00Z"), utc("2026-10-05T01:00:00Z")}));
    for (qint64 t : model->excludedTimes())
        QVERIFY(!parseCalendarSpec(calendarEdit->text(), *ZoneRules::forId("Asia/Shanghai")).value()->isTimeIncluded(t));
    const CalendarPtr calendar =
        *parseCalendarSpec(calendarEdit->text(), *ZoneRules::forId("Asia/Shanghai"));
    for (qint64 t : model->fireTimes())
        QVERIFY(calendar->isTimeIncluded(t));
    QVERIFY(!child<ErrorLabel>(m_widget, "calendarError")->isVisible());
}

void tst_SchedulePreview::invalidZoneAndCalendar()
{
    setCron(QStringLiteral("0 0 9 * * ?"));
    setZone(QStringLiteral("UTC"));
    QVERIFY(waitForRows(20));

    setZone(QStringLiteral("Mars/Olympus_Mons"));
    QTRY_VERIFY(child<ErrorLabel>(m_widget, "zoneError")->isVisible());
    QCOMPARE(m_widget->model()->rowCount(), 0);
    setZone(QStringLiteral("Europe/Paris"));
    QVERIFY(waitForRows(20));
    QVERIFY(!child<ErrorLabel>(m_widget, "zoneError")->isVisible());

    auto *calendarEdit = child<QLineEdit>(m_widget, "calendarEdit");
    QTest::keyClicks(calendarEdit, QStringLiteral("weekly:8"));
    auto *calendarError = child<ErrorLabel>(m_widget, "calendarError");
    QTRY_VERIFY(calendarError->isVisible());
    QCOMPARE(calendarError->text(), parseCalendarSpec(QStringLiteral("weekly:8"), ZoneRules::utc()).error());
    QCOMPARE(m_widget->model()->rowCount(), 0);
}

void tst_SchedulePreview::endBeforeStart()
{
    setZone(QStringLiteral("UTC"));
    setCron(QStringLiteral("0 0 * * * ?"));
    setStartWall(QDateTime(QDate(2024, 5, 1), QTime(10, 30)));
    child<QCheckBox>(m_widget, "endCheck")->setChecked(true);
    auto *end = child<QDateTimeEdit>(m_widget, "endEdit");
    end->setDateTime(QDateTime(QDate(2024, 5, 1), QTime(14, 0), Qt::UTC));
    QVERIFY(waitForRows(4)); // 11:00, 12:00, 13:00, 14:00: the end time is inclusive
    QVERIFY(child<QLabel>(m_widget, "summaryLabel")->text().contains(QLatin1Char('4')));
    end->setDateTime(QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC));
    QTRY_VERIFY(child<ErrorLabel>(m_widget, "endError")->isVisible());
    QCOMPARE(m_widget->model()->rowCount(), 0);
}

void tst_SchedulePreview::countLimitsRows()
{
    setZone(QStringLiteral("UTC"));
    setCron(QStringLiteral("0 * * * * ?"));
    auto *count = child<QSpinBox>(m_widget, "countSpin");
    QCOMPARE(count->value(), 20);
    QCOMPARE(count->maximum(), 1000);
    count->setValue(5);
    QVERIFY(waitForRows(5));
    count->setValue(1000);
    QVERIFY(waitForRows(1000));
}

void tst_SchedulePreview::runawayCalendarSearchStops()
{
    // A calendar that excludes every day makes the engine step through a century of seconds; the
    // search runs off the GUI thread and stops at the time limit.
    FireTimePreview preview;
    preview.setTimeLimitMs(200);
    QSignalSpy finished(&preview, &FireTimePreview::finished);
    Trigger trigger(TriggerKey(QStringLiteral("t")), JobKey(QStringLiteral("j")),
                    CronSchedule{*CronExpression::parse(QStringLiteral("* * * * * ?"))});
    trigger.setStartTime(utc("2024-01-01T00:00:00Z"));
    const CalendarPtr calendar = *parseCalendarSpec(QStringLiteral("weekly:1,2,3,4,5,6,7"), ZoneRules::utc());
    preview.request(trigger, calendar, 20);
    QVERIFY(preview.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const auto outcome = finished.at(0).at(0).value<FireTimePreview::Outcome>();
    QVERIFY(outcome.stopped);
    QVERIFY(outcome.fireTimes.isEmpty());

    // A newer request supersedes a running one: only the newer answers.
    preview.setTimeLimitMs(60000);
    preview.request(trigger, calendar, 20);
    preview.request(trigger, nullptr, 3);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.at(1).at(0).value<FireTimePreview::Outcome>().fireTimes.size(), 3);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 2);
}

void tst_SchedulePreview::mainWindowMenus()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The preview lives in a window of its own, created on first use; its status line says how long
    // the computation took.
    SchedulePreviewWidget *preview = window.schedulePreview();
    QVERIFY(preview);
    QSignalSpy status(preview, &SchedulePreviewWidget::statusMessage);
    auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("aboutAction")));
    QVERIFY(window.statusBar());
    QTRY_VERIFY(!status.isEmpty());
    QVERIFY(status.constLast().at(0).toString().contains(QStringLiteral("ms")));
    quit->trigger();
    QVERIFY(!window.isVisible());
}

void tst_SchedulePreview::translationsAreEmbedded()
{
    // The .qm files live in the engine library's resources, so qronos and qronosctl both find them,
    // and engine strings must sit in the contexts the engine looks them up in.
    if (!QFile::exists(QStringLiteral(":/qronos/i18n/qronos_zh_CN.qm")))
        QSKIP("built without Qt Linguist tools");
    const auto removeTranslators = []() {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    };

    QVERIFY(TranslationLoader::install(qApp, QLocale(QLocale::Chinese, QLocale::China)));
    QVERIFY(CronExpression::parse(QStringLiteral("0 0 25 * * ?")).error().startsWith(QStringLiteral("cron 表达式无效")));
    QVERIFY(ZoneRules::forId("Nowhere/Atlantis").error().startsWith(QStringLiteral("未知时区")));
    QVERIFY(parseCalendarSpec(QStringLiteral("weekly:8"), ZoneRules::utc()).error().startsWith(QStringLiteral("日历规格")));
    QCOMPARE(Misfire::explanation(TriggerKind::Cron, Misfire::DoNothing), QStringLiteral("跳过错过的触发，等待下一个计划时间。"));
    QCOMPARE(SchedulePreviewWidget::tr("Misfire"), QStringLiteral("错过触发"));
    removeTranslators();

    // Languages without a translation get English with its plural forms.
    QVERIFY(!TranslationLoader::install(qApp, QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(SchedulePreviewWidget::tr("%n fire time(s) computed in %1 ms.", nullptr, 1),
             QStringLiteral("1 fire time computed in %1 ms."));
    QCOMPARE(SchedulePreviewWidget::tr("%n fire time(s) computed in %1 ms.", nullptr, 20),
             QStringLiteral("20 fire times computed in %1 ms."));
    removeTranslators();
}

QTEST_MAIN(tst_SchedulePreview)
#include "tst_schedulepreview.moc"
