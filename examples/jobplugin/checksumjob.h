#pragma once

#include "jobs/job.h"
#include "jobs/jobtyperegistry.h"

namespace QronosExamples {

/// Type "checksum": computes the digest of a file and fails when it differs from the expected one.
/// Data: "file" (path on the node), "expected" (hex digest), "algorithm" (sha256 or sha512).
/// See "The example plugin" in docs/job-types.md.
class ChecksumJob final : public Qronos::Job
{
public:
    ChecksumJob() = default;
    Qronos::JobResult execute(Qronos::JobExecutionContext &context) override;
    static Qronos::Result<Qronos::Done> validate(const Qronos::JobDataMap &data);
    /// The registry entry for "checksum".
    static Qronos::JobTypeInfo typeInfo();
};

} // namespace QronosExamples
