// qronosctl export / import / export-history through the real binary, on a throw-away SQLite store.

#include "store/sqljobstore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString exampleFile() { return QStringLiteral(QRONOS_SOURCE_DIR "/tests/unit/data/qronos-1-full.json"); }

} // namespace

class tst_ExchangeCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportImportRoundTrip();
    void dryRunChangesNothing();
    void badFileChangesNothing();
    void selectionAndFormatSwitch();
    void historyExportStreamsEveryRow();
    void importReadsAWholePipe();

private:
    /// qronosctl --db \a database with \a arguments, \a input on its standard input.
    Run run(const QStringList &arguments, const QString &database, const QByteArray &input = {});
    QByteArray readFile(const QString &name);
    void writeFile(const QString &name, const QByteArray &bytes);
    QString db(const QString &name) { return QStringLiteral("sqlite://") + m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

Run tst_ExchangeCli::run(const QStringList &arguments, const QString &database, const QByteArray &input)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral(QRONOSCTL_PATH), QStringList{QStringLiteral("--db"), database} + arguments);
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray tst_ExchangeCli::readFile(const QString &name)
{
    QFile f(m_dir.filePath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void tst_ExchangeCli::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile f(m_dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void tst_ExchangeCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_ExchangeCli::exportImportRoundTrip()
{
    Run r = run({QStringLiteral("import"), exampleFile()}, db(QStringLiteral("a.db")));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("+ job reports.nightly\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("+ calendar china-workdays\n")), qPrintable(r.out));
    QVERIFY2(r.out.endsWith(QLatin1String("13 added, 0 changed, 0 removed, 0 unchanged, 0 skipped.\n"
                                          "Imported in one transaction.\n")),
             qPrintable(r.out));

    r = run({QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("a.json")}, db(QStringLiteral("a.db")));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Exported 2 job(s), 4 trigger(s) and 7 calendar(s) to a.json.\n"));
    r = run({QStringLiteral("import"), QStringLiteral("a.json")}, db(QStringLiteral("b.db")));
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("export")}, db(QStringLiteral("b.db")));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString::fromUtf8(readFile(QStringLiteral("a.json"))));
    QVERIFY(r.out.startsWith(QLatin1String("{\n  \"format\": \"qronos/1\",\n")));
}

void tst_ExchangeCli::dryRunChangesNothing()
{
    const QString database = db(QStringLiteral("dry.db"));
    QCOMPARE(run({QStringLiteral("import"), exampleFile()}, database).exitCode, 0);
    const QString before = run({QStringLiteral("export")}, database).out;
    QByteArray changed = before.toUtf8();
    changed.replace("\"cron\": \"0 0 2 * * ?\"", "\"cron\": \"0 30 2 * * ?\"");
    changed.replace("\"format\": \"qronos/1\",",
                    "\"format\": \"qronos/1\",\n  \"directives\": {\"deleteJobs\": [{\"group\": \"reports\", \"name\": \"weekly\"}]},");
    writeFile(QStringLiteral("changed.json"), changed);

    Run r = run({QStringLiteral("import"), QStringLiteral("changed.json"), QStringLiteral("--dry-run")}, database);
    QCOMPARE(r.exitCode, 0);
    // The file adds the job back, with its triggers: deleted and re-added unchanged.
    QCOMPARE(r.out, QStringLiteral("~ trigger reports.nightly-cron: cron \"0 0 2 * * ?\" -> \"0 30 2 * * ?\"\n"
                                   "0 added, 1 changed, 0 removed, 12 unchanged, 0 skipped.\n"
                                   "Dry run: nothing was changed.\n"));
    QCOMPARE(run({QStringLiteral("export")}, database).out, before);

    r = run({QStringLiteral("import"), QStringLiteral("changed.json")}, database);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.endsWith(QLatin1String("Imported in one transaction.\n")), qPrintable(r.out));
    QVERIFY(run({QStringLiteral("export")}, database).out.contains(QLatin1String("\"cron\": \"0 30 2 * * ?\"")));
}

