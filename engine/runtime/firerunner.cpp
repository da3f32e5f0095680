#include "firerunner.h"

#include "runtime/executiontracker.h"

#include <QCoreApplication>
#include <QThread>

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::FireRunner)
};

ExecutionStatus statusOf(JobResult::Status status)
{
    switch (status) {
    case JobResult::Status::Succeeded: return ExecutionStatus::Succeeded;
    case JobResult::Status::Failed: return ExecutionStatus::Failed;
    case JobResult::Status::TimedOut: return ExecutionStatus::TimedOut;
    case JobResult::Status::Interrupted: return ExecutionStatus::Interrupted;
    }
    return ExecutionStatus::Failed;
}
} // namespace

FireRunner::FireRunner(const JobTypeRegistry &registry, ExecutionTracker &tracker, std::shared_ptr<Clock> clock,
                       QString instanceId, qsizetype maxOutputBytes, Hooks hooks)
    : m_registry(registry)
    , m_tracker(tracker)
    , m_clock(std::move(clock))
    , m_instanceId(std::move(instanceId))
    , m_maxOutputBytes(maxOutputBytes)
    , m_hooks(std::move(hooks))
{}

CompletedFire FireRunner::run(const FiredBundle &bundle) const
{
    CompletedFire done;
    done.fireInstanceId = bundle.fireInstanceId;
    done.trigger = bundle.trigger.key();
    done.job = bundle.job.key();
    done.jobNonConcurrent = bundle.job.isConcurrentExecutionDisallowed();

    // A recovery re-run is the next attempt of the fire its node did not finish.
    const int firstAttempt = bundle.recovers ? bundle.recovers->firstAttempt : bundle.recovering ? 2 : 1;
    int attempt = firstAttempt;
    const int lastAttempt = attempt + qMax(0, bundle.job.retryCount());
    JobDataMap changedData;
    bool dataChanged = false;
    for (;; ++attempt) {
        JobDataMap attemptData;
        ExecutionRecord record = runAttempt(bundle, attempt, attempt == firstAttempt, &attemptData);
        if (bundle.job.isPersistJobDataAfterExecution() && !attemptData.isEmpty()) {
            changedData = attemptData;
            dataChanged = true;
        }
        const bool retryable = record.status == ExecutionStatus::Failed || record.status == ExecutionStatus::TimedOut;
        done.attempts.append(record);
        if (!retryable || attempt >= lastAttempt || m_tracker.isInterruptRequested(bundle.fireInstanceId))
            break;
        if (m_hooks.retrying)
            m_hooks.retrying(record);
        if (!pause(bundle.fireInstanceId, bundle.job.retryDelayMs()))
            break;
    }
    if (dataChanged)
        done.changedJobData = changedData;
    return done;
}

ExecutionRecord FireRunner::runAttempt(const FiredBundle &bundle, int attempt, bool first, JobDataMap *changedData) const
{
    ExecutionRecord record;
    record.fireInstanceId = bundle.recovers ? bundle.recovers->fireInstanceId : bundle.fireInstanceId;
    record.attempt = attempt;
    record.job = bundle.job.key();
    record.trigger = bundle.recovers ? bundle.recovers->trigger : bundle.trigger.key();
    record.instanceId = m_instanceId;
    record.scheduledTime = bundle.recovers ? bundle.recovers->scheduledTime : bundle.scheduledTime;
    record.recovering = bundle.recovering;
    record.fireTime = first ? bundle.fireTime : m_clock->nowMs();
    if (m_hooks.attemptStarted)
        m_hooks.attemptStarted(bundle, attempt, record.fireTime);

    const auto finish = [&](ExecutionStatus status, const QString &error, const QString &output = {}) {
        record.status = status;
        record.errorMessage = error;
        record.output = output;
        record.endTime = m_clock->nowMs();
        return record;
    };

    Result<std::unique_ptr<Job>> job = m_registry.create(bundle.job.jobType());
    if (!job)
        return finish(ExecutionStatus::Refused,
                      Tr::tr("Node %1 cannot run job type \"%2\": %3").arg(m_instanceId, bundle.job.jobType(), job.error()));
    const JobDataMap merged = bundle.job.jobData().mergedWith(bundle.trigger.jobData());
    if (Result<Done> valid = m_registry.validate(bundle.job.jobType(), merged); !valid)
        return finish(ExecutionStatus::Failed, valid.error());

    JobExecutionContext context(bundle.job, merged, bundle.fireInstanceId, bundle.scheduledTime, record.fireTime);
    context.setMaxOutputBytes(m_maxOutputBytes);
    const qint64 timeout = bundle.job.timeoutMs();
    m_tracker.setAttempt(bundle.fireInstanceId, context.interruptionToken(),
                         timeout > 0 ? std::optional<qint64>(record.fireTime + timeout) : std::nullopt);
    // Interrupted (or shut down) between the claim and now: do not start at all.
    if (context.isInterrupted())
        return finish(ExecutionStatus::Interrupted, Tr::tr("Interrupted before it started."));

    const JobResult result = job.value()->execute(context);
    if (result.changedJobData())
        *changedData = *result.changedJobData();
    if (m_tracker.isTimedOut(bundle.fireInstanceId) && result.status() != JobResult::Status::Succeeded)
        return finish(ExecutionStatus::TimedOut,
                      Tr::tr("Stopped after the job's timeout of %1 ms.").arg(timeout)
                          + (result.errorMessage().isEmpty() ? QString() : QLatin1Char(' ') + result.errorMessage()),
                      result.output());
    return finish(statusOf(result.status()), result.errorMessage(), result.output());
}

bool FireRunner::pause(const QString &fireInstanceId, qint64 ms) const
{
    const qint64 until = m_clock->nowMs() + ms;
    while (m_clock->nowMs() < until) {
        if (m_tracker.isInterruptRequested(fireInstanceId))
            return false;
        QThread::msleep(quint64(qBound<qint64>(1, until - m_clock->nowMs(), qMin<qint64>(100, m_clock->maxRealWaitMs()))));
    }
    return !m_tracker.isInterruptRequested(fireInstanceId);
}

} // namespace Qronos
