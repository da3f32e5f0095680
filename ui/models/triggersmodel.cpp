#include "triggersmodel.h"

#include <limits>

#include "displaytext.h"
#include "model/misfireinstruction.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace Qronos {

TriggersModel::TriggersModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

namespace {

QString keyOf(const StoredTrigger &t)
{
    return t.trigger.key().group() + QChar(0x1f) + t.trigger.key().name();
}

} // namespace

void TriggersModel::setTriggers(QList<StoredTrigger> triggers)
{
    replaceRows(m_triggers, std::move(triggers), keyOf);
}

void TriggersModel::appendTriggers(QList<StoredTrigger> triggers)
{
    appendRows(m_triggers, std::move(triggers), keyOf);
}

std::optional<ListOrder> TriggersModel::engineOrder(int column)
{
    switch (Column(column)) {
    case NameColumn: return ListOrder::Name;
    case GroupColumn: return ListOrder::Key;
    case JobColumn: return ListOrder::Job;
    case KindColumn: return ListOrder::TriggerKind;
    case StateColumn: return ListOrder::TriggerState;
    case NextFireColumn: return ListOrder::NextFireTime;
    case PreviousFireColumn: return ListOrder::PreviousFireTime;
    case CalendarColumn: return ListOrder::Calendar;
    case PriorityColumn: return ListOrder::Priority;
    case MisfireColumn: return ListOrder::MisfireInstruction;
    case ScheduleColumn:
    case ColumnCount: break;
    }
    return std::nullopt;
}

int TriggersModel::rowOf(const TriggerKey &key) const
{
    for (qsizetype i = 0; i < m_triggers.size(); ++i) {
        if (m_triggers.at(i).trigger.key() == key)
            return int(i);
    }
    return -1;
}

int TriggersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TriggersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StoredTrigger &row = m_triggers.at(index.row());
    const Trigger &t = row.trigger;
    const auto time = [role](std::optional<qint64> ms) -> QVariant {
        if (role == SortRole)
            return ms ? QVariant(*ms) : QVariant(std::numeric_limits<qint64>::max());
        return ms ? DisplayText::instant(*ms) : QString();
    };
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case NameColumn: return t.key().name();
        case GroupColumn: return t.key().group();
        case JobColumn: return t.jobKey().toString();
        case KindColumn: return DisplayText::triggerKind(t.kind());
        case ScheduleColumn: return DisplayText::schedule(t);
        case StateColumn: return DisplayText::triggerState(row.state);
        case NextFireColumn: return time(t.nextFireTime());
        case PreviousFireColumn: return time(t.previousFireTime());
        case CalendarColumn: return t.calendarName();
        case PriorityColumn: return t.priority();
        case MisfireColumn: return Misfire::label(t.kind(), t.misfireInstruction());
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case NextFireColumn:
            return t.nextFireTime() && m_nowMs > 0 ? DisplayText::relative(*t.nextFireTime(), m_nowMs) : QVariant();
        case PreviousFireColumn:
            return t.previousFireTime() && m_nowMs > 0 ? DisplayText::relative(*t.previousFireTime(), m_nowMs)
                                                       : QVariant();
        case MisfireColumn: return Misfire::explanation(t.kind(), t.misfireInstruction());
        default:
            return t.description().isEmpty() ? t.key().toString() : t.description();
        }
    } else if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        switch (row.state) {
        case TriggerState::Paused:
        case TriggerState::PausedBlocked:
        case TriggerState::Complete:
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        case TriggerState::Error:
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        case TriggerState::Executing:
            return QBrush(QColor(0x1a, 0x5f, 0xb4));
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == PriorityColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant TriggersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case GroupColumn: return tr("Group");
    case JobColumn: return tr("Job");
    case KindColumn: return tr("Kind");
    case ScheduleColumn: return tr("Schedule");
    case StateColumn: return tr("State");
    case NextFireColumn: return tr("Next fire");
    case PreviousFireColumn: return tr("Previous fire");
    case CalendarColumn: return tr("Calendar");
    case PriorityColumn: return tr("Priority");
    case MisfireColumn: return tr("Misfire instruction");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Qronos
