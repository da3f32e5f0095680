#include "quartzfiredtriggersmodel.h"

#include "displaytext.h"

namespace Qronos {

QuartzFiredTriggersModel::QuartzFiredTriggersModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void QuartzFiredTriggersModel::setFiredTriggers(QList<QuartzFiredTrigger> fired, qint64 databaseNowMs)
{
    m_now = databaseNowMs;
    replaceRows(m_fired, std::move(fired), [](const QuartzFiredTrigger &f) { return f.entryId; });
}

int QuartzFiredTriggersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuartzFiredTriggersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QuartzFiredTrigger &f = m_fired.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        const qint64 elapsed = qMax<qint64>(0, m_now - f.firedTime);
        switch (Column(index.column())) {
        case InstanceColumn: return f.instanceName;
        case TriggerColumn: return f.trigger.toString();
        case JobColumn: return f.job.isNull() ? QString() : f.job.toString();
        case StateColumn: return f.state;
        case FiredColumn: return sort ? QVariant(f.firedTime) : QVariant(DisplayText::instant(f.firedTime));
        case ElapsedColumn: return sort ? QVariant(elapsed) : QVariant(DisplayText::duration(elapsed));
        case ScheduledColumn: return sort ? QVariant(f.scheduledTime) : QVariant(DisplayText::instant(f.scheduledTime));
        case PriorityColumn: return f.priority;
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == StateColumn)
            return f.state == QLatin1String("EXECUTING") ? tr("The Java node runs the job now.")
                                                         : tr("The Java node has acquired the trigger and will fire it.");
        if (index.column() == ElapsedColumn)
            return tr("Since the fire, on the database server's clock");
    } else if (role == Qt::TextAlignmentRole && (index.column() == ElapsedColumn || index.column() == PriorityColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant QuartzFiredTriggersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case InstanceColumn: return tr("Instance");
    case TriggerColumn: return tr("Trigger");
    case JobColumn: return tr("Job");
    case StateColumn: return tr("State");
    case FiredColumn: return tr("Fired at");
    case ElapsedColumn: return tr("Elapsed");
    case ScheduledColumn: return tr("Scheduled for");
    case PriorityColumn: return tr("Priority");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Qronos