void tst_ExchangeCli::badFileChangesNothing()
{
    const QString database = db(QStringLiteral("bad.db"));
    QCOMPARE(run({QStringLiteral("import"), exampleFile()}, database).exitCode, 0);
    const QString before = run({QStringLiteral("export")}, database).out;

    writeFile(QStringLiteral("bad.json"), R"({
  "format": "qronos/1",
  "directives": {"deleteJobsInGroups": ["*"]},
  "triggers": [
    {"name": "t1", "jobName": "a", "kind": "cron", "cron": "0 0 25 * * ?", "startTime": "2026-01-01T00:00:00Z"},
    {"name": "t2", "jobName": "a", "kind": "weekly", "startTime": "2026-01-01T00:00:00Z"}
  ]
}
)");
    Run r = run({QStringLiteral("import"), QStringLiteral("bad.json")}, database);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QStringLiteral(
                        "bad.json: line 5, column 60 ($.triggers[0].cron): Invalid cron expression: hours field \"25\": "
                        "values must be between 0 and 23\n"
                        "bad.json: line 6, column 44 ($.triggers[1].kind): unknown trigger kind \"weekly\" (cron, simple, "
                        "calendarInterval or dailyTimeInterval)\n"
                        "qronosctl: 2 problem(s); nothing was changed.\n"));

    // Well-formed, but its trigger's job is in neither the file nor the store: found by the plan.
    writeFile(QStringLiteral("orphan.json"), R"({"format": "qronos/1",
  "triggers": [{"name": "t", "jobName": "nobody", "kind": "simple", "startTime": "2026-01-01T00:00:00Z"}]})");
    for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--dry-run")}}) {
        r = run(QStringList{QStringLiteral("import"), QStringLiteral("orphan.json")} + extra, database);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("orphan.json: line 2, column 16 ($.triggers[0]): Trigger DEFAULT.t: its job "
                                       "DEFAULT.nobody is neither in the file nor in the store.\n"
                                       "qronosctl: 1 problem(s); nothing was changed.\n"));
    }

    // Job data a built-in type refuses is a problem; a type that is not built in only a warning (a plugin's).
    writeFile(QStringLiteral("types.json"), R"({"format": "qronos/1", "jobs": [
  {"group": "g", "name": "web", "type": "http", "durable": true},
  {"group": "g", "name": "p", "type": "acme-report", "durable": true}]})");
    r = run({QStringLiteral("import"), QStringLiteral("types.json")}, database);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("types.json: warning: line 3, column 3 ($.jobs[1]): Job type \"acme-report\" is not "
                                   "built in: only nodes with a plugin for it will run its jobs.\n"
                                   "types.json: line 2, column 3 ($.jobs[0]): Job g.web: \"url\" is required: set it "
                                   "to text.\n"
                                   "qronosctl: 1 problem(s); nothing was changed.\n"));

    r = run({QStringLiteral("import"), QStringLiteral("missing.json")}, database);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QLatin1String("qronosctl: cannot read missing.json")), qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("export")}, database).out, before);
}

void tst_ExchangeCli::selectionAndFormatSwitch()
{
    const QString database = db(QStringLiteral("sel.db"));
    QCOMPARE(run({QStringLiteral("import"), exampleFile()}, database).exitCode, 0);
    Run r = run({QStringLiteral("export"), QStringLiteral("--job"), QStringLiteral("reports.weekly")}, database);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("\"name\": \"hourly\"")));
    QVERIFY(!r.out.contains(QLatin1String("\"name\": \"nightly-cron\"")));
    QVERIFY(r.out.contains(QLatin1String("\"name\": \"weekends-and-holidays\"")));
    QVERIFY(!r.out.contains(QLatin1String("\"name\": \"china-workdays\"")));

    r = run({QStringLiteral("export"), QStringLiteral("--group"), QStringLiteral("nothing")}, database);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("{\n  \"format\": \"qronos/1\",\n  \"calendars\": [],\n  \"jobs\": [],\n  \"triggers\": []\n}\n"));

    r = run({QStringLiteral("export"), QStringLiteral("--job"), QStringLiteral("reports.missing")}, database);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QStringLiteral("qronosctl: There is no job reports.missing to export.\n"));

    r = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("yaml")}, database);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("qronosctl: --format must be json or quartz-xml, not \"yaml\".\n"));
}

