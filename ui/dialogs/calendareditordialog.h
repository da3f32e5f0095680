#pragma once

#include "model/trigger.h"
#include "schedule/calendar.h"

#include <QDialog>
#include <QList>
#include <QMap>
#include <QSet>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTimeEdit;
class QToolButton;

namespace Qronos {

class ErrorLabel;
class FireTimeModel;
class MonthGridWidget;

/// Creates or edits one calendar of any kind: holiday dates, days of every year, days of the month,
/// weekdays, a time of day (or its inverse), a cron expression, or Qronos's working days (weekdays
/// off, holidays and make-up working days, 调休). Dates are picked by clicking them in a month grid
/// (MonthGridWidget) or imported from an iCalendar (.ics) file of public holidays.
///
/// The dialog never touches a store: it gets the calendar names already taken, the existing calendars
/// (for the base calendar, which is one of them, and the check that the base chain makes no loop)
/// and triggers to preview with, and hands back the name and the calendar. Every field is checked as
/// it is typed, the reason shown next to it; OK stays disabled until the form is valid.
///
/// The preview lists the next PreviewCount fire times of a chosen trigger (one of the context's, or
/// a cron expression typed in) computed without any calendar, and strikes through those the edited
/// calendar, base chain included, removes, with a count "N of 20 removed".
///
/// Object names: "nameEdit", "nameError", "descriptionEdit", "kindCombo", "kindPages", "zoneCombo",
/// "zoneError", "baseCombo", "baseError"; holiday page "holidayGrid", "holidayYearSpin",
/// "holidayPreviousYear", "holidayNextYear", "holidayImportButton", "holidayClearButton",
/// "holidayCount", "holidayImportSummary"; annual "annualGrid", "annualClearButton", "annualCount";
/// monthly "monthlyDay1".."monthlyDay31", "monthlyError"; weekly "weeklyDay1".."weeklyDay7" (1 =
/// Sunday), "weeklyError"; daily "dailyStartEdit", "dailyEndEdit", "dailyInvertCheck", "dailyError",
/// "dailyExplanation"; cron "cronEdit", "cronError", "cronDescription"; working days
/// "workdayOff1".."workdayOff7", "workdayGrid", "workdayYearSpin", "workdayPreviousYear",
/// "workdayNextYear", "workdayMarkHoliday", "workdayMarkMakeUp", "workdayImportButton",
/// "workdayClearButton", "workdayCount", "workdayImportSummary", "workdayError"; preview
/// "previewTriggerCombo", "previewCronEdit", "previewCronError", "previewTable", "previewSummary";
/// "buttonBox", "okButton", "cancelButton".
class CalendarEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarEditorDialog)

public:
    static constexpr int PreviewCount = 20;

    struct Context
    {
        /// Names of the calendars that exist (a new calendar must not take one).
        QSet<QString> takenNames;
        /// The existing calendars by name: the choices of base calendar.
        QMap<QString, CalendarPtr> calendars;
        /// Triggers to preview the calendar with, e.g. those that use it.
        QList<Trigger> previewTriggers;
    };

    explicit CalendarEditorDialog(const Context &context, QWidget *parent = nullptr);
    ~CalendarEditorDialog() override;

    /// Edits an existing calendar: every field shows it; the name is kept (read-only) and is not
    /// checked against the taken names. A base calendar that equals none of the context's calendars
    /// is kept as it is.
    void setCalendar(const QString &name, const CalendarPtr &calendar);
    /// The name typed (trimmed), or the edited calendar's name.
    QString name() const;
    /// The calendar the fields describe, with its base chain; null while a field is wrong.
    CalendarPtr calendar() const;
    /// True when every field is valid (OK is enabled).
    bool isFormValid() const { return m_valid; }

    /// The preview's fire times start after this instant (default: the current time when computed).
    void setPreviewFrom(qint64 utcMs);
    /// The preview's rows: fire times with ExcludedRole true for those the calendar removes.
    FireTimeModel *previewModel() const { return m_previewModel; }
    /// How many of the previewed fire times the calendar removes.
    int previewRemovedCount() const { return m_removedCount; }

    /// Adds the holidays (and, on the working-day page, the make-up working days) of an iCalendar
    /// text to the current page, as "Import .ics…" does with a file's contents; shows what was added
    /// or where the text is wrong.
    void importIcs(const QByteArray &ics, const QString &fileName);

