#include "jobs/httpjob.h"
#include "jobs/jobtyperegistry.h"
#include "jobs/shelljob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtConcurrent>

using namespace Qronos;

Q_DECLARE_METATYPE(JobResult::Status)

namespace {

JobDataMap data(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json.constData());
    const Result<JobDataMap> map = JobDataMap::fromJson(doc.object());
    if (!map)
        qFatal("bad test job data: %s", json.constData());
    return *map;
}

JobExecutionContext contextFor(const QString &type, const JobDataMap &jobData)
{
    JobDetail detail(JobKey(QStringLiteral("job1"), QStringLiteral("tests")), type);
    detail.setJobData(jobData);
    return JobExecutionContext(detail, jobData, QStringLiteral("fire-1"), 1000, 1005);
}

/// Processes of a group that are still alive (zombies waiting for a reaper do not count).
int liveProcessesInGroup(qint64 pgid)
{
#ifdef Q_OS_LINUX
    int live = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // pid (comm) state ppid pgrp ...: comm may hold spaces, so split after the last ')'.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields.at(2).toLongLong() == pgid && fields.at(0) != "Z" && fields.at(0) != "X")
            ++live;
    }
    return live;
#else
    Q_UNUSED(pgid);
    return 0;
#endif
}

/// A tiny HTTP/1.1 server on 127.0.0.1: answers every request with the configured status and body,
/// or never answers when `hang` is set. Records the last request it read.
class TinyHttpServer final : public QObject
{
public:
    TinyHttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen on 127.0.0.1");
    }
    QString url(const QString &path = QStringLiteral("/")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }

    int status = 200;
    QByteArray body = "hello";
    bool hang = false;
    QByteArray lastRequest;

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype contentLength = 0;
        for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                contentLength = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return;
        lastRequest = buffer;
        buffer.clear();
        if (hang)
            return;
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: text/plain\r\n"
                      "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class tst_JobTypes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registryListsBuiltIns();
    void registryRejectsDuplicatesAndUnknownTypes();
    void customTypePersistsData();
    void validation_data();
    void validation();
    void noopAndLog();
    void shell_data();
    void shell();
    void shellOutputTruncated();
    void shellTimeoutKillsProcessTree();
    void shellInterruptionKillsProcessTree();
    void http_data();
    void http();
    void httpSendsMethodHeadersAndBody();
    void httpTimeoutAndInterruption();
    void httpBodyTruncatedAndConnectionRefused();

private:
    /// Runs a job of `type` on a pool thread while this thread keeps its event loop going;
    /// `whileRunning` is called (on this thread) once the job has been started.
    JobResult runInWorker(const QString &type, const JobDataMap &jobData,
                          const std::function<void(const InterruptionToken &)> &whileRunning = {});

    JobTypeRegistry m_registry;
};

void tst_JobTypes::initTestCase()
{
    QVERIFY(registerBuiltInJobTypes(m_registry).ok());
}

JobResult tst_JobTypes::runInWorker(const QString &type, const JobDataMap &jobData,
                                    const std::function<void(const InterruptionToken &)> &whileRunning)
{
    Result<std::unique_ptr<Job>> created = m_registry.create(type);
    if (!created)
        return JobResult::failed(created.error());
    std::shared_ptr<Job> job = std::move(created).value();
    JobExecutionContext context = contextFor(type, jobData);
    const InterruptionToken token = context.interruptionToken();
    QFuture<JobResult> future = QtConcurrent::run([job, context]() mutable { return job->execute(context); });
    if (whileRunning)
        whileRunning(token);
    QElapsedTimer clock;
    clock.start();
    while (!future.isFinished() && clock.elapsed() < 15000)
        QTest::qWait(10);
    if (!future.isFinished()) {
        token.requestInterruption();
        future.waitForFinished();
        return JobResult::failed(QStringLiteral("test harness: job did not finish within 15 s"));
    }
    return future.result();
}

