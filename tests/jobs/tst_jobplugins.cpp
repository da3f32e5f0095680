#include "jobs/jobtypeplugin.h"
#include "jobs/jobtyperegistry.h"
#include "jobs/pluginloader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qronos;

Q_DECLARE_METATYPE(JobResult::Status)

namespace {

const QString kHelloSha256 = QStringLiteral("5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03");
const QString kHelloSha512 = QStringLiteral("e7c22b994c59d9cf2b48e549b1e24666636045930d3da7c1acb299d1c3b7f931"
                                            "f94aae41edda2c2b207a36e10f8bcb8d45223e54878f5b316e7ce3b6bc019629");

JobExecutionContext contextFor(const JobDataMap &jobData)
{
    JobDetail detail(JobKey(QStringLiteral("verify"), QStringLiteral("tests")), QStringLiteral("checksum"));
    detail.setJobData(jobData);
    return JobExecutionContext(detail, jobData, QStringLiteral("fire-1"), 1000, 1005);
}

JobDataMap checksumData(const QString &file, const QString &expected, const QString &algorithm = {})
{
    JobDataMap data;
    data.put(QStringLiteral("file"), file);
    data.put(QStringLiteral("expected"), expected);
    if (!algorithm.isEmpty())
        data.put(QStringLiteral("algorithm"), algorithm);
    return data;
}

bool copyFile(const QString &from, const QString &to)
{
    return QFile::copy(from, to);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const PluginLoadReport::Failure *failureFor(const PluginLoadReport &report, const QString &fileName)
{
    for (const PluginLoadReport::Failure &f : report.failures) {
        if (QFileInfo(f.file).fileName() == fileName)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestJobPlugins : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsTheExamplePlugin();
    void checksumRuns_data();
    void checksumRuns();
    void checksumValidates_data();
    void checksumValidates();
    void checksumHonoursInterruption();
    void refusesBadFilesAndKeepsGoing();
    void refusesATypeNameAlreadyTaken();
    void missingFolderIsAnError();

private:
    QString m_pluginDir;
    QTemporaryDir m_files;
    QString m_hello;
    JobTypeRegistry m_registry; // built-ins + the example plugin, loaded once
};

void TestJobPlugins::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(QRONOS_EXAMPLE_PLUGIN_FILE)), QRONOS_EXAMPLE_PLUGIN_FILE);
    m_pluginDir = QFileInfo(QStringLiteral(QRONOS_EXAMPLE_PLUGIN_FILE)).absolutePath();
    QVERIFY(m_files.isValid());
    m_hello = m_files.filePath(QStringLiteral("hello.txt"));
    QVERIFY(writeFile(m_hello, "hello\n"));
    QVERIFY(registerBuiltInJobTypes(m_registry).ok());
}

void TestJobPlugins::loadsTheExamplePlugin()
{
    const Result<PluginLoadReport> report = loadJobTypePlugins(m_pluginDir, m_registry);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY2(!report->hasFailures(), qPrintable(report->errorMessages().join(QLatin1Char('\n'))));
    QCOMPARE(report->loaded.size(), 1);
    QCOMPARE(report->loaded.first().file, QFileInfo(QStringLiteral(QRONOS_EXAMPLE_PLUGIN_FILE)).absoluteFilePath());
    QCOMPARE(report->registeredTypes(), QStringList{QStringLiteral("checksum")});
    QVERIFY(m_registry.contains(QStringLiteral("checksum")));
    QVERIFY(m_registry.contains(QStringLiteral("shell"))); // the built-ins are untouched

    const std::optional<JobTypeInfo> info = m_registry.type(QStringLiteral("checksum"));
    QVERIFY(info);
    QVERIFY(!info->description.isEmpty());
    QVERIFY(info->dataSchema.contains(QLatin1String("\"expected\"")));
    QVERIFY(info->validator);
}

void TestJobPlugins::checksumRuns_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<JobResult::Status>("status");
    QTest::addColumn<QString>("messagePart");

    const QString missing = QStringLiteral("/nonexistent/qronos/hello.txt");
    QTest::newRow("sha256 matches") << QString() << kHelloSha256 << QString() << JobResult::Status::Succeeded << QString();
    QTest::newRow("upper case") << QString() << kHelloSha256.toUpper() << QStringLiteral("SHA256")
                                << JobResult::Status::Succeeded << QString();
    QTest::newRow("sha512 matches") << QString() << kHelloSha512 << QStringLiteral("sha512")
                                    << JobResult::Status::Succeeded << QString();
    QString wrong = kHelloSha256;
    wrong[0] = QLatin1Char('0');
    QTest::newRow("differs") << QString() << wrong << QString() << JobResult::Status::Failed
                             << QStringLiteral("but \"expected\" is ") + wrong;
    QTest::newRow("missing file") << missing << kHelloSha256 << QString() << JobResult::Status::Failed
                                  << QStringLiteral("cannot read \"") + missing;
    QTest::newRow("a folder") << QStringLiteral("/tmp") << kHelloSha256 << QString() << JobResult::Status::Failed
                              << QStringLiteral("is a folder");
}

