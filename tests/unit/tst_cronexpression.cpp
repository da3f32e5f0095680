#include "schedule/civiltime.h"
#include "schedule/cronexpression.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace Qronos;

namespace {

qint64 utc(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch(); }

QString iso(std::optional<qint64> ms)
{
    if (!ms)
        return QStringLiteral("none");
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate);
}

ZoneRulesPtr zone(const char *id) { return *ZoneRules::forId(id); }

} // namespace

class tst_CronExpression : public QObject
{
    Q_OBJECT

private slots:
    void nextFireTimes_data();
    void nextFireTimes();
    void rejects_data();
    void rejects();
    void accepts_data();
    void accepts();
    void notesSayWhatQuartzIgnores_data();
    void notesSayWhatQuartzIgnores();
    void fastPathMatchesReference_data();
    void fastPathMatchesReference();
    void yearLimit();
};

void tst_CronExpression::nextFireTimes_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("expected");

    // The example: no fire on the spring-forward day at a wall time that does not exist.
    QTest::newRow("ny-spring-gap") << "0 30 2 * * ?" << QByteArray("America/New_York") << "2024-03-09T12:00:00Z"
                                   << QStringList{"2024-03-11T06:30:00Z", "2024-03-12T06:30:00Z"};
    // Fall back: 01:30 exists twice; Quartz fires once, at the standard-time instant.
    QTest::newRow("ny-fall-overlap") << "0 30 1 * * ?" << QByteArray("America/New_York") << "2024-11-02T12:00:00Z"
                                     << QStringList{"2024-11-03T06:30:00Z", "2024-11-04T06:30:00Z"};
    QTest::newRow("utc-every-15s") << "0/15 * * * * ?" << QByteArray("UTC") << "2024-01-01T00:00:00Z"
                                   << QStringList{"2024-01-01T00:00:15Z", "2024-01-01T00:00:30Z", "2024-01-01T00:00:45Z",
                                                  "2024-01-01T00:01:00Z"};
    QTest::newRow("last-friday") << "0 15 10 ? * 6L" << QByteArray("Asia/Shanghai") << "2024-01-01T00:00:00Z"
                                 << QStringList{"2024-01-26T02:15:00Z", "2024-02-23T02:15:00Z", "2024-03-29T02:15:00Z"};
    QTest::newRow("leap-day") << "0 0 12 29 2 ?" << QByteArray("UTC") << "2023-01-01T00:00:00Z"
                              << QStringList{"2024-02-29T12:00:00Z", "2028-02-29T12:00:00Z"};
    QTest::newRow("nearest-weekday") << "0 0 9 1W * ?" << QByteArray("UTC") << "2024-05-31T00:00:00Z"
                                     << QStringList{"2024-06-03T09:00:00Z", "2024-07-01T09:00:00Z"};
    QTest::newRow("last-weekday") << "0 0 18 LW * ?" << QByteArray("UTC") << "2024-03-01T00:00:00Z"
                                  << QStringList{"2024-03-29T18:00:00Z", "2024-04-30T18:00:00Z"};
    QTest::newRow("third-friday") << "0 0 8 ? * 6#3" << QByteArray("Europe/Berlin") << "2024-01-01T00:00:00Z"
                                  << QStringList{"2024-01-19T07:00:00Z", "2024-02-16T07:00:00Z"};
    QTest::newRow("wrapping-hours") << "0 0 22-2 * * ?" << QByteArray("UTC") << "2024-01-01T12:00:00Z"
                                    << QStringList{"2024-01-01T22:00:00Z", "2024-01-01T23:00:00Z", "2024-01-02T00:00:00Z",
                                                   "2024-01-02T01:00:00Z", "2024-01-02T02:00:00Z", "2024-01-02T22:00:00Z"};
    QTest::newRow("year-range") << "0 0 0 1 1 ? 2030-2031" << QByteArray("UTC") << "2024-06-01T00:00:00Z"
                                << QStringList{"2030-01-01T00:00:00Z", "2031-01-01T00:00:00Z", "none"};
}

void tst_CronExpression::nextFireTimes()
{
    QFETCH(QString, expression);
    QFETCH(QByteArray, zone);
    QFETCH(QString, after);
    QFETCH(QStringList, expected);
    const Result<CronExpression> cron = CronExpression::parse(expression);
    QVERIFY2(cron.ok(), qPrintable(cron.error()));
    const ZoneRulesPtr z = ::zone(zone.constData());
    std::optional<qint64> t = utc(after.toLatin1().constData());
    QStringList actual;
    for (int i = 0; i < expected.size(); ++i) {
        t = t ? cron->timeAfter(*t, *z) : std::nullopt;
        actual << iso(t);
    }
    QCOMPARE(actual, expected);
}

