// Misfire handling. The updateAfterMisfire rows were produced by the real Quartz 2.3.2 with its
// clock (new Date()) pinned to the row's "now": the trigger is scheduled (computeFirstFireTime),
// fired `fired` times, then misfires at "now"; the row holds the next fire time, start time,
// repeat count and times-triggered afterwards (-99: the kind has no such field) and the next
// four fire times from that state (TriggerUtils.computeFireTimes, "END" when fewer).

#include "schedule/firetimes.h"
#include "schedule/misfire.h"
#include "testtriggers.h"

#include <QTest>

using namespace Qronos;
using namespace Qronos::TestTriggers;

class tst_Misfire : public QObject
{
    Q_OBJECT

private slots:
    void updateAfterMisfire_data();
    void updateAfterMisfire();
    void existingCountPastRepeatCount_data();
    void existingCountPastRepeatCount();
    void isMisfired_data();
    void isMisfired();
    void effectiveInstruction_data();
    void effectiveInstruction();
    void explanations();
};

void tst_Misfire::updateAfterMisfire_data()
{
    QTest::addColumn<Trigger>("trigger");
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<int>("fired");
    QTest::addColumn<int>("instruction");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("nextFireTime");
    QTest::addColumn<QString>("startTime");
    QTest::addColumn<int>("repeatCount");
    QTest::addColumn<int>("timesTriggered");
    QTest::addColumn<QStringList>("fireTimes");

    QTest::newRow("cron--1") << cronTrigger("0 0 * * * ?", "America/New_York", "2024-03-10T05:00:00.000Z", nullptr) << QString("") << 2 << Misfire::IgnoreMisfirePolicy << QString("2024-03-10T12:34:56.789Z") // next before: 2024-03-10T07:00:00.000Z
        << QString("2024-03-10T07:00:00.000Z") << QString("2024-03-10T05:00:00.000Z") << -99 << -99 << QStringList{"2024-03-10T07:00:00.000Z", "2024-03-10T08:00:00.000Z", "2024-03-10T09:00:00.000Z", "2024-03-10T10:00:00.000Z"};
    QTest::newRow("cron-0") << cronTrigger("0 0 * * * ?", "America/New_York", "2024-03-10T05:00:00.000Z", nullptr) << QString("") << 2 << Misfire::SmartPolicy << QString("2024-03-10T12:34:56.789Z") // next before: 2024-03-10T07:00:00.000Z
        << QString("2024-03-10T12:34:56.789Z") << QString("2024-03-10T05:00:00.000Z") << -99 << -99 << QStringList{"2024-03-10T12:34:56.789Z", "2024-03-10T13:00:00.000Z", "2024-03-10T14:00:00.000Z", "2024-03-10T15:00:00.000Z"};
    QTest::newRow("cron-1") << cronTrigger("0 0 * * * ?", "America/New_York", "2024-03-10T05:00:00.000Z", nullptr) << QString("") << 2 << Misfire::FireOnceNow << QString("2024-03-10T12:34:56.789Z") // next before: 2024-03-10T07:00:00.000Z
        << QString("2024-03-10T12:34:56.789Z") << QString("2024-03-10T05:00:00.000Z") << -99 << -99 << QStringList{"2024-03-10T12:34:56.789Z", "2024-03-10T13:00:00.000Z", "2024-03-10T14:00:00.000Z", "2024-03-10T15:00:00.000Z"};
    QTest::newRow("cron-2") << cronTrigger("0 0 * * * ?", "America/New_York", "2024-03-10T05:00:00.000Z", nullptr) << QString("") << 2 << Misfire::DoNothing << QString("2024-03-10T12:34:56.789Z") // next before: 2024-03-10T07:00:00.000Z
        << QString("2024-03-10T13:00:00.000Z") << QString("2024-03-10T05:00:00.000Z") << -99 << -99 << QStringList{"2024-03-10T13:00:00.000Z", "2024-03-10T14:00:00.000Z", "2024-03-10T15:00:00.000Z", "2024-03-10T16:00:00.000Z"};
    QTest::newRow("cron-do-nothing-calendar") << cronTrigger("0 0 * * * ?", "America/New_York", "2024-03-10T05:00:00.000Z", nullptr) << QString("hours:America/New_York:9,10") << 2 << Misfire::DoNothing << QString("2024-03-10T12:34:56.789Z") // next before: 2024-03-10T07:00:00.000Z
        << QString("2024-03-10T15:00:00.000Z") << QString("2024-03-10T05:00:00.000Z") << -99 << -99 << QStringList{"2024-03-10T15:00:00.000Z", "2024-03-10T16:00:00.000Z", "2024-03-10T17:00:00.000Z", "2024-03-10T18:00:00.000Z"};
    QTest::newRow("calint--1") << calTrigger("Europe/Berlin", "2024-03-29T01:30:00.000Z", nullptr, 1, IntervalUnit::Day, true, false) << QString("") << 1 << Misfire::IgnoreMisfirePolicy << QString("2024-04-03T10:00:00.000Z") // next before: 2024-03-30T01:30:00.000Z
        << QString("2024-03-30T01:30:00.000Z") << QString("2024-03-29T01:30:00.000Z") << -99 << 1 << QStringList{"2024-03-30T01:30:00.000Z", "2024-03-31T01:30:00.000Z", "2024-04-01T00:30:00.000Z", "2024-04-02T00:30:00.000Z"};
    QTest::newRow("calint-0") << calTrigger("Europe/Berlin", "2024-03-29T01:30:00.000Z", nullptr, 1, IntervalUnit::Day, true, false) << QString("") << 1 << Misfire::SmartPolicy << QString("2024-04-03T10:00:00.000Z") // next before: 2024-03-30T01:30:00.000Z
        << QString("2024-04-03T10:00:00.000Z") << QString("2024-03-29T01:30:00.000Z") << -99 << 1 << QStringList{"2024-04-03T10:00:00.000Z", "2024-04-04T00:30:00.000Z", "2024-04-05T00:30:00.000Z", "2024-04-06T00:30:00.000Z"};
    QTest::newRow("calint-1") << calTrigger("Europe/Berlin", "2024-03-29T01:30:00.000Z", nullptr, 1, IntervalUnit::Day, true, false) << QString("") << 1 << Misfire::FireOnceNow << QString("2024-04-03T10:00:00.000Z") // next before: 2024-03-30T01:30:00.000Z
        << QString("2024-04-03T10:00:00.000Z") << QString("2024-03-29T01:30:00.000Z") << -99 << 1 << QStringList{"2024-04-03T10:00:00.000Z", "2024-04-04T00:30:00.000Z", "2024-04-05T00:30:00.000Z", "2024-04-06T00:30:00.000Z"};
    QTest::newRow("calint-2") << calTrigger("Europe/Berlin", "2024-03-29T01:30:00.000Z", nullptr, 1, IntervalUnit::Day, true, false) << QString("") << 1 << Misfire::DoNothing << QString("2024-04-03T10:00:00.000Z") // next before: 2024-03-30T01:30:00.000Z
        << QString("2024-04-04T00:30:00.000Z") << QString("2024-03-29T01:30:00.000Z") << -99 << 1 << QStringList{"2024-04-04T00:30:00.000Z", "2024-04-05T00:30:00.000Z", "2024-04-06T00:30:00.000Z", "2024-04-07T00:30:00.000Z"};
    QTest::newRow("calint-do-nothing-calendar") << calTrigger("Europe/Berlin", "2024-03-29T01:30:00.000Z", nullptr, 1, IntervalUnit::Day, true, false) << QString("weekdays:Europe/Berlin:5,6") << 1 << Misfire::DoNothing << QString("2024-04-03T10:00:00.000Z") // next before: 2024-03-31T01:30:00.000Z
        << QString("2024-04-06T00:30:00.000Z") << QString("2024-03-29T01:30:00.000Z") << -99 << 1 << QStringList{"2024-04-06T00:30:00.000Z", "2024-04-07T00:30:00.000Z", "2024-04-08T00:30:00.000Z", "2024-04-09T00:30:00.000Z"};
    QTest::newRow("daily--1") << dailyTrigger("Australia/Sydney", "2024-10-01T00:00:00.000Z", nullptr, 2, IntervalUnit::Hour, 10, "1234567", "08:00:00", "18:00:00") << QString("") << 3 << Misfire::IgnoreMisfirePolicy << QString("2024-10-03T03:17:00.000Z") // next before: 2024-10-01T06:00:00.000Z
        << QString("2024-10-01T06:00:00.000Z") << QString("2024-10-01T00:00:00.000Z") << -99 << 3 << QStringList{"2024-10-01T06:00:00.000Z", "2024-10-01T08:00:00.000Z", "2024-10-01T22:00:00.000Z", "2024-10-02T00:00:00.000Z"};
    QTest::newRow("daily-0") << dailyTrigger("Australia/Sydney", "2024-10-01T00:00:00.000Z", nullptr, 2, IntervalUnit::Hour, 10, "1234567", "08:00:00", "18:00:00") << QString("") << 3 << Misfire::SmartPolicy << QString("2024-10-03T03:17:00.000Z") // next before: 2024-10-01T06:00:00.000Z
        << QString("2024-10-03T03:17:00.000Z") << QString("2024-10-01T00:00:00.000Z") << -99 << 3 << QStringList{"2024-10-03T03:17:00.000Z", "2024-10-03T04:00:00.000Z", "2024-10-03T06:00:00.000Z", "2024-10-03T08:00:00.000Z"};
    QTest::newRow("daily-1") << dailyTrigger("Australia/Sydney", "2024-10-01T00:00:00.000Z", nullptr, 2, IntervalUnit::Hour, 10, "1234567", "08:00:00", "18:00:00") << QString("") << 3 << Misfire::FireOnceNow << QString("2024-10-03T03:17:00.000Z") // next before: 2024-10-01T06:00:00.000Z
        << QString("2024-10-03T03:17:00.000Z") << QString("2024-10-01T00:00:00.000Z") << -99 << 3 << QStringList{"2024-10-03T03:17:00.000Z", "2024-10-03T04:00:00.000Z", "2024-10-03T06:00:00.000Z", "2024-10-03T08:00:00.000Z"};
    QTest::newRow("daily-2") << dailyTrigger("Australia/Sydney", "2024-10-01T00:00:00.000Z", nullptr, 2, IntervalUnit::Hour, 10, "1234567", "08:00:00", "18:00:00") << QString("") << 3 << Misfire::DoNothing << QString("2024-10-03T03:17:00.000Z") // next before: 2024-10-01T06:00:00.000Z
        << QString("2024-10-03T04:00:00.000Z") << QString("2024-10-01T00:00:00.000Z") << -99 << 3 << QStringList{"2024-10-03T04:00:00.000Z", "2024-10-03T06:00:00.000Z", "2024-10-03T08:00:00.000Z", "2024-10-03T22:00:00.000Z"};
    QTest::newRow("simple-count--1") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, 10) << QString("") << 2 << Misfire::IgnoreMisfirePolicy << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T00:20:00.000Z") << QString("2024-01-01T00:00:00.000Z") << 10 << 2 << QStringList{"2024-01-01T00:20:00.000Z", "2024-01-01T00:30:00.000Z", "2024-01-01T00:40:00.000Z", "2024-01-01T00:50:00.000Z"};
    QTest::newRow("simple-count-0") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, 10) << QString("") << 2 << Misfire::SmartPolicy << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:05:30.000Z") << QString("2024-01-01T01:05:30.000Z") << 8 << 0 << QStringList{"2024-01-01T01:05:30.000Z", "2024-01-01T01:15:30.000Z", "2024-01-01T01:25:30.000Z", "2024-01-01T01:35:30.000Z"};
    QTest::newRow("simple-count-1") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, 10) << QString("") << 2 << Misfire::FireNow << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:05:30.000Z") << QString("2024-01-01T01:05:30.000Z") << 4 << 0 << QStringList{"2024-01-01T01:05:30.000Z", "2024-01-01T01:15:30.000Z", "2024-01-01T01:25:30.000Z", "2024-01-01T01:35:30.000Z"};
    QTest::newRow("simple-count-2") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, 10) << QString("") << 2 << Misfire::RescheduleNowWithExistingRepeatCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:05:30.000Z") << QString("2024-01-01T01:05:30.000Z") << 8 << 0 << QStringList{"2024-01-01T01:05:30.000Z", "2024-01-01T01:15:30.000Z", "2024-01-01T01:25:30.000Z", "2024-01-01T01:35:30.000Z"};
    QTest::newRow("simple-count-3") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, 10) << QString("") << 2 << Misfire::RescheduleNowWithRemainingRepeatCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:05:30.000Z") << QString("2024-01-01T01:05:30.000Z") << 4 << 0 << QStringList{"2024-01-01T01:05:30.000Z", "2024-01-01T01:15:30.000Z", "2024-01-01T01:25:30.000Z", "2024-01-01T01:35:30.000Z"};
    QTest::newRow("simple-count-4") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, 10) << QString("") << 2 << Misfire::RescheduleNextWithRemainingCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:10:00.000Z") << QString("2024-01-01T00:00:00.000Z") << 10 << 7 << QStringList{"2024-01-01T01:10:00.000Z", "2024-01-01T01:20:00.000Z", "2024-01-01T01:30:00.000Z", "2024-01-01T01:40:00.000Z"};
    QTest::newRow("simple-count-5") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, 10) << QString("") << 2 << Misfire::RescheduleNextWithExistingCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:10:00.000Z") << QString("2024-01-01T00:00:00.000Z") << 10 << 2 << QStringList{"2024-01-01T01:10:00.000Z", "2024-01-01T01:20:00.000Z", "2024-01-01T01:30:00.000Z", "2024-01-01T01:40:00.000Z"};
    QTest::newRow("simple-once--1") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 0, 0) << QString("") << 0 << Misfire::IgnoreMisfirePolicy << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:00:00.000Z
        << QString("2024-01-01T00:00:00.000Z") << QString("2024-01-01T00:00:00.000Z") << 0 << 0 << QStringList{"2024-01-01T00:00:00.000Z", "END"};
    QTest::newRow("simple-once-0") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 0, 0) << QString("") << 0 << Misfire::SmartPolicy << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:00:00.000Z
        << QString("2024-01-01T01:05:30.000Z") << QString("2024-01-01T00:00:00.000Z") << 0 << 0 << QStringList{"2024-01-01T01:05:30.000Z", "END"};
    QTest::newRow("simple-once-1") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 0, 0) << QString("") << 0 << Misfire::FireNow << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:00:00.000Z
        << QString("2024-01-01T01:05:30.000Z") << QString("2024-01-01T00:00:00.000Z") << 0 << 0 << QStringList{"2024-01-01T01:05:30.000Z", "END"};
    QTest::newRow("simple-once-2") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 0, 0) << QString("") << 0 << Misfire::RescheduleNowWithExistingRepeatCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:00:00.000Z
        << QString("2024-01-01T01:05:30.000Z") << QString("2024-01-01T01:05:30.000Z") << 0 << 0 << QStringList{"2024-01-01T01:05:30.000Z", "END"};
    QTest::newRow("simple-once-3") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 0, 0) << QString("") << 0 << Misfire::RescheduleNowWithRemainingRepeatCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:00:00.000Z
        << QString("2024-01-01T01:05:30.000Z") << QString("2024-01-01T01:05:30.000Z") << 0 << 0 << QStringList{"2024-01-01T01:05:30.000Z", "END"};
    QTest::newRow("simple-once-4") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 0, 0) << QString("") << 0 << Misfire::RescheduleNextWithRemainingCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:00:00.000Z
        << QString("none") << QString("2024-01-01T00:00:00.000Z") << 0 << 0 << QStringList{"2024-01-01T00:00:00.000Z", "END"};
    QTest::newRow("simple-once-5") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 0, 0) << QString("") << 0 << Misfire::RescheduleNextWithExistingCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:00:00.000Z
        << QString("none") << QString("2024-01-01T00:00:00.000Z") << 0 << 0 << QStringList{"2024-01-01T00:00:00.000Z", "END"};
    QTest::newRow("simple-endless--1") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, -1) << QString("") << 2 << Misfire::IgnoreMisfirePolicy << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T00:20:00.000Z") << QString("2024-01-01T00:00:00.000Z") << -1 << 2 << QStringList{"2024-01-01T00:20:00.000Z", "2024-01-01T00:30:00.000Z", "2024-01-01T00:40:00.000Z", "2024-01-01T00:50:00.000Z"};
    QTest::newRow("simple-endless-0") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, -1) << QString("") << 2 << Misfire::SmartPolicy << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:10:00.000Z") << QString("2024-01-01T00:00:00.000Z") << -1 << 7 << QStringList{"2024-01-01T01:10:00.000Z", "2024-01-01T01:20:00.000Z", "2024-01-01T01:30:00.000Z", "2024-01-01T01:40:00.000Z"};
    QTest::newRow("simple-endless-1") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, -1) << QString("") << 2 << Misfire::FireNow << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:05:30.000Z") << QString("2024-01-01T01:05:30.000Z") << -1 << 2 << QStringList{"2024-01-01T01:05:30.000Z", "2024-01-01T01:15:30.000Z", "2024-01-01T01:25:30.000Z", "2024-01-01T01:35:30.000Z"};
    QTest::newRow("simple-endless-2") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, -1) << QString("") << 2 << Misfire::RescheduleNowWithExistingRepeatCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:05:30.000Z") << QString("2024-01-01T01:05:30.000Z") << -1 << 2 << QStringList{"2024-01-01T01:05:30.000Z", "2024-01-01T01:15:30.000Z", "2024-01-01T01:25:30.000Z", "2024-01-01T01:35:30.000Z"};
    QTest::newRow("simple-endless-3") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, -1) << QString("") << 2 << Misfire::RescheduleNowWithRemainingRepeatCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:05:30.000Z") << QString("2024-01-01T01:05:30.000Z") << -1 << 2 << QStringList{"2024-01-01T01:05:30.000Z", "2024-01-01T01:15:30.000Z", "2024-01-01T01:25:30.000Z", "2024-01-01T01:35:30.000Z"};
    QTest::newRow("simple-endless-4") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, -1) << QString("") << 2 << Misfire::RescheduleNextWithRemainingCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:10:00.000Z") << QString("2024-01-01T00:00:00.000Z") << -1 << 7 << QStringList{"2024-01-01T01:10:00.000Z", "2024-01-01T01:20:00.000Z", "2024-01-01T01:30:00.000Z", "2024-01-01T01:40:00.000Z"};
    QTest::newRow("simple-endless-5") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, -1) << QString("") << 2 << Misfire::RescheduleNextWithExistingCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:10:00.000Z") << QString("2024-01-01T00:00:00.000Z") << -1 << 2 << QStringList{"2024-01-01T01:10:00.000Z", "2024-01-01T01:20:00.000Z", "2024-01-01T01:30:00.000Z", "2024-01-01T01:40:00.000Z"};
    QTest::newRow("simple-past-end-2") << simpleTrigger("2024-01-01T00:00:00.000Z", "2024-01-01T01:00:00.000Z", 600000, 10) << QString("") << 2 << Misfire::RescheduleNowWithExistingRepeatCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("none") << QString("2024-01-01T00:00:00.000Z") << 8 << 0 << QStringList{"2024-01-01T00:00:00.000Z", "2024-01-01T00:10:00.000Z", "2024-01-01T00:20:00.000Z", "2024-01-01T00:30:00.000Z"};
    QTest::newRow("simple-past-end-3") << simpleTrigger("2024-01-01T00:00:00.000Z", "2024-01-01T01:00:00.000Z", 600000, 10) << QString("") << 2 << Misfire::RescheduleNowWithRemainingRepeatCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("none") << QString("2024-01-01T00:00:00.000Z") << 4 << 0 << QStringList{"2024-01-01T00:00:00.000Z", "2024-01-01T00:10:00.000Z", "2024-01-01T00:20:00.000Z", "2024-01-01T00:30:00.000Z"};
    QTest::newRow("simple-past-end-4") << simpleTrigger("2024-01-01T00:00:00.000Z", "2024-01-01T01:00:00.000Z", 600000, 10) << QString("") << 2 << Misfire::RescheduleNextWithRemainingCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("none") << QString("2024-01-01T00:00:00.000Z") << 10 << 2 << QStringList{"2024-01-01T00:00:00.000Z", "2024-01-01T00:10:00.000Z", "2024-01-01T00:20:00.000Z", "2024-01-01T00:30:00.000Z"};
    QTest::newRow("simple-past-end-5") << simpleTrigger("2024-01-01T00:00:00.000Z", "2024-01-01T01:00:00.000Z", 600000, 10) << QString("") << 2 << Misfire::RescheduleNextWithExistingCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("none") << QString("2024-01-01T00:00:00.000Z") << 10 << 2 << QStringList{"2024-01-01T00:00:00.000Z", "2024-01-01T00:10:00.000Z", "2024-01-01T00:20:00.000Z", "2024-01-01T00:30:00.000Z"};
    QTest::newRow("simple-end-ahead-2") << simpleTrigger("2024-01-01T00:00:00.000Z", "2024-01-01T01:30:00.000Z", 600000, 10) << QString("") << 2 << Misfire::RescheduleNowWithExistingRepeatCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:05:30.000Z") << QString("2024-01-01T01:05:30.000Z") << 8 << 0 << QStringList{"2024-01-01T01:05:30.000Z", "2024-01-01T01:15:30.000Z", "2024-01-01T01:25:30.000Z", "END"};
    QTest::newRow("simple-end-ahead-3") << simpleTrigger("2024-01-01T00:00:00.000Z", "2024-01-01T01:30:00.000Z", 600000, 10) << QString("") << 2 << Misfire::RescheduleNowWithRemainingRepeatCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:05:30.000Z") << QString("2024-01-01T01:05:30.000Z") << 4 << 0 << QStringList{"2024-01-01T01:05:30.000Z", "2024-01-01T01:15:30.000Z", "2024-01-01T01:25:30.000Z", "END"};
    QTest::newRow("simple-end-ahead-4") << simpleTrigger("2024-01-01T00:00:00.000Z", "2024-01-01T01:30:00.000Z", 600000, 10) << QString("") << 2 << Misfire::RescheduleNextWithRemainingCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:10:00.000Z") << QString("2024-01-01T00:00:00.000Z") << 10 << 7 << QStringList{"2024-01-01T01:10:00.000Z", "2024-01-01T01:20:00.000Z", "END"};
    QTest::newRow("simple-end-ahead-5") << simpleTrigger("2024-01-01T00:00:00.000Z", "2024-01-01T01:30:00.000Z", 600000, 10) << QString("") << 2 << Misfire::RescheduleNextWithExistingCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:10:00.000Z") << QString("2024-01-01T00:00:00.000Z") << 10 << 2 << QStringList{"2024-01-01T01:10:00.000Z", "2024-01-01T01:20:00.000Z", "END"};
    QTest::newRow("simple-next-calendar-4") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, 10) << QString("range:2024-01-01T01:00:00.000Z/2024-01-01T01:30:00.000Z") << 2 << Misfire::RescheduleNextWithRemainingCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:30:00.000Z") << QString("2024-01-01T00:00:00.000Z") << 10 << 9 << QStringList{"2024-01-01T01:30:00.000Z", "2024-01-01T01:40:00.000Z", "END"};
    QTest::newRow("simple-next-calendar-5") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, 10) << QString("range:2024-01-01T01:00:00.000Z/2024-01-01T01:30:00.000Z") << 2 << Misfire::RescheduleNextWithExistingCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:20:00.000Z
        << QString("2024-01-01T01:30:00.000Z") << QString("2024-01-01T00:00:00.000Z") << 10 << 2 << QStringList{"2024-01-01T01:30:00.000Z", "2024-01-01T01:40:00.000Z", "END"};
    QTest::newRow("simple-remaining-below-zero") << simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, 3) << QString("") << 1 << Misfire::RescheduleNowWithRemainingRepeatCount << QString("2024-01-01T01:05:30.000Z") // next before: 2024-01-01T00:10:00.000Z
        << QString("2024-01-01T01:05:30.000Z") << QString("2024-01-01T01:05:30.000Z") << 0 << 0 << QStringList{"2024-01-01T01:05:30.000Z", "END"};
    QTest::newRow("simple-smart-count-odd-ms") << simpleTrigger("2024-01-01T00:00:00.333Z", nullptr, 7777, 1000) << QString("") << 5 << Misfire::SmartPolicy << QString("2024-01-01T00:01:00.001Z") // next before: 2024-01-01T00:00:39.218Z
        << QString("2024-01-01T00:01:00.001Z") << QString("2024-01-01T00:01:00.001Z") << 995 << 0 << QStringList{"2024-01-01T00:01:00.001Z", "2024-01-01T00:01:07.778Z", "2024-01-01T00:01:15.555Z", "2024-01-01T00:01:23.332Z"};
}

