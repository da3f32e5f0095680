#include "importplan.h"

#include "exchange/scheduleexport.h"
#include "exchange/scheduletree.h"
#include "jobs/jobtyperegistry.h"
#include "schedule/firetimes.h"
#include "store/jobstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

namespace Qronos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::ImportPlan)
};

/// A store's content as the plan models it, sorted by key.
struct Content
{
    QMap<QString, CalendarPtr> calendars;
    QMap<JobKey, JobDetail> jobs;
    QMap<TriggerKey, DocumentTrigger> triggers;
};

Content contentOf(const ScheduleDocument &document)
{
    Content c;
    for (const DocumentCalendar &calendar : document.calendars)
        c.calendars.insert(calendar.name, calendar.calendar);
    for (const DocumentJob &job : document.jobs)
        c.jobs.insert(job.job.key(), job.job);
    for (const DocumentTrigger &trigger : document.triggers)
        c.triggers.insert(trigger.trigger.key(), trigger);
    return c;
}

QString where(const SourceLocation &location)
{
    const QString text = location.toString();
    return text.isEmpty() ? Tr::tr("earlier in the file") : text;
}

/// The fields that differ between two "qronos/1" objects, in the new object's order; job data key by key.
QList<FieldChange> fieldChanges(const JsonTree &before, const JsonTree &after)
{
    QList<FieldChange> changes;
    const auto compare = [&](const QString &field, const JsonTree *a, const JsonTree *b) {
        if (field == QLatin1String("data") && (!a || a->type == JsonTree::Type::Object)
            && (!b || b->type == JsonTree::Type::Object)) {
            const JsonTree empty = JsonTree::object();
            const JsonTree &da = a ? *a : empty;
            const JsonTree &db = b ? *b : empty;
            QStringList keys;
            for (const JsonTree::Member &m : db.members)
                keys << m.key;
            for (const JsonTree::Member &m : da.members) {
                if (!keys.contains(m.key))
                    keys << m.key;
            }
            for (const QString &key : std::as_const(keys)) {
                const JsonTree *va = da.member(key);
                const JsonTree *vb = db.member(key);
                const QString ta = va ? va->compact() : QString();
                const QString tb = vb ? vb->compact() : QString();
                if (ta != tb)
                    changes.append(FieldChange{jsonPathMember(QStringLiteral("data"), key), ta, tb});
            }
            return;
        }
        const QString ta = a ? a->compact() : QString();
        const QString tb = b ? b->compact() : QString();
        if (ta != tb)
            changes.append(FieldChange{field, ta, tb});
    };
    for (const JsonTree::Member &m : after.members)
        compare(m.key, before.member(m.key), &m.value);
    for (const JsonTree::Member &m : before.members) {
        if (!after.member(m.key))
            compare(m.key, &m.value, nullptr);
    }
    return changes;
}

} // namespace

QList<FieldChange> calendarChanges(const QString &name, const Calendar &before, const Calendar &after)
{
    return fieldChanges(ScheduleTree::calendar(name, before), ScheduleTree::calendar(name, after));
}

QList<FieldChange> jobChanges(const JobDetail &before, const JobDetail &after)
{
    return fieldChanges(ScheduleTree::job(before), ScheduleTree::job(after));
}

QList<FieldChange> triggerChanges(const DocumentTrigger &before, const DocumentTrigger &after)
{
    return fieldChanges(ScheduleTree::trigger(before.trigger, before.paused),
                        ScheduleTree::trigger(after.trigger, after.paused));
}

