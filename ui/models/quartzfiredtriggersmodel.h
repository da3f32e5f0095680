#pragma once

#include "keyedtablemodel.h"
#include "store/quartzrecords.h"

namespace Qronos {

/// What the Java nodes have acquired or run now (QuartzDatabase::firedTriggers(), FIRED_TRIGGERS), with the time
/// elapsed since each fire on the database server's clock.
class QuartzFiredTriggersModel final : public KeyedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuartzFiredTriggersModel)

public:
    enum Column {
        InstanceColumn,
        TriggerColumn,
        JobColumn,
        StateColumn,
        FiredColumn,
        ElapsedColumn,
        ScheduledColumn,
        PriorityColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit QuartzFiredTriggersModel(QObject *parent = nullptr);

    /// The rows and the database server's time they were read at (for the elapsed time).
    void setFiredTriggers(QList<QuartzFiredTrigger> fired, qint64 databaseNowMs);
    const QuartzFiredTrigger &firedTrigger(int row) const { return m_fired.at(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rowsSize() const override { return int(m_fired.size()); }

private:
    QList<QuartzFiredTrigger> m_fired;
    qint64 m_now = 0;
};

} // namespace Qronos
