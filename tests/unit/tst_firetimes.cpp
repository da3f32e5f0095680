// Fire times of the four trigger kinds. Every expected value below was produced by the real
// Quartz 2.3.2 (TriggerUtils.computeFireTimes, getFireTimeAfter, getFinalFireTime,
// updateWithNewCalendar) with the JVM default zone set to the trigger's zone, and the
// test-local calendars of testcalendars.h rebuilt in Java with the same rules.

#include "schedule/firetimes.h"
#include "testtriggers.h"

#include <QTest>

using namespace Qronos;
using namespace Qronos::TestTriggers;

class tst_FireTimes : public QObject
{
    Q_OBJECT

private slots:
    void computeFireTimes_data();
    void computeFireTimes();
    void fireTimeAfter_data();
    void fireTimeAfter();
    void finalFireTime_data();
    void finalFireTime();
    void updateWithNewCalendar_data();
    void updateWithNewCalendar();
    void validate_data();
    void validate();
    void triggeredBookkeeping();
    void cronStartRoundedToSecond();
    void yearLimit();
    void computeFireTimesKeepsExistingNextFireTime();
};

void tst_FireTimes::computeFireTimes_data()
{
    QTest::addColumn<Trigger>("trigger");
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("expected"); // "END" when fewer than count

    // cron
    QTest::newRow("cron-ny-spring-gap") << cronTrigger("0 30 2 * * ?", "America/New_York", "2024-03-08T12:00:00.500Z", nullptr) << QString("") << 4 << QStringList{"2024-03-09T07:30:00.000Z", "2024-03-11T06:30:00.000Z", "2024-03-12T06:30:00.000Z", "2024-03-13T06:30:00.000Z"};
    QTest::newRow("cron-ny-fall-overlap") << cronTrigger("0 30 1 * * ?", "America/New_York", "2024-11-02T00:00:00.000Z", nullptr) << QString("") << 3 << QStringList{"2024-11-02T05:30:00.000Z", "2024-11-03T06:30:00.000Z", "2024-11-04T06:30:00.000Z"};
    QTest::newRow("cron-sydney-last-day-end") << cronTrigger("0 0 12 L * ?", "Australia/Sydney", "2024-01-15T00:00:00.000Z", "2024-06-15T00:00:00.000Z") << QString("") << 8 << QStringList{"2024-01-31T01:00:00.000Z", "2024-02-29T01:00:00.000Z", "2024-03-31T01:00:00.000Z", "2024-04-30T02:00:00.000Z", "2024-05-31T02:00:00.000Z", "END"};
    QTest::newRow("cron-kolkata-calendar") << cronTrigger("0 15 10 ? * MON-FRI", "Asia/Kolkata", "2024-05-01T00:00:00.000Z", nullptr) << QString("weekdays:Asia/Kolkata:4") << 6 << QStringList{"2024-05-02T04:45:00.000Z", "2024-05-03T04:45:00.000Z", "2024-05-06T04:45:00.000Z", "2024-05-07T04:45:00.000Z", "2024-05-09T04:45:00.000Z", "2024-05-10T04:45:00.000Z"};
    QTest::newRow("cron-chatham-dst-start") << cronTrigger("0 0/30 * * * ?", "Pacific/Chatham", "2024-09-28T13:00:00.000Z", nullptr) << QString("") << 6 << QStringList{"2024-09-28T13:15:00.000Z", "2024-09-28T13:45:00.000Z", "2024-09-28T14:15:00.000Z", "2024-09-28T14:45:00.000Z", "2024-09-28T15:15:00.000Z", "2024-09-28T15:45:00.000Z"};
    QTest::newRow("cron-start-millis") << cronTrigger("* * * * * ?", "UTC", "2024-01-01T00:00:00.999Z", nullptr) << QString("") << 3 << QStringList{"2024-01-01T00:00:00.000Z", "2024-01-01T00:00:01.000Z", "2024-01-01T00:00:02.000Z"};
    QTest::newRow("cron-start-in-overlap") << cronTrigger("0 * * * * ?", "America/New_York", "2024-11-03T05:30:00.000Z", nullptr) << QString("") << 3 << QStringList{"2024-11-03T06:30:00.000Z", "2024-11-03T06:31:00.000Z", "2024-11-03T06:32:00.000Z"};
    QTest::newRow("cron-start-in-overlap-later") << cronTrigger("0 * * * * ?", "America/New_York", "2024-11-03T06:30:00.000Z", nullptr) << QString("") << 3 << QStringList{"2024-11-03T06:30:00.000Z", "2024-11-03T06:31:00.000Z", "2024-11-03T06:32:00.000Z"};
    QTest::newRow("cron-end-inclusive") << cronTrigger("0 0 * * * ?", "UTC", "2024-01-01T00:00:00.000Z", "2024-01-01T03:00:00.000Z") << QString("") << 6 << QStringList{"2024-01-01T00:00:00.000Z", "2024-01-01T01:00:00.000Z", "2024-01-01T02:00:00.000Z", "2024-01-01T03:00:00.000Z", "END"};
    QTest::newRow("cron-berlin-spring-gap") << cronTrigger("0 30 2 * * ?", "Europe/Berlin", "2024-03-30T00:00:00.000Z", nullptr) << QString("") << 3 << QStringList{"2024-03-30T01:30:00.000Z", "2024-04-01T00:30:00.000Z", "2024-04-02T00:30:00.000Z"};
    QTest::newRow("cron-shanghai-leap") << cronTrigger("0 0 0 29 2 ?", "Asia/Shanghai", "2023-01-01T00:00:00.000Z", nullptr) << QString("") << 2 << QStringList{"2024-02-28T16:00:00.000Z", "2028-02-28T16:00:00.000Z"};
    QTest::newRow("cron-hours-calendar") << cronTrigger("0 0 * * * ?", "Europe/Berlin", "2024-03-30T20:00:00.000Z", nullptr) << QString("hours:Europe/Berlin:0,1,2,3,4,5,6") << 5 << QStringList{"2024-03-30T20:00:00.000Z", "2024-03-30T21:00:00.000Z", "2024-03-30T22:00:00.000Z", "2024-03-31T05:00:00.000Z", "2024-03-31T06:00:00.000Z"};
    // simple
    QTest::newRow("simple-keeps-millis") << simpleTrigger("2024-01-01T00:00:00.123Z", nullptr, 5400000, 5) << QString("") << 8 << QStringList{"2024-01-01T00:00:00.123Z", "2024-01-01T01:30:00.123Z", "2024-01-01T03:00:00.123Z", "2024-01-01T04:30:00.123Z", "2024-01-01T06:00:00.123Z", "2024-01-01T07:30:00.123Z", "END"};
    QTest::newRow("simple-once") << simpleTrigger("2024-02-29T12:00:00.000Z", nullptr, 0, 0) << QString("") << 3 << QStringList{"2024-02-29T12:00:00.000Z", "END"};
    QTest::newRow("simple-forever-end") << simpleTrigger("2024-01-01T00:00:00.000Z", "2024-01-01T00:10:00.000Z", 180000, -1) << QString("") << 6 << QStringList{"2024-01-01T00:00:00.000Z", "2024-01-01T00:03:00.000Z", "2024-01-01T00:06:00.000Z", "2024-01-01T00:09:00.000Z", "END"};
    QTest::newRow("simple-end-exact") << simpleTrigger("2024-01-01T00:00:00.000Z", "2024-01-01T00:09:00.000Z", 180000, -1) << QString("") << 6 << QStringList{"2024-01-01T00:00:00.000Z", "2024-01-01T00:03:00.000Z", "2024-01-01T00:06:00.000Z", "END"};
    QTest::newRow("simple-range-calendar") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 3600000, 10) << QString("range:2024-01-01T02:00:00.000Z/2024-01-01T05:30:00.000Z") << 12 << QStringList{"2024-01-01T00:00:00.000Z", "2024-01-01T01:00:00.000Z", "2024-01-01T06:00:00.000Z", "2024-01-01T07:00:00.000Z", "2024-01-01T08:00:00.000Z", "2024-01-01T09:00:00.000Z", "2024-01-01T10:00:00.000Z", "END"};
    QTest::newRow("simple-daily-ms-across-dst") << simpleTrigger("2024-03-09T07:00:00.000Z", nullptr, 86400000, 3) << QString("") << 5 << QStringList{"2024-03-09T07:00:00.000Z", "2024-03-10T07:00:00.000Z", "2024-03-11T07:00:00.000Z", "2024-03-12T07:00:00.000Z", "END"};
    QTest::newRow("simple-all-excluded") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 60000, 3) << QString("all") << 3 << QStringList{"END"};
    // calendar interval
    QTest::newRow("calint-ny-spring-plain") << calTrigger("America/New_York", "2024-03-08T07:30:00.000Z", nullptr, 1, IntervalUnit::Day, false, false) << QString("") << 5 << QStringList{"2024-03-08T07:30:00.000Z", "2024-03-09T07:30:00.000Z", "2024-03-10T06:30:00.000Z", "2024-03-11T05:30:00.000Z", "2024-03-12T05:30:00.000Z"};
    QTest::newRow("calint-ny-spring-preserve") << calTrigger("America/New_York", "2024-03-08T07:30:00.000Z", nullptr, 1, IntervalUnit::Day, true, false) << QString("") << 5 << QStringList{"2024-03-08T07:30:00.000Z", "2024-03-09T07:30:00.000Z", "2024-03-10T07:30:00.000Z", "2024-03-11T06:30:00.000Z", "2024-03-12T06:30:00.000Z"};
    QTest::newRow("calint-ny-spring-preserve-skip") << calTrigger("America/New_York", "2024-03-08T07:30:00.000Z", nullptr, 1, IntervalUnit::Day, true, true) << QString("") << 5 << QStringList{"2024-03-08T07:30:00.000Z", "2024-03-09T07:30:00.000Z", "2024-03-11T06:30:00.000Z", "2024-03-12T06:30:00.000Z", "2024-03-13T06:30:00.000Z"};
    QTest::newRow("calint-ny-spring-skip-only") << calTrigger("America/New_York", "2024-03-08T07:30:00.000Z", nullptr, 1, IntervalUnit::Day, false, true) << QString("") << 5 << QStringList{"2024-03-08T07:30:00.000Z", "2024-03-09T07:30:00.000Z", "2024-03-10T06:30:00.000Z", "2024-03-11T05:30:00.000Z", "2024-03-12T05:30:00.000Z"};
    QTest::newRow("calint-ny-spring-2days-skip") << calTrigger("America/New_York", "2024-03-08T07:30:00.000Z", nullptr, 2, IntervalUnit::Day, true, true) << QString("") << 4 << QStringList{"2024-03-08T07:30:00.000Z", "2024-03-12T06:30:00.000Z", "2024-03-14T06:30:00.000Z", "2024-03-16T06:30:00.000Z"};
    QTest::newRow("calint-ny-fall-plain") << calTrigger("America/New_York", "2024-11-01T05:30:00.000Z", nullptr, 1, IntervalUnit::Day, false, false) << QString("") << 4 << QStringList{"2024-11-01T05:30:00.000Z", "2024-11-02T05:30:00.000Z", "2024-11-03T05:30:00.000Z", "2024-11-04T06:30:00.000Z"};
    QTest::newRow("calint-ny-fall-preserve") << calTrigger("America/New_York", "2024-11-01T05:30:00.000Z", nullptr, 1, IntervalUnit::Day, true, false) << QString("") << 4 << QStringList{"2024-11-01T05:30:00.000Z", "2024-11-02T05:30:00.000Z", "2024-11-03T05:30:00.000Z", "2024-11-04T06:30:00.000Z"};
    QTest::newRow("calint-month-end-leap") << calTrigger("UTC", "2024-01-31T10:00:00.000Z", nullptr, 1, IntervalUnit::Month, false, false) << QString("") << 6 << QStringList{"2024-01-31T10:00:00.000Z", "2024-02-29T10:00:00.000Z", "2024-03-29T10:00:00.000Z", "2024-04-29T10:00:00.000Z", "2024-05-29T10:00:00.000Z", "2024-06-29T10:00:00.000Z"};
    QTest::newRow("calint-month-end") << calTrigger("UTC", "2023-01-31T10:00:00.000Z", nullptr, 1, IntervalUnit::Month, false, false) << QString("") << 4 << QStringList{"2023-01-31T10:00:00.000Z", "2023-02-28T10:00:00.000Z", "2023-03-28T10:00:00.000Z", "2023-04-28T10:00:00.000Z"};
    QTest::newRow("calint-month-berlin") << calTrigger("Europe/Berlin", "2024-01-31T09:00:00.000Z", nullptr, 1, IntervalUnit::Month, false, false) << QString("") << 4 << QStringList{"2024-01-31T09:00:00.000Z", "2024-02-29T09:00:00.000Z", "2024-03-29T09:00:00.000Z", "2024-04-29T08:00:00.000Z"};
    QTest::newRow("calint-leap-year") << calTrigger("Asia/Shanghai", "2024-02-29T04:00:00.000Z", nullptr, 1, IntervalUnit::Year, false, false) << QString("") << 5 << QStringList{"2024-02-29T04:00:00.000Z", "2025-02-28T04:00:00.000Z", "2026-02-28T04:00:00.000Z", "2027-02-28T04:00:00.000Z", "2028-02-28T04:00:00.000Z"};
    QTest::newRow("calint-week-berlin") << calTrigger("Europe/Berlin", "2024-03-17T01:30:00.000Z", nullptr, 1, IntervalUnit::Week, false, false) << QString("") << 4 << QStringList{"2024-03-17T01:30:00.000Z", "2024-03-24T01:30:00.000Z", "2024-03-31T00:30:00.000Z", "2024-04-06T23:30:00.000Z"};
    QTest::newRow("calint-week-berlin-preserve") << calTrigger("Europe/Berlin", "2024-03-17T01:30:00.000Z", nullptr, 1, IntervalUnit::Week, true, false) << QString("") << 4 << QStringList{"2024-03-17T01:30:00.000Z", "2024-03-24T01:30:00.000Z", "2024-03-31T01:30:00.000Z", "2024-04-07T00:30:00.000Z"};
    QTest::newRow("calint-hour-sydney") << calTrigger("Australia/Sydney", "2024-04-06T14:00:00.000Z", nullptr, 1, IntervalUnit::Hour, false, false) << QString("") << 4 << QStringList{"2024-04-06T14:00:00.000Z", "2024-04-06T15:00:00.000Z", "2024-04-06T16:00:00.000Z", "2024-04-06T17:00:00.000Z"};
    QTest::newRow("calint-45min-end") << calTrigger("Asia/Kolkata", "2024-01-01T00:00:00.000Z", "2024-01-01T03:00:00.000Z", 45, IntervalUnit::Minute, false, false) << QString("") << 6 << QStringList{"2024-01-01T00:00:00.000Z", "2024-01-01T00:45:00.000Z", "2024-01-01T01:30:00.000Z", "2024-01-01T02:15:00.000Z", "END"};
    QTest::newRow("calint-chatham-plain") << calTrigger("Pacific/Chatham", "2024-09-26T14:05:00.000Z", nullptr, 1, IntervalUnit::Day, false, false) << QString("") << 4 << QStringList{"2024-09-26T14:05:00.000Z", "2024-09-27T14:05:00.000Z", "2024-09-28T13:05:00.000Z", "2024-09-29T12:05:00.000Z"};
    QTest::newRow("calint-chatham-preserve") << calTrigger("Pacific/Chatham", "2024-09-26T14:05:00.000Z", nullptr, 1, IntervalUnit::Day, true, false) << QString("") << 4 << QStringList{"2024-09-26T14:05:00.000Z", "2024-09-27T14:05:00.000Z", "2024-09-28T14:05:00.000Z", "2024-09-29T13:05:00.000Z"};
    QTest::newRow("calint-chatham-preserve-skip") << calTrigger("Pacific/Chatham", "2024-09-26T14:05:00.000Z", nullptr, 1, IntervalUnit::Day, true, true) << QString("") << 4 << QStringList{"2024-09-26T14:05:00.000Z", "2024-09-27T14:05:00.000Z", "2024-09-29T13:05:00.000Z", "2024-09-30T13:05:00.000Z"};
    QTest::newRow("calint-weekday-calendar") << calTrigger("Australia/Sydney", "2024-10-01T22:00:00.000Z", nullptr, 1, IntervalUnit::Day, false, false) << QString("weekdays:Australia/Sydney:1,7") << 6 << QStringList{"2024-10-01T22:00:00.000Z", "2024-10-02T22:00:00.000Z", "2024-10-03T22:00:00.000Z", "2024-10-06T21:00:00.000Z", "2024-10-07T21:00:00.000Z", "2024-10-08T21:00:00.000Z"};
    QTest::newRow("calint-seconds-kolkata") << calTrigger("Asia/Kolkata", "2024-01-01T00:00:00.250Z", nullptr, 40, IntervalUnit::Second, false, false) << QString("") << 3 << QStringList{"2024-01-01T00:00:00.250Z", "2024-01-01T00:00:40.250Z", "2024-01-01T00:01:20.250Z"};
    // daily time interval
    QTest::newRow("daily-72min") << dailyTrigger("UTC", "2024-01-01T00:00:00.000Z", nullptr, 72, IntervalUnit::Minute, -1, "1234567", "08:00:00", "11:00:00") << QString("") << 7 << QStringList{"2024-01-01T08:00:00.000Z", "2024-01-01T09:12:00.000Z", "2024-01-01T10:24:00.000Z", "2024-01-02T08:00:00.000Z", "2024-01-02T09:12:00.000Z", "2024-01-02T10:24:00.000Z", "2024-01-03T08:00:00.000Z"};
    QTest::newRow("daily-2h-weekdays-ny") << dailyTrigger("America/New_York", "2024-03-08T00:00:00.000Z", nullptr, 2, IntervalUnit::Hour, -1, "23456", "09:20:00", "16:47:00") << QString("") << 6 << QStringList{"2024-03-08T14:20:00.000Z", "2024-03-08T16:20:00.000Z", "2024-03-08T18:20:00.000Z", "2024-03-08T20:20:00.000Z", "2024-03-11T13:20:00.000Z", "2024-03-11T15:20:00.000Z"};
    QTest::newRow("daily-start-mid-window") << dailyTrigger("UTC", "2024-01-01T09:33:00.000Z", nullptr, 15, IntervalUnit::Minute, -1, "1234567", "09:00:00", "11:00:00") << QString("") << 4 << QStringList{"2024-01-01T09:45:00.000Z", "2024-01-01T10:00:00.000Z", "2024-01-01T10:15:00.000Z", "2024-01-01T10:30:00.000Z"};
    QTest::newRow("daily-repeat-count") << dailyTrigger("Asia/Shanghai", "2024-01-01T00:00:00.000Z", nullptr, 1, IntervalUnit::Hour, 4, "1234567", "22:00:00", "23:59:59") << QString("") << 8 << QStringList{"2024-01-01T14:00:00.000Z", "2024-01-01T15:00:00.000Z", "2024-01-02T14:00:00.000Z", "2024-01-02T15:00:00.000Z", "2024-01-03T14:00:00.000Z", "END"};
    QTest::newRow("daily-ny-spring") << dailyTrigger("America/New_York", "2024-03-10T00:00:00.000Z", nullptr, 30, IntervalUnit::Minute, -1, "1234567", "01:00:00", "04:00:00") << QString("") << 8 << QStringList{"2024-03-10T06:00:00.000Z", "2024-03-10T06:30:00.000Z", "2024-03-10T07:00:00.000Z", "2024-03-10T07:30:00.000Z", "2024-03-10T08:00:00.000Z", "2024-03-11T05:00:00.000Z", "2024-03-11T05:30:00.000Z", "2024-03-11T06:00:00.000Z"};
    QTest::newRow("daily-ny-fall") << dailyTrigger("America/New_York", "2024-11-03T00:00:00.000Z", nullptr, 30, IntervalUnit::Minute, -1, "1234567", "00:30:00", "03:00:00") << QString("") << 9 << QStringList{"2024-11-03T04:30:00.000Z", "2024-11-03T05:00:00.000Z", "2024-11-03T05:30:00.000Z", "2024-11-03T06:00:00.000Z", "2024-11-03T06:30:00.000Z", "2024-11-03T07:00:00.000Z", "2024-11-03T07:30:00.000Z", "2024-11-03T08:00:00.000Z", "2024-11-04T05:30:00.000Z"};
    QTest::newRow("daily-end-time") << dailyTrigger("Europe/Berlin", "2024-01-01T00:00:00.000Z", "2024-01-02T08:05:00.000Z", 10, IntervalUnit::Minute, -1, "1234567", "09:00:00", "09:30:00") << QString("") << 12 << QStringList{"2024-01-01T08:00:00.000Z", "2024-01-01T08:10:00.000Z", "2024-01-01T08:20:00.000Z", "2024-01-01T08:30:00.000Z", "2024-01-02T08:00:00.000Z", "2024-01-02T08:10:00.000Z", "END"};
    QTest::newRow("daily-chatham-hourly") << dailyTrigger("Pacific/Chatham", "2024-09-28T00:00:00.000Z", nullptr, 1, IntervalUnit::Hour, -1, "1234567", "00:00:00", "05:00:00") << QString("") << 8 << QStringList{"2024-09-28T11:15:00.000Z", "2024-09-28T12:15:00.000Z", "2024-09-28T13:15:00.000Z", "2024-09-28T14:15:00.000Z", "2024-09-28T15:15:00.000Z", "2024-09-29T10:15:00.000Z", "2024-09-29T11:15:00.000Z", "2024-09-29T12:15:00.000Z"};
    QTest::newRow("daily-start-equals-end") << dailyTrigger("Australia/Sydney", "2024-10-04T00:00:00.000Z", nullptr, 1, IntervalUnit::Minute, -1, "1234567", "02:30:00", "02:30:00") << QString("") << 4 << QStringList{"2024-10-04T16:30:00.000Z", "2024-10-05T16:30:00.000Z", "2024-10-07T15:30:00.000Z", "2024-10-08T15:30:00.000Z"};
    QTest::newRow("daily-seconds-sunday") << dailyTrigger("Asia/Kolkata", "2024-06-01T00:00:00.000Z", nullptr, 20, IntervalUnit::Second, -1, "1", "10:00:00", "10:01:00") << QString("") << 5 << QStringList{"2024-06-02T04:30:00.000Z", "2024-06-02T04:30:20.000Z", "2024-06-02T04:30:40.000Z", "2024-06-02T04:31:00.000Z", "2024-06-09T04:30:00.000Z"};
    QTest::newRow("daily-calendar") << dailyTrigger("UTC", "2024-01-05T00:00:00.000Z", nullptr, 1, IntervalUnit::Hour, -1, "1234567", "10:00:00", "12:00:00") << QString("weekdays:UTC:1,7") << 6 << QStringList{"2024-01-05T10:00:00.000Z", "2024-01-05T11:00:00.000Z", "2024-01-05T12:00:00.000Z", "2024-01-08T10:00:00.000Z", "2024-01-08T11:00:00.000Z", "2024-01-08T12:00:00.000Z"};
    QTest::newRow("daily-sydney-fall") << dailyTrigger("Australia/Sydney", "2024-04-06T00:00:00.000Z", nullptr, 1, IntervalUnit::Hour, -1, "1234567", "01:00:00", "04:00:00") << QString("") << 8 << QStringList{"2024-04-06T14:00:00.000Z", "2024-04-06T15:00:00.000Z", "2024-04-06T16:00:00.000Z", "2024-04-06T17:00:00.000Z", "2024-04-06T18:00:00.000Z", "2024-04-07T15:00:00.000Z", "2024-04-07T16:00:00.000Z", "2024-04-07T17:00:00.000Z"};
    QTest::newRow("daily-interval-over-window") << dailyTrigger("UTC", "2024-01-01T00:00:00.000Z", nullptr, 5, IntervalUnit::Hour, -1, "26", "08:00:00", "10:00:00") << QString("") << 4 << QStringList{"2024-01-01T08:00:00.000Z", "2024-01-05T08:00:00.000Z", "2024-01-08T08:00:00.000Z", "2024-01-12T08:00:00.000Z"};
    QTest::newRow("daily-end-of-day-default") << dailyTrigger("Asia/Shanghai", "2024-01-01T15:00:00.000Z", nullptr, 6, IntervalUnit::Hour, -1, "1234567", "00:00:00", "23:59:59") << QString("") << 6 << QStringList{"2024-01-01T16:00:00.000Z", "2024-01-01T22:00:00.000Z", "2024-01-02T04:00:00.000Z", "2024-01-02T10:00:00.000Z", "2024-01-02T16:00:00.000Z", "2024-01-02T22:00:00.000Z"};
}

