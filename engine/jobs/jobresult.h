#pragma once

#include "model/jobdatamap.h"

#include <QString>

#include <optional>

namespace Qronos {

/// What one execution of a job came to: a status, a message a person can act on when it did not
/// succeed, the output it captured (already cut to the configured size), and for jobs that persist
/// their data, the data to save.
class JobResult final
{
public:
    enum class Status { Succeeded, Failed, TimedOut, Interrupted };

    JobResult() = default;

    static JobResult succeeded(QString output = {});
    static JobResult failed(QString errorMessage, QString output = {});
    static JobResult timedOut(QString errorMessage, QString output = {});
    static JobResult interrupted(QString errorMessage, QString output = {});

    Status status() const { return m_status; }
    void setStatus(Status s) { m_status = s; }
    bool isSuccess() const { return m_status == Status::Succeeded; }

    /// Empty on success; otherwise says what went wrong and, where it can, what to change.
    const QString &errorMessage() const { return m_errorMessage; }
    void setErrorMessage(const QString &m) { m_errorMessage = m; }

    /// Captured output (stdout+stderr of a process, start of an HTTP body, a log line). When it was
    /// cut, it ends with a "[output truncated: N more bytes]" marker and isOutputTruncated() is true.
    const QString &output() const { return m_output; }
    void setOutput(const QString &o) { m_output = o; }
    bool isOutputTruncated() const { return m_outputTruncated; }
    void setOutputTruncated(bool on) { m_outputTruncated = on; }

    /// The process exit code or HTTP status, when the job type has one.
    std::optional<int> resultCode() const { return m_resultCode; }
    void setResultCode(int code) { m_resultCode = code; }

    /// For jobs with "persist job data after execution": the data to store for the next run.
    /// Unset means "unchanged".
    const std::optional<JobDataMap> &changedJobData() const { return m_changedJobData; }
    void setChangedJobData(const JobDataMap &data) { m_changedJobData = data; }

    /// "SUCCEEDED", "FAILED", "TIMED_OUT", "INTERRUPTED": stable names for history rows and logs.
    static QString statusName(Status status);

private:
    Status m_status = Status::Succeeded;
    QString m_errorMessage;
    QString m_output;
    bool m_outputTruncated = false;
    std::optional<int> m_resultCode;
    std::optional<JobDataMap> m_changedJobData;
};

} // namespace Qronos
