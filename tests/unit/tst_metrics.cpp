#include "runtime/metrics.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>

#include <cmath>
#include <memory>
#include <vector>

using namespace Qronos;

namespace {

/// One sample line of the exposition format: name, labels and value.
struct Sample
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};

/// Checks `text` line by line against the text exposition format 0.0.4 and returns its samples;
/// fails the current test on the first line that breaks a rule.
struct Exposition
{
    QList<Sample> samples;
    QMap<QString, QString> types; // family -> type
    QString error;

    static QString familyOf(const QString &sampleName, const QMap<QString, QString> &types)
    {
        if (types.contains(sampleName))
            return sampleName;
        for (const char *suffix : {"_bucket", "_sum", "_count"}) {
            const QLatin1String s(suffix);
            if (sampleName.endsWith(s)) {
                const QString base = sampleName.chopped(s.size());
                if (types.value(base) == QLatin1String("histogram"))
                    return base;
            }
        }
        return {};
    }

    bool parse(const QByteArray &text)
    {
        static const QRegularExpression metricName(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
        static const QRegularExpression sampleLine(
            QStringLiteral(R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? ([^ ]+)( -?[0-9]+)?$)"));
        static const QRegularExpression label(
            QStringLiteral(R"re(^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$))re"));
        if (!text.endsWith('\n'))
            return bad(0, QStringLiteral("the text does not end with a line feed"));
        const QList<QByteArray> lines = text.chopped(1).split('\n');
        QSet<QString> helped;
        QSet<QString> seriesSeen;
        QString currentFamily;
        QSet<QString> finishedFamilies;
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = QString::fromUtf8(lines[i]);
            const int n = i + 1;
            if (line.startsWith(QLatin1Char('#'))) {
                const QStringList parts = line.split(QLatin1Char(' '));
                if (parts.size() < 3 || parts[0] != QLatin1String("#"))
                    continue; // a plain comment
                const QString &family = parts[2];
                if (!metricName.match(family).hasMatch())
                    return bad(n, QStringLiteral("bad metric name"));
                if (parts[1] == QLatin1String("HELP")) {
                    if (helped.contains(family))
                        return bad(n, QStringLiteral("second HELP"));
                    helped.insert(family);
                } else if (parts[1] == QLatin1String("TYPE")) {
                    if (parts.size() != 4)
                        return bad(n, QStringLiteral("TYPE needs exactly a name and a type"));
                    static const QStringList kinds{QStringLiteral("counter"), QStringLiteral("gauge"),
                                                   QStringLiteral("histogram"), QStringLiteral("summary"),
                                                   QStringLiteral("untyped")};
                    if (!kinds.contains(parts[3]))
                        return bad(n, QStringLiteral("unknown type"));
                    if (types.contains(family))
                        return bad(n, QStringLiteral("second TYPE"));
                    for (const Sample &s : samples) {
                        if (familyOf(s.name, {{family, parts[3]}}) == family)
                            return bad(n, QStringLiteral("TYPE after a sample of its family"));
                    }
                    types.insert(family, parts[3]);
                }
                continue;
            }
            if (line.trimmed().isEmpty())
                continue;
            const auto m = sampleLine.match(line);
            if (!m.hasMatch())
                return bad(n, QStringLiteral("not a sample line"));
            Sample s;
            s.name = m.captured(1);
            QString rest = m.captured(3);
            while (!rest.isEmpty()) {
                const auto l = label.match(rest);
                if (!l.hasMatch())
                    return bad(n, QStringLiteral("bad label in \"%1\"").arg(rest));
                if (s.labels.contains(l.captured(1)))
                    return bad(n, QStringLiteral("repeated label"));
                s.labels.insert(l.captured(1), l.captured(2));
                rest = rest.mid(l.capturedLength());
            }
            const QString v = m.captured(4);
            bool ok = true;
            if (v == QLatin1String("+Inf"))
                s.value = INFINITY;
            else if (v == QLatin1String("-Inf"))
                s.value = -INFINITY;
            else if (v == QLatin1String("NaN"))
                s.value = NAN;
            else
                s.value = v.toDouble(&ok);
            if (!ok)
                return bad(n, QStringLiteral("bad value"));
            const QString family = familyOf(s.name, types);
            if (family.isEmpty())
                return bad(n, QStringLiteral("sample without a TYPE line before it"));
            // All lines of one family stand together.
            if (family != currentFamily) {
                if (finishedFamilies.contains(family))
                    return bad(n, QStringLiteral("family split in two groups"));
                if (!currentFamily.isEmpty())
                    finishedFamilies.insert(currentFamily);
                currentFamily = family;
            }
            QStringList key{s.name};
            for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
                key << it.key() + QLatin1Char('=') + it.value();
            if (seriesSeen.contains(key.join(QLatin1Char(','))))
                return bad(n, QStringLiteral("the same series twice"));
            seriesSeen.insert(key.join(QLatin1Char(',')));
            samples << s;
        }
        return true;
    }

    bool bad(int line, const QString &why)
    {
        error = QStringLiteral("line %1: %2").arg(line).arg(why);
        return false;
    }

    QList<Sample> named(const QString &name) const
    {
        QList<Sample> out;
        for (const Sample &s : samples) {
            if (s.name == name)
                out << s;
        }
        return out;
    }

    double value(const QString &name, const QMap<QString, QString> &extra = {}) const
    {
        for (const Sample &s : samples) {
            bool match = s.name == name;
            for (auto it = extra.cbegin(); match && it != extra.cend(); ++it)
                match = s.labels.value(it.key()) == it.value();
            if (match)
                return s.value;
        }
        return NAN;
    }
};

} // namespace

