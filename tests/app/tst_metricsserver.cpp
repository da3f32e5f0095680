#include "metricsserver.h"

#include "runtime/metrics.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qronos;

namespace {

struct Answer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

Answer request(const QUrl &url, const QByteArray &method = "GET")
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.sendCustomRequest(QNetworkRequest(url), method);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    a.body = reply->readAll();
    a.error = reply->error();
    delete reply;
    return a;
}

} // namespace

class tst_MetricsServer : public QObject
{
    Q_OBJECT

private slots:
    void servesMetrics();
    void health();
    void otherPathsAndMethods();
    void parseAddress_data();
    void parseAddress();
    void portInUseNamesTheAddress();
};

void tst_MetricsServer::servesMetrics()
{
    auto metrics = std::make_shared<Metrics>();
    metrics->recordFire(12);
    metrics->recordOutcome(ExecutionStatus::Failed);
    MetricsServer server(metrics, QStringLiteral("node-7"));
    const Result<Done> listening = server.listen(QStringLiteral("127.0.0.1:0"));
    QVERIFY2(listening.ok(), qPrintable(listening.error()));
    QVERIFY(server.port() != 0);
    QCOMPARE(server.address(), QHostAddress(QHostAddress::LocalHost));

    const QUrl url(QStringLiteral("http://127.0.0.1:%1/metrics").arg(server.port()));
    Answer a = request(url);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.contentType, Metrics::contentType());
    QCOMPARE(a.body, metrics->prometheusText(QStringLiteral("node-7")));
    QVERIFY(a.body.contains("qronos_fires_total{instance=\"node-7\"} 1\n"));

    metrics->recordFire(0); // every scrape renders anew
    a = request(url);
    QVERIFY(a.body.contains("qronos_fires_total{instance=\"node-7\"} 2\n"));
}

void tst_MetricsServer::health()
{
    MetricsServer server(std::make_shared<Metrics>(), QStringLiteral("node-7"));
    QVERIFY(server.listen(QStringLiteral("0")).ok()); // a bare port: loopback
    QCOMPARE(server.address(), QHostAddress(QHostAddress::LocalHost));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/healthz").arg(server.port()));

    Answer a = request(url); // no callback: healthy
    QCOMPARE(a.status, 200);
    QJsonObject o = QJsonDocument::fromJson(a.body).object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(o.value(QStringLiteral("instance_id")).toString(), QStringLiteral("node-7"));
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    QVERIFY(a.contentType.startsWith("application/json"));

    bool healthy = true;
    int calls = 0;
    server.setHealthCallback([&] {
        ++calls;
        return healthy ? MetricsServer::Health{true, QStringLiteral("standby"), {}}
                       : MetricsServer::Health{false, QStringLiteral("running"), QStringLiteral("database unreachable")};
    });
    a = request(url);
    QCOMPARE(a.status, 200);
    QCOMPARE(QJsonDocument::fromJson(a.body).object().value(QStringLiteral("state")).toString(), QStringLiteral("standby"));

    healthy = false;
    a = request(url);
    QCOMPARE(a.status, 503);
    o = QJsonDocument::fromJson(a.body).object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("unhealthy"));
    QCOMPARE(o.value(QStringLiteral("detail")).toString(), QStringLiteral("database unreachable"));
    QCOMPARE(o.value(QStringLiteral("instance_id")).toString(), QStringLiteral("node-7"));
    QCOMPARE(calls, 2);
}

void tst_MetricsServer::otherPathsAndMethods()
{
    MetricsServer server(std::make_shared<Metrics>(), QStringLiteral("n"));
    QVERIFY(server.listen(QStringLiteral("localhost:0")).ok());
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    QCOMPARE(request(QUrl(base + QStringLiteral("/"))).status, 404);
    QCOMPARE(request(QUrl(base + QStringLiteral("/metrics/extra"))).status, 404);
    QCOMPARE(request(QUrl(base + QStringLiteral("/metrics")), "POST").status, 405);
    QCOMPARE(request(QUrl(base + QStringLiteral("/healthz")), "DELETE").status, 405);
    QCOMPARE(request(QUrl(base + QStringLiteral("/metrics?name[]=x"))).status, 200);
}

void tst_MetricsServer::parseAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host"); // empty: invalid
    QTest::addColumn<int>("port");
    QTest::newRow("port") << QStringLiteral("9464") << QStringLiteral("127.0.0.1") << 9464;
    QTest::newRow(":port") << QStringLiteral(":9464") << QStringLiteral("127.0.0.1") << 9464;
    QTest::newRow("localhost") << QStringLiteral("localhost:9100") << QStringLiteral("127.0.0.1") << 9100;
    QTest::newRow("ipv4") << QStringLiteral("10.1.2.3:80") << QStringLiteral("10.1.2.3") << 80;
    QTest::newRow("any") << QStringLiteral("0.0.0.0:9464") << QStringLiteral("0.0.0.0") << 9464;
    QTest::newRow("ipv6") << QStringLiteral("[::1]:9464") << QStringLiteral("::1") << 9464;
    QTest::newRow("ipv6 any") << QStringLiteral("[::]:1") << QStringLiteral("::") << 1;
    QTest::newRow("spaces") << QStringLiteral(" 127.0.0.1:9464 ") << QStringLiteral("127.0.0.1") << 9464;
    QTest::newRow("empty") << QString() << QString() << 0;
    QTest::newRow("no port") << QStringLiteral("127.0.0.1:") << QString() << 0;
    QTest::newRow("port too big") << QStringLiteral("127.0.0.1:65536") << QString() << 0;
    QTest::newRow("negative") << QStringLiteral("-1") << QString() << 0;
    QTest::newRow("plus") << QStringLiteral("+80") << QString() << 0;
    QTest::newRow("host name") << QStringLiteral("metrics.example.com:9464") << QString() << 0;
    QTest::newRow("bare ipv6") << QStringLiteral("::1:9464") << QString() << 0;
    QTest::newRow("unclosed bracket") << QStringLiteral("[::1:9464") << QString() << 0;
}

void tst_MetricsServer::parseAddress()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    const auto r = MetricsServer::parseAddress(text);
    if (host.isEmpty()) {
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1Char('"')), qPrintable(r.error()));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->host, QHostAddress(host));
    QCOMPARE(int(r->port), port);
}

void tst_MetricsServer::portInUseNamesTheAddress()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost));
    const QString address = QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort());
    MetricsServer server(std::make_shared<Metrics>(), QStringLiteral("n"));
    const Result<Done> r = server.listen(address);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(address), qPrintable(r.error()));
    QCOMPARE(server.port(), quint16(0));

    const Result<Done> bad = server.listen(QStringLiteral("nonsense"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(QStringLiteral("nonsense")), qPrintable(bad.error()));
}

QTEST_GUILESS_MAIN(tst_MetricsServer)
#include "tst_metricsserver.moc"
