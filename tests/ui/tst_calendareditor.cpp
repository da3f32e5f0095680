// The calendar editor: dates picked by clicking the month grid, the working-day calendar's make-up
// days, the preview that strikes removed fire times through, editing every kind back to an equal
// calendar, .ics import, and validation. Runs on the offscreen platform with TZ=UTC.

#include "dialogs/calendareditordialog.h"
#include "models/firetimemodel.h"
#include "schedule/calendarspec.h"
#include "schedule/holidaycalendar.h"
#include "schedule/workdaycalendar.h"
#include "views/errorlabel.h"
#include "views/monthgridwidget.h"
#include "widgetfinder.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

using namespace Qronos;
using Qronos::Testing::child;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

ZoneRulesPtr zone(const char *id)
{
    return *ZoneRules::forId(QByteArray(id));
}

CalendarPtr spec(const char *text, const char *zoneId = "Asia/Shanghai")
{
    const Result<CalendarPtr> cal = parseCalendarSpec(QString::fromUtf8(text), zone(zoneId));
    if (!cal)
        qFatal("%s", qPrintable(cal.error()));
    return *cal;
}

/// Fires at 10:00 every day in Shanghai (02:00 UTC).
Trigger tenOClock()
{
    Trigger trigger(TriggerKey(QStringLiteral("daily10"), QStringLiteral("reports")), JobKey(QStringLiteral("report")),
                    CronSchedule{*CronExpression::parse(QStringLiteral("0 0 10 * * ?"))});
    trigger.setTimeZoneId("Asia/Shanghai");
    trigger.setStartTime(utc("2026-01-01T00:00:00Z"));
    return trigger;
}

void chooseData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

void setZone(QWidget *dialog, const char *id)
{
    child<QComboBox>(dialog, "zoneCombo")->setEditText(QString::fromLatin1(id));
}

void click(MonthGridWidget *grid, QDate date)
{
    const QRect rect = grid->dateRect(date);
    QVERIFY2(rect.isValid(), qPrintable(date.toString(Qt::ISODate)));
    QTest::mouseClick(grid, Qt::LeftButton, Qt::NoModifier, rect.center());
}

/// The preview's rows as (instant, struck through), checking that the model's roles agree.
QList<std::pair<qint64, bool>> previewRows(const FireTimeModel *model)
{
    QList<std::pair<qint64, bool>> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, FireTimeModel::TriggerZoneColumn);
        const bool excluded = index.data(FireTimeModel::ExcludedRole).toBool();
        const QVariant font = index.data(Qt::FontRole);
        if (excluded != (font.isValid() && font.value<QFont>().strikeOut()))
            qFatal("row %d: struck through does not match ExcludedRole", row);
        rows.append({index.data(FireTimeModel::InstantRole).toLongLong(), excluded});
    }
    return rows;
}

QList<qint64> struck(const FireTimeModel *model)
{
    QList<qint64> times;
    for (const auto &[t, excluded] : previewRows(model)) {
        if (excluded)
            times.append(t);
    }
    return times;
}

} // namespace

class tst_CalendarEditor : public QObject
{
    Q_OBJECT

private slots:
    void monthGridGeometry();
    void monthGridClicks();
    void holidayByClicking_data();
    void holidayByClicking();
    void workdayMakeUpSaturday();
    void editKeepsCalendar_data();
    void editKeepsCalendar();
    void importIcs();
    void takenName();
    void baseCycle();
    void invalidFieldsDisableOk_data();
    void invalidFieldsDisableOk();
};

void tst_CalendarEditor::monthGridGeometry()
{
    MonthGridWidget grid;
    grid.resize(700, grid.heightForWidth(700));
    grid.setYear(2026);
    // Every date of the year has a cell, and the cell's centre is that date.
    for (QDate date(2026, 1, 1); date.year() == 2026; date = date.addDays(1)) {
        const QRect rect = grid.dateRect(date);
        QVERIFY(rect.isValid());
        QCOMPARE(grid.dateAt(rect.center()), date);
    }
    QVERIFY(!grid.dateRect(QDate(2027, 1, 1)).isValid());
    QVERIFY(!grid.dateAt(QPoint(-5, -5)).isValid());
    // Narrower: fewer columns, taller.
    QVERIFY(grid.heightForWidth(250) > grid.heightForWidth(700));

    grid.setAnnual(true);
    QVERIFY(grid.dateRect(QDate(MonthGridWidget::AnnualYear, 2, 29)).isValid());
}

