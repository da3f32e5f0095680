// HistoryExport against a SQLite store: CSV quoting (RFC 4180), JSON Lines, times in UTC and a zone, cancelling,
// and 20,000 rows written page by page.

#include "clock.h"
#include "exchange/historyexport.h"
#include "store/databaseurl.h"
#include "store/sqljobstore.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace Qronos;

namespace {

constexpr qint64 T0 = 1700000000000; // 2023-11-14T22:13:20.000Z

/// Splits RFC 4180 text into records of fields (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            field.clear();
            records << record;
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

} // namespace

class tst_HistoryExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvContent();
    void jsonLines();
    void emptyAndFiltered();
    void cancel();
    void manyRowsInPages();
    void closedDevice();

private:
    std::unique_ptr<SqlJobStore> openStore(const QString &name);
    static Result<Done> addRows(SqlJobStore &store, const QList<ExecutionRecord> &rows);

    QTemporaryDir m_dir;
    std::unique_ptr<SqlJobStore> m_small; ///< the three rows of csvContent()
};

std::unique_ptr<SqlJobStore> tst_HistoryExport::openStore(const QString &name)
{
    SqlJobStore::Options options;
    options.instanceId = QStringLiteral("node-a");
    options.clock = std::make_shared<ManualClock>(T0);
    auto store = SqlJobStore::open(DatabaseUrl::parse(QStringLiteral("sqlite://") + m_dir.filePath(name)).value(),
                                   options);
    if (!store)
        qFatal("cannot open the store: %s", qPrintable(store.error()));
    return std::move(store).value();
}

Result<Done> tst_HistoryExport::addRows(SqlJobStore &store, const QList<ExecutionRecord> &rows)
{
    QList<CompletedFire> fires;
    for (const ExecutionRecord &r : rows) {
        CompletedFire fire;
        fire.fireInstanceId = r.fireInstanceId;
        fire.trigger = r.trigger;
        fire.job = r.job;
        fire.attempts << r;
        fires << fire;
    }
    return store.triggeredJobsComplete(fires);
}

void tst_HistoryExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_small = openStore(QStringLiteral("small.db"));
    ExecutionRecord a;
    a.fireInstanceId = QStringLiteral("fire-1");
    a.job = JobKey(QStringLiteral("report, daily"), QStringLiteral("finance"));
    a.trigger = TriggerKey(QStringLiteral("nightly"), QStringLiteral("cron"));
    a.instanceId = QStringLiteral("node-a");
    a.scheduledTime = T0;
    a.fireTime = T0 + 7;
    a.endTime = T0 + 1507;
    a.status = ExecutionStatus::Failed;
    a.errorMessage = QStringLiteral("He said \"no\"");
    a.output = QStringLiteral("line 1, part a\r\nline 2\n\"quoted\",\n");
    ExecutionRecord b = a;
    b.attempt = 2;
    b.fireTime = T0 + 2000;
    b.endTime.reset();
    b.status = ExecutionStatus::Succeeded;
    b.recovering = true;
    b.errorMessage.clear();
    b.output = QStringLiteral("plain");
    ExecutionRecord c = a;
    c.fireInstanceId = QStringLiteral("fire-0");
    c.job = JobKey(QStringLiteral("other"));
    c.fireTime = T0 - 60000;
    c.scheduledTime = T0 - 60000;
    c.endTime = T0 - 59000;
    c.status = ExecutionStatus::TimedOut;
    c.errorMessage = QStringLiteral("=cmd|' /C calc'!A0");
    c.output = QString::fromUtf8("中文输出");
    QVERIFY(addRows(*m_small, {a, b, c}));
}

