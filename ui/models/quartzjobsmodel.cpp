#include "quartzjobsmodel.h"

namespace Qronos {

QuartzJobsModel::QuartzJobsModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void QuartzJobsModel::setJobs(QList<QuartzJob> jobs)
{
    replaceRows(m_jobs, std::move(jobs), [](const QuartzJob &j) { return j.key.toString(); });
}

int QuartzJobsModel::rowOf(const JobKey &key) const
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).key == key)
            return i;
    }
    return -1;
}

int QuartzJobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuartzJobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QuartzJob &j = m_jobs.at(index.row());
    const auto flag = [role](bool on) -> QVariant {
        if (role == SortRole)
            return on;
        return on ? tr("yes") : tr("no");
    };
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case GroupColumn: return j.key.group();
        case NameColumn: return j.key.name();
        case ClassColumn: return j.jobClassName;
        case DurableColumn: return flag(j.durable);
        case RecoveryColumn: return flag(j.requestsRecovery);
        case NonConcurrentColumn: return flag(j.nonConcurrent);
        case PersistDataColumn: return flag(j.updateData);
        case JobDataColumn:
            if (role == SortRole)
                return j.jobDataBytes;
            return j.jobDataBytes < 0 ? tr("none") : tr("Java-serialized, %1 bytes").arg(j.jobDataBytes);
        case DescriptionColumn: return j.description;
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case ClassColumn:
            return tr("The Java class the Java nodes run; Qronos never runs it.");
        case RecoveryColumn:
            return tr("Requests recovery: run again when the node that ran it died.");
        case NonConcurrentColumn:
            return tr("@DisallowConcurrentExecution: never two runs of this job at once.");
        case PersistDataColumn:
            return tr("@PersistJobDataAfterExecution: the job data is written back after each run.");
        case JobDataColumn:
            return tr("The job data map is Java-serialized; Qronos does not decode it.");
        default:
            return j.description.isEmpty() ? QVariant() : QVariant(j.description);
        }
    }
    return {};
}

QVariant QuartzJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case GroupColumn: return tr("Group");
    case NameColumn: return tr("Job");
    case ClassColumn: return tr("Java class");
    case DurableColumn: return tr("Durable");
    case RecoveryColumn: return tr("Recovery");
    case NonConcurrentColumn: return tr("Non-concurrent");
    case PersistDataColumn: return tr("Persist data");
    case JobDataColumn: return tr("Job data");
    case DescriptionColumn: return tr("Description");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Qronos
