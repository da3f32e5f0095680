#include "exchange/jobclassmapping.h"
#include "exchange/quartzxml.h"
#include "schedule/calendar.h"
#include "schedule/firetimes.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qronos;

namespace {

constexpr qint64 now = 1767225600000; // 2026-01-01T00:00:00Z

JobClassMapping mappingOf(const QString &text)
{
    Result<JobClassMapping> mapping = JobClassMapping::parse(text);
    if (!mapping)
        qFatal("bad mapping in the test: %s", qPrintable(mapping.error()));
    return *mapping;
}

QuartzXmlReadOptions options(bool unmappedAsNoop = false)
{
    QuartzXmlReadOptions o;
    o.nowMs = now;
    o.importUnmappedAsPausedNoop = unmappedAsNoop;
    return o;
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(QRONOS_SOURCE_DIR "/tests/fixtures/quartzxml/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

/// A file with the usual root element on line 2 and \a body inside it, starting on line 3.
QByteArray wrapped(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<job-scheduling-data xmlns=\"http://www.quartz-scheduler.org/xml/JobSchedulingData\" version=\"2.0\">\n"
        + body + "</job-scheduling-data>\n";
}

QStringList messages(const ImportProblems &problems)
{
    QStringList list;
    for (const ImportProblem &p : problems)
        list.append(p.toString());
    return list;
}

JobDetail job(const QString &name, const QString &type, const QString &group = QStringLiteral("DEFAULT"))
{
    JobDetail j(JobKey(name, group), type);
    j.setDurable(true);
    return j;
}

Trigger trigger(const QString &name, const QString &jobName, Schedule schedule)
{
    Trigger t(TriggerKey(name, QStringLiteral("T")), JobKey(jobName), std::move(schedule));
    t.setStartTime(1735689600000); // 2025-01-01T00:00:00Z
    return t;
}

CronSchedule cron(const char *expression)
{
    return CronSchedule { *CronExpression::parse(QLatin1String(expression)) };
}

ScheduleDocument documentOf(const QList<JobDetail> &jobs, const QList<Trigger> &triggers,
                            const QList<bool> &paused = {})
{
    ScheduleDocument doc;
    for (const JobDetail &j : jobs)
        doc.jobs.append({ j, {} });
    for (qsizetype i = 0; i < triggers.size(); ++i)
        doc.triggers.append({ triggers.at(i), i < paused.size() && paused.at(i), {} });
    return doc;
}

/// A job data map as LoadSchedulingData.java prints it: "{key=value, ...}" in key order, without qronos.* keys.
QString javaData(const JobDataMap &data, const QString &leaveOut = {})
{
    QStringList entries;
    for (const QString &key : data.keys()) {
        if (!key.startsWith(QLatin1String("qronos.")) && key != leaveOut)
            entries.append(key + QLatin1Char('=') + data.value(key).toString());
    }
    return QLatin1Char('{') + entries.join(QStringLiteral(", ")) + QLatin1Char('}');
}

/// The lines LoadSchedulingData.java prints for a document Qronos read from an export, for the same export.
QStringList javaView(const ScheduleDocument &doc, const JobClassMapping &mapping)
{
    QStringList lines;
    for (const DocumentJob &j : doc.jobs) {
        const auto entry = mapping.forJob(j.job.jobType(), j.job.jobData());
        lines.append(
            QStringLiteral("job %1 class=%2 durable=%3 recover=%4 data=%5")
                .arg(j.job.key().toString(), entry->javaClass,
                     j.job.isDurable() ? QStringLiteral("true") : QStringLiteral("false"),
                     j.job.requestsRecovery() ? QStringLiteral("true") : QStringLiteral("false"),
                     javaData(j.job.jobData(),
                              entry->argument.isEmpty() ? QString() : JobClassMapping::mainKey(entry->jobType))));
    }
    for (const DocumentTrigger &d : doc.triggers) {
        const Trigger &t = d.trigger;
        QString kind;
        if (const auto *c = t.scheduleAs<CronSchedule>())
            kind = QStringLiteral("cron %1 zone=%2").arg(c->expression.expression(), QString::fromUtf8(t.timeZoneId()));
        else if (const auto *s = t.scheduleAs<SimpleSchedule>())
            kind = QStringLiteral("simple count=%1 interval=%2").arg(s->repeatCount).arg(s->repeatIntervalMs);
        else if (const auto *c = t.scheduleAs<CalendarIntervalSchedule>())
            kind = QStringLiteral("calendar-interval %1 %2").arg(c->repeatInterval).arg(intervalUnitName(c->unit));
        lines.append(
            QStringLiteral("trigger %1 job=%2 %3 priority=%4 misfire=%5 start=%6 end=%7 data=%8")
                .arg(t.key().toString(), t.jobKey().toString(), kind)
                .arg(t.priority())
                .arg(t.misfireInstruction())
                .arg(FireTimes::effectiveStartTime(t))
                .arg(t.endTime() ? QString::number(*t.endTime()) : QStringLiteral("-"), javaData(t.jobData())));
    }
    lines.sort();
    return lines;
}

} // namespace

Q_DECLARE_METATYPE(Qronos::ScheduleDocument)

class tst_QuartzXml : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void writesQuartzOrder();
    void notWritten();
    void fixtures_data();
    void fixtures();
    void readsFixtureDetails();
    void defaults();
    void unknownDefaultZone();
    void carriageReturns();
    void javaQuartzReadsExports();
    void unmappedAsPausedNoop();
    void malformed_data();
    void malformed();
    void mappingErrors_data();
    void mappingErrors();
    void mappingLookup();
};

void tst_QuartzXml::roundTrip_data()
{
    QTest::addColumn<ScheduleDocument>("document");
    QTest::addColumn<QString>("mapping");

    const JobDetail shell = [] {
        JobDetail j = job(QStringLiteral("report"), QStringLiteral("shell"), QStringLiteral("nightly"));
        j.jobData().put(QStringLiteral("program"), QStringLiteral("/opt/acme/report.sh"));
        j.jobData().put(QStringLiteral("arguments"), QStringLiteral("[\"--daily\"]"));
        return j;
    }();

    for (const int misfire : Misfire::instructionsFor(TriggerKind::Simple)) {
        Trigger t = trigger(QStringLiteral("every10s"), QStringLiteral("noop"), SimpleSchedule { 10000, 5 });
        t.setMisfireInstruction(misfire);
        QTest::addRow("simple %s", qPrintable(Misfire::name(TriggerKind::Simple, misfire)))
            << documentOf({ job(QStringLiteral("noop"), QStringLiteral("noop")) }, { t }) << QString();
    }
    for (const int misfire : Misfire::instructionsFor(TriggerKind::Cron)) {
        Trigger t = trigger(QStringLiteral("weekdays"), QStringLiteral("noop"), cron("0 30 2 ? * MON-FRI"));
        t.setTimeZoneId("Asia/Shanghai");
        t.setMisfireInstruction(misfire);
        QTest::addRow("cron %s", qPrintable(Misfire::name(TriggerKind::Cron, misfire)))
            << documentOf({ job(QStringLiteral("noop"), QStringLiteral("noop")) }, { t }) << QString();
    }
    for (const int misfire : Misfire::instructionsFor(TriggerKind::CalendarInterval)) {
        Trigger t = trigger(QStringLiteral("monthly"), QStringLiteral("noop"),
                            CalendarIntervalSchedule { 1, IntervalUnit::Month, false, false });
        t.setMisfireInstruction(misfire);
        QTest::addRow("calendar-interval %s", qPrintable(Misfire::name(TriggerKind::CalendarInterval, misfire)))
            << documentOf({ job(QStringLiteral("noop"), QStringLiteral("noop")) }, { t }) << QString();
    }
    for (const IntervalUnit unit : { IntervalUnit::Second, IntervalUnit::Minute, IntervalUnit::Hour, IntervalUnit::Day,
                                     IntervalUnit::Week, IntervalUnit::Month, IntervalUnit::Year }) {
        Trigger t = trigger(QStringLiteral("interval"), QStringLiteral("noop"),
                            CalendarIntervalSchedule { 3, unit, true, true });
        t.setTimeZoneId("Europe/Berlin");
        QTest::addRow("calendar-interval %s, DST flags", qPrintable(intervalUnitName(unit)))
            << documentOf({ job(QStringLiteral("noop"), QStringLiteral("noop")) }, { t }) << QString();
    }
    {
        Trigger endless = trigger(QStringLiteral("endless"), QStringLiteral("noop"),
                                  SimpleSchedule { 60000, SimpleSchedule::RepeatIndefinitely });
        endless.setEndTime(1893456000000);
        endless.setDescription(QStringLiteral("Every minute until 2030 — 每分钟"));
        endless.setCalendarName(QStringLiteral("holidays"));
        endless.setPriority(9);
        Trigger once = trigger(QStringLiteral("once"), QStringLiteral("noop"), SimpleSchedule { 0, 0 });
        once.setStartTime(1767225600123);
        once.setPriority(-3);
        once.setTimeZoneId("America/New_York");
        QTest::addRow("common fields, paused, negative priority")
            << documentOf({ job(QStringLiteral("noop"), QStringLiteral("noop")) }, { endless, once }, { false, true })
            << QString();
    }
    {
        JobDetail j = job(QStringLiteral("typed"), QStringLiteral("noop"));
        j.setDescription(QStringLiteral("Typed data"));
        j.jobData().put(QStringLiteral("text"), QStringLiteral("plain"));
        j.jobData().put(QStringLiteral("empty"), QString());
        j.jobData().put(QStringLiteral("padded"), QStringLiteral("  both ends "));
        j.jobData().put(QStringLiteral("lines"), QStringLiteral("one\r\ntwo\n"));
        j.jobData().put(QStringLiteral("control"), QStringLiteral("bell\x07"));
        j.jobData().put(QStringLiteral("count"), qint64(-42));
        j.jobData().put(QStringLiteral("big"), qint64(9007199254740993LL));
        j.jobData().put(QStringLiteral("ratio"), 0.1);
        j.jobData().put(QStringLiteral("whole"), 2.0);
        j.jobData().put(QStringLiteral("on"), true);
        j.jobData().put(QStringLiteral("off"), false);
        j.jobData().put(QStringLiteral("xml"), QStringLiteral("<a href=\"x\">&amp;</a>"));
        Trigger t = trigger(QStringLiteral("t"), QStringLiteral("typed"), cron("0 0 12 * * ?"));
        t.jobData().put(QStringLiteral("count"), qint64(7));
        t.jobData().put(QStringLiteral("text"), QStringLiteral("override"));
        t.jobData().put(QStringLiteral("flag"), true);
        QTest::addRow("job data types") << documentOf({ j }, { t }) << QString();
    }
    {
        JobDetail j = job(QStringLiteral("policy"), QStringLiteral("log"));
        j.jobData().put(QStringLiteral("message"), QStringLiteral("hello"));
        j.setDurable(false);
        j.setRequestsRecovery(true);
        j.setConcurrentExecutionDisallowed(true);
        j.setPersistJobDataAfterExecution(true);
        j.setTimeoutMs(30000);
        j.setRetryCount(3);
        j.setRetryDelayMs(5000);
        j.setFailureWebhook(QStringLiteral("https://hooks.example.com/failed"));
        j.setRequiredNodeTag(QStringLiteral("gpu"));
        j.setPinnedInstanceId(QStringLiteral("node-7"));
        Trigger t = trigger(QStringLiteral("t"), QStringLiteral("policy"), SimpleSchedule { 1000, 1 });
        QTest::addRow("Qronos-only job options") << documentOf({ j }, { t }) << QString();
    }
    {
        JobDetail http = job(QStringLiteral("ping"), QStringLiteral("http"));
        http.jobData().put(QStringLiteral("url"), QStringLiteral("https://intranet/ping"));
        JobDetail other = shell;
        other.setKey(JobKey(QStringLiteral("other"), QStringLiteral("nightly")));
        other.jobData().put(QStringLiteral("program"), QStringLiteral("/opt/acme/other.sh"));
        JobDetail sql = job(QStringLiteral("purge"), QStringLiteral("sql"));
        sql.jobData().put(QStringLiteral("dataSource"), QStringLiteral("reporting"));
        sql.jobData().put(QStringLiteral("statement"), QStringLiteral("DELETE FROM t WHERE a < 3"));
        JobDetail plugin = job(QStringLiteral("sum"), QStringLiteral("checksum"));
        plugin.jobData().put(QStringLiteral("file"), QStringLiteral("/backup/db.dump"));
        QTest::addRow("mapping both ways") << documentOf({ shell, other, http, sql, plugin }, {})
                                           << QStringLiteral("com.acme.ReportJob = shell:/opt/acme/report.sh\n"
                                                             "com.acme.PingJob = http\n"
                                                             "com.acme.PurgeJob = sql:reporting\n");
    }
    {
        ScheduleDocument doc = documentOf({ job(QStringLiteral("noop"), QStringLiteral("noop")) }, {});
        doc.directives.deleteJobsInGroups = { QStringLiteral("*"), QStringLiteral("nightly") };
        doc.directives.deleteTriggersInGroups = { QStringLiteral("web") };
        doc.directives.deleteJobs = { JobKey(QStringLiteral("a")), JobKey(QStringLiteral("b"), QStringLiteral("g")) };
        doc.directives.deleteTriggers = { TriggerKey(QStringLiteral("t"), QStringLiteral("g")) };
        doc.directives.overwriteExistingData = false;
        doc.directives.ignoreDuplicates = true;
        QTest::addRow("pre-processing commands and directives") << doc << QString();
    }
}

void tst_QuartzXml::roundTrip()
{
    QFETCH(ScheduleDocument, document);
    QFETCH(QString, mapping);
    const JobClassMapping map = mappingOf(mapping);

    const QuartzXmlWriteResult first = QuartzXml::write(document, map);
    QVERIFY2(first.notWritten.isEmpty(), qPrintable(first.notWritten.join(QLatin1Char('\n'))));
    const QuartzXmlReadResult read = QuartzXml::read(first.xml, map, options());
    QVERIFY2(read.ok(), qPrintable(messages(read.problems).join(QLatin1Char('\n')) + "\n" + first.xml));
    QCOMPARE(read.warnings.size(), 0);

    QCOMPARE(read.document.jobs.size(), document.jobs.size());
    for (qsizetype i = 0; i < document.jobs.size(); ++i) {
        if (!(read.document.jobs.at(i).job == document.jobs.at(i).job))
            QFAIL(qPrintable(QStringLiteral("job %1 differs:\n%2\n%3")
                                 .arg(i)
                                 .arg(QString::fromUtf8(QJsonDocument(read.document.jobs.at(i).job.toJson()).toJson()),
                                      QString::fromUtf8(QJsonDocument(document.jobs.at(i).job.toJson()).toJson()))));
    }
    QCOMPARE(read.document.triggers.size(), document.triggers.size());
    for (qsizetype i = 0; i < document.triggers.size(); ++i) {
        const DocumentTrigger &got = read.document.triggers.at(i);
        if (!(got.trigger == document.triggers.at(i).trigger))
            QFAIL(qPrintable(
                QStringLiteral("trigger %1 differs:\n%2\n%3")
                    .arg(i)
                    .arg(QString::fromUtf8(QJsonDocument(got.trigger.toJson()).toJson()),
                         QString::fromUtf8(QJsonDocument(document.triggers.at(i).trigger.toJson()).toJson()))));
        QCOMPARE(got.paused, document.triggers.at(i).paused);
        QVERIFY(got.location.line > 0);
    }
    const ImportDirectives &d = read.document.directives;
    QCOMPARE(d.deleteJobsInGroups, document.directives.deleteJobsInGroups);
    QCOMPARE(d.deleteTriggersInGroups, document.directives.deleteTriggersInGroups);
    QCOMPARE(d.deleteJobs, document.directives.deleteJobs);
    QCOMPARE(d.deleteTriggers, document.directives.deleteTriggers);
    QCOMPARE(d.overwriteExistingData, document.directives.overwriteExistingData);
    QCOMPARE(d.ignoreDuplicates, document.directives.ignoreDuplicates);

    const QuartzXmlWriteResult second = QuartzXml::write(read.document, map);
    QCOMPARE(QString::fromUtf8(second.xml), QString::fromUtf8(first.xml));
}

void tst_QuartzXml::writesQuartzOrder()
{
    JobDetail j = job(QStringLiteral("report"), QStringLiteral("shell"), QStringLiteral("nightly"));
    j.setDescription(QStringLiteral("Sales report"));
    j.jobData().put(QStringLiteral("program"), QStringLiteral("/opt/acme/report.sh"));
    j.jobData().put(QStringLiteral("timeoutSeconds"), qint64(60));
    Trigger t(TriggerKey(QStringLiteral("weekdays"), QStringLiteral("nightly")), j.key(), cron("0 30 2 ? * MON-FRI"));
    t.setStartTime(1735689600000);
    t.setEndTime(1893456000000);
    t.setTimeZoneId("Asia/Shanghai");
    t.setPriority(7);
    t.setCalendarName(QStringLiteral("holidays"));
    t.setMisfireInstruction(Misfire::DoNothing);
    t.jobData().put(QStringLiteral("region"), QStringLiteral("emea"));
    ScheduleDocument doc = documentOf({ j }, { t });
    doc.directives.deleteJobsInGroups = { QStringLiteral("nightly") };
    doc.directives.deleteTriggers = { TriggerKey(QStringLiteral("old")) };

    const QuartzXmlWriteResult written
        = QuartzXml::write(doc, mappingOf(QStringLiteral("com.acme.ReportJob = shell:/opt/acme/report.sh")));
    QCOMPARE(QString::fromUtf8(written.xml), QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<job-scheduling-data xmlns="http://www.quartz-scheduler.org/xml/JobSchedulingData" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.quartz-scheduler.org/xml/JobSchedulingData http://www.quartz-scheduler.org/xml/job_scheduling_data_2_0.xsd" version="2.0">
    <pre-processing-commands>
        <delete-jobs-in-group>nightly</delete-jobs-in-group>
        <delete-trigger>
            <name>old</name>
            <group>DEFAULT</group>
        </delete-trigger>
    </pre-processing-commands>
    <processing-directives>
        <overwrite-existing-data>true</overwrite-existing-data>
        <ignore-duplicates>false</ignore-duplicates>
    </processing-directives>
    <schedule>
        <job>
            <name>report</name>
            <group>nightly</group>
            <description>Sales report</description>
            <job-class>com.acme.ReportJob</job-class>
            <durability>true</durability>
            <recover>false</recover>
            <job-data-map>
                <entry>
                    <key>qronos.type.timeoutSeconds</key>
                    <value>integer</value>
                </entry>
                <entry>
                    <key>timeoutSeconds</key>
                    <value>60</value>
                </entry>
            </job-data-map>
        </job>
        <trigger>
            <cron>
                <name>weekdays</name>
                <group>nightly</group>
                <job-name>report</job-name>
                <job-group>nightly</job-group>
                <priority>7</priority>
                <calendar-name>holidays</calendar-name>
                <job-data-map>
                    <entry>
                        <key>region</key>
                        <value>emea</value>
                    </entry>
                </job-data-map>
                <start-time>2025-01-01T00:00:00.000Z</start-time>
                <end-time>2030-01-01T00:00:00.000Z</end-time>
                <misfire-instruction>MISFIRE_INSTRUCTION_DO_NOTHING</misfire-instruction>
                <cron-expression>0 30 2 ? * MON-FRI</cron-expression>
                <time-zone>Asia/Shanghai</time-zone>
            </cron>
        </trigger>
    </schedule>
</job-scheduling-data>
)"));
    QVERIFY(written.notWritten.isEmpty());
}

void tst_QuartzXml::notWritten()
{
    ScheduleDocument doc
        = documentOf({ job(QStringLiteral("noop"), QStringLiteral("noop")) },
                     { trigger(QStringLiteral("daily"), QStringLiteral("noop"), DailyTimeIntervalSchedule {}),
                       trigger(QStringLiteral("cron"), QStringLiteral("noop"), cron("0 0 * * * ?")) });
    doc.jobs[0].job.setDescription(QStringLiteral(" padded\x01"));
    doc.jobs[0].job.jobData().put(QStringLiteral("qronos.mine"), QStringLiteral("x"));
    auto holidays = Calendar::fromJson(QJsonObject { { QStringLiteral("kind"), QStringLiteral("holiday") },
                                                     { QStringLiteral("excludedDates"), QJsonArray {} } });
    QVERIFY2(holidays, qPrintable(holidays.error()));
    doc.calendars.append({ QStringLiteral("holidays"), *holidays, {} });

    const QuartzXmlWriteResult written = QuartzXml::write(doc, {});
    QCOMPARE(
        written.notWritten,
        QStringList({ QStringLiteral("The calendar \"holidays\" is not written: Quartz XML has no calendars (triggers "
                                     "still name it in <calendar-name>)."),
                      QStringLiteral("The description of the job DEFAULT.noop loses its surrounding white space and "
                                     "control characters, which XML does not keep."),
                      QStringLiteral("The job data \"qronos.mine\" of the job DEFAULT.noop is not written: keys "
                                     "starting with \"qronos.\" are reserved in Quartz XML."),
                      QStringLiteral("The trigger T.daily is not written: Quartz XML has no daily-time-interval "
                                     "triggers.") }));
    const QuartzXmlReadResult read = QuartzXml::read(written.xml, {}, options());
    QVERIFY(read.ok());
    QCOMPARE(read.document.triggers.size(), 1);
    QCOMPARE(read.document.jobs.at(0).job.description(), QStringLiteral("padded"));
    QVERIFY(read.document.jobs.at(0).job.jobData().isEmpty());
}

void tst_QuartzXml::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("jobs");
    QTest::addColumn<int>("triggers");
    QTest::newRow("Quartz example 10 style") << QStringLiteral("quartz_data.xml") << 2 << 3;
    QTest::newRow("ACME nightly batch") << QStringLiteral("acme_nightly.xml") << 3 << 4;
}

