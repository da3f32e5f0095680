#include "quartzinstancesmodel.h"

#include "displaytext.h"

#include <QBrush>

#include <algorithm>

namespace Qronos {

QuartzInstancesModel::QuartzInstancesModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void QuartzInstancesModel::setInstances(QList<QuartzInstance> instances)
{
    replaceRows(m_instances, std::move(instances), [](const QuartzInstance &i) { return i.instanceName; });
}

int QuartzInstancesModel::overdueCount() const
{
    return int(std::count_if(m_instances.cbegin(), m_instances.cend(), [](const QuartzInstance &i) { return i.overdue; }));
}

int QuartzInstancesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuartzInstancesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QuartzInstance &i = m_instances.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (Column(index.column())) {
        case InstanceColumn: return i.instanceName;
        case StateColumn:
            if (sort)
                return i.overdue;
            return i.overdue ? tr("Presumed dead") : tr("Checking in");
        case CheckinAgeColumn:
            return sort ? QVariant(i.checkinAgeMs) : QVariant(tr("%1 ago").arg(DisplayText::duration(i.checkinAgeMs)));
        case IntervalColumn:
            return sort ? QVariant(i.checkinIntervalMs) : QVariant(DisplayText::duration(i.checkinIntervalMs));
        case LastCheckinColumn:
            return sort ? QVariant(i.lastCheckinTime) : QVariant(DisplayText::instant(i.lastCheckinTime));
        case ColumnCount: break;
        }
    } else if (role == Qt::ForegroundRole && i.overdue) {
        return QBrush(QColor(0xc0, 0x1c, 0x28));
    } else if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case CheckinAgeColumn:
            return tr("Measured on the database server's clock (a Java node's clock skew shows here too)");
        case LastCheckinColumn:
            return tr("As the Java node's own clock wrote it, in this computer's time zone");
        default:
            return i.overdue ? tr("Silent for longer than its check-in interval plus Quartz's 7.5 s grace: the other "
                                  "Java nodes will recover its work.")
                             : QVariant();
        }
    } else if (role == Qt::TextAlignmentRole
               && (index.column() == CheckinAgeColumn || index.column() == IntervalColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant QuartzInstancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case InstanceColumn: return tr("Instance");
    case StateColumn: return tr("State");
    case CheckinAgeColumn: return tr("Last check-in");
    case IntervalColumn: return tr("Interval");
    case LastCheckinColumn: return tr("Checked in at");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Qronos