void tst_FireTimes::computeFireTimes()
{
    QFETCH(Trigger, trigger);
    QFETCH(QString, calendar);
    QFETCH(int, count);
    QFETCH(QStringList, expected);

    const Result<Done> valid = FireTimes::validate(trigger);
    QVERIFY2(valid.ok(), qPrintable(valid.error()));
    const std::shared_ptr<Calendar> cal = calendarFromSpec(calendar);
    QCOMPARE(isoList(FireTimes::computeFireTimes(trigger, cal.get(), count), count), expected);
}

void tst_FireTimes::fireTimeAfter_data()
{
    QTest::addColumn<Trigger>("trigger");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");

    // Calendar-interval days and weeks first leap 80/90/95 % of the way from the start, then step;
    // the leap skips the spring-forward days on which stepping would shift the hour for good.
    QTest::newRow("calint-jump-plain") << calTrigger("America/New_York", "2015-01-01T07:30:00.000Z", nullptr, 1, IntervalUnit::Day, false, false) << QString("2024-03-09T12:00:00.000Z") << QString("2024-03-10T06:30:00.000Z");
    QTest::newRow("calint-jump-plain-444") << calTrigger("America/New_York", "2015-01-01T07:30:00.000Z", nullptr, 1, IntervalUnit::Day, false, false) << QString("2016-03-20T00:00:00.000Z") << QString("2016-03-20T05:30:00.000Z");
    QTest::newRow("calint-jump-95-lands-past-gap") << calTrigger("America/New_York", "2015-01-01T07:30:00.000Z", nullptr, 1, IntervalUnit::Day, false, false) << QString("2024-01-15T00:00:00.000Z") << QString("2024-01-15T07:30:00.000Z");
    QTest::newRow("calint-jump-35") << calTrigger("America/New_York", "2015-01-01T07:30:00.000Z", nullptr, 1, IntervalUnit::Day, false, false) << QString("2015-02-05T00:00:00.000Z") << QString("2015-02-05T07:30:00.000Z");
    QTest::newRow("calint-jump-baby-steps") << calTrigger("America/New_York", "2015-03-01T07:30:00.000Z", nullptr, 1, IntervalUnit::Day, false, false) << QString("2015-03-20T00:00:00.000Z") << QString("2015-03-20T05:30:00.000Z");
    QTest::newRow("calint-jump-preserve") << calTrigger("America/New_York", "2015-01-01T07:30:00.000Z", nullptr, 1, IntervalUnit::Day, true, false) << QString("2024-03-09T12:00:00.000Z") << QString("2024-03-10T07:30:00.000Z");
    QTest::newRow("calint-jump-week") << calTrigger("Europe/Berlin", "2010-03-21T01:30:00.000Z", nullptr, 1, IntervalUnit::Week, false, false) << QString("2024-04-01T00:00:00.000Z") << QString("2024-04-06T23:30:00.000Z");
    QTest::newRow("calint-jump-3day") << calTrigger("America/New_York", "2015-03-01T07:30:00.000Z", nullptr, 3, IntervalUnit::Day, false, false) << QString("2016-03-13T08:00:00.000Z") << QString("2016-03-16T05:30:00.000Z");
    QTest::newRow("calint-second-int-wrap") << calTrigger("UTC", "1970-01-01T00:00:00.000Z", nullptr, 1, IntervalUnit::Second, false, false) << QString("2040-01-01T00:00:00.500Z") << QString("1903-11-25T17:31:45.000Z");
    QTest::newRow("calint-minute-large") << calTrigger("UTC", "1970-01-01T00:00:00.000Z", nullptr, 7, IntervalUnit::Minute, false, false) << QString("2024-06-01T00:00:00.000Z") << QString("2024-06-01T00:04:00.000Z");
    QTest::newRow("calint-month-cumulative") << calTrigger("UTC", "2024-01-31T10:00:00.000Z", nullptr, 1, IntervalUnit::Month, false, false) << QString("2024-06-15T00:00:00.000Z") << QString("2024-06-29T10:00:00.000Z");
    QTest::newRow("calint-before-start") << calTrigger("UTC", "2024-01-31T10:00:00.000Z", nullptr, 1, IntervalUnit::Month, false, false) << QString("2020-01-01T00:00:00.000Z") << QString("2024-01-31T10:00:00.000Z");
    QTest::newRow("calint-at-end") << calTrigger("UTC", "2024-01-01T00:00:00.000Z", "2024-01-03T00:00:00.000Z", 1, IntervalUnit::Day, false, false) << QString("2024-01-02T00:00:00.000Z") << QString("none");
    QTest::newRow("simple-after-end") << simpleTrigger("2024-01-01T00:00:00.000Z", "2024-01-01T01:00:00.000Z", 60000, -1) << QString("2024-01-01T01:00:00.000Z") << QString("none");
    QTest::newRow("simple-before-start") << simpleTrigger("2024-01-01T00:00:00.007Z", nullptr, 60000, 2) << QString("2023-01-01T00:00:00.000Z") << QString("2024-01-01T00:00:00.007Z");
    QTest::newRow("simple-count-used-up") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 60000, 2) << QString("2024-01-01T00:02:00.000Z") << QString("none");
    QTest::newRow("simple-mid-interval") << simpleTrigger("2024-01-01T00:00:00.007Z", nullptr, 60000, 5) << QString("2024-01-01T00:02:30.000Z") << QString("2024-01-01T00:03:00.007Z");
    QTest::newRow("cron-after-end") << cronTrigger("0 0 * * * ?", "UTC", "2024-01-01T00:00:00.000Z", "2024-01-01T05:00:00.000Z") << QString("2024-01-01T05:00:00.000Z") << QString("none");
    QTest::newRow("cron-before-start") << cronTrigger("0 0 * * * ?", "UTC", "2024-01-01T00:00:00.000Z", nullptr) << QString("2023-06-01T00:00:00.000Z") << QString("2024-01-01T00:00:00.000Z");
    QTest::newRow("daily-after-end-of-window") << dailyTrigger("UTC", "2024-01-01T00:00:00.000Z", nullptr, 10, IntervalUnit::Minute, -1, "1234567", "09:00:00", "09:30:00") << QString("2024-01-01T09:30:00.000Z") << QString("2024-01-02T09:00:00.000Z");
    QTest::newRow("daily-after-past-end-time") << dailyTrigger("UTC", "2024-01-01T00:00:00.000Z", "2024-01-01T09:05:00.000Z", 10, IntervalUnit::Minute, -1, "1234567", "09:00:00", "10:00:00") << QString("2024-01-01T09:00:00.000Z") << QString("2024-01-01T09:10:00.000Z");
    QTest::newRow("daily-day-start-past-end-time") << dailyTrigger("UTC", "2024-01-01T00:00:00.000Z", "2024-01-01T08:30:00.000Z", 10, IntervalUnit::Minute, -1, "1234567", "09:00:00", "10:00:00") << QString("2024-01-01T07:00:00.000Z") << QString("2024-01-01T09:00:00.000Z");
    QTest::newRow("daily-friday-to-monday") << dailyTrigger("Europe/Berlin", "2024-01-01T00:00:00.000Z", nullptr, 10, IntervalUnit::Minute, -1, "23456", "09:00:00", "09:30:00") << QString("2024-01-05T08:30:00.000Z") << QString("2024-01-08T08:00:00.000Z");
    QTest::newRow("daily-mid-second") << dailyTrigger("UTC", "2024-01-01T00:00:00.000Z", nullptr, 7, IntervalUnit::Second, -1, "1234567", "09:00:00", "10:00:00") << QString("2024-01-01T09:00:13.999Z") << QString("2024-01-01T09:00:14.000Z");
}

