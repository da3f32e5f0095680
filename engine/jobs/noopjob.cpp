#include "noopjob.h"

#include "jobs/jobdatareader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::NoopJob)
};

// A day: longer is surely a mistake in the job data, not a test of anything.
constexpr qint64 kMaxSleepMs = 24 * 3600 * 1000;

Result<qint64> sleepMs(const JobDataMap &data)
{
    return JobDataReader(data).integer(QStringLiteral("sleepMs"), 0, 0, kMaxSleepMs);
}
} // namespace

JobResult NoopJob::execute(JobExecutionContext &context)
{
    if (context.isInterrupted())
        return JobResult::interrupted(Tr::tr("Interrupted before it started."));
    const Result<qint64> sleep = sleepMs(context.mergedJobData());
    if (!sleep)
        return JobResult::failed(sleep.error());
    // Polls the interruption flag every 20 ms, so an interrupt ends the wait at once.
    const QDeadlineTimer until(*sleep);
    while (!until.hasExpired()) {
        if (context.isInterrupted())
            return JobResult::interrupted(Tr::tr("Interrupted after %1 of %2 ms.")
                                              .arg(*sleep - until.remainingTime())
                                              .arg(*sleep));
        QThread::msleep(quint64(qBound(qint64(1), until.remainingTime(), qint64(20))));
    }
    return JobResult::succeeded();
}

JobTypeInfo NoopJob::typeInfo()
{
    JobTypeInfo info;
    info.name = QStringLiteral("noop");
    info.description = Tr::tr("Does nothing and succeeds; with sleepMs, after waiting that long (interruptibly).");
    info.dataSchema = QString::fromUtf8(R"json({"type": "object", "properties": {
        "sleepMs": {"type": "integer", "minimum": 0, "maximum": 86400000,
                    "description": "Milliseconds to wait before succeeding (for tests and fail-over drills)."}}})json");
    info.factory = [] { return std::make_unique<NoopJob>(); };
    info.validator = [](const JobDataMap &data) -> Result<Done> {
        if (Result<qint64> sleep = sleepMs(data); !sleep)
            return fail(sleep.error());
        return Done{};
    };
    return info;
}

} // namespace Qronos
