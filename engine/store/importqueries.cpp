#include "store/importqueries.h"

#include "schedule/firetimes.h"
#include "store/storequeries.h"
#include "store/storetransaction.h"
#include "store/triggerrows.h"

#include <QCoreApplication>
#include <QHash>

namespace Qronos::ImportQueries {

using namespace StoreQueries;
using namespace StoreRows;
using namespace StoreSql;
using Tx = StoreTx;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::SqlJobStore)
};

/// Adds or replaces a calendar; a replaced one moves the next fire times of the triggers that use it, as
/// SqlJobStore::storeCalendar(name, calendar, true, true) does.
Result<Done> storeCalendarIn(Tx &tx, const QString &name, const CalendarPtr &calendar)
{
    const QString json = jsonText(calendar->toJson());
    QVariant old;
    if (!tx.scalar(QStringLiteral("SELECT CALENDAR FROM {p}CALENDARS WHERE SCHED_NAME = ? AND CALENDAR_NAME = ?"),
                   {tx.d.sched, name}, &old))
        return tx.failure();
    if (!old.isValid()) {
        if (!tx.exec(QStringLiteral("INSERT INTO {p}CALENDARS (SCHED_NAME, CALENDAR_NAME, CALENDAR) VALUES (?, ?, ?)"),
                     {tx.d.sched, name, json}))
            return tx.failure();
        return tx.audit(QStringLiteral("add"), QStringLiteral("calendar"), name, QString(), QString(), json);
    }
    if (!tx.exec(QStringLiteral("UPDATE {p}CALENDARS SET CALENDAR = ? WHERE SCHED_NAME = ? AND CALENDAR_NAME = ?"),
                 {json, tx.d.sched, name}))
        return tx.failure();
    auto triggers = loadTriggers(tx, QStringLiteral("T.CALENDAR_NAME = ?"), {name});
    if (!triggers)
        return fail(triggers.error());
    for (StoredTrigger stored : std::as_const(triggers.value())) {
        FireTimes::updateWithNewCalendar(stored.trigger, calendar.get(), tx.d.options.misfireThresholdMs, tx.now);
        if (!tx.exec(QStringLiteral("UPDATE {p}TRIGGERS SET NEXT_FIRE_TIME = ? WHERE SCHED_NAME = ? AND "
                                    "TRIGGER_NAME = ? AND TRIGGER_GROUP = ?"),
                     {optionalInt(stored.trigger.nextFireTime()), tx.d.sched, stored.trigger.key().name(),
                      stored.trigger.key().group()}))
            return tx.failure();
    }
    return tx.audit(QStringLiteral("replace"), QStringLiteral("calendar"), name, QString(), old.toString(), json);
}

} // namespace

Result<ScheduleDocument> loadSchedule(Tx &tx)
{
    ScheduleDocument document;
    auto jobs = loadJobsWhere(tx, QStringLiteral("J.SCHED_NAME = ?"), {tx.d.sched},
                              QStringLiteral(" ORDER BY J.JOB_GROUP, J.JOB_NAME"));
    if (!jobs)
        return fail(jobs.error());
    for (const JobDetail &job : std::as_const(jobs.value()))
        document.jobs.append(DocumentJob{job, {}});
    auto triggers = loadTriggers(tx, QStringLiteral("1 = 1"), {});
    if (!triggers)
        return fail(triggers.error());
    for (const StoredTrigger &stored : std::as_const(triggers.value())) {
        const bool paused = stored.state == TriggerState::Paused || stored.state == TriggerState::PausedBlocked;
        document.triggers.append(DocumentTrigger{stored.trigger, paused, {}});
    }
    auto names = stringColumn(tx, QStringLiteral("SELECT CALENDAR_NAME FROM {p}CALENDARS WHERE SCHED_NAME = ? "
                                                 "ORDER BY CALENDAR_NAME"),
                              {tx.d.sched});
    if (!names)
        return fail(names.error());
    if (!names->isEmpty()) {
        auto calendars = loadCalendars(tx, names.value());
        if (!calendars)
            return fail(calendars.error());
        for (const QString &name : std::as_const(names.value()))
            document.calendars.append(DocumentCalendar{name, calendars->value(name), {}});
    }
    return document;
}

