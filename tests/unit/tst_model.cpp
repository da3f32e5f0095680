#include "model/jobdatamap.h"
#include "model/jobdetail.h"
#include "model/keys.h"
#include "model/trigger.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qronos;

class tst_Model : public QObject
{
    Q_OBJECT

private slots:
    void keys();
    void jobDataKeepsTypesThroughJson_data();
    void jobDataKeepsTypesThroughJson();
    void jobDataRejectsBadJson_data();
    void jobDataRejectsBadJson();
    void mergedDataTriggerWins();
    void jobDetailRoundTrip();
    void jobDetailValidation();
    void triggerRoundTrip_data();
    void triggerRoundTrip();
    void triggerRejectsBadJson_data();
    void triggerRejectsBadJson();
    void misfireNames();
};

void tst_Model::keys()
{
    const JobKey a(QStringLiteral("report"));
    QCOMPARE(a.group(), QStringLiteral("DEFAULT"));
    QCOMPARE(a.toString(), QStringLiteral("DEFAULT.report"));
    QCOMPARE(JobKey(QStringLiteral("report"), QString()), a); // empty group means DEFAULT
    QVERIFY(JobKey(QStringLiteral("a"), QStringLiteral("g1")) < JobKey(QStringLiteral("a"), QStringLiteral("g2")));
    QVERIFY(qHash(a) == qHash(JobKey(QStringLiteral("report"), QStringLiteral("DEFAULT"))));
    QVERIFY(!keyPartProblem(QString()).isEmpty());
    QVERIFY(!keyPartProblem(QStringLiteral("a\nb")).isEmpty());
    QVERIFY(!keyPartProblem(QString(191, QLatin1Char('x'))).isEmpty());
    QVERIFY(keyPartProblem(QStringLiteral("日报")).isEmpty());
}

void tst_Model::jobDataKeepsTypesThroughJson_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("type");
    QTest::newRow("text") << QVariant(QStringLiteral("hello 你好")) << int(JobDataMap::Type::String);
    QTest::newRow("numeric-text") << QVariant(QStringLiteral("42")) << int(JobDataMap::Type::String);
    QTest::newRow("integer") << QVariant(qint64(-42)) << int(JobDataMap::Type::Integer);
    QTest::newRow("big-integer") << QVariant(qint64(9007199254740993LL)) << int(JobDataMap::Type::Integer);
    QTest::newRow("double") << QVariant(2.5) << int(JobDataMap::Type::Double);
    QTest::newRow("whole-double") << QVariant(3.0) << int(JobDataMap::Type::Double);
    QTest::newRow("true") << QVariant(true) << int(JobDataMap::Type::Boolean);
    QTest::newRow("false") << QVariant(false) << int(JobDataMap::Type::Boolean);
}

void tst_Model::jobDataKeepsTypesThroughJson()
{
    QFETCH(QVariant, value);
    QFETCH(int, type);
    JobDataMap map;
    switch (JobDataMap::Type(type)) {
    case JobDataMap::Type::String: map.put(QStringLiteral("k"), value.toString()); break;
    case JobDataMap::Type::Integer: map.put(QStringLiteral("k"), value.toLongLong()); break;
    case JobDataMap::Type::Double: map.put(QStringLiteral("k"), value.toDouble()); break;
    case JobDataMap::Type::Boolean: map.put(QStringLiteral("k"), value.toBool()); break;
    }
    const QByteArray json = QJsonDocument(map.toJson()).toJson(QJsonDocument::Compact);
    const Result<JobDataMap> back = JobDataMap::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(int(back->type(QStringLiteral("k"))), type);
    QCOMPARE(back->value(QStringLiteral("k")), map.value(QStringLiteral("k")));
    QVERIFY(*back == map);
}

void tst_Model::jobDataRejectsBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("array") << QByteArray(R"({"list": [1, 2]})") << "list";
    QTest::newRow("null") << QByteArray(R"({"nothing": null})") << "nothing";
    QTest::newRow("object") << QByteArray(R"({"obj": {"a": 1}})") << "obj";
    QTest::newRow("bad-integer") << QByteArray(R"({"n": {"integer": "12x"}})") << "n";
}

void tst_Model::jobDataRejectsBadJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const Result<JobDataMap> r = JobDataMap::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
}

void tst_Model::mergedDataTriggerWins()
{
    JobDataMap job;
    job.put(QStringLiteral("a"), 1);
    job.put(QStringLiteral("b"), QStringLiteral("job"));
    JobDataMap trigger;
    trigger.put(QStringLiteral("b"), QStringLiteral("trigger"));
    trigger.put(QStringLiteral("c"), true);
    const JobDataMap merged = job.mergedWith(trigger);
    QCOMPARE(merged.size(), 3);
    QCOMPARE(merged.integer(QStringLiteral("a")), 1);
    QCOMPARE(merged.string(QStringLiteral("b")), QStringLiteral("trigger"));
    QCOMPARE(merged.boolean(QStringLiteral("c")), true);
    QCOMPARE(job.string(QStringLiteral("b")), QStringLiteral("job")); // the originals are untouched
}

void tst_Model::jobDetailRoundTrip()
{
    JobDetail job(JobKey(QStringLiteral("nightly-report"), QStringLiteral("reports")), QStringLiteral("shell"));
    job.setDescription(QStringLiteral("每日报表"));
    job.setDurable(true);
    job.setRequestsRecovery(true);
    job.setConcurrentExecutionDisallowed(true);
    job.setPersistJobDataAfterExecution(true);
    job.jobData().put(QStringLiteral("program"), QStringLiteral("/opt/acme/report.sh"));
    job.jobData().put(QStringLiteral("timeoutSeconds"), 600);
    const Result<JobDetail> back = JobDetail::fromJson(job.toJson());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(*back == job);
    QCOMPARE(back->toJson(), job.toJson());
}

