#include "runtime/failurewebhook.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using namespace Qronos;

namespace {

/// A one-request-at-a-time HTTP/1.1 endpoint on loopback that records what it receives and answers
/// with a fixed status, or not at all.
class HttpStub final : public QTcpServer
{
public:
    int status = 200;
    QByteArray reason = "OK";
    QByteArray answerBody = "{}";
    QByteArray extraHeaders;
    bool answer = true;

    QByteArray method;
    QByteArray path;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    int requests = 0;

    HttpStub()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
            }
        });
    }

    QString url(const QString &path = QStringLiteral("/hook/secret-token?key=abc")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
    }

private:
    QMap<QTcpSocket *, QByteArray> m_buffers;

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        QMap<QByteArray, QByteArray> h;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                h.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = h.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QList<QByteArray> requestLine = lines[0].trimmed().split(' ');
        method = requestLine.value(0);
        path = requestLine.value(1);
        headers = h;
        body = buffer.mid(headerEnd + 4, length);
        ++requests;
        m_buffers.remove(socket);
        if (!answer)
            return; // keep the connection open, say nothing
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + extraHeaders
                      + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(answerBody.size())
                      + "\r\nConnection: close\r\n\r\n" + answerBody);
        socket->disconnectFromHost();
    }
};

/// Runs postFailureWebhook() on a thread of its own that has no event loop, as a worker does,
/// while this thread's event loop serves the stub.
Result<int> postFromWorker(const QString &url, const QJsonObject &body, int timeoutMs)
{
    std::optional<Result<int>> result;
    QAtomicInt done = 0;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        result = postFailureWebhook(url, body, timeoutMs);
        done.storeRelease(1);
    }));
    worker->start();
    QDeadlineTimer deadline(30000);
    while (!done.loadAcquire() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    worker->wait();
    return result ? *result : Result<int>(fail(QStringLiteral("the worker did not finish")));
}

FailedExecution sampleExecution()
{
    FailedExecution e;
    e.jobName = QStringLiteral("nightly-report");
    e.jobGroup = QStringLiteral("reports");
    e.triggerName = QStringLiteral("at-two");
    e.triggerGroup = QStringLiteral("DEFAULT");
    e.instanceId = QStringLiteral("node-a");
    e.fireInstanceId = QStringLiteral("node-a-1732153200000-7");
    e.scheduledTimeMs = 1732154400000; // 2024-11-21T02:00:00.000Z
    e.fireTimeMs = 1732154400012;
    e.endTimeMs = 1732154401512;
    e.status = QStringLiteral("FAILED");
    e.attempt = 2;
    e.errorMessage = QStringLiteral("exit code 3");
    e.output = QStringLiteral("line 1\nline 2\n");
    return e;
}

} // namespace

class tst_FailureWebhook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void describeHasStableKeys();
    void describeUnknownTimesAndLongOutput();
    void postsJson();
    void serverErrorFails();
    void redirectIsNotFollowed();
    void timeoutFails();
    void connectionRefusedFails();
    void invalidUrlFails_data();
    void invalidUrlFails();
};

void tst_FailureWebhook::initTestCase()
{
    // As qronos and qronosctl do in main(); the engine falls back on it for its User-Agent.
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
}

void tst_FailureWebhook::describeHasStableKeys()
{
    const QJsonObject o = describeFailedExecution(sampleExecution());
    const QStringList keys{QStringLiteral("attempt"),          QStringLiteral("duration_ms"),
                           QStringLiteral("end_time"),         QStringLiteral("error_message"),
                           QStringLiteral("event"),            QStringLiteral("fire_instance_id"),
                           QStringLiteral("fire_time"),        QStringLiteral("instance_id"),
                           QStringLiteral("job_group"),        QStringLiteral("job_name"),
                           QStringLiteral("output"),           QStringLiteral("output_truncated"),
                           QStringLiteral("scheduled_time"),   QStringLiteral("status"),
                           QStringLiteral("trigger_group"),    QStringLiteral("trigger_name")};
    QCOMPARE(o.keys(), keys);
    QCOMPARE(o.value(QStringLiteral("event")).toString(), QStringLiteral("execution_failed"));
    QCOMPARE(o.value(QStringLiteral("job_name")).toString(), QStringLiteral("nightly-report"));
    QCOMPARE(o.value(QStringLiteral("job_group")).toString(), QStringLiteral("reports"));
    QCOMPARE(o.value(QStringLiteral("trigger_name")).toString(), QStringLiteral("at-two"));
    QCOMPARE(o.value(QStringLiteral("instance_id")).toString(), QStringLiteral("node-a"));
    QCOMPARE(o.value(QStringLiteral("scheduled_time")).toString(), QStringLiteral("2024-11-21T02:00:00.000Z"));
    QCOMPARE(o.value(QStringLiteral("fire_time")).toString(), QStringLiteral("2024-11-21T02:00:00.012Z"));
    QCOMPARE(o.value(QStringLiteral("end_time")).toString(), QStringLiteral("2024-11-21T02:00:01.512Z"));
    QCOMPARE(o.value(QStringLiteral("duration_ms")).toInteger(), 1500);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(o.value(QStringLiteral("attempt")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("error_message")).toString(), QStringLiteral("exit code 3"));
    QCOMPARE(o.value(QStringLiteral("output")).toString(), QStringLiteral("line 1\nline 2\n"));
    QCOMPARE(o.value(QStringLiteral("output_truncated")).toBool(), false);
}

