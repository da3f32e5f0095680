#include "nodeconfig.h"

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qronos;

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}
} // namespace

class tst_NodeConfig : public QObject
{
    Q_OBJECT

private slots:
    void readsValues();
    void errors_data();
    void errors();
    void nearestKey_data();
    void nearestKey();
    void readsFile();
    void missingFile();
    void notUtf8();
    void exampleNamesEveryKey();
    void commandLineWins();
};

void tst_NodeConfig::readsValues()
{
    const QString text = QStringLiteral(
        "# a node\n"
        "\n"
        "db = postgresql://qronos@db.example/qronos?sslmode=require\n"
        "  threads=4  \r\n"
        "tags = gpu, eu\n"
        "instance-id = node-#1\n" // '#' inside a value is not a comment
        "log-format = json = yes\n" // only the first '=' separates
        "   # indented comment\n"
        "metrics = 127.0.0.1:9464");
    const auto r = NodeConfig::parse(text, QStringLiteral("main.conf"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const QMap<QString, QString> expected{
        {QStringLiteral("db"), QStringLiteral("postgresql://qronos@db.example/qronos?sslmode=require")},
        {QStringLiteral("threads"), QStringLiteral("4")},
        {QStringLiteral("tags"), QStringLiteral("gpu, eu")},
        {QStringLiteral("instance-id"), QStringLiteral("node-#1")},
        {QStringLiteral("log-format"), QStringLiteral("json = yes")},
        {QStringLiteral("metrics"), QStringLiteral("127.0.0.1:9464")},
    };
    QCOMPARE(*r, expected);

    const auto empty = NodeConfig::parse(QStringLiteral("\n# nothing\n\n"), QStringLiteral("e.conf"));
    QVERIFY(empty.ok());
    QVERIFY(empty->isEmpty());
}

void tst_NodeConfig::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // the start of the message

    QTest::newRow("unknown key, near")
        << QStringLiteral("db = sqlite::memory:\ntreads = 4\n")
        << QStringLiteral("node.conf:2: unknown key \"treads\"; did you mean \"threads\"?");
    QTest::newRow("underscore")
        << QStringLiteral("instance_id = a\n")
        << QStringLiteral("node.conf:1: unknown key \"instance_id\"; did you mean \"instance-id\"?");
    QTest::newRow("command-line spelling")
        << QStringLiteral("\n\n--threads = 4\n")
        << QStringLiteral("node.conf:3: unknown key \"--threads\"; did you mean \"threads\"?");
    QTest::newRow("unknown key, far")
        << QStringLiteral("colour = blue\n")
        << QStringLiteral("node.conf:1: unknown key \"colour\"; the keys are: db, instance-id,");
    QTest::newRow("duplicate")
        << QStringLiteral("threads = 4\n# more\nthreads = 8\n")
        << QStringLiteral("node.conf:3: \"threads\" is already set on line 1");
    QTest::newRow("missing =")
        << QStringLiteral("db = x\nthreads 4\n")
        << QStringLiteral("node.conf:2: expected \"key = value\", found \"threads 4\"");
    QTest::newRow("missing key") << QStringLiteral("= 4\n") << QStringLiteral("node.conf:1: a key is missing");
    QTest::newRow("missing value")
        << QStringLiteral("tags =   \n") << QStringLiteral("node.conf:1: \"tags\" has no value");
}

void tst_NodeConfig::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto r = NodeConfig::parse(text, QStringLiteral("node.conf"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(message), qPrintable(r.error()));
}

void tst_NodeConfig::nearestKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("nearest");
    QTest::newRow("exact") << QStringLiteral("db") << QStringLiteral("db");
    QTest::newRow("case") << QStringLiteral("Batch-Size") << QStringLiteral("batch-size");
    QTest::newRow("typo") << QStringLiteral("grace-perod") << QStringLiteral("grace-period");
    QTest::newRow("plural") << QStringLiteral("tag") << QStringLiteral("tags");
    QTest::newRow("plugins") << QStringLiteral("plugin_dirs") << QStringLiteral("plugin-dir");
    QTest::newRow("nothing near") << QStringLiteral("completely-different") << QString();
}

