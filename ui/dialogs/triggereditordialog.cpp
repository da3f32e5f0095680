#include "triggereditordialog.h"

#include "schedule/firetimes.h"
#include "views/errorlabel.h"
#include "views/formwidgets.h"
#include "views/schedulepreviewwidget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Qronos {

using namespace FormWidgets;

namespace {

const char *const SettingsGroup = "triggerEditor";

} // namespace

TriggerEditorDialog::TriggerEditorDialog(const QList<JobKey> &jobs, const QMap<QString, CalendarPtr> &calendars,
                                         const QSet<TriggerKey> &takenKeys, QWidget *parent)
    : QDialog(parent)
    , m_taken(takenKeys)
{
    setWindowTitle(tr("New Trigger"));
    setObjectName(QStringLiteral("triggerEditorDialog"));

    auto *identity = new QGroupBox(tr("Trigger"));
    auto *form = new QFormLayout(identity);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. nightly-report"));
    m_nameError = errorLabel("nameError");
    form->addRow(tr("Na&me:"), withError(m_name, m_nameError));

    m_group = new QComboBox;
    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    QStringList groups{TriggerKey::defaultGroup()};
    for (const TriggerKey &key : takenKeys) {
        if (!groups.contains(key.group()))
            groups.append(key.group());
    }
    std::sort(groups.begin() + 1, groups.end());
    m_group->addItems(groups);
    m_groupError = errorLabel("groupError");
    form->addRow(tr("&Group:"), withError(m_group, m_groupError));

    m_job = new QComboBox;
    m_job->setObjectName(QStringLiteral("jobCombo"));
    QList<JobKey> sortedJobs = jobs;
    std::sort(sortedJobs.begin(), sortedJobs.end());
    for (const JobKey &job : std::as_const(sortedJobs))
        m_job->addItem(job.toString(), QStringList{job.group(), job.name()});
    m_jobError = errorLabel("jobError");
    form->addRow(tr("&Job:"), withError(m_job, m_jobError));

    m_description = new QLineEdit;
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    form->addRow(tr("Descrip&tion:"), m_description);

    m_priority = new QSpinBox;
    m_priority->setObjectName(QStringLiteral("prioritySpin"));
    m_priority->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    m_priority->setValue(Trigger::DefaultPriority);
    m_priority->setToolTip(tr("Among triggers due at the same time, a higher priority fires first (default 5)"));
    form->addRow(tr("Priorit&y:"), m_priority);

    m_preview = new SchedulePreviewWidget;
    m_preview->setObjectName(QStringLiteral("schedulePreview"));
    m_preview->setCalendars(calendars);
    {
        QSettings settings;
        settings.beginGroup(QString::fromLatin1(SettingsGroup));
        m_preview->restoreSettings(settings);
    }

    m_fireError = errorLabel("fireError");

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TriggerEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TriggerEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(identity);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_fireError);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &TriggerEditorDialog::validate);
    connect(m_group, &QComboBox::editTextChanged, this, &TriggerEditorDialog::validate);
    connect(m_job, &QComboBox::currentIndexChanged, this, &TriggerEditorDialog::validate);
    connect(m_preview, &SchedulePreviewWidget::previewUpdated, this, &TriggerEditorDialog::validate);
    connect(this, &QDialog::finished, this, [this]() {
        QSettings settings;
        settings.beginGroup(QString::fromLatin1(SettingsGroup));
        m_preview->saveSettings(settings);
    });

    resize(1150, 800);
    m_name->setFocus();
    validate();
}

TriggerEditorDialog::~TriggerEditorDialog() = default;

void TriggerEditorDialog::setTrigger(const Trigger &trigger)
{
    m_originalKey = trigger.key();
    setWindowTitle(tr("Edit Trigger %1").arg(trigger.key().toString()));
    m_name->setText(trigger.key().name());
    m_group->setEditText(trigger.key().group());
    setJob(trigger.jobKey());
    m_description->setText(trigger.description());
    m_priority->setValue(trigger.priority());
    m_preview->setTrigger(trigger);
    validate();
}

void TriggerEditorDialog::setJob(const JobKey &job)
{
    int index = m_job->findData(QStringList{job.group(), job.name()});
    if (index < 0 && !job.isNull()) { // a job not in the list (e.g. deleted meanwhile): show it anyway
        m_job->addItem(job.toString(), QStringList{job.group(), job.name()});
        index = m_job->count() - 1;
    }
    m_job->setCurrentIndex(index);
}

Trigger TriggerEditorDialog::trigger() const
{
    Trigger t = m_preview->trigger().value_or(Trigger());
    t.setKey(TriggerKey(m_name->text().trimmed(), m_group->currentText().trimmed()));
    const QStringList job = m_job->currentData().toStringList();
    t.setJobKey(job.size() == 2 ? JobKey(job.at(1), job.at(0)) : JobKey());
    t.setDescription(m_description->text());
    t.setPriority(m_priority->value());
    return t;
}

void TriggerEditorDialog::validate()
{
    bool valid = true;

    const QString name = m_name->text().trimmed();
    const QString group = m_group->currentText().trimmed();
    QString nameProblem;
    if (name.isEmpty())
        nameProblem = tr("Enter a name for the trigger.");
    else
        nameProblem = keyPartProblem(name);
    QString groupProblem = group.isEmpty() ? QString() : keyPartProblem(group);
    if (nameProblem.isEmpty() && groupProblem.isEmpty()) {
        const TriggerKey key(name, group);
        if (m_taken.contains(key) && key != m_originalKey)
            nameProblem = tr("A trigger named \u201c%1\u201d already exists in the group \u201c%2\u201d.")
                              .arg(key.name(), key.group());
    }
    m_nameError->setMessage(nameProblem);
    m_groupError->setMessage(groupProblem);
    valid = valid && nameProblem.isEmpty() && groupProblem.isEmpty();

    QString jobProblem;
    if (m_job->count() == 0)
        jobProblem = tr("There is no job for the trigger to run: create a job first.");
    else if (m_job->currentIndex() < 0)
        jobProblem = tr("Choose the job this trigger runs.");
    m_jobError->setMessage(jobProblem);
    valid = valid && jobProblem.isEmpty();

    // The schedule's own fields show their problems in the preview.
    const std::optional<Trigger> t = m_preview->trigger();
    QString fireProblem;
    if (t && m_preview->isUpToDate() && m_preview->firesNever()) {
        Trigger fresh = *t; // from the start time on, as the preview computes it
        fresh.setNextFireTime(std::nullopt);
        fresh.setPreviousFireTime(std::nullopt);
        fresh.setTimesTriggered(0);
        fresh.setComplete(false);
        if (FireTimes::computeFireTimes(fresh, nullptr, 1).isEmpty() || t->calendarName().isEmpty())
            fireProblem = tr("This trigger would never fire: it has no fire time between its start and its end.");
        else
            fireProblem = tr("This trigger would never fire: the calendar \u201c%1\u201d excludes every fire time.")
                              .arg(t->calendarName());
    }
    if (t && !m_preview->isUpToDate())
        fireProblem = m_fireError->text(); // the answer is on its way; keep what was shown meanwhile
    m_fireError->setMessage(t ? fireProblem : QString());
    valid = valid && t && m_preview->isUpToDate() && fireProblem.isEmpty();

    m_valid = valid;
    m_ok->setEnabled(valid);
}

void TriggerEditorDialog::accept()
{
    validate();
    if (!m_valid)
        return;
    QDialog::accept();
}

} // namespace Qronos