void tst_HistoryExport::csvContent()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    HistoryExport::Options options;
    options.zone = QTimeZone("Asia/Shanghai");
    const auto written = HistoryExport::write(*m_small, HistoryQuery{}, &buffer, options);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written.value(), qint64(3));
    const QString text = QString::fromUtf8(buffer.data());
    QVERIFY(text.endsWith(QLatin1String("\r\n")));
    const auto records = parseCsv(text);
    QCOMPARE(records.size(), 4);
    const QStringList header = HistoryExport::columnNames();
    QCOMPARE(records.at(0), header);
    for (const QStringList &record : records)
        QCOMPARE(record.size(), header.size());
    const auto field = [&](int row, const char *name) { return records.at(row).at(header.indexOf(QLatin1String(name))); };
    // Newest first: attempt 2 (still running), attempt 1, then the older fire.
    QCOMPARE(field(1, "attempt"), QStringLiteral("2"));
    QCOMPARE(field(1, "ended_at_utc"), QString());
    QCOMPARE(field(1, "duration_ms"), QString());
    QCOMPARE(field(1, "recovering"), QStringLiteral("true"));
    QCOMPARE(field(1, "status"), QStringLiteral("SUCCEEDED"));
    QCOMPARE(field(2, "fired_at_utc"), QStringLiteral("2023-11-14T22:13:20.007Z"));
    QCOMPARE(field(2, "fired_at_local"), QStringLiteral("2023-11-15T06:13:20.007+08:00"));
    QCOMPARE(field(2, "scheduled_at_utc"), QStringLiteral("2023-11-14T22:13:20.000Z"));
    QCOMPARE(field(2, "ended_at_local"), QStringLiteral("2023-11-15T06:13:21.507+08:00"));
    QCOMPARE(field(2, "zone"), QStringLiteral("Asia/Shanghai"));
    QCOMPARE(field(2, "duration_ms"), QStringLiteral("1500"));
    QCOMPARE(field(2, "status"), QStringLiteral("FAILED"));
    QCOMPARE(field(2, "node"), QStringLiteral("node-a"));
    QCOMPARE(field(2, "job_name"), QStringLiteral("report, daily"));
    QCOMPARE(field(2, "job_group"), QStringLiteral("finance"));
    QCOMPARE(field(2, "trigger_name"), QStringLiteral("nightly"));
    QCOMPARE(field(2, "error"), QStringLiteral("He said \"no\""));
    QCOMPARE(field(2, "output"), QStringLiteral("line 1, part a\r\nline 2\n\"quoted\",\n"));
    QCOMPARE(field(3, "status"), QStringLiteral("TIMED_OUT"));
    QCOMPARE(field(3, "output"), QString::fromUtf8("中文输出"));
    QCOMPARE(field(3, "error"), QStringLiteral("=cmd|' /C calc'!A0"));
    // Quoting only where needed: the quotes of the error are doubled inside a quoted field.
    QVERIFY(text.contains(QLatin1String(",\"He said \"\"no\"\"\",")));
    QVERIFY(text.contains(QLatin1String(",TIMED_OUT,")));
    QVERIFY(buffer.data().startsWith("fired_at_utc,")); // no byte order mark unless asked

    // With a byte order mark (for spreadsheets): the same text after it.
    QBuffer marked;
    QVERIFY(marked.open(QIODevice::WriteOnly));
    options.byteOrderMark = true;
    QCOMPARE(HistoryExport::write(*m_small, HistoryQuery{}, &marked, options).value(), qint64(3));
    QCOMPARE(marked.data(), QByteArray("\xEF\xBB\xBF") + buffer.data());
}

void tst_HistoryExport::jsonLines()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    HistoryExport::Options options;
    options.format = HistoryExport::Format::JsonLines;
    options.pageSize = 1;
    QCOMPARE(HistoryExport::write(*m_small, HistoryQuery{}, &buffer, options).value(), qint64(3));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 4); // three lines and the empty text after the last LF
    QVERIFY(lines.last().isEmpty());
    QJsonParseError error;
    const QJsonObject running = QJsonDocument::fromJson(lines.at(0), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(running.value(QLatin1String("attempt")).toInt(), 2);
    QVERIFY(running.value(QLatin1String("duration_ms")).isNull());
    QVERIFY(running.value(QLatin1String("ended_at_utc")).isNull());
    QCOMPARE(running.value(QLatin1String("recovering")).toBool(), true);
    const QJsonObject failed = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(failed.value(QLatin1String("duration_ms")).toInteger(), qint64(1500));
    QCOMPARE(failed.value(QLatin1String("fired_at_local")).toString(), QStringLiteral("2023-11-14T22:13:20.007+00:00"));
    QCOMPARE(failed.value(QLatin1String("output")).toString(), QStringLiteral("line 1, part a\r\nline 2\n\"quoted\",\n"));
    QCOMPARE(failed.keys().size(), HistoryExport::columnNames().size());
}