class tst_Metrics : public QObject
{
    Q_OBJECT

private slots:
    void emptyTextIsValid();
    void countsAndText();
    void histogramBucketsAreCumulative_data();
    void histogramBucketsAreCumulative();
    void instanceLabelIsEscaped();
    void concurrentRecordsAddUp();
};

void tst_Metrics::emptyTextIsValid()
{
    const Metrics metrics;
    Exposition e;
    QVERIFY2(e.parse(metrics.prometheusText(QStringLiteral("node-1"))), qPrintable(e.error));
    const QStringList expected{
        QStringLiteral("qronos_fires_total"),          QStringLiteral("qronos_successes_total"),
        QStringLiteral("qronos_failures_total"),       QStringLiteral("qronos_executions_total"),
        QStringLiteral("qronos_misfires_total"),       QStringLiteral("qronos_database_errors_total"),
        QStringLiteral("qronos_database_reconnects_total"), QStringLiteral("qronos_retries_total"),
        QStringLiteral("qronos_webhook_failures_total"), QStringLiteral("qronos_running_jobs"),
        QStringLiteral("qronos_fire_lateness_seconds"), QStringLiteral("qronos_claim_batch_size")};
    QCOMPARE(QStringList(e.types.keys()).size(), expected.size());
    for (const QString &family : expected)
        QVERIFY2(e.types.contains(family), qPrintable(family));
    QCOMPARE(e.types.value(QStringLiteral("qronos_running_jobs")), QStringLiteral("gauge"));
    QCOMPARE(e.types.value(QStringLiteral("qronos_fires_total")), QStringLiteral("counter"));
    QCOMPARE(e.types.value(QStringLiteral("qronos_fire_lateness_seconds")), QStringLiteral("histogram"));
    for (const Sample &s : e.samples) {
        QCOMPARE(s.labels.value(QStringLiteral("instance")), QStringLiteral("node-1"));
        QCOMPARE(s.value, 0.0);
    }
    QCOMPARE(e.named(QStringLiteral("qronos_executions_total")).size(), int(Metrics::Statuses.size()));
    QCOMPARE(Metrics::contentType(), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
}

void tst_Metrics::countsAndText()
{
    Metrics m;
    m.recordFire(3);
    m.recordFire(-20); // fired early: counts as 0
    m.recordOutcome(ExecutionStatus::Succeeded);
    m.recordOutcome(ExecutionStatus::Failed);
    m.recordOutcome(ExecutionStatus::TimedOut);
    m.recordOutcome(ExecutionStatus::TimedOut);
    m.recordOutcome(ExecutionStatus::Refused);
    m.recordMisfires(4);
    m.recordMisfires(0);
    m.recordMisfires(-1);
    m.recordClaimBatch(3);
    m.recordClaimBatch(0);
    m.setRunningJobs(5);
    m.addRunning(-2);
    m.recordDatabaseError();
    m.recordReconnect();
    m.recordRetry();
    m.recordRetry();
    m.recordWebhookFailure();

    const Metrics::Snapshot s = m.snapshot();
    QCOMPARE(s.fires, 2u);
    QCOMPARE(s.successes, 1u);
    QCOMPARE(s.failures, 4u);
    QCOMPARE(s.misfires, 4u);
    QCOMPARE(s.runningJobs, 3);
    QCOMPARE(s.claims, 2u);
    QCOMPARE(s.claimedTriggers, 3u);
    QCOMPARE(s.latenessSumMs, 3);

    Exposition e;
    QVERIFY2(e.parse(m.prometheusText(QStringLiteral("n1"))), qPrintable(e.error));
    QCOMPARE(e.value(QStringLiteral("qronos_fires_total")), 2.0);
    QCOMPARE(e.value(QStringLiteral("qronos_successes_total")), 1.0);
    QCOMPARE(e.value(QStringLiteral("qronos_failures_total")), 4.0);
    QCOMPARE(e.value(QStringLiteral("qronos_executions_total"), {{QStringLiteral("status"), QStringLiteral("timed_out")}}),
             2.0);
    QCOMPARE(e.value(QStringLiteral("qronos_executions_total"), {{QStringLiteral("status"), QStringLiteral("refused")}}),
             1.0);
    QCOMPARE(e.value(QStringLiteral("qronos_executions_total"), {{QStringLiteral("status"), QStringLiteral("interrupted")}}),
             0.0);
    QCOMPARE(e.value(QStringLiteral("qronos_misfires_total")), 4.0);
    QCOMPARE(e.value(QStringLiteral("qronos_database_errors_total")), 1.0);
    QCOMPARE(e.value(QStringLiteral("qronos_database_reconnects_total")), 1.0);
    QCOMPARE(e.value(QStringLiteral("qronos_retries_total")), 2.0);
    QCOMPARE(e.value(QStringLiteral("qronos_webhook_failures_total")), 1.0);
    QCOMPARE(e.value(QStringLiteral("qronos_running_jobs")), 3.0);
    QCOMPARE(e.value(QStringLiteral("qronos_fire_lateness_seconds_sum")), 0.003);
    QCOMPARE(e.value(QStringLiteral("qronos_fire_lateness_seconds_count")), 2.0);
    // 0 ms and 3 ms: both within 5 ms, only the 0 within 1 ms.
    QCOMPARE(e.value(QStringLiteral("qronos_fire_lateness_seconds_bucket"), {{QStringLiteral("le"), QStringLiteral("0.001")}}),
             1.0);
    QCOMPARE(e.value(QStringLiteral("qronos_fire_lateness_seconds_bucket"), {{QStringLiteral("le"), QStringLiteral("0.005")}}),
             2.0);
    QCOMPARE(e.value(QStringLiteral("qronos_claim_batch_size_bucket"), {{QStringLiteral("le"), QStringLiteral("0")}}), 1.0);
    QCOMPARE(e.value(QStringLiteral("qronos_claim_batch_size_bucket"), {{QStringLiteral("le"), QStringLiteral("2")}}), 1.0);
    QCOMPARE(e.value(QStringLiteral("qronos_claim_batch_size_bucket"), {{QStringLiteral("le"), QStringLiteral("5")}}), 2.0);
    QCOMPARE(e.value(QStringLiteral("qronos_claim_batch_size_sum")), 3.0);
}

void tst_Metrics::histogramBucketsAreCumulative_data()
{
    QTest::addColumn<QList<qint64>>("latenessMs");
    QTest::addColumn<QStringList>("bounds"); // le labels, in order
    QTest::addColumn<QList<int>>("cumulative");
    QTest::addColumn<QString>("sum");

    const QStringList bounds{QStringLiteral("0.001"), QStringLiteral("0.005"), QStringLiteral("0.01"),
                             QStringLiteral("0.025"), QStringLiteral("0.05"),  QStringLiteral("0.1"),
                             QStringLiteral("0.25"),  QStringLiteral("0.5"),   QStringLiteral("1"),
                             QStringLiteral("2.5"),   QStringLiteral("5"),     QStringLiteral("10"),
                             QStringLiteral("30"),    QStringLiteral("60"),    QStringLiteral("+Inf")};
    QTest::newRow("none") << QList<qint64>{} << bounds
                          << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0} << QStringLiteral("0");
    // A value on a bound falls in that bucket (le is "less than or equal").
    QTest::newRow("on bounds") << QList<qint64>{1, 5, 1000, 60000} << bounds
                               << QList<int>{1, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4} << QStringLiteral("61.006");
    QTest::newRow("spread") << QList<qint64>{0, 2, 7, 300, 4000, 61000, 3600000} << bounds
                            << QList<int>{1, 2, 3, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 5, 7} << QStringLiteral("3665.309");
}

