#pragma once

#include "exchange/scheduledocument.h"
#include "result.h"

#include <QList>
#include <QString>

namespace Qronos {

class JobStore;
class JobTypeRegistry;

/// What an import does to one job, trigger or calendar.
enum class PlanAction {
    Added,     ///< not in the store; the file adds it
    Changed,   ///< in the store and in the file, with different fields (see PlanItem::changes)
    Removed,   ///< deleted by a pre-processing command (or a non-durable job left without triggers by one)
    Unchanged, ///< in the store and in the file, identical: not written
    Skipped,   ///< in the store, and ignore-duplicates keeps the stored one
};
enum class PlanObject { Calendar, Job, Trigger };

/// "added", "changed", ... and "calendar", "job", "trigger": stable names for tools (not translated).
QString planActionName(PlanAction action);
QString planObjectName(PlanObject object);

/// One field that differs, with both values as compact "qronos/1" JSON text ("\"0 0 2 * * ?\"", "5", "true");
/// an absent value is empty.
struct FieldChange
{
    QString field; ///< the "qronos/1" field name: "cron", "startTime", "data.retries", "paused", ...
    QString oldValue;
    QString newValue;
};

struct PlanItem
{
    PlanObject object = PlanObject::Job;
    PlanAction action = PlanAction::Added;
    QString name;
    QString group;   ///< empty for calendars
    QList<FieldChange> changes; ///< for Changed
    SourceLocation location;    ///< where the file defines it (empty for Removed)
    /// "group.name" for jobs and triggers, the name for calendars.
    QString key() const;
};

/// The dry-run of an import: what applying the document to the store's current content would do, and every
/// problem that stops it. Items come calendars first, then jobs, then triggers, each sorted by key; an object
/// the import does not touch is not listed.
struct ImportPlan
{
    QList<PlanItem> items;
    ImportProblems problems;

    bool ok() const { return problems.isEmpty(); }
    /// True when applying would write something (an Added, Changed or Removed item).
    bool changesSomething() const;
    int count(PlanAction action) const;
    int count(PlanObject object, PlanAction action) const;
    /// A readable diff for the command line, one line per item that is not Unchanged (with \a withUnchanged, those
    /// too), then a summary line:
    ///   + job reports.nightly
    ///   ~ trigger reports.nightly-cron: cron "0 0 2 * * ?" -> "0 30 2 * * ?"
    ///   - job old.cleanup
    ///   = calendar holidays            (unchanged)
    ///   ! trigger reports.x            (skipped: ignore-duplicates keeps the stored one)
    /// Problems are not part of it (print them from problems).
    QString toText(bool withUnchanged = false) const;
};

/// What JobStore::applyImport() did: the plan it checked inside its transaction, and whether it was applied.
/// When the plan has problems nothing was written and applied is false.
struct ImportReport
{
    ImportPlan plan;
    bool applied = false;
};

/// The fields in which two versions of one calendar, job or trigger differ, as a plan lists them: in the "qronos/1"
/// field order of \a after (then fields only \a before has), job data key by key, old values from \a before and
/// new ones from \a after. Runtime state (fire times, counts) is no field; a trigger's paused state is. Empty when
/// both are the same. planImport() and diffSchedules() compare with these.
QList<FieldChange> calendarChanges(const QString &name, const Calendar &before, const Calendar &after);
QList<FieldChange> jobChanges(const JobDetail &before, const JobDetail &after);
QList<FieldChange> triggerChanges(const DocumentTrigger &before, const DocumentTrigger &after);

/// Problems of a document on its own, whatever the store holds: the same calendar name, job key or trigger key
/// twice, job definitions JobDetail::validationError() refuses, triggers FireTimes::validate() refuses, delete
/// commands with an empty name. Each is located at the item's location. Readers call it; planImport() too.
ImportProblems checkDocument(const ScheduleDocument &document);

/// Problems of the document's jobs whose type \a registry knows: job data the type refuses (a shell job without a
/// program...), each located at the job. Types the registry does not know are left alone (a node with a plugin may
/// know them); JobTypeRegistry::contains() tells which. The store cannot check this (it has no registry): callers
/// that can, should (qronosctl does with the built-in types).
ImportProblems checkJobData(const ScheduleDocument &document, const JobTypeRegistry &registry);

/// Warnings, not problems: one for each job type of the document that \a registry does not know, located at its
/// first job ("Job type "acme-report" is not built in: only nodes with a plugin for it will run its jobs.").
ImportProblems unknownJobTypes(const ScheduleDocument &document, const JobTypeRegistry &registry);

/// The plan of applying \a incoming to a store whose content is \a current (a document as readSchedule() gives
/// for everything, with paused states): the pure computation both the dry-run and JobStore::applyImport() use.
/// Besides checkDocument()'s problems: a key the store holds already when overwrite-existing-data and
/// ignore-duplicates are both off, a trigger whose job or calendar is neither in the file nor left in the store,
/// a trigger that would never fire, a non-durable job left without any trigger.
ImportPlan planImport(const ScheduleDocument &current, const ScheduleDocument &incoming);

/// The dry-run against a store: reads its whole schedule and plans \a incoming against it. Fails only when the
/// store cannot be read. Blocking: run it off the GUI thread.
Result<ImportPlan> planImport(JobStore &store, const ScheduleDocument &incoming);

} // namespace Qronos