void tst_Misfire::updateAfterMisfire()
{
    QFETCH(Trigger, trigger);
    QFETCH(QString, calendar);
    QFETCH(int, fired);
    QFETCH(int, instruction);
    QFETCH(QString, now);
    QFETCH(QString, nextFireTime);
    QFETCH(QString, startTime);
    QFETCH(int, repeatCount);
    QFETCH(int, timesTriggered);
    QFETCH(QStringList, fireTimes);

    trigger.setMisfireInstruction(instruction);
    const Result<Done> valid = FireTimes::validate(trigger);
    QVERIFY2(valid.ok(), qPrintable(valid.error()));
    const std::shared_ptr<Calendar> cal = calendarFromSpec(calendar);
    (void)FireTimes::computeFirstFireTime(trigger, cal.get());
    for (int i = 0; i < fired; ++i)
        FireTimes::triggered(trigger, cal.get());
    QCOMPARE(Misfire::isMisfired(trigger, ms(now), 0), instruction != Misfire::IgnoreMisfirePolicy);

    const Result<Done> done = Misfire::updateAfterMisfire(trigger, cal.get(), ms(now));
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QCOMPARE(iso(trigger.nextFireTime()), nextFireTime);
    QCOMPARE(iso(trigger.startTime()), startTime);
    if (repeatCount != -99)
        QCOMPARE(trigger.scheduleAs<SimpleSchedule>()->repeatCount, repeatCount);
    if (timesTriggered != -99)
        QCOMPARE(trigger.timesTriggered(), timesTriggered);
    QCOMPARE(isoList(FireTimes::computeFireTimes(trigger, cal.get(), 4), 4), fireTimes);
}