void tst_JobTypes::registryListsBuiltIns()
{
    QCOMPARE(m_registry.typeNames(),
             (QStringList{QStringLiteral("http"), QStringLiteral("log"), QStringLiteral("noop"), QStringLiteral("shell")}));
    for (const QString &name : m_registry.typeNames()) {
        const std::optional<JobTypeInfo> info = m_registry.type(name);
        QVERIFY(info);
        QVERIFY2(!info->description.isEmpty(), qPrintable(name));
        QVERIFY2(QJsonDocument::fromJson(info->dataSchema.toUtf8()).isObject(), qPrintable(name));
        QVERIFY(m_registry.create(name).ok());
    }
}

void tst_JobTypes::registryRejectsDuplicatesAndUnknownTypes()
{
    const Result<Done> again = m_registry.registerType(ShellJob::typeInfo());
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QLatin1String("\"shell\"")), qPrintable(again.error()));
    QVERIFY(!registerBuiltInJobTypes(m_registry));

    JobTypeInfo nameless = ShellJob::typeInfo();
    nameless.name.clear();
    QVERIFY(!m_registry.registerType(nameless));
    JobTypeInfo noFactory = ShellJob::typeInfo();
    noFactory.name = QStringLiteral("nofactory");
    noFactory.factory = nullptr;
    QVERIFY(!m_registry.registerType(noFactory));

    const Result<std::unique_ptr<Job>> unknown = m_registry.create(QStringLiteral("ftp"));
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(QLatin1String("\"ftp\"")), qPrintable(unknown.error()));
    QVERIFY2(unknown.error().contains(QLatin1String("shell")), qPrintable(unknown.error())); // lists the known ones
    QVERIFY(!m_registry.validate(QStringLiteral("ftp"), JobDataMap()));
    QVERIFY(!m_registry.unregisterType(QStringLiteral("ftp")));
}

// The C++ API for custom types, as docs/job-types.md shows it: a counter that persists its data.
class CounterJob final : public Job
{
public:
    JobResult execute(JobExecutionContext &context) override
    {
        JobDataMap next = context.jobDetail().jobData();
        next.put(QStringLiteral("count"), context.mergedJobData().integer(QStringLiteral("count")) + 1);
        JobResult result = JobResult::succeeded();
        result.setChangedJobData(next);
        return result;
    }
};

void tst_JobTypes::customTypePersistsData()
{
    JobTypeInfo info;
    info.name = QStringLiteral("counter");
    info.description = QStringLiteral("Counts its runs.");
    info.factory = [] { return std::make_unique<CounterJob>(); };
    QVERIFY(m_registry.registerType(info).ok());
    QVERIFY(m_registry.validate(QStringLiteral("counter"), data(R"({"anything": 1})")).ok()); // no validator

    const JobResult r = runInWorker(QStringLiteral("counter"), data(R"({"count": 41})"));
    QCOMPARE(r.status(), JobResult::Status::Succeeded);
    QVERIFY(r.changedJobData());
    QCOMPARE(r.changedJobData()->integer(QStringLiteral("count")), 42);
    QVERIFY(m_registry.unregisterType(QStringLiteral("counter")));
    QVERIFY(!m_registry.contains(QStringLiteral("counter")));
}

