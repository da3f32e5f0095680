#include "firetimemodel.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace Qronos {

namespace {

QString offsetText(qint64 offsetMs)
{
    const qint64 minutes = (offsetMs < 0 ? -offsetMs : offsetMs) / 60000;
    return QStringLiteral("%1%2:%3")
        .arg(offsetMs < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

ZoneRulesPtr systemZone()
{
    const Result<ZoneRulesPtr> zone = ZoneRules::forId(QTimeZone::systemTimeZoneId());
    return zone ? *zone : ZoneRules::utc();
}

} // namespace

FireTimeModel::FireTimeModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_triggerZone(ZoneRules::utc())
    , m_localZone(systemZone())
{
}

void FireTimeModel::setFireTimes(const QList<qint64> &utcMs, ZoneRulesPtr triggerZone, const QList<qint64> &excludedMs)
{
    if (!triggerZone)
        triggerZone = ZoneRules::utc();
    const bool zoneChanged = triggerZone->id() != m_triggerZone->id();
    beginResetModel();
    m_fires = utcMs;
    m_excludedTimes = excludedMs;
    m_times.clear();
    m_excluded.clear();
    m_numbers.clear();
    // Merge the two ascending lists.
    qsizetype i = 0;
    qsizetype j = 0;
    int number = 0;
    while (i < m_fires.size() || j < m_excludedTimes.size()) {
        const bool takeExcluded = i == m_fires.size() || (j < m_excludedTimes.size() && m_excludedTimes.at(j) < m_fires.at(i));
        m_times.append(takeExcluded ? m_excludedTimes.at(j++) : m_fires.at(i++));
        m_excluded.append(takeExcluded);
        m_numbers.append(takeExcluded ? 0 : ++number);
    }
    m_triggerZone = std::move(triggerZone);
    m_showMilliseconds = std::any_of(m_times.cbegin(), m_times.cend(), [](qint64 t) { return t % 1000 != 0; });
    endResetModel();
    if (zoneChanged)
        emit headerDataChanged(Qt::Horizontal, TriggerZoneColumn, TriggerZoneColumn);
}

void FireTimeModel::clear()
{
    if (m_times.isEmpty())
        return;
    beginResetModel();
    m_times.clear();
    m_excluded.clear();
    m_numbers.clear();
    m_fires.clear();
    m_excludedTimes.clear();
    endResetModel();
}

void FireTimeModel::setLocalZone(ZoneRulesPtr zone)
{
    m_localZone = zone ? std::move(zone) : ZoneRules::utc();
    if (!m_times.isEmpty())
        emit dataChanged(index(0, LocalZoneColumn), index(int(m_times.size()) - 1, LocalZoneColumn));
    emit headerDataChanged(Qt::Horizontal, LocalZoneColumn, LocalZoneColumn);
}

int FireTimeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_times.size());
}

int FireTimeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FireTimeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const qint64 t = m_times.at(row);
    const bool excluded = m_excluded.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return excluded ? QVariant(QString()) : QVariant(m_numbers.at(row));
        case TriggerZoneColumn: return formatInZone(t, *m_triggerZone);
        case LocalZoneColumn: return formatInZone(t, *m_localZone);
        case UtcColumn: return formatUtc(t);
        default: return {};
        }
    case InstantRole:
        return t;
    case ExcludedRole:
        return excluded;
    case Qt::ForegroundRole:
        if (excluded)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole: {
        // The offset changed since the previous fire (daylight saving time began or ended): say so.
        const bool offsetChanged = index.column() == TriggerZoneColumn && row > 0
            && m_triggerZone->offsetAtUtc(t) != m_triggerZone->offsetAtUtc(m_times.at(row - 1));
        if (!offsetChanged && !excluded)
            return {};
        QFont font;
        font.setBold(offsetChanged);
        font.setStrikeOut(excluded);
        return font;
    }
    case Qt::ToolTipRole:
        return toolTip(row);
    default:
        return {};
    }
}

QVariant FireTimeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NumberColumn: return tr("#");
        case TriggerZoneColumn: return tr("Trigger time (%1)").arg(QString::fromUtf8(m_triggerZone->id()));
        case LocalZoneColumn: return tr("Local time (%1)").arg(QString::fromUtf8(m_localZone->id()));
        case UtcColumn: return tr("UTC");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NumberColumn: return tr("Fire number");
        case TriggerZoneColumn: return tr("Wall time in the trigger's time zone, where the schedule is read");
        case LocalZoneColumn: return tr("Wall time in this computer's time zone");
        case UtcColumn: return tr("The instant in UTC, as it is stored");
        default: return {};
        }
    }
    return {};
}

QString FireTimeModel::formatInZone(qint64 utcMs, const ZoneRules &zone) const
{
    const qint64 offset = zone.offsetAtUtc(utcMs);
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(utcMs + offset, Qt::UTC);
    const QString time = wall.time().toString(m_showMilliseconds ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));
    //: Fire time in a zone: %1 date (2024-03-11), %2 short weekday, %3 time of day, %4 UTC offset (-04:00)
    return tr("%1 %2 %3 %4")
        .arg(wall.date().toString(Qt::ISODate), QLocale().dayName(wall.date().dayOfWeek(), QLocale::ShortFormat),
             time, offsetText(offset));
}

QString FireTimeModel::formatUtc(qint64 utcMs) const
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    return utc.toString(m_showMilliseconds ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ") : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString FireTimeModel::toolTip(int row) const
{
    const qint64 t = m_times.at(row);
    const QTimeZone zone = m_triggerZone->timeZone();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    QString tip = tr("%1 in %2 (%3)")
                      .arg(formatInZone(t, *m_triggerZone), QString::fromUtf8(m_triggerZone->id()),
                           zone.isValid() ? zone.abbreviation(at) : QStringLiteral("UTC"));
    if (m_excluded.at(row))
        tip += QLatin1Char('\n') + tr("The calendar excludes this time: the trigger does not fire then.");
    if (row > 0) {
        const qint64 previous = m_times.at(row - 1);
        const qint64 before = m_triggerZone->offsetAtUtc(previous);
        const qint64 after = m_triggerZone->offsetAtUtc(t);
        if (before != after)
            tip += QLatin1Char('\n') + tr("The UTC offset changed from %1 to %2 since the previous fire.")
                                           .arg(offsetText(before), offsetText(after));
        tip += QLatin1Char('\n') + tr("%1 after the previous fire.").arg(durationText(t - previous));
    }
    return tip;
}

QString FireTimeModel::durationText(qint64 ms)
{
    QStringList parts;
    const qint64 days = ms / 86400000;
    const qint64 hours = ms / 3600000 % 24;
    const qint64 minutes = ms / 60000 % 60;
    const qint64 seconds = ms / 1000 % 60;
    const qint64 millis = ms % 1000;
    if (days)
        parts << tr("%1 d", "duration in days").arg(days);
    if (hours)
        parts << tr("%1 h", "duration in hours").arg(hours);
    if (minutes)
        parts << tr("%1 min", "duration in minutes").arg(minutes);
    if (seconds)
        parts << tr("%1 s", "duration in seconds").arg(seconds);
    if (millis || parts.isEmpty())
        parts << tr("%1 ms", "duration in milliseconds").arg(millis);
    return parts.join(QLatin1Char(' '));
}

} // namespace Qronos