void tst_CalendarEditor::monthGridClicks()
{
    MonthGridWidget grid;
    grid.resize(700, grid.heightForWidth(700));
    grid.setYear(2026);
    grid.show();
    QSignalSpy toggled(&grid, &MonthGridWidget::dateToggled);
    QSignalSpy changed(&grid, &MonthGridWidget::marksChanged);

    click(&grid, QDate(2026, 10, 1));
    QCOMPARE(grid.mark(QDate(2026, 10, 1)), MonthGridWidget::Mark::Holiday);
    grid.setClickMark(MonthGridWidget::Mark::MakeUpWorkday);
    click(&grid, QDate(2026, 10, 10));
    click(&grid, QDate(2026, 10, 1)); // a holiday becomes a make-up day
    QCOMPARE(grid.dates(MonthGridWidget::Mark::MakeUpWorkday), (QList<QDate>{QDate(2026, 10, 1), QDate(2026, 10, 10)}));
    click(&grid, QDate(2026, 10, 10)); // and clicking it again removes it
    QCOMPARE(grid.mark(QDate(2026, 10, 10)), MonthGridWidget::Mark::None);
    QVERIFY(grid.dates(MonthGridWidget::Mark::Holiday).isEmpty());
    QCOMPARE(toggled.size(), 4);
    QCOMPARE(changed.size(), 4);
    QCOMPARE(toggled.last().at(1).value<MonthGridWidget::Mark>(), MonthGridWidget::Mark::None);

    // A click between the months changes nothing.
    QTest::mouseClick(&grid, Qt::LeftButton, Qt::NoModifier, QPoint(1, 1));
    QCOMPARE(changed.size(), 4);

    // The keyboard: move, cross into the next year, toggle.
    QSignalSpy yearChanged(&grid, &MonthGridWidget::yearChanged);
    grid.setClickMark(MonthGridWidget::Mark::Holiday);
    grid.setCurrentDate(QDate(2026, 12, 24));
    QTest::keyClick(&grid, Qt::Key_Right);
    QCOMPARE(grid.currentDate(), QDate(2026, 12, 25));
    QTest::keyClick(&grid, Qt::Key_Space);
    QCOMPARE(grid.mark(QDate(2026, 12, 25)), MonthGridWidget::Mark::Holiday);
    QTest::keyClick(&grid, Qt::Key_Down);
    QCOMPARE(grid.currentDate(), QDate(2027, 1, 1));
    QCOMPARE(grid.year(), 2027);
    QCOMPARE(yearChanged.size(), 1);
    QTest::keyClick(&grid, Qt::Key_Return);
    QCOMPARE(grid.mark(QDate(2027, 1, 1)), MonthGridWidget::Mark::Holiday);
    QTest::keyClick(&grid, Qt::Key_PageUp);
    QCOMPARE(grid.currentDate(), QDate(2026, 12, 1));
    QTest::keyClick(&grid, Qt::Key_End);
    QCOMPARE(grid.currentDate(), QDate(2026, 12, 31));
    QCOMPARE(toggled.size(), 6);
}

void tst_CalendarEditor::holidayByClicking_data()
{
    QTest::addColumn<QList<QDate>>("clicks");
    QTest::addColumn<QList<qint64>>("removed");

    QTest::newRow("National Day") << QList<QDate>{QDate(2026, 10, 1)} << QList<qint64>{utc("2026-10-01T02:00:00Z")};
    QTest::newRow("two days") << QList<QDate>{QDate(2026, 10, 2), QDate(2026, 9, 21)}
                              << QList<qint64>{utc("2026-09-21T02:00:00Z"), utc("2026-10-02T02:00:00Z")};
    QTest::newRow("clicked twice") << QList<QDate>{QDate(2026, 10, 1), QDate(2026, 10, 1)} << QList<qint64>{};
    QTest::newRow("after the previewed fires") << QList<QDate>{QDate(2026, 12, 25)} << QList<qint64>{};
    QTest::newRow("before them") << QList<QDate>{QDate(2026, 9, 19)} << QList<qint64>{};
}

