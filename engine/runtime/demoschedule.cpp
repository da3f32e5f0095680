#include "demoschedule.h"

#include "runtime/scheduler.h"
#include "schedule/holidaycalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::DemoSchedule)
};

const QString kGroup = QStringLiteral("demo");

JobDetail job(const QString &name, const QString &type, const QString &description)
{
    JobDetail j(JobKey(name, kGroup), type);
    j.setDescription(description);
    return j;
}

Trigger every(const JobDetail &j, const QString &name, qint64 intervalMs, qint64 now)
{
    Trigger t(TriggerKey(name, kGroup), j.key(), SimpleSchedule{intervalMs, SimpleSchedule::RepeatIndefinitely});
    t.setStartTime(now);
    return t;
}

Trigger cron(const JobDetail &j, const QString &name, const QString &expression, qint64 now)
{
    Trigger t(TriggerKey(name, kGroup), j.key(), CronSchedule{CronExpression::parse(expression).value()});
    t.setStartTime(now);
    t.setTimeZoneId(QTimeZone::systemTimeZoneId());
    return t;
}
} // namespace

Result<int> installDemoSchedule(Scheduler &scheduler)
{
    ListQuery existing;
    existing.group = kGroup;
    existing.limit = 1;
    Result<QList<JobDetail>> jobs = scheduler.store().listJobs(existing);
    if (!jobs)
        return fail(jobs.error());
    if (!jobs->isEmpty())
        return 0;

    const qint64 now = scheduler.clock().nowMs();
    QList<QPair<JobDetail, Trigger>> plan;

    JobDetail heartbeat = job(QStringLiteral("heartbeat"), QStringLiteral("log"), Tr::tr("Logs a line every 10 seconds."));
    heartbeat.jobData().put(QStringLiteral("message"), Tr::tr("Qronos demo heartbeat"));
    plan.append({heartbeat, every(heartbeat, QStringLiteral("every-10s"), 10000, now)});

    JobDetail disk = job(QStringLiteral("disk-usage"), QStringLiteral("shell"), Tr::tr("Prints the free space of / every minute."));
    disk.jobData().put(QStringLiteral("program"), QStringLiteral("df"));
    disk.jobData().put(QStringLiteral("arguments"), QStringLiteral("[\"-h\", \"/\"]"));
    disk.jobData().put(QStringLiteral("timeoutSeconds"), qint64(30));
    plan.append({disk, cron(disk, QStringLiteral("every-minute"), QStringLiteral("0 * * * * ?"), now)});

    JobDetail slow = job(QStringLiteral("slow-sync"), QStringLiteral("shell"),
                         Tr::tr("Takes 20 s but is due every 15 s: never runs twice at once, so its fires wait."));
    slow.jobData().put(QStringLiteral("program"), QStringLiteral("sleep"));
    slow.jobData().put(QStringLiteral("arguments"), QStringLiteral("[\"20\"]"));
    slow.setConcurrentExecutionDisallowed(true);
    slow.setPersistJobDataAfterExecution(true);
    plan.append({slow, every(slow, QStringLiteral("every-15s"), 15000, now)});

    JobDetail flaky = job(QStringLiteral("flaky-export"), QStringLiteral("shell"),
                          Tr::tr("Fails on purpose every 2 minutes and is retried twice, 5 s apart."));
    flaky.jobData().put(QStringLiteral("program"), QStringLiteral("sh"));
    flaky.jobData().put(QStringLiteral("useShell"), false);
    flaky.jobData().put(QStringLiteral("arguments"),
                        QStringLiteral("[\"-c\", \"echo exporting...; echo 'remote refused the upload' >&2; exit 3\"]"));
    flaky.setRetryCount(2);
    flaky.setRetryDelayMs(5000);
    plan.append({flaky, cron(flaky, QStringLiteral("every-2-minutes"), QStringLiteral("30 */2 * * * ?"), now)});

    JobDetail report = job(QStringLiteral("weekday-report"), QStringLiteral("log"),
                           Tr::tr("A report at 09:30 on weekdays, skipping the public holidays of the demo calendar."));
    report.jobData().put(QStringLiteral("message"), Tr::tr("Daily report generated"));
    Trigger reportTrigger = cron(report, QStringLiteral("weekdays-0930"), QStringLiteral("0 30 9 ? * MON-FRI"), now);
    reportTrigger.setCalendarName(QStringLiteral("demo-holidays"));
    plan.append({report, reportTrigger});

    JobDetail http = job(QStringLiteral("http-check"), QStringLiteral("http"),
                         Tr::tr("Checks a web site every 5 minutes; paused until you resume it."));
    http.jobData().put(QStringLiteral("url"), QStringLiteral("https://example.com/"));
    http.jobData().put(QStringLiteral("timeoutSeconds"), qint64(10));
    plan.append({http, every(http, QStringLiteral("every-5m"), 300000, now)});

    // Public holidays of this year and the next (fixed-date ones; a real calendar would be imported).
    auto holidays = std::make_shared<HolidayCalendar>();
    holidays->setDescription(Tr::tr("Demo holidays: New Year, Labour Day, National Day"));
    const int year = QDateTime::fromMSecsSinceEpoch(now).date().year();
    for (int y : {year, year + 1}) {
        for (const auto &[month, day] : {std::pair{1, 1}, {5, 1}, {10, 1}, {10, 2}, {10, 3}})
            holidays->addExcludedDate(QDate(y, month, day));
    }
    if (Result<Done> r = scheduler.addCalendar(QStringLiteral("demo-holidays"), holidays, true, true); !r)
        return fail(r.error());

    int added = 0;
    for (const auto &[j, t] : plan) {
        if (Result<qint64> r = scheduler.scheduleJob(j, t, true); !r) {
            for (const auto &[done, unused] : plan.mid(0, added))
                (void)scheduler.deleteJob(done.key());
            (void)scheduler.deleteCalendar(QStringLiteral("demo-holidays"));
            return fail(r.error());
        }
        ++added;
    }
    if (Result<bool> r = scheduler.pauseTrigger(TriggerKey(QStringLiteral("every-5m"), kGroup)); !r)
        return fail(r.error());
    return added;
}

} // namespace Qronos
