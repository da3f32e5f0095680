#include "failurewebhook.h"

#include "exchange/isotime.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::FailureWebhook)
};

constexpr qsizetype MaxAnswerBytes = 512; // of a refusing answer's body, quoted in the message

/// The engine's version when the build defines it for the engine, else the program's (qronos and
/// qronosctl set QCoreApplication's application version to the project's version).
QByteArray userAgent()
{
#ifdef QRONOS_VERSION
    return QByteArrayLiteral("Qronos/" QRONOS_VERSION);
#else
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QByteArrayLiteral("Qronos") : "Qronos/" + version.toUtf8();
#endif
}

/// scheme://host[:port] only: the rest of a webhook URL is often a secret.
QString origin(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(IsoTime::formatUtc(ms)) : QJsonValue(QJsonValue::Null);
}
} // namespace

Result<int> postFailureWebhook(const QString &urlText, const QJsonObject &body, int timeoutMs)
{
    const QUrl url(urlText.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return fail(Tr::tr("The failure webhook must be an absolute http:// or https:// URL with a host."));
    if (timeoutMs <= 0)
        timeoutMs = DefaultWebhookTimeoutMs;

    QNetworkAccessManager manager; // lives on this thread, for this call only
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "*/*");

    QNetworkReply *reply = manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QByteArray answer;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        const QByteArray chunk = reply->readAll();
        if (answer.size() < MaxAnswerBytes)
            answer += chunk.left(MaxAnswerBytes - answer.size());
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    bool timedOut = false;
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort(); // emits finished, which ends the loop
    });
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timer.stop();
    if (reply->isOpen() && answer.size() < MaxAnswerBytes)
        answer += reply->read(MaxAnswerBytes - answer.size());

    const QString where = origin(url);
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    Result<int> result = fail(QString());
    if (timedOut) {
        result = fail(Tr::tr("The failure webhook at %1 did not answer within %2 ms.").arg(where).arg(timeoutMs));
    } else if (!statusAttribute.isValid()) {
        result = fail(Tr::tr("The failure webhook at %1 could not be reached: %2.").arg(where, reply->errorString()));
    } else {
        const int status = statusAttribute.toInt();
        if (status >= 200 && status <= 299) {
            result = status;
        } else {
            const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            QString text = Tr::tr("The failure webhook at %1 answered HTTP %2 %3.").arg(where).arg(status).arg(reason);
            if (status >= 300 && status <= 399)
                text += QLatin1Char(' ') + Tr::tr("Redirects are not followed; use the final address.");
            const QString quoted = QString::fromUtf8(answer).simplified();
            if (!quoted.isEmpty())
                text += QLatin1Char(' ') + Tr::tr("Answer: %1").arg(quoted);
            result = fail(text);
        }
    }
    delete reply;
    return result;
}

QJsonObject describeFailedExecution(const FailedExecution &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), QStringLiteral("execution_failed"));
    o.insert(QStringLiteral("job_name"), e.jobName);
    o.insert(QStringLiteral("job_group"), e.jobGroup);
    o.insert(QStringLiteral("trigger_name"), e.triggerName);
    o.insert(QStringLiteral("trigger_group"), e.triggerGroup);
    o.insert(QStringLiteral("instance_id"), e.instanceId);
    o.insert(QStringLiteral("fire_instance_id"), e.fireInstanceId);
    o.insert(QStringLiteral("scheduled_time"), timeOrNull(e.scheduledTimeMs));
    o.insert(QStringLiteral("fire_time"), timeOrNull(e.fireTimeMs));
    o.insert(QStringLiteral("end_time"), timeOrNull(e.endTimeMs));
    o.insert(QStringLiteral("duration_ms"), e.fireTimeMs > 0 && e.endTimeMs >= e.fireTimeMs
                                                ? QJsonValue(double(e.endTimeMs - e.fireTimeMs))
                                                : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("status"), e.status);
    o.insert(QStringLiteral("attempt"), e.attempt);
    o.insert(QStringLiteral("error_message"), e.errorMessage);
    const bool truncated = e.output.size() > WebhookOutputMaxChars;
    QString output = truncated ? e.output.right(WebhookOutputMaxChars) : e.output;
    if (truncated && output.front().isLowSurrogate()) // not half a character
        output.remove(0, 1);
    o.insert(QStringLiteral("output"), output);
    o.insert(QStringLiteral("output_truncated"), truncated);
    return o;
}

} // namespace Qronos