void tst_CalendarEditor::holidayByClicking()
{
    QFETCH(QList<QDate>, clicks);
    QFETCH(QList<qint64>, removed);

    CalendarEditorDialog dialog({{}, {}, {tenOClock()}});
    dialog.setPreviewFrom(utc("2026-09-19T16:00:00Z")); // 2026-09-20 00:00 in Shanghai
    QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("holidays-2026"));
    chooseData(child<QComboBox>(&dialog, "kindCombo"), int(Calendar::Kind::Holiday));
    setZone(&dialog, "Asia/Shanghai");
    child<QSpinBox>(&dialog, "holidayYearSpin")->setValue(2026);
    QCOMPARE(child<QComboBox>(&dialog, "previewTriggerCombo")->currentText(), QStringLiteral("reports.daily10"));
    QCOMPARE(dialog.previewModel()->rowCount(), CalendarEditorDialog::PreviewCount);
    QVERIFY(struck(dialog.previewModel()).isEmpty());

    auto *grid = child<MonthGridWidget>(&dialog, "holidayGrid");
    QTRY_VERIFY(grid->isVisible() && grid->width() > 100);
    for (const QDate &date : clicks)
        click(grid, date);

    QCOMPARE(struck(dialog.previewModel()), removed);
    QCOMPARE(dialog.previewModel()->rowCount(), CalendarEditorDialog::PreviewCount);
    QCOMPARE(dialog.previewRemovedCount(), removed.size());
    QCOMPARE(child<QLabel>(&dialog, "previewSummary")->text(), QStringLiteral("%1 of 20 removed").arg(removed.size()));

    QVERIFY(dialog.isFormValid());
    QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
    const CalendarPtr cal = dialog.calendar();
    QVERIFY(cal);
    QCOMPARE(cal->kind(), Calendar::Kind::Holiday);
    QCOMPARE(cal->timeZoneId(), QByteArray("Asia/Shanghai"));
    QCOMPARE(static_cast<const HolidayCalendar &>(*cal).excludedDates(), grid->dates(MonthGridWidget::Mark::Holiday));
    QCOMPARE(dialog.name(), QStringLiteral("holidays-2026"));
}

