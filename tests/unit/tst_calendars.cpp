#include "schedule/annualcalendar.h"
#include "schedule/calendarspec.h"
#include "schedule/croncalendar.h"
#include "schedule/dailycalendar.h"
#include "schedule/holidaycalendar.h"
#include "schedule/monthlycalendar.h"
#include "schedule/weeklycalendar.h"
#include "schedule/workdaycalendar.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace Qronos;

namespace {

qint64 utc(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    Q_ASSERT(dt.isValid());
    return dt.toMSecsSinceEpoch();
}

/// "0" for Quartz's "nothing included", else ISO 8601 UTC with milliseconds.
QString iso(qint64 ms)
{
    if (ms == 0)
        return QStringLiteral("0");
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

ZoneRulesPtr zone(const QByteArray &id)
{
    const Result<ZoneRulesPtr> rules = ZoneRules::forId(id);
    Q_ASSERT(rules.ok());
    return *rules;
}

CalendarPtr calendar(const QString &spec, const QByteArray &zoneId)
{
    const Result<CalendarPtr> parsed = parseCalendarSpec(spec, zone(zoneId));
    if (!parsed)
        qWarning("%s", qPrintable(parsed.error()));
    return parsed ? *parsed : CalendarPtr();
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QList<Calendar::Kind> chainKinds(const Calendar *c)
{
    QList<Calendar::Kind> kinds;
    for (; c; c = c->baseCalendar().get())
        kinds.append(c->kind());
    return kinds;
}

} // namespace

class tst_Calendars : public QObject
{
    Q_OBJECT

private:
    static void addWorkdaySpecErrorRows();

private slots:
    void quartzAnswers_data();
    void quartzAnswers();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonShape();
    void jsonErrors_data();
    void jsonErrors();
    void specChains_data();
    void specChains();
    void specErrors_data();
    void specErrors();
    void dailyTimeParsing_data();
    void dailyTimeParsing();
    void weeklyDefaults();
    void holidayDates();
    void cloneKeepsEverything();
    void endlessQuartzSearchesEnd_data();
    void endlessQuartzSearchesEnd();
    void workdayCalendar_data();
    void workdayCalendar();
    void workdayJsonRoundTrip_data();
    void workdayJsonRoundTrip();
    void workdayDatesAndLabels();
    void workdayJson();
    void workdayJsonErrors_data();
    void workdayJsonErrors();
};

static void addQuartzRows()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("at");
    QTest::addColumn<bool>("included");
    QTest::addColumn<QString>("next");

    const auto row = [](const char *name, const char *zone, const char *spec, const char *at, bool included,
                        const char *next) {
        QTest::newRow(name) << QByteArray(zone) << QString::fromUtf8(spec) << QString::fromLatin1(at) << included
                            << QString::fromLatin1(next);
    };

    // Every row's isTimeIncluded(at) and getNextIncludedTime(at) were computed by Quartz 2.3.2
    // (org.quartz.impl.calendar.*, the calendars built in the zone as the spec describes).
    // HolidayCalendar. An included time answers the start of its own day (earlier than the time!).
    // Pacific/Apia skipped 2011-12-30: its "midnight" resolves into the 31st, so that date excludes the 31st.
    row("last ms before the holiday", "UTC", "holiday:2024-12-25", "2024-12-24T23:59:59.999Z", true, "2024-12-24T00:00:00.000Z");
    row("holiday starts", "UTC", "holiday:2024-12-25", "2024-12-25T00:00:00.000Z", false, "2024-12-26T00:00:00.000Z");
    row("holiday last ms", "UTC", "holiday:2024-12-25", "2024-12-25T23:59:59.999Z", false, "2024-12-26T00:00:00.000Z");
    row("included day: start of that day", "UTC", "holiday:2024-12-25", "2024-12-24T12:00:00.000Z", true, "2024-12-24T00:00:00.000Z");
    row("Berlin before holiday", "Europe/Berlin", "holiday:2024-12-25", "2024-12-24T22:59:59.999Z", true, "2024-12-23T23:00:00.000Z");
    row("Berlin holiday start", "Europe/Berlin", "holiday:2024-12-25", "2024-12-24T23:00:00.000Z", false, "2024-12-25T23:00:00.000Z");
    row("two holidays", "Europe/Berlin", "holiday:2024-12-25,2024-12-26", "2024-12-25T10:00:00.000Z", false, "2024-12-26T23:00:00.000Z");
    row("NY spring day start", "America/New_York", "holiday:2024-03-10", "2024-03-10T05:00:00.000Z", false, "2024-03-11T04:00:00.000Z");
    row("NY spring day last ms", "America/New_York", "holiday:2024-03-10", "2024-03-11T03:59:59.999Z", false, "2024-03-11T04:00:00.000Z");
    row("NY day before", "America/New_York", "holiday:2024-03-10", "2024-03-10T04:59:59.999Z", true, "2024-03-09T05:00:00.000Z");
    row("NY fall day", "America/New_York", "holiday:2024-11-03", "2024-11-03T12:00:00.000Z", false, "2024-11-04T05:00:00.000Z");
    row("Apia skipped day", "Pacific/Apia", "holiday:2011-12-30", "2011-12-30T10:00:00.000Z", false, "2011-12-31T10:00:00.000Z");
    row("Apia day after skip", "Pacific/Apia", "holiday:2011-12-31", "2011-12-30T10:00:00.000Z", false, "2011-12-31T10:00:00.000Z");
    // AnnualCalendar: an included time answers itself.
    row("annual excluded", "UTC", "annual:12-25", "2023-12-25T12:00:00.000Z", false, "2023-12-26T00:00:00.000Z");
    row("annual included returns t", "UTC", "annual:12-25", "2023-12-24T12:00:00.000Z", true, "2023-12-24T12:00:00.000Z");
    row("leap day", "UTC", "annual:02-29", "2024-02-29T00:00:00.000Z", false, "2024-03-01T00:00:00.000Z");
    row("non-leap", "UTC", "annual:02-29", "2023-02-28T23:59:59.999Z", true, "2023-02-28T23:59:59.999Z");
    row("Sydney new year", "Australia/Sydney", "annual:01-01,01-02", "2023-12-31T13:00:00.000Z", false, "2024-01-02T13:00:00.000Z");
    // MonthlyCalendar; all 31 days excluded: nothing included, next 0.
    row("31 then 1", "UTC", "monthly:1,31", "2024-01-31T23:59:59.999Z", false, "2024-02-02T00:00:00.000Z");
    row("included returns t", "UTC", "monthly:1,31", "2024-04-30T10:00:00.000Z", true, "2024-04-30T10:00:00.000Z");
    row("Feb", "UTC", "monthly:29,30,31", "2023-02-28T10:00:00.000Z", true, "2023-02-28T10:00:00.000Z");
    row("all excluded", "UTC", "monthly:1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31", "2024-01-10T00:00:00.000Z", false, "0");
    // WeeklyCalendar, 1 = Sunday.
    row("Saturday before spring", "America/New_York", "weekly:1,7", "2024-03-09T15:00:00.000Z", false, "2024-03-11T04:00:00.000Z");
    row("Friday", "America/New_York", "weekly:1,7", "2024-03-08T15:00:00.000Z", true, "2024-03-08T15:00:00.000Z");
    row("exclude nothing", "America/New_York", "weekly:", "2024-03-09T15:00:00.000Z", true, "2024-03-09T15:00:00.000Z");
    row("all excluded", "UTC", "weekly:1,2,3,4,5,6,7", "2024-03-09T15:00:00.000Z", false, "0");
    // DailyCalendar in UTC: [start, end] excluded, and always 00:00:00.000 and 23:59:59.999 too.
    row("before range", "UTC", "daily:08:00-17:00", "2024-05-01T07:59:59.999Z", true, "2024-05-01T17:00:00.001Z");
    row("range start", "UTC", "daily:08:00-17:00", "2024-05-01T08:00:00.000Z", false, "2024-05-01T17:00:00.001Z");
    row("range end", "UTC", "daily:08:00-17:00", "2024-05-01T17:00:00.000Z", false, "2024-05-01T17:00:00.001Z");
    row("after range", "UTC", "daily:08:00-17:00", "2024-05-01T17:00:00.001Z", true, "2024-05-01T17:00:00.002Z");
    row("day start", "UTC", "daily:08:00-17:00", "2024-05-01T00:00:00.000Z", false, "2024-05-01T00:00:00.001Z");
    row("day start+1", "UTC", "daily:08:00-17:00", "2024-05-01T00:00:00.001Z", true, "2024-05-01T00:00:00.002Z");
    row("day end", "UTC", "daily:08:00-17:00", "2024-05-01T23:59:59.999Z", false, "2024-05-02T00:00:00.001Z");
    row("day end-1", "UTC", "daily:08:00-17:00", "2024-05-01T23:59:59.998Z", true, "2024-05-02T00:00:00.001Z");
    row("inside", "UTC", "daily:08:00-17:00", "2024-05-01T12:00:00.000Z", false, "2024-05-01T17:00:00.001Z");
    row("ms range before", "UTC", "daily:08:00:00:500-08:00:01:250", "2024-05-01T08:00:00.499Z", true, "2024-05-01T08:00:01.251Z");
    row("ms range start", "UTC", "daily:08:00:00:500-08:00:01:250", "2024-05-01T08:00:00.500Z", false, "2024-05-01T08:00:01.251Z");
    row("ms range end", "UTC", "daily:08:00:00:500-08:00:01:250", "2024-05-01T08:00:01.250Z", false, "2024-05-01T08:00:01.251Z");
    row("ms range after", "UTC", "daily:08:00:00:500-08:00:01:250", "2024-05-01T08:00:01.251Z", true, "2024-05-01T08:00:01.252Z");
    // Inverted: only [start, end] included.
    row("inv before", "UTC", "dailyinv:08:00-17:00", "2024-05-01T07:59:59.999Z", false, "2024-05-01T08:00:00.000Z");
    row("inv start", "UTC", "dailyinv:08:00-17:00", "2024-05-01T08:00:00.000Z", true, "2024-05-01T08:00:00.001Z");
    row("inv end", "UTC", "dailyinv:08:00-17:00", "2024-05-01T17:00:00.000Z", true, "2024-05-02T08:00:00.000Z");
    row("inv after", "UTC", "dailyinv:08:00-17:00", "2024-05-01T17:00:00.001Z", false, "2024-05-02T08:00:00.000Z");
    row("inv day start", "UTC", "dailyinv:08:00-17:00", "2024-05-01T00:00:00.000Z", false, "2024-05-01T08:00:00.000Z");
    row("inv whole day", "UTC", "dailyinv:00:00-23:59:59:999", "2024-05-01T00:00:00.000Z", true, "2024-05-01T00:00:00.001Z");
    // DST days. NY 2024-03-10 02:00 EST -> 03:00 EDT: a wall time in the gap is read with the offset
    // before it (02:30 -> 03:30 EDT), so 02:30-03:15 ends before it starts and excludes nothing.
    // NY 2024-11-03 02:00 EDT -> 01:00 EST: ambiguous wall times are read as standard time, so the
    // first 01:00-01:30 (EDT) is included.
    row("NY gap range reversed", "America/New_York", "daily:02:30-03:15", "2024-03-10T07:20:00.000Z", true, "2024-03-10T07:20:00.001Z");
    row("NY range into gap start", "America/New_York", "daily:01:30-02:30", "2024-03-10T06:30:00.000Z", false, "2024-03-10T07:30:00.001Z");
    row("NY range end moved to 03:30 EDT", "America/New_York", "daily:01:30-02:30", "2024-03-10T07:30:00.000Z", false, "2024-03-10T07:30:00.001Z");
    row("NY after moved end", "America/New_York", "daily:01:30-02:30", "2024-03-10T07:30:00.001Z", true, "2024-03-10T07:30:00.002Z");
    row("NY next from inside", "America/New_York", "daily:01:30-02:30", "2024-03-10T06:45:00.000Z", false, "2024-03-10T07:30:00.001Z");
    row("NY fall first occurrence", "America/New_York", "daily:01:00-01:30", "2024-11-03T05:15:00.000Z", true, "2024-11-03T05:15:00.001Z");
    row("NY fall second occurrence", "America/New_York", "daily:01:00-01:30", "2024-11-03T06:15:00.000Z", false, "2024-11-03T06:30:00.001Z");
    row("NY fall after", "America/New_York", "daily:01:00-01:30", "2024-11-03T06:30:00.001Z", true, "2024-11-03T06:30:00.002Z");
    row("NY fall inv first occurrence", "America/New_York", "dailyinv:01:00-01:30", "2024-11-03T05:15:00.000Z", false, "2024-11-03T06:00:00.000Z");
    row("NY fall inv next", "America/New_York", "dailyinv:01:00-01:30", "2024-11-03T04:30:00.000Z", false, "2024-11-03T06:00:00.000Z");
    row("NY inv gap", "America/New_York", "dailyinv:02:00-03:00", "2024-03-10T06:59:59.999Z", false, "2024-03-10T07:00:00.000Z");
    row("NY inv gap start", "America/New_York", "dailyinv:02:00-03:00", "2024-03-10T07:00:00.000Z", true, "2024-03-11T06:00:00.000Z");
    row("NY inv gap after", "America/New_York", "dailyinv:02:00-03:00", "2024-03-10T07:00:00.001Z", false, "2024-03-11T06:00:00.000Z");
    // Australia/Sydney 2024-10-06 02:00 AEST -> 03:00 AEDT; 2024-04-07 03:00 AEDT -> 02:00 AEST.
    row("Sydney spring before", "Australia/Sydney", "daily:02:00-02:30", "2024-10-05T15:59:59.999Z", true, "2024-10-05T16:30:00.001Z");
    row("Sydney spring range start", "Australia/Sydney", "daily:02:00-02:30", "2024-10-05T16:00:00.000Z", false, "2024-10-05T16:30:00.001Z");
    row("Sydney spring range end", "Australia/Sydney", "daily:02:00-02:30", "2024-10-05T16:30:00.000Z", false, "2024-10-05T16:30:00.001Z");
    row("Sydney spring after", "Australia/Sydney", "daily:02:00-02:30", "2024-10-05T16:30:00.001Z", true, "2024-10-05T16:30:00.002Z");
    row("Sydney spring next", "Australia/Sydney", "daily:02:00-02:30", "2024-10-05T15:30:00.000Z", true, "2024-10-05T15:30:00.001Z");
    row("Sydney autumn first occurrence", "Australia/Sydney", "daily:02:00-02:30", "2024-04-06T15:15:00.000Z", true, "2024-04-06T15:15:00.001Z");
    row("Sydney autumn second occurrence", "Australia/Sydney", "daily:02:00-02:30", "2024-04-06T16:15:00.000Z", false, "2024-04-06T16:30:00.001Z");
    row("Sydney inv start", "Australia/Sydney", "dailyinv:01:00-03:00", "2024-10-05T15:00:00.000Z", true, "2024-10-05T15:00:00.001Z");
    row("Sydney inv end", "Australia/Sydney", "dailyinv:01:00-03:00", "2024-10-05T16:00:00.000Z", true, "2024-10-06T14:00:00.000Z");
    row("Sydney inv after", "Australia/Sydney", "dailyinv:01:00-03:00", "2024-10-05T16:00:00.001Z", false, "2024-10-06T14:00:00.000Z");
    row("Sydney inv next", "Australia/Sydney", "dailyinv:01:00-03:00", "2024-10-05T14:00:00.000Z", false, "2024-10-05T15:00:00.000Z");
    // CronCalendar: every matching second excluded; the search jumps to the end of a run of them.
    row("cron last excluded ms", "UTC", "cron:* * 0-7 ? * *", "2024-05-01T07:59:59.999Z", false, "2024-05-01T08:00:00.000Z");
    row("cron first included", "UTC", "cron:* * 0-7 ? * *", "2024-05-01T08:00:00.000Z", true, "2024-05-01T08:00:00.001Z");
    row("cron next", "UTC", "cron:* * 0-7 ? * *", "2024-05-01T03:00:00.000Z", false, "2024-05-01T08:00:00.000Z");
    row("cron single second before", "UTC", "cron:0 0 12 * * ?", "2024-05-01T11:59:59.500Z", true, "2024-05-01T11:59:59.501Z");
    row("cron single second next", "UTC", "cron:0 0 12 * * ?", "2024-05-01T11:59:59.999Z", true, "2024-05-01T12:00:01.000Z");
    row("cron single second inside", "UTC", "cron:0 0 12 * * ?", "2024-05-01T12:00:00.999Z", false, "2024-05-01T12:00:01.000Z");
    row("Berlin business hours Friday", "Europe/Berlin", "cron:* * 9-17 ? * MON-FRI", "2024-05-03T15:59:59.999Z", false, "2024-05-03T16:00:00.000Z");
    row("NY overlap first occurrence ms", "America/New_York", "cron:* * 1 * * ?", "2024-11-03T05:30:00.500Z", false, "2024-11-03T07:00:00.000Z");
    row("NY overlap first occurrence", "America/New_York", "cron:* * 1 * * ?", "2024-11-03T05:30:00.000Z", false, "2024-11-03T07:00:00.000Z");
    row("NY overlap second occurrence", "America/New_York", "cron:* * 1 * * ?", "2024-11-03T06:30:00.000Z", false, "2024-11-03T07:00:00.000Z");
    row("NY spring cron", "America/New_York", "cron:* * 2 * * ?", "2024-03-10T06:59:59.999Z", true, "2024-03-10T07:00:00.000Z");
    // Base chains of two and three (SPEC+BASE+BASE-OF-BASE).
    row("weekly over holiday included", "UTC", "weekly:1,7+holiday:2024-12-25", "2024-12-24T12:00:00.000Z", true, "2024-12-24T12:00:00.000Z");
    row("weekly over holiday", "UTC", "weekly:1,7+holiday:2024-12-25", "2024-12-25T12:00:00.000Z", false, "2024-12-26T00:00:00.000Z");
    row("holiday friday then weekend", "UTC", "weekly:1,7+holiday:2024-12-27", "2024-12-27T12:00:00.000Z", false, "2024-12-30T00:00:00.000Z");
    row("daily over weekly friday", "UTC", "daily:08:00-17:00+weekly:1,7", "2024-03-08T16:00:00.000Z", false, "2024-03-08T17:00:00.001Z");
    row("daily over weekly into weekend", "UTC", "daily:08:00-17:00+weekly:1,7", "2024-03-08T23:59:59.998Z", true, "2024-03-11T00:00:00.001Z");
    row("3-chain NY", "America/New_York", "daily:08:00-17:00+weekly:1,7+holiday:2024-03-11", "2024-03-08T22:30:00.000Z", true, "2024-03-08T22:30:00.001Z");
    row("3-chain inv NY", "America/New_York", "dailyinv:09:00-17:00+weekly:1,7+holiday:2024-03-11", "2024-03-08T22:30:00.000Z", false, "2024-03-12T13:00:00.000Z");
    row("cron over monthly", "UTC", "cron:0 0 * * * ?+monthly:15", "2024-05-14T23:59:59.999Z", true, "2024-05-16T00:00:01.000Z");
    row("cron over weekly", "UTC", "cron:* * 0-7 ? * *+weekly:1,7", "2024-05-03T23:00:00.000Z", true, "2024-05-03T23:00:00.001Z");
    row("monthly over weekly", "UTC", "monthly:15+weekly:1,7", "2024-06-14T12:00:00.000Z", true, "2024-06-14T12:00:00.000Z");
    row("annual over weekly", "UTC", "annual:12-25+weekly:1,7", "2021-12-24T12:00:00.000Z", true, "2021-12-24T12:00:00.000Z");
    // A weekly or monthly base that excludes every day answers 0, which Quartz's day-granular kinds
    // ignore: they answer the time itself, though the base excludes it.
    row("monthly over all-excluding weekly", "America/New_York", "monthly:+weekly:1,2,3,4,5,6,7", "2024-12-24T12:00:00.000Z", false, "2024-12-24T12:00:00.000Z");
    row("weekly over all-excluding monthly", "America/New_York", "weekly:1,7+monthly:1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31", "2024-12-24T12:00:00.000Z", false, "2024-12-24T12:00:00.000Z");
    row("holiday over daily hangs", "UTC", "holiday:2024-12-25+daily:08:00-17:00", "2024-12-24T12:00:00.000Z", false, "0");  // Quartz never returns (it loops forever)
    row("holiday over daily included", "UTC", "holiday:2024-12-25+daily:08:00-17:00", "2024-12-24T07:00:00.000Z", true, "0");  // Quartz never returns (it loops forever)
}

void tst_Calendars::quartzAnswers_data()
{
    addQuartzRows();
}

void tst_Calendars::quartzAnswers()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, spec);
    QFETCH(QString, at);
    QFETCH(bool, included);
    QFETCH(QString, next);

    const CalendarPtr cal = calendar(spec, zone);
    QVERIFY(cal);
    QCOMPARE(cal->isTimeIncluded(utc(at)), included);
    QCOMPARE(iso(cal->nextIncludedTime(utc(at))), next);
}

