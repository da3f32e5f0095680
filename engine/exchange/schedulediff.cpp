#include "schedulediff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Qronos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::ScheduleDiff)
};

/// One side of the comparison, in scope, by key.
struct Side
{
    QMap<QString, CalendarPtr> calendars;
    QMap<JobKey, JobDetail> jobs;
    QMap<TriggerKey, DocumentTrigger> triggers;
};

QString nameOf(const QString &calendarName) { return calendarName; }
QString groupOf(const QString &) { return QString(); }
template <typename KeyT>
QString nameOf(const KeyT &key) { return key.name(); }
template <typename KeyT>
QString groupOf(const KeyT &key) { return key.group(); }

/// Appends one item per key of \a a or \a b, sorted by key; \a changes(key, fromB, fromA) gives a changed item's fields.
template <typename KeyT, typename ValueT, typename ChangesT>
void compare(ImportPlan &plan, PlanObject object, const QMap<KeyT, ValueT> &a, const QMap<KeyT, ValueT> &b,
             const ChangesT &changes)
{
    QList<KeyT> keys = a.keys();
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            keys << it.key();
    }
    std::sort(keys.begin(), keys.end());
    for (const KeyT &key : std::as_const(keys)) {
        PlanItem item;
        item.object = object;
        item.name = nameOf(key);
        item.group = groupOf(key);
        const auto inA = a.constFind(key);
        const auto inB = b.constFind(key);
        if (inB == b.cend()) {
            item.action = PlanAction::Added;
        } else if (inA == a.cend()) {
            item.action = PlanAction::Removed;
        } else {
            item.changes = changes(key, *inB, *inA);
            item.action = item.changes.isEmpty() ? PlanAction::Unchanged : PlanAction::Changed;
        }
        plan.items.append(item);
    }
}

QByteArray jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

ImportPlan diffSchedules(const ScheduleDocument &a, const ScheduleDocument &b, const ExportSelection &selection)
{
    const bool all = selection.isAll();
    const QSet<QString> groups(selection.groups.cbegin(), selection.groups.cend());
    const QSet<JobKey> jobKeys(selection.jobs.cbegin(), selection.jobs.cend());
    const auto selected = [&](const JobKey &key) { return all || groups.contains(key.group()) || jobKeys.contains(key); };

    // In scope: the selected jobs; a trigger whose job is selected on either side (so that a trigger moved to
    // another job is a change, not an addition); a calendar such a trigger uses on either side.
    QSet<TriggerKey> triggersInScope;
    QSet<QString> calendarsInScope;
    for (const ScheduleDocument *document : {&a, &b}) {
        for (const DocumentTrigger &trigger : document->triggers) {
            if (selected(trigger.trigger.jobKey()))
                triggersInScope.insert(trigger.trigger.key());
        }
    }
    for (const ScheduleDocument *document : {&a, &b}) {
        for (const DocumentTrigger &trigger : document->triggers) {
            if (triggersInScope.contains(trigger.trigger.key()) && !trigger.trigger.calendarName().isEmpty())
                calendarsInScope.insert(trigger.trigger.calendarName());
        }
    }
    const auto sideOf = [&](const ScheduleDocument &document) {
        Side side;
        for (const DocumentCalendar &calendar : document.calendars) {
            if (calendar.calendar && (all || calendarsInScope.contains(calendar.name)) && !side.calendars.contains(calendar.name))
                side.calendars.insert(calendar.name, calendar.calendar);
        }
        for (const DocumentJob &job : document.jobs) {
            if (selected(job.job.key()) && !side.jobs.contains(job.job.key()))
                side.jobs.insert(job.job.key(), job.job);
        }
        for (const DocumentTrigger &trigger : document.triggers) {
            if ((all || triggersInScope.contains(trigger.trigger.key())) && !side.triggers.contains(trigger.trigger.key()))
                side.triggers.insert(trigger.trigger.key(), trigger);
        }
        return side;
    };
    const Side sideA = sideOf(a);
    const Side sideB = sideOf(b);

    ImportPlan plan;
    for (const JobKey &key : selection.jobs) {
        if (!sideA.jobs.contains(key) && !sideB.jobs.contains(key))
            plan.problems.append(ImportProblem{{}, Tr::tr("There is no job %1 in either schedule.").arg(key.toString())});
    }
    compare(plan, PlanObject::Calendar, sideA.calendars, sideB.calendars,
            [](const QString &name, const CalendarPtr &fromB, const CalendarPtr &fromA) {
                return calendarChanges(name, *fromB, *fromA);
            });
    compare(plan, PlanObject::Job, sideA.jobs, sideB.jobs,
            [](const JobKey &, const JobDetail &fromB, const JobDetail &fromA) { return jobChanges(fromB, fromA); });
    compare(plan, PlanObject::Trigger, sideA.triggers, sideB.triggers,
            [](const TriggerKey &, const DocumentTrigger &fromB, const DocumentTrigger &fromA) {
                return triggerChanges(fromB, fromA);
            });
    return plan;
}

QByteArray planItemsJson(const ImportPlan &plan, bool withUnchanged)
{
    const auto value = [](const QString &compact) { return compact.isEmpty() ? QByteArray("null") : compact.toUtf8(); };
    QByteArray text = "[";
    bool first = true;
    for (const PlanItem &item : plan.items) {
        if (item.action == PlanAction::Unchanged && !withUnchanged)
            continue;
        text += first ? "\n  {" : ",\n  {";
        first = false;
        text += "\"object\": " + jsonText(planObjectName(item.object)) + ", \"action\": "
            + jsonText(planActionName(item.action)) + ", \"key\": " + jsonText(item.key()) + ", \"group\": "
            + jsonText(item.group) + ", \"name\": " + jsonText(item.name) + ", \"changes\": [";
        for (qsizetype i = 0; i < item.changes.size(); ++i) {
            const FieldChange &change = item.changes.at(i);
            text += (i ? ", " : "") + QByteArray("{\"field\": ") + jsonText(change.field) + ", \"old\": "
                + value(change.oldValue) + ", \"new\": " + value(change.newValue) + '}';
        }
        text += "]}";
    }
    text += first ? "]\n" : "\n]\n";
    return text;
}

} // namespace Qronos
