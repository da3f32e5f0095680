#include "noopjob.h"

#include <QCoreApplication>

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::NoopJob)
};
} // namespace

JobResult NoopJob::execute(JobExecutionContext &context)
{
    if (context.isInterrupted())
        return JobResult::interrupted(Tr::tr("Interrupted before it started."));
    return JobResult::succeeded();
}

JobTypeInfo NoopJob::typeInfo()
{
    JobTypeInfo info;
    info.name = QStringLiteral("noop");
    info.description = Tr::tr("Does nothing and succeeds.");
    info.dataSchema = QString::fromUtf8(R"json({"type": "object", "properties": {}})json");
    info.factory = [] { return std::make_unique<NoopJob>(); };
    info.validator = [](const JobDataMap &) -> Result<Done> { return Done{}; };
    return info;
}

} // namespace Qronos