void tst_JobTypes::validation_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("badKey"); // empty: valid

    const QString shell = QStringLiteral("shell");
    const QString http = QStringLiteral("http");
    const QString log = QStringLiteral("log");
    QTest::newRow("noop takes anything") << QStringLiteral("noop") << QByteArray(R"({"x": 1})") << QString();
    QTest::newRow("noop sleepMs") << QStringLiteral("noop") << QByteArray(R"({"sleepMs": 250})") << QString();
    QTest::newRow("noop sleepMs negative") << QStringLiteral("noop") << QByteArray(R"({"sleepMs": -1})")
                                           << QStringLiteral("sleepMs");
    QTest::newRow("noop sleepMs not a number") << QStringLiteral("noop") << QByteArray(R"({"sleepMs": "soon"})")
                                               << QStringLiteral("sleepMs");
    QTest::newRow("log ok") << log << QByteArray(R"({"message": "hi", "fail": true})") << QString();
    QTest::newRow("log fail not boolean") << log << QByteArray(R"({"fail": "sometimes"})") << QStringLiteral("fail");
    QTest::newRow("log message not text") << log << QByteArray(R"({"message": 3})") << QStringLiteral("message");

    QTest::newRow("shell full") << shell
                                << QByteArray(R"({"program": "ls", "arguments": "[\"-l\", \"/tmp\"]",
                                   "workingDirectory": "/", "environment": "{\"LANG\": \"C\", \"HOME\": null}",
                                   "timeoutSeconds": 2.5, "successExitCodes": "0,2,10-19", "useShell": false,
                                   "maxOutputBytes": 100})")
                                << QString();
    QTest::newRow("shell exit code as integer") << shell << QByteArray(R"({"program": "ls", "successExitCodes": 1})")
                                                << QString();
    QTest::newRow("shell program missing") << shell << QByteArray(R"({})") << QStringLiteral("program");
    QTest::newRow("shell program blank") << shell << QByteArray(R"({"program": "  "})") << QStringLiteral("program");
    QTest::newRow("shell arguments not JSON") << shell << QByteArray(R"({"program": "ls", "arguments": "-l /tmp"})")
                                              << QStringLiteral("arguments");
    QTest::newRow("shell arguments not strings") << shell << QByteArray(R"({"program": "ls", "arguments": "[1]"})")
                                                 << QStringLiteral("arguments");
    QTest::newRow("shell arguments an object") << shell << QByteArray(R"({"program": "ls", "arguments": "{}"})")
                                               << QStringLiteral("arguments");
    QTest::newRow("shell arguments an integer") << shell << QByteArray(R"({"program": "ls", "arguments": 5})")
                                                << QStringLiteral("arguments");
    QTest::newRow("shell environment an array") << shell
                                                << QByteArray(R"({"program": "ls", "environment": "[\"A=1\"]"})")
                                                << QStringLiteral("environment");
    QTest::newRow("shell environment number value")
        << shell << QByteArray(R"({"program": "ls", "environment": "{\"A\": 1}"})") << QStringLiteral("environment");
    QTest::newRow("shell environment name with =")
        << shell << QByteArray(R"({"program": "ls", "environment": "{\"A=B\": \"1\"}"})") << QStringLiteral("environment");
    QTest::newRow("shell negative timeout") << shell << QByteArray(R"({"program": "ls", "timeoutSeconds": -1})")
                                            << QStringLiteral("timeoutSeconds");
    QTest::newRow("shell timeout text") << shell << QByteArray(R"({"program": "ls", "timeoutSeconds": "soon"})")
                                        << QStringLiteral("timeoutSeconds");
    QTest::newRow("shell bad exit codes") << shell << QByteArray(R"({"program": "ls", "successExitCodes": "0,x"})")
                                          << QStringLiteral("successExitCodes");
    QTest::newRow("shell reversed exit range") << shell << QByteArray(R"({"program": "ls", "successExitCodes": "5-1"})")
                                               << QStringLiteral("successExitCodes");
    QTest::newRow("shell useShell not boolean") << shell << QByteArray(R"({"program": "ls", "useShell": "maybe"})")
                                                << QStringLiteral("useShell");
    QTest::newRow("shell negative output size") << shell << QByteArray(R"({"program": "ls", "maxOutputBytes": -5})")
                                                << QStringLiteral("maxOutputBytes");

    QTest::newRow("http full") << http
                               << QByteArray(R"({"method": "post", "url": "https://example.com/hook",
                                  "headers": "{\"X-A\": \"1\"}", "body": "{}", "timeoutSeconds": 5,
                                  "acceptedStatus": "200-299,304", "verifyTls": false})")
                               << QString();
    QTest::newRow("http url missing") << http << QByteArray(R"({})") << QStringLiteral("url");
    QTest::newRow("http url ftp") << http << QByteArray(R"({"url": "ftp://example.com/"})") << QStringLiteral("url");
    QTest::newRow("http url relative") << http << QByteArray(R"({"url": "/just/a/path"})") << QStringLiteral("url");
    QTest::newRow("http url garbage") << http << QByteArray(R"({"url": "http://exa mple.com:99999/"})")
                                      << QStringLiteral("url");
    QTest::newRow("http bad method") << http << QByteArray(R"({"url": "http://h/", "method": "GE T"})")
                                     << QStringLiteral("method");
    QTest::newRow("http status out of range") << http << QByteArray(R"({"url": "http://h/", "acceptedStatus": "700"})")
                                              << QStringLiteral("acceptedStatus");
    QTest::newRow("http headers not strings") << http << QByteArray(R"({"url": "http://h/", "headers": "{\"A\": 1}"})")
                                              << QStringLiteral("headers");
    QTest::newRow("http header line break") << http << QByteArray(R"({"url": "http://h/", "headers": "{\"A\": \"x\\ny\"}"})")
                                            << QStringLiteral("headers");
    QTest::newRow("http verifyTls not boolean") << http << QByteArray(R"({"url": "http://h/", "verifyTls": "yes"})")
                                                << QStringLiteral("verifyTls");
}

void tst_JobTypes::validation()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, badKey);

    const Result<Done> r = m_registry.validate(type, data(json));
    if (badKey.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error()));
        return;
    }
    QVERIFY(!r);
    QVERIFY2(r.error().contains(QLatin1Char('"') + badKey + QLatin1Char('"')), qPrintable(r.error()));
    // The same message reaches whoever runs the job with bad data.
    const JobResult run = runInWorker(type, data(json));
    QCOMPARE(run.status(), JobResult::Status::Failed);
    QCOMPARE(run.errorMessage(), r.error());
}

void tst_JobTypes::noopAndLog()
{
    JobResult r = runInWorker(QStringLiteral("noop"), JobDataMap());
    QCOMPARE(r.status(), JobResult::Status::Succeeded);
    QVERIFY(r.errorMessage().isEmpty());
    QVERIFY(!r.changedJobData());

    QTest::ignoreMessage(QtInfoMsg, "tests.job1 hello from a job");
    r = runInWorker(QStringLiteral("log"), data(R"({"message": "hello from a job"})"));
    QCOMPARE(r.status(), JobResult::Status::Succeeded);
    QCOMPARE(r.output(), QStringLiteral("hello from a job"));

    QTest::ignoreMessage(QtWarningMsg, "tests.job1 disk full");
    r = runInWorker(QStringLiteral("log"), data(R"({"message": "disk full", "fail": true})"));
    QCOMPARE(r.status(), JobResult::Status::Failed);
    QCOMPARE(r.errorMessage(), QStringLiteral("disk full"));

    JobExecutionContext context = contextFor(QStringLiteral("noop"), JobDataMap());
    context.requestInterruption();
    QVERIFY(context.isInterrupted());
    QCOMPARE(m_registry.create(QStringLiteral("noop")).value()->execute(context).status(),
             JobResult::Status::Interrupted);

    // sleepMs waits, and an interrupt during the wait ends it at once.
    QElapsedTimer timer;
    timer.start();
    r = runInWorker(QStringLiteral("noop"), data(R"({"sleepMs": 200})"));
    QCOMPARE(r.status(), JobResult::Status::Succeeded);
    QVERIFY2(timer.elapsed() >= 200, qPrintable(QString::number(timer.elapsed())));
    JobExecutionContext sleeping = contextFor(QStringLiteral("noop"), data(R"({"sleepMs": 60000})"));
    const InterruptionToken token = sleeping.interruptionToken();
    QTimer::singleShot(100, [token] { token.requestInterruption(); });
    timer.restart();
    auto future = QtConcurrent::run([&] { return m_registry.create(QStringLiteral("noop")).value()->execute(sleeping); });
    QTRY_VERIFY(future.isFinished());
    QCOMPARE(future.result().status(), JobResult::Status::Interrupted);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void tst_JobTypes::shell_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<JobResult::Status>("status");
    QTest::addColumn<int>("code"); // -1: none expected
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("errorPart");

    const auto ok = JobResult::Status::Succeeded;
    const auto failed = JobResult::Status::Failed;
    QTest::newRow("program with arguments") << QByteArray(R"({"program": "echo", "arguments": "[\"a b\", \"c\"]"})")
                                            << ok << 0 << QStringLiteral("a b c\n") << QString();
    QTest::newRow("no shell: metacharacters are plain")
        << QByteArray(R"({"program": "echo", "arguments": "[\"$HOME;\"]"})") << ok << 0 << QStringLiteral("$HOME;\n")
        << QString();
    QTest::newRow("failing exit code") << QByteArray(R"({"program": "exit 3", "useShell": true})") << failed << 3
                                       << QString() << QStringLiteral("code 3");
    QTest::newRow("exit code in list") << QByteArray(R"({"program": "exit 3", "useShell": true, "successExitCodes": "0,3"})")
                                       << ok << 3 << QString() << QString();
    QTest::newRow("exit code in range") << QByteArray(R"({"program": "exit 4", "useShell": true, "successExitCodes": "2-5"})")
                                        << ok << 4 << QString() << QString();
    QTest::newRow("zero not accepted") << QByteArray(R"({"program": "true", "successExitCodes": 1})") << failed << 0
                                       << QString() << QStringLiteral("successExitCodes");
    QTest::newRow("stderr captured with stdout")
        << QByteArray(R"({"program": "echo out; echo err >&2", "useShell": true})") << ok << 0
        << QStringLiteral("out\nerr\n") << QString();
    QTest::newRow("shell arguments are positional")
        << QByteArray(R"({"program": "echo \"$1-$2\"", "useShell": true, "arguments": "[\"x y\", \"z\"]"})") << ok << 0
        << QStringLiteral("x y-z\n") << QString();
    QTest::newRow("environment set and removed")
        << QByteArray(R"({"program": "echo \"${QRONOS_T1}|${HOME:-unset}\"", "useShell": true,
                      "environment": "{\"QRONOS_T1\": \"v 1\", \"HOME\": null}"})")
        << ok << 0 << QStringLiteral("v 1|unset\n") << QString();
    QTest::newRow("working directory") << QByteArray(R"({"program": "pwd", "workingDirectory": "/"})") << ok << 0
                                       << QStringLiteral("/\n") << QString();
    QTest::newRow("missing working directory")
        << QByteArray(R"({"program": "pwd", "workingDirectory": "/no/such/dir/qronos"})") << failed << -1 << QString()
        << QStringLiteral("\"workingDirectory\"");
    QTest::newRow("missing program") << QByteArray(R"({"program": "qronos-no-such-program-x"})") << failed << -1
                                     << QString() << QStringLiteral("Could not start");
    QTest::newRow("killed by a signal") << QByteArray(R"({"program": "kill -9 $$", "useShell": true})") << failed << -1
                                        << QString() << QStringLiteral("signal");
}

