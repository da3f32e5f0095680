#include "nodesmodel.h"

#include "displaytext.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace Qronos {

NodesModel::NodesModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void NodesModel::setNodes(QList<NodeRecord> nodes)
{
    replaceRows(m_nodes, std::move(nodes), [](const NodeRecord &n) { return n.instanceId; });
}

void NodesModel::setOwnInstanceId(const QString &id)
{
    m_ownId = id;
    if (!m_nodes.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_nodes.size() - 1), ColumnCount - 1));
}

int NodesModel::activeCount() const
{
    return int(std::count_if(m_nodes.cbegin(), m_nodes.cend(),
                             [](const NodeRecord &n) { return n.state == NodeState::Active; }));
}

int NodesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NodeRecord &n = m_nodes.at(index.row());
    const bool own = !m_ownId.isEmpty() && n.instanceId == m_ownId;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (Column(index.column())) {
        case InstanceColumn:
            return own && !sort ? tr("%1 (this console)").arg(n.instanceId) : n.instanceId;
        case HostColumn:
            return n.processId > 0 && !sort ? tr("%1, pid %2").arg(n.host).arg(n.processId) : n.host;
        case StateColumn:
            if (n.state == NodeState::Recovered && !n.recoveredBy.isEmpty() && !sort)
                return tr("Recovered by %1").arg(n.recoveredBy);
            return DisplayText::nodeState(n.state);
        case CheckinColumn:
            return sort ? QVariant(n.checkinAgeMs) : QVariant(tr("%1 ago").arg(DisplayText::duration(n.checkinAgeMs)));
        case IntervalColumn: return sort ? QVariant(n.checkinIntervalMs) : QVariant(DisplayText::duration(n.checkinIntervalMs));
        case OffsetColumn:
            if (sort)
                return n.clockOffsetMs;
            return n.clockOffsetMs == 0 ? tr("0 ms")
                                        : (n.clockOffsetMs > 0 ? tr("%1 ahead") : tr("%1 behind"))
                                              .arg(DisplayText::duration(qAbs(n.clockOffsetMs)));
        case RunningColumn: return n.runningCount;
        case TagsColumn: return n.tags.join(QStringLiteral(", "));
        case JobTypesColumn: return n.allowedJobTypes.isEmpty() ? (sort ? QString() : tr("all")) : n.allowedJobTypes.join(QStringLiteral(", "));
        case StartedColumn: return sort ? QVariant(n.startedTime) : QVariant(n.startedTime > 0 ? DisplayText::instant(n.startedTime) : QString());
        case VersionColumn: return n.version;
        case ColumnCount: break;
        }
    } else if (role == Qt::FontRole && own) {
        QFont font;
        font.setBold(true);
        return font;
    } else if (role == Qt::ForegroundRole) {
        if (n.state == NodeState::PresumedDead)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (n.state == NodeState::Recovered || n.state == NodeState::ShuttingDown)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    } else if (role == Qt::ToolTipRole) {
        QString tip = tr("Last check-in %1 (database time)").arg(DisplayText::instant(n.lastCheckinTime));
        if (n.recoveredTime)
            tip += QLatin1Char('\n') + tr("Recovered by %1 at %2").arg(n.recoveredBy, DisplayText::instant(*n.recoveredTime));
        if (n.state == NodeState::PresumedDead)
            tip += QLatin1Char('\n') + tr("Silent for longer than its check-in interval plus the grace period; a "
                                          "surviving node recovers its work.");
        return tip;
    } else if (role == Qt::TextAlignmentRole) {
        switch (Column(index.column())) {
        case CheckinColumn:
        case IntervalColumn:
        case OffsetColumn:
        case RunningColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            break;
        }
    }
    return {};
}

QVariant NodesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case InstanceColumn: return tr("Node");
    case HostColumn: return tr("Host");
    case StateColumn: return tr("State");
    case CheckinColumn: return tr("Last check-in");
    case IntervalColumn: return tr("Interval");
    case OffsetColumn: return tr("Clock offset");
    case RunningColumn: return tr("Running");
    case TagsColumn: return tr("Tags");
    case JobTypesColumn: return tr("Job types");
    case StartedColumn: return tr("Started");
    case VersionColumn: return tr("Version");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Qronos
