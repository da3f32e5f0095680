#include "jobs/datasources.h"
#include "jobs/jobtyperegistry.h"
#include "jobs/sqljob.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Qronos;

Q_DECLARE_METATYPE(JobResult::Status)

namespace {

JobDataMap data(const QString &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(json));
    const Result<JobDataMap> map = JobDataMap::fromJson(doc.object());
    if (!map)
        qFatal("bad test job data: %s", qPrintable(json));
    return *map;
}

JobExecutionContext contextFor(const JobDataMap &jobData)
{
    JobDetail detail(JobKey(QStringLiteral("report"), QStringLiteral("tests")), QStringLiteral("sql"));
    detail.setJobData(jobData);
    return JobExecutionContext(detail, jobData, QStringLiteral("fire-1"), 1000, 1005);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList sqlJobConnections()
{
    QStringList names;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("qronos-sqljob-")))
            names.append(name);
    }
    return names;
}

QProcessEnvironment environment(std::initializer_list<std::pair<const char *, QString>> values)
{
    QProcessEnvironment env;
    for (const auto &[name, value] : values)
        env.insert(QString::fromLatin1(name), value);
    return env;
}

/// A running server's URL: QRONOS_TEST_PG_URL / QRONOS_TEST_MYSQL_URL, else the one the jobs_servers
/// fixture wrote to QRONOS_TEST_SERVERS_DIR/{pg,mysql}/url; empty when there is none.
QString serverUrl(const char *envName, const char *fixtureName)
{
    const QString direct = qEnvironmentVariable(envName);
    if (!direct.isEmpty())
        return direct;
    const QString dir = qEnvironmentVariable("QRONOS_TEST_SERVERS_DIR");
    if (dir.isEmpty())
        return {};
    QFile file(dir + QLatin1Char('/') + QLatin1String(fixtureName) + QLatin1String("/url"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

/// Runs a job of \a registry's "sql" type on a pool thread, interrupts it after \a afterMs, and waits.
struct InterruptedRun
{
    bool stillRunningAtInterrupt = false;
    JobResult result;
    qint64 stopMs = 0; // from the interruption to the end of the run
};

InterruptedRun runAndInterrupt(const JobTypeRegistry &registry, const QString &json, int afterMs)
{
    Result<std::unique_ptr<Job>> created = registry.create(QStringLiteral("sql"));
    std::shared_ptr<Job> job(std::move(created).value().release());
    auto context = std::make_shared<JobExecutionContext>(contextFor(data(json)));
    const InterruptionToken token = context->interruptionToken();
    QFuture<JobResult> future = QtConcurrent::run([job, context] { return job->execute(*context); });
    QTest::qWait(afterMs);
    InterruptedRun run;
    run.stillRunningAtInterrupt = !future.isFinished();
    QElapsedTimer timer;
    timer.start();
    token.requestInterruption();
    future.waitForFinished();
    run.stopMs = timer.elapsed();
    run.result = future.result();
    return run;
}

// Counts to a billion: minutes of work, for timeouts and interruption.
const QString kEndlessQuery = QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                             "WHERE x < 1000000000) SELECT count(*) FROM c");

} // namespace

class TestSqlJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void dataSourcesFile_data();
    void dataSourcesFile();
    void dataSourcesPasswords();
    void dataSourcesLoadMissingFile();

    void runs_data();
    void runs();
    void parametersAreBound();
    void validation_data();
    void validation();
    void unknownDataSourceListsTheKnownOnes();
    void missingSqliteFileIsNotCreated();
    void timeoutStopsTheStatement();
    void interruptionStopsTheStatement();
    void runsOnWorkerThreadsAtOnce();
    void servers_data();
    void servers();

private:
    JobResult run(const QString &json);

    QTemporaryDir m_dir;
    QString m_appDb;
    std::shared_ptr<const DataSources> m_sources;
    JobTypeRegistry m_registry;
};

