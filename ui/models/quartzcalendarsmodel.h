#pragma once

#include "keyedtablemodel.h"
#include "store/quartzrecords.h"

namespace Qronos {

/// The calendars of a Java Quartz scheduler (QuartzDatabase::calendars()): names only, their Java-serialized bodies
/// are not shown.
class QuartzCalendarsModel final : public KeyedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuartzCalendarsModel)

public:
    enum Column { NameColumn, ContentsColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit QuartzCalendarsModel(QObject *parent = nullptr);

    void setCalendars(QList<QuartzCalendar> calendars);
    const QuartzCalendar &calendar(int row) const { return m_calendars.at(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rowsSize() const override { return int(m_calendars.size()); }

private:
    QList<QuartzCalendar> m_calendars;
};

} // namespace Qronos