void tst_QuartzXml::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, jobs);
    QFETCH(int, triggers);
    Result<JobClassMapping> mapping
        = JobClassMapping::load(QStringLiteral(QRONOS_SOURCE_DIR "/tests/fixtures/quartzxml/acme.mapping"));
    QVERIFY2(mapping, qPrintable(mapping.error()));

    const QuartzXmlReadResult read = QuartzXml::read(fixture(qPrintable(file)), *mapping, options());
    QVERIFY2(read.ok(), qPrintable(messages(read.problems).join(QLatin1Char('\n'))));
    QCOMPARE(read.warnings.size(), 0);
    QCOMPARE(read.document.jobs.size(), jobs);
    QCOMPARE(read.document.triggers.size(), triggers);

    // Export gives the mapped classes back, and from then on the file is stable.
    const QuartzXmlWriteResult first = QuartzXml::write(read.document, *mapping);
    QVERIFY(first.notWritten.isEmpty());
    QVERIFY(!first.xml.contains("qronos:"));
    // To check an export by hand with Java Quartz's XMLSchedulingDataProcessor (docs/formats.md).
    if (const QByteArray dir = qgetenv("QRONOS_QUARTZXML_DUMP"); !dir.isEmpty()) {
        QFile out(QString::fromLocal8Bit(dir) + QLatin1Char('/') + file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(first.xml) == first.xml.size());
    }
    const QuartzXmlReadResult again = QuartzXml::read(first.xml, *mapping, options());
    QVERIFY2(again.ok(), qPrintable(messages(again.problems).join(QLatin1Char('\n'))));
    for (qsizetype i = 0; i < jobs; ++i)
        QVERIFY(again.document.jobs.at(i).job == read.document.jobs.at(i).job);
    for (qsizetype i = 0; i < triggers; ++i)
        QVERIFY(again.document.triggers.at(i).trigger == read.document.triggers.at(i).trigger);
    QCOMPARE(QString::fromUtf8(QuartzXml::write(again.document, *mapping).xml), QString::fromUtf8(first.xml));
}