void tst_FireTimes::fireTimeAfter()
{
    QFETCH(Trigger, trigger);
    QFETCH(QString, after);
    QFETCH(QString, expected);

    QCOMPARE(iso(FireTimes::fireTimeAfter(trigger, ms(after))), expected);
}

void tst_FireTimes::finalFireTime_data()
{
    QTest::addColumn<Trigger>("trigger");
    QTest::addColumn<QString>("expected");

    QTest::newRow("simple-once") << simpleTrigger("2024-01-01T00:00:00.500Z", "2025-01-01T00:00:00.000Z", 0, 0) << QString("2024-01-01T00:00:00.500Z");
    QTest::newRow("simple-count") << simpleTrigger("2024-01-01T00:00:00.500Z", nullptr, 90000, 5) << QString("2024-01-01T00:07:30.500Z");
    QTest::newRow("simple-forever") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 90000, -1) << QString("none");
    QTest::newRow("simple-forever-end") << simpleTrigger("2024-01-01T00:00:00.000Z", "2024-01-01T01:00:00.000Z", 420000, -1) << QString("2024-01-01T00:56:00.000Z");
    QTest::newRow("simple-count-cut-by-end") << simpleTrigger("2024-01-01T00:00:00.000Z", "2024-01-01T01:00:00.000Z", 420000, 100) << QString("2024-01-01T00:56:00.000Z");
    QTest::newRow("simple-end-on-fire") << simpleTrigger("2024-01-01T00:00:00.000Z", "2024-01-01T00:21:00.000Z", 420000, 100) << QString("2024-01-01T00:21:00.000Z");
    QTest::newRow("cron-end") << cronTrigger("0 0 * * * ?", "UTC", "2024-01-01T00:00:00.000Z", "2024-01-02T00:00:00.000Z") << QString("none");
    QTest::newRow("cron-no-end") << cronTrigger("0 0 0 1 1 ? 2030", "UTC", "2024-01-01T00:00:00.000Z", nullptr) << QString("none");
    QTest::newRow("calint-end-on-fire") << calTrigger("UTC", "2024-01-01T06:00:00.000Z", "2024-01-10T06:00:00.000Z", 1, IntervalUnit::Day, false, false) << QString("2024-01-10T06:00:00.000Z");
    QTest::newRow("calint-month-end") << calTrigger("UTC", "2024-01-31T10:00:00.000Z", "2024-07-01T00:00:00.000Z", 1, IntervalUnit::Month, false, false) << QString("2024-06-29T10:00:00.000Z");
    QTest::newRow("calint-ny-dst") << calTrigger("America/New_York", "2024-03-01T07:30:00.000Z", "2024-03-20T00:00:00.000Z", 1, IntervalUnit::Day, false, false) << QString("2024-03-19T05:30:00.000Z");
    QTest::newRow("calint-no-end") << calTrigger("America/New_York", "2024-03-01T07:30:00.000Z", nullptr, 1, IntervalUnit::Day, false, false) << QString("none");
    QTest::newRow("calint-before-start") << calTrigger("UTC", "2024-01-01T00:00:00.000Z", "2024-01-01T00:00:00.500Z", 1, IntervalUnit::Hour, false, false) << QString("2023-12-31T23:00:00.000Z");
    QTest::newRow("daily-end-before-day-end") << dailyTrigger("Europe/Berlin", "2024-01-01T00:00:00.000Z", "2024-01-05T08:10:00.000Z", 10, IntervalUnit::Minute, -1, "1234567", "09:00:00", "17:00:00") << QString("2024-01-05T16:00:00.000Z");
    QTest::newRow("daily-end-after-day-end") << dailyTrigger("Europe/Berlin", "2024-01-01T00:00:00.000Z", "2024-01-05T20:10:00.000Z", 10, IntervalUnit::Minute, -1, "1234567", "09:00:00", "17:00:00") << QString("2024-01-05T20:10:00.000Z");
    QTest::newRow("daily-no-end") << dailyTrigger("Europe/Berlin", "2024-01-01T00:00:00.000Z", nullptr, 10, IntervalUnit::Minute, -1, "1234567", "09:00:00", "17:00:00") << QString("none");
}

