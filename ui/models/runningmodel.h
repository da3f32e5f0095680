#pragma once

#include "keyedtablemodel.h"
#include "store/jobstore.h"

namespace Qronos {

/// What runs now anywhere in the cluster (JobStore::runningExecutions()), with the time each has been running.
class RunningModel final : public KeyedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunningModel)

public:
    enum Column { JobColumn, TriggerColumn, NodeColumn, ScheduledColumn, StartedColumn, ElapsedColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit RunningModel(QObject *parent = nullptr);

    /// \a nowMs is the database's time the list was read at: elapsed times are measured on it.
    void setExecutions(QList<RunningExecution> executions, qint64 nowMs);
    const RunningExecution &execution(int row) const { return m_rows.at(row); }
    const QList<RunningExecution> &executions() const { return m_rows; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rowsSize() const override { return int(m_rows.size()); }

private:
    QList<RunningExecution> m_rows;
    qint64 m_nowMs = 0;
};

} // namespace Qronos