void tst_QuartzXml::readsFixtureDetails()
{
    Result<JobClassMapping> mapping
        = JobClassMapping::load(QStringLiteral(QRONOS_SOURCE_DIR "/tests/fixtures/quartzxml/acme.mapping"));
    QVERIFY2(mapping, qPrintable(mapping.error()));
    QuartzXmlReadOptions o = options();
    o.defaultTimeZone = "Europe/Paris";
    const QuartzXmlReadResult example = QuartzXml::read(fixture("quartz_data.xml"), *mapping, o);
    QVERIFY(example.ok());
    const ImportDirectives &d = example.document.directives;
    QCOMPARE(d.deleteJobsInGroups, QStringList { QStringLiteral("*") });
    QCOMPARE(d.deleteTriggersInGroups, QStringList { QStringLiteral("*") });
    QVERIFY(d.overwriteExistingData);
    QVERIFY(!d.ignoreDuplicates);

    const JobDetail &job1 = example.document.jobs.at(0).job;
    QCOMPARE(job1.key(), JobKey(QStringLiteral("TestJob1"), QStringLiteral("DEFAULT")));
    QCOMPARE(job1.jobType(), QStringLiteral("log"));
    QCOMPARE(job1.jobData().string(QStringLiteral("message")), QStringLiteral("SimpleJob says: Hello World!"));
    QVERIFY(!job1.isDurable());
    QVERIFY(!job1.requestsRecovery());
    QCOMPARE(example.document.jobs.at(0).location.line, 24);
    QCOMPARE(example.document.jobs.at(0).location.column, 9); // the "<" of the indented <job>
    QCOMPARE(example.document.jobs.at(0).location.path, QStringLiteral("/job-scheduling-data/schedule[1]/job[1]"));
    const JobDetail &job2 = example.document.jobs.at(1).job;
    QCOMPARE(job2.key(), JobKey(QStringLiteral("TestJob2"), QStringLiteral("GroupOfTestJob2")));
    QCOMPARE(job2.description(), QStringLiteral("This is the description of TestJob2"));
    QVERIFY(job2.requestsRecovery());
    QCOMPARE(job2.jobData().string(QStringLiteral("someOtherKey")), QStringLiteral("someOtherValue"));

    const Trigger &first = example.document.triggers.at(0).trigger;
    QCOMPARE(first.key(), TriggerKey(QStringLiteral("TestSimpleTrigger1AtFiveSecondInterval")));
    QCOMPARE(first.jobKey(), job1.key());
    QCOMPARE(first.startTime(), now); // no start-time: now, as Quartz
    QCOMPARE(*first.scheduleAs<SimpleSchedule>(), (SimpleSchedule { 5000, SimpleSchedule::RepeatIndefinitely }));
    QCOMPARE(first.timeZoneId(), QByteArray("Europe/Paris"));
    const Trigger &second = example.document.triggers.at(1).trigger;
    QCOMPARE(second.startTime(), 1265706900000); // 2010-02-09T10:15:00 in Paris (UTC+1) = 09:15Z
    QCOMPARE(second.misfireInstruction(), Misfire::FireNow);
    const Trigger &third = example.document.triggers.at(2).trigger;
    QCOMPARE(third.scheduleAs<CronSchedule>()->expression.expression(), QStringLiteral("0 * * ? * *"));
    QCOMPARE(third.timeZoneId(), QByteArray("Europe/Paris"));
    QCOMPARE(third.jobData().string(QStringLiteral("someKey")), QStringLiteral("overriddenValue"));

    const QuartzXmlReadResult acme = QuartzXml::read(fixture("acme_nightly.xml"), *mapping, options());
    QVERIFY(acme.ok());
    const ImportDirectives &a = acme.document.directives;
    QCOMPARE(a.deleteJobsInGroups, QStringList { QStringLiteral("nightly") });
    QVERIFY(a.deleteTriggersInGroups.isEmpty());
    QCOMPARE(a.deleteJobs, QList<JobKey> { JobKey(QStringLiteral("legacyExport"), QStringLiteral("nightly")) });
    QCOMPARE(a.deleteTriggers, QList<TriggerKey> { TriggerKey(QStringLiteral("legacyExportTrigger")) });
    QVERIFY(!a.overwriteExistingData);
    QVERIFY(a.ignoreDuplicates);
    const JobDetail &report = acme.document.jobs.at(0).job;
    QCOMPARE(report.jobType(), QStringLiteral("shell"));
    QCOMPARE(report.jobData().string(QStringLiteral("program")), QStringLiteral("/opt/acme/bin/sales-report"));
    QCOMPARE(report.jobData().string(QStringLiteral("arguments")), QStringLiteral("[\"--region\", \"emea\"]"));
    QVERIFY(report.isDurable());
    const JobDetail &purge = acme.document.jobs.at(1).job;
    QCOMPARE(purge.jobType(), QStringLiteral("sql"));
    QCOMPARE(purge.jobData().string(QStringLiteral("dataSource")), QStringLiteral("reporting"));
    QCOMPARE(purge.jobData().string(QStringLiteral("statement")),
             QStringLiteral("DELETE FROM sessions WHERE last_seen < now() - interval '30 days'"));
    QCOMPARE(acme.document.jobs.at(2).job.jobData().string(QStringLiteral("url")),
             QStringLiteral("https://www.acme.example/internal/warm-cache"));

    const Trigger &weekdays = acme.document.triggers.at(0).trigger;
    QCOMPARE(weekdays.startTime(), 1704038400000); // 2024-01-01T00:00:00+08:00
    QCOMPARE(*weekdays.endTime(), 1924963199999); // 2030-12-31T23:59:59.999+08:00
    QCOMPARE(weekdays.priority(), 7);
    QCOMPARE(weekdays.misfireInstruction(), Misfire::FireOnceNow);
    QCOMPARE(weekdays.timeZoneId(), QByteArray("Asia/Shanghai"));
    QCOMPARE(weekdays.description(), QStringLiteral("02:30 Shanghai time, Monday to Friday"));
    QCOMPARE(acme.document.triggers.at(1).trigger.misfireInstruction(), Misfire::DoNothing);
    const Trigger &warm = acme.document.triggers.at(2).trigger;
    QCOMPARE(*warm.scheduleAs<CalendarIntervalSchedule>(),
             (CalendarIntervalSchedule { 6, IntervalUnit::Hour, false, false }));
    const Trigger &deploy = acme.document.triggers.at(3).trigger;
    QCOMPARE(deploy.startTime(), now + 60000);
    QCOMPARE(deploy.misfireInstruction(), Misfire::RescheduleNextWithRemainingCount);
    QCOMPARE(*deploy.scheduleAs<SimpleSchedule>(), (SimpleSchedule { 0, 0 }));
    for (const DocumentTrigger &t : acme.document.triggers)
        QVERIFY(!t.paused);
}

