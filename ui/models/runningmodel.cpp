#include "runningmodel.h"

#include <limits>

#include "displaytext.h"

namespace Qronos {

RunningModel::RunningModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void RunningModel::setExecutions(QList<RunningExecution> executions, qint64 nowMs)
{
    m_nowMs = nowMs;
    replaceRows(m_rows, std::move(executions), [](const RunningExecution &e) { return e.fireInstanceId; });
}

int RunningModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunningModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RunningExecution &e = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (Column(index.column())) {
        case JobColumn: return e.job.toString();
        case TriggerColumn: return e.trigger.toString();
        case NodeColumn: return e.instanceId;
        case ScheduledColumn: return sort ? QVariant(e.scheduledTime) : QVariant(DisplayText::instant(e.scheduledTime));
        case StartedColumn: return sort ? QVariant(e.fireTime) : QVariant(DisplayText::instant(e.fireTime));
        case ElapsedColumn: {
            const qint64 elapsed = qMax<qint64>(0, m_nowMs - e.fireTime);
            return sort ? QVariant(elapsed) : QVariant(DisplayText::duration(elapsed));
        }
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole) {
        return tr("Fire %1").arg(e.fireInstanceId);
    } else if (role == Qt::TextAlignmentRole && index.column() == ElapsedColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant RunningModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case JobColumn: return tr("Job");
    case TriggerColumn: return tr("Trigger");
    case NodeColumn: return tr("Node");
    case ScheduledColumn: return tr("Scheduled for");
    case StartedColumn: return tr("Started");
    case ElapsedColumn: return tr("Running for");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Qronos
