// The trigger editor dialog: creating a trigger through its widgets, editing existing triggers of
// each kind and getting them back unchanged, the messages next to the fields with OK disabled, and
// a named calendar's excluded fire times listed struck through. Offscreen, TZ=UTC.

#include "dialogs/cronbuilder.h"
#include "dialogs/triggereditordialog.h"
#include "models/firetimemodel.h"
#include "schedule/holidaycalendar.h"
#include "schedule/weeklycalendar.h"
#include "views/errorlabel.h"
#include "views/schedulepreviewwidget.h"
#include "widgetfinder.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFont>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Qronos;
using Qronos::Testing::child;
Q_DECLARE_METATYPE(Qronos::Trigger)

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

void setWall(QWidget *parent, const char *name, QDate date, QTime time)
{
    child<QDateTimeEdit>(parent, name)->setDateTime(QDateTime(date, time, Qt::UTC));
}

CalendarPtr nationalDay()
{
    auto calendar = std::make_shared<HolidayCalendar>();
    for (int day = 1; day <= 7; ++day)
        calendar->addExcludedDate(QDate(2026, 10, day));
    calendar->setZone(*ZoneRules::forId("Asia/Shanghai"));
    calendar->setDescription(QStringLiteral("National Day"));
    return calendar;
}

CalendarPtr everyDay()
{
    return std::make_shared<WeeklyCalendar>(QList<int>{1, 2, 3, 4, 5, 6, 7});
}

} // namespace

class tst_TriggerEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createCronTrigger();
    void editKeepsEveryField_data();
    void editKeepsEveryField();
    void messagesDisableOk();
    void neverFires();
    void excludedFireTimesStruckThrough();

private:
    TriggerEditorDialog *m_dialog = nullptr;
    QPushButton *ok() const { return child<QPushButton>(m_dialog, "okButton"); }
    /// Waits until the preview shows the current fields.
    bool settle() const
    {
        return QTest::qWaitFor([this]() { return m_dialog->preview()->isUpToDate(); }, 5000);
    }
};

void tst_TriggerEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QronosTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_triggereditor"));
}

void tst_TriggerEditor::init()
{
    const QList<JobKey> jobs{JobKey(QStringLiteral("cleanup")), JobKey(QStringLiteral("report"), QStringLiteral("reports"))};
    const QMap<QString, CalendarPtr> calendars{{QStringLiteral("national-day"), nationalDay()},
                                               {QStringLiteral("never"), everyDay()}};
    const QSet<TriggerKey> taken{TriggerKey(QStringLiteral("taken")), TriggerKey(QStringLiteral("hourly"), QStringLiteral("reports"))};
    m_dialog = new TriggerEditorDialog(jobs, calendars, taken);
    new QAbstractItemModelTester(m_dialog->preview()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_dialog);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void tst_TriggerEditor::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
}

