#pragma once

#include "model/trigger.h"
#include "models/firetimepreview.h"
#include "schedule/calendar.h"
#include "schedule/zonerules.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimeEdit;
class QTimer;

namespace Qronos {

class ErrorLabel;
class FireTimeModel;

/// Edits a trigger of any of the four kinds (plus its start, end, time zone, calendar and misfire
/// instruction) and shows its next fire times as the fields change. Every field is checked as it is
/// typed; a problem is shown in red under the field and empties the table.
///
/// This is the first piece of the console; the trigger editor will embed it as its live preview.
class SchedulePreviewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePreviewWidget)

public:
    explicit SchedulePreviewWidget(QWidget *parent = nullptr);
    ~SchedulePreviewWidget() override;

    TriggerKind kind() const;
    void setKind(TriggerKind kind);
    FireTimeModel *model() const { return m_model; }
    /// True when no edit or computation is pending: the table and the messages match the fields.
    bool isUpToDate() const;

    /// Splitter position and column widths.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    /// A one-line note for the status bar (how many fire times, how long it took).
    void statusMessage(const QString &message);
    /// The table shows the fire times of the current fields, or was emptied because a field is wrong.
    void previewUpdated();

private:
    struct Inputs
    {
        Trigger trigger;
        CalendarPtr calendar;
        int count = 0;
    };

    QWidget *buildForm();
    QWidget *buildCronPage();
    QWidget *buildSimplePage();
    QWidget *buildCalendarIntervalPage();
    QWidget *buildDailyPage();
    QGroupBox *buildRangeGroup();
    QGroupBox *buildMisfireGroup();
    QWidget *buildResults();
    void alignFormLabels(QWidget *root);
    void watchEdits();

    void scheduleUpdate();
    void updatePreview();
    /// Reads and checks every field of the current kind, showing each problem under its field.
    std::optional<Inputs> collectInputs();
    Schedule scheduleFromFields(QStringList *problems);
    std::optional<qint64> instantFromWall(const QDateTimeEdit *edit, const ZoneRules &zone) const;
    void showProblem(const QString &message);
    void showOutcome(const FireTimePreview::Outcome &outcome);
    void updateKindPage();
    void fillMisfireInstructions();
    void updateMisfireExplanation();
    void setStartToNow();

    // Kind and its pages
    QComboBox *m_kindCombo = nullptr;
    QStackedWidget *m_pages = nullptr;

    QLineEdit *m_cronEdit = nullptr;
    ErrorLabel *m_cronError = nullptr;
    QLabel *m_cronNotes = nullptr; // what Quartz ignores in an accepted expression
    QLabel *m_cronDescription = nullptr; // the expression in words

    QSpinBox *m_simpleInterval = nullptr;
    QComboBox *m_simpleUnit = nullptr;
    QSpinBox *m_simpleRepeat = nullptr;
    QCheckBox *m_simpleForever = nullptr;

    QSpinBox *m_calInterval = nullptr;
    QComboBox *m_calUnit = nullptr;
    QCheckBox *m_calPreserveHour = nullptr;
    QCheckBox *m_calSkipDay = nullptr;

    QSpinBox *m_dailyInterval = nullptr;
    QComboBox *m_dailyUnit = nullptr;
    QList<QCheckBox *> m_dailyDays; // in display order; property "javaDay" holds 1 (Sunday) .. 7
    ErrorLabel *m_dailyDaysError = nullptr;
    QTimeEdit *m_dailyFrom = nullptr;
    QTimeEdit *m_dailyUntil = nullptr;
    ErrorLabel *m_dailyTimeError = nullptr;
    QSpinBox *m_dailyRepeat = nullptr;
    QCheckBox *m_dailyForever = nullptr;

    // Range, zone, calendar
    QDateTimeEdit *m_startEdit = nullptr;
    QLabel *m_startUtc = nullptr;
    QCheckBox *m_endCheck = nullptr;
    QDateTimeEdit *m_endEdit = nullptr;
    QLabel *m_endUtc = nullptr;
    ErrorLabel *m_endError = nullptr;
    QComboBox *m_zoneCombo = nullptr;
    ErrorLabel *m_zoneError = nullptr;
    QLineEdit *m_calendarEdit = nullptr;
    ErrorLabel *m_calendarError = nullptr;
    QSpinBox *m_countSpin = nullptr;

    // Misfire
    QComboBox *m_misfireCombo = nullptr;
    QLabel *m_misfireExplanation = nullptr;

    // Results
    QSplitter *m_splitter = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    FireTimeModel *m_model = nullptr;
    FireTimePreview *m_preview = nullptr;
    QTimer *m_updateTimer = nullptr;
    QTimer *m_busyTimer = nullptr;
    int m_formWidth = 0;          // the form's first width, before the user moves the splitter
    bool m_columnsSized = false; // sized to the contents once, unless restored from the settings
};

} // namespace Qronos