void tst_Calendars::jsonRoundTrip_data()
{
    addQuartzRows();
}

void tst_Calendars::jsonRoundTrip()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, spec);
    QFETCH(QString, at);

    const CalendarPtr original = calendar(spec, zone);
    QVERIFY(original);
    const QJsonObject first = original->toJson();
    // Through text, as the store keeps it.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(first).toJson(QJsonDocument::Compact)).object();
    const Result<std::shared_ptr<Calendar>> back = Calendar::fromJson(reread);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE((*back)->toJson(), first);
    QCOMPARE(chainKinds(back->get()), chainKinds(original.get()));
    QCOMPARE((*back)->timeZoneId(), zone);

    const qint64 t = utc(at);
    for (qint64 probe : {t - 3600000, t - 1, t, t + 1, t + 3600000, t + 86400000}) {
        QCOMPARE((*back)->isTimeIncluded(probe), original->isTimeIncluded(probe));
        QCOMPARE(iso((*back)->nextIncludedTime(probe)), iso(original->nextIncludedTime(probe)));
    }
}

void tst_Calendars::jsonShape()
{
    // The stored form: Quartz's field names where Quartz has them, dates and times as text.
    const CalendarPtr cal =
        calendar(QStringLiteral("dailyinv:8:00-17:30:15:5+weekly:1,7+holiday:2024-12-26,2024-12-25+annual:01-01+monthly:31+cron:0 0 12 * * ?"),
                 "Europe/Berlin");
    QVERIFY(cal);
    const QJsonObject expected = json(R"({
        "kind": "daily", "timeZone": "Europe/Berlin", "rangeStart": "08:00:00:000", "rangeEnd": "17:30:15:005",
        "invertTimeRange": true,
        "base": { "kind": "weekly", "timeZone": "Europe/Berlin", "excludedDays": [1, 7],
          "base": { "kind": "holiday", "timeZone": "Europe/Berlin", "excludedDates": ["2024-12-25", "2024-12-26"],
            "base": { "kind": "annual", "timeZone": "Europe/Berlin", "excludedDays": ["01-01"],
              "base": { "kind": "monthly", "timeZone": "Europe/Berlin", "excludedDays": [31],
                "base": { "kind": "cron", "timeZone": "Europe/Berlin", "cronExpression": "0 0 12 * * ?" } } } } } })");
    QCOMPARE(cal->toJson(), expected);

    std::shared_ptr<Calendar> described = cal->clone();
    described->setDescription(QStringLiteral("office hours"));
    QCOMPARE(described->toJson().value(QLatin1String("description")).toString(), QStringLiteral("office hours"));
    const Result<std::shared_ptr<Calendar>> back = Calendar::fromJson(described->toJson());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE((*back)->description(), QStringLiteral("office hours"));

    // No "timeZone": UTC.
    const Result<std::shared_ptr<Calendar>> plain = Calendar::fromJson(json(R"({"kind": "monthly", "excludedDays": []})"));
    QVERIFY2(plain.ok(), qPrintable(plain.error()));
    QCOMPARE((*plain)->timeZoneId(), QByteArray("UTC"));
}

