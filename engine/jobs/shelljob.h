#pragma once

#include "job.h"
#include "jobtyperegistry.h"

namespace Qronos {

/// Type "shell": runs a program and judges it by its exit code. See docs/job-types.md for the keys.
///
/// On Unix the program runs in a process group of its own; a timeout or an interruption kills the
/// whole group (SIGKILL), so children it started do not outlive the job. stdout and stderr are
/// captured together, cut at maxOutputBytes.
class ShellJob final : public Job
{
public:
    ShellJob() = default;
    JobResult execute(JobExecutionContext &context) override;
    static Result<Done> validate(const JobDataMap &data);
    /// The registry entry for "shell".
    static JobTypeInfo typeInfo();
};

} // namespace Qronos
