#include "metricsserver.h"

#include "runtime/metrics.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QTcpServer>

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::MetricsServer)
};

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse methodNotAllowed()
{
    QHttpServerResponse response(QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("Only GET.\n"),
                                 Status::MethodNotAllowed);
    response.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET"));
    return response;
}

void noCaching(QHttpServerResponse &response)
{
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
}
} // namespace

MetricsServer::MetricsServer(std::shared_ptr<const Metrics> metrics, QString instanceId, QObject *parent)
    : QObject(parent), m_metrics(std::move(metrics)), m_instanceId(std::move(instanceId)), m_http(new QHttpServer(this))
{
    m_http->route(QStringLiteral("/metrics"), [this](const QHttpServerRequest &request) {
        if (request.method() != Method::Get)
            return methodNotAllowed();
        QHttpServerResponse response(Metrics::contentType(), m_metrics->prometheusText(m_instanceId));
        noCaching(response);
        return response;
    });
    m_http->route(QStringLiteral("/healthz"), [this](const QHttpServerRequest &request) {
        if (request.method() != Method::Get)
            return methodNotAllowed();
        const Health health = m_health ? m_health() : Health{true, QStringLiteral("running"), {}};
        QJsonObject body{{QStringLiteral("status"), health.healthy ? QStringLiteral("ok") : QStringLiteral("unhealthy")},
                         {QStringLiteral("instance_id"), m_instanceId},
                         {QStringLiteral("state"), health.state}};
        if (!health.detail.isEmpty())
            body.insert(QStringLiteral("detail"), health.detail);
        QHttpServerResponse response(body, health.healthy ? Status::Ok : Status::ServiceUnavailable);
        noCaching(response);
        return response;
    });
}

MetricsServer::~MetricsServer() = default;

void MetricsServer::setHealthCallback(HealthCallback callback) { m_health = std::move(callback); }

Result<MetricsServer::Endpoint> MetricsServer::parseAddress(const QString &text)
{
    const QString address = text.trimmed();
    const auto bad = [&] {
        return fail(Tr::tr("\"%1\" is not a listening address; use PORT, HOST:PORT or [IPv6]:PORT, e.g. 127.0.0.1:9464.")
                        .arg(text));
    };
    QString host;
    QString port;
    if (address.startsWith(QLatin1Char('['))) {
        const qsizetype close = address.indexOf(QLatin1String("]:"));
        if (close < 0)
            return bad();
        host = address.mid(1, close - 1);
        port = address.mid(close + 2);
    } else {
        const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            host = address.left(colon);
            port = address.mid(colon + 1);
            if (host.contains(QLatin1Char(':')))
                return bad(); // a bare IPv6 address needs its brackets
        } else {
            port = address;
        }
    }
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (!ok || number > 65535 || port.startsWith(QLatin1Char('+')))
        return bad();
    Endpoint endpoint;
    endpoint.port = quint16(number);
    if (host.isEmpty() || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        endpoint.host = QHostAddress(QHostAddress::LocalHost);
    else if (!endpoint.host.setAddress(host))
        return fail(Tr::tr("\"%1\" in \"%2\" is not an IP address; name an address of this machine, such as 127.0.0.1.")
                        .arg(host, text));
    return endpoint;
}

Result<Done> MetricsServer::listen(const QString &address)
{
    const Result<Endpoint> endpoint = parseAddress(address);
    if (!endpoint)
        return fail(endpoint.error());
    auto *tcp = new QTcpServer(m_http);
    if (!tcp->listen(endpoint->host, endpoint->port)) {
        const QString message = Tr::tr("Cannot serve metrics on %1: %2.").arg(address.trimmed(), tcp->errorString());
        delete tcp;
        return fail(message);
    }
    m_http->bind(tcp);
    m_tcp = tcp;
    return Done{};
}

QHostAddress MetricsServer::address() const { return m_tcp ? m_tcp->serverAddress() : QHostAddress(); }

quint16 MetricsServer::port() const { return m_tcp ? m_tcp->serverPort() : 0; }

} // namespace Qronos