void TestSqlJob::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_appDb = m_dir.filePath(QStringLiteral("app.db"));
    const QString text = QStringLiteral("# data sources of the test node\n"
                                        "\n"
                                        "app = sqlite://%1\n"
                                        "   archive-2024 = sqlite://%2   \n"
                                        "down = postgresql://nobody@127.0.0.1:1/none?connectTimeout=2\n")
                             .arg(m_appDb, m_dir.filePath(QStringLiteral("missing.db")));
    const QString path = m_dir.filePath(QStringLiteral("datasources.conf"));
    QVERIFY(writeFile(path, text.toUtf8()));
    const Result<DataSources> sources = DataSources::load(path, QProcessEnvironment());
    QVERIFY2(sources.ok(), qPrintable(sources.error()));
    QCOMPARE(sources->names(),
             (QStringList{QStringLiteral("app"), QStringLiteral("archive-2024"), QStringLiteral("down")}));
    m_sources = std::make_shared<const DataSources>(*sources);
    QVERIFY(registerBuiltInJobTypes(m_registry).ok());
    QVERIFY(registerSqlJobType(m_registry, m_sources).ok());
    QVERIFY(!registerSqlJobType(m_registry, m_sources).ok()); // the name is taken now
}

void TestSqlJob::init()
{
    // A fresh database for every test: items 1..5, three of them open.
    QFile::remove(m_appDb);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        db.setDatabaseName(m_appDb);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, state TEXT, "
                                      "price REAL, note TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO items VALUES (1, 'alpha', 'open', 1.5, NULL), "
                                      "(2, 'beta', 'open', 2, 'tab\there'), (3, 'gamma', 'closed', 3, 'two\nlines'), "
                                      "(4, 'delta', 'open', 4, NULL), (5, 'epsilon', 'closed', 5, NULL)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
}

JobResult TestSqlJob::run(const QString &json)
{
    const JobDataMap jobData = data(json);
    const auto job = m_registry.create(QStringLiteral("sql"));
    if (!job)
        qFatal("no sql type: %s", qPrintable(job.error()));
    JobExecutionContext context = contextFor(jobData);
    return (*job)->execute(context);
}

void TestSqlJob::dataSourcesFile_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart"); // empty: valid
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comments only") << QStringLiteral("# nothing\n   # indented\n") << QString();
    QTest::newRow("equals in the URL") << QStringLiteral("db = postgresql://u@h/db?sslmode=require&connectTimeout=5")
                                       << QString();
    QTest::newRow("no equals") << QStringLiteral("# ok\nok = sqlite:///tmp/a.db\nreporting postgresql://u@h/db\n")
                               << QStringLiteral("sources.conf:3: expected \"name = URL\"");
    QTest::newRow("bad name") << QStringLiteral("1st = sqlite:///tmp/a.db")
                              << QStringLiteral("sources.conf:1: \"1st\" is not a data source name");
    QTest::newRow("space in name") << QStringLiteral("my db = sqlite:///tmp/a.db")
                                   << QStringLiteral("sources.conf:1: \"my db\" is not a data source name");
    QTest::newRow("duplicate") << QStringLiteral("a = sqlite:///tmp/a.db\n\nb = sqlite:///tmp/b.db\na = sqlite:///tmp/c.db")
                               << QStringLiteral("sources.conf:4: the data source \"a\" is already defined on line 1");
    QTest::newRow("same variable") << QStringLiteral("my-db = sqlite:///tmp/a.db\nMY_DB = sqlite:///tmp/b.db")
                                   << QStringLiteral("sources.conf:2: the data sources \"my-db\" and \"MY_DB\" would "
                                                     "share the password variable QRONOS_DS_MY_DB_PASSWORD");
    QTest::newRow("no URL") << QStringLiteral("a =  ") << QStringLiteral("sources.conf:1: the data source \"a\" has no URL");
    QTest::newRow("bad scheme") << QStringLiteral("a = oracle://u@h/db")
                                << QStringLiteral("sources.conf:1: data source \"a\": Unknown database kind \"oracle\"");
    QTest::newRow("missing password file")
        << QStringLiteral("a = postgresql://u@h/db?passwordFile=/nonexistent/qronos.pw")
        << QStringLiteral("sources.conf:1: data source \"a\": Cannot read the password file \"/nonexistent/qronos.pw\"");
}

void TestSqlJob::dataSourcesFile()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const Result<DataSources> sources = DataSources::parse(text, QStringLiteral("sources.conf"), QProcessEnvironment());
    if (messagePart.isEmpty()) {
        QVERIFY2(sources.ok(), qPrintable(sources.error()));
    } else {
        QVERIFY(!sources.ok());
        QVERIFY2(sources.error().startsWith(messagePart), qPrintable(sources.error()));
    }
}