void tst_Calendars::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("no kind") << QByteArray(R"({})") << QStringList{"\"kind\" is missing"};
    QTest::newRow("bad kind") << QByteArray(R"({"kind": "yearly"})")
                              << QStringList{"\"kind\"", "\"yearly\"", "\"holiday\""};
    QTest::newRow("kind not text") << QByteArray(R"({"kind": 3})") << QStringList{"\"kind\"", "got 3"};
    QTest::newRow("weekly no days") << QByteArray(R"({"kind": "weekly"})") << QStringList{"\"excludedDays\" is missing"};
    QTest::newRow("weekly days not array") << QByteArray(R"({"kind": "weekly", "excludedDays": "1,7"})")
                                           << QStringList{"\"excludedDays\"", "an array", "\"1,7\""};
    QTest::newRow("weekday 8") << QByteArray(R"({"kind": "weekly", "excludedDays": [1, 8]})")
                               << QStringList{"\"excludedDays[1]\"", "1 (Sunday) to 7 (Saturday)", "got 8"};
    QTest::newRow("weekday fraction") << QByteArray(R"({"kind": "weekly", "excludedDays": [1.5]})")
                                      << QStringList{"\"excludedDays[0]\"", "got 1.5"};
    QTest::newRow("monthly 0") << QByteArray(R"({"kind": "monthly", "excludedDays": [0]})")
                               << QStringList{"\"excludedDays[0]\"", "1 to 31"};
    QTest::newRow("holiday bad date") << QByteArray(R"({"kind": "holiday", "excludedDates": ["2024-02-30"]})")
                                      << QStringList{"\"excludedDates[0]\"", "YYYY-MM-DD", "\"2024-02-30\""};
    QTest::newRow("annual bad day") << QByteArray(R"({"kind": "annual", "excludedDays": ["04-31"]})")
                                    << QStringList{"\"excludedDays[0]\"", "MM-DD", "\"04-31\""};
    QTest::newRow("daily no end") << QByteArray(R"({"kind": "daily", "rangeStart": "08:00"})")
                                  << QStringList{"\"rangeEnd\" is missing"};
    QTest::newRow("daily reversed") << QByteArray(R"({"kind": "daily", "rangeStart": "17:00", "rangeEnd": "08:00"})")
                                    << QStringList{"\"rangeStart\"", "\"rangeEnd\"", "Invalid time range"};
    QTest::newRow("daily minute") << QByteArray(R"({"kind": "daily", "rangeStart": "08:60", "rangeEnd": "09:00"})")
                                  << QStringList{"\"rangeStart\"", "Invalid minute: 60"};
    QTest::newRow("daily invert") << QByteArray(R"({"kind": "daily", "rangeStart": "08:00", "rangeEnd": "09:00", "invertTimeRange": "yes"})")
                                  << QStringList{"\"invertTimeRange\"", "true or false"};
    QTest::newRow("cron bad") << QByteArray(R"({"kind": "cron", "cronExpression": "0 0 25 * * ?"})")
                              << QStringList{"\"cronExpression\""};
    QTest::newRow("zone unknown") << QByteArray(R"({"kind": "weekly", "excludedDays": [], "timeZone": "Mars/Olympus_Mons"})")
                                  << QStringList{"\"timeZone\""};
    QTest::newRow("zone not text") << QByteArray(R"({"kind": "weekly", "excludedDays": [], "timeZone": 1})")
                                   << QStringList{"\"timeZone\"", "IANA"};
    QTest::newRow("base not object") << QByteArray(R"({"kind": "weekly", "excludedDays": [], "base": 5})")
                                     << QStringList{"\"base\"", "a calendar object"};
    QTest::newRow("nested base field") << QByteArray(R"({"kind": "weekly", "excludedDays": [],
                                              "base": {"kind": "monthly", "excludedDays": [],
                                                       "base": {"kind": "holiday", "excludedDates": ["tomorrow"]}}})")
                                       << QStringList{"\"base.base.excludedDates[0]\"", "\"tomorrow\""};
    QTest::newRow("nested base kind") << QByteArray(R"({"kind": "weekly", "excludedDays": [], "base": {}})")
                                      << QStringList{"\"base.kind\" is missing"};
}