void tst_CalendarEditor::workdayMakeUpSaturday()
{
    CalendarEditorDialog dialog({{}, {}, {}});
    dialog.setPreviewFrom(utc("2026-10-04T16:00:00Z")); // Monday 2026-10-05 00:00 in Shanghai
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("china"));
    chooseData(child<QComboBox>(&dialog, "kindCombo"), int(Calendar::Kind::Workday));
    setZone(&dialog, "Asia/Shanghai");
    // The own trigger is the only choice; it fires in the calendar's zone.
    QCOMPARE(child<QComboBox>(&dialog, "previewTriggerCombo")->count(), 1);
    child<QLineEdit>(&dialog, "previewCronEdit")->setText(QStringLiteral("0 0 10 * * ?"));
    child<QSpinBox>(&dialog, "workdayYearSpin")->setValue(2026);

    // Saturday and Sunday off by default: the five weekend days of the twenty.
    const QList<qint64> weekends{utc("2026-10-10T02:00:00Z"), utc("2026-10-11T02:00:00Z"), utc("2026-10-17T02:00:00Z"),
                                 utc("2026-10-18T02:00:00Z"), utc("2026-10-24T02:00:00Z")};
    QCOMPARE(struck(dialog.previewModel()), weekends);

    auto *grid = child<MonthGridWidget>(&dialog, "workdayGrid");
    QTRY_VERIFY(grid->isVisible() && grid->width() > 100);
    child<QRadioButton>(&dialog, "workdayMarkMakeUp")->click();
    click(grid, QDate(2026, 10, 10));
    QCOMPARE(grid->mark(QDate(2026, 10, 10)), MonthGridWidget::Mark::MakeUpWorkday);
    // The make-up Saturday's fire is back; the other weekend days stay removed.
    QCOMPARE(struck(dialog.previewModel()), weekends.mid(1));
    QCOMPARE(child<QLabel>(&dialog, "previewSummary")->text(), QStringLiteral("4 of 20 removed"));

    child<QRadioButton>(&dialog, "workdayMarkHoliday")->click();
    click(grid, QDate(2026, 10, 5));
    click(grid, QDate(2026, 10, 6));
    QCOMPARE(dialog.previewRemovedCount(), 6);
    QCOMPARE(child<QLabel>(&dialog, "workdayCount")->text(), QStringLiteral("Holidays: 2; make-up working days: 1"));

    // Fridays off as well.
    child<QCheckBox>(&dialog, "workdayOff6")->setChecked(true);
    QCOMPARE(dialog.previewRemovedCount(), 9);
    QCOMPARE(grid->weekendDays(), (QList<int>{1, 6, 7}));

    QVERIFY(dialog.isFormValid());
    const CalendarPtr cal = dialog.calendar();
    QVERIFY(cal);
    const auto &workday = static_cast<const WorkdayCalendar &>(*cal);
    QCOMPARE(workday.makeUpWorkdays(), (QList<QDate>{QDate(2026, 10, 10)}));
    QCOMPARE(workday.holidays(), (QList<QDate>{QDate(2026, 10, 5), QDate(2026, 10, 6)}));
    QCOMPARE(workday.excludedWeekdays(), (QList<int>{1, 6, 7}));
    QVERIFY(workday.isTimeIncluded(utc("2026-10-10T02:00:00Z")));

    // Every day off and no make-up day: nothing would ever be included.
    child<QRadioButton>(&dialog, "workdayMarkMakeUp")->click();
    click(grid, QDate(2026, 10, 10));
    for (int day = 1; day <= 7; ++day)
        child<QCheckBox>(&dialog, QStringLiteral("workdayOff%1").arg(day).toLatin1().constData())->setChecked(true);
    QVERIFY(child<ErrorLabel>(&dialog, "workdayError")->text().contains(QStringLiteral("nothing is ever included")));
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
}

void tst_CalendarEditor::editKeepsCalendar_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("holiday") << QByteArray(R"({"kind": "holiday", "timeZone": "Asia/Shanghai", "description": "节假日",
                                              "excludedDates": ["2025-12-31", "2026-01-01", "2026-10-01"]})");
    QTest::newRow("annual") << QByteArray(R"({"kind": "annual", "timeZone": "Europe/Berlin", "excludedDays": ["01-01", "02-29", "12-25"]})");
    QTest::newRow("monthly") << QByteArray(R"({"kind": "monthly", "timeZone": "UTC", "excludedDays": [1, 15, 31]})");
    QTest::newRow("weekly") << QByteArray(R"({"kind": "weekly", "timeZone": "America/New_York", "excludedDays": [1, 4, 7]})");
    QTest::newRow("daily") << QByteArray(R"({"kind": "daily", "timeZone": "UTC", "rangeStart": "08:00:00:000",
                                            "rangeEnd": "17:30:15:005", "invertTimeRange": false})");
    QTest::newRow("daily inverted") << QByteArray(R"({"kind": "daily", "timeZone": "Asia/Tokyo", "rangeStart": "00:00:00:000",
                                                     "rangeEnd": "06:00:00:000", "invertTimeRange": true})");
    QTest::newRow("cron") << QByteArray(R"({"kind": "cron", "timeZone": "UTC", "cronExpression": "* * 0-7 ? * MON-FRI"})");
    QTest::newRow("workday") << QByteArray(R"({"kind": "workday", "timeZone": "Asia/Shanghai", "description": "中国工作日",
        "excludedWeekdays": [1, 7],
        "holidays": [{"date": "2026-10-01", "label": "国庆节"}, {"date": "2026-10-02", "label": "国庆节"}],
        "makeUpWorkdays": [{"date": "2026-09-27", "label": "国庆节补班"}, {"date": "2026-10-10"}]})");
    QTest::newRow("workday no weekend") << QByteArray(R"({"kind": "workday", "timeZone": "UTC", "excludedWeekdays": [],
                                                         "holidays": [], "makeUpWorkdays": []})");
    // Based on the named calendar "weekends" (equal to it), and on one that is none of the named.
    QTest::newRow("named base") << QByteArray(R"({"kind": "holiday", "timeZone": "Asia/Shanghai", "excludedDates": ["2026-10-01"],
        "base": {"kind": "weekly", "timeZone": "Asia/Shanghai", "excludedDays": [1, 7]}})");
    QTest::newRow("unnamed base") << QByteArray(R"({"kind": "weekly", "timeZone": "UTC", "excludedDays": [],
        "base": {"kind": "daily", "timeZone": "UTC", "rangeStart": "12:00:00:000", "rangeEnd": "13:00:00:000",
                 "invertTimeRange": false, "base": {"kind": "monthly", "timeZone": "UTC", "excludedDays": [5]}}})");
}

