#pragma once

#include "interruptiontoken.h"
#include "model/jobdatamap.h"
#include "model/jobdetail.h"

#include <QString>

namespace Qronos {

/// Everything a job sees of one execution (Quartz's JobExecutionContext): the job, its data merged
/// with the trigger's, the fire it belongs to, and the interruption token it must honour.
///
/// Built by the runtime on the worker thread that runs the job. Only the interruption token may be
/// touched from other threads (through a copy from interruptionToken()).
class JobExecutionContext final
{
public:
    /// Output captured by built-in jobs is cut at this many bytes unless the job data says otherwise.
    static constexpr qsizetype DefaultMaxOutputBytes = 64 * 1024;

    JobExecutionContext() = default;
    JobExecutionContext(JobDetail jobDetail, JobDataMap mergedJobData, QString fireInstanceId,
                        qint64 scheduledFireTimeMs, qint64 fireTimeMs);

    const JobDetail &jobDetail() const { return m_jobDetail; }
    /// The job's data with the trigger's data laid over it; what the job should read.
    const JobDataMap &mergedJobData() const { return m_mergedJobData; }
    /// Identifies this fire across the cluster (Quartz's fireInstanceId); empty for ad-hoc runs.
    const QString &fireInstanceId() const { return m_fireInstanceId; }
    /// When the trigger was due, epoch ms UTC (0 for ad-hoc runs).
    qint64 scheduledFireTime() const { return m_scheduledFireTime; }
    /// When the run actually started, epoch ms UTC.
    qint64 fireTime() const { return m_fireTime; }

    /// Output limit for jobs whose data does not set maxOutputBytes.
    qsizetype maxOutputBytes() const { return m_maxOutputBytes; }
    void setMaxOutputBytes(qsizetype bytes) { m_maxOutputBytes = bytes < 0 ? 0 : bytes; }

    /// True once interruption was requested. Long-running jobs must poll this (often enough that
    /// an interrupt takes effect within a fraction of a second) and return JobResult::Interrupted.
    bool isInterrupted() const { return m_token.isInterruptionRequested(); }
    /// Safe from any thread: asks the job to stop.
    void requestInterruption() const { m_token.requestInterruption(); }
    /// A handle the runtime can keep to interrupt this execution from another thread.
    InterruptionToken interruptionToken() const { return m_token; }

private:
    JobDetail m_jobDetail;
    JobDataMap m_mergedJobData;
    QString m_fireInstanceId;
    qint64 m_scheduledFireTime = 0;
    qint64 m_fireTime = 0;
    qsizetype m_maxOutputBytes = DefaultMaxOutputBytes;
    InterruptionToken m_token;
};

} // namespace Qronos
