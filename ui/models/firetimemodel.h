#pragma once

#include "schedule/zonerules.h"

#include <QAbstractTableModel>
#include <QList>

namespace Qronos {

/// A read-only table of fire times: one row per fire, the instant shown in the trigger's zone (with
/// the weekday), in this computer's zone and in UTC. The model only displays what it is given; the
/// fire times come from the engine (FireTimes::computeFireTimes).
class FireTimeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FireTimeModel)

public:
    enum Column { NumberColumn, TriggerZoneColumn, LocalZoneColumn, UtcColumn, ColumnCount };
    /// Qt::UserRole: the fire time as epoch milliseconds UTC (qint64), for every column.
    static constexpr int InstantRole = Qt::UserRole;

    explicit FireTimeModel(QObject *parent = nullptr);

    /// Replaces the rows. triggerZone is the zone the trigger's wall times are read in (UTC when null).
    void setFireTimes(const QList<qint64> &utcMs, ZoneRulesPtr triggerZone);
    void clear();
    const QList<qint64> &fireTimes() const { return m_times; }
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

    QList<qint64> m_times;
    ZoneRulesPtr m_triggerZone;
    ZoneRulesPtr m_localZone;
    bool m_showMilliseconds = false; // only when some fire time is not on a whole second
};

} // namespace Qronos
