#include "jobexecutioncontext.h"

namespace Qronos {

JobExecutionContext::JobExecutionContext(JobDetail jobDetail, JobDataMap mergedJobData, QString fireInstanceId,
                                         qint64 scheduledFireTimeMs, qint64 fireTimeMs)
    : m_jobDetail(std::move(jobDetail))
    , m_mergedJobData(std::move(mergedJobData))
    , m_fireInstanceId(std::move(fireInstanceId))
    , m_scheduledFireTime(scheduledFireTimeMs)
    , m_fireTime(fireTimeMs)
{}

} // namespace Qronos