private:
    QWidget *buildGeneral();
    QWidget *buildHolidayPage();
    QWidget *buildAnnualPage();
    QWidget *buildMonthlyPage();
    QWidget *buildWeeklyPage();
    QWidget *buildDailyPage();
    QWidget *buildCronPage();
    QWidget *buildWorkdayPage();
    QWidget *buildPreview();
    QWidget *yearNavigation(const QString &prefix, MonthGridWidget *grid, QSpinBox **spin);
    void fillBaseCombo(const CalendarPtr &keptBase);
    void chooseIcsFile();

    Calendar::Kind currentKind() const;
    void setCurrentKind(Calendar::Kind kind);
    /// The calendar of the kind's fields with description and zone, without base; null and a
    /// message for the field's label when a field is wrong.
    std::shared_ptr<Calendar> buildOwnCalendar(QString *problem) const;
    CalendarPtr chosenBase() const;
    QString nameProblem() const;
    QString zoneProblem() const;
    QString baseProblem() const;
    void refresh();
    void updatePreview(const CalendarPtr &calendar);
    std::optional<Trigger> previewTrigger(QString *problem) const;
    void updateCounts();

    Context m_context;
    QMap<QString, QString> m_baseNames; // calendar name -> the name of its base, when it is one of them
    std::optional<QString> m_originalName;
    CalendarPtr m_keptBase;             // a base that is none of the context's calendars
    std::optional<qint64> m_previewFrom;
    bool m_loading = false;
    bool m_valid = false;
    int m_removedCount = 0;

    QLineEdit *m_nameEdit = nullptr;
    ErrorLabel *m_nameError = nullptr;
    QLineEdit *m_descriptionEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_zoneCombo = nullptr;
    ErrorLabel *m_zoneError = nullptr;
    QComboBox *m_baseCombo = nullptr;
    ErrorLabel *m_baseError = nullptr;

    MonthGridWidget *m_holidayGrid = nullptr;
    QSpinBox *m_holidayYear = nullptr;
    QLabel *m_holidayCount = nullptr;
    ErrorLabel *m_holidayImportError = nullptr;
    QLabel *m_holidayImportSummary = nullptr;

    MonthGridWidget *m_annualGrid = nullptr;
    QLabel *m_annualCount = nullptr;

    QList<QToolButton *> m_monthlyDays; // day 1..31 at index 0..30
    ErrorLabel *m_monthlyError = nullptr;

    QList<QCheckBox *> m_weeklyDays; // Java day 1..7 at index 0..6
    ErrorLabel *m_weeklyError = nullptr;

    QTimeEdit *m_dailyStart = nullptr;
    QTimeEdit *m_dailyEnd = nullptr;
    QCheckBox *m_dailyInvert = nullptr;
    ErrorLabel *m_dailyError = nullptr;
    QLabel *m_dailyExplanation = nullptr;

    QLineEdit *m_cronEdit = nullptr;
    ErrorLabel *m_cronError = nullptr;
    QLabel *m_cronDescription = nullptr;

    QList<QCheckBox *> m_workdayOff; // Java day 1..7 at index 0..6
    MonthGridWidget *m_workdayGrid = nullptr;
    QSpinBox *m_workdayYear = nullptr;
    QLabel *m_workdayCount = nullptr;
    ErrorLabel *m_workdayError = nullptr;
    ErrorLabel *m_workdayImportError = nullptr;
    QLabel *m_workdayImportSummary = nullptr;

    QComboBox *m_previewTriggerCombo = nullptr;
    QLineEdit *m_previewCronEdit = nullptr;
    ErrorLabel *m_previewCronError = nullptr;
    QTableView *m_previewTable = nullptr;
    QLabel *m_previewSummary = nullptr;
    FireTimeModel *m_previewModel = nullptr;

    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace Qronos
