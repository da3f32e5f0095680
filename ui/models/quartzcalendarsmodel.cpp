#include "quartzcalendarsmodel.h"

namespace Qronos {

QuartzCalendarsModel::QuartzCalendarsModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void QuartzCalendarsModel::setCalendars(QList<QuartzCalendar> calendars)
{
    replaceRows(m_calendars, std::move(calendars), [](const QuartzCalendar &c) { return c.name; });
}

int QuartzCalendarsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuartzCalendarsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QuartzCalendar &c = m_calendars.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case NameColumn: return c.name;
        case ContentsColumn:
            if (role == SortRole)
                return c.bytes;
            return tr("Java-serialized (not shown), %1 bytes").arg(c.bytes);
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole && index.column() == ContentsColumn) {
        return tr("Quartz stores a calendar as a serialized Java object; only the Java nodes can read it.");
    }
    return {};
}

QVariant QuartzCalendarsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Calendar");
    case ContentsColumn: return tr("Contents");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Qronos