void tst_HistoryExport::emptyAndFiltered()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    HistoryQuery query;
    query.jobName = QStringLiteral("nobody");
    QCOMPARE(HistoryExport::write(*m_small, query, &buffer).value(), qint64(0));
    QCOMPARE(parseCsv(QString::fromUtf8(buffer.data())), QList<QStringList>{HistoryExport::columnNames()});

    QBuffer filtered;
    QVERIFY(filtered.open(QIODevice::WriteOnly));
    query = {};
    query.textContains = QStringLiteral("QUOTED");
    query.limit = 1; // ignored: the export writes every row
    query.offset = 5;
    QCOMPARE(HistoryExport::write(*m_small, query, &filtered).value(), qint64(1));
}

void tst_HistoryExport::cancel()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    std::atomic_bool cancelled = false;
    QList<qint64> progress;
    HistoryExport::Options options;
    options.pageSize = 1;
    options.cancel = &cancelled;
    options.progress = [&](qint64 rows) {
        progress << rows;
        if (rows == 2)
            cancelled = true;
    };
    const auto result = HistoryExport::write(*m_small, HistoryQuery{}, &buffer, options);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(QLatin1String("cancelled")), qPrintable(result.error()));
    QCOMPARE(progress, QList<qint64>({1, 2}));
    QCOMPARE(parseCsv(QString::fromUtf8(buffer.data())).size(), 3); // header and two rows, nothing after
}

void tst_HistoryExport::manyRowsInPages()
{
    auto store = openStore(QStringLiteral("many.db"));
    constexpr int count = 20000;
    QList<ExecutionRecord> rows;
    for (int i = 0; i < count; ++i) {
        ExecutionRecord r;
        r.fireInstanceId = QStringLiteral("f%1").arg(i, 5, 10, QLatin1Char('0'));
        r.job = JobKey(QStringLiteral("job%1").arg(i % 10));
        r.trigger = TriggerKey(QStringLiteral("t"));
        r.scheduledTime = r.fireTime = T0 + i / 4; // four rows per millisecond
        r.endTime = r.fireTime + 3;
        r.output = QStringLiteral("row %1,\n").arg(i);
        rows << r;
        if (rows.size() == 2000) {
            QVERIFY(addRows(*store, rows));
            rows.clear();
        }
    }
    QTemporaryFile file(m_dir.filePath(QStringLiteral("export-XXXXXX.csv")));
    QVERIFY(file.open());
    QList<qint64> progress;
    HistoryExport::Options options;
    options.pageSize = 1000;
    options.progress = [&](qint64 written) { progress << written; };
    const auto written = HistoryExport::write(*store, HistoryQuery{}, &file, options);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written.value(), qint64(count));
    QCOMPARE(progress.size(), count / 1000);
    QCOMPARE(progress.first(), qint64(1000));
    QCOMPARE(progress.last(), qint64(count));
    file.close();
    QVERIFY(file.open());
    const auto records = parseCsv(QString::fromUtf8(file.readAll()));
    QCOMPARE(records.size(), count + 1);
    const int id = int(HistoryExport::columnNames().indexOf(QLatin1String("fire_instance_id")));
    QSet<QString> seen;
    for (int i = 1; i <= count; ++i) {
        // Newest first; within a millisecond by fire instance id descending.
        QCOMPARE(records.at(i).at(id), QStringLiteral("f%1").arg(count - i, 5, 10, QLatin1Char('0')));
        seen.insert(records.at(i).at(id));
    }
    QCOMPARE(seen.size(), count);
}

void tst_HistoryExport::closedDevice()
{
    QBuffer buffer;
    const auto result = HistoryExport::write(*m_small, HistoryQuery{}, &buffer);
    QVERIFY(!result);
    QVERIFY(result.error().contains(QLatin1String("not open")));
}

QTEST_GUILESS_MAIN(tst_HistoryExport)
#include "tst_historyexport.moc"
