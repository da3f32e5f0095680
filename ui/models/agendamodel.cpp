#include "agendamodel.h"

#include "displaytext.h"

#include <algorithm>

namespace Qronos {

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AgendaModel::setFires(QList<ForecastFire> fires, QStringList lanes, QList<int> laneOf)
{
    beginResetModel();
    m_fires = std::move(fires);
    m_lanes = std::move(lanes);
    m_laneOf = std::move(laneOf);
    endResetModel();
}

int AgendaModel::firstRowAtOrAfter(qint64 ms) const
{
    const auto it = std::lower_bound(m_fires.cbegin(), m_fires.cend(), ms,
                                     [](const ForecastFire &f, qint64 t) { return f.fireTime < t; });
    return int(it - m_fires.cbegin());
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fires.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ForecastFire &f = m_fires.at(index.row());
    if (role == FireTimeRole)
        return f.fireTime;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn: return DisplayText::instant(f.fireTime);
    case TriggerColumn: return f.trigger.toString();
    case JobColumn: return f.job.toString();
    case LaneColumn: {
        const int lane = m_laneOf.value(index.row(), -1);
        return lane >= 0 && lane < m_lanes.size() ? m_lanes.at(lane) : QString();
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn: return tr("Fire time");
    case TriggerColumn: return tr("Trigger");
    case JobColumn: return tr("Job");
    case LaneColumn: return tr("Lane");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Qronos
