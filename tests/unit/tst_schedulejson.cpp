// The native exchange format qronos/1: the writer's exact output, the reader's round trip, and every kind of
// malformed input reported with its JSON path, line and column.

#include "exchange/importplan.h"
#include "exchange/schedulejson.h"
#include "model/misfireinstruction.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qronos;

namespace {

QByteArray fullExample()
{
    QFile file(QStringLiteral(QRONOS_SOURCE_DIR "/tests/unit/data/qronos-1-full.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the example");
    return file.readAll();
}

QString problemsText(const ImportProblems &problems)
{
    QStringList lines;
    for (const ImportProblem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

/// A minimal valid file with \a triggers and \a jobs spliced in (JSON array bodies).
QByteArray withItems(const char *jobs, const char *triggers)
{
    return QByteArray("{\n  \"format\": \"qronos/1\",\n  \"jobs\": [") + jobs + "],\n  \"triggers\": [" + triggers + "]\n}\n";
}

} // namespace

class tst_ScheduleJson final : public QObject
{
    Q_OBJECT

private slots:
    void fullExampleRoundTrip();
    void valuesKeepTheirTypes();
    void writerSortsAndOmitsDefaults();
    void malformed_data();
    void malformed();
    void limits();
    void everyProblemAtOnce();
};

void tst_ScheduleJson::fullExampleRoundTrip()
{
    const QByteArray text = fullExample();
    const ScheduleJson::ReadResult read = ScheduleJson::read(text);
    QVERIFY2(read.ok(), qPrintable(problemsText(read.problems)));
    QCOMPARE(read.document.calendars.size(), 7);
    QCOMPARE(read.document.jobs.size(), 2);
    QCOMPARE(read.document.triggers.size(), 4);
    // Written back byte for byte: the file is in the writer's canonical form.
    QCOMPARE(QString::fromUtf8(ScheduleJson::write(read.document)), QString::fromUtf8(text));
    // And what is read again equals what was read.
    const ScheduleJson::ReadResult again = ScheduleJson::read(ScheduleJson::write(read.document));
    QVERIFY(again.ok());
    for (qsizetype i = 0; i < read.document.jobs.size(); ++i)
        QCOMPARE(again.document.jobs.at(i).job, read.document.jobs.at(i).job);
    for (qsizetype i = 0; i < read.document.triggers.size(); ++i) {
        QCOMPARE(again.document.triggers.at(i).trigger, read.document.triggers.at(i).trigger);
        QCOMPARE(again.document.triggers.at(i).paused, read.document.triggers.at(i).paused);
    }
    for (qsizetype i = 0; i < read.document.calendars.size(); ++i)
        QCOMPARE(again.document.calendars.at(i).calendar->toJson(), read.document.calendars.at(i).calendar->toJson());
}

void tst_ScheduleJson::valuesKeepTheirTypes()
{
    const ScheduleJson::ReadResult read = ScheduleJson::read(fullExample());
    QVERIFY(read.ok());
    const ScheduleDocument &doc = read.document;
    const JobDetail &job = doc.jobs.at(0).job;
    QCOMPARE(job.key(), JobKey(QStringLiteral("nightly"), QStringLiteral("reports")));
    QCOMPARE(job.jobData().type(QStringLiteral("retries")), JobDataMap::Type::Integer);
    QCOMPARE(job.jobData().type(QStringLiteral("whole")), JobDataMap::Type::Double);
    QCOMPARE(job.jobData().number(QStringLiteral("whole")), 2.0);
    QCOMPARE(job.jobData().type(QStringLiteral("ratio")), JobDataMap::Type::Double);
    QCOMPARE(job.jobData().type(QStringLiteral("enabled")), JobDataMap::Type::Boolean);
    QCOMPARE(job.jobData().integer(QStringLiteral("big")), Q_INT64_C(9007199254740993));
    QCOMPARE(job.requiredNodeTag(), QStringLiteral("gpu"));
    QCOMPARE(job.timeoutMs(), 600000);
    QVERIFY(job.isConcurrentExecutionDisallowed());

    QCOMPARE(doc.triggers.at(0).trigger.kind(), TriggerKind::DailyTimeInterval);
    QCOMPARE(doc.triggers.at(0).trigger.scheduleAs<DailyTimeIntervalSchedule>()->daysOfWeek, quint8(0b01111100));
    QCOMPARE(doc.triggers.at(1).trigger.kind(), TriggerKind::Simple);
    QVERIFY(doc.triggers.at(1).paused);
    QCOMPARE(doc.triggers.at(1).trigger.endTime(), std::optional<qint64>(Q_INT64_C(1798761600000)));
    QCOMPARE(doc.triggers.at(1).trigger.misfireInstruction(), Misfire::RescheduleNextWithRemainingCount);
    QCOMPARE(doc.triggers.at(2).trigger.kind(), TriggerKind::CalendarInterval);
    QCOMPARE(doc.triggers.at(3).trigger.kind(), TriggerKind::Cron);
    QCOMPARE(doc.triggers.at(3).trigger.timeZoneId(), QByteArray("Asia/Shanghai"));
    QCOMPARE(doc.triggers.at(3).location.path, QStringLiteral("$.triggers[3]"));
    QCOMPARE(doc.triggers.at(3).location.line, 180);
    QCOMPARE(doc.triggers.at(3).location.column, 5);

    const CalendarPtr chain = doc.calendars.at(6).calendar;
    QCOMPARE(chain->kind(), Calendar::Kind::Weekly);
    QVERIFY(chain->baseCalendar());
    QCOMPARE(chain->baseCalendar()->kind(), Calendar::Kind::Holiday);
    QCOMPARE(doc.calendars.at(1).calendar->kind(), Calendar::Kind::Workday);

    const ImportDirectives &d = doc.directives;
    QVERIFY(!d.overwriteExistingData);
    QVERIFY(d.ignoreDuplicates);
    QCOMPARE(d.deleteJobsInGroups, QStringList{QStringLiteral("legacy")});
    QCOMPARE(d.deleteTriggersInGroups, QStringList{QStringLiteral("*")});
    QCOMPARE(d.deleteJobs, QList<JobKey>{JobKey(QStringLiteral("cleanup"), QStringLiteral("old"))});
    QCOMPARE(d.deleteTriggers, QList<TriggerKey>{TriggerKey(QStringLiteral("cleanup-hourly"), QStringLiteral("old"))});
}

void tst_ScheduleJson::writerSortsAndOmitsDefaults()
{
    ScheduleDocument doc;
    JobDetail b(JobKey(QStringLiteral("b"), QStringLiteral("g")), QStringLiteral("noop"));
    b.setDurable(true);
    JobDetail a(JobKey(QStringLiteral("z"), QStringLiteral("a")), QStringLiteral("noop"));
    a.setDurable(true);
    doc.jobs << DocumentJob{b, {}} << DocumentJob{a, {}};
    Trigger t(TriggerKey(QStringLiteral("t"), QStringLiteral("g")), b.key(),
              CronSchedule{CronExpression::parse(QStringLiteral("0 0 2 * * ?")).value()});
    t.setStartTime(Q_INT64_C(1767225600000));
    t.setNextFireTime(Q_INT64_C(1767232800000)); // runtime state: not written
    t.setTimesTriggered(12);
    doc.triggers << DocumentTrigger{t, false, {}};
    const QByteArray expected = R"({
  "format": "qronos/1",
  "calendars": [],
  "jobs": [
    {
      "group": "a",
      "name": "z",
      "type": "noop",
      "durable": true,
      "requestsRecovery": false,
      "concurrentExecutionDisallowed": false,
      "persistJobDataAfterExecution": false
    },
    {
      "group": "g",
      "name": "b",
      "type": "noop",
      "durable": true,
      "requestsRecovery": false,
      "concurrentExecutionDisallowed": false,
      "persistJobDataAfterExecution": false
    }
  ],
  "triggers": [
    {
      "group": "g",
      "name": "t",
      "jobGroup": "g",
      "jobName": "b",
      "kind": "cron",
      "cron": "0 0 2 * * ?",
      "timeZone": "UTC",
      "startTime": "2026-01-01T00:00:00.000Z",
      "priority": 5,
      "misfireInstruction": "SMART_POLICY",
      "paused": false
    }
  ]
}
)";
    QCOMPARE(QString::fromUtf8(ScheduleJson::write(doc)), QString::fromUtf8(expected));
}

void tst_ScheduleJson::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("problems");