void tst_TriggerEditor::createCronTrigger()
{
    QVERIFY(!ok()->isEnabled()); // no name yet
    QVERIFY(child<ErrorLabel>(m_dialog, "nameError")->isVisible());

    QTest::keyClicks(child<QLineEdit>(m_dialog, "nameEdit"), QStringLiteral("nightly"));
    auto *group = child<QComboBox>(m_dialog, "groupCombo");
    QCOMPARE(group->currentText(), QStringLiteral("DEFAULT"));
    group->setEditText(QStringLiteral("reports"));
    m_dialog->setJob(JobKey(QStringLiteral("report"), QStringLiteral("reports")));
    QCOMPARE(child<QComboBox>(m_dialog, "jobCombo")->currentText(), QStringLiteral("reports.report"));
    QTest::keyClicks(child<QLineEdit>(m_dialog, "descriptionEdit"), QStringLiteral("The nightly report"));
    child<QSpinBox>(m_dialog, "prioritySpin")->setValue(8);

    child<QComboBox>(m_dialog, "zoneCombo")->setEditText(QStringLiteral("Asia/Shanghai"));
    setWall(m_dialog, "startEdit", QDate(2026, 1, 1), QTime(0, 0));
    auto *cron = child<QLineEdit>(m_dialog, "cronEdit");
    cron->clear();
    QTest::keyClicks(cron, QStringLiteral("0 30 2 ? * MON-FRI"));
    // Through the field editor: every quarter hour instead.
    auto *minutesMode = child<QComboBox>(m_dialog, "minutesMode");
    minutesMode->setCurrentIndex(minutesMode->findData(int(CronBuilder::Mode::Step)));
    child<QSpinBox>(m_dialog, "minutesStepStart")->setValue(0);
    child<QSpinBox>(m_dialog, "minutesStepIncrement")->setValue(15);
    QCOMPARE(cron->text(), QStringLiteral("0 0/15 2 ? * MON-FRI"));
    auto *misfire = child<QComboBox>(m_dialog, "misfireCombo");
    misfire->setCurrentIndex(misfire->findData(Misfire::DoNothing));
    auto *calendar = child<QComboBox>(m_dialog, "calendarCombo");
    QCOMPARE(calendar->itemData(0).toString(), QString()); // "(none)"
    calendar->setCurrentIndex(calendar->findData(QStringLiteral("national-day")));

    QTRY_VERIFY(ok()->isEnabled());
    QVERIFY(m_dialog->isFormValid());
    QTest::mouseClick(ok(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    const Trigger t = m_dialog->trigger();
    QCOMPARE(t.key(), TriggerKey(QStringLiteral("nightly"), QStringLiteral("reports")));
    QCOMPARE(t.jobKey(), JobKey(QStringLiteral("report"), QStringLiteral("reports")));
    QCOMPARE(t.description(), QStringLiteral("The nightly report"));
    QCOMPARE(t.priority(), 8);
    QCOMPARE(t.kind(), TriggerKind::Cron);
    QCOMPARE(t.scheduleAs<CronSchedule>()->expression.expression(), QStringLiteral("0 0/15 2 ? * MON-FRI"));
    QCOMPARE(t.timeZoneId(), QByteArray("Asia/Shanghai"));
    QCOMPARE(t.startTime(), utc("2025-12-31T16:00:00Z"));
    QVERIFY(!t.endTime());
    QCOMPARE(t.calendarName(), QStringLiteral("national-day"));
    QCOMPARE(t.misfireInstruction(), Misfire::DoNothing);
    QVERIFY(!m_dialog->originalKey());
}

void tst_TriggerEditor::editKeepsEveryField_data()
{
    QTest::addColumn<Trigger>("trigger");

    Trigger simple(TriggerKey(QStringLiteral("every-90-min"), QStringLiteral("ops")), JobKey(QStringLiteral("cleanup")),
                   SimpleSchedule{qint64(90) * 60000, 10});
    simple.setDescription(QStringLiteral("Cleans up"));
    simple.setPriority(7);
    simple.setTimeZoneId("Europe/Berlin");
    simple.setStartTime(utc("2024-01-01T08:00:00Z"));
    simple.setEndTime(utc("2024-02-01T08:00:00Z"));
    simple.setMisfireInstruction(Misfire::RescheduleNextWithExistingCount);
    simple.setCalendarName(QStringLiteral("national-day"));
    simple.setTimesTriggered(3);
    simple.setNextFireTime(utc("2024-01-01T12:30:00Z"));
    simple.jobData().put(QStringLiteral("path"), QStringLiteral("/tmp"));
    QTest::newRow("simple") << simple;

    Trigger endless(TriggerKey(QStringLiteral("heartbeat")), JobKey(QStringLiteral("cleanup")),
                    SimpleSchedule{5000, SimpleSchedule::RepeatIndefinitely});
    endless.setStartTime(utc("2024-03-01T00:00:01.250Z")); // milliseconds, which the fields do not show
    QTest::newRow("simple forever") << endless;

    DailyTimeIntervalSchedule daily;
    daily.repeatInterval = 2;
    daily.unit = IntervalUnit::Hour;
    daily.repeatCount = 50;
    daily.daysOfWeek = quint8((1u << 2) | (1u << 4) | (1u << 6)); // Monday, Wednesday, Friday
    daily.startTimeOfDay = TimeOfDay{8, 0, 0};
    daily.endTimeOfDay = TimeOfDay{18, 30, 15};
    Trigger dailyTrigger(TriggerKey(QStringLiteral("office-hours"), QStringLiteral("reports")),
                         JobKey(QStringLiteral("report"), QStringLiteral("reports")), daily);
    dailyTrigger.setTimeZoneId("America/New_York");
    dailyTrigger.setStartTime(utc("2024-06-03T04:00:00Z"));
    dailyTrigger.setMisfireInstruction(Misfire::FireOnceNow);
    dailyTrigger.setPriority(-2);
    QTest::newRow("daily time interval") << dailyTrigger;

    CalendarIntervalSchedule monthly;
    monthly.repeatInterval = 3;
    monthly.unit = IntervalUnit::Month;
    monthly.preserveHourOfDayAcrossDaylightSavings = true;
    monthly.skipDayIfHourDoesNotExist = true;
    Trigger quarterly(TriggerKey(QStringLiteral("quarterly")), JobKey(QStringLiteral("cleanup")), monthly);
    quarterly.setTimeZoneId("Asia/Shanghai");
    quarterly.setStartTime(utc("2024-01-31T01:00:00Z"));
    quarterly.setEndTime(utc("2030-01-01T00:00:00Z"));
    QTest::newRow("calendar interval") << quarterly;

    Trigger cron(TriggerKey(QStringLiteral("mixed")), JobKey(QStringLiteral("cleanup")),
                 CronSchedule{*CronExpression::parse(QStringLiteral("0 0-10,30-40/5 8-18/2 ? * MON-FRI 2027"))});
    cron.setStartTime(utc("2026-06-01T00:00:00Z"));
    QTest::newRow("cron") << cron;
}

void tst_TriggerEditor::editKeepsEveryField()
{
    QFETCH(Trigger, trigger);
    m_dialog->setTrigger(trigger);
    QCOMPARE(m_dialog->originalKey(), std::optional<TriggerKey>(trigger.key()));
    QCOMPARE(child<QLineEdit>(m_dialog, "nameEdit")->text(), trigger.key().name());
    QTRY_VERIFY(ok()->isEnabled()); // its own key is not "taken"
    QVERIFY(!m_dialog->preview()->model()->fireTimes().isEmpty());
    // The preview starts at the start time, not at the stored next fire time.
    if (trigger.nextFireTime()) // the simple trigger: it first fires at its start time
        QCOMPARE(m_dialog->preview()->model()->fireTimes().constFirst(), trigger.startTime());
    const Trigger back = m_dialog->trigger();
    QCOMPARE(back.key(), trigger.key());
    QCOMPARE(back.schedule(), trigger.schedule());
    QCOMPARE(back.startTime(), trigger.startTime());
    QCOMPARE(back.endTime(), trigger.endTime());
    QCOMPARE(back.timeZoneId(), trigger.timeZoneId());
    QCOMPARE(back.misfireInstruction(), trigger.misfireInstruction());
    QCOMPARE(back.calendarName(), trigger.calendarName());
    QVERIFY(back == trigger);
}

void tst_TriggerEditor::messagesDisableOk()
{
    auto *name = child<QLineEdit>(m_dialog, "nameEdit");
    auto *nameError = child<ErrorLabel>(m_dialog, "nameError");
    child<QComboBox>(m_dialog, "zoneCombo")->setEditText(QStringLiteral("UTC"));
    setWall(m_dialog, "startEdit", QDate(2026, 5, 1), QTime(10, 30));
    QTest::keyClicks(name, QStringLiteral("fresh"));
    QTRY_VERIFY(ok()->isEnabled());
    QVERIFY(!nameError->isVisible());

    // A name that is taken in its group.
    name->clear();
    QTest::keyClicks(name, QStringLiteral("taken"));
    QVERIFY(nameError->isVisible());
    QVERIFY(nameError->text().contains(QStringLiteral("taken")));
    QVERIFY(!ok()->isEnabled());
    child<QComboBox>(m_dialog, "groupCombo")->setEditText(QStringLiteral("other"));
    QTRY_VERIFY(ok()->isEnabled()); // the same name in another group is free
    child<QComboBox>(m_dialog, "groupCombo")->setEditText(QStringLiteral("DEFAULT"));
    QVERIFY(!ok()->isEnabled());
    name->clear();
    QVERIFY(nameError->isVisible());
    QVERIFY(!ok()->isEnabled());
    QTest::keyClicks(name, QStringLiteral("fresh"));
    QTRY_VERIFY(ok()->isEnabled());

    // An invalid cron expression: the engine's message under it.
    auto *cron = child<QLineEdit>(m_dialog, "cronEdit");
    auto *cronError = child<ErrorLabel>(m_dialog, "cronError");
    const QString bad = QStringLiteral("0 0 25 * * ?");
    cron->setText(bad);
    QVERIFY(cronError->isVisible());
    QCOMPARE(cronError->text(), CronExpression::parse(bad).error());
    QTRY_VERIFY(!ok()->isEnabled());
    cron->setText(QStringLiteral("0 0 * * * ?"));
    QTRY_VERIFY(ok()->isEnabled());
    QVERIFY(!cronError->isVisible());

    // An end before the start.
    child<QCheckBox>(m_dialog, "endCheck")->setChecked(true);
    setWall(m_dialog, "endEdit", QDate(2026, 5, 1), QTime(9, 0));
    auto *endError = child<ErrorLabel>(m_dialog, "endError");
    QTRY_VERIFY(endError->isVisible());
    QCOMPARE(endError->text(), SchedulePreviewWidget::tr("The end time is before the start time."));
    QVERIFY(!ok()->isEnabled());
    setWall(m_dialog, "endEdit", QDate(2026, 5, 2), QTime(9, 0));
    QTRY_VERIFY(ok()->isEnabled());
    QVERIFY(!endError->isVisible());

    // OK does nothing while the form is not valid.
    name->clear();
    m_dialog->accept();
    QVERIFY(m_dialog->isVisible());
}

void tst_TriggerEditor::neverFires()
{
    QTest::keyClicks(child<QLineEdit>(m_dialog, "nameEdit"), QStringLiteral("past"));
    child<QComboBox>(m_dialog, "zoneCombo")->setEditText(QStringLiteral("UTC"));
    setWall(m_dialog, "startEdit", QDate(2026, 5, 1), QTime(10, 30));
    auto *cron = child<QLineEdit>(m_dialog, "cronEdit");
    auto *fireError = child<ErrorLabel>(m_dialog, "fireError");
    cron->setText(QStringLiteral("0 0 12 * * ?"));
    QTRY_VERIFY(ok()->isEnabled());
    QVERIFY(!fireError->isVisible());

    // A valid expression whose only year is before the start.
    cron->setText(QStringLiteral("0 0 12 * * ? 2020"));
    QTRY_VERIFY(fireError->isVisible());
    QVERIFY(!ok()->isEnabled());
    QVERIFY(!child<ErrorLabel>(m_dialog, "cronError")->isVisible());
    cron->setText(QStringLiteral("0 0 12 * * ?"));
    QTRY_VERIFY(ok()->isEnabled());
    QVERIFY(!fireError->isVisible());

    // A calendar that excludes every day: the search stops at its limit, nothing fires.
    m_dialog->preview()->findChild<QSpinBox *>(QStringLiteral("countSpin"))->setValue(1);
    auto *calendar = child<QComboBox>(m_dialog, "calendarCombo");
    calendar->setCurrentIndex(calendar->findData(QStringLiteral("never")));
    QTRY_VERIFY_WITH_TIMEOUT(fireError->isVisible(), 15000);
    QVERIFY(fireError->text().contains(QStringLiteral("never")));
    QVERIFY(!ok()->isEnabled());
}

void tst_TriggerEditor::excludedFireTimesStruckThrough()
{
    QTest::keyClicks(child<QLineEdit>(m_dialog, "nameEdit"), QStringLiteral("morning"));
    child<QComboBox>(m_dialog, "zoneCombo")->setEditText(QStringLiteral("Asia/Shanghai"));
    setWall(m_dialog, "startEdit", QDate(2026, 9, 28), QTime(0, 0));
    auto *cron = child<QLineEdit>(m_dialog, "cronEdit");
    cron->setText(QStringLiteral("0 0 9 * * ?"));
    auto *calendar = child<QComboBox>(m_dialog, "calendarCombo");
    calendar->setCurrentIndex(calendar->findData(QStringLiteral("national-day")));
    QTRY_VERIFY(ok()->isEnabled());
    QVERIFY(settle());

    const FireTimeModel *model = m_dialog->preview()->model();
    const int count = child<QSpinBox>(m_dialog, "countSpin")->value();
    QCOMPARE(count, 20);
    int included = 0;
    QList<qint64> excluded;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, FireTimeModel::UtcColumn);
        if (index.data(FireTimeModel::ExcludedRole).toBool()) {
            excluded.append(index.data(FireTimeModel::InstantRole).toLongLong());
            QVERIFY(index.data(Qt::FontRole).value<QFont>().strikeOut());
            QVERIFY(index.data(Qt::ForegroundRole).isValid());
        } else {
            ++included;
            QVERIFY(!index.data(Qt::FontRole).value<QFont>().strikeOut());
        }
    }
    QCOMPARE(included, count);
    // 09:00 in Shanghai on 1..7 October 2026, in time order among the others.
    QList<qint64> expected;
    for (int day = 1; day <= 7; ++day)
        expected.append(QDateTime(QDate(2026, 10, day), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(excluded, expected);
    QCOMPARE(model->excludedTimes(), expected);
    QCOMPARE(model->index(3, FireTimeModel::UtcColumn).data(FireTimeModel::InstantRole).toLongLong(), expected.first());
    QCOMPARE(model->index(10, FireTimeModel::UtcColumn).data().toString(), QStringLiteral("2026-10-08T01:00:00Z"));

    // No calendar: nothing struck through.
    calendar->setCurrentIndex(0);
    QTRY_VERIFY(model->excludedTimes().isEmpty());
    QVERIFY(settle());
    QCOMPARE(model->rowCount(), count);
    QCOMPARE(m_dialog->trigger().calendarName(), QString());
}

QTEST_MAIN(tst_TriggerEditor)
#include "tst_triggereditor.moc"