void tst_CalendarEditor::editKeepsCalendar()
{
    QFETCH(QByteArray, json);

    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(json, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const Result<std::shared_ptr<Calendar>> original = Calendar::fromJson(object);
    QVERIFY2(original.ok(), qPrintable(original.error()));

    const CalendarPtr weekends = spec("weekly:1,7");
    CalendarEditorDialog::Context context;
    context.takenNames = {QStringLiteral("edited"), QStringLiteral("weekends")};
    context.calendars = {{QStringLiteral("edited"), *original}, {QStringLiteral("weekends"), weekends}};
    CalendarEditorDialog dialog(context);
    dialog.setCalendar(QStringLiteral("edited"), *original);

    QVERIFY2(dialog.isFormValid(), qPrintable(child<ErrorLabel>(&dialog, "nameError")->text()));
    QVERIFY(child<QLineEdit>(&dialog, "nameEdit")->isReadOnly());
    QCOMPARE(dialog.name(), QStringLiteral("edited"));
    auto *base = child<QComboBox>(&dialog, "baseCombo");
    QCOMPARE(base->findText(QStringLiteral("edited")), -1); // never itself
    if ((*original)->baseCalendar() && (*original)->baseCalendar()->toJson() == weekends->toJson())
        QCOMPARE(base->currentText(), QStringLiteral("weekends"));
    const CalendarPtr back = dialog.calendar();
    QVERIFY(back);
    QCOMPARE(back->toJson(), (*original)->toJson());
}

void tst_CalendarEditor::importIcs()
{
    CalendarEditorDialog dialog({{}, {}, {}});
    chooseData(child<QComboBox>(&dialog, "kindCombo"), int(Calendar::Kind::Workday));
    const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                           "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261009\r\n"
                           "SUMMARY:\xE5\x9B\xBD\xE5\xBA\x86\xE8\x8A\x82\r\nEND:VEVENT\r\n" // 国庆节
                           "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260927\r\n"
                           "SUMMARY:\xE8\xA1\xA5\xE7\x8F\xAD\r\nEND:VEVENT\r\n" // 补班
                           "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261010\r\nSUMMARY:Make-up working\r\n day\r\nEND:VEVENT\r\n"
                           "END:VCALENDAR\r\n";
    dialog.importIcs(ics, QStringLiteral("cn.ics"));
    auto *grid = child<MonthGridWidget>(&dialog, "workdayGrid");
    QCOMPARE(grid->dates(MonthGridWidget::Mark::Holiday).size(), 8);
    QCOMPARE(grid->dates(MonthGridWidget::Mark::MakeUpWorkday), (QList<QDate>{QDate(2026, 9, 27), QDate(2026, 10, 10)}));
    QCOMPARE(grid->label(QDate(2026, 10, 3)), QStringLiteral("国庆节"));
    QCOMPARE(child<QSpinBox>(&dialog, "workdayYearSpin")->value(), 2026);
    const QString summary = child<QLabel>(&dialog, "workdayImportSummary")->text();
    // (Without a translation the plural forms read "event(s)"; qronos_en.ts holds the English ones.)
    QVERIFY2(summary.contains(QStringLiteral("3 event")) && summary.contains(QStringLiteral("read from cn.ics"))
                 && summary.contains(QStringLiteral("8 holiday")) && summary.contains(QStringLiteral("2 make-up working day")),
             qPrintable(summary));
    QVERIFY(!child<ErrorLabel>(&dialog, "workdayImportError")->hasMessage());

    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("cn"));
    const CalendarPtr cal = dialog.calendar();
    QVERIFY(cal);
    QCOMPARE(static_cast<const WorkdayCalendar &>(*cal).label(QDate(2026, 9, 27)), QStringLiteral("补班"));

    // Importing again adds nothing new.
    dialog.importIcs(ics, QStringLiteral("cn.ics"));
    QVERIFY(child<QLabel>(&dialog, "workdayImportSummary")->text().contains(QStringLiteral("0 holiday")));

    // A broken file: the line is named, nothing changes.
    dialog.importIcs("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:2026-10-01\nEND:VEVENT\nEND:VCALENDAR\n",
                     QStringLiteral("bad.ics"));
    const QString error = child<ErrorLabel>(&dialog, "workdayImportError")->text();
    QVERIFY2(error.contains(QStringLiteral("bad.ics")) && error.contains(QStringLiteral("Line 3")), qPrintable(error));
    QCOMPARE(grid->dates(MonthGridWidget::Mark::Holiday).size(), 8);

    // On the holiday page the make-up days cannot be used: they are skipped, and the summary says so.
    chooseData(child<QComboBox>(&dialog, "kindCombo"), int(Calendar::Kind::Holiday));
    dialog.importIcs(ics, QStringLiteral("cn.ics"));
    QCOMPARE(child<MonthGridWidget>(&dialog, "holidayGrid")->dates(MonthGridWidget::Mark::Holiday).size(), 8);
    QVERIFY(child<MonthGridWidget>(&dialog, "holidayGrid")->dates(MonthGridWidget::Mark::MakeUpWorkday).isEmpty());
    const QString skipped = child<QLabel>(&dialog, "holidayImportSummary")->text();
    QVERIFY2(skipped.contains(QStringLiteral("2 make-up working day")) && skipped.contains(QStringLiteral("skipped")),
             qPrintable(skipped));
}