void tst_FireTimes::finalFireTime()
{
    QFETCH(Trigger, trigger);
    QFETCH(QString, expected);

    QCOMPARE(iso(FireTimes::finalFireTime(trigger)), expected);
}

void tst_FireTimes::updateWithNewCalendar_data()
{
    QTest::addColumn<Trigger>("trigger");
    QTest::addColumn<QString>("oldCalendar");
    QTest::addColumn<int>("fired");
    QTest::addColumn<QString>("newCalendar");
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("expected");

    QTest::newRow("cron-far-misfire") << cronTrigger("0 0 * * * ?", "America/New_York", "2024-01-01T00:00:00.000Z", nullptr) << QString("") << 2 << QString("hours:America/New_York:21,22,23") << qint64(60000) << QString("2024-01-01T05:00:00.000Z") << QString("2024-01-01T05:00:00.000Z");
    QTest::newRow("cron-near") << cronTrigger("0 0 * * * ?", "America/New_York", "2024-01-01T00:00:00.000Z", nullptr) << QString("") << 2 << QString("hours:America/New_York:21") << qint64(60000) << QString("2024-01-01T01:30:00.000Z") << QString("2024-01-01T03:00:00.000Z");
    QTest::newRow("cron-no-calendar") << cronTrigger("0 0 * * * ?", "America/New_York", "2024-01-01T00:00:00.000Z", nullptr) << QString("") << 2 << QString("") << qint64(60000) << QString("2024-01-01T05:00:00.000Z") << QString("2024-01-01T02:00:00.000Z");
    QTest::newRow("simple-never-fired") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, -1) << QString("") << 0 << QString("range:2024-01-01T00:00:00.000Z/2024-01-01T00:35:00.000Z") << qint64(60000) << QString("2024-01-01T00:12:00.000Z") << QString("2024-01-01T00:40:00.000Z");
    QTest::newRow("simple-threshold") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, -1) << QString("") << 3 << QString("range:2024-01-01T00:30:00.000Z/2024-01-01T00:35:00.000Z") << qint64(300000) << QString("2024-01-01T01:00:00.000Z") << QString("2024-01-01T00:50:00.000Z");
    QTest::newRow("calint-weekend") << calTrigger("Europe/Berlin", "2024-01-01T08:00:00.000Z", nullptr, 1, IntervalUnit::Day, false, false) << QString("") << 3 << QString("weekdays:Europe/Berlin:1,7,5") << qint64(60000) << QString("2024-01-10T00:00:00.000Z") << QString("2024-01-08T08:00:00.000Z");
    QTest::newRow("daily-hours") << dailyTrigger("Australia/Sydney", "2024-01-01T00:00:00.000Z", nullptr, 1, IntervalUnit::Hour, -1, "1234567", "08:00:00", "12:00:00") << QString("") << 2 << QString("hours:Australia/Sydney:10,11,12") << qint64(1000) << QString("2024-01-01T00:30:00.000Z") << QString("2024-01-01T21:00:00.000Z");
}