void tst_Misfire::existingCountPastRepeatCount_data()
{
    QTest::addColumn<int>("timesTriggered");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("repeatCount");
    QTest::addColumn<QString>("nextFireTime");

    // Quartz 2.3.2: setRepeatCount(3 - 4) accepts -1, so the trigger now repeats endless;
    // setRepeatCount(3 - 5) throws and nothing changes.
    QTest::newRow("one-beyond-becomes-endless") << 4 << true << -1 << "2024-01-01T01:05:30.000Z";
    QTest::newRow("two-beyond-fails") << 5 << false << 3 << "2024-01-01T00:40:00.000Z";
}

void tst_Misfire::existingCountPastRepeatCount()
{
    QFETCH(int, timesTriggered);
    QFETCH(bool, ok);
    QFETCH(int, repeatCount);
    QFETCH(QString, nextFireTime);

    Trigger t = simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 600000, 3);
    t.setMisfireInstruction(Misfire::RescheduleNowWithExistingRepeatCount);
    t.setTimesTriggered(timesTriggered);
    t.setNextFireTime(ms("2024-01-01T00:40:00.000Z"));
    const Trigger before = t;

    const Result<Done> done = Misfire::updateAfterMisfire(t, nullptr, ms("2024-01-01T01:05:30.000Z"));
    QCOMPARE(done.ok(), ok);
    QCOMPARE(t.scheduleAs<SimpleSchedule>()->repeatCount, repeatCount);
    QCOMPARE(iso(t.nextFireTime()), nextFireTime);
    if (ok) {
        QCOMPARE(t.timesTriggered(), 0);
        QCOMPARE(isoList(FireTimes::computeFireTimes(t, nullptr, 3), 3),
                 (QStringList{"2024-01-01T01:05:30.000Z", "2024-01-01T01:15:30.000Z", "2024-01-01T01:25:30.000Z"}));
    } else {
        QVERIFY(t == before);
        QVERIFY(done.error().contains(QLatin1String("repeat count")));
    }
}