void tst_NodeConfig::nearestKey()
{
    QFETCH(QString, key);
    QFETCH(QString, nearest);
    QCOMPARE(NodeConfig::nearestKey(key), nearest);
}

void tst_NodeConfig::readsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("main.conf"));
    QVERIFY(writeFile(path, "\xEF\xBB\xBF# UTF-8 with a BOM\ntags = \xE5\x8C\x97\xE4\xBA\xAC\nthreads = 2\nbatch = 3\n"));
    const auto r = NodeConfig::read(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(path + QStringLiteral(":4: unknown key \"batch\"; did you mean \"batch-size\"?")),
             qPrintable(r.error()));

    QVERIFY(writeFile(path, "\xEF\xBB\xBFtags = \xE5\x8C\x97\xE4\xBA\xAC\r\nthreads = 2\r\n"));
    const auto ok = NodeConfig::read(path);
    QVERIFY2(ok.ok(), qPrintable(ok.error()));
    QCOMPARE(ok->value(QStringLiteral("tags")), QStringLiteral("北京"));
    QCOMPARE(ok->value(QStringLiteral("threads")), QStringLiteral("2"));
}

void tst_NodeConfig::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.conf"));
    const auto r = NodeConfig::read(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(path), qPrintable(r.error()));
}

void tst_NodeConfig::notUtf8()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("latin1.conf"));
    QVERIFY(writeFile(path, "tags = M\xFCnchen\n"));
    const auto r = NodeConfig::read(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(path) && r.error().contains(QStringLiteral("UTF-8")), qPrintable(r.error()));
}

void tst_NodeConfig::exampleNamesEveryKey()
{
    // The shipped example reads as it is, and documents every key: each key is either set or on a
    // commented-out "# key = value" line, and the file still reads once those lines are uncommented.
    const QString path = QStringLiteral(QRONOS_SOURCE_DIR "/resources/config/qronos-node.conf.example");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString text = QString::fromUtf8(file.readAll());
    const auto asIs = NodeConfig::parse(text, path);
    QVERIFY2(asIs.ok(), qPrintable(asIs.error()));
    QVERIFY(asIs->contains(QStringLiteral("db")));

    static const QRegularExpression setting(QStringLiteral("^# ([a-z-]+ = .*)$"), QRegularExpression::MultilineOption);
    QString uncommented = text;
    uncommented.replace(setting, QStringLiteral("\\1"));
    const auto all = NodeConfig::parse(uncommented, path);
    QVERIFY2(all.ok(), qPrintable(all.error()));
    QStringList keys = all->keys();
    QStringList known = NodeConfig::knownKeys();
    keys.sort();
    known.sort();
    QCOMPARE(keys, known);
}

void tst_NodeConfig::commandLineWins()
{
    const auto values = NodeConfig::parse(QStringLiteral("threads = 4\ntags = a, b\ndb = sqlite:///x y.db\n"),
                                          QStringLiteral("n.conf"));
    QVERIFY(values.ok());
    QCOMPARE(NodeConfig::asArguments(*values),
             QStringList({QStringLiteral("--db=sqlite:///x y.db"), QStringLiteral("--threads=4"),
                          QStringLiteral("--tags=a, b")}));

    // As the node command merges them: the file's values first, then the command line's.
    QCommandLineParser parser;
    const QCommandLineOption threads(QStringLiteral("threads"), QString(), QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption tags(QStringLiteral("tags"), QString(), QStringLiteral("list"));
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("url"));
    parser.addOptions({threads, tags, db});
    const QStringList commandLine{QStringLiteral("node"), QStringLiteral("--threads"), QStringLiteral("8")};
    QVERIFY(parser.parse(QStringList{commandLine.first()} + NodeConfig::asArguments(*values) + commandLine.mid(1)));
    QCOMPARE(parser.value(threads), QStringLiteral("8"));
    QCOMPARE(parser.value(tags), QStringLiteral("a, b"));
    QCOMPARE(parser.value(db), QStringLiteral("sqlite:///x y.db"));
}

QTEST_GUILESS_MAIN(tst_NodeConfig)
#include "tst_nodeconfig.moc"