void tst_FailureWebhook::describeUnknownTimesAndLongOutput()
{
    FailedExecution e = sampleExecution();
    e.scheduledTimeMs = 0;
    e.endTimeMs = -1;
    e.output = QString(WebhookOutputMaxChars, QLatin1Char('a')) + QStringLiteral("the end");
    const QJsonObject o = describeFailedExecution(e);
    QVERIFY(o.value(QStringLiteral("scheduled_time")).isNull());
    QVERIFY(o.value(QStringLiteral("end_time")).isNull());
    QVERIFY(o.value(QStringLiteral("duration_ms")).isNull());
    QVERIFY(o.value(QStringLiteral("fire_time")).isString());
    const QString output = o.value(QStringLiteral("output")).toString();
    QCOMPARE(output.size(), WebhookOutputMaxChars);
    QVERIFY(output.endsWith(QStringLiteral("the end"))); // the end of the output says most
    QCOMPARE(o.value(QStringLiteral("output_truncated")).toBool(), true);
}

void tst_FailureWebhook::postsJson()
{
    HttpStub stub;
    QVERIFY(stub.listen(QHostAddress::LocalHost));
    stub.status = 202;
    stub.reason = "Accepted";
    const QJsonObject body = describeFailedExecution(sampleExecution());
    const Result<int> r = postFromWorker(stub.url(), body, 10000);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(*r, 202);
    QCOMPARE(stub.requests, 1);
    QCOMPARE(stub.method, QByteArray("POST"));
    QCOMPARE(stub.path, QByteArray("/hook/secret-token?key=abc"));
    QCOMPARE(stub.headers.value("content-type"), QByteArray("application/json"));
    const QByteArray userAgent = stub.headers.value("user-agent");
    QVERIFY2(userAgent.startsWith("Qronos/") && userAgent.size() > 7, userAgent.constData());
    QJsonParseError error;
    const QJsonDocument received = QJsonDocument::fromJson(stub.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(received.object(), body);
}

void tst_FailureWebhook::serverErrorFails()
{
    HttpStub stub;
    QVERIFY(stub.listen(QHostAddress::LocalHost));
    stub.status = 500;
    stub.reason = "Internal Server Error";
    stub.answerBody = "{\"error\": \"database down\"}";
    const Result<int> r = postFromWorker(stub.url(), QJsonObject{{QStringLiteral("a"), 1}}, 10000);
    QVERIFY(!r.ok());
    QCOMPARE(stub.requests, 1);
    QVERIFY2(r.error().contains(QStringLiteral("500")), qPrintable(r.error()));
    QVERIFY2(r.error().contains(QStringLiteral("database down")), qPrintable(r.error()));
    QVERIFY2(r.error().contains(QStringLiteral("http://127.0.0.1:%1").arg(stub.serverPort())), qPrintable(r.error()));
    // The path and query of a webhook URL are often its secret: never in a message.
    QVERIFY2(!r.error().contains(QStringLiteral("secret-token")), qPrintable(r.error()));
    QVERIFY2(!r.error().contains(QStringLiteral("key=abc")), qPrintable(r.error()));
}

void tst_FailureWebhook::redirectIsNotFollowed()
{
    HttpStub stub;
    QVERIFY(stub.listen(QHostAddress::LocalHost));
    stub.status = 302;
    stub.reason = "Found";
    stub.extraHeaders = "Location: " + stub.url(QStringLiteral("/elsewhere")).toLatin1() + "\r\n";
    const Result<int> r = postFromWorker(stub.url(), {}, 10000);
    QVERIFY(!r.ok());
    QCOMPARE(stub.requests, 1);
    QVERIFY2(r.error().contains(QStringLiteral("302")), qPrintable(r.error()));
}

void tst_FailureWebhook::timeoutFails()
{
    HttpStub stub;
    QVERIFY(stub.listen(QHostAddress::LocalHost));
    stub.answer = false;
    QElapsedTimer timer;
    timer.start();
    const Result<int> r = postFromWorker(stub.url(), {}, 300);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("300 ms")), qPrintable(r.error()));
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(stub.requests, 1);
}

void tst_FailureWebhook::connectionRefusedFails()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago and has no listener now
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const Result<int> r = postFromWorker(QStringLiteral("http://127.0.0.1:%1/hook").arg(port), {}, 5000);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("could not be reached")), qPrintable(r.error()));
    QVERIFY2(r.error().contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(r.error()));
}

void tst_FailureWebhook::invalidUrlFails_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("empty") << QString();
    QTest::newRow("relative") << QStringLiteral("/hook");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/hook");
    QTest::newRow("no host") << QStringLiteral("http:///hook");
}

void tst_FailureWebhook::invalidUrlFails()
{
    QFETCH(QString, url);
    const Result<int> r = postFailureWebhook(url, {}, 1000);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("http")), qPrintable(r.error()));
}

QTEST_GUILESS_MAIN(tst_FailureWebhook)
#include "tst_failurewebhook.moc"