void tst_JobTypes::shell()
{
    QFETCH(QByteArray, json);
    QFETCH(JobResult::Status, status);
    QFETCH(int, code);
    QFETCH(QString, output);
    QFETCH(QString, errorPart);

    const JobResult r = runInWorker(QStringLiteral("shell"), data(json));
    QVERIFY2(r.status() == status, qPrintable(JobResult::statusName(r.status()) + QLatin1Char(' ') + r.errorMessage()));
    if (code >= 0)
        QCOMPARE(r.resultCode(), std::optional<int>(code));
    else
        QVERIFY(!r.resultCode());
    if (!output.isNull())
        QCOMPARE(r.output(), output);
    QVERIFY(!r.isOutputTruncated());
    if (errorPart.isEmpty())
        QVERIFY2(r.errorMessage().isEmpty(), qPrintable(r.errorMessage()));
    else
        QVERIFY2(r.errorMessage().contains(errorPart), qPrintable(r.errorMessage()));
}

void tst_JobTypes::shellOutputTruncated()
{
    const JobResult r = runInWorker(QStringLiteral("shell"),
                                    data(R"({"program": "head -c 100000 /dev/zero | tr '\\0' a", "useShell": true,
                                             "maxOutputBytes": 100})"));
    QCOMPARE(r.status(), JobResult::Status::Succeeded);
    QVERIFY(r.isOutputTruncated());
    QCOMPARE(r.output(), QString(100, QLatin1Char('a')) + QStringLiteral("\n[output truncated: 99900 more bytes]"));

    // Without maxOutputBytes, the context's limit applies.
    Result<std::unique_ptr<Job>> job = m_registry.create(QStringLiteral("shell"));
    JobExecutionContext context = contextFor(QStringLiteral("shell"), data(R"({"program": "echo", "arguments": "[\"0123456789\"]"})"));
    context.setMaxOutputBytes(4);
    const JobResult cut = job.value()->execute(context);
    QCOMPARE(cut.output(), QStringLiteral("0123\n[output truncated: 7 more bytes]"));
}

void tst_JobTypes::shellTimeoutKillsProcessTree()
{
    QElapsedTimer clock;
    clock.start();
    const JobResult r = runInWorker(QStringLiteral("shell"),
                                    data(R"({"program": "echo $$; sleep 30 & sleep 30", "useShell": true,
                                             "timeoutSeconds": 0.5})"));
    QCOMPARE(r.status(), JobResult::Status::TimedOut);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(r.errorMessage().contains(QLatin1String("timeoutSeconds")), qPrintable(r.errorMessage()));
    bool ok = false;
    const qint64 pgid = r.output().trimmed().toLongLong(&ok); // sh leads its own group
    QVERIFY2(ok && pgid > 1, qPrintable(r.output()));
    QTRY_COMPARE_WITH_TIMEOUT(liveProcessesInGroup(pgid), 0, 3000);
}

void tst_JobTypes::shellInterruptionKillsProcessTree()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pidFile = dir.filePath(QStringLiteral("pid"));
    JobDataMap jobData = data(R"({"program": "echo $$ > \"$1\"; sleep 30 & sleep 30", "useShell": true})");
    jobData.put(QStringLiteral("arguments"),
                QString::fromUtf8(QJsonDocument(QJsonArray{pidFile}).toJson(QJsonDocument::Compact)));

    qint64 pgid = 0;
    QElapsedTimer clock;
    clock.start();
    const JobResult r = runInWorker(QStringLiteral("shell"), jobData, [&](const InterruptionToken &token) {
        // Wait until the process tree exists, then interrupt from this (another) thread.
        QElapsedTimer started;
        started.start();
        while (started.elapsed() < 10000) {
            QFile f(pidFile);
            if (f.open(QIODevice::ReadOnly) && f.readAll().trimmed().toLongLong() > 0)
                break;
            QTest::qWait(10);
        }
        QFile f(pidFile);
        if (f.open(QIODevice::ReadOnly))
            pgid = f.readAll().trimmed().toLongLong();
        token.requestInterruption();
    });
    QCOMPARE(r.status(), JobResult::Status::Interrupted);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(pgid > 1);
    QTRY_COMPARE_WITH_TIMEOUT(liveProcessesInGroup(pgid), 0, 3000);
}