    QTest::newRow("empty") << QByteArray("  \n") << "line 2, column 1 ($): the file is empty: expected a JSON object";
    QTest::newRow("not JSON") << QByteArray("format = qronos/1\n")
                              << "line 1, column 1 ($): expected a value (object, array, string, number, true, false "
                                 "or null), found \"f\"";
    QTest::newRow("truncated") << QByteArray("{\n  \"format\": \"qronos/1\",\n  \"jobs\": [\n    {\"name\": \"a\"")
                               << "line 4, column 17 ($.jobs[0]): unexpected end of file (the file is truncated)";
    QTest::newRow("truncated string") << QByteArray("{\"format\": \"qronos")
                                      << "line 1, column 19 ($.format): unexpected end of file inside a string (the "
                                         "file is truncated)";
    QTest::newRow("trailing comma") << QByteArray("{\"format\": \"qronos/1\",}")
                                    << "line 1, column 23 ($): expected a key in double quotes, found \"}\"";
    QTest::newRow("text after") << QByteArray("{\"format\": \"qronos/1\"} x")
                                << "line 1, column 24 ($): unexpected \"x\" after the end of the JSON value";
    QTest::newRow("format missing") << QByteArray("{\"jobs\": []}")
                                    << "line 1, column 1 ($): missing field \"format\": this is not a qronos/1 "
                                       "schedule file";
    QTest::newRow("format other") << QByteArray("{\"format\": \"qronos/2\", \"jobs\": 5}")
                                  << "line 1, column 12 ($.format): the format is \"qronos/2\"; this program reads "
                                     "\"qronos/1\"";
    QTest::newRow("format type") << QByteArray("{\"format\": 1}")
                                 << "line 1, column 12 ($.format): the format is a number; this program reads "
                                    "\"qronos/1\"";
    QTest::newRow("top level array") << QByteArray("[]")
                                     << "line 1, column 1 ($): expected a JSON object with \"format\": \"qronos/1\", "
                                        "found an array";
    QTest::newRow("duplicate key")
        << QByteArray("{\"format\": \"qronos/1\",\n \"jobs\": [{\"name\": \"a\", \"type\": \"noop\", \"durable\": true, "
                      "\"name\": \"b\"}]}")
        << "line 2, column 58 ($.jobs[0].name): duplicate key \"name\" (first at line 2, column 12)";
    QTest::newRow("unknown field") << withItems(R"({"name": "a", "type": "noop", "durable": true, "color": "red"})", "")
                                   << "line 3, column 59 ($.jobs[0].color): unknown field \"color\"";
    QTest::newRow("wrong types")
        << withItems(R"({"name": 5, "type": "noop", "durable": "yes", "retryCount": 1.5})", "")
        << "line 3, column 21 ($.jobs[0].name): expected a string, found a number\n"
           "line 3, column 51 ($.jobs[0].durable): expected true or false, found a string\n"
           "line 3, column 72 ($.jobs[0].retryCount): expected a whole number from 0 to 1000, found 1.5";
    QTest::newRow("missing name") << withItems(R"({"type": "noop", "durable": true})", "")
                                  << "line 3, column 12 ($.jobs[0]): missing field \"name\"";
    QTest::newRow("unknown trigger kind")
        << withItems("", R"({"name": "t", "jobName": "a", "kind": "weekly", "startTime": "2026-01-01T00:00:00Z"})")
        << "line 4, column 54 ($.triggers[0].kind): unknown trigger kind \"weekly\" (cron, simple, calendarInterval or "
           "dailyTimeInterval)";
    QTest::newRow("invalid cron")
        << withItems("", R"({"name": "t", "jobName": "a", "kind": "cron", "cron": "0 0 25 * * ?", "startTime": "2026-01-01T00:00:00Z"})")
        << "line 4, column 70 ($.triggers[0].cron): Invalid cron expression: hours field \"25\": values must be between 0 "
           "and 23";
    QTest::newRow("unknown misfire instruction")
        << withItems("", R"({"name": "t", "jobName": "a", "kind": "cron", "cron": "0 0 2 * * ?", "startTime": "2026-01-01T00:00:00Z", "misfireInstruction": "FIRE_NOW"})")
        << "line 4, column 144 ($.triggers[0].misfireInstruction): unknown misfire instruction \"FIRE_NOW\" for a cron "
           "trigger (SMART_POLICY, IGNORE_MISFIRE_POLICY, FIRE_ONCE_NOW, DO_NOTHING)";
    QTest::newRow("bad time")
        << withItems("", R"({"name": "t", "jobName": "a", "kind": "simple", "startTime": "2026-01-01 00:00"})")
        << "line 4, column 77 ($.triggers[0].startTime): expected a time such as \"2026-01-31T02:00:00Z\" (with Z or an "
           "offset), found \"2026-01-01 00:00\"";
    QTest::newRow("unknown zone")
        << withItems("", R"({"name": "t", "jobName": "a", "kind": "simple", "startTime": "2026-01-01T00:00:00Z", "timeZone": "Mars/Olympus"})")
        << "line 4, column 113 ($.triggers[0].timeZone): Unknown time zone \"Mars/Olympus\": use an IANA id such as "
           "Europe/Berlin, Asia/Shanghai or UTC.";
    QTest::newRow("unknown calendar kind")
        << QByteArray("{\"format\": \"qronos/1\", \"calendars\": [{\"name\": \"c\", \"kind\": \"lunar\"}]}")
        << "line 1, column 60 ($.calendars[0].kind): unknown calendar kind \"lunar\" (holiday, annual, monthly, weekly, "
           "daily, cron or workday)";
    QTest::newRow("calendar field")
        << QByteArray("{\"format\": \"qronos/1\", \"calendars\": [{\"name\": \"c\", \"kind\": \"weekly\",\n"
                      "  \"excludedDays\": [1],\n  \"base\": {\"kind\": \"monthly\", \"excludedDays\": [3, 32]}}]}")
        << "line 3, column 51 ($.calendars[0].base.excludedDays[1]): Calendar JSON field \"base.excludedDays[1]\": "
           "expected a day of the month 1 to 31, got 32";
    QTest::newRow("same job twice")
        << withItems(R"({"name": "a", "type": "noop", "durable": true}, {"name": "a", "type": "noop", "durable": true})", "")
        << "line 3, column 60 ($.jobs[1]): Job DEFAULT.a is defined twice (first at line 3, column 12 ($.jobs[0])).";
    QTest::newRow("same trigger twice")
        << withItems("", R"({"name": "t", "jobName": "a", "kind": "simple", "startTime": "2026-01-01T00:00:00Z"},
  {"name": "t", "jobName": "a", "kind": "simple", "startTime": "2026-01-01T00:00:00Z"})")
        << "line 5, column 3 ($.triggers[1]): Trigger DEFAULT.t is defined twice (first at line 4, column 16 "
           "($.triggers[0])).";
    QTest::newRow("engine refuses")
        << withItems("", R"({"name": "t", "jobName": "a", "kind": "simple", "startTime": "2026-01-01T00:00:00Z", "repeatCount": 3})")
        << "line 4, column 16 ($.triggers[0]): Trigger \"DEFAULT.t\": the repeat interval must be at least 1 ms when "
           "the trigger repeats.";
    QTest::newRow("control character") << QByteArray("{\"format\": \"qronos/1\n\"}")
                                       << "line 1, column 21 ($.format): control character in a string (write it as "
                                          "an escape such as \\n)";
    QTest::newRow("short unicode escape") << QByteArray("{\"format\": \"qronos\\u 12a/1\"}")
                                          << "line 1, column 21 ($.format): \"\\u\" must be followed by four "
                                             "hexadecimal digits";
    QTest::newRow("escaped format") << QByteArray("{\"format\": \"qronos\\u002F1\", \"jobs\": []}") << "";
    QTest::newRow("bad escape") << QByteArray("{\"format\": \"qronos\\x/1\"}")
                                << "line 1, column 20 ($.format): invalid escape \"\\x\" in a string";
}

