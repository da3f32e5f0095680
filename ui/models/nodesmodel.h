#pragma once

#include "keyedtablemodel.h"
#include "store/jobstore.h"

namespace Qronos {

/// Every node of the cluster as its check-ins describe it (JobStore::nodes()), this console's own node marked.
class NodesModel final : public KeyedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodesModel)

public:
    enum Column {
        InstanceColumn,
        HostColumn,
        StateColumn,
        CheckinColumn,
        IntervalColumn,
        OffsetColumn,
        RunningColumn,
        TagsColumn,
        JobTypesColumn,
        StartedColumn,
        VersionColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit NodesModel(QObject *parent = nullptr);

    void setNodes(QList<NodeRecord> nodes);
    const NodeRecord &node(int row) const { return m_nodes.at(row); }
    const QList<NodeRecord> &nodes() const { return m_nodes; }
    /// Marks this console's node (bold, "this console").
    void setOwnInstanceId(const QString &id);
    /// Nodes in state Active whose check-in is recent.
    int activeCount() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rowsSize() const override { return int(m_nodes.size()); }

private:
    QList<NodeRecord> m_nodes;
    QString m_ownId;
};

} // namespace Qronos
