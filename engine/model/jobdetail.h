#pragma once

#include "jobdatamap.h"
#include "keys.h"
#include "result.h"

#include <QJsonObject>

namespace Qronos {

/// A job definition, Quartz's JobDetail: what to run (a job type name from the registry plus its
/// data) and how the scheduler treats it.
class JobDetail final
{
public:
    JobDetail() = default;
    JobDetail(JobKey key, QString jobType) : m_key(std::move(key)), m_jobType(std::move(jobType)) {}

    const JobKey &key() const { return m_key; }
    void setKey(const JobKey &key) { m_key = key; }
    const QString &description() const { return m_description; }
    void setDescription(const QString &d) { m_description = d; }
    /// Name of the job type that runs it ("shell", "http", "sql", "noop", or a plugin's).
    const QString &jobType() const { return m_jobType; }
    void setJobType(const QString &t) { m_jobType = t; }

    /// Kept when no trigger points at it any more (Quartz: durability).
    bool isDurable() const { return m_durable; }
    void setDurable(bool on) { m_durable = on; }
    /// Re-run when the node running it died (Quartz: requestsRecovery).
    bool requestsRecovery() const { return m_requestsRecovery; }
    void setRequestsRecovery(bool on) { m_requestsRecovery = on; }
    /// At most one execution at a time (Quartz: @DisallowConcurrentExecution).
    bool isConcurrentExecutionDisallowed() const { return m_nonConcurrent; }
    void setConcurrentExecutionDisallowed(bool on) { m_nonConcurrent = on; }
    /// Job data changed by a run is saved (Quartz: @PersistJobDataAfterExecution).
    bool isPersistJobDataAfterExecution() const { return m_persistData; }
    void setPersistJobDataAfterExecution(bool on) { m_persistData = on; }

    const JobDataMap &jobData() const { return m_jobData; }
    JobDataMap &jobData() { return m_jobData; }
    void setJobData(const JobDataMap &data) { m_jobData = data; }

    /// Empty when the job can be stored; else what is wrong, naming the field.
    QString validationError() const;

    QJsonObject toJson() const;
    static Result<JobDetail> fromJson(const QJsonObject &json);

    friend bool operator==(const JobDetail &a, const JobDetail &b);

private:
    JobKey m_key;
    QString m_description;
    QString m_jobType;
    bool m_durable = false;
    bool m_requestsRecovery = false;
    bool m_nonConcurrent = false;
    bool m_persistData = false;
    JobDataMap m_jobData;
};

} // namespace Qronos