void tst_FireTimes::updateWithNewCalendar()
{
    QFETCH(Trigger, trigger);
    QFETCH(QString, oldCalendar);
    QFETCH(int, fired);
    QFETCH(QString, newCalendar);
    QFETCH(qint64, threshold);
    QFETCH(QString, now);
    QFETCH(QString, expected);

    const std::shared_ptr<Calendar> before = calendarFromSpec(oldCalendar);
    const std::shared_ptr<Calendar> after = calendarFromSpec(newCalendar);
    (void)FireTimes::computeFirstFireTime(trigger, before.get());
    for (int i = 0; i < fired; ++i)
        FireTimes::triggered(trigger, before.get());
    FireTimes::updateWithNewCalendar(trigger, after.get(), threshold, ms(now));
    QCOMPARE(iso(trigger.nextFireTime()), expected);
}

void tst_FireTimes::validate_data()
{
    QTest::addColumn<Trigger>("trigger");
    QTest::addColumn<QString>("error"); // a part of the message; empty when valid

    const Trigger cron = cronTrigger("0 0 * * * ?", "UTC", "2024-01-01T00:00:00.000Z", nullptr);
    const Trigger simple = simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 1000, 5);
    const Trigger cal = calTrigger("UTC", "2024-01-01T00:00:00.000Z", nullptr, 1, IntervalUnit::Day, false, false);
    const Trigger daily = dailyTrigger("UTC", "2024-01-01T00:00:00.000Z", nullptr, 1, IntervalUnit::Hour, -1, "1234567", "08:00:00", "18:00:00");
    auto with = [](Trigger t, const std::function<void(Trigger &)> &change) {
        change(t);
        return t;
    };
    auto simpleWith = [&](qint64 interval, int count) { return simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, interval, count); };
    auto dailyWith = [&](const std::function<void(DailyTimeIntervalSchedule &)> &change) {
        Trigger t = daily;
        change(*t.scheduleAs<DailyTimeIntervalSchedule>());
        return t;
    };

    QTest::newRow("cron") << cron << QString();
    QTest::newRow("simple") << simple << QString();
    QTest::newRow("calendar-interval") << cal << QString();
    QTest::newRow("daily") << daily << QString();
    QTest::newRow("no-name") << with(cron, [](Trigger &t) { t.setKey(TriggerKey()); }) << "no name";
    QTest::newRow("no-job") << with(cron, [](Trigger &t) { t.setJobKey(JobKey()); }) << "names no job";
    QTest::newRow("unknown-zone") << with(cron, [](Trigger &t) { t.setTimeZoneId("Mars/Olympus_Mons"); }) << "Unknown time zone";
    QTest::newRow("end-before-start") << with(simple, [](Trigger &t) { t.setEndTime(t.startTime() - 1); }) << "end time is before the start time";
    QTest::newRow("end-equals-start") << with(simple, [](Trigger &t) { t.setEndTime(t.startTime()); }) << QString();
    // Quartz rounds a cron trigger's start down to the second before it compares.
    QTest::newRow("cron-end-in-rounded-second")
        << cronTrigger("0 0 * * * ?", "UTC", "2024-01-01T00:00:00.700Z", "2024-01-01T00:00:00.300Z") << QString();
    QTest::newRow("simple-misfire-6") << with(simple, [](Trigger &t) { t.setMisfireInstruction(6); }) << "misfire instruction 6";
    QTest::newRow("cron-misfire-3") << with(cron, [](Trigger &t) { t.setMisfireInstruction(3); }) << "misfire instruction 3";
    QTest::newRow("simple-misfire-5") << with(simple, [](Trigger &t) { t.setMisfireInstruction(5); }) << QString();
    QTest::newRow("cron-no-expression") << with(cron, [](Trigger &t) { t.setSchedule(CronSchedule{}); }) << "cron expression is not set";
    QTest::newRow("simple-count-below-forever") << simpleWith(1000, -2) << "repeat count must be 0 or more";
    QTest::newRow("simple-negative-interval") << simpleWith(-5, 0) << "must not be negative";
    QTest::newRow("simple-zero-interval-repeats") << simpleWith(0, 3) << "at least 1 ms";
    QTest::newRow("simple-zero-interval-forever") << simpleWith(0, -1) << "at least 1 ms";
    QTest::newRow("simple-zero-interval-once") << simpleWith(0, 0) << QString();
    QTest::newRow("calendar-interval-zero") << calTrigger("UTC", "2024-01-01T00:00:00.000Z", nullptr, 0, IntervalUnit::Day, false, false)
                                            << "repeat interval must be at least 1";
    QTest::newRow("calendar-interval-millis") << calTrigger("UTC", "2024-01-01T00:00:00.000Z", nullptr, 5, IntervalUnit::Millisecond, false, false)
                                              << "SECOND, MINUTE, HOUR, DAY";
    QTest::newRow("daily-day-unit") << dailyWith([](auto &s) { s.unit = IntervalUnit::Day; }) << "must be SECOND, MINUTE or HOUR";
    QTest::newRow("daily-zero") << dailyWith([](auto &s) { s.repeatInterval = 0; }) << "repeat interval must be at least 1";
    QTest::newRow("daily-86400-seconds") << dailyWith([](auto &s) { s.unit = IntervalUnit::Second; s.repeatInterval = 86400; }) << QString();
    QTest::newRow("daily-86401-seconds") << dailyWith([](auto &s) { s.unit = IntervalUnit::Second; s.repeatInterval = 86401; }) << "must not exceed 24 hours";
    QTest::newRow("daily-1441-minutes") << dailyWith([](auto &s) { s.unit = IntervalUnit::Minute; s.repeatInterval = 1441; }) << "must not exceed 24 hours";
    QTest::newRow("daily-25-hours") << dailyWith([](auto &s) { s.repeatInterval = 25; }) << "must not exceed 24 hours";
    QTest::newRow("daily-no-days") << dailyWith([](auto &s) { s.daysOfWeek = 0; }) << "at least one day";
    QTest::newRow("daily-count") << dailyWith([](auto &s) { s.repeatCount = -3; }) << "repeat count must be 0 or more";
    QTest::newRow("daily-end-of-day-before-start")
        << dailyWith([](auto &s) { s.startTimeOfDay = {10, 0, 0}; s.endTimeOfDay = {9, 59, 59}; }) << "comes after the end time of day";
    QTest::newRow("daily-start-equals-end") << dailyWith([](auto &s) { s.startTimeOfDay = s.endTimeOfDay = {10, 0, 0}; }) << QString();
}

