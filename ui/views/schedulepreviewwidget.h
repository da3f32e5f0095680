#pragma once

#include "model/trigger.h"
#include "models/firetimepreview.h"
#include "schedule/calendar.h"
#include "schedule/zonerules.h"

#include <QList>
#include <QMap>
#include <QWidget>

#include <optional>

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

class CronBuilder;
class ErrorLabel;
class FireTimeModel;

/// Edits a trigger of any of the four kinds (plus its start, end, time zone, calendar and misfire
/// instruction) and shows its next fire times as the fields change. Every field is checked as it is
/// typed; a problem is shown in red under the field and empties the table.
///
/// Standalone (the console's preview), the calendar is typed in the one-line calendar-spec form. The
/// trigger editor embeds it, hands it the named calendars (setCalendars()) and a trigger to edit
/// (setTrigger()), and reads the edited trigger back (trigger()). Fire times the calendar excludes
/// are listed too, struck through (FireTimeModel::ExcludedRole). The cron page is a CronBuilder.
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
    CronBuilder *cronBuilder() const { return m_cronBuilder; }

    /// Shows every field of the trigger. Fields the widget does not edit (key, job, description,
    /// priority, job data, fire state) are kept and come back from trigger().
    void setTrigger(const Trigger &trigger);
    /// The trigger the fields describe, or nullopt while a field is wrong (the reason is shown under
    /// it) or the engine's FireTimes::validate() refuses it. Without setTrigger(), the key and job
    /// are "DEFAULT.preview".
    std::optional<Trigger> trigger() const;
    /// Chooses calendars by name from these (a combo box: "(none)" and the names) instead of the
    /// one-line calendar spec. The trigger's calendar name is the chosen name.
    void setCalendars(const QMap<QString, CalendarPtr> &calendars);
    /// How many fire times to show (1..1000).
    void setCount(int count);
    /// True when the table shows the current fields and holds no fire time at all: with a calendar,
    /// it excludes every fire time found, or the search stopped at its time limit.
    bool firesNever() const;
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
    /// The fields as read, with the problem of each field (empty when it is fine).
    struct Reading
    {
        Trigger trigger;
        CalendarPtr calendar;
        ZoneRulesPtr zone;
        std::optional<qint64> start;
        std::optional<qint64> end;
        QString cronProblem;
        QString daysProblem;
        QString timeProblem;
        QString endProblem;
        QString zoneProblem;
        QString calendarProblem;
        /// In the order of the fields.
        QStringList problems() const;
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
    Reading read() const;
    Schedule scheduleFromFields(Reading *reading) const;
    std::optional<qint64> instantFromWall(const QDateTimeEdit *edit, const ZoneRules &zone) const;
    void setWall(QDateTimeEdit *edit, qint64 utcMs, const ZoneRules &zone);
    void showProblem(const QString &message);
    void showOutcome(const FireTimePreview::Outcome &outcome);
    void updateKindPage();
    void fillMisfireInstructions();
    void updateMisfireExplanation();
    void setStartToNow();

    // Kind and its pages
    QComboBox *m_kindCombo = nullptr;
    QStackedWidget *m_pages = nullptr;

    CronBuilder *m_cronBuilder = nullptr; // text, error, description, notes and field editors

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
    QLineEdit *m_calendarEdit = nullptr;  // standalone: a calendar spec
    QComboBox *m_calendarCombo = nullptr; // with named calendars
    ErrorLabel *m_calendarError = nullptr;
    QMap<QString, CalendarPtr> m_calendars;
    bool m_namedCalendars = false;
    Trigger m_base; // what setTrigger() gave: the fields the widget does not edit
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