void TestSqlJob::dataSourcesPasswords()
{
    const QString pwFile = m_dir.filePath(QStringLiteral("reporting.pw"));
    QVERIFY(writeFile(pwFile, "from-file\n"));
    const QString text = QStringLiteral("reporting-db = postgresql://report@db.example.com/reports\n"
                                        "filed = postgresql://report@db.example.com/reports?passwordFile=%1\n"
                                        "viaenv = mysql://app@db.example.com/app\n"
                                        "plain = mysql://app@db.example.com/app\n")
                             .arg(pwFile);
    const QProcessEnvironment env = environment({{"QRONOS_DS_REPORTING_DB_PASSWORD", QStringLiteral("s3cret")},
                                                 {"QRONOS_DS_VIAENV_PASSWORD_FILE", pwFile},
                                                 // the node's own store password: never a data source's
                                                 {"QRONOS_DB_PASSWORD", QStringLiteral("store-password")}});
    QCOMPARE(DataSources::passwordVariable(QStringLiteral("reporting-db")), QStringLiteral("QRONOS_DS_REPORTING_DB_PASSWORD"));
    const Result<DataSources> sources = DataSources::parse(text, QStringLiteral("sources.conf"), env);
    QVERIFY2(sources.ok(), qPrintable(sources.error()));
    QCOMPARE(sources->resolve(QStringLiteral("reporting-db"))->password(), QStringLiteral("s3cret"));
    QCOMPARE(sources->resolve(QStringLiteral("filed"))->password(), QStringLiteral("from-file"));
    QCOMPARE(sources->resolve(QStringLiteral("viaenv"))->password(), QStringLiteral("from-file"));
    QCOMPARE(sources->resolve(QStringLiteral("plain"))->password(), QString());
    QCOMPARE(sources->resolve(QStringLiteral("plain"))->host(), QStringLiteral("db.example.com"));

    // The password file is read again on every resolve: a rotated password takes effect.
    QVERIFY(writeFile(pwFile, "rotated\n"));
    QCOMPARE(sources->resolve(QStringLiteral("filed"))->password(), QStringLiteral("rotated"));

    const Result<DatabaseUrl> unknown = sources->resolve(QStringLiteral("nope"));
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().contains(QLatin1String("filed, plain, reporting-db, viaenv")), qPrintable(unknown.error()));
    QVERIFY2(unknown.error().contains(QLatin1String("sources.conf")), qPrintable(unknown.error()));
}

void TestSqlJob::dataSourcesLoadMissingFile()
{
    const Result<DataSources> sources = DataSources::load(QStringLiteral("/nonexistent/qronos/datasources.conf"));
    QVERIFY(!sources.ok());
    QVERIFY2(sources.error().contains(QLatin1String("\"/nonexistent/qronos/datasources.conf\"")), qPrintable(sources.error()));
}