Result<ImportReport> applyImportIn(Tx &tx, const ScheduleDocument &document)
{
    auto current = loadSchedule(tx);
    if (!current)
        return fail(current.error());
    ImportReport report;
    report.plan = planImport(current.value(), document);
    if (!report.plan.ok())
        return report;

    QHash<TriggerKey, Trigger> storedTriggers;
    for (const DocumentTrigger &t : std::as_const(current->triggers))
        storedTriggers.insert(t.trigger.key(), t.trigger);
    QHash<JobKey, JobDetail> storedJobs;
    for (const DocumentJob &j : std::as_const(current->jobs))
        storedJobs.insert(j.job.key(), j.job);
    // The file's first definition of each key (checkDocument() refused a second one).
    QHash<QString, CalendarPtr> calendars;
    for (const DocumentCalendar &c : document.calendars) {
        if (!calendars.contains(c.name))
            calendars.insert(c.name, c.calendar);
    }
    QHash<JobKey, JobDetail> jobs;
    for (const DocumentJob &j : document.jobs) {
        if (!jobs.contains(j.job.key()))
            jobs.insert(j.job.key(), j.job);
    }
    QHash<TriggerKey, DocumentTrigger> triggers;
    for (const DocumentTrigger &t : document.triggers) {
        if (!triggers.contains(t.trigger.key()))
            triggers.insert(t.trigger.key(), t);
    }

    // Removals: triggers first (without Quartz's cascade: the plan lists the jobs that go), then jobs.
    QList<TriggerKey> removedTriggers;
    for (const PlanItem &item : std::as_const(report.plan.items)) {
        if (item.object != PlanObject::Trigger || item.action != PlanAction::Removed)
            continue;
        const TriggerKey key(item.name, item.group);
        removedTriggers << key;
        if (auto done = tx.audit(QStringLiteral("delete"), QStringLiteral("trigger"), key.name(), key.group(),
                                 jsonText(storedTriggers.value(key).toJson()), QString());
            !done)
            return fail(done.error());
    }
    for (qsizetype start = 0; start < removedTriggers.size(); start += 200) {
        if (auto done = deleteTriggerRows(tx, removedTriggers.mid(start, 200)); !done)
            return fail(done.error());
    }
    for (const PlanItem &item : std::as_const(report.plan.items)) {
        if (item.object != PlanObject::Job || item.action != PlanAction::Removed)
            continue;
        const JobKey key(item.name, item.group);
        if (!tx.exec(QStringLiteral("DELETE FROM {p}JOB_DETAILS WHERE SCHED_NAME = ? AND JOB_NAME = ? AND JOB_GROUP = ?"),
                     {tx.d.sched, key.name(), key.group()}))
            return tx.failure();
        if (auto done = tx.audit(QStringLiteral("delete"), QStringLiteral("job"), key.name(), key.group(),
                                 jsonText(storedJobs.value(key).toJson()), QString());
            !done)
            return fail(done.error());
    }

    const auto writes = [](const PlanItem &item, PlanObject object) {
        return item.object == object && (item.action == PlanAction::Added || item.action == PlanAction::Changed);
    };
    for (const PlanItem &item : std::as_const(report.plan.items)) {
        if (!writes(item, PlanObject::Calendar))
            continue;
        if (auto done = storeCalendarIn(tx, item.name, calendars.value(item.name)); !done)
            return fail(done.error());
    }
    for (const PlanItem &item : std::as_const(report.plan.items)) {
        if (!writes(item, PlanObject::Job))
            continue;
        if (auto done = storeJobIn(tx, jobs.value(JobKey(item.name, item.group)), true); !done)
            return fail(done.error());
    }
    QHash<QString, CalendarPtr> triggerCalendars;
    for (const PlanItem &item : std::as_const(report.plan.items)) {
        if (!writes(item, PlanObject::Trigger))
            continue;
        const TriggerKey key(item.name, item.group);
        const DocumentTrigger incoming = triggers.value(key);
        Trigger trigger = incoming.trigger;
        trigger.setNextFireTime(std::nullopt);
        trigger.setPreviousFireTime(std::nullopt);
        trigger.setTimesTriggered(0);
        trigger.setComplete(false);
        CalendarPtr calendar;
        if (!trigger.calendarName().isEmpty()) {
            if (!triggerCalendars.contains(trigger.calendarName())) {
                auto loaded = loadCalendar(tx, trigger.calendarName());
                if (!loaded)
                    return fail(loaded.error());
                triggerCalendars.insert(trigger.calendarName(), loaded.value());
            }
            calendar = triggerCalendars.value(trigger.calendarName());
        }
        if (!FireTimes::computeFirstFireTime(trigger, calendar.get()))
            return fail(Tr::tr("Based on its schedule, trigger %1 will never fire.").arg(key.toString()));
        QString oldJson;
        if (item.action == PlanAction::Changed) {
            oldJson = jsonText(storedTriggers.value(key).toJson());
            if (auto done = deleteTriggerRows(tx, {key}); !done)
                return fail(done.error());
        }
        if (auto done = storeTriggerIn(tx, trigger, false, nullptr, false,
                                       item.action == PlanAction::Changed ? QStringLiteral("replace") : QStringLiteral("add"),
                                       oldJson);
            !done)
            return fail(done.error());
        if (incoming.paused) {
            for (const auto &[from, to] : {std::pair{TriggerState::Waiting, TriggerState::Paused},
                                           std::pair{TriggerState::Blocked, TriggerState::PausedBlocked}}) {
                auto changed = setTriggerState(tx, key, to, from);
                if (!changed)
                    return fail(changed.error());
                if (changed.value() > 0) {
                    if (auto done = tx.audit(QStringLiteral("pause"), QStringLiteral("trigger"), key.name(),
                                             key.group(), stateJson(from), stateJson(to));
                        !done)
                        return fail(done.error());
                }
            }
        }
    }
    report.applied = true;
    return report;
}

} // namespace Qronos::ImportQueries