void tst_JobTypes::http_data()
{
    QTest::addColumn<int>("serverStatus");
    QTest::addColumn<QByteArray>("extraJson"); // more job data
    QTest::addColumn<JobResult::Status>("status");
    QTest::addColumn<QString>("errorPart");

    const auto ok = JobResult::Status::Succeeded;
    const auto failed = JobResult::Status::Failed;
    QTest::newRow("200 accepted") << 200 << QByteArray() << ok << QString();
    QTest::newRow("204 accepted") << 204 << QByteArray() << ok << QString();
    QTest::newRow("500 rejected") << 500 << QByteArray() << failed << QStringLiteral("500");
    QTest::newRow("404 rejected") << 404 << QByteArray() << failed << QStringLiteral("acceptedStatus");
    QTest::newRow("404 accepted when listed") << 404 << QByteArray(R"("acceptedStatus": "200-299,404")") << ok << QString();
    QTest::newRow("200 rejected when not listed") << 200 << QByteArray(R"("acceptedStatus": 201)") << failed
                                                  << QStringLiteral("200");
}

void tst_JobTypes::http()
{
    QFETCH(int, serverStatus);
    QFETCH(QByteArray, extraJson);
    QFETCH(JobResult::Status, status);
    QFETCH(QString, errorPart);

    TinyHttpServer server;
    server.status = serverStatus;
    server.body = serverStatus == 204 ? QByteArray() : QByteArray("response body");
    JobDataMap jobData = data(extraJson.isEmpty() ? QByteArray("{}") : "{" + extraJson + "}");
    jobData.put(QStringLiteral("url"), server.url(QStringLiteral("/hook?x=1")));
    jobData.put(QStringLiteral("timeoutSeconds"), 10);

    const JobResult r = runInWorker(QStringLiteral("http"), jobData);
    QVERIFY2(r.status() == status, qPrintable(JobResult::statusName(r.status()) + QLatin1Char(' ') + r.errorMessage()));
    QCOMPARE(r.resultCode(), std::optional<int>(serverStatus));
    QCOMPARE(r.output(), QString::fromUtf8(server.body));
    QVERIFY(server.lastRequest.startsWith("GET /hook?x=1 HTTP/1.1\r\n"));
    if (errorPart.isEmpty())
        QVERIFY2(r.errorMessage().isEmpty(), qPrintable(r.errorMessage()));
    else
        QVERIFY2(r.errorMessage().contains(errorPart), qPrintable(r.errorMessage()));
}