void tst_ScheduleJson::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, problems);
    const ScheduleJson::ReadResult read = ScheduleJson::read(input);
    QCOMPARE(read.ok(), problems.isEmpty());
    QCOMPARE(problemsText(read.problems), problems);
}

void tst_ScheduleJson::limits()
{
    const QByteArray deep = QByteArray("{\"format\": \"qronos/1\", \"jobs\": ") + QByteArray(200, '[');
    ScheduleJson::ReadResult read = ScheduleJson::read(deep);
    QCOMPARE(read.problems.size(), 1);
    QCOMPARE(read.problems.at(0).message, QStringLiteral("nested deeper than 64 levels"));
    QCOMPARE(read.problems.at(0).location.column, 32 + 63);

    // Many problems: the first MaxProblems, then how many more.
    QByteArray repeated = "{\"format\": \"qronos/1\", \"jobs\": [{\"name\": \"a\"";
    for (int i = 0; i < 2000; ++i)
        repeated += ", \"name\": \"a\"";
    read = ScheduleJson::read(repeated + "}]}");
    QCOMPARE(read.problems.size(), ScheduleJson::MaxProblems + 1);
    QCOMPARE(read.problems.last().message, QStringLiteral("1501 more problem(s) not shown"));

    // A job with 200,000 data keys: no quadratic time in the parser or the conversions (the test would time out).
    QByteArray wide = "{\"format\": \"qronos/1\", \"jobs\": [{\"name\": \"a\", \"type\": \"noop\", \"durable\": true, \"data\": {";
    for (int i = 200000; i > 0; --i)
        wide += (i == 200000 ? "\"k" : ", \"k") + QByteArray::number(i) + "\": " + QByteArray::number(i);
    read = ScheduleJson::read(wide + "}}]}");
    QVERIFY(read.ok());
    QCOMPARE(read.document.jobs.at(0).job.jobData().size(), 200000);

    QByteArray huge(ScheduleJson::MaxInputBytes + 1, ' ');
    read = ScheduleJson::read(huge);
    QCOMPARE(problemsText(read.problems), QStringLiteral("$: the file is larger than 64 MiB"));
}

