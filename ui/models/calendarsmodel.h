#pragma once

#include "keyedtablemodel.h"
#include "schedule/calendar.h"

namespace Qronos {

/// The stored calendars, one row each, with how many triggers use each.
class CalendarsModel final : public KeyedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarsModel)

public:
    struct Row
    {
        QString name;
        CalendarPtr calendar;
        int triggerCount = 0;
    };
    enum Column { NameColumn, KindColumn, DescriptionColumn, ZoneColumn, BaseColumn, TriggersColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit CalendarsModel(QObject *parent = nullptr);

    void setCalendars(QList<Row> rows);
    const Row &row(int row) const { return m_rows.at(row); }
    const QList<Row> &rows() const { return m_rows; }
    int rowOf(const QString &name) const;

    /// A calendar kind for people ("Holiday", "Working days", ...), translated, from its JSON "kind" value.
    static QString kindText(const QString &kindName);
    /// What a calendar excludes, in a few words ("12 dates", "Saturday, Sunday", "09:00–17:00").
    static QString summary(const Calendar &calendar);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rowsSize() const override { return int(m_rows.size()); }

private:
    QList<Row> m_rows;
};

} // namespace Qronos