void tst_Calendars::jsonErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, mentions);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const Result<std::shared_ptr<Calendar>> result = Calendar::fromJson(doc.object());
    QVERIFY(!result.ok());
    for (const QString &mention : mentions)
        QVERIFY2(result.error().contains(mention), qPrintable(result.error() + QStringLiteral(" lacks ") + mention));
}

void tst_Calendars::specChains_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QList<Calendar::Kind>>("kinds");

    using K = Calendar::Kind;
    QTest::newRow("dash") << QStringLiteral("-") << QList<K>{};
    QTest::newRow("empty") << QString() << QList<K>{};
    QTest::newRow("one") << QStringLiteral("weekly:1,7") << QList<K>{K::Weekly};
    QTest::newRow("weekly none") << QStringLiteral("weekly:") << QList<K>{K::Weekly};
    QTest::newRow("two") << QStringLiteral("daily:08:00-17:00+holiday:2024-12-25") << QList<K>{K::Daily, K::Holiday};
    QTest::newRow("three") << QStringLiteral("dailyinv:9:00-17:00+weekly:1,7+annual:12-25,01-01")
                           << QList<K>{K::Daily, K::Weekly, K::Annual};
    QTest::newRow("all kinds") << QStringLiteral("cron:* * 0-7 ? * *+monthly:1,15+holiday:+annual:+weekly:7+daily:0:0-0:0:0:1")
                               << QList<K>{K::Cron, K::Monthly, K::Holiday, K::Annual, K::Weekly, K::Daily};
    QTest::newRow("two-digit numbers") << QStringLiteral("weekly:07+monthly:01,31") << QList<K>{K::Weekly, K::Monthly};
}

