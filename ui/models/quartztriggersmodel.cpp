#include "quartztriggersmodel.h"

#include "displaytext.h"
#include "model/trigger.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <limits>

namespace Qronos {

namespace {

/// Quartz's group name in PAUSED_TRIGGER_GRPS after pauseAll().
const QString kAllGroupsPaused = QStringLiteral("_$_ALL_GROUPS_PAUSED_$_");

/// java.util.Calendar day numbers "2,3,4" as DailyTimeIntervalSchedule's bits; none when the text is not such a list.
std::optional<quint8> dayBits(const QString &days)
{
    quint8 bits = 0;
    for (const QString &day : days.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int d = day.trimmed().toInt(&ok);
        if (!ok || d < 1 || d > 7)
            return std::nullopt;
        bits |= quint8(1 << d);
    }
    return bits == 0 ? std::nullopt : std::optional<quint8>(bits);
}

/// The schedule of a trigger of the SIMPROP kinds as the engine's, so that it reads like the console's own triggers.
std::optional<Schedule> engineSchedule(const QuartzTrigger &t)
{
    const std::optional<IntervalUnit> unit = intervalUnitFromName(t.repeatIntervalUnit);
    switch (t.type) {
    case QuartzTriggerType::Simple:
        return SimpleSchedule{t.repeatIntervalMs, int(qBound<qint64>(-1, t.repeatCount, qint64(std::numeric_limits<int>::max())))};
    case QuartzTriggerType::CalendarInterval:
        if (!unit)
            return std::nullopt;
        return CalendarIntervalSchedule{t.repeatInterval, *unit, false, false};
    case QuartzTriggerType::DailyTimeInterval: {
        const QStringList window = t.timeOfDay.split(QLatin1Char(','));
        const std::optional<quint8> days = dayBits(t.daysOfWeek);
        if (!unit || !days || window.size() != 6)
            return std::nullopt;
        DailyTimeIntervalSchedule daily;
        daily.repeatInterval = t.repeatInterval;
        daily.unit = *unit;
        daily.daysOfWeek = *days;
        daily.startTimeOfDay = {window.at(0).toInt(), window.at(1).toInt(), window.at(2).toInt()};
        daily.endTimeOfDay = {window.at(3).toInt(), window.at(4).toInt(), window.at(5).toInt()};
        if (!daily.startTimeOfDay.isValid() || !daily.endTimeOfDay.isValid())
            return std::nullopt;
        return daily;
    }
    case QuartzTriggerType::Cron:
    case QuartzTriggerType::Blob:
    case QuartzTriggerType::Other:
        break;
    }
    return std::nullopt;
}

} // namespace

QuartzTriggersModel::QuartzTriggersModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void QuartzTriggersModel::setTriggers(QList<QuartzTrigger> triggers)
{
    replaceRows(m_triggers, std::move(triggers), [](const QuartzTrigger &t) { return t.key.toString(); });
}

void QuartzTriggersModel::setPausedGroups(const QStringList &groups)
{
    QSet<QString> paused(groups.cbegin(), groups.cend());
    const bool all = paused.remove(kAllGroupsPaused);
    if (paused == m_pausedGroups && all == m_allPaused)
        return;
    m_pausedGroups = paused;
    m_allPaused = all;
    if (!m_triggers.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_triggers.size() - 1), ColumnCount - 1));
}

bool QuartzTriggersModel::isGroupPaused(const QString &group) const
{
    return m_allPaused || m_pausedGroups.contains(group);
}

int QuartzTriggersModel::rowOf(const TriggerKey &key) const
{
    for (int i = 0; i < m_triggers.size(); ++i) {
        if (m_triggers.at(i).key == key)
            return i;
    }
    return -1;
}

QString QuartzTriggersModel::kindText(const QuartzTrigger &trigger)
{
    if (const std::optional<TriggerKind> kind = triggerKindOf(trigger.type))
        return DisplayText::triggerKind(*kind);
    if (trigger.type == QuartzTriggerType::Blob)
        return tr("Java blob");
    return trigger.typeName;
}

QString QuartzTriggersModel::scheduleText(const QuartzTrigger &trigger)
{
    if (trigger.type == QuartzTriggerType::Cron) {
        if (trigger.timeZoneId.isEmpty())
            return trigger.cronExpression;
        return tr("%1 (%2)").arg(trigger.cronExpression, trigger.timeZoneId);
    }
    if (trigger.type == QuartzTriggerType::Blob)
        return tr("Java-serialized (not shown)");
    if (const std::optional<Schedule> schedule = engineSchedule(trigger))
        return DisplayText::schedule(Trigger(trigger.key, trigger.job, *schedule));
    return {};
}

int QuartzTriggersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuartzTriggersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QuartzTrigger &t = m_triggers.at(index.row());
    const bool groupPaused = isGroupPaused(t.key.group());
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (Column(index.column())) {
        case GroupColumn:
            return groupPaused && !sort ? tr("%1 (paused group)").arg(t.key.group()) : t.key.group();
        case NameColumn: return t.key.name();
        case JobColumn: return t.job.toString();
        case KindColumn: return kindText(t);
        case StateColumn: return t.state;
        case ScheduleColumn: return scheduleText(t);
        case NextFireColumn:
            if (sort)
                return t.nextFireTime.value_or(std::numeric_limits<qint64>::max());
            return t.nextFireTime ? DisplayText::instant(*t.nextFireTime) : QString();
        case PreviousFireColumn:
            if (sort)
                return t.previousFireTime.value_or(-1);
            return t.previousFireTime ? DisplayText::instant(*t.previousFireTime) : QString();
        case PriorityColumn: return t.priority;
        case CalendarColumn: return t.calendarName;
        case MisfireColumn: {
            if (sort)
                return t.misfireInstruction;
            const std::optional<TriggerKind> kind = triggerKindOf(t.type);
            const QString label = kind ? Misfire::label(*kind, t.misfireInstruction) : QString();
            return label.isEmpty() ? QString::number(t.misfireInstruction) : label;
        }
        case ColumnCount: break;
        }
    } else if (role == Qt::ForegroundRole) {
        if (t.state == QLatin1String("ERROR"))
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (t.state.startsWith(QLatin1String("PAUSED")) || t.state == QLatin1String("COMPLETE"))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    } else if (role == Qt::FontRole && index.column() == GroupColumn && groupPaused) {
        QFont font;
        font.setItalic(true);
        return font;
    } else if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case GroupColumn:
            return groupPaused ? tr("The group is paused (PAUSED_TRIGGER_GRPS): triggers added to it start paused.")
                               : QVariant();
        case StateColumn:
            return tr("TRIGGER_STATE as the Java nodes wrote it");
        case MisfireColumn:
            if (const std::optional<TriggerKind> kind = triggerKindOf(t.type))
                return Misfire::explanation(*kind, t.misfireInstruction);
            return {};
        case NextFireColumn:
        case PreviousFireColumn:
            return tr("This computer's time zone");
        default:
            return t.description.isEmpty() ? QVariant() : QVariant(t.description);
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == PriorityColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant QuartzTriggersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case GroupColumn: return tr("Group");
    case NameColumn: return tr("Trigger");
    case JobColumn: return tr("Job");
    case KindColumn: return tr("Kind");
    case StateColumn: return tr("State");
    case ScheduleColumn: return tr("Schedule");
    case NextFireColumn: return tr("Next fire");
    case PreviousFireColumn: return tr("Previous fire");
    case PriorityColumn: return tr("Priority");
    case CalendarColumn: return tr("Calendar");
    case MisfireColumn: return tr("Misfire instruction");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Qronos