void tst_ExchangeCli::historyExportStreamsEveryRow()
{
    // 2,500 executions: more than the export's page of 1,000, so that it pages through the store.
    constexpr int Rows = 2500;
    const qint64 t0 = 1767225600000; // 2026-01-01T00:00:00Z
    {
        Qronos::SqlJobStore::Options options;
        options.instanceId = QStringLiteral("writer");
        auto store = Qronos::SqlJobStore::open(Qronos::DatabaseUrl::parse(db(QStringLiteral("history.db"))).value(),
                                               options);
        QVERIFY2(store, qPrintable(store.error()));
        QList<Qronos::CompletedFire> fires;
        for (int i = 0; i < Rows; ++i) {
            Qronos::ExecutionRecord r;
            r.fireInstanceId = QStringLiteral("f%1").arg(i, 5, 10, QLatin1Char('0'));
            r.job = Qronos::JobKey(QStringLiteral("report"), QStringLiteral("nightly"));
            r.trigger = Qronos::TriggerKey(QStringLiteral("t"), QStringLiteral("nightly"));
            r.instanceId = QStringLiteral("node-a");
            r.fireTime = t0 + qint64(i) * 1000;
            r.scheduledTime = r.fireTime;
            r.endTime = r.fireTime + 50;
            r.status = i % 10 ? Qronos::ExecutionStatus::Succeeded : Qronos::ExecutionStatus::Failed;
            r.output = QStringLiteral("line, with \"quotes\"\nand a second line");
            Qronos::CompletedFire fire;
            fire.fireInstanceId = r.fireInstanceId;
            fire.job = r.job;
            fire.trigger = r.trigger;
            fire.attempts << r;
            fires << fire;
        }
        QVERIFY((*store)->triggeredJobsComplete(fires));
    }
    const Run csv = run({QStringLiteral("export-history"), QStringLiteral("--out"), QStringLiteral("history.csv"),
                         QStringLiteral("--zone"), QStringLiteral("Asia/Shanghai")},
                        db(QStringLiteral("history.db")));
    QCOMPARE(csv.exitCode, 0);
    QVERIFY2(csv.err.contains(QStringLiteral("2500")), qPrintable(csv.err));
    const QList<QByteArray> lines = readFile(QStringLiteral("history.csv")).split('\n');
    // Header, then one record per execution (each output spans two lines inside its quotes), newest first.
    QVERIFY(lines.first().startsWith("fired_at_utc,fired_at_local,"));
    QVERIFY2(lines.at(1).startsWith("2026-01-01T00:41:39.000Z,2026-01-01T08:41:39.000+08:00,"), lines.at(1).constData());
    QCOMPARE(lines.size(), 1 + 2 * Rows + 1); // and what follows the last line break
    const Run failed = run({QStringLiteral("export-history"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                            QStringLiteral("--status"), QStringLiteral("failed")},
                           db(QStringLiteral("history.db")));
    QCOMPARE(failed.exitCode, 0);
    QCOMPARE(failed.out.count(QLatin1Char('\n')), Rows / 10);
    QVERIFY(failed.out.startsWith(QStringLiteral("{")));
    // Bad options change nothing and say which is wrong.
    const Run badZone = run({QStringLiteral("export-history"), QStringLiteral("--out"), QStringLiteral("other.csv"),
                             QStringLiteral("--zone"), QStringLiteral("Mars/Olympus")},
                            db(QStringLiteral("history.db")));
    QCOMPARE(badZone.exitCode, 2);
    QVERIFY2(badZone.err.contains(QStringLiteral("Mars/Olympus")), qPrintable(badZone.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("other.csv"))));
    const Run badFormat = run({QStringLiteral("export-history"), QStringLiteral("--format"), QStringLiteral("xml")},
                              db(QStringLiteral("history.db")));
    QCOMPARE(badFormat.exitCode, 2);
    QVERIFY2(badFormat.err.contains(QStringLiteral("--format")), qPrintable(badFormat.err));
}

void tst_ExchangeCli::importReadsAWholePipe()
{
    // 12 MB through a pipe, which delivers it in pieces: every job is read, not the first piece only.
    QByteArray json = "{\"format\": \"qronos/1\", \"jobs\": [\n";
    const QByteArray description(560, 'x');
    constexpr int Jobs = 20000;
    for (int i = 0; i < Jobs; ++i) {
        json += "{\"group\": \"bulk\", \"name\": \"job-" + QByteArray::number(i)
                + "\", \"type\": \"noop\", \"durable\": true, \"description\": \"" + description + "\"}"
                + (i + 1 < Jobs ? ",\n" : "\n");
    }
    json += "]}\n";
    QVERIFY(json.size() > 12'000'000);
    const Run r = run({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("-")}, db(QStringLiteral("pipe.db")),
                      json);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err.left(2000)));
    QVERIFY2(r.out.contains(QStringLiteral("%1 added, 0 changed, 0 removed").arg(Jobs)), qPrintable(r.out.right(300)));
}

QTEST_GUILESS_MAIN(tst_ExchangeCli)
#include "tst_exchangecli.moc"