void tst_Calendars::specChains()
{
    QFETCH(QString, spec);
    QFETCH(QList<Calendar::Kind>, kinds);

    const Result<CalendarPtr> cal = parseCalendarSpec(spec, zone("Asia/Kolkata"));
    QVERIFY2(cal.ok(), qPrintable(cal.error()));
    QCOMPARE(chainKinds(cal->get()), kinds);
    for (const Calendar *c = cal->get(); c; c = c->baseCalendar().get())
        QCOMPARE(c->timeZoneId(), QByteArray("Asia/Kolkata"));
}

void tst_Calendars::specErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("unknown kind") << QStringLiteral("yearly:1")
                                  << QStringList{"part 1", "\"yearly:1\"", "unknown calendar kind \"yearly\"", "dailyinv"};
    QTest::newRow("no colon") << QStringLiteral("weekly") << QStringList{"part 1", "KIND:ARGUMENTS"};
    QTest::newRow("trailing plus") << QStringLiteral("weekly:1+") << QStringList{"part 2", "KIND:ARGUMENTS"};
    QTest::newRow("weekday 8") << QStringLiteral("weekly:1,8")
                               << QStringList{"part 1", "\"8\" is not a weekday", "1 (Sunday) to 7 (Saturday)"};
    QTest::newRow("weekday name") << QStringLiteral("weekly:SAT") << QStringList{"\"SAT\" is not a weekday"};
    QTest::newRow("second part") << QStringLiteral("weekly:1,7+monthly:32")
                                 << QStringList{"part 2", "\"monthly:32\"", "\"32\" is not a day of the month", "1 to 31"};
    QTest::newRow("empty item") << QStringLiteral("monthly:1,,2") << QStringList{"part 1", "empty item"};
    QTest::newRow("bad date") << QStringLiteral("holiday:2024-02-30")
                              << QStringList{"\"2024-02-30\" is not a date", "YYYY-MM-DD"};
    QTest::newRow("short date") << QStringLiteral("holiday:2024-2-3") << QStringList{"\"2024-2-3\" is not a date"};
    QTest::newRow("bad annual") << QStringLiteral("annual:13-01")
                                << QStringList{"\"13-01\" is not a day of the year", "MM-DD"};
    QTest::newRow("annual 02-30") << QStringLiteral("annual:02-30") << QStringList{"\"02-30\""};
    QTest::newRow("daily no range") << QStringLiteral("daily:08:00")
                                    << QStringList{"\"08:00\" is not a time range", "START-END", "H:M[:S[:mmm]]"};
    QTest::newRow("daily reversed") << QStringLiteral("daily:17:00-08:00")
                                    << QStringList{"part 1", "Invalid time range", "17:00:00:000 - 08:00:00:000"};
    QTest::newRow("daily equal") << QStringLiteral("dailyinv:08:00-08:00") << QStringList{"Invalid time range"};
    QTest::newRow("daily hour") << QStringLiteral("daily:24:00-25:00") << QStringList{"Invalid hour of day: 24"};
    QTest::newRow("daily millis") << QStringLiteral("daily:08:00:00:1000-09:00") << QStringList{"Invalid millis: 1000"};
    QTest::newRow("daily one field") << QStringLiteral("daily:8-9:00") << QStringList{"Invalid time string '8'", "HH:MM"};
    QTest::newRow("daily not number") << QStringLiteral("daily:08:x-09:00") << QStringList{"'x' is not a number"};
    // Strict like the protocol's Quartz oracle (tests/oracle): no spaces, lower-case kinds, fixed digits.
    QTest::newRow("blank") << QStringLiteral("  ") << QStringList{"part 1", "KIND:ARGUMENTS"};
    QTest::newRow("kind case") << QStringLiteral("Weekly:1") << QStringList{"unknown calendar kind \"Weekly\""};
    QTest::newRow("space before kind") << QStringLiteral(" weekly:1") << QStringList{"unknown calendar kind \" weekly\""};
    QTest::newRow("space in list") << QStringLiteral("weekly:1, 7") << QStringList{"\" 7\" is not a weekday"};
    QTest::newRow("trailing comma") << QStringLiteral("weekly:1,") << QStringList{"empty item"};
    QTest::newRow("three digits") << QStringLiteral("monthly:001") << QStringList{"\"001\" is not a day of the month"};
    QTest::newRow("slashed date") << QStringLiteral("holiday:2024/01/01") << QStringList{"\"2024/01/01\" is not a date"};
    QTest::newRow("annual one digit") << QStringLiteral("annual:2-29") << QStringList{"\"2-29\" is not a day of the year"};
    QTest::newRow("daily space") << QStringLiteral("daily:8:00 -17:00") << QStringList{"'00 ' is not a number"};
    QTest::newRow("daily leading space") << QStringLiteral("daily: 8:00-17:00") << QStringList{"' 8' is not a number"};
    QTest::newRow("daily two dashes") << QStringLiteral("daily:08:00-12:00-17:00")
                                      << QStringList{"\"08:00-12:00-17:00\" is not a time range"};
    QTest::newRow("cron missing") << QStringLiteral("weekly:1+cron:") << QStringList{"part 2", "cron expression is missing"};
    QTest::newRow("cron bad") << QStringLiteral("cron:0 0 25 * * ?") << QStringList{"part 1", "\"cron:0 0 25 * * ?\""};
    addWorkdaySpecErrorRows();
}

void tst_Calendars::specErrors()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, mentions);

    const Result<CalendarPtr> cal = parseCalendarSpec(spec, zone("UTC"));
    QVERIFY(!cal.ok());
    for (const QString &mention : mentions)
        QVERIFY2(cal.error().contains(mention), qPrintable(cal.error() + QStringLiteral(" lacks ") + mention));
}

void tst_Calendars::dailyTimeParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parsed"); // empty: rejected

    // Quartz's own reading (StringTokenizer on ':', Integer.parseInt), checked with Quartz 2.3.2.
    QTest::newRow("plain") << QStringLiteral("08:30") << QStringLiteral("08:30:00:000");
    QTest::newRow("short") << QStringLiteral("8:5") << QStringLiteral("08:05:00:000");
    QTest::newRow("all fields") << QStringLiteral("23:59:59:999") << QStringLiteral("23:59:59:999");
    QTest::newRow("empty field skipped") << QStringLiteral("08::30") << QStringLiteral("08:30:00:000");
    QTest::newRow("outer colons") << QStringLiteral(":8:5:") << QStringLiteral("08:05:00:000");
    QTest::newRow("plus sign") << QStringLiteral("+8:00") << QStringLiteral("08:00:00:000");
    QTest::newRow("minus zero") << QStringLiteral("-0:00") << QStringLiteral("00:00:00:000");
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("\u0660\u0668:\u0660\u0660") << QStringLiteral("08:00:00:000");
    QTest::newRow("space") << QStringLiteral(" 8:00") << QString();
    QTest::newRow("one field") << QStringLiteral("8") << QString();
    QTest::newRow("five fields") << QStringLiteral("08:00:00:000:0") << QString();
    QTest::newRow("hour 24") << QStringLiteral("24:00") << QString();
    QTest::newRow("negative") << QStringLiteral("-1:00") << QString();
    QTest::newRow("superscript") << QString::fromUtf8("\u00b2:00") << QString();
    QTest::newRow("overflow") << QStringLiteral("99999999999:00") << QString();
}

