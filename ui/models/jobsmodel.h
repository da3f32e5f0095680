#pragma once

#include "keyedtablemodel.h"
#include "model/jobdetail.h"
#include "store/jobstore.h"

#include <optional>

namespace Qronos {

/// The jobs of the schedule, one row each, as JobStore::listJobs() returns them.
class JobsModel final : public KeyedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsModel)

public:
    enum Column { NameColumn, GroupColumn, TypeColumn, DescriptionColumn, OptionsColumn, NodeColumn, ColumnCount };
    /// The raw value to sort by (strings, numbers), for every column.
    static constexpr int SortRole = Qt::UserRole;

    explicit JobsModel(QObject *parent = nullptr);

    void setJobs(QList<JobDetail> jobs);
    /// The next page of a paged list (see KeyedTableModel).
    void appendJobs(QList<JobDetail> jobs);
    /// The engine order that sorts by \a column, or none for a column the engine cannot sort by.
    static std::optional<ListOrder> engineOrder(int column);
    const JobDetail &job(int row) const { return m_jobs.at(row); }
    const QList<JobDetail> &jobs() const { return m_jobs; }
    /// The row of the job, or -1.
    int rowOf(const JobKey &key) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rowsSize() const override { return int(m_jobs.size()); }

private:
    QList<JobDetail> m_jobs;
};

} // namespace Qronos