void TestSqlJob::runs_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<JobResult::Status>("status");
    QTest::addColumn<QString>("output"); // or a part of the error message
    QTest::addColumn<int>("resultCode"); // -1: none
    QTest::addColumn<bool>("truncated");

    QTest::newRow("select")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT id, name, price, note FROM items ORDER BY id"})j")
        << JobResult::Status::Succeeded
        << QStringLiteral("id\tname\tprice\tnote\n1\talpha\t1.5\tNULL\n2\tbeta\t2\ttab\\there\n3\tgamma\t3\ttwo\\nlines\n"
                          "4\tdelta\t4\tNULL\n5\tepsilon\t5\tNULL\n(5 rows)\n")
        << -1 << false;
    QTest::newRow("select, maxRows")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT name FROM items ORDER BY id", "maxRows": 2})j")
        << JobResult::Status::Succeeded
        << QStringLiteral("name\nalpha\nbeta\n(first 2 rows; more not shown: maxRows = 2)\n") << -1 << true;
    QTest::newRow("select exactly maxRows")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT name FROM items WHERE id <= 2", "maxRows": 2})j")
        << JobResult::Status::Succeeded << QStringLiteral("name\nalpha\nbeta\n(2 rows)\n") << -1 << false;
    QTest::newRow("select, maxOutputBytes")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT name FROM items ORDER BY id", "maxOutputBytes": 11})j")
        << JobResult::Status::Succeeded << QStringLiteral("name\nalpha\n\n[output truncated: ") << -1 << true;
    QTest::newRow("no rows")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT id FROM items WHERE 0"})j")
        << JobResult::Status::Succeeded << QStringLiteral("id\n(0 rows)\n") << -1 << false;
    QTest::newRow("blob")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT x'00ff10' AS b, CAST('text' AS BLOB) AS t"})j")
        << JobResult::Status::Succeeded << QStringLiteral("b\tt\n0x00ff10\ttext\n(1 rows)\n") << -1 << false;
    QTest::newRow("update")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "UPDATE items SET state = 'done' WHERE state = 'open'"})j")
        << JobResult::Status::Succeeded << QStringLiteral("(3 rows affected)\n") << 3 << false;
    QTest::newRow("delete nothing")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "DELETE FROM items WHERE id > 100"})j")
        << JobResult::Status::Succeeded << QStringLiteral("(0 rows affected)\n") << 0 << false;
    QTest::newRow("bad statement")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "SELEKT * FROM items"})j") << JobResult::Status::Failed
        << QStringLiteral("The statement failed on data source \"app\": ") << -1 << false;
    QTest::newRow("unknown table")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT * FROM nothing_here"})j")
        << JobResult::Status::Failed << QStringLiteral("no such table: nothing_here") << -1 << false;
    QTest::newRow("two statements")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "DELETE FROM items; DELETE FROM items"})j")
        << JobResult::Status::Failed << QStringLiteral("The statement failed on data source \"app\"") << -1 << false;
    QTest::newRow("too few parameters")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT * FROM items WHERE id = ? AND name = ?", "parameters": "[1]"})j")
        << JobResult::Status::Failed << QStringLiteral("failed on data source \"app\"") << -1 << false;
    QTest::newRow("unreachable server")
        << QStringLiteral(R"j({"dataSource": "archive-2024", "statement": "SELECT 1"})j") << JobResult::Status::Failed
        << QStringLiteral("Data source \"archive-2024\": the SQLite file") << -1 << false;
    if (QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        QTest::newRow("server down")
            << QStringLiteral(R"j({"dataSource": "down", "statement": "SELECT 1"})j") << JobResult::Status::Failed
            << QStringLiteral("Cannot connect to data source \"down\" (postgresql://nobody@127.0.0.1:1/none?connectTimeout=2): ")
            << -1 << false;
    }
}

void TestSqlJob::runs()
{
    QFETCH(QString, json);
    QFETCH(JobResult::Status, status);
    QFETCH(QString, output);
    QFETCH(int, resultCode);
    QFETCH(bool, truncated);
    const JobResult result = run(json);
    QCOMPARE(result.status(), status);
    if (status == JobResult::Status::Succeeded) {
        QVERIFY2(result.errorMessage().isEmpty(), qPrintable(result.errorMessage()));
        if (truncated && output.contains(QLatin1String("[output truncated")))
            QVERIFY2(result.output().startsWith(output), qPrintable(result.output()));
        else
            QCOMPARE(result.output(), output);
        QCOMPARE(result.isOutputTruncated(), truncated);
    } else {
        QVERIFY2(result.errorMessage().contains(output), qPrintable(result.errorMessage()));
        qInfo().noquote() << result.errorMessage();
    }
    QCOMPARE(result.resultCode().value_or(-1), resultCode);
    QVERIFY(sqlJobConnections().isEmpty());
}

void TestSqlJob::parametersAreBound()
{
    // Positional: a quote in a value is a value, not SQL.
    JobResult r = run(QStringLiteral(R"j({"dataSource": "app", "statement": "INSERT INTO items (id, name, state, price, note) VALUES (?, ?, ?, ?, ?)",
                                         "parameters": "[10, \"o'brien\", true, 2.25, null]"})j"));
    QVERIFY2(r.isSuccess(), qPrintable(r.errorMessage()));
    QCOMPARE(r.resultCode().value_or(-1), 1);
    r = run(QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT name, state, price, note IS NULL, typeof(id) FROM items WHERE id = 10"})j"));
    QVERIFY2(r.isSuccess(), qPrintable(r.errorMessage()));
    QVERIFY2(r.output().contains(QLatin1String("\no'brien\t1\t2.25\t1\tinteger\n")), qPrintable(r.output()));

    // Named, with and without the colon.
    r = run(QStringLiteral(R"j({"dataSource": "app", "statement": "UPDATE items SET state = :state WHERE id >= :from",
                               "parameters": "{\"state\": \"archived\", \":from\": 4}"})j"));
    QVERIFY2(r.isSuccess(), qPrintable(r.errorMessage()));
    QCOMPARE(r.resultCode().value_or(-1), 3);
    r = run(QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT count(*) AS n FROM items WHERE state = ?", "parameters": "[\"archived\"]"})j"));
    QCOMPARE(r.output(), QStringLiteral("n\n3\n(1 rows)\n"));
}

