#include "jobresult.h"

namespace Qronos {

namespace {
JobResult make(JobResult::Status status, QString message, QString output)
{
    JobResult r;
    r.setStatus(status);
    r.setErrorMessage(message);
    r.setOutput(output);
    return r;
}
} // namespace

JobResult JobResult::succeeded(QString output)
{
    return make(Status::Succeeded, {}, std::move(output));
}

JobResult JobResult::failed(QString errorMessage, QString output)
{
    return make(Status::Failed, std::move(errorMessage), std::move(output));
}

JobResult JobResult::timedOut(QString errorMessage, QString output)
{
    return make(Status::TimedOut, std::move(errorMessage), std::move(output));
}

JobResult JobResult::interrupted(QString errorMessage, QString output)
{
    return make(Status::Interrupted, std::move(errorMessage), std::move(output));
}

QString JobResult::statusName(Status status)
{
    switch (status) {
    case Status::Succeeded: return QStringLiteral("SUCCEEDED");
    case Status::Failed: return QStringLiteral("FAILED");
    case Status::TimedOut: return QStringLiteral("TIMED_OUT");
    case Status::Interrupted: return QStringLiteral("INTERRUPTED");
    }
    return QStringLiteral("FAILED");
}

} // namespace Qronos