void TestJobPlugins::checksumRuns()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QFETCH(QString, algorithm);
    QFETCH(JobResult::Status, status);
    QFETCH(QString, messagePart);
    if (file.isEmpty())
        file = m_hello;
    const JobDataMap data = checksumData(file, expected, algorithm);
    const auto job = m_registry.create(QStringLiteral("checksum"));
    QVERIFY2(job.ok(), qPrintable(job.error()));
    JobExecutionContext context = contextFor(data);
    const JobResult result = (*job)->execute(context);
    QCOMPARE(result.status(), status);
    if (status == JobResult::Status::Succeeded) {
        QVERIFY(result.errorMessage().isEmpty());
        QCOMPARE(result.output(), expected.toLower() + QLatin1String("  ") + m_hello); // sha256sum's line
    } else {
        QVERIFY2(result.errorMessage().contains(messagePart), qPrintable(result.errorMessage()));
    }
}

void TestJobPlugins::checksumValidates_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("messagePart"); // empty: valid
    QTest::newRow("valid") << QStringLiteral(R"({"file": "/etc/hosts", "expected": "%1"})").arg(kHelloSha256) << QString();
    QTest::newRow("no file") << QStringLiteral(R"({"expected": "%1"})").arg(kHelloSha256)
                             << QStringLiteral("\"file\" is required");
    QTest::newRow("file not text") << QStringLiteral(R"({"file": 3, "expected": "%1"})").arg(kHelloSha256)
                                   << QStringLiteral("\"file\" must be text");
    QTest::newRow("no expected") << QStringLiteral(R"({"file": "/etc/hosts"})") << QStringLiteral("\"expected\" is required");
    QTest::newRow("short digest") << QStringLiteral(R"({"file": "/etc/hosts", "expected": "abc"})")
                                  << QStringLiteral("64 hexadecimal digits");
    QTest::newRow("not hex") << QStringLiteral(R"({"file": "/etc/hosts", "expected": "%1"})")
                                    .arg(QString(64, QLatin1Char('g')))
                             << QStringLiteral("64 hexadecimal digits");
    QTest::newRow("sha256 digest for sha512")
        << QStringLiteral(R"({"file": "/etc/hosts", "expected": "%1", "algorithm": "sha512"})").arg(kHelloSha256)
        << QStringLiteral("128 hexadecimal digits");
    QTest::newRow("md5") << QStringLiteral(R"({"file": "/etc/hosts", "expected": "%1", "algorithm": "md5"})")
                                .arg(kHelloSha256)
                         << QStringLiteral("\"algorithm\" must be sha256 or sha512");
}

void TestJobPlugins::checksumValidates()
{
    QFETCH(QString, json);
    QFETCH(QString, messagePart);
    const Result<JobDataMap> data = JobDataMap::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QVERIFY(data.ok());
    const Result<Done> valid = m_registry.validate(QStringLiteral("checksum"), *data);
    if (messagePart.isEmpty()) {
        QVERIFY2(valid.ok(), qPrintable(valid.error()));
    } else {
        QVERIFY(!valid.ok());
        QVERIFY2(valid.error().contains(messagePart), qPrintable(valid.error()));
    }
}

void TestJobPlugins::checksumHonoursInterruption()
{
    const auto job = m_registry.create(QStringLiteral("checksum"));
    QVERIFY(job.ok());
    JobExecutionContext context = contextFor(checksumData(m_hello, kHelloSha256));
    context.requestInterruption();
    const JobResult result = (*job)->execute(context);
    QCOMPARE(result.status(), JobResult::Status::Interrupted);
}