void TestSqlJob::validation_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("messagePart"); // empty: valid
    QTest::newRow("minimal") << QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT 1"})j") << QString();
    QTest::newRow("all keys")
        << QStringLiteral(R"j({"dataSource": "anything-else", "statement": "SELECT ?", "parameters": "[1]", "timeoutSeconds": 2.5, "maxRows": 0, "maxOutputBytes": 100})j")
        << QString();
    QTest::newRow("no data source") << QStringLiteral(R"j({"statement": "SELECT 1"})j")
                                    << QStringLiteral("\"dataSource\" is required");
    QTest::newRow("bad data source name") << QStringLiteral(R"j({"dataSource": "my db", "statement": "SELECT 1"})j")
                                          << QStringLiteral("\"dataSource\": \"my db\" is not a data source name");
    QTest::newRow("no statement") << QStringLiteral(R"j({"dataSource": "app", "statement": "  "})j")
                                  << QStringLiteral("\"statement\" is required and must not be empty");
    QTest::newRow("parameters not JSON")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT ?", "parameters": "[1,"})j")
        << QStringLiteral("\"parameters\" must be JSON text");
    QTest::newRow("parameters a number")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT ?", "parameters": 5})j")
        << QStringLiteral("; it is not text.");
    QTest::newRow("parameters a scalar")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT ?", "parameters": "\"x\""})j")
        << QStringLiteral("; it is neither an array nor an object.");
    QTest::newRow("nested parameter")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT ?", "parameters": "[1, [2]]"})j")
        << QStringLiteral("; element 1 is not a string, number, boolean or null.");
    QTest::newRow("nested named parameter")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT :a", "parameters": "{\"a\": {}}"})j")
        << QStringLiteral("; the value of \"a\" is not a string, number, boolean or null.");
    QTest::newRow("empty parameter name")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT :a", "parameters": "{\":\": 1}"})j")
        << QStringLiteral("; a parameter name is empty.");
    QTest::newRow("negative timeout")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT 1", "timeoutSeconds": -1})j")
        << QStringLiteral("\"timeoutSeconds\" must be a number of seconds");
    QTest::newRow("maxRows too big")
        << QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT 1", "maxRows": 1000001})j")
        << QStringLiteral("\"maxRows\" must be a whole number from 0 to 100000");
}

void TestSqlJob::validation()
{
    QFETCH(QString, json);
    QFETCH(QString, messagePart);
    const Result<Done> valid = m_registry.validate(QStringLiteral("sql"), data(json));
    if (messagePart.isEmpty()) {
        QVERIFY2(valid.ok(), qPrintable(valid.error()));
        return;
    }
    QVERIFY(!valid.ok());
    QVERIFY2(valid.error().contains(messagePart), qPrintable(valid.error()));
    // The run checks the same and fails with the same message.
    const JobResult result = run(json);
    QCOMPARE(result.status(), JobResult::Status::Failed);
    QCOMPARE(result.errorMessage(), valid.error());
}

void TestSqlJob::unknownDataSourceListsTheKnownOnes()
{
    JobResult r = run(QStringLiteral(R"j({"dataSource": "reporting", "statement": "SELECT 1"})j"));
    QCOMPARE(r.status(), JobResult::Status::Failed);
    QVERIFY2(r.errorMessage().contains(QLatin1String("Unknown data source \"reporting\"; this node knows: app, archive-2024, down")),
             qPrintable(r.errorMessage()));

    // A node started without a data-sources file.
    JobTypeRegistry bare;
    QVERIFY(registerSqlJobType(bare, nullptr).ok());
    const auto job = bare.create(QStringLiteral("sql"));
    QVERIFY(job.ok());
    JobExecutionContext context = contextFor(data(QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT 1"})j")));
    r = (*job)->execute(context);
    QCOMPARE(r.status(), JobResult::Status::Failed);
    QVERIFY2(r.errorMessage().contains(QLatin1String("this node has no data sources (it was started without")),
             qPrintable(r.errorMessage()));

    // A file with comments only.
    const Result<DataSources> none = DataSources::parse(QStringLiteral("# none yet\n"), QStringLiteral("/etc/ds.conf"));
    QVERIFY(none.ok());
    const Result<DatabaseUrl> url = none->resolve(QStringLiteral("app"));
    QVERIFY(!url.ok());
    QVERIFY2(url.error().contains(QLatin1String("its data-sources file \"/etc/ds.conf\" defines none")), qPrintable(url.error()));
}