void tst_QuartzXml::defaults()
{
    const QuartzXmlReadResult read
        = QuartzXml::read(wrapped("<schedule><job><name>j</name><job-class>qronos:noop</job-class></job>\n"
                                  "<trigger><cron><name>t</name><job-name>j</job-name>"
                                  "<cron-expression>0 0 0 * * ?</cron-expression></cron></trigger>"
                                  "</schedule>\n"),
                          {}, options());
    QVERIFY2(read.ok(), qPrintable(messages(read.problems).join(QLatin1Char('\n'))));
    const ImportDirectives &d = read.document.directives;
    QVERIFY(d.overwriteExistingData); // Quartz's defaults
    QVERIFY(!d.ignoreDuplicates);
    QVERIFY(d.deleteJobs.isEmpty());
    const JobDetail &j = read.document.jobs.at(0).job;
    QCOMPARE(j.key().group(), QStringLiteral("DEFAULT"));
    QCOMPARE(j.jobType(), QStringLiteral("noop"));
    QVERIFY(!j.isDurable());
    QVERIFY(!j.requestsRecovery());
    const Trigger &t = read.document.triggers.at(0).trigger;
    QCOMPARE(t.key().group(), QStringLiteral("DEFAULT"));
    QCOMPARE(t.jobKey(), JobKey(QStringLiteral("j")));
    QCOMPARE(t.priority(), 5);
    QCOMPARE(t.misfireInstruction(), Misfire::SmartPolicy);
    QCOMPARE(t.startTime(), now);
    QVERIFY(!t.endTime());
    QCOMPARE(t.timeZoneId(), QByteArray("UTC"));
    QCOMPARE(read.document.triggers.at(0).location.line, 4);
    QCOMPARE(read.document.triggers.at(0).location.column, 10); // <cron>
}

