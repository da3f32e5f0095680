#pragma once

#include "schedule/zonerules.h"

#include <QAbstractTableModel>
#include <QList>

namespace Qronos {

/// A read-only table of fire times: one row per fire, the instant shown in the trigger's zone (with
/// the weekday), in this computer's zone and in UTC. The model only displays what it is given; the
/// fire times come from the engine (FireTimes::computeFireTimes).
///
/// Fire times a calendar excludes may be listed too, in time order among the others: they are
/// greyed and struck through, carry no fire number, and ExcludedRole is true for them.
class FireTimeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FireTimeModel)

public:
    enum Column { NumberColumn, TriggerZoneColumn, LocalZoneColumn, UtcColumn, ColumnCount };
    /// Qt::UserRole: the fire time as epoch milliseconds UTC (qint64), for every column.
    static constexpr int InstantRole = Qt::UserRole;
    /// Qt::UserRole + 1: true on a row the calendar excludes (bool), for every column.
    static constexpr int ExcludedRole = Qt::UserRole + 1;

    explicit FireTimeModel(QObject *parent = nullptr);

    /// Replaces the rows. triggerZone is the zone the trigger's wall times are read in (UTC when null).
    /// excludedMs: fire times the calendar excludes, listed struck through among the others.
    void setFireTimes(const QList<qint64> &utcMs, ZoneRulesPtr triggerZone, const QList<qint64> &excludedMs = {});
    void clear();
    /// The fire times (without the excluded ones), ascending.
    const QList<qint64> &fireTimes() const { return m_fires; }
    /// The excluded fire times shown, ascending.
    const QList<qint64> &excludedTimes() const { return m_excludedTimes; }
    bool isExcluded(int row) const { return m_excluded.value(row); }
    /// The zone of the "local" column; the system zone by default. For tests and for a later
    /// "view in zone" option.
    void setLocalZone(ZoneRulesPtr zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString formatInZone(qint64 utcMs, const ZoneRules &zone) const;
    QString formatUtc(qint64 utcMs) const;
    QString toolTip(int row) const;
    static QString durationText(qint64 ms);

    QList<qint64> m_times;     // every row, ascending
    QList<bool> m_excluded;    // per row
    QList<int> m_numbers;      // per row: the fire's number, 0 for an excluded row
    QList<qint64> m_fires;
    QList<qint64> m_excludedTimes;
    ZoneRulesPtr m_triggerZone;
    ZoneRulesPtr m_localZone;
    bool m_showMilliseconds = false; // only when some fire time is not on a whole second
};

} // namespace Qronos