void tst_ScheduleJson::everyProblemAtOnce()
{
    const QByteArray input = R"({
  "format": "qronos/1",
  "jobs": [
    {"name": "a", "type": "noop", "durable": "yes", "durable": true},
    {"name": "b", "type": "noop", "timeoutMs": -5}
  ],
  "triggers": [
    {"name": "t1", "jobName": "a", "kind": "cron", "cron": "0 0 25 * * ?", "startTime": "2026-01-01T00:00:00Z"},
    {"name": "t2", "jobName": "a", "kind": "weekly", "startTime": "2026-01-01T00:00:00Z"},
    {"name": "t3", "jobName": "a", "kind": "simple", "misfireInstruction": "FIRE_ONCE_NOW", "startTime": 5}
  ]
}
)";
    const ScheduleJson::ReadResult read = ScheduleJson::read(input);
    QStringList where;
    for (const ImportProblem &p : read.problems)
        where << QStringLiteral("%1:%2 %3").arg(p.location.line).arg(p.location.column).arg(p.location.path);
    QCOMPARE(where, (QStringList{QStringLiteral("4:46 $.jobs[0].durable"), QStringLiteral("4:53 $.jobs[0].durable"),
                                 QStringLiteral("5:48 $.jobs[1].timeoutMs"), QStringLiteral("8:60 $.triggers[0].cron"),
                                 QStringLiteral("9:44 $.triggers[1].kind"),
                                 QStringLiteral("10:76 $.triggers[2].misfireInstruction"),
                                 QStringLiteral("10:106 $.triggers[2].startTime")}));
}

QTEST_GUILESS_MAIN(tst_ScheduleJson)
#include "tst_schedulejson.moc"