void tst_CalendarEditor::takenName()
{
    CalendarEditorDialog dialog({{QStringLiteral("china")}, {}, {}});
    auto *name = child<QLineEdit>(&dialog, "nameEdit");
    auto *error = child<ErrorLabel>(&dialog, "nameError");
    auto *ok = child<QPushButton>(&dialog, "okButton");

    QVERIFY(!ok->isEnabled()); // no name yet
    QVERIFY(error->text().contains(QStringLiteral("Enter a name")));
    name->setText(QStringLiteral("china"));
    QCOMPARE(error->text(), QStringLiteral("A calendar named \"china\" exists already"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.calendar());
    name->setText(QStringLiteral("  china-2027 "));
    QVERIFY(!error->hasMessage());
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.name(), QStringLiteral("china-2027"));
}

void tst_CalendarEditor::baseCycle()
{
    // "office" is based on "weekends"; making "weekends" based on "office" would be a loop.
    const CalendarPtr weekends = spec("weekly:1,7");
    std::shared_ptr<Calendar> office = spec("daily:00:00-08:00")->clone();
    office->setBaseCalendar(weekends);
    const CalendarPtr other = spec("holiday:2026-10-01");
    CalendarEditorDialog::Context context;
    context.takenNames = {QStringLiteral("weekends"), QStringLiteral("office"), QStringLiteral("other")};
    context.calendars = {{QStringLiteral("weekends"), weekends}, {QStringLiteral("office"), office}, {QStringLiteral("other"), other}};
    CalendarEditorDialog dialog(context);
    dialog.setCalendar(QStringLiteral("weekends"), weekends);
    QVERIFY(dialog.isFormValid());

    auto *base = child<QComboBox>(&dialog, "baseCombo");
    auto *error = child<ErrorLabel>(&dialog, "baseError");
    QCOMPARE(base->findText(QStringLiteral("weekends")), -1);
    chooseData(base, QStringLiteral("office"));
    QVERIFY2(error->text().contains(QStringLiteral("weekends \u2192 office \u2192 weekends")), qPrintable(error->text()));
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
    QVERIFY(!dialog.calendar());

    chooseData(base, QStringLiteral("other"));
    QVERIFY(!error->hasMessage());
    QVERIFY(dialog.isFormValid());
    QCOMPARE(dialog.calendar()->baseCalendar()->toJson(), other->toJson());
}