void tst_CronExpression::rejects_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("both-days") << "0 0 12 1 * MON" << "day-of-week";
    QTest::newRow("neither-day") << "0 0 12 ? * ?" << "'?'";
    QTest::newRow("five-fields") << "0 0 12 * *" << "fields";
    QTest::newRow("second-60") << "60 * * * * ?" << "seconds";
    QTest::newRow("hour-24") << "0 0 24 * * ?" << "hours";
    QTest::newRow("bad-month") << "0 0 0 ? FOO MON" << "FOO";
    QTest::newRow("L-with-list") << "0 0 0 L,5 * ?" << "day-of-month";
    QTest::newRow("nth-6") << "0 0 0 ? * 6#6" << "'#'";
    QTest::newRow("W-in-dow") << "0 0 0 ? * 5W" << "'W'";
    QTest::newRow("step-too-big") << "0/60 * * * * ?" << "increment";
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("question-in-seconds") << "? * * * * ?" << "'?'";
    QTest::newRow("dangling-range") << "0 0 1- * * ?" << "'-'";
    QTest::newRow("year-backwards") << "0 0 0 1 1 ? 2030-2020" << "year";
    QTest::newRow("L-offset") << "0 0 0 L-31 * ?" << "30";
}

void tst_CronExpression::rejects()
{
    QFETCH(QString, expression);
    QFETCH(QString, mentions);
    const Result<CronExpression> cron = CronExpression::parse(expression);
    QVERIFY(!cron.ok());
    QVERIFY2(cron.error().contains(mentions), qPrintable(cron.error()));
}

void tst_CronExpression::accepts_data()
{
    // Quartz's leniencies that existing expressions may rely on.
    QTest::addColumn<QString>("expression");
    QTest::newRow("lowercase-names") << "0 0 12 ? jan-mar mon-fri";
    QTest::newRow("trailing-garbage-after-number") << "0 0 12x * * ?";
    QTest::newRow("eight-fields") << "0 0 12 * * ? 2030 extra";
    QTest::newRow("star-step-zero") << "*/0 * * * * ?";
    QTest::newRow("slash-without-star") << "/5 * * * * ?";
    QTest::newRow("L-minus-W") << "0 0 0 L-W * ?";
    QTest::newRow("long-names") << "0 0 0 ? JANUARY MONDAY";
    QTest::newRow("tabs") << "0\t0\t0\t*\t*\t?";
}

void tst_CronExpression::accepts()
{
    QFETCH(QString, expression);
    const Result<CronExpression> cron = CronExpression::parse(expression);
    QVERIFY2(cron.ok(), qPrintable(cron.error()));
}

void tst_CronExpression::notesSayWhatQuartzIgnores_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QStringList>("mentions"); // one entry per expected note, each a substring of it
    QTest::newRow("plain") << "0 15 10 ? * MON-FRI" << QStringList{};
    QTest::newRow("special-chars") << "0 15 10 L-2W * ?" << QStringList{};
    QTest::newRow("nth") << "0 15 10 ? * 6#3" << QStringList{};
    QTest::newRow("step-after-name-range") << "0 0 12 ? * MON-FRI/2" << QStringList{"\"/2\""};
    QTest::newRow("garbage-after-number") << "0 0 12 ? * 6X" << QStringList{"\"X\""};
    QTest::newRow("long-names") << "0 0 12 ? JANUARY MONDAY" << QStringList{"\"UARY\"", "\"DAY\""};
    QTest::newRow("eighth-field") << "0 0 12 * * ? 2030 extra" << QStringList{"\"EXTRA\""};
    QTest::newRow("increment-zero") << "*/0 * * * * ?" << QStringList{"every value"};
    QTest::newRow("range-step-zero") << "0 0 0 1-10/0 * ?" << QStringList{"first value"};
    QTest::newRow("lone-L-day-of-week") << "0 0 12 ? * L" << QStringList{"Saturday"};
    QTest::newRow("nth-with-list") << "0 0 12 ? * 2,6#3" << QStringList{"'#'"};
    QTest::newRow("W-with-list") << "0 0 12 15W,20 * ?" << QStringList{"'W'"};
}