void tst_FireTimes::validate()
{
    QFETCH(Trigger, trigger);
    QFETCH(QString, error);

    // Whatever validate() says, computing must end without crashing (Quartz would throw for some).
    (void)FireTimes::computeFireTimes(trigger, nullptr, 3);
    (void)FireTimes::finalFireTime(trigger);

    const Result<Done> result = FireTimes::validate(trigger);
    if (error.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.error()));
    } else {
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(error), qPrintable(result.error()));
    }
}

void tst_FireTimes::triggeredBookkeeping()
{
    // Quartz's CronTriggerImpl keeps no count of its fires; the other kinds count each one.
    Trigger cron = cronTrigger("0 0 * * * ?", "UTC", "2024-01-01T00:30:00.000Z", nullptr);
    QCOMPARE(iso(FireTimes::computeFirstFireTime(cron, nullptr)), QStringLiteral("2024-01-01T01:00:00.000Z"));
    FireTimes::triggered(cron, nullptr);
    QCOMPARE(cron.timesTriggered(), 0);
    QCOMPARE(iso(cron.previousFireTime()), QStringLiteral("2024-01-01T01:00:00.000Z"));
    QCOMPARE(iso(cron.nextFireTime()), QStringLiteral("2024-01-01T02:00:00.000Z"));
    QVERIFY(FireTimes::mayFireAgain(cron));

    Trigger simple = simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 1000, 1);
    (void)FireTimes::computeFirstFireTime(simple, nullptr);
    FireTimes::triggered(simple, nullptr);
    FireTimes::triggered(simple, nullptr);
    QCOMPARE(simple.timesTriggered(), 2);
    QCOMPARE(iso(simple.previousFireTime()), QStringLiteral("2024-01-01T00:00:01.000Z"));
    QVERIFY(!FireTimes::mayFireAgain(simple));
    QVERIFY(!simple.isComplete()); // only daily-time-interval triggers are marked complete, as in Quartz

    // A daily-time-interval trigger with no fire left is complete: it computes nothing any more,
    // not even a final fire time.
    Trigger daily = dailyTrigger("UTC", "2024-01-01T00:00:00.000Z", "2024-01-03T00:00:00.000Z", 1, IntervalUnit::Hour, 1,
                                 "1234567", "08:00:00", "18:00:00");
    (void)FireTimes::computeFirstFireTime(daily, nullptr);
    FireTimes::triggered(daily, nullptr);
    QVERIFY(!daily.isComplete());
    QCOMPARE(iso(FireTimes::finalFireTime(daily)), QStringLiteral("2024-01-03T18:00:00.000Z"));
    FireTimes::triggered(daily, nullptr);
    QVERIFY(daily.isComplete());
    QVERIFY(!FireTimes::mayFireAgain(daily));
    daily.setTimesTriggered(0);
    QCOMPARE(FireTimes::fireTimeAfter(daily, ms("2024-01-01T00:00:00.000Z")), std::nullopt);
    QCOMPARE(FireTimes::finalFireTime(daily), std::nullopt);

    // Without a next fire time there is nothing to fire from.
    Trigger idle = simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 1000, -1);
    FireTimes::triggered(idle, nullptr);
    QCOMPARE(idle.nextFireTime(), std::nullopt);
}