void TestSqlJob::missingSqliteFileIsNotCreated()
{
    const JobResult r = run(QStringLiteral(R"j({"dataSource": "archive-2024", "statement": "CREATE TABLE t (x)"})j"));
    QCOMPARE(r.status(), JobResult::Status::Failed);
    QVERIFY2(r.errorMessage().contains(m_dir.filePath(QStringLiteral("missing.db"))), qPrintable(r.errorMessage()));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing.db"))));
}

void TestSqlJob::timeoutStopsTheStatement()
{
    QElapsedTimer timer;
    timer.start();
    const JobResult r = run(QStringLiteral(R"j({"dataSource": "app", "statement": "%1", "timeoutSeconds": 0.3})j").arg(kEndlessQuery));
    QCOMPARE(r.status(), JobResult::Status::TimedOut);
    QVERIFY2(r.errorMessage().contains(QLatin1String("within 0.3 s")), qPrintable(r.errorMessage()));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(sqlJobConnections().isEmpty());

    // The same connection settings work again right after.
    const JobResult next = run(QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT count(*) FROM items"})j"));
    QVERIFY2(next.isSuccess(), qPrintable(next.errorMessage()));
}

void TestSqlJob::interruptionStopsTheStatement()
{
    const InterruptedRun run =
        runAndInterrupt(m_registry, QStringLiteral(R"j({"dataSource": "app", "statement": "%1"})j").arg(kEndlessQuery), 200);
    QVERIFY(run.stillRunningAtInterrupt);
    QCOMPARE(run.result.status(), JobResult::Status::Interrupted);
    QVERIFY2(run.stopMs < 2000, qPrintable(QString::number(run.stopMs)));
    QVERIFY(sqlJobConnections().isEmpty());

    // Interrupted before it starts: no connection at all.
    JobExecutionContext early = contextFor(data(QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT 1"})j")));
    early.requestInterruption();
    QCOMPARE(SqlJob(m_sources).execute(early).status(), JobResult::Status::Interrupted);
}

void TestSqlJob::runsOnWorkerThreadsAtOnce()
{
    // Each run opens and removes its own connection on its own thread.
    QList<QFuture<JobResult>> futures;
    for (int i = 0; i < 8; ++i) {
        futures.append(QtConcurrent::run([this, i] {
            return run(QStringLiteral(R"j({"dataSource": "app", "statement": "SELECT name FROM items WHERE id = ?", "parameters": "[%1]"})j")
                           .arg(i % 5 + 1));
        }));
    }
    for (QFuture<JobResult> &f : futures) {
        f.waitForFinished();
        QVERIFY2(f.result().isSuccess(), qPrintable(f.result().errorMessage()));
        QVERIFY(f.result().output().endsWith(QLatin1String("\n(1 rows)\n")));
    }
    QVERIFY(sqlJobConnections().isEmpty());
}

void TestSqlJob::servers_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("sleep"); // a statement that takes 10 s
    const QString pg = serverUrl("QRONOS_TEST_PG_URL", "pg");
    const QString mysql = serverUrl("QRONOS_TEST_MYSQL_URL", "mysql");
    if (pg.isEmpty() && mysql.isEmpty()) {
        const QString hint = QStringLiteral("PostgreSQL and MariaDB not available: the sql job was tested on SQLite only "
                                            "(sudo apt-get install postgresql mariadb-server libqt6sql6-psql libqt6sql6-mysql)");
        if (qEnvironmentVariable("QRONOS_REQUIRE_SERVERS") == QLatin1String("1"))
            QFAIL(qPrintable(hint));
        QSKIP(qPrintable(hint));
    }
    if (!pg.isEmpty())
        QTest::newRow("postgresql") << pg << QStringLiteral("SELECT pg_sleep(10)");
    if (!mysql.isEmpty())
        QTest::newRow("mariadb") << mysql << QStringLiteral("SELECT SLEEP(10)");
}