void tst_QuartzXml::unknownDefaultZone()
{
    QuartzXmlReadOptions o = options();
    o.defaultTimeZone = "Mars/Olympus";
    const QuartzXmlReadResult read = QuartzXml::read(wrapped("<schedule/>\n"), {}, o);
    QCOMPARE(
        messages(read.problems),
        QStringList { QStringLiteral("The default time zone \"Mars/Olympus\" is not known (expected an IANA id such "
                                     "as Asia/Shanghai).") });
}

void tst_QuartzXml::javaQuartzReadsExports()
{
    // Java Quartz 2.3.2's own XMLSchedulingDataProcessor (Debian's libquartz2-java) loads Qronos's exports, validating
    // them against its schema, and makes of them the jobs and triggers Qronos reads.
    const QString javac = QStandardPaths::findExecutable(QStringLiteral("javac"));
    const QString java = QStandardPaths::findExecutable(QStringLiteral("java"));
    const QStringList jars { QStringLiteral("/usr/share/java/quartz2.jar"),
                             QStringLiteral("/usr/share/java/slf4j-api.jar"),
                             QStringLiteral("/usr/share/java/slf4j-nop.jar") };
    if (javac.isEmpty() || java.isEmpty()
        || !std::all_of(jars.begin(), jars.end(), [](const QString &jar) { return QFile::exists(jar); }))
        QSKIP("needs javac, java, libquartz2-java and libslf4j-java");

    Result<JobClassMapping> mapping
        = JobClassMapping::load(QStringLiteral(QRONOS_SOURCE_DIR "/tests/fixtures/quartzxml/acme.mapping"));
    QVERIFY2(mapping, qPrintable(mapping.error()));
    QList<ScheduleDocument> docs;
    for (const char *name : { "quartz_data.xml", "acme_nightly.xml" }) {
        const QuartzXmlReadResult read = QuartzXml::read(fixture(name), *mapping, options());
        QVERIFY(read.ok());
        docs.append(read.document);
    }
    {
        JobDetail report = job(QStringLiteral("report"), QStringLiteral("shell"), QStringLiteral("nightly"));
        report.jobData().put(QStringLiteral("program"), QStringLiteral("/opt/acme/bin/sales-report"));
        report.jobData().put(QStringLiteral("timeoutSeconds"), qint64(60));
        report.jobData().put(QStringLiteral("ratio"), 0.25);
        report.jobData().put(QStringLiteral("verbose"), true);
        report.setRetryCount(2);
        report.setConcurrentExecutionDisallowed(true);
        Trigger weekdays(TriggerKey(QStringLiteral("weekdays"), QStringLiteral("nightly")), report.key(),
                         cron("0 30 2 ? * MON-FRI"));
        weekdays.setStartTime(1735689600500);
        weekdays.setTimeZoneId("Asia/Shanghai");
        weekdays.setMisfireInstruction(Misfire::FireOnceNow);
        weekdays.setPriority(0);
        Trigger monthly(TriggerKey(QStringLiteral("monthly"), QStringLiteral("nightly")), report.key(),
                        CalendarIntervalSchedule { 1, IntervalUnit::Month, true, false });
        monthly.setStartTime(1735689600000);
        monthly.setEndTime(1893456000123);
        monthly.setTimeZoneId("Europe/Berlin");
        monthly.jobData().put(QStringLiteral("region"), QStringLiteral("emea"));
        Trigger often(TriggerKey(QStringLiteral("often"), QStringLiteral("nightly")), report.key(),
                      SimpleSchedule { 90000, SimpleSchedule::RepeatIndefinitely });
        often.setStartTime(1735689600000);
        often.setPriority(9);
        often.setMisfireInstruction(Misfire::RescheduleNowWithRemainingRepeatCount);
        docs.append(documentOf({ report }, { weekdays, monthly, often }, { false, true, false }));
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList files;
    QStringList expected;
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const QuartzXmlWriteResult written = QuartzXml::write(docs.at(i), *mapping);
        QVERIFY(written.notWritten.isEmpty());
        const QuartzXmlReadResult back = QuartzXml::read(written.xml, *mapping, options());
        QVERIFY(back.ok());
        expected += javaView(back.document, *mapping);
        files.append(dir.filePath(QStringLiteral("export%1.xml").arg(i)));
        QFile out(files.last());
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(written.xml) == written.xml.size());
    }
    expected.sort();

    const QString sources = QStringLiteral(QRONOS_SOURCE_DIR "/tests/fixtures/quartzxml/java");
    QStringList javaFiles;
    for (QDirIterator it(sources, { QStringLiteral("*.java") }, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();)
        javaFiles.append(it.next());
    const QString classes = dir.filePath(QStringLiteral("classes"));
    const QString classPath = jars.join(QLatin1Char(':'));
    QProcess compile;
    compile.start(
        javac,
        QStringList { QStringLiteral("-nowarn"), QStringLiteral("-d"), classes, QStringLiteral("-cp"), classPath }
            + javaFiles);
    QVERIFY(compile.waitForFinished(120000));
    QVERIFY2(compile.exitCode() == 0, compile.readAllStandardError().constData());

    QProcess load;
    load.start(java,
               QStringList { QStringLiteral("-cp"), classes + QLatin1Char(':') + classPath,
                             QStringLiteral("LoadSchedulingData") }
                   + files);
    QVERIFY(load.waitForFinished(120000));
    QVERIFY2(load.exitCode() == 0, load.readAllStandardError().constData());
    const QStringList actual
        = QString::fromUtf8(load.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(actual.size(), 16); // 6 jobs and 10 triggers
    QCOMPARE(actual, expected);
}

void tst_QuartzXml::carriageReturns()
{
    // A carriage return given as &#13; survives reading; a raw one in the export would come back as a line feed.
    const QByteArray xml = wrapped("<pre-processing-commands><delete-jobs-in-group>a&#13;b</delete-jobs-in-group>"
                                   "</pre-processing-commands>\n<schedule>\n"
                                   "<job><name>j</name><job-class>qronos:noop</job-class><job-data-map>"
                                   "<entry><key>v</key><value>one&#13;\ntwo</value></entry></job-data-map></job>\n"
                                   "<trigger><simple><name>t</name><job-name>j</job-name>"
                                   "<calendar-name>x&#13;y</calendar-name></simple></trigger>\n</schedule>\n");
    const QuartzXmlReadResult read = QuartzXml::read(xml, {}, options());
    QVERIFY2(read.ok(), qPrintable(messages(read.problems).join(QLatin1Char('\n'))));
    QCOMPARE(read.document.directives.deleteJobsInGroups, QStringList { QStringLiteral("a\rb") });
    QCOMPARE(read.document.jobs.at(0).job.jobData().string(QStringLiteral("v")), QStringLiteral("one\r\ntwo"));
    QCOMPARE(read.document.triggers.at(0).trigger.calendarName(), QStringLiteral("x\ry"));

    const QuartzXmlWriteResult first = QuartzXml::write(read.document, {});
    QVERIFY(first.xml.contains("<calendar-name>x&#13;y</calendar-name>"));
    const QuartzXmlReadResult again = QuartzXml::read(first.xml, {}, options());
    QVERIFY(again.ok());
    QCOMPARE(again.document.directives.deleteJobsInGroups, read.document.directives.deleteJobsInGroups);
    QVERIFY(again.document.jobs.at(0).job == read.document.jobs.at(0).job);
    QVERIFY(again.document.triggers.at(0).trigger == read.document.triggers.at(0).trigger);
    QCOMPARE(QuartzXml::write(again.document, {}).xml, first.xml);
}

void tst_QuartzXml::unmappedAsPausedNoop()
{
    const QByteArray xml
        = wrapped("<schedule>\n"
                  "<job><name>legacy</name><job-class>com.acme.LegacyJob</job-class>\n"
                  "<job-data-map><entry><key>region</key><value>emea</value></entry></job-data-map></job>\n"
                  "<trigger><simple><name>t</name><job-name>legacy</job-name>"
                  "<start-time>2026-02-01T00:00:00Z</start-time></simple></trigger>\n"
                  "</schedule>\n");
    const QuartzXmlReadResult refused = QuartzXml::read(xml, {}, options(false));
    QCOMPARE(messages(refused.problems),
             QStringList { QStringLiteral(
                 "line 4, column 25 (/job-scheduling-data/schedule[1]/job[1]/job-class): The job class "
                 "com.acme.LegacyJob has no mapping to a Qronos job type; add a line such as \"com.acme.LegacyJob = "
                 "shell:/path/to/program\" to the mapping, or import unmapped classes as paused noop jobs.") });

    const QuartzXmlReadResult read = QuartzXml::read(xml, {}, options(true));
    QVERIFY2(read.ok(), qPrintable(messages(read.problems).join(QLatin1Char('\n'))));
    QCOMPARE(
        messages(read.warnings),
        QStringList { QStringLiteral("line 4, column 25 (/job-scheduling-data/schedule[1]/job[1]/job-class): The job "
                                     "class com.acme.LegacyJob has no mapping: the job is imported as a noop job and "
                                     "its triggers are paused.") });
    const JobDetail &j = read.document.jobs.at(0).job;
    QCOMPARE(j.jobType(), QStringLiteral("noop"));
    QCOMPARE(j.jobData().string(QStringLiteral("qronos.javaClass")), QStringLiteral("com.acme.LegacyJob"));
    QCOMPARE(j.jobData().string(QStringLiteral("region")), QStringLiteral("emea"));
    QVERIFY(read.document.triggers.at(0).paused);

    // Export writes the Java class back; a later import with a mapping gets the real type.
    const QuartzXmlWriteResult written = QuartzXml::write(read.document, {});
    QVERIFY(written.xml.contains("<job-class>com.acme.LegacyJob</job-class>"));
    QVERIFY(!written.xml.contains("<key>qronos.javaClass</key>"));
    QVERIFY(written.xml.contains("<key>qronos.paused</key>"));
    const QuartzXmlReadResult again = QuartzXml::read(written.xml, {}, options(true));
    QVERIFY(again.ok());
    QVERIFY(again.document.jobs.at(0).job == j);
    QCOMPARE(QuartzXml::write(again.document, {}).xml, written.xml);
    const QuartzXmlReadResult mapped
        = QuartzXml::read(written.xml, mappingOf(QStringLiteral("com.acme.LegacyJob = shell:/opt/legacy")), options());
    QVERIFY(mapped.ok());
    QCOMPARE(mapped.document.jobs.at(0).job.jobType(), QStringLiteral("shell"));
}

void tst_QuartzXml::malformed_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QStringList>("expected");

    const QByteArray job = "<job><name>j</name><job-class>qronos:noop</job-class></job>\n";
    const auto cronTrigger = [&](const QByteArray &inner) {
        return wrapped("<schedule>\n" + job + "<trigger><cron><name>t</name><job-name>j</job-name>\n" + inner
                       + "</cron></trigger>\n</schedule>\n");
    };

    QTest::newRow("not XML") << QByteArray("this is not xml")
                             << QStringList { QStringLiteral(
                                    "line 1, column 2: The file is not well-formed XML: Start tag expected.") };
    QTest::newRow("empty") << QByteArray()
                           << QStringList { QStringLiteral(
                                  "line 1, column 1: The file is not well-formed XML: Premature end of document.") };
    QTest::newRow("truncated")
        << wrapped("<schedule>\n" + job).chopped(40)
        << QStringList { QStringLiteral(
               "line 4, column 44 (/job-scheduling-data/schedule[1]/job[1]/job-class): The file is not well-formed "
               "XML: Premature end of document.") };
    QTest::newRow("wrong root")
        << QByteArray("<?xml version=\"1.0\"?>\n<quartz><job/></quartz>\n")
        << QStringList { QStringLiteral(
               "line 2, column 1 (/quartz): The root element is <quartz>; a Quartz scheduling data file starts with "
               "<job-scheduling-data>.") };
    QTest::newRow("no namespace")
        << QByteArray("<job-scheduling-data version=\"2.0\"/>")
        << QStringList { QStringLiteral(
               "line 1, column 1 (/job-scheduling-data): <job-scheduling-data> has no namespace; expected "
               "xmlns=\"http://www.quartz-scheduler.org/xml/JobSchedulingData\".") };
    QTest::newRow("wrong namespace")
        << QByteArray("<job-scheduling-data xmlns=\"http://www.opensymphony.com/quartz/JobSchedulingData\"/>")
        << QStringList { QStringLiteral(
               "line 1, column 1 (/job-scheduling-data): <job-scheduling-data> is in the namespace "
               "http://www.opensymphony.com/quartz/JobSchedulingData; expected "
               "http://www.quartz-scheduler.org/xml/JobSchedulingData.") };
    QTest::newRow("unknown trigger element")
        << wrapped("<schedule>\n" + job
                   + "<trigger><daily-time-interval><name>t</name></daily-time-interval></trigger>\n</schedule>\n")
        << QStringList { QStringLiteral(
               "line 5, column 10 (/job-scheduling-data/schedule[1]/trigger[1]/daily-time-interval): Unexpected "
               "element <daily-time-interval> in <trigger>; expected <simple>, <cron>, <calendar-interval>.") };
    QTest::newRow("empty trigger") << wrapped("<schedule>\n<trigger/>\n</schedule>\n")
                                   << QStringList { QStringLiteral(
                                          "line 4, column 1 (/job-scheduling-data/schedule[1]/trigger[1]): <trigger> "
                                          "needs one of <simple>, <cron> or <calendar-interval>.") };
    QTest::newRow("two schedules in a trigger")
        << wrapped("<schedule>\n<trigger><cron/>\n<simple/></trigger>\n</schedule>\n")
        << QStringList { QStringLiteral(
               "line 5, column 1 (/job-scheduling-data/schedule[1]/trigger[1]/simple): <trigger> holds more than "
               "one schedule: <cron> and <simple>.") };
    QTest::newRow("invalid cron")
        << cronTrigger("<cron-expression>0 0 25 * * ?</cron-expression>\n")
        << QStringList { QStringLiteral(
               "line 6, column 1 (/job-scheduling-data/schedule[1]/trigger[1]/cron/cron-expression): Invalid cron "
               "expression: hours field \"25\": values must be between 0 and 23") };
    QTest::newRow("bad misfire-instruction name")
        << cronTrigger("<misfire-instruction>MISFIRE_INSTRUCTION_FIRE_NOW</misfire-instruction>\n"
                       "<cron-expression>0 0 2 * * ?</cron-expression>\n")
        << QStringList { QStringLiteral(
               "line 6, column 1 (/job-scheduling-data/schedule[1]/trigger[1]/cron/misfire-instruction): "
               "\"MISFIRE_INSTRUCTION_FIRE_NOW\" is not a misfire instruction of a <cron> trigger; expected one of "
               "MISFIRE_INSTRUCTION_SMART_POLICY, MISFIRE_INSTRUCTION_FIRE_ONCE_NOW, "
               "MISFIRE_INSTRUCTION_DO_NOTHING.") };
    QTest::newRow("bad date")
        << cronTrigger("<start-time>2026-02-30T00:00:00Z</start-time>\n<end-time>tomorrow</end-time>\n"
                       "<cron-expression>0 0 2 * * ?</cron-expression>\n")
        << QStringList {
               QStringLiteral(
                   "line 6, column 1 (/job-scheduling-data/schedule[1]/trigger[1]/cron/start-time): <start-time> must "
                   "be a date and time between the years 1900 and 9000 such as 2026-03-01T08:30:00Z or "
                   "2026-03-01T08:30:00+08:00, not "
                   "\"2026-02-30T00:00:00Z\"."),
               QStringLiteral(
                   "line 7, column 1 (/job-scheduling-data/schedule[1]/trigger[1]/cron/end-time): <end-time> must be a "
                   "date and time between the years 1900 and 9000 such as 2026-03-01T08:30:00Z or "
                   "2026-03-01T08:30:00+08:00, not \"tomorrow\".")
           };
    QTest::newRow("unknown time zone")
        << cronTrigger("<cron-expression>0 0 2 * * ?</cron-expression>\n<time-zone>Mars/Olympus</time-zone>\n")
        << QStringList { QStringLiteral(
               "line 7, column 1 (/job-scheduling-data/schedule[1]/trigger[1]/cron/time-zone): \"Mars/Olympus\" is "
               "not a known time zone (expected an IANA id such as Asia/Shanghai).") };
    QTest::newRow("unknown repeat-interval-unit")
        << wrapped("<schedule>\n" + job
                   + "<trigger><calendar-interval><name>t</name><job-name>j</job-name>\n"
                     "<repeat-interval>2</repeat-interval>\n<repeat-interval-unit>FORTNIGHT</repeat-interval-unit>\n"
                     "</calendar-interval></trigger>\n</schedule>\n")
        << QStringList { QStringLiteral(
               "line 7, column 1 (/job-scheduling-data/schedule[1]/trigger[1]/calendar-interval/repeat-interval-unit)"
               ": \"FORTNIGHT\" is not an interval unit; expected SECOND, MINUTE, HOUR, DAY, WEEK, MONTH or YEAR.") };
    QTest::newRow("simple trigger repeating without interval")
        << wrapped(
               "<schedule>\n" + job
               + "<trigger><simple><name>t</name><job-name>j</job-name>\n"
                 "<repeat-count>3</repeat-count><repeat-interval>0</repeat-interval></simple></trigger>\n</schedule>\n")
        << QStringList { QStringLiteral(
               "line 5, column 10 (/job-scheduling-data/schedule[1]/trigger[1]/simple): Trigger \"DEFAULT.t\": the "
               "repeat interval must be at least 1 ms when the trigger repeats.") };
    QTest::newRow("missing elements and bad values")
        << wrapped("<schedule>\n<job><group>g</group>\n<durability>yes</durability><job-class>qronos:noop</job-class></"
                   "job>\n"
                   "<trigger><simple><name>t</name><job-name>j</job-name>\n<priority>-1</priority>\n"
                   "<repeat-count>x</repeat-count>\n<colour>red</colour>\n</simple></trigger>\n</schedule>\n")
        << QStringList {
               QStringLiteral(
                   "line 4, column 1 (/job-scheduling-data/schedule[1]/job[1]): <job> lacks its <name> element."),
               QStringLiteral("line 5, column 1 (/job-scheduling-data/schedule[1]/job[1]/durability): <durability> "
                              "must be true or "
                              "false, not \"yes\"."),
               QStringLiteral(
                   "line 7, column 1 (/job-scheduling-data/schedule[1]/trigger[1]/simple/priority): <priority> must be "
                   "a whole number from 0 to 2147483647, not \"-1\"."),
               QStringLiteral(
                   "line 8, column 1 (/job-scheduling-data/schedule[1]/trigger[1]/simple/repeat-count): <repeat-count> "
                   "must be a whole number from -1 to 2147483647, not \"x\"."),
               QStringLiteral(
                   "line 9, column 1 (/job-scheduling-data/schedule[1]/trigger[1]/simple/colour): Unexpected element "
                   "<colour> in <simple>; expected <name>, <group>, <description>, <job-name>, <job-group>, "
                   "<priority>, "
                   "<calendar-name>, <job-data-map>, <start-time>, <start-time-seconds-in-future>, <end-time>, "
                   "<misfire-instruction>, <repeat-count>, <repeat-interval>.")
           };
    QTest::newRow("duplicate keys")
        << wrapped("<schedule>\n" + job + job
                   + "<job><name>k</name><job-class>qronos:noop</job-class>\n<job-data-map>"
                     "<entry><key>a</key><value>1</value></entry>\n<entry><key>a</key><value>2</value></entry>"
                     "</job-data-map></job>\n</schedule>\n")
        << QStringList {
               QStringLiteral(
                   "line 5, column 1 (/job-scheduling-data/schedule[1]/job[2]): The job DEFAULT.j is defined twice "
                   "(first on line 4)."),
               QStringLiteral(
                   "line 8, column 1 (/job-scheduling-data/schedule[1]/job[3]/job-data-map/entry[2]): The job data key "
                   "\"a\" appears twice (first on line 7).")
           };
    QTest::newRow("reserved keys misused")
        << wrapped("<schedule>\n<job><name>k</name><job-class>qronos:noop</job-class>\n<job-data-map>"
                   "<entry><key>qronos.colour</key><value>red</value></entry>\n"
                   "<entry><key>n</key><value>x</value></entry>\n"
                   "<entry><key>qronos.type.n</key><value>integer</value></entry>\n"
                   "<entry><key>qronos.options</key><value>{\"retryCount\": -1}</value></entry>\n"
                   "<entry><key>qronos.javaClass</key><value>com.acme.X</value></entry>\n"
                   "</job-data-map></job>\n</schedule>\n")
        << QStringList {
               QStringLiteral("line 5, column 15 (/job-scheduling-data/schedule[1]/job[1]/job-data-map/entry[1]): "
                              "\"qronos.colour\" is not a reserved key Qronos reads here (it reads qronos.options, "
                              "qronos.type.<key>)."),
               QStringLiteral(
                   "line 7, column 1 (/job-scheduling-data/schedule[1]/job[1]/job-data-map/entry[3]): The value of "
                   "\"n\" is not a valid integer: \"x\"."),
               QStringLiteral("line 8, column 1 (/job-scheduling-data/schedule[1]/job[1]/job-data-map/entry[4]): Job "
                              "\"DEFAULT.k\": \"retryCount\" must be a whole number of zero or more."),
               QStringLiteral("line 9, column 1 (/job-scheduling-data/schedule[1]/job[1]/job-data-map/entry[5]): "
                              "\"qronos.javaClass\" is not a reserved key Qronos reads here (it reads qronos.options, "
                              "qronos.type.<key>).")
           };
    QTest::newRow("DOCTYPE")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE job-scheduling-data SYSTEM \"http://example.com/evil.dtd\">\n"
                      "<job-scheduling-data xmlns=\"http://www.quartz-scheduler.org/xml/JobSchedulingData\"/>\n")
        << QStringList { QStringLiteral(
               "line 2, column 1: A DOCTYPE is not allowed: DTDs and entity declarations are refused.") };
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i < 10; ++i)
        laughs += QStringLiteral("<!ENTITY lol%1 \"%2\">\n")
                      .arg(i)
                      .arg(QStringLiteral("&lol%1;").arg(i == 1 ? QString() : QString::number(i - 1)).repeated(10))
                      .toUtf8();
    laughs += "]>\n<job-scheduling-data xmlns=\"http://www.quartz-scheduler.org/xml/JobSchedulingData\">"
              "<schedule><job><name>&lol9;</name></job></schedule></job-scheduling-data>\n";
    QTest::newRow("billion laughs")
        << laughs
        << QStringList { QStringLiteral(
               "line 2, column 1: A DOCTYPE is not allowed: DTDs and entity declarations are refused.") };
    QTest::newRow("undeclared entity")
        << wrapped("<schedule><job><name>&xxe;</name><job-class>qronos:noop</job-class></job></schedule>\n")
        << QStringList { QStringLiteral(
               "line 3, column 27 (/job-scheduling-data/schedule[1]/job[1]/name): The file is not well-formed XML: "
               "Entity 'xxe' not declared.") };
    QTest::newRow("unmapped class")
        << wrapped("<schedule>\n<job><name>j</name><job-class>com.acme.X</job-class></job>\n"
                   "<job><name>k</name><job-class>not a class</job-class></job>\n</schedule>\n")
        << QStringList {
               QStringLiteral(
                   "line 4, column 20 (/job-scheduling-data/schedule[1]/job[1]/job-class): The job class com.acme.X "
                   "has "
                   "no mapping to a Qronos job type; add a line such as \"com.acme.X = shell:/path/to/program\" to the "
                   "mapping, or import unmapped classes as paused noop jobs."),
               QStringLiteral("line 5, column 20 (/job-scheduling-data/schedule[1]/job[2]/job-class): \"not a class\" "
                              "is neither a "
                              "Java class name nor qronos:<job type>.")
           };
}