void tst_Calendars::dailyTimeParsing()
{
    QFETCH(QString, text);
    QFETCH(QString, parsed);

    const Result<DailyCalendar::TimeOfDay> time = DailyCalendar::parseTime(text);
    if (parsed.isEmpty()) {
        QVERIFY(!time.ok());
        QVERIFY(!time.error().isEmpty());
    } else {
        QVERIFY2(time.ok(), qPrintable(time.error()));
        QCOMPARE(time->toString(), parsed);
    }
}

void tst_Calendars::weeklyDefaults()
{
    // new WeeklyCalendar() in Quartz excludes Saturday and Sunday.
    WeeklyCalendar quartzDefault;
    QCOMPARE(quartzDefault.excludedDays(), (QList<int>{1, 7}));
    QVERIFY(!quartzDefault.isTimeIncluded(utc(QStringLiteral("2024-03-09T12:00:00Z")))); // Saturday
    QVERIFY(quartzDefault.isTimeIncluded(utc(QStringLiteral("2024-03-08T12:00:00Z"))));  // Friday

    WeeklyCalendar none{QList<int>{}};
    QVERIFY(none.excludedDays().isEmpty());
    QVERIFY(none.isTimeIncluded(utc(QStringLiteral("2024-03-09T12:00:00Z"))));

    WeeklyCalendar all{QList<int>{1, 2, 3, 4, 5, 6, 7}};
    QVERIFY(all.areAllDaysExcluded());
    QCOMPARE(all.nextIncludedTime(utc(QStringLiteral("2024-03-09T12:00:00Z"))), 0);
    all.setDayExcluded(4, false);
    QCOMPARE(iso(all.nextIncludedTime(utc(QStringLiteral("2024-03-09T12:00:00Z")))), QStringLiteral("2024-03-13T00:00:00.000Z"));
}

void tst_Calendars::holidayDates()
{
    HolidayCalendar holidays;
    holidays.addExcludedDate(QDate(2024, 12, 26));
    holidays.addExcludedDate(QDate(2024, 12, 25));
    holidays.addExcludedDate(QDate(2024, 12, 25));
    QCOMPARE(holidays.excludedDates(), (QList<QDate>{QDate(2024, 12, 25), QDate(2024, 12, 26)}));
    QVERIFY(holidays.isDateExcluded(QDate(2024, 12, 26)));
    holidays.removeExcludedDate(QDate(2024, 12, 26));
    QVERIFY(!holidays.isDateExcluded(QDate(2024, 12, 26)));
    QVERIFY(holidays.isTimeIncluded(utc(QStringLiteral("2024-12-26T12:00:00Z"))));

    // The dates are days in the calendar's zone.
    holidays.setZone(zone("Asia/Tokyo"));
    QVERIFY(!holidays.isTimeIncluded(utc(QStringLiteral("2024-12-24T15:00:00Z"))));
    QVERIFY(holidays.isTimeIncluded(utc(QStringLiteral("2024-12-24T14:59:59.999Z"))));
}

void tst_Calendars::cloneKeepsEverything()
{
    const CalendarPtr cal = calendar(QStringLiteral("daily:08:00-17:00+weekly:1,7+cron:0 0 12 * * ?"), "Europe/Berlin");
    QVERIFY(cal);
    const std::shared_ptr<Calendar> copy = cal->clone();
    QCOMPARE(copy->toJson(), cal->toJson());
    QCOMPARE(chainKinds(copy.get()), chainKinds(cal.get()));

    // The copy is independent: dropping its base leaves the original's chain alone.
    const qint64 saturdayEvening = utc(QStringLiteral("2024-03-09T18:00:00Z"));
    copy->setBaseCalendar(nullptr);
    QVERIFY(cal->baseCalendar());
    QVERIFY(!cal->isTimeIncluded(saturdayEvening));
    QVERIFY(copy->isTimeIncluded(saturdayEvening));
}

void tst_Calendars::endlessQuartzSearchesEnd_data()
{
    QTest::addColumn<QString>("spec");

    // Quartz's getNextIncludedTime never returns for these; Qronos answers 0 within the search budget.
    QTest::newRow("holiday over daily") << QStringLiteral("holiday:2024-12-25+daily:08:00-17:00");
    QTest::newRow("annual over daily") << QStringLiteral("annual:12-25+dailyinv:08:00-17:00");
    QTest::newRow("daily excluding all the base allows") << QStringLiteral("daily:01:00-22:00+dailyinv:02:00-03:00");
    QTest::newRow("every second") << QStringLiteral("cron:* * * * * ?");
    QTest::newRow("cron over nothing left") << QStringLiteral("cron:* * 0-7 ? * *+dailyinv:01:30-02:30");
    QTest::newRow("all weekdays in base") << QStringLiteral("daily:08:00-17:00+weekly:1,2,3,4,5,6,7");
    QTest::newRow("holiday over all weekdays") << QStringLiteral("holiday:2024-12-26+weekly:1,2,3,4,5,6,7");
    // The base's search is given up, so the whole search is: not the outer calendar's own answer.
    QTest::newRow("day calendar over an endless search") << QStringLiteral("monthly:+daily:00:00-23:59:59:999");
    QTest::newRow("weekly over an endless search") << QStringLiteral("weekly:+holiday:2024-12-25+weekly:1,2,3,4,5,6,7");
}