void tst_Model::jobDetailValidation()
{
    QVERIFY(JobDetail(JobKey(QString()), QStringLiteral("shell")).validationError().contains(QLatin1String("name")));
    QVERIFY(JobDetail(JobKey(QStringLiteral("a")), QString()).validationError().contains(QLatin1String("type")));
    QVERIFY(JobDetail(JobKey(QStringLiteral("a")), QStringLiteral("noop")).validationError().isEmpty());
    const Result<JobDetail> r = JobDetail::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                                                {QStringLiteral("type"), QStringLiteral("noop")},
                                                                {QStringLiteral("data"), 5}});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QLatin1String("data")), qPrintable(r.error()));
}

void tst_Model::triggerRoundTrip_data()
{
    QTest::addColumn<Trigger>("trigger");
    const TriggerKey key(QStringLiteral("t"), QStringLiteral("g"));
    const JobKey job(QStringLiteral("j"));

    Trigger cron(key, job, CronSchedule{*CronExpression::parse(QStringLiteral("0 15 10 ? * 6L"))});
    cron.setTimeZoneId("Asia/Shanghai");
    cron.setCalendarName(QStringLiteral("holidays"));
    cron.setMisfireInstruction(Misfire::DoNothing);
    cron.setStartTime(1700000000000);
    cron.setEndTime(1800000000000);
    cron.setNextFireTime(1700000100000);
    cron.setPriority(7);
    cron.jobData().put(QStringLiteral("x"), 1.5);
    QTest::newRow("cron") << cron;

    Trigger simple(key, job, SimpleSchedule{60000, SimpleSchedule::RepeatIndefinitely});
    simple.setMisfireInstruction(Misfire::RescheduleNextWithRemainingCount);
    simple.setTimesTriggered(12);
    simple.setPreviousFireTime(1700000000123);
    QTest::newRow("simple") << simple;

    Trigger calint(key, job, CalendarIntervalSchedule{2, IntervalUnit::Month, true, true});
    calint.setTimeZoneId("Europe/Berlin");
    QTest::newRow("calendar-interval") << calint;

    DailyTimeIntervalSchedule d;
    d.repeatInterval = 15;
    d.unit = IntervalUnit::Minute;
    d.repeatCount = 10;
    d.daysOfWeek = quint8((1u << 2) | (1u << 3) | (1u << 4) | (1u << 5) | (1u << 6));
    d.startTimeOfDay = {8, 30, 0};
    d.endTimeOfDay = {17, 45, 30};
    Trigger daily(key, job, d);
    daily.setMisfireInstruction(Misfire::FireOnceNow);
    QTest::newRow("daily-time-interval") << daily;
}

void tst_Model::triggerRoundTrip()
{
    QFETCH(Trigger, trigger);
    const QJsonObject json = trigger.toJson();
    const Result<Trigger> back = Trigger::fromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->toJson(), json);
    QVERIFY(back->schedule() == trigger.schedule());
    QCOMPARE(back->misfireInstruction(), trigger.misfireInstruction());
    QCOMPARE(back->nextFireTime(), trigger.nextFireTime());
    QCOMPARE(back->jobData(), trigger.jobData());
}

void tst_Model::triggerRejectsBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad-cron") << QByteArray(R"({"name":"t","kind":"cron","cronExpression":"0 0 25 * * ?"})") << "hours";
    QTest::newRow("bad-kind") << QByteArray(R"({"name":"t","kind":"weekly"})") << "weekly";
    QTest::newRow("bad-unit") << QByteArray(R"({"name":"t","kind":"calendarInterval","unit":"FORTNIGHT"})") << "FORTNIGHT";
    QTest::newRow("bad-misfire") << QByteArray(R"({"name":"t","kind":"cron","cronExpression":"0 0 1 * * ?","misfireInstruction":"FIRE_NOW"})")
                                 << "FIRE_NOW";
    QTest::newRow("bad-day") << QByteArray(R"({"name":"t","kind":"dailyTimeInterval","unit":"MINUTE","daysOfWeek":[0]})") << "days";
    QTest::newRow("bad-time-of-day") << QByteArray(R"({"name":"t","kind":"dailyTimeInterval","unit":"MINUTE","startTimeOfDay":"25:00"})")
                                     << "HH:MM:SS";
    QTest::newRow("no-name") << QByteArray(R"({"kind":"simple"})") << "name";
}

void tst_Model::triggerRejectsBadJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const Result<Trigger> r = Trigger::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
}

void tst_Model::misfireNames()
{
    for (TriggerKind kind : {TriggerKind::Cron, TriggerKind::Simple, TriggerKind::CalendarInterval, TriggerKind::DailyTimeInterval}) {
        for (int instruction : Misfire::instructionsFor(kind)) {
            const QString name = Misfire::name(kind, instruction);
            QVERIFY(!name.isEmpty());
            QCOMPARE(Misfire::fromName(kind, name), instruction);
            QCOMPARE(Misfire::fromName(kind, QStringLiteral("MISFIRE_INSTRUCTION_") + name), instruction);
            QVERIFY(!Misfire::explanation(kind, instruction).isEmpty());
            QVERIFY(!Misfire::label(kind, instruction).isEmpty());
        }
    }
    QCOMPARE(Misfire::fromName(TriggerKind::Cron, QStringLiteral("FIRE_NOW")), -2);
    QCOMPARE(Misfire::fromName(TriggerKind::Simple, QStringLiteral("DO_NOTHING")), -2);
    QVERIFY(!Misfire::isValidFor(TriggerKind::Cron, Misfire::RescheduleNextWithExistingCount));
}

QTEST_GUILESS_MAIN(tst_Model)
#include "tst_model.moc"
