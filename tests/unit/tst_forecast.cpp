// The schedule forecast (forecastFires): every fire of many triggers in a period, checked against the engine's own
// fire-time computation (FireTimes::computeFireTimes), with calendars, limits and the order a node fires in.

#include "schedule/calendarspec.h"
#include "schedule/cronexpression.h"
#include "schedule/firetimes.h"
#include "schedule/forecast.h"

#include <QDateTime>
#include <QTest>

using namespace Qronos;

namespace {

qint64 ms(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

Trigger cronTrigger(const QString &name, const QString &expression, const char *start, const QString &calendar = {})
{
    Trigger t(TriggerKey(name, QStringLiteral("g")), JobKey(name, QStringLiteral("jobs")),
              CronSchedule{CronExpression::parse(expression).value()});
    t.setTimeZoneId("Asia/Shanghai");
    t.setStartTime(ms(start));
    t.setCalendarName(calendar);
    return t;
}

/// The trigger as the store holds it: with its first fire time computed.
Trigger stored(Trigger t, const Calendar *calendar)
{
    FireTimes::computeFirstFireTime(t, calendar);
    return t;
}

} // namespace

class tst_Forecast : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheEngine();
    void ordersAsANodeFires();
    void limitKeepsTheEarliest();
    void missingCalendarIsReported();
    void finishedTriggersHaveNoFires();
};

void tst_Forecast::matchesTheEngine()
{
    const CalendarPtr holidays =
        parseCalendarSpec(QStringLiteral("holiday:2026-10-01,2026-10-02+weekly:1,7"), ZoneRules::forId("Asia/Shanghai").value())
            .value();
    const QList<Trigger> triggers = {
        stored(cronTrigger(QStringLiteral("weekdays"), QStringLiteral("0 30 9 ? * MON-FRI"), "2026-09-01T00:00:00Z",
                           QStringLiteral("work")),
               holidays.get()),
        stored(cronTrigger(QStringLiteral("quarter-hour"), QStringLiteral("0 0/15 * * * ?"), "2026-09-28T00:00:00Z"),
               nullptr),
    };
    const qint64 from = ms("2026-09-28T00:00:00Z");
    const qint64 to = ms("2026-10-12T00:00:00Z");
    const Forecast forecast = forecastFires(
        triggers, [&](const QString &name) { return name == QLatin1String("work") ? holidays : CalendarPtr(); }, from,
        to, 100000);
    QVERIFY(!forecast.truncated);
    QVERIFY(forecast.missingCalendars.isEmpty());

    // Each trigger's fires in the period are exactly the engine's fire times in it.
    for (const Trigger &t : triggers) {
        const Calendar *calendar = t.calendarName().isEmpty() ? nullptr : holidays.get();
        QList<qint64> expected;
        for (qint64 at : FireTimes::computeFireTimes(t, calendar, 5000)) {
            if (at >= from && at < to)
                expected.append(at);
        }
        QList<qint64> actual;
        for (const ForecastFire &f : forecast.fires) {
            if (f.trigger == t.key()) {
                QCOMPARE(f.job, t.jobKey());
                actual.append(f.fireTime);
            }
        }
        QCOMPARE(actual, expected);
    }
    // 2 weeks of quarter hours, and the weekday report on the 8 working days left (28–30 Sep, 5–9 Oct).
    QCOMPARE(forecast.fires.size(), 14 * 96 + 8);
}

void tst_Forecast::ordersAsANodeFires()
{
    Trigger low = stored(cronTrigger(QStringLiteral("b-low"), QStringLiteral("0 0 10 * * ?"), "2026-01-01T00:00:00Z"), nullptr);
    Trigger high = stored(cronTrigger(QStringLiteral("a-high"), QStringLiteral("0 0 10 * * ?"), "2026-01-01T00:00:00Z"), nullptr);
    Trigger same = stored(cronTrigger(QStringLiteral("a-same"), QStringLiteral("0 0 10 * * ?"), "2026-01-01T00:00:00Z"), nullptr);
    low.setPriority(1);
    high.setPriority(9);
    same.setPriority(1);
    const Forecast f = forecastFires({low, high, same}, {}, ms("2026-01-01T00:00:00Z"), ms("2026-01-02T00:00:00Z"), 100);
    QCOMPARE(f.fires.size(), 3);
    QCOMPARE(f.fires.at(0).trigger.name(), QStringLiteral("a-high"));
    QCOMPARE(f.fires.at(1).trigger.name(), QStringLiteral("a-same"));
    QCOMPARE(f.fires.at(2).trigger.name(), QStringLiteral("b-low"));
}

void tst_Forecast::limitKeepsTheEarliest()
{
    // Two every-minute triggers an hour apart in start: the limit keeps the earliest fires of both, in order.
    QList<Trigger> triggers;
    for (int i = 0; i < 40; ++i) {
        triggers.append(stored(cronTrigger(QStringLiteral("t%1").arg(i), QStringLiteral("0 * * * * ?"),
                                           i % 2 ? "2026-01-01T01:00:00Z" : "2026-01-01T00:00:00Z"),
                               nullptr));
    }
    const qint64 from = ms("2026-01-01T00:00:00Z");
    const Forecast f = forecastFires(triggers, {}, from, ms("2026-01-02T00:00:00Z"), 1000);
    QVERIFY(f.truncated);
    QCOMPARE(f.fires.size(), 1000);
    // 20 triggers fire each minute of the first hour: 1,000 fires end at minute 49.
    QCOMPARE(f.fires.first().fireTime, from);
    QCOMPARE(f.fires.last().fireTime, from + 49 * 60000);
    for (qsizetype i = 1; i < f.fires.size(); ++i)
        QVERIFY(f.fires.at(i - 1).fireTime <= f.fires.at(i).fireTime);
}

void tst_Forecast::missingCalendarIsReported()
{
    const Trigger t = stored(cronTrigger(QStringLiteral("t"), QStringLiteral("0 0 * * * ?"), "2026-01-01T00:00:00Z",
                                         QStringLiteral("gone")),
                             nullptr);
    const Forecast f = forecastFires({t}, [](const QString &) { return CalendarPtr(); }, ms("2026-01-01T00:00:00Z"),
                                     ms("2026-01-02T00:00:00Z"), 100);
    QVERIFY(f.fires.isEmpty());
    QCOMPARE(f.missingCalendars, QList<TriggerKey>{t.key()});
}

void tst_Forecast::finishedTriggersHaveNoFires()
{
    Trigger once(TriggerKey(QStringLiteral("once"), QStringLiteral("g")), JobKey(QStringLiteral("j"), QStringLiteral("g")),
                 SimpleSchedule{0, 0});
    once.setStartTime(ms("2026-01-01T12:00:00Z"));
    once = stored(once, nullptr);
    Trigger done = once;
    done.setNextFireTime(std::nullopt);
    const Forecast f = forecastFires({once, done}, {}, ms("2026-01-01T00:00:00Z"), ms("2026-01-02T00:00:00Z"), 100);
    QCOMPARE(f.fires.size(), 1);
    QCOMPARE(f.fires.at(0).fireTime, ms("2026-01-01T12:00:00Z"));
    // The period is half-open: a fire at its end is not in it.
    QCOMPARE(forecastFires({once}, {}, ms("2026-01-01T00:00:00Z"), ms("2026-01-01T12:00:00Z"), 100).fires.size(), 0);
}

QTEST_GUILESS_MAIN(tst_Forecast)
#include "tst_forecast.moc"