void tst_Metrics::histogramBucketsAreCumulative()
{
    QFETCH(QList<qint64>, latenessMs);
    QFETCH(QStringList, bounds);
    QFETCH(QList<int>, cumulative);
    QFETCH(QString, sum);

    Metrics m;
    for (const qint64 ms : latenessMs)
        m.recordFire(ms);
    const QByteArray text = m.prometheusText(QStringLiteral("n"));
    Exposition e;
    QVERIFY2(e.parse(text), qPrintable(e.error));
    const QList<Sample> buckets = e.named(QStringLiteral("qronos_fire_lateness_seconds_bucket"));
    QCOMPARE(buckets.size(), bounds.size());
    double previous = 0;
    for (int i = 0; i < buckets.size(); ++i) {
        QCOMPARE(buckets[i].labels.value(QStringLiteral("le")), bounds[i]);
        QCOMPARE(buckets[i].value, double(cumulative[i]));
        QVERIFY(buckets[i].value >= previous);
        previous = buckets[i].value;
    }
    QCOMPARE(e.value(QStringLiteral("qronos_fire_lateness_seconds_count")), double(latenessMs.size()));
    QVERIFY2(text.contains("qronos_fire_lateness_seconds_sum{instance=\"n\"} " + sum.toLatin1() + '\n'), text.constData());
}