void tst_CronExpression::notesSayWhatQuartzIgnores()
{
    QFETCH(QString, expression);
    QFETCH(QStringList, mentions);
    const Result<CronExpression> cron = CronExpression::parse(expression);
    QVERIFY2(cron.ok(), qPrintable(cron.error()));
    const QStringList notes = cron->notes();
    QCOMPARE(notes.size(), mentions.size());
    for (int i = 0; i < mentions.size(); ++i)
        QVERIFY2(notes[i].contains(mentions[i]), qPrintable(notes[i]));
}

void tst_CronExpression::fastPathMatchesReference_data()
{
    QTest::addColumn<QString>("expression");
    const char *const expressions[] = {
        "0 15 10 * * ?", "0 0/5 14,18 * * ?", "0 0-5 14 * * ?", "0 10,44 14 ? 3 WED", "0 15 10 ? * MON-FRI",
        "0 15 10 15 * ?", "0 15 10 L * ?", "0 15 10 L-2 * ?", "0 15 10 ? * 6L", "0 15 10 ? * 6#3",
        "0 0 12 1/5 * ?", "0 11 11 11 11 ?", "* * * * * ?", "0 0 0 LW * ?", "0 0 0 15W * ?", "0 0 0 1W * ?",
        "30 45 2 * * ?", "0 30 1 * * ?", "0 0/30 * * * ?", "0 0 0 29 2 ?", "0 0 0 31 * ?", "0 0 12 ? * SAT-MON",
        "59 59 23 31 12 ?", "0 0 0 L-27W * ?", "0 0 0 28W 2 ?", "0 0 3 ? * 1#5", "0 0 0 ? * 7L",
    };
    for (const char *e : expressions)
        QTest::newRow(e) << QString::fromLatin1(e);
}

void tst_CronExpression::fastPathMatchesReference()
{
    QFETCH(QString, expression);
    const Result<CronExpression> cron = CronExpression::parse(expression);
    QVERIFY2(cron.ok(), qPrintable(cron.error()));
    QVERIFY(cron->hasFastPath());
    QRandomGenerator rng(42);
    const qint64 from = utc("1995-01-01T00:00:00Z");
    const qint64 span = utc("2080-01-01T00:00:00Z") - from;
    for (const char *id : {"UTC", "America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Shanghai",
                           "Asia/Kolkata", "Pacific/Chatham", "Australia/Lord_Howe", "America/Sao_Paulo"}) {
        const ZoneRulesPtr z = zone(id);
        for (int i = 0; i < 300; ++i) {
            qint64 t = from + qint64(rng.bounded(double(span)));
            if (i % 3 == 0)
                t = Civil::floorDiv(t, 1000) * 1000; // whole seconds, as triggers use
            for (int step = 0; step < 4; ++step) {
                const std::optional<qint64> fast = cron->timeAfter(t, *z);
                const std::optional<qint64> reference = cron->referenceTimeAfter(t, *z);
                if (fast != reference) {
                    QFAIL(qPrintable(QStringLiteral("%1 in %2 after %3: fast %4, reference %5")
                                         .arg(expression, QString::fromLatin1(id), iso(t), iso(fast), iso(reference))));
                }
                if (!fast)
                    break;
                t = *fast;
            }
        }
    }
}

void tst_CronExpression::yearLimit()
{
    const int limit = CronExpression::maxYear();
    QCOMPARE(limit, QDateTime::currentDateTimeUtc().date().year() + 100);
    const CronExpression cron = *CronExpression::parse(QStringLiteral("0 0 0 1 1 ?"));
    const ZoneRulesPtr z = zone("UTC");
    const qint64 lastYearStart = Civil::daysFromCivil(limit, 1, 1) * Civil::MsPerDay;
    QCOMPARE(cron.timeAfter(lastYearStart - 1000, *z), std::optional<qint64>(lastYearStart));
    QCOMPARE(cron.timeAfter(lastYearStart, *z), std::nullopt);
    // An explicit year beyond the limit parses but never fires.
    const CronExpression far = *CronExpression::parse(QStringLiteral("0 0 0 1 1 ? %1").arg(limit + 5));
    QCOMPARE(far.timeAfter(0, *z), std::nullopt);
}

QTEST_GUILESS_MAIN(tst_CronExpression)
#include "tst_cronexpression.moc"
