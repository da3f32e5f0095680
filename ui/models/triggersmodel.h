#pragma once

#include "keyedtablemodel.h"
#include "store/jobstore.h"

#include <optional>

namespace Qronos {

/// The triggers of the schedule with their states, one row each, as JobStore::listTriggers() returns them.
class TriggersModel final : public KeyedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriggersModel)

public:
    enum Column {
        NameColumn,
        GroupColumn,
        JobColumn,
        KindColumn,
        ScheduleColumn,
        StateColumn,
        NextFireColumn,
        PreviousFireColumn,
        CalendarColumn,
        PriorityColumn,
        MisfireColumn,
        ColumnCount
    };
    /// The raw value to sort by (strings, epoch milliseconds, numbers), for every column.
    static constexpr int SortRole = Qt::UserRole;

    explicit TriggersModel(QObject *parent = nullptr);

    void setTriggers(QList<StoredTrigger> triggers);
    /// The next page of a paged list (see KeyedTableModel).
    void appendTriggers(QList<StoredTrigger> triggers);
    /// The engine order that sorts by \a column, or none for a column the engine cannot sort by.
    static std::optional<ListOrder> engineOrder(int column);
    const StoredTrigger &trigger(int row) const { return m_triggers.at(row); }
    const QList<StoredTrigger> &triggers() const { return m_triggers; }
    int rowOf(const TriggerKey &key) const;
    /// "now" for the relative times in tooltips; the database's time.
    void setNow(qint64 nowMs) { m_nowMs = nowMs; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rowsSize() const override { return int(m_triggers.size()); }

private:
    QList<StoredTrigger> m_triggers;
    qint64 m_nowMs = 0;
};

} // namespace Qronos
