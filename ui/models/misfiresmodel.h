#pragma once

#include "keyedtablemodel.h"
#include "store/jobstore.h"

#include <QHash>

namespace Qronos {

/// The misfire log, newest first (JobStore::misfireLog()).
class MisfiresModel final : public KeyedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MisfiresModel)

public:
    enum Column { TriggerColumn, JobColumn, ScheduledColumn, DetectedColumn, LateColumn, NodeColumn,
                  InstructionColumn, NextFireColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit MisfiresModel(QObject *parent = nullptr);

    /// \a kinds gives each trigger's kind where it is known, to name its instruction (the numbers differ by kind).
    void setMisfires(QList<MisfireRecord> misfires, QHash<QString, TriggerKind> kinds);
    const MisfireRecord &misfire(int row) const { return m_rows.at(row); }
    const QList<MisfireRecord> &misfires() const { return m_rows; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rowsSize() const override { return int(m_rows.size()); }

private:
    QString instructionText(const MisfireRecord &m) const;

    QList<MisfireRecord> m_rows;
    QHash<QString, TriggerKind> m_kinds; // by TriggerKey::toString()
};

} // namespace Qronos
