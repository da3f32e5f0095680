#pragma once

#include "jobexecutioncontext.h"
#include "jobresult.h"

#include <QtGlobal>

namespace Qronos {

/// The interface a job type implements (Quartz's Job).
///
/// The registry creates a fresh instance for every execution, and the runtime calls execute() once
/// on a worker-pool thread. Implementations must therefore not assume a QObject parent, the GUI
/// thread, or a running event loop: a job that needs one (e.g. for networking) creates a local
/// QEventLoop and everything it uses inside execute(). execute() must not throw; it reports every
/// outcome through the JobResult, and it must honour context.isInterrupted() by stopping promptly
/// and returning JobResult::interrupted().
class Job
{
public:
    Job() = default;
    virtual ~Job() = default;
    Q_DISABLE_COPY_MOVE(Job)

    /// Runs the job once. The data has already passed the type's validation, but values that can
    /// only be checked at run time (a missing program, an unreachable host) end in a failed result.
    virtual JobResult execute(JobExecutionContext &context) = 0;
};

} // namespace Qronos
