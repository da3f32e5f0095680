#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>

namespace Qronos {

/// Used when postFailureWebhook() is given no positive timeout.
constexpr int DefaultWebhookTimeoutMs = 10000;
/// describeFailedExecution() keeps at most the last this many characters of the output.
constexpr int WebhookOutputMaxChars = 16384;

/// POSTs `body` as JSON (Content-Type application/json, User-Agent Qronos/<version>) to `url` and
/// waits for the answer, at most `timeoutMs` (≤ 0: DefaultWebhookTimeoutMs).
///
/// Synchronous: it runs its own QNetworkAccessManager and QEventLoop, so it may be called on any
/// thread of a running QCoreApplication, also one without an event loop (a worker). TLS certificates
/// are verified; redirects are not followed (a 3xx counts as a failure, so a POST never silently
/// turns into a GET). Returns the HTTP status of a 2xx answer; fails, with a message that names only
/// the URL's scheme, host and port (webhook paths and queries often carry secrets), on an invalid
/// URL, a timeout, a connection or TLS error, or any other status.
Result<int> postFailureWebhook(const QString &url, const QJsonObject &body, int timeoutMs);

/// One failed execution, as plain values. Times are epoch ms UTC; ≤ 0 means unknown.
struct FailedExecution
{
    QString jobName;
    QString jobGroup;
    QString triggerName;
    QString triggerGroup;
    QString instanceId;     // the node that ran it
    QString fireInstanceId; // the fire (one row of FIRED_TRIGGERS / EXECUTION_HISTORY)
    qint64 scheduledTimeMs = 0;
    qint64 fireTimeMs = 0;
    qint64 endTimeMs = 0;
    QString status; // executionStatusName(), e.g. "FAILED", "TIMED_OUT"
    int attempt = 1; // 1 for the first try, 2 for the first retry...
    QString errorMessage;
    QString output;
};

/// The webhook's JSON body; its keys are stable (snake_case) and always all present:
///
///     {"event": "execution_failed", "job_name", "job_group", "trigger_name", "trigger_group",
///      "instance_id", "fire_instance_id",
///      "scheduled_time", "fire_time", "end_time": "2026-11-21T10:15:00.000Z" or null,
///      "duration_ms": end - fire or null, "status", "attempt", "error_message",
///      "output": the last WebhookOutputMaxChars characters, "output_truncated": bool}
QJsonObject describeFailedExecution(const FailedExecution &execution);

} // namespace Qronos
