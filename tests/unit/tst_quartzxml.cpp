#include "exchange/jobclassmapping.h"
#include "exchange/quartzxml.h"
#include "schedule/calendar.h"

#include <QFile>
#include <QJsonDocument>
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

CronSchedule cron(const char *expression) { return CronSchedule{*CronExpression::parse(QLatin1String(expression))}; }

ScheduleDocument documentOf(const QList<JobDetail> &jobs, const QList<Trigger> &triggers, const QList<bool> &paused = {})
{
    ScheduleDocument doc;
    for (const JobDetail &j : jobs)
        doc.jobs.append({j, {}});
    for (qsizetype i = 0; i < triggers.size(); ++i)
        doc.triggers.append({triggers.at(i), i < paused.size() && paused.at(i), {}});
    return doc;
}

} // namespace

Q_DECLARE_METATYPE(Qronos::ScheduleDocument)

class tst_QuartzXml : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
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
        Trigger t = trigger(QStringLiteral("every10s"), QStringLiteral("noop"), SimpleSchedule{10000, 5});
        t.setMisfireInstruction(misfire);
        QTest::addRow("simple %s", qPrintable(Misfire::name(TriggerKind::Simple, misfire)))
            << documentOf({job(QStringLiteral("noop"), QStringLiteral("noop"))}, {t}) << QString();
    }
    for (const int misfire : Misfire::instructionsFor(TriggerKind::Cron)) {
        Trigger t = trigger(QStringLiteral("weekdays"), QStringLiteral("noop"), cron("0 30 2 ? * MON-FRI"));
        t.setTimeZoneId("Asia/Shanghai");
        t.setMisfireInstruction(misfire);
        QTest::addRow("cron %s", qPrintable(Misfire::name(TriggerKind::Cron, misfire)))
            << documentOf({job(QStringLiteral("noop"), QStringLiteral("noop"))}, {t}) << QString();
    }
    for (const int misfire : Misfire::instructionsFor(TriggerKind::CalendarInterval)) {
        Trigger t = trigger(QStringLiteral("monthly"), QStringLiteral("noop"),
                            CalendarIntervalSchedule{1, IntervalUnit::Month, false, false});
        t.setMisfireInstruction(misfire);
        QTest::addRow("calendar-interval %s", qPrintable(Misfire::name(TriggerKind::CalendarInterval, misfire)))
            << documentOf({job(QStringLiteral("noop"), QStringLiteral("noop"))}, {t}) << QString();
    }
    for (const IntervalUnit unit : {IntervalUnit::Second, IntervalUnit::Minute, IntervalUnit::Hour, IntervalUnit::Day,
                                    IntervalUnit::Week, IntervalUnit::Month, IntervalUnit::Year}) {
        Trigger t = trigger(QStringLiteral("interval"), QStringLiteral("noop"), CalendarIntervalSchedule{3, unit, true, true});
        t.setTimeZoneId("Europe/Berlin");
        QTest::addRow("calendar-interval %s, DST flags", qPrintable(intervalUnitName(unit)))
            << documentOf({job(QStringLiteral("noop"), QStringLiteral("noop"))}, {t}) << QString();
    }
    {
        Trigger endless = trigger(QStringLiteral("endless"), QStringLiteral("noop"),
                                  SimpleSchedule{60000, SimpleSchedule::RepeatIndefinitely});
        endless.setEndTime(1893456000000);
        endless.setDescription(QStringLiteral("Every minute until 2030 — 每分钟"));
        endless.setCalendarName(QStringLiteral("holidays"));
        endless.setPriority(9);
        Trigger once = trigger(QStringLiteral("once"), QStringLiteral("noop"), SimpleSchedule{0, 0});
        once.setStartTime(1767225600123);
        once.setPriority(-3);
        once.setTimeZoneId("America/New_York");
        QTest::addRow("common fields, paused, negative priority")
            << documentOf({job(QStringLiteral("noop"), QStringLiteral("noop"))}, {endless, once}, {false, true})
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
        QTest::addRow("job data types") << documentOf({j}, {t}) << QString();
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
        Trigger t = trigger(QStringLiteral("t"), QStringLiteral("policy"), SimpleSchedule{1000, 1});
        QTest::addRow("Qronos-only job options") << documentOf({j}, {t}) << QString();
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
        QTest::addRow("mapping both ways")
            << documentOf({shell, other, http, sql, plugin}, {})
            << QStringLiteral("com.acme.ReportJob = shell:/opt/acme/report.sh\n"
                              "com.acme.PingJob = http\n"
                              "com.acme.PurgeJob = sql:reporting\n");
    }
    {
        ScheduleDocument doc = documentOf({job(QStringLiteral("noop"), QStringLiteral("noop"))}, {});
        doc.directives.deleteJobsInGroups = {QStringLiteral("*"), QStringLiteral("nightly")};
        doc.directives.deleteTriggersInGroups = {QStringLiteral("web")};
        doc.directives.deleteJobs = {JobKey(QStringLiteral("a")), JobKey(QStringLiteral("b"), QStringLiteral("g"))};
        doc.directives.deleteTriggers = {TriggerKey(QStringLiteral("t"), QStringLiteral("g"))};
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
            QFAIL(qPrintable(QStringLiteral("job %1 differs:\n%2\n%3").arg(i)
                                 .arg(QString::fromUtf8(QJsonDocument(read.document.jobs.at(i).job.toJson()).toJson()),
                                      QString::fromUtf8(QJsonDocument(document.jobs.at(i).job.toJson()).toJson()))));
    }
    QCOMPARE(read.document.triggers.size(), document.triggers.size());
    for (qsizetype i = 0; i < document.triggers.size(); ++i) {
        const DocumentTrigger &got = read.document.triggers.at(i);
        if (!(got.trigger == document.triggers.at(i).trigger))
            QFAIL(qPrintable(QStringLiteral("trigger %1 differs:\n%2\n%3").arg(i)
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

QTEST_GUILESS_MAIN(tst_QuartzXml)
#include "tst_quartzxml.moc"