void tst_FireTimes::cronStartRoundedToSecond()
{
    // Quartz's CronTriggerImpl.setStartTime() clears the milliseconds through java.util.Calendar in
    // the (default) zone, which also re-reads an ambiguous wall time as standard time.
    QCOMPARE(iso(FireTimes::effectiveStartTime(cronTrigger("* * * * * ?", "UTC", "2024-01-01T00:00:00.999Z", nullptr))),
             QStringLiteral("2024-01-01T00:00:00.000Z"));
    QCOMPARE(iso(FireTimes::effectiveStartTime(cronTrigger("* * * * * ?", "America/New_York", "2024-11-03T05:30:00.250Z", nullptr))),
             QStringLiteral("2024-11-03T06:30:00.000Z"));
    QCOMPARE(iso(FireTimes::effectiveStartTime(cronTrigger("* * * * * ?", "America/New_York", "2024-11-03T06:30:00.250Z", nullptr))),
             QStringLiteral("2024-11-03T06:30:00.000Z"));
    QCOMPARE(iso(FireTimes::effectiveStartTime(simpleTrigger("2024-01-01T00:00:00.999Z", nullptr, 0, 0))),
             QStringLiteral("2024-01-01T00:00:00.999Z"));
}

void tst_FireTimes::yearLimit()
{
    // Quartz gives up past "the current year + 100"; computeFirstFireTime() then returns null but
    // keeps the first candidate past the limit as the next fire time (checked with Quartz 2.3.2).
    const auto all = calendarFromSpec(QStringLiteral("all"));
    const int firstYearPast = CronExpression::maxYear() + 1;

    Trigger simple = simpleTrigger("2024-03-08T07:30:00.000Z", nullptr, Civil::MsPerDay, -1);
    QCOMPARE(FireTimes::computeFirstFireTime(simple, all.get()), std::nullopt);
    QCOMPARE(iso(simple.nextFireTime()), QStringLiteral("%1-01-01T07:30:00.000Z").arg(firstYearPast));

    Trigger daily = dailyTrigger("UTC", "2024-03-08T07:30:00.000Z", nullptr, 6, IntervalUnit::Hour, -1, "1234567", "00:00:00", "23:59:59");
    QCOMPARE(FireTimes::computeFirstFireTime(daily, all.get()), std::nullopt);
    QCOMPARE(iso(daily.nextFireTime()), QStringLiteral("%1-01-01T00:00:00.000Z").arg(firstYearPast));
    daily.setNextFireTime(ms("2024-03-08T12:00:00.000Z"));
    FireTimes::triggered(daily, all.get());
    QCOMPARE(daily.nextFireTime(), std::nullopt);
    QVERIFY(daily.isComplete());

    // Quartz never returns here: a calendar-interval trigger of days stops short of the limit and
    // asks again with the same time forever. Qronos ends the search instead.
    Trigger cal = calTrigger("UTC", "2024-03-08T07:30:00.000Z", nullptr, 1, IntervalUnit::Month, false, false);
    QCOMPARE(FireTimes::computeFirstFireTime(cal, all.get()), std::nullopt);
    QCOMPARE(cal.nextFireTime(), std::nullopt);
}

void tst_FireTimes::computeFireTimesKeepsExistingNextFireTime()
{
    // Like TriggerUtils.computeFireTimes(), a trigger that already has a next fire time goes on
    // from there; the trigger passed in is not changed.
    Trigger t = simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 60000, 10);
    t.setNextFireTime(ms("2024-01-01T00:05:00.000Z"));
    t.setTimesTriggered(5);
    const Trigger before = t;
    QCOMPARE(isoList(FireTimes::computeFireTimes(t, nullptr, 8), 8),
             (QStringList{"2024-01-01T00:05:00.000Z", "2024-01-01T00:06:00.000Z", "2024-01-01T00:07:00.000Z",
                          "2024-01-01T00:08:00.000Z", "2024-01-01T00:09:00.000Z", "2024-01-01T00:10:00.000Z", "END"}));
    QVERIFY(t == before);
}

QTEST_GUILESS_MAIN(tst_FireTimes)
#include "tst_firetimes.moc"
