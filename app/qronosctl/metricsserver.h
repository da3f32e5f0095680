#pragma once

#include "result.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QHttpServer;
class QTcpServer;

namespace Qronos {

class Metrics;

/// The node's HTTP endpoint for operations (`qronosctl node --metrics ADDRESS:PORT`):
///
///   GET /metrics   Metrics::prometheusText(), Content-Type text/plain; version=0.0.4
///   GET /healthz   200 {"status":"ok","instance_id":...,"state":...} while the health callback says
///                  healthy, else 503 with "status":"unhealthy" and the callback's detail
///
/// Other paths answer 404, other methods 405. Lives on the thread that creates it and serves from
/// that thread's event loop; the health callback runs there too.
class MetricsServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsServer)

public:
    struct Health
    {
        bool healthy = true;
        QString state;  // e.g. "running", "standby", "shutting_down"
        QString detail; // why not healthy, e.g. the last database error
    };
    using HealthCallback = std::function<Health()>;

    MetricsServer(std::shared_ptr<const Metrics> metrics, QString instanceId, QObject *parent = nullptr);
    ~MetricsServer() override;

    /// Without a callback the node counts as healthy with state "running".
    void setHealthCallback(HealthCallback callback);

    /// Starts listening on `address`: "PORT" or ":PORT" (loopback, 127.0.0.1), "HOST:PORT" with an IPv4
    /// address or "localhost", "[IPv6]:PORT"; "0.0.0.0:PORT" or "[::]:PORT" listen on every interface.
    /// Port 0 picks a free port (see port()). Fails naming the address on a bad address or when the
    /// port cannot be bound (in use, not permitted).
    Result<Done> listen(const QString &address);

    /// Where it listens, once listen() succeeded.
    QHostAddress address() const;
    quint16 port() const;

    /// The parsed form of listen()'s address.
    struct Endpoint
    {
        QHostAddress host;
        quint16 port = 0;
    };
    static Result<Endpoint> parseAddress(const QString &address);

private:
    std::shared_ptr<const Metrics> m_metrics;
    QString m_instanceId;
    HealthCallback m_health;
    QHttpServer *m_http = nullptr;
    QTcpServer *m_tcp = nullptr;
};

} // namespace Qronos
