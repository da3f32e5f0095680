#pragma once

#include "model/keys.h"
#include "model/trigger.h"
#include "schedule/calendar.h"

#include <QDialog>
#include <QList>
#include <QMap>
#include <QSet>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Qronos {

class ErrorLabel;
class SchedulePreviewWidget;

/// Creates or edits one trigger: its name, group, job, description and priority, and everything
/// SchedulePreviewWidget edits (kind and schedule, start and end, time zone, calendar, misfire
/// instruction), with the next fire times in the trigger's zone and this computer's zone, the ones
/// the chosen calendar excludes struck through.
///
/// The dialog never touches a store: it gets the jobs, the calendars and the trigger keys already
/// taken, and hands back the trigger. Every field is checked as it is typed, the reason shown next
/// to it (a name that is empty or taken, an invalid cron expression, an end before the start, a
/// trigger that would never fire); OK stays disabled until the form is valid.
///
/// Object names: "nameEdit", "nameError", "groupCombo", "groupError", "jobCombo", "jobError",
/// "descriptionEdit", "prioritySpin", "schedulePreview" (with its own fields inside), "fireError",
/// "buttonBox", "okButton", "cancelButton".
class TriggerEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriggerEditorDialog)

public:
    /// jobs: what the trigger may run; calendars: by name; takenKeys: triggers that exist already.
    TriggerEditorDialog(const QList<JobKey> &jobs, const QMap<QString, CalendarPtr> &calendars,
                        const QSet<TriggerKey> &takenKeys, QWidget *parent = nullptr);
    ~TriggerEditorDialog() override;

    /// Edits an existing trigger: every field shows it, and its own key does not count as taken
    /// (renaming is allowed; originalKey() tells what it was).
    void setTrigger(const Trigger &trigger);
    /// Preselects the job (e.g. "new trigger for the selected job").
    void setJob(const JobKey &job);
    /// The trigger as the fields describe it (meaningful once the dialog is accepted, or whenever
    /// isFormValid() is true).
    Trigger trigger() const;
    /// The key of the trigger given to setTrigger(), if any.
    std::optional<TriggerKey> originalKey() const { return m_originalKey; }
    /// True when every field is valid and the trigger fires at least once (OK is enabled).
    bool isFormValid() const { return m_valid; }

    SchedulePreviewWidget *preview() const { return m_preview; }

    void accept() override;

private:
    void validate();

    QSet<TriggerKey> m_taken;
    std::optional<TriggerKey> m_originalKey;
    QLineEdit *m_name = nullptr;
    ErrorLabel *m_nameError = nullptr;
    QComboBox *m_group = nullptr;
    ErrorLabel *m_groupError = nullptr;
    QComboBox *m_job = nullptr;
    ErrorLabel *m_jobError = nullptr;
    QLineEdit *m_description = nullptr;
    QSpinBox *m_priority = nullptr;
    SchedulePreviewWidget *m_preview = nullptr;
    ErrorLabel *m_fireError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_valid = false;
};

} // namespace Qronos