void tst_Metrics::instanceLabelIsEscaped()
{
    const Metrics m;
    const QString id = QStringLiteral("a\"b\\c\nd-节点");
    const QByteArray text = m.prometheusText(id);
    QVERIFY(text.contains("qronos_fires_total{instance=\"a\\\"b\\\\c\\nd-" + QStringLiteral("节点").toUtf8() + "\"} 0\n"));
    Exposition e;
    QVERIFY2(e.parse(text), qPrintable(e.error));
}

void tst_Metrics::concurrentRecordsAddUp()
{
    Metrics m;
    constexpr int Threads = 8;
    constexpr int Rounds = 20000;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back(QThread::create([&m, t] {
            for (int i = 0; i < Rounds; ++i) {
                m.recordFire(i % 100);
                m.recordOutcome(i % 2 ? ExecutionStatus::Succeeded : ExecutionStatus::Failed);
                m.recordMisfires(2);
                m.recordClaimBatch(t);
                m.addRunning(1);
                m.recordDatabaseError();
                m.recordReconnect();
                m.recordRetry();
                m.recordWebhookFailure();
                m.addRunning(-1);
                if (i % 1000 == 0)
                    (void)m.prometheusText(QStringLiteral("x")); // reading while others write
            }
        }));
    }
    for (auto &t : threads)
        t->start();
    for (auto &t : threads)
        QVERIFY(t->wait(60000));

    const Metrics::Snapshot s = m.snapshot();
    constexpr quint64 Total = quint64(Threads) * Rounds;
    QCOMPARE(s.fires, Total);
    QCOMPARE(s.successes, Total / 2);
    QCOMPARE(s.failures, Total / 2);
    QCOMPARE(s.misfires, 2 * Total);
    QCOMPARE(s.databaseErrors, Total);
    QCOMPARE(s.databaseReconnects, Total);
    QCOMPARE(s.retries, Total);
    QCOMPARE(s.webhookFailures, Total);
    QCOMPARE(s.runningJobs, 0);
    QCOMPARE(s.claims, Total);
    QCOMPARE(s.claimedTriggers, quint64(Rounds) * (Threads * (Threads - 1) / 2));
    QCOMPARE(s.latenessSumMs, qint64(Threads) * (Rounds / 100) * (99 * 100 / 2));

    Exposition e;
    QVERIFY2(e.parse(m.prometheusText(QStringLiteral("x"))), qPrintable(e.error));
    QCOMPARE(e.value(QStringLiteral("qronos_fire_lateness_seconds_count")), double(Total));
    QCOMPARE(e.value(QStringLiteral("qronos_fire_lateness_seconds_bucket"), {{QStringLiteral("le"), QStringLiteral("+Inf")}}),
             double(Total));
    QCOMPARE(e.value(QStringLiteral("qronos_claim_batch_size_count")), double(Total));
}

QTEST_GUILESS_MAIN(tst_Metrics)
#include "tst_metrics.moc"