void tst_QuartzXml::malformed()
{
    QFETCH(QByteArray, xml);
    QFETCH(QStringList, expected);
    const QuartzXmlReadResult read = QuartzXml::read(xml, {}, options());
    QVERIFY(!read.ok());
    for (const ImportProblem &p : read.problems) {
        QVERIFY(p.location.line > 0);
        QVERIFY(!p.message.isEmpty());
    }
    QCOMPARE(messages(read.problems), expected);
}

void tst_QuartzXml::mappingErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no equals sign") << QStringLiteral("# ok\ncom.acme.A shell\n")
                                    << QStringLiteral(
                                           "m.txt:2: expected JAVA_CLASS = TYPE or JAVA_CLASS = TYPE:ARGUMENT, "
                                           "e.g. com.acme.ReportJob = shell:/opt/acme/report.sh");
    QTest::newRow("bad class") << QStringLiteral("com..A = noop")
                               << QStringLiteral("m.txt:1: \"com..A\" is not a Java class name (expected e.g. "
                                                 "com.acme.ReportJob).");
    QTest::newRow("bad type") << QStringLiteral("com.acme.A = 9lives")
                              << QStringLiteral(
                                     "m.txt:1: \"9lives\" is not a job type name (expected e.g. shell, http, "
                                     "sql, log, noop or a plugin's type).");
    QTest::newRow("argument for noop") << QStringLiteral("com.acme.A = noop:x")
                                       << QStringLiteral(
                                              "m.txt:1: The job type \"noop\" takes no argument; give its data "
                                              "in the job-data-map instead.");
    QTest::newRow("empty argument") << QStringLiteral("com.acme.A = shell:")
                                    << QStringLiteral(
                                           "m.txt:1: nothing follows \"shell:\"; write the type alone or give "
                                           "an argument.");
    QTest::newRow("bad URL") << QStringLiteral("com.acme.A = http:ftp://x/")
                             << QStringLiteral(
                                    "m.txt:1: \"ftp://x/\" is not an absolute http:// or https:// URL with a "
                                    "host.");
    QTest::newRow("bad data source") << QStringLiteral("com.acme.A = sql:my db")
                                     << QStringLiteral("m.txt:1: \"my db\" is not a data source name (a letter, then "
                                                       "letters, digits, _ or -).");
    QTest::newRow("every bad line, duplicate")
        << QStringLiteral("com.acme.A = noop\n\n  # comment\ncom.acme.A = log\nnonsense\n")
        << QStringLiteral(
               "m.txt:4: The class com.acme.A is already mapped on line 1.\n"
               "m.txt:5: expected JAVA_CLASS = TYPE or JAVA_CLASS = TYPE:ARGUMENT, e.g. com.acme.ReportJob = "
               "shell:/opt/acme/report.sh");
}