void tst_CalendarEditor::invalidFieldsDisableOk_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");     // object name of the field to change
    QTest::addColumn<QString>("value");     // its wrong value
    QTest::addColumn<QString>("good");      // a right one
    QTest::addColumn<QString>("errorName"); // the label that explains
    QTest::addColumn<QString>("mentions");

    QTest::newRow("cron day-of-month hour") << int(Calendar::Kind::Cron) << "cronEdit" << "0 0 25 * * ?"
                                            << "* * 0-7 ? * *" << "cronError" << "25";
    QTest::newRow("cron empty") << int(Calendar::Kind::Cron) << "cronEdit" << "" << "0 * * * * ?" << "cronError"
                                << "Enter a cron expression";
    QTest::newRow("cron too short") << int(Calendar::Kind::Cron) << "cronEdit" << "* * *" << "0 * * * * ?"
                                    << "cronError" << "";
    QTest::newRow("unknown zone") << int(Calendar::Kind::Workday) << "zoneCombo" << "Mars/Olympus_Mons"
                                  << "Asia/Shanghai" << "zoneError" << "Mars/Olympus_Mons";
    QTest::newRow("every weekday") << int(Calendar::Kind::Weekly) << "weeklyDays" << "1,2,3,4,5,6,7" << "1,7"
                                   << "weeklyError" << "all seven days";
    QTest::newRow("every month day") << int(Calendar::Kind::Monthly) << "monthlyDays" << "all" << "1" << "monthlyError"
                                     << "all 31 days";
    QTest::newRow("daily reversed") << int(Calendar::Kind::Daily) << "dailyRange" << "17:00-08:00" << "08:00-17:00"
                                    << "dailyError" << "must start before it ends";
}

void tst_CalendarEditor::invalidFieldsDisableOk()
{
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, good);
    QFETCH(QString, errorName);
    QFETCH(QString, mentions);

    CalendarEditorDialog dialog({{}, {}, {tenOClock()}});
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("fine"));
    chooseData(child<QComboBox>(&dialog, "kindCombo"), kind);
    auto *ok = child<QPushButton>(&dialog, "okButton");
    auto *error = child<ErrorLabel>(&dialog, errorName.toLatin1().constData());

    const auto enter = [&](const QString &text) {
        if (field == QLatin1String("cronEdit")) {
            child<QLineEdit>(&dialog, "cronEdit")->setText(text);
        } else if (field == QLatin1String("zoneCombo")) {
            child<QComboBox>(&dialog, "zoneCombo")->setEditText(text);
        } else if (field == QLatin1String("weeklyDays")) {
            const QStringList days = text.split(u',');
            for (int day = 1; day <= 7; ++day)
                child<QCheckBox>(&dialog, QStringLiteral("weeklyDay%1").arg(day).toLatin1().constData())
                    ->setChecked(days.contains(QString::number(day)));
        } else if (field == QLatin1String("monthlyDays")) {
            for (int day = 1; day <= 31; ++day)
                child<QAbstractButton>(&dialog, QStringLiteral("monthlyDay%1").arg(day).toLatin1().constData())
                    ->setChecked(text == QLatin1String("all") || QString::number(day) == text);
        } else if (field == QLatin1String("dailyRange")) {
            const QStringList range = text.split(u'-');
            child<QTimeEdit>(&dialog, "dailyStartEdit")->setTime(QTime::fromString(range[0], QStringLiteral("HH:mm")));
            child<QTimeEdit>(&dialog, "dailyEndEdit")->setTime(QTime::fromString(range[1], QStringLiteral("HH:mm")));
        }
    };

    enter(good);
    QVERIFY2(ok->isEnabled(), qPrintable(error->text()));
    QVERIFY(!error->hasMessage());
    QVERIFY(dialog.calendar());

    enter(value);
    QVERIFY(error->hasMessage());
    QVERIFY2(error->text().contains(mentions), qPrintable(error->text()));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.isFormValid());
    QVERIFY(!dialog.calendar());

    enter(good);
    QVERIFY(!error->hasMessage());
    QVERIFY(ok->isEnabled());
}

QTEST_MAIN(tst_CalendarEditor)
#include "tst_calendareditor.moc"