QString planActionName(PlanAction action)
{
    switch (action) {
    case PlanAction::Added: return QStringLiteral("added");
    case PlanAction::Changed: return QStringLiteral("changed");
    case PlanAction::Removed: return QStringLiteral("removed");
    case PlanAction::Unchanged: return QStringLiteral("unchanged");
    case PlanAction::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

QString planObjectName(PlanObject object)
{
    switch (object) {
    case PlanObject::Calendar: return QStringLiteral("calendar");
    case PlanObject::Job: return QStringLiteral("job");
    case PlanObject::Trigger: return QStringLiteral("trigger");
    }
    return {};
}

QString PlanItem::key() const
{
    return group.isEmpty() ? name : group + QLatin1Char('.') + name;
}

bool ImportPlan::changesSomething() const
{
    for (const PlanItem &item : items) {
        if (item.action == PlanAction::Added || item.action == PlanAction::Changed || item.action == PlanAction::Removed)
            return true;
    }
    return false;
}

int ImportPlan::count(PlanAction action) const
{
    int n = 0;
    for (const PlanItem &item : items)
        n += item.action == action ? 1 : 0;
    return n;
}

int ImportPlan::count(PlanObject object, PlanAction action) const
{
    int n = 0;
    for (const PlanItem &item : items)
        n += item.action == action && item.object == object ? 1 : 0;
    return n;
}

QString ImportPlan::toText(bool withUnchanged) const
{
    QString text;
    for (const PlanItem &item : items) {
        if (item.action == PlanAction::Unchanged && !withUnchanged)
            continue;
        QString object;
        switch (item.object) {
        case PlanObject::Calendar: object = Tr::tr("calendar"); break;
        case PlanObject::Job: object = Tr::tr("job"); break;
        case PlanObject::Trigger: object = Tr::tr("trigger"); break;
        }
        static const char marks[] = {'+', '~', '-', '=', '!'};
        QString line = QStringLiteral("%1 %2 %3").arg(QString(QLatin1Char(marks[int(item.action)])), object, item.key());
        if (item.action == PlanAction::Changed) {
            QStringList parts;
            for (const FieldChange &change : item.changes) {
                parts << QStringLiteral("%1 %2 -> %3")
                             .arg(change.field,
                                  change.oldValue.isEmpty() ? Tr::tr("(none)") : change.oldValue,
                                  change.newValue.isEmpty() ? Tr::tr("(none)") : change.newValue);
            }
            line += QStringLiteral(": ") + parts.join(QStringLiteral("; "));
        } else if (item.action == PlanAction::Skipped) {
            line += Tr::tr(" (exists; kept as stored: ignore-duplicates)");
        } else if (item.action == PlanAction::Unchanged) {
            line += Tr::tr(" (unchanged)");
        }
        text += line + QLatin1Char('\n');
    }
    text += Tr::tr("%1 added, %2 changed, %3 removed, %4 unchanged, %5 skipped.")
                .arg(count(PlanAction::Added))
                .arg(count(PlanAction::Changed))
                .arg(count(PlanAction::Removed))
                .arg(count(PlanAction::Unchanged))
                .arg(count(PlanAction::Skipped))
        + QLatin1Char('\n');
    return text;
}

ImportProblems checkDocument(const ScheduleDocument &document)
{
    ImportProblems problems;
    const auto problem = [&](const SourceLocation &location, const QString &message) {
        problems.append(ImportProblem{location, message});
    };
    QHash<QString, SourceLocation> calendars;
    for (const DocumentCalendar &c : document.calendars) {
        if (const QString p = keyPartProblem(c.name); !p.isEmpty())
            problem(c.location, Tr::tr("Calendar name %1.").arg(p));
        else if (calendars.contains(c.name))
            problem(c.location, Tr::tr("Calendar \"%1\" is defined twice (first at %2).").arg(c.name, where(calendars.value(c.name))));
        else
            calendars.insert(c.name, c.location);
        if (!c.calendar)
            problem(c.location, Tr::tr("Calendar \"%1\" has no definition.").arg(c.name));
    }
    QHash<JobKey, SourceLocation> jobs;
    for (const DocumentJob &j : document.jobs) {
        if (const QString p = j.job.validationError(); !p.isEmpty())
            problem(j.location, p);
        else if (jobs.contains(j.job.key()))
            problem(j.location, Tr::tr("Job %1 is defined twice (first at %2).").arg(j.job.key().toString(), where(jobs.value(j.job.key()))));
        else
            jobs.insert(j.job.key(), j.location);
    }
    QHash<TriggerKey, SourceLocation> triggers;
    for (const DocumentTrigger &t : document.triggers) {
        const TriggerKey key = t.trigger.key();
        if (const QString p = keyPartProblem(key.name()); !p.isEmpty())
            problem(t.location, Tr::tr("Trigger name %1.").arg(p));
        else if (const QString g = keyPartProblem(key.group()); !g.isEmpty())
            problem(t.location, Tr::tr("Trigger group %1.").arg(g));
        else if (Result<Done> valid = FireTimes::validate(t.trigger); !valid)
            problem(t.location, valid.error());
        else if (triggers.contains(key))
            problem(t.location, Tr::tr("Trigger %1 is defined twice (first at %2).").arg(key.toString(), where(triggers.value(key))));
        else
            triggers.insert(key, t.location);
    }
    const ImportDirectives &d = document.directives;
    for (const QString &group : d.deleteJobsInGroups + d.deleteTriggersInGroups) {
        if (group.isEmpty())
            problem({}, Tr::tr("A delete command names an empty group."));
    }
    for (const JobKey &key : d.deleteJobs) {
        if (key.name().isEmpty())
            problem({}, Tr::tr("A delete-job command names no job."));
    }
    for (const TriggerKey &key : d.deleteTriggers) {
        if (key.name().isEmpty())
            problem({}, Tr::tr("A delete-trigger command names no trigger."));
    }
    return problems;
}

ImportProblems checkJobData(const ScheduleDocument &document, const JobTypeRegistry &registry)
{
    ImportProblems problems;
    for (const DocumentJob &j : document.jobs) {
        if (!registry.contains(j.job.jobType()))
            continue;
        if (Result<Done> valid = registry.validate(j.job.jobType(), j.job.jobData()); !valid)
            problems.append(ImportProblem{j.location, Tr::tr("Job %1: %2").arg(j.job.key().toString(), valid.error())});
    }
    return problems;
}

ImportProblems unknownJobTypes(const ScheduleDocument &document, const JobTypeRegistry &registry)
{
    ImportProblems warnings;
    QSet<QString> seen;
    for (const DocumentJob &j : document.jobs) {
        const QString type = j.job.jobType();
        if (registry.contains(type) || seen.contains(type))
            continue;
        seen.insert(type);
        warnings.append(ImportProblem{j.location, Tr::tr("Job type \"%1\" is not built in: only nodes with a plugin "
                                                         "for it will run its jobs.").arg(type)});
    }
    return warnings;
}

ImportPlan planImport(const ScheduleDocument &current, const ScheduleDocument &incoming)
{
    ImportPlan plan;
    plan.problems = checkDocument(incoming);
    const ImportDirectives &d = incoming.directives;
    const auto problem = [&](const SourceLocation &location, const QString &message) {
        plan.problems.append(ImportProblem{location, message});
    };
    const Content old = contentOf(current);
    Content now = old;

    // Quartz's pre-processing commands, in its order.
    QSet<JobKey> orphanCandidates;
    const auto deleteJob = [&](const JobKey &key) {
        if (!now.jobs.remove(key))
            return;
        for (auto it = now.triggers.begin(); it != now.triggers.end();) {
            if (it->trigger.jobKey() == key)
                it = now.triggers.erase(it);
            else
                ++it;
        }
    };
    const auto matches = [](const QString &pattern, const QString &group) {
        return pattern == QLatin1String("*") || pattern == group;
    };
    for (const QString &group : d.deleteJobsInGroups) {
        const QList<JobKey> keys = now.jobs.keys();
        for (const JobKey &key : keys) {
            if (matches(group, key.group()))
                deleteJob(key);
        }
    }
    for (const QString &group : d.deleteTriggersInGroups) {
        for (auto it = now.triggers.begin(); it != now.triggers.end();) {
            if (matches(group, it.key().group())) {
                orphanCandidates.insert(it->trigger.jobKey());
                it = now.triggers.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (const JobKey &key : d.deleteJobs)
        deleteJob(key);
    for (const TriggerKey &key : d.deleteTriggers) {
        const auto it = now.triggers.constFind(key);
        if (it != now.triggers.cend()) {
            orphanCandidates.insert(it->trigger.jobKey());
            now.triggers.erase(it);
        }
    }

    // The file's objects. A key taken after the commands is replaced, kept (ignore-duplicates) or a problem.
    const auto taken = [&](const QString &what, const SourceLocation &location, bool *skip) {
        if (d.overwriteExistingData)
            return false;
        if (d.ignoreDuplicates) {
            *skip = true;
            return true;
        }
        // Planned as if replaced, so that the diff shows what the file holds; the problem stops the import.
        problem(location, Tr::tr("%1 exists already; overwrite-existing-data is off and ignore-duplicates is off.").arg(what));
        return false;
    };
    QMap<QString, std::pair<SourceLocation, bool>> calendarsTouched; // location, skipped
    QMap<JobKey, std::pair<SourceLocation, bool>> jobsTouched;
    QMap<TriggerKey, std::pair<SourceLocation, bool>> triggersTouched;
    for (const DocumentCalendar &c : incoming.calendars) {
        if (calendarsTouched.contains(c.name) || !c.calendar)
            continue; // checkDocument() reported it
        bool skip = false;
        if (now.calendars.contains(c.name) && taken(Tr::tr("Calendar \"%1\"").arg(c.name), c.location, &skip)) {
            calendarsTouched.insert(c.name, {c.location, skip});
            continue;
        }
        calendarsTouched.insert(c.name, {c.location, false});
        now.calendars.insert(c.name, c.calendar);
    }
    for (const DocumentJob &j : incoming.jobs) {
        const JobKey key = j.job.key();
        if (jobsTouched.contains(key))
            continue;
        bool skip = false;
        if (now.jobs.contains(key) && taken(Tr::tr("Job %1").arg(key.toString()), j.location, &skip)) {
            jobsTouched.insert(key, {j.location, skip});
            continue;
        }
        jobsTouched.insert(key, {j.location, false});
        now.jobs.insert(key, j.job);
    }
    for (const DocumentTrigger &t : incoming.triggers) {
        const TriggerKey key = t.trigger.key();
        if (triggersTouched.contains(key))
            continue;
        bool skip = false;
        if (now.triggers.contains(key) && taken(Tr::tr("Trigger %1").arg(key.toString()), t.location, &skip)) {
            triggersTouched.insert(key, {t.location, skip});
            continue;
        }
        triggersTouched.insert(key, {t.location, false});
        DocumentTrigger stored = t;
        stored.location = {};
        now.triggers.insert(key, stored);
    }

    QSet<JobKey> jobsWithTriggers;
    for (const DocumentTrigger &t : std::as_const(now.triggers))
        jobsWithTriggers.insert(t.trigger.jobKey());
    // Quartz's unscheduleJob deletes a non-durable job whose last trigger goes.
    for (const JobKey &key : std::as_const(orphanCandidates)) {
        const auto job = now.jobs.constFind(key);
        if (job != now.jobs.cend() && !job->isDurable() && !jobsWithTriggers.contains(key) && !jobsTouched.contains(key))
            now.jobs.erase(job);
    }

    // What the file adds must work with what the store keeps.
    for (const DocumentTrigger &t : incoming.triggers) {
        const auto touched = triggersTouched.value(t.trigger.key());
        if (touched.second || !(touched.first.path == t.location.path && touched.first.line == t.location.line))
            continue;
        const Trigger &trigger = t.trigger;
        bool usable = true;
        if (!now.jobs.contains(trigger.jobKey())) {
            problem(t.location, Tr::tr("Trigger %1: its job %2 is neither in the file nor in the store.")
                                    .arg(trigger.key().toString(), trigger.jobKey().toString()));
            usable = false;
        }
        CalendarPtr calendar;
        if (!trigger.calendarName().isEmpty()) {
            calendar = now.calendars.value(trigger.calendarName());
            if (!calendar) {
                problem(t.location, Tr::tr("Trigger %1: its calendar \"%2\" is neither in the file nor in the store.")
                                        .arg(trigger.key().toString(), trigger.calendarName()));
                usable = false;
            }
        }
        if (!usable || !FireTimes::validate(trigger))
            continue; // checkDocument() reported it
        Trigger first = trigger;
        first.setNextFireTime(std::nullopt);
        first.setPreviousFireTime(std::nullopt);
        first.setTimesTriggered(0);
        first.setComplete(false);
        if (!FireTimes::computeFirstFireTime(first, calendar.get()))
            problem(t.location, Tr::tr("Based on its schedule, trigger %1 will never fire.").arg(trigger.key().toString()));
    }
    for (const DocumentJob &j : incoming.jobs) {
        const auto touched = jobsTouched.value(j.job.key());
        if (touched.second || touched.first.path != j.location.path || touched.first.line != j.location.line)
            continue;
        if (!j.job.isDurable() && !jobsWithTriggers.contains(j.job.key()))
            problem(j.location, Tr::tr("Job %1 is not durable and no trigger would use it: make it durable or add a "
                                       "trigger for it.").arg(j.job.key().toString()));
    }

    // The items, by kind and key.
    const auto classify = [&](PlanObject object, const QString &name, const QString &group, bool inOld, bool inNow,
                              const std::pair<SourceLocation, bool> *touched, const auto &changes) {
        PlanItem item;
        item.object = object;
        item.name = name;
        item.group = group;
        if (touched)
            item.location = touched->first;
        if (touched && touched->second) {
            item.action = PlanAction::Skipped;
        } else if (!inOld && inNow) {
            item.action = PlanAction::Added;
        } else if (inOld && !inNow) {
            item.action = PlanAction::Removed;
            item.location = {};
        } else if (inOld && inNow) {
            item.changes = changes();
            if (item.changes.isEmpty() && !touched)
                return; // untouched
            item.action = item.changes.isEmpty() ? PlanAction::Unchanged : PlanAction::Changed;
        } else {
            return;
        }
        plan.items.append(item);
    };
    QStringList calendarNames = old.calendars.keys();
    for (const QString &name : now.calendars.keys()) {
        if (!old.calendars.contains(name))
            calendarNames << name;
    }
    std::sort(calendarNames.begin(), calendarNames.end());
    for (const QString &name : std::as_const(calendarNames)) {
        const auto touched = calendarsTouched.constFind(name);
        classify(PlanObject::Calendar, name, QString(), old.calendars.contains(name), now.calendars.contains(name),
                 touched == calendarsTouched.cend() ? nullptr : &*touched,
                 [&] { return calendarChanges(name, *old.calendars.value(name), *now.calendars.value(name)); });
    }
    QList<JobKey> jobKeys = old.jobs.keys();
    for (const JobKey &key : now.jobs.keys()) {
        if (!old.jobs.contains(key))
            jobKeys << key;
    }
    std::sort(jobKeys.begin(), jobKeys.end());
    for (const JobKey &key : std::as_const(jobKeys)) {
        const auto touched = jobsTouched.constFind(key);
        classify(PlanObject::Job, key.name(), key.group(), old.jobs.contains(key), now.jobs.contains(key),
                 touched == jobsTouched.cend() ? nullptr : &*touched,
                 [&] { return jobChanges(old.jobs.value(key), now.jobs.value(key)); });
    }
    QList<TriggerKey> triggerKeys = old.triggers.keys();
    for (const TriggerKey &key : now.triggers.keys()) {
        if (!old.triggers.contains(key))
            triggerKeys << key;
    }
    std::sort(triggerKeys.begin(), triggerKeys.end());
    for (const TriggerKey &key : std::as_const(triggerKeys)) {
        const auto touched = triggersTouched.constFind(key);
        classify(PlanObject::Trigger, key.name(), key.group(), old.triggers.contains(key), now.triggers.contains(key),
                 touched == triggersTouched.cend() ? nullptr : &*touched,
                 [&] { return triggerChanges(old.triggers[key], now.triggers[key]); });
    }
    return plan;
}

Result<ImportPlan> planImport(JobStore &store, const ScheduleDocument &incoming)
{
    Result<ScheduleDocument> current = readSchedule(store, ExportSelection{});
    if (!current)
        return fail(current.error());
    return planImport(current.value(), incoming);
}

} // namespace Qronos
