#include "scheduleexport.h"

#include "store/jobstore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::ScheduleExport)
};
} // namespace

Result<ScheduleDocument> readSchedule(JobStore &store, const ExportSelection &selection)
{
    ScheduleDocument document;
    QList<JobDetail> jobs;
    if (selection.isAll()) {
        Result<QList<JobDetail>> all = store.listJobs({});
        if (!all)
            return fail(all.error());
        jobs = std::move(all).value();
    } else {
        for (const QString &group : selection.groups) {
            ListQuery query;
            query.group = group;
            Result<QList<JobDetail>> inGroup = store.listJobs(query);
            if (!inGroup)
                return fail(inGroup.error());
            jobs << inGroup.value();
        }
        for (const JobKey &key : selection.jobs) {
            Result<std::optional<JobDetail>> job = store.retrieveJob(key);
            if (!job)
                return fail(job.error());
            if (!job->has_value())
                return fail(Tr::tr("There is no job %1 to export.").arg(key.toString()));
            jobs << **job;
        }
    }
    std::sort(jobs.begin(), jobs.end(), [](const JobDetail &a, const JobDetail &b) { return a.key() < b.key(); });
    QSet<JobKey> selected;
    for (const JobDetail &job : std::as_const(jobs)) {
        if (selected.contains(job.key()))
            continue;
        selected.insert(job.key());
        document.jobs.append(DocumentJob{job, {}});
    }

    Result<QList<StoredTrigger>> triggers = store.listTriggers({});
    if (!triggers)
        return fail(triggers.error());
    QStringList calendarNames;
    for (const StoredTrigger &stored : triggers.value()) {
        if (!selected.contains(stored.trigger.jobKey()))
            continue;
        Trigger trigger = stored.trigger;
        trigger.setNextFireTime(std::nullopt);
        trigger.setPreviousFireTime(std::nullopt);
        trigger.setTimesTriggered(0);
        trigger.setComplete(false);
        const bool paused = stored.state == TriggerState::Paused || stored.state == TriggerState::PausedBlocked;
        if (!trigger.calendarName().isEmpty() && !calendarNames.contains(trigger.calendarName()))
            calendarNames << trigger.calendarName();
        document.triggers.append(DocumentTrigger{trigger, paused, {}});
    }
    std::sort(document.triggers.begin(), document.triggers.end(),
              [](const DocumentTrigger &a, const DocumentTrigger &b) { return a.trigger.key() < b.trigger.key(); });

    if (selection.isAll()) {
        Result<QStringList> names = store.calendarNames();
        if (!names)
            return fail(names.error());
        calendarNames = names.value();
    }
    std::sort(calendarNames.begin(), calendarNames.end());
    for (const QString &name : std::as_const(calendarNames)) {
        Result<CalendarPtr> calendar = store.retrieveCalendar(name);
        if (!calendar)
            return fail(calendar.error());
        if (*calendar) // a trigger's calendar that vanished meanwhile is left out; an import then names it
            document.calendars.append(DocumentCalendar{name, *calendar, {}});
    }
    return document;
}

} // namespace Qronos
