#include "jobsmodel.h"

namespace Qronos {

JobsModel::JobsModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

namespace {

QString keyOf(const JobDetail &j)
{
    return j.key().group() + QChar(0x1f) + j.key().name();
}

} // namespace

void JobsModel::setJobs(QList<JobDetail> jobs)
{
    replaceRows(m_jobs, std::move(jobs), keyOf);
}

void JobsModel::appendJobs(QList<JobDetail> jobs)
{
    appendRows(m_jobs, std::move(jobs), keyOf);
}

std::optional<ListOrder> JobsModel::engineOrder(int column)
{
    switch (Column(column)) {
    case NameColumn: return ListOrder::Name;
    case GroupColumn: return ListOrder::Key;
    case TypeColumn: return ListOrder::JobType;
    case DescriptionColumn: return ListOrder::Description;
    case OptionsColumn:
    case NodeColumn:
    case ColumnCount: break;
    }
    return std::nullopt;
}

int JobsModel::rowOf(const JobKey &key) const
{
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).key() == key)
            return int(i);
    }
    return -1;
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const JobDetail &job = m_jobs.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case NameColumn: return job.key().name();
        case GroupColumn: return job.key().group();
        case TypeColumn: return job.jobType();
        case DescriptionColumn: return job.description().section(QLatin1Char('\n'), 0, 0);
        case OptionsColumn: {
            QStringList options;
            if (job.isDurable())
                options << tr("durable");
            if (job.isConcurrentExecutionDisallowed())
                options << tr("non-concurrent");
            if (job.isPersistJobDataAfterExecution())
                options << tr("persists data");
            if (job.requestsRecovery())
                options << tr("recovers");
            if (job.retryCount() > 0)
                options << tr("%n retry(s)", nullptr, job.retryCount());
            return options.join(QStringLiteral(", "));
        }
        case NodeColumn:
            if (!job.pinnedInstanceId().isEmpty())
                return tr("node %1").arg(job.pinnedInstanceId());
            if (!job.requiredNodeTag().isEmpty())
                return tr("tag %1").arg(job.requiredNodeTag());
            return QString();
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == DescriptionColumn && !job.description().isEmpty())
            return job.description();
        return job.key().toString();
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case GroupColumn: return tr("Group");
    case TypeColumn: return tr("Type");
    case DescriptionColumn: return tr("Description");
    case OptionsColumn: return tr("Options");
    case NodeColumn: return tr("Runs on");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Qronos