void TestJobPlugins::refusesBadFilesAndKeepsGoing()
{
    // a.so and b.so are two copies of the example plugin: the second one's type is taken by the first.
    // c.so is a link to a.so: the same library, loaded once and not reported. The stale and the other
    // plugin abort if their code runs: the loader must refuse them from their metadata.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString example = QStringLiteral(QRONOS_EXAMPLE_PLUGIN_FILE);
    QVERIFY(copyFile(example, dir.filePath(QStringLiteral("liba_checksum.so"))));
    QVERIFY(copyFile(example, dir.filePath(QStringLiteral("libb_checksum.so"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("liba_checksum.so")), dir.filePath(QStringLiteral("libc_link.so"))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("libnotaplugin.so")), "this is not an ELF file\n"));
    QVERIFY(copyFile(QStringLiteral(QRONOS_STALE_PLUGIN_FILE), dir.filePath(QStringLiteral("libstale.so"))));
    QVERIFY(copyFile(QStringLiteral(QRONOS_OTHER_PLUGIN_FILE), dir.filePath(QStringLiteral("libother.so"))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("README.txt")), "not a library by name: ignored\n"));
    // A real shared library that is not a Qt plugin.
    const QString qtSql = QLibraryInfo::path(QLibraryInfo::LibrariesPath) + QLatin1String("/libQt6Sql.so.6");
    QVERIFY2(copyFile(qtSql, dir.filePath(QStringLiteral("libqtsql.so"))), qPrintable(qtSql));

    JobTypeRegistry registry;
    QVERIFY(registerBuiltInJobTypes(registry).ok());
    const Result<PluginLoadReport> report = loadJobTypePlugins(dir.path(), registry);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const QString all = report->errorMessages().join(QLatin1Char('\n'));
    qInfo().noquote() << "The loader's report:\n" << all;

    QCOMPARE(report->loaded.size(), 1);
    QCOMPARE(QFileInfo(report->loaded.first().file).fileName(), QStringLiteral("liba_checksum.so"));
    QCOMPARE(report->registeredTypes(), QStringList{QStringLiteral("checksum")});
    QCOMPARE(report->failures.size(), 5);

    const PluginLoadReport::Failure *duplicate = failureFor(*report, QStringLiteral("libb_checksum.so"));
    QVERIFY2(duplicate, qPrintable(all));
    QVERIFY2(duplicate->reason.contains(QLatin1String("\"checksum\" is already registered")), qPrintable(duplicate->reason));

    const PluginLoadReport::Failure *garbage = failureFor(*report, QStringLiteral("libnotaplugin.so"));
    QVERIFY2(garbage, qPrintable(all));
    QVERIFY2(garbage->reason.startsWith(QLatin1String("not a Qt plugin")), qPrintable(garbage->reason));

    const PluginLoadReport::Failure *library = failureFor(*report, QStringLiteral("libqtsql.so"));
    QVERIFY2(library, qPrintable(all));
    QVERIFY2(library->reason.startsWith(QLatin1String("not a Qt plugin")), qPrintable(library->reason));

    const PluginLoadReport::Failure *stale = failureFor(*report, QStringLiteral("libstale.so"));
    QVERIFY2(stale, qPrintable(all));
    QVERIFY2(stale->reason.contains(QLatin1String("\"org.qronos.JobTypePlugin/0\"")), qPrintable(stale->reason));
    QVERIFY2(stale->reason.contains(jobTypePluginIid()), qPrintable(stale->reason));
    QVERIFY2(stale->reason.contains(QLatin1String("rebuild")), qPrintable(stale->reason));

    const PluginLoadReport::Failure *other = failureFor(*report, QStringLiteral("libother.so"));
    QVERIFY2(other, qPrintable(all));
    QVERIFY2(other->reason.startsWith(QLatin1String("a Qt plugin of another kind (interface \"org.example.ImageFilter/1\")")),
             qPrintable(other->reason));

    // Every message names its file.
    for (const QString &line : report->errorMessages())
        QVERIFY2(line.startsWith(dir.path() + QLatin1Char('/')), qPrintable(line));
}

void TestJobPlugins::refusesATypeNameAlreadyTaken()
{
    JobTypeRegistry registry;
    JobTypeInfo mine;
    mine.name = QStringLiteral("checksum");
    mine.description = QStringLiteral("registered first");
    mine.factory = [] { return std::unique_ptr<Job>(); };
    QVERIFY(registry.registerType(mine).ok());

    const Result<PluginLoadReport> report = loadJobTypePlugins(m_pluginDir, registry);
    QVERIFY(report.ok());
    QVERIFY(report->loaded.isEmpty());
    QCOMPARE(report->failures.size(), 1);
    QCOMPARE(report->failures.first().file, QFileInfo(QStringLiteral(QRONOS_EXAMPLE_PLUGIN_FILE)).absoluteFilePath());
    QVERIFY2(report->failures.first().reason.contains(QLatin1String("\"checksum\" is already registered")),
             qPrintable(report->failures.first().reason));
    QCOMPARE(registry.type(QStringLiteral("checksum"))->description, QStringLiteral("registered first"));
}

void TestJobPlugins::missingFolderIsAnError()
{
    JobTypeRegistry registry;
    const Result<PluginLoadReport> report = loadJobTypePlugins(QStringLiteral("/nonexistent/qronos/plugins"), registry);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QLatin1String("/nonexistent/qronos/plugins")), qPrintable(report.error()));
}

QTEST_GUILESS_MAIN(TestJobPlugins)
#include "tst_jobplugins.moc"
