#pragma once

#include "keyedtablemodel.h"
#include "store/quartzrecords.h"

namespace Qronos {

/// The Java nodes of a clustered Java Quartz scheduler (QuartzDatabase::instances(), SCHEDULER_STATE): last
/// check-in, its age on the database server's clock and the interval; a node silent for longer than its interval
/// plus Quartz's grace is shown as presumed dead, in red, as the other Java nodes will judge it.
class QuartzInstancesModel final : public KeyedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuartzInstancesModel)

public:
    enum Column { InstanceColumn, StateColumn, CheckinAgeColumn, IntervalColumn, LastCheckinColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit QuartzInstancesModel(QObject *parent = nullptr);

    void setInstances(QList<QuartzInstance> instances);
    const QuartzInstance &instance(int row) const { return m_instances.at(row); }
    /// Nodes presumed dead (overdue).
    int overdueCount() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rowsSize() const override { return int(m_instances.size()); }

private:
    QList<QuartzInstance> m_instances;
};

} // namespace Qronos
