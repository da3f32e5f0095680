#pragma once

#include "job.h"
#include "jobtyperegistry.h"

namespace Qronos {

/// Type "log": writes `message` to the log (qInfo, with the job key) and succeeds; with
/// `fail: true` it fails with that message instead. Meant for tests and demos.
class LogJob final : public Job
{
public:
    LogJob() = default;
    JobResult execute(JobExecutionContext &context) override;
    static Result<Done> validate(const JobDataMap &data);
    /// The registry entry for "log".
    static JobTypeInfo typeInfo();
};

} // namespace Qronos