void tst_Calendars::endlessQuartzSearchesEnd()
{
    QFETCH(QString, spec);

    const CalendarPtr cal = calendar(spec, "America/New_York");
    QVERIFY(cal);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(cal->nextIncludedTime(utc(QStringLiteral("2024-12-24T12:00:00Z"))), 0);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

// The working-day calendar is Qronos's own: these answers follow its documented rules, not Quartz.
static void addWorkdayRows()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("at");
    QTest::addColumn<bool>("included");
    QTest::addColumn<QString>("next");

    const auto row = [](const char *name, const char *zone, const QString &spec, const char *at, bool included,
                        const char *next) {
        QTest::newRow(name) << QByteArray(zone) << spec << QString::fromLatin1(at) << included << QString::fromLatin1(next);
    };

    // A National Day week in Asia/Shanghai (UTC+8): 10-01 (Thursday) to 10-08 off, with the Sunday
    // before (09-27) and the Saturday after (10-10) as make-up working days (调休).
    const QString nationalDay = QStringLiteral("workday:weekend=1,7;holidays=2026-10-01,2026-10-02,2026-10-03,2026-10-04,"
                                               "2026-10-05,2026-10-06,2026-10-07,2026-10-08;workdays=2026-09-27,2026-10-10");
    const char *sh = "Asia/Shanghai";
    row("Friday: itself", sh, nationalDay, "2026-09-25T08:00:00.000Z", true, "2026-09-25T08:00:00.000Z");
    row("Friday last ms", sh, nationalDay, "2026-09-25T15:59:59.999Z", true, "2026-09-25T15:59:59.999Z");
    row("Saturday first ms", sh, nationalDay, "2026-09-25T16:00:00.000Z", false, "2026-09-26T16:00:00.000Z");
    row("Saturday: to the make-up Sunday", sh, nationalDay, "2026-09-26T04:00:00.000Z", false, "2026-09-26T16:00:00.000Z");
    // In UTC this instant is still Saturday; in the calendar's zone it is the make-up Sunday.
    row("make-up Sunday first ms", sh, nationalDay, "2026-09-26T16:00:00.000Z", true, "2026-09-26T16:00:00.000Z");
    row("make-up Sunday last ms", sh, nationalDay, "2026-09-27T15:59:59.999Z", true, "2026-09-27T15:59:59.999Z");
    row("last ms before the holidays", sh, nationalDay, "2026-09-30T15:59:59.999Z", true, "2026-09-30T15:59:59.999Z");
    row("holidays first ms: to 10-09", sh, nationalDay, "2026-09-30T16:00:00.000Z", false, "2026-10-08T16:00:00.000Z");
    row("holiday weekend day", sh, nationalDay, "2026-10-04T06:00:00.000Z", false, "2026-10-08T16:00:00.000Z");
    row("last holiday last ms", sh, nationalDay, "2026-10-08T15:59:59.999Z", false, "2026-10-08T16:00:00.000Z");
    row("make-up Saturday", sh, nationalDay, "2026-10-10T02:00:00.000Z", true, "2026-10-10T02:00:00.000Z");
    row("Sunday after: to Monday", sh, nationalDay, "2026-10-11T02:00:00.000Z", false, "2026-10-11T16:00:00.000Z");
    row("same dates in UTC", "UTC", nationalDay, "2026-09-26T16:00:00.000Z", false, "2026-09-27T00:00:00.000Z");

    // Other weekends, none, all.
    row("Friday-Saturday weekend", "UTC", QStringLiteral("workday:weekend=6,7"), "2026-11-20T12:00:00.000Z", false,
        "2026-11-22T00:00:00.000Z");
    row("Sunday works then", "UTC", QStringLiteral("workday:weekend=6,7"), "2026-11-22T12:00:00.000Z", true,
        "2026-11-22T12:00:00.000Z");
    row("default weekend", "UTC", QStringLiteral("workday:"), "2026-11-21T12:00:00.000Z", false, "2026-11-23T00:00:00.000Z");
    row("no weekend, holiday only", "UTC", QStringLiteral("workday:weekend=;holidays=2026-11-21"),
        "2026-11-21T12:00:00.000Z", false, "2026-11-22T00:00:00.000Z");
    row("everything excluded", "UTC", QStringLiteral("workday:weekend=1,2,3,4,5,6,7"), "2026-10-01T12:00:00.000Z", false, "0");
    row("only a make-up day", sh, QStringLiteral("workday:weekend=1,2,3,4,5,6,7;workdays=2026-10-10"),
        "2026-10-01T12:00:00.000Z", false, "2026-10-09T16:00:00.000Z");
    row("Berlin: DST ends on a Sunday", "Europe/Berlin", QStringLiteral("workday:"), "2026-10-24T12:00:00.000Z", false,
        "2026-10-25T23:00:00.000Z");

    // A base chain adds its exclusions.
    const QString overHoliday = nationalDay + QStringLiteral("+holiday:2026-09-28");
    row("base holiday excludes a Monday", sh, overHoliday, "2026-09-27T16:00:00.000Z", false, "2026-09-28T16:00:00.000Z");
    row("make-up Sunday before it", sh, overHoliday, "2026-09-27T10:00:00.000Z", true, "2026-09-27T10:00:00.000Z");
    row("base holiday on the next included day", sh, nationalDay + QStringLiteral("+holiday:2026-10-09"),
        "2026-10-01T00:00:00.000Z", false, "2026-10-09T16:00:00.000Z");
    row("base weekly", "UTC", QStringLiteral("workday:workdays=2026-11-21+weekly:2"), "2026-11-21T12:00:00.000Z", true,
        "2026-11-21T12:00:00.000Z");
    row("base weekly excludes Monday", "UTC", QStringLiteral("workday:+weekly:2"), "2026-11-21T12:00:00.000Z", false,
        "2026-11-24T00:00:00.000Z");
    row("base daily moves the time", "UTC", QStringLiteral("workday:+daily:00:00-08:00"), "2026-11-20T07:00:00.000Z", false,
        "2026-11-20T08:00:00.001Z");
}

void tst_Calendars::workdayCalendar_data()
{
    addWorkdayRows();
}

void tst_Calendars::workdayCalendar()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, spec);
    QFETCH(QString, at);
    QFETCH(bool, included);
    QFETCH(QString, next);

    const CalendarPtr cal = calendar(spec, zone);
    QVERIFY(cal);
    QCOMPARE(cal->kind(), Calendar::Kind::Workday);
    QCOMPARE(cal->isTimeIncluded(utc(at)), included);
    QCOMPARE(iso(cal->nextIncludedTime(utc(at))), next);
    // The answer, when there is one, is included and not before the question.
    const qint64 answer = cal->nextIncludedTime(utc(at));
    if (answer != 0) {
        QVERIFY(answer >= utc(at));
        QVERIFY(cal->isTimeIncluded(answer));
    }
}

void tst_Calendars::workdayJsonRoundTrip_data()
{
    addWorkdayRows();
}

void tst_Calendars::workdayJsonRoundTrip()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, spec);
    QFETCH(QString, at);

    const CalendarPtr original = calendar(spec, zone);
    QVERIFY(original);
    const QJsonObject first = original->toJson();
    QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("workday"));
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(first).toJson(QJsonDocument::Compact)).object();
    const Result<std::shared_ptr<Calendar>> back = Calendar::fromJson(reread);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE((*back)->toJson(), first);
    QCOMPARE(chainKinds(back->get()), chainKinds(original.get()));
    QCOMPARE(chainKinds(original->clone().get()), chainKinds(original.get()));
    QCOMPARE(original->clone()->toJson(), first);

    const qint64 t = utc(at);
    for (qint64 probe : {t - 86400000, t - 1, t, t + 1, t + 43200000, t + 86400000}) {
        QCOMPARE((*back)->isTimeIncluded(probe), original->isTimeIncluded(probe));
        QCOMPARE(iso((*back)->nextIncludedTime(probe)), iso(original->nextIncludedTime(probe)));
    }
}