void tst_JobTypes::httpSendsMethodHeadersAndBody()
{
    TinyHttpServer server;
    JobDataMap jobData = data(R"({"method": "put", "headers": "{\"X-Qronos\": \"yes\", \"Content-Type\": \"application/json\"}",
                                  "body": "{\"n\": 1}"})");
    jobData.put(QStringLiteral("url"), server.url(QStringLiteral("/put")));
    const JobResult r = runInWorker(QStringLiteral("http"), jobData);
    QCOMPARE(r.status(), JobResult::Status::Succeeded);
    const QByteArray request = server.lastRequest;
    QVERIFY2(request.startsWith("PUT /put HTTP/1.1\r\n"), request.constData());
    QVERIFY2(request.contains("\r\nX-Qronos: yes\r\n"), request.constData());
    QVERIFY2(request.contains("\r\nContent-Type: application/json\r\n"), request.constData());
    QVERIFY2(request.endsWith("\r\n\r\n{\"n\": 1}"), request.constData());
}

void tst_JobTypes::httpTimeoutAndInterruption()
{
    TinyHttpServer server;
    server.hang = true;
    JobDataMap jobData;
    jobData.put(QStringLiteral("url"), server.url());
    jobData.put(QStringLiteral("timeoutSeconds"), 0.3);
    QElapsedTimer clock;
    clock.start();
    JobResult r = runInWorker(QStringLiteral("http"), jobData);
    QCOMPARE(r.status(), JobResult::Status::TimedOut);
    QVERIFY2(r.errorMessage().contains(QLatin1String("timeoutSeconds")), qPrintable(r.errorMessage()));
    QVERIFY(clock.elapsed() < 5000);

    jobData.remove(QStringLiteral("timeoutSeconds"));
    clock.restart();
    r = runInWorker(QStringLiteral("http"), jobData, [&](const InterruptionToken &token) {
        QTRY_VERIFY(!server.lastRequest.isEmpty()); // the request reached the server
        token.requestInterruption();
    });
    QCOMPARE(r.status(), JobResult::Status::Interrupted);
    QVERIFY(clock.elapsed() < 5000);
}

