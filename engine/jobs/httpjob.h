#pragma once

#include "job.h"
#include "jobtyperegistry.h"

namespace Qronos {

/// Type "http": sends one HTTP(S) request and judges it by the response status. See
/// docs/job-types.md for the keys.
///
/// Runs its own QNetworkAccessManager in a local event loop on the calling (worker) thread, so it
/// needs no event loop from the runtime. The result code is the HTTP status; the output is the
/// start of the response body, cut at maxOutputBytes.
class HttpJob final : public Job
{
public:
    HttpJob() = default;
    JobResult execute(JobExecutionContext &context) override;
    static Result<Done> validate(const JobDataMap &data);
    /// The registry entry for "http".
    static JobTypeInfo typeInfo();
};

} // namespace Qronos