void tst_Calendars::workdayDatesAndLabels()
{
    WorkdayCalendar cal;
    QCOMPARE(cal.excludedWeekdays(), (QList<int>{1, 7}));
    cal.addHoliday(QDate(2026, 10, 2), QStringLiteral("国庆节"));
    cal.addHoliday(QDate(2026, 10, 1), QStringLiteral("国庆节"));
    cal.addMakeUpWorkday(QDate(2026, 9, 27), QStringLiteral("国庆节补班"));
    cal.addHoliday(QDate());
    QCOMPARE(cal.holidays(), (QList<QDate>{QDate(2026, 10, 1), QDate(2026, 10, 2)}));
    QCOMPARE(cal.makeUpWorkdays(), (QList<QDate>{QDate(2026, 9, 27)}));
    QCOMPARE(cal.label(QDate(2026, 9, 27)), QStringLiteral("国庆节补班"));
    QVERIFY(cal.isHoliday(QDate(2026, 10, 1)));
    QVERIFY(!cal.isMakeUpWorkday(QDate(2026, 10, 1)));
    QVERIFY(!cal.isDateIncluded(QDate(2026, 10, 1)));
    QVERIFY(cal.isDateIncluded(QDate(2026, 9, 27)));   // Sunday, made up
    QVERIFY(!cal.isDateIncluded(QDate(2026, 9, 26)));  // Saturday
    QVERIFY(cal.isDateIncluded(QDate(2026, 9, 28)));   // Monday

    // A date is one or the other: the last role given wins.
    cal.addMakeUpWorkday(QDate(2026, 10, 2));
    QVERIFY(cal.isMakeUpWorkday(QDate(2026, 10, 2)));
    QCOMPARE(cal.holidays(), (QList<QDate>{QDate(2026, 10, 1)}));
    QVERIFY(cal.label(QDate(2026, 10, 2)).isEmpty());
    cal.removeDate(QDate(2026, 10, 2));
    QVERIFY(!cal.isMakeUpWorkday(QDate(2026, 10, 2)));
    QVERIFY(cal.isDateIncluded(QDate(2026, 10, 2)));   // an ordinary Friday again

    cal.setWeekdayExcluded(7, false);
    cal.setWeekdayExcluded(6, true);
    cal.setWeekdayExcluded(9, true);
    QCOMPARE(cal.excludedWeekdays(), (QList<int>{1, 6}));
    cal.clearDates();
    QVERIFY(cal.holidays().isEmpty() && cal.makeUpWorkdays().isEmpty());
}

void tst_Calendars::workdayJson()
{
    auto cal = std::make_shared<WorkdayCalendar>();
    cal->setZone(zone("Asia/Shanghai"));
    cal->setDescription(QStringLiteral("中国工作日"));
    cal->addHoliday(QDate(2026, 10, 1), QStringLiteral("国庆节"));
    cal->addMakeUpWorkday(QDate(2026, 9, 27));
    cal->setBaseCalendar(calendar(QStringLiteral("daily:12:00-13:00"), "Asia/Shanghai"));
    const QJsonObject expected = json(R"({
        "kind": "workday", "timeZone": "Asia/Shanghai", "description": "中国工作日", "excludedWeekdays": [1, 7],
        "holidays": [{"date": "2026-10-01", "label": "国庆节"}], "makeUpWorkdays": [{"date": "2026-09-27"}],
        "base": {"kind": "daily", "timeZone": "Asia/Shanghai", "rangeStart": "12:00:00:000", "rangeEnd": "13:00:00:000",
                 "invertTimeRange": false}})");
    QCOMPARE(cal->toJson(), expected);

    // Plain date strings are read too, and a missing "excludedWeekdays" means Saturday and Sunday.
    const Result<std::shared_ptr<Calendar>> plain =
        Calendar::fromJson(json(R"({"kind": "workday", "holidays": ["2026-10-01"], "makeUpWorkdays": []})"));
    QVERIFY2(plain.ok(), qPrintable(plain.error()));
    const auto *workday = dynamic_cast<const WorkdayCalendar *>(plain->get());
    QVERIFY(workday);
    QCOMPARE(workday->excludedWeekdays(), (QList<int>{1, 7}));
    QCOMPARE(workday->holidays(), (QList<QDate>{QDate(2026, 10, 1)}));
    QCOMPARE(Calendar::kindName(Calendar::Kind::Workday), QStringLiteral("workday"));
}

void tst_Calendars::workdayJsonErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("kind list") << QByteArray(R"({"kind": "yearly"})") << QStringList{"\"workday\""};
    QTest::newRow("weekday 8") << QByteArray(R"({"kind": "workday", "excludedWeekdays": [8]})")
                               << QStringList{"\"excludedWeekdays[0]\"", "1 (Sunday) to 7 (Saturday)"};
    QTest::newRow("weekdays not array") << QByteArray(R"({"kind": "workday", "excludedWeekdays": "1,7"})")
                                        << QStringList{"\"excludedWeekdays\"", "an array"};
    QTest::newRow("bad holiday") << QByteArray(R"({"kind": "workday", "holidays": ["2026-02-30"]})")
                                 << QStringList{"\"holidays[0]\"", "YYYY-MM-DD", "\"2026-02-30\""};
    QTest::newRow("bad make-up date") << QByteArray(R"({"kind": "workday", "makeUpWorkdays": [{"date": "10/10"}]})")
                                      << QStringList{"\"makeUpWorkdays[0].date\"", "\"10/10\""};
    QTest::newRow("no date") << QByteArray(R"({"kind": "workday", "makeUpWorkdays": [{"label": "x"}]})")
                             << QStringList{"\"makeUpWorkdays[0].date\"", "YYYY-MM-DD"};
    QTest::newRow("label not text") << QByteArray(R"({"kind": "workday", "holidays": [{"date": "2026-10-01", "label": 3}]})")
                                    << QStringList{"\"holidays[0].label\"", "a string"};
    QTest::newRow("nested") << QByteArray(R"({"kind": "weekly", "excludedDays": [], "base": {"kind": "workday", "holidays": [1]}})")
                            << QStringList{"\"base.holidays[0]\""};
}

void tst_Calendars::workdayJsonErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, mentions);

    const Result<std::shared_ptr<Calendar>> result = Calendar::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(!result.ok());
    for (const QString &mention : mentions)
        QVERIFY2(result.error().contains(mention), qPrintable(result.error() + QStringLiteral(" lacks ") + mention));
}

/// The working-day calendar's spec errors, rows of specErrors.
void tst_Calendars::addWorkdaySpecErrorRows()
{

    QTest::newRow("unknown kind lists it") << QStringLiteral("work:1") << QStringList{"workday"};
    QTest::newRow("unknown section") << QStringLiteral("workday:weekends=1,7")
                                     << QStringList{"part 1", "\"weekends=1,7\" is not a section", "holidays=YYYY-MM-DD"};
    QTest::newRow("no equals") << QStringLiteral("workday:1,7") << QStringList{"\"1,7\" is not a section"};
    QTest::newRow("twice") << QStringLiteral("workday:holidays=2026-10-01;holidays=2026-10-02")
                           << QStringList{"\"holidays\" appears twice"};
    QTest::newRow("bad weekday") << QStringLiteral("workday:weekend=0") << QStringList{"\"0\" is not a weekday"};
    QTest::newRow("bad holiday") << QStringLiteral("workday:holidays=2026-10-32") << QStringList{"\"2026-10-32\" is not a date"};
    QTest::newRow("bad make-up day") << QStringLiteral("workday:workdays=2026-9-27")
                                     << QStringList{"\"2026-9-27\" is not a date", "YYYY-MM-DD"};
    QTest::newRow("empty item") << QStringLiteral("workday:workdays=2026-09-27,") << QStringList{"empty item"};
    QTest::newRow("trailing semicolon") << QStringLiteral("workday:weekend=1,7;") << QStringList{"\"\" is not a section"};
}

QTEST_GUILESS_MAIN(tst_Calendars)
#include "tst_calendars.moc"