void tst_JobTypes::httpBodyTruncatedAndConnectionRefused()
{
    TinyHttpServer server;
    server.body = QByteArray(5000, 'b');
    JobDataMap jobData;
    jobData.put(QStringLiteral("url"), server.url());
    jobData.put(QStringLiteral("maxOutputBytes"), 10);
    JobResult r = runInWorker(QStringLiteral("http"), jobData);
    QCOMPARE(r.status(), JobResult::Status::Succeeded);
    QVERIFY(r.isOutputTruncated());
    QCOMPARE(r.output(), QStringLiteral("bbbbbbbbbb\n[output truncated: 4990 more bytes]"));

    // A port nothing listens on: a failure that says what happened, and no status.
    QString closedUrl;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedUrl = QStringLiteral("http://127.0.0.1:%1/").arg(probe.serverPort());
    }
    jobData.put(QStringLiteral("url"), closedUrl);
    jobData.put(QStringLiteral("timeoutSeconds"), 5);
    r = runInWorker(QStringLiteral("http"), jobData);
    QCOMPARE(r.status(), JobResult::Status::Failed);
    QVERIFY(!r.resultCode());
    QVERIFY2(r.errorMessage().contains(QLatin1String("127.0.0.1")), qPrintable(r.errorMessage()));
}

QTEST_GUILESS_MAIN(tst_JobTypes)
#include "tst_jobtypes.moc"
