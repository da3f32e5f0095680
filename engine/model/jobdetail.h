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

    /// How long one attempt may run before the runtime interrupts it, in ms; 0 = no limit.
    qint64 timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(qint64 ms) { m_timeoutMs = ms; }
    /// How many times a failed or timed-out attempt is tried again (0 = never), and the pause before each retry.
    int retryCount() const { return m_retryCount; }
    void setRetryCount(int n) { m_retryCount = n; }
    qint64 retryDelayMs() const { return m_retryDelayMs; }
    void setRetryDelayMs(qint64 ms) { m_retryDelayMs = ms; }
    /// http(s) URL that receives a JSON POST describing the execution when the last attempt failed; empty = none.
    const QString &failureWebhook() const { return m_failureWebhook; }
    void setFailureWebhook(const QString &url) { m_failureWebhook = url; }
    /// Only nodes carrying this tag run the job; empty = any node.
    const QString &requiredNodeTag() const { return m_requiredNodeTag; }
    void setRequiredNodeTag(const QString &tag) { m_requiredNodeTag = tag; }
    /// Only the node with this instance id runs the job; empty = any node.
    const QString &pinnedInstanceId() const { return m_pinnedInstanceId; }
    void setPinnedInstanceId(const QString &id) { m_pinnedInstanceId = id; }

    /// Empty when the job can be stored; else what is wrong, naming the field.
    QString validationError() const;

    QJsonObject toJson() const;
    /// Only the execution-policy fields (timeoutMs, retryCount, retryDelayMs, failureWebhook, requiredNodeTag,
    /// pinnedInstanceId), those that differ from their defaults; toJson() includes them too.
    QJsonObject optionsJson() const;
    /// Reads the execution-policy fields present in \a json (absent ones keep their value); a failure names the field.
    Result<Done> setOptionsFromJson(const QJsonObject &json);
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
    qint64 m_timeoutMs = 0;
    int m_retryCount = 0;
    qint64 m_retryDelayMs = 0;
    QString m_failureWebhook;
    QString m_requiredNodeTag;
    QString m_pinnedInstanceId;
};

} // namespace Qronos