void TestSqlJob::servers()
{
    QFETCH(QString, url);
    QFETCH(QString, sleep);
    // The URL's password (if any) stays in the data source; the job names only "db".
    const Result<DataSources> sources = DataSources::parse(QStringLiteral("db = ") + url, QStringLiteral("servers"), QProcessEnvironment());
    QVERIFY2(sources.ok(), qPrintable(sources.error()));
    JobTypeRegistry registry;
    QVERIFY(registerSqlJobType(registry, std::make_shared<const DataSources>(*sources)).ok());
    const auto runOn = [&registry](const QString &json) {
        Result<std::unique_ptr<Job>> job = registry.create(QStringLiteral("sql"));
        JobExecutionContext context = contextFor(data(json));
        return (*job)->execute(context);
    };
    const QString table = QStringLiteral("qronos_sqljob_") + QString::number(QDateTime::currentMSecsSinceEpoch());

    JobResult r = runOn(QStringLiteral(R"j({"dataSource": "db", "statement": "CREATE TABLE %1 (id INTEGER PRIMARY KEY, name VARCHAR(40), note VARCHAR(40))"})j").arg(table));
    QVERIFY2(r.isSuccess(), qPrintable(r.errorMessage()));
    r = runOn(QStringLiteral(R"j({"dataSource": "db", "statement": "INSERT INTO %1 (id, name, note) VALUES (?, ?, ?)", "parameters": "[1, \"o'brien\", null]"})j").arg(table));
    QVERIFY2(r.isSuccess(), qPrintable(r.errorMessage()));
    QCOMPARE(r.resultCode().value_or(-1), 1);
    r = runOn(QStringLiteral(R"j({"dataSource": "db", "statement": "INSERT INTO %1 (id, name) VALUES (:id, :name)", "parameters": "{\"id\": 2, \"name\": \"two\"}"})j").arg(table));
    QVERIFY2(r.isSuccess(), qPrintable(r.errorMessage()));
    r = runOn(QStringLiteral(R"j({"dataSource": "db", "statement": "SELECT id, name, note FROM %1 ORDER BY id"})j").arg(table));
    QVERIFY2(r.isSuccess(), qPrintable(r.errorMessage()));
    QCOMPARE(r.output(), QStringLiteral("id\tname\tnote\n1\to'brien\tNULL\n2\ttwo\tNULL\n(2 rows)\n"));
    r = runOn(QStringLiteral(R"j({"dataSource": "db", "statement": "UPDATE %1 SET note = 'x'"})j").arg(table));
    QCOMPARE(r.resultCode().value_or(-1), 2);

    r = runOn(QStringLiteral(R"j({"dataSource": "db", "statement": "SELEKT 1"})j"));
    QCOMPARE(r.status(), JobResult::Status::Failed);
    QVERIFY2(r.errorMessage().startsWith(QLatin1String("The statement failed on data source \"db\": ")), qPrintable(r.errorMessage()));
    qInfo().noquote() << r.errorMessage();

    QElapsedTimer timer;
    timer.start();
    r = runOn(QStringLiteral(R"j({"dataSource": "db", "statement": "%1", "timeoutSeconds": 0.5})j").arg(sleep));
    QCOMPARE(r.status(), JobResult::Status::TimedOut);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

    // Interrupted in the middle of a statement the server is running: cancelled from a second connection.
    const InterruptedRun run =
        runAndInterrupt(registry, QStringLiteral(R"j({"dataSource": "db", "statement": "%1"})j").arg(sleep), 300);
    QVERIFY(run.stillRunningAtInterrupt);
    QCOMPARE(run.result.status(), JobResult::Status::Interrupted);
    QVERIFY2(run.stopMs < 2000, qPrintable(QString::number(run.stopMs)));

    r = runOn(QStringLiteral(R"j({"dataSource": "db", "statement": "DROP TABLE %1"})j").arg(table));
    QVERIFY2(r.isSuccess(), qPrintable(r.errorMessage()));
    QVERIFY(sqlJobConnections().isEmpty());
}

QTEST_GUILESS_MAIN(TestSqlJob)
#include "tst_sqljob.moc"
