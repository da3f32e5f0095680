#include "httpjob.h"

#include "jobdatareader.h"
#include "outputcapture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

#ifndef QT_NO_SSL
#include <QSslConfiguration>
#include <QSslSocket>
#endif

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::HttpJob)
};

constexpr int PollMs = 25; // how quickly an interrupt or a timeout takes effect

struct Spec
{
    QByteArray method;
    QUrl url;
    QMap<QString, QString> headers;
    QString body;
    double timeoutSeconds = 0;
    QList<JobDataReader::Range> acceptedStatus;
    bool verifyTls = true;
    qint64 maxOutputBytes = -1;
};

Result<Spec> parse(const JobDataMap &data)
{
    const JobDataReader reader(data);
    Spec s;
    QString e;
    QString method;
    QString url;
    if (!take(reader.text(QStringLiteral("method"), false, QStringLiteral("GET")), &method, &e)
        || !take(reader.text(QStringLiteral("url"), true), &url, &e)
        || !take(reader.stringMap(QStringLiteral("headers"), false), &s.headers, &e)
        || !take(reader.text(QStringLiteral("body"), false), &s.body, &e)
        || !take(reader.seconds(QStringLiteral("timeoutSeconds")), &s.timeoutSeconds, &e)
        || !take(reader.ranges(QStringLiteral("acceptedStatus"), {{200, 299}}, 100, 599), &s.acceptedStatus, &e)
        || !take(reader.boolean(QStringLiteral("verifyTls"), true), &s.verifyTls, &e)
        || !take(reader.integer(QStringLiteral("maxOutputBytes"), -1, 0, 256LL * 1024 * 1024), &s.maxOutputBytes, &e))
        return fail(e);

    static const QRegularExpression token(QStringLiteral("^[A-Za-z]+$"));
    method = method.trimmed().toUpper();
    if (!token.match(method).hasMatch())
        return fail(Tr::tr("\"method\" must be an HTTP method such as GET, POST, PUT or DELETE, not \"%1\".").arg(method));
    s.method = method.toLatin1();

    s.url = QUrl(url.trimmed(), QUrl::StrictMode);
    const QString scheme = s.url.scheme().toLower();
    if (!s.url.isValid() || s.url.host().isEmpty())
        return fail(Tr::tr("\"url\" must be an absolute http:// or https:// address with a host; \"%1\" is not.")
                        .arg(url));
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(Tr::tr("\"url\" must use http or https, not \"%1\".").arg(s.url.scheme()));
    for (auto it = s.headers.cbegin(); it != s.headers.cend(); ++it) {
        if (it.value().contains(QLatin1Char('\n')) || it.value().contains(QLatin1Char('\r')))
            return fail(Tr::tr("\"headers\": the value of \"%1\" must not contain line breaks.").arg(it.key()));
    }
    return s;
}
} // namespace

Result<Done> HttpJob::validate(const JobDataMap &data)
{
    const Result<Spec> spec = parse(data);
    if (!spec)
        return fail(spec.error());
    return Done{};
}

JobResult HttpJob::execute(JobExecutionContext &context)
{
    const Result<Spec> parsed = parse(context.mergedJobData());
    if (!parsed)
        return JobResult::failed(parsed.error());
    const Spec &spec = *parsed;
    if (context.isInterrupted())
        return JobResult::interrupted(Tr::tr("Interrupted before it started."));

    QNetworkAccessManager manager; // lives on this thread, for this execution only
    QNetworkRequest request(spec.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    for (auto it = spec.headers.cbegin(); it != spec.headers.cend(); ++it)
        request.setRawHeader(it.key().toUtf8(), it.value().toUtf8());
    const QByteArray body = spec.body.toUtf8();
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain; charset=utf-8"));
#ifndef QT_NO_SSL
    if (!spec.verifyTls && spec.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(ssl);
    }
#endif

    QNetworkReply *reply = body.isEmpty() && spec.method != "POST" && spec.method != "PUT" && spec.method != "PATCH"
                               ? manager.sendCustomRequest(request, spec.method)
                               : manager.sendCustomRequest(request, spec.method, body);
    const qsizetype maxOutput = spec.maxOutputBytes >= 0 ? spec.maxOutputBytes : context.maxOutputBytes();
    OutputCapture capture(maxOutput);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        if (reply->isOpen())
            capture.append(reply->readAll());
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
#ifndef QT_NO_SSL
    if (!spec.verifyTls)
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
#endif

    const QDeadlineTimer deadline = spec.timeoutSeconds > 0 ? QDeadlineTimer(qint64(spec.timeoutSeconds * 1000))
                                                            : QDeadlineTimer(QDeadlineTimer::Forever);
    enum class Stop { No, Interrupted, TimedOut } stop = Stop::No;
    QTimer poll;
    poll.setInterval(PollMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (context.isInterrupted())
            stop = Stop::Interrupted;
        else if (deadline.hasExpired())
            stop = Stop::TimedOut;
        if (stop != Stop::No)
            reply->abort(); // emits finished, which ends the loop
    });
    poll.start();
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    poll.stop();
    if (reply->isOpen()) // an aborted reply is closed
        capture.append(reply->readAll());

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QString target = QString::fromLatin1(spec.method) + QLatin1Char(' ') + spec.url.toDisplayString();
    JobResult result;
    if (stop == Stop::Interrupted) {
        result = JobResult::interrupted(Tr::tr("Interrupted; the request %1 was aborted.").arg(target));
    } else if (stop == Stop::TimedOut) {
        result = JobResult::timedOut(Tr::tr("%1 got no complete response within %2 s (\"timeoutSeconds\").")
                                         .arg(target)
                                         .arg(spec.timeoutSeconds));
    } else if (!statusAttribute.isValid()) {
        result = JobResult::failed(Tr::tr("%1 failed: %2.").arg(target, reply->errorString()));
    } else {
        const int status = statusAttribute.toInt();
        if (!JobDataReader::inRanges(spec.acceptedStatus, status)) {
            result = JobResult::failed(Tr::tr("%1 answered %2 %3, which \"acceptedStatus\" does not accept.")
                                           .arg(target)
                                           .arg(status)
                                           .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        }
    }
    if (statusAttribute.isValid())
        result.setResultCode(statusAttribute.toInt());
    result.setOutput(capture.text());
    result.setOutputTruncated(capture.isTruncated());
    delete reply;
    return result;
}

JobTypeInfo HttpJob::typeInfo()
{
    JobTypeInfo info;
    info.name = QStringLiteral("http");
    info.description = Tr::tr("Sends an HTTP(S) request and checks the response status.");
    info.dataSchema = QString::fromUtf8(R"json({
  "type": "object",
  "required": ["url"],
  "properties": {
    "method": {"type": "string", "default": "GET"},
    "url": {"type": "string", "format": "absolute http:// or https:// URL"},
    "headers": {"type": "string", "format": "JSON object of strings", "default": "{}", "example": "{\"Authorization\": \"Bearer x\"}"},
    "body": {"type": "string", "default": "", "description": "sent as UTF-8; Content-Type defaults to text/plain"},
    "timeoutSeconds": {"type": "number", "default": 0, "description": "0 means no limit"},
    "acceptedStatus": {"type": ["integer", "string"], "default": "200-299", "example": "200-299,304"},
    "verifyTls": {"type": "boolean", "default": true},
    "maxOutputBytes": {"type": "integer", "default": 65536, "description": "start of the response body kept"}
  }
})json");
    info.factory = [] { return std::make_unique<HttpJob>(); };
    info.validator = &HttpJob::validate;
    return info;
}

} // namespace Qronos
