#pragma once

#include "datasources.h"
#include "job.h"
#include "jobtyperegistry.h"

#include <memory>

namespace Qronos {

/// Type "sql": runs one statement on a named data source of the node that runs it. See
/// docs/job-types.md for the keys.
///
/// The job opens a connection of its own on its worker thread (a unique name, removed when it
/// ends), binds the parameters from the job data, and records the rows affected (also the result
/// code) or the first maxRows rows of a result set as tab-separated text. Credentials stay on the
/// node, in its data sources; a job only names one.
///
/// Interruption and timeoutSeconds stop a running statement: on SQLite through a progress handler
/// on the job's own thread; on PostgreSQL and MySQL/MariaDB from a second thread that cancels it
/// over a second connection (pg_cancel_backend, KILL QUERY), with the server's own statement
/// timeout (statement_timeout, max_statement_time, max_execution_time) set as well.
class SqlJob final : public Job
{
public:
    /// \a sources may be null: every run then fails with "this node has no data sources".
    explicit SqlJob(std::shared_ptr<const DataSources> sources);
    JobResult execute(JobExecutionContext &context) override;
    static Result<Done> validate(const JobDataMap &data);
    /// The registry entry for "sql", resolving names through \a sources.
    static JobTypeInfo typeInfo(std::shared_ptr<const DataSources> sources);

private:
    std::shared_ptr<const DataSources> m_sources;
};

/// Registers "sql" with \a sources (which the node read from its data-sources file; may be null or
/// empty). Fails if the name "sql" is already taken.
Result<Done> registerSqlJobType(JobTypeRegistry &registry, std::shared_ptr<const DataSources> sources);

} // namespace Qronos
