#pragma once

#include "keyedtablemodel.h"
#include "store/quartzrecords.h"

namespace Qronos {

/// The jobs of a Java Quartz scheduler (QuartzDatabase::jobs()): their Java class, flags and description. The job
/// data is Java-serialized and shown only by its size.
class QuartzJobsModel final : public KeyedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuartzJobsModel)

public:
    enum Column {
        GroupColumn,
        NameColumn,
        ClassColumn,
        DurableColumn,
        RecoveryColumn,
        NonConcurrentColumn,
        PersistDataColumn,
        JobDataColumn,
        DescriptionColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit QuartzJobsModel(QObject *parent = nullptr);

    void setJobs(QList<QuartzJob> jobs);
    const QuartzJob &job(int row) const { return m_jobs.at(row); }
    const QList<QuartzJob> &jobs() const { return m_jobs; }
    /// The row of \a key, or -1.
    int rowOf(const JobKey &key) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rowsSize() const override { return int(m_jobs.size()); }

private:
    QList<QuartzJob> m_jobs;
};

} // namespace Qronos
