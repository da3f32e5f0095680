#pragma once

#include "schedule/forecast.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace Qronos {

/// The fires of the agenda as a table: time, trigger, job, lane. Rows are only formatted when shown, so a
/// forecast of 200,000 fires costs its list and nothing more.
class AgendaModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaModel)

public:
    enum Column { TimeColumn, TriggerColumn, JobColumn, LaneColumn, ColumnCount };
    /// Epoch milliseconds of the fire, for every column.
    static constexpr int FireTimeRole = Qt::UserRole;

    explicit AgendaModel(QObject *parent = nullptr);

    void setFires(QList<ForecastFire> fires, QStringList lanes, QList<int> laneOf);
    const ForecastFire &fire(int row) const { return m_fires.at(row); }
    /// The first row at or after \a ms, or rowCount() when none.
    int firstRowAtOrAfter(qint64 ms) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ForecastFire> m_fires;
    QStringList m_lanes;
    QList<int> m_laneOf;
};

} // namespace Qronos