void tst_QuartzXml::mappingErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Result<JobClassMapping> mapping = JobClassMapping::parse(text, QStringLiteral("m.txt"));
    QVERIFY(!mapping);
    QCOMPARE(mapping.error(), expected);
}

void tst_QuartzXml::mappingLookup()
{
    const JobClassMapping mapping = mappingOf(QStringLiteral("# ACME\n"
                                                             "com.acme.ReportJob = shell:/opt/acme/report.sh\n"
                                                             "com.acme.AnyShell=shell\n"
                                                             "com.acme.Hook = http:https://hooks.example.com/x?a=1\n"
                                                             "com.acme.Sum = checksum\n"
                                                             "com.acme.Outer$Inner = log:a = b\n"));
    QCOMPARE(mapping.entries().size(), 5);
    QCOMPARE(mapping.entries().at(1),
             (JobClassMappingEntry { QStringLiteral("com.acme.AnyShell"), QStringLiteral("shell"), {}, 3 }));
    QCOMPARE(mapping.forJavaClass(QStringLiteral("com.acme.Hook"))->argument,
             QStringLiteral("https://hooks.example.com/x?a=1"));
    QCOMPARE(mapping.forJavaClass(QStringLiteral("com.acme.Outer$Inner"))->argument, QStringLiteral("a = b"));
    QVERIFY(!mapping.forJavaClass(QStringLiteral("com.acme.reportjob")));

    JobDataMap data;
    data.put(QStringLiteral("program"), QStringLiteral("/opt/acme/report.sh"));
    QCOMPARE(mapping.forJob(QStringLiteral("shell"), data)->javaClass, QStringLiteral("com.acme.ReportJob"));
    data.put(QStringLiteral("program"), QStringLiteral("/bin/true"));
    QCOMPARE(mapping.forJob(QStringLiteral("shell"), data)->javaClass, QStringLiteral("com.acme.AnyShell"));
    QCOMPARE(mapping.forJob(QStringLiteral("checksum"), {})->javaClass, QStringLiteral("com.acme.Sum"));
    QVERIFY(!mapping.forJob(QStringLiteral("http"), {}));
    QVERIFY(!mapping.forJob(QStringLiteral("sql"), {}));

    const Result<JobClassMapping> reparsed = JobClassMapping::parse(mapping.toText());
    QVERIFY(reparsed);
    QCOMPARE(reparsed->toText(), mapping.toText());
    QCOMPARE(JobClassMapping::mainKey(QStringLiteral("sql")), QStringLiteral("dataSource"));
    QCOMPARE(JobClassMapping::mainKey(QStringLiteral("noop")), QString());

    const Result<JobClassMapping> missing = JobClassMapping::load(QStringLiteral("/nonexistent/acme.mapping"));
    QVERIFY(!missing);
    QVERIFY(
        missing.error().startsWith(QStringLiteral("Cannot read the job class mapping /nonexistent/acme.mapping: ")));
}

QTEST_GUILESS_MAIN(tst_QuartzXml)
#include "tst_quartzxml.moc"
