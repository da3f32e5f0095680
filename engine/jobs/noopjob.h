#pragma once

#include "job.h"
#include "jobtyperegistry.h"

namespace Qronos {

/// Type "noop": does nothing and succeeds. Takes no data (any data is accepted and ignored).
class NoopJob final : public Job
{
public:
    NoopJob() = default;
    JobResult execute(JobExecutionContext &context) override;
    /// The registry entry for "noop".
    static JobTypeInfo typeInfo();
};

} // namespace Qronos
