#include "scheduleselectionwidget.h"

#include "asynccall.h"
#include "store/jobstore.h"

#include <QButtonGroup>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Qronos {

ScheduleSelectionWidget::ScheduleSelectionWidget(QWidget *parent)
    : QWidget(parent)
{
    m_everything = new QRadioButton(tr("&Everything: every job, trigger and calendar"));
    m_everything->setObjectName(QStringLiteral("scopeEverything"));
    m_selected = new QRadioButton(tr("The &selected jobs"));
    m_selected->setObjectName(QStringLiteral("scopeSelected"));
    m_byGroup = new QRadioButton(tr("The jobs of these job &groups:"));
    m_byGroup->setObjectName(QStringLiteral("scopeGroups"));
    auto *buttons = new QButtonGroup(this);
    for (QRadioButton *b : {m_everything, m_selected, m_byGroup})
        buttons->addButton(b);
    m_everything->setChecked(true);

    m_groups = new QListWidget;
    m_groups->setObjectName(QStringLiteral("groupList"));
    m_groups->setMaximumHeight(fontMetrics().height() * 7);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_everything);
    layout->addWidget(m_selected);
    layout->addWidget(m_byGroup);
    layout->addWidget(m_groups);

    connect(buttons, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on) {
            update();
            emit changed();
        }
    });
    connect(m_groups, &QListWidget::itemChanged, this, [this] {
        if (m_groups->isEnabled())
            emit changed();
    });
    // A click on a group is a choice of groups.
    connect(m_groups, &QListWidget::itemClicked, this, [this] { m_byGroup->setChecked(true); });
    setSelectedJobs({});
}

void ScheduleSelectionWidget::setSelectedJobs(const QList<JobKey> &jobs)
{
    m_selectedJobs = jobs;
    m_selected->setText(jobs.isEmpty() ? tr("The &selected jobs (none is selected)")
                                       : tr("The &selected jobs (%n)", nullptr, int(jobs.size())));
    QStringList names;
    for (qsizetype i = 0; i < jobs.size() && i < 20; ++i)
        names << jobs.at(i).toString();
    if (jobs.size() > 20)
        names << tr("… and %n more", nullptr, int(jobs.size() - 20));
    m_selected->setToolTip(names.join(QLatin1Char('\n')));
    m_selected->setEnabled(!jobs.isEmpty());
    if (!jobs.isEmpty())
        m_selected->setChecked(true);
    else if (m_selected->isChecked())
        m_everything->setChecked(true);
    update();
}

void ScheduleSelectionWidget::setGroups(const QStringList &groups)
{
    const QSignalBlocker block(m_groups);
    m_groups->clear();
    for (const QString &group : groups) {
        auto *item = new QListWidgetItem(group, m_groups);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_byGroup->setEnabled(!groups.isEmpty());
    update();
}

void ScheduleSelectionWidget::loadGroups(std::shared_ptr<JobStore> store)
{
    runAsync(this, [store = std::move(store)] { return store->jobGroupNames(); },
             [this](Result<QStringList> groups) {
                 if (groups)
                     setGroups(*groups);
                 else
                     emit groupsFailed(tr("Cannot list the job groups: %1").arg(groups.error()));
             });
}

ScheduleSelectionWidget::Scope ScheduleSelectionWidget::scope() const
{
    if (m_selected->isChecked())
        return Scope::SelectedJobs;
    if (m_byGroup->isChecked())
        return Scope::Groups;
    return Scope::Everything;
}

void ScheduleSelectionWidget::setScope(Scope scope)
{
    (scope == Scope::SelectedJobs ? m_selected : scope == Scope::Groups ? m_byGroup : m_everything)->setChecked(true);
}

QStringList ScheduleSelectionWidget::groups() const
{
    QStringList checked;
    if (scope() != Scope::Groups)
        return checked;
    for (int i = 0; i < m_groups->count(); ++i) {
        if (m_groups->item(i)->checkState() == Qt::Checked)
            checked << m_groups->item(i)->text();
    }
    return checked;
}

void ScheduleSelectionWidget::setCheckedGroups(const QStringList &groups)
{
    for (int i = 0; i < m_groups->count(); ++i)
        m_groups->item(i)->setCheckState(groups.contains(m_groups->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
}

QList<JobKey> ScheduleSelectionWidget::jobs() const
{
    return scope() == Scope::SelectedJobs ? m_selectedJobs : QList<JobKey>{};
}

QString ScheduleSelectionWidget::problem() const
{
    if (scope() == Scope::Groups && groups().isEmpty())
        return tr("Check at least one job group.");
    return {};
}

void ScheduleSelectionWidget::update()
{
    m_groups->setEnabled(m_groups->count() > 0);
}

} // namespace Qronos