void tst_Misfire::isMisfired_data()
{
    QTest::addColumn<QString>("next");
    QTest::addColumn<int>("instruction");
    QTest::addColumn<QString>("now");
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<bool>("misfired");

    // JobStoreSupport: NEXT_FIRE_TIME < now - threshold (a threshold <= 0 counts as 0, the limit
    // never below 0), and IGNORE_MISFIRE_POLICY triggers are never selected.
    QTest::newRow("inside-threshold") << "2024-01-01T00:00:00.000Z" << Misfire::SmartPolicy << "2024-01-01T00:01:00.000Z" << qint64(60000) << false;
    QTest::newRow("just-past-threshold") << "2024-01-01T00:00:00.000Z" << Misfire::SmartPolicy << "2024-01-01T00:01:00.001Z" << qint64(60000) << true;
    QTest::newRow("ignore-policy") << "2024-01-01T00:00:00.000Z" << Misfire::IgnoreMisfirePolicy << "2024-01-02T00:00:00.000Z" << qint64(60000) << false;
    QTest::newRow("zero-threshold-due-now") << "2024-01-01T00:00:00.000Z" << Misfire::DoNothing << "2024-01-01T00:00:00.000Z" << qint64(0) << false;
    QTest::newRow("zero-threshold-1ms-late") << "2024-01-01T00:00:00.000Z" << Misfire::DoNothing << "2024-01-01T00:00:00.001Z" << qint64(0) << true;
    QTest::newRow("negative-threshold") << "2024-01-01T00:00:00.000Z" << Misfire::DoNothing << "2024-01-01T00:00:00.001Z" << qint64(-5000) << true;
    QTest::newRow("future") << "2024-01-01T00:00:00.000Z" << Misfire::FireOnceNow << "2023-12-31T23:00:00.000Z" << qint64(60000) << false;
    QTest::newRow("no-next-fire-time") << "none" << Misfire::FireOnceNow << "2024-01-01T00:00:00.000Z" << qint64(60000) << false;
    QTest::newRow("limit-clamped-at-epoch") << "1969-12-31T23:59:00.000Z" << Misfire::FireOnceNow << "1970-01-01T00:00:30.000Z" << qint64(60000) << true;
}

void tst_Misfire::isMisfired()
{
    QFETCH(QString, next);
    QFETCH(int, instruction);
    QFETCH(QString, now);
    QFETCH(qint64, threshold);
    QFETCH(bool, misfired);

    Trigger t = cronTrigger("0 * * * * ?", "UTC", "1969-01-01T00:00:00.000Z", nullptr);
    t.setMisfireInstruction(instruction);
    if (next != QLatin1String("none"))
        t.setNextFireTime(ms(next));
    QCOMPARE(Misfire::isMisfired(t, ms(now), threshold), misfired);
}

void tst_Misfire::effectiveInstruction_data()
{
    QTest::addColumn<Trigger>("trigger");
    QTest::addColumn<int>("instruction");
    QTest::addColumn<int>("effective");

    const Trigger cron = cronTrigger("0 * * * * ?", "UTC", "2024-01-01T00:00:00.000Z", nullptr);
    const Trigger cal = calTrigger("UTC", "2024-01-01T00:00:00.000Z", nullptr, 1, IntervalUnit::Day, false, false);
    const Trigger daily = dailyTrigger("UTC", "2024-01-01T00:00:00.000Z", nullptr, 1, IntervalUnit::Hour, -1, "1234567", "08:00:00", "18:00:00");
    const Trigger once = simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 0, 0);
    const Trigger counted = simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 1000, 5);
    const Trigger endless = simpleTrigger("2024-01-01T00:00:00.000Z", nullptr, 1000, -1);

    QTest::newRow("cron-smart") << cron << Misfire::SmartPolicy << Misfire::FireOnceNow;
    QTest::newRow("cron-do-nothing") << cron << Misfire::DoNothing << Misfire::DoNothing;
    QTest::newRow("calendar-interval-smart") << cal << Misfire::SmartPolicy << Misfire::FireOnceNow;
    QTest::newRow("daily-smart") << daily << Misfire::SmartPolicy << Misfire::FireOnceNow;
    QTest::newRow("daily-ignore") << daily << Misfire::IgnoreMisfirePolicy << Misfire::IgnoreMisfirePolicy;
    QTest::newRow("simple-once-smart") << once << Misfire::SmartPolicy << Misfire::FireNow;
    QTest::newRow("simple-once-fire-now") << once << Misfire::FireNow << Misfire::FireNow;
    QTest::newRow("simple-counted-smart") << counted << Misfire::SmartPolicy << Misfire::RescheduleNowWithExistingRepeatCount;
    QTest::newRow("simple-counted-fire-now") << counted << Misfire::FireNow << Misfire::RescheduleNowWithRemainingRepeatCount;
    QTest::newRow("simple-endless-smart") << endless << Misfire::SmartPolicy << Misfire::RescheduleNextWithRemainingCount;
    QTest::newRow("simple-endless-fire-now") << endless << Misfire::FireNow << Misfire::RescheduleNowWithRemainingRepeatCount;
    QTest::newRow("simple-next-existing") << endless << Misfire::RescheduleNextWithExistingCount << Misfire::RescheduleNextWithExistingCount;
}

void tst_Misfire::effectiveInstruction()
{
    QFETCH(Trigger, trigger);
    QFETCH(int, instruction);
    QFETCH(int, effective);

    trigger.setMisfireInstruction(instruction);
    QCOMPARE(Misfire::effectiveInstruction(trigger), effective);
}

void tst_Misfire::explanations()
{
    for (TriggerKind kind : {TriggerKind::Cron, TriggerKind::Simple, TriggerKind::CalendarInterval, TriggerKind::DailyTimeInterval}) {
        QSet<QString> seen;
        for (int instruction : Misfire::instructionsFor(kind)) {
            const QString text = Misfire::explanation(kind, instruction);
            QVERIFY2(!text.isEmpty(), qPrintable(Misfire::name(kind, instruction)));
            QVERIFY2(!seen.contains(text), qPrintable(text)); // each instruction says something different
            seen.insert(text);
        }
        QVERIFY(Misfire::explanation(kind, 42).isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_Misfire)
#include "tst_misfire.moc"
