#pragma once

#include "model/jobdetail.h"
#include "model/trigger.h"
#include "result.h"
#include "schedule/calendar.h"
#include "store/jobstore.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Qronos {

class StoreTx;

/// The SQL job store's reads and writes inside a call's transaction, in Quartz's terms (JobStoreSupport and
/// StdJDBCDelegate). Each returns the statement's failure, naming the database, as its error.
namespace StoreQueries {

using Tx = StoreTx;

/// Quartz's marker row in PAUSED_TRIGGER_GRPS: everything is paused.
QString allGroupsPaused();
/// Quartz's group of the one-shot triggers that re-run jobs of a node that died.
QString recoveringJobsGroup();

// ---- reading ----------------------------------------------------------------------------------------------------

/// \a forUpdate: lock the row until the transaction ends.
Result<std::optional<JobDetail>> loadJob(Tx &tx, const JobKey &key, bool forUpdate = false);
Result<QHash<JobKey, JobDetail>> loadJobs(Tx &tx, const QList<JobKey> &keys);
/// Jobs matching \a where (on alias J, complete with the scheduler), followed by \a tail.
Result<QList<JobDetail>> loadJobsWhere(Tx &tx, const QString &where, const QVariantList &values,
                                       const QString &tail = QString());
/// Triggers matching \a where (on alias T, with \a values), followed by \a tail (order, limit, locks). Unless
/// \a whereNamesScheduler, "T.SCHED_NAME = ?" for this scheduler is added in front.
Result<QList<StoredTrigger>> loadTriggers(Tx &tx, const QString &where, const QVariantList &values,
                                          const QString &tail = QStringLiteral(" ORDER BY T.TRIGGER_GROUP, T.TRIGGER_NAME"),
                                          bool whereNamesScheduler = false);
Result<std::optional<StoredTrigger>> loadTrigger(Tx &tx, const TriggerKey &key, bool forUpdate = false);
/// Null when there is no such calendar.
Result<CalendarPtr> loadCalendar(Tx &tx, const QString &name);
Result<QHash<QString, CalendarPtr>> loadCalendars(Tx &tx, const QStringList &names);
Result<QSet<QString>> pausedGroups(Tx &tx);
/// The jobs among \a keys with a fire in state EXECUTING.
Result<QSet<JobKey>> executingJobs(Tx &tx, const QList<JobKey> &keys);
/// The first column of every row.
Result<QStringList> stringColumn(Tx &tx, const QString &sql, const QVariantList &values);

// ---- trigger rows -----------------------------------------------------------------------------------------------

/// The TRIGGERS row and the row of its kind table.
Result<Done> insertTriggerRows(Tx &tx, const Trigger &trigger, TriggerState state);
/// Rewrites every column of a stored trigger and its kind row (which may change kind) with \a state.
Result<Done> updateTriggerRows(Tx &tx, const Trigger &trigger, TriggerState state);
Result<Done> deleteKindRows(Tx &tx, const QList<TriggerKey> &keys);
Result<Done> deleteTriggerRows(Tx &tx, const QList<TriggerKey> &keys);
/// \a from -> \a to; returns how many rows changed (0 or 1).
Result<int> setTriggerState(Tx &tx, const TriggerKey &key, TriggerState to, TriggerState from);
/// BLOCKED -> WAITING and PAUSED_BLOCKED -> PAUSED for every trigger of \a jobs; returns how many changed.
Result<int> releaseBlocked(Tx &tx, const QList<JobKey> &jobs);
/// Deletes the non-durable jobs among \a jobs that have no trigger left; returns how many.
Result<int> deleteOrphanJobs(Tx &tx, const QList<JobKey> &jobs);
/// "TRIGGER_STATE = CASE ..." that pauses (BLOCKED -> PAUSED_BLOCKED, else PAUSED), for the states pausableStates().
QString pauseCase();
QString pausableStates();
/// Remembers \a group as paused (no error when it is already).
Result<Done> markGroupPaused(Tx &tx, const QString &group);

// ---- definitions (Quartz's storeJob, storeTrigger, removeTrigger, resumeTrigger) -------------------------------

Result<Done> storeJobIn(Tx &tx, const JobDetail &job, bool replaceExisting);
/// Validates \a trigger, checks its job (\a knownJob, or the stored one) and calendar, and stores it in its initial
/// state: PAUSED in a paused group, BLOCKED / PAUSED_BLOCKED while its non-concurrent job runs (unless
/// \a recovering), else WAITING. An added trigger gets an audit row with \a auditAction (none when empty) and
/// \a auditOldJson; a replaced one a "replace" row.
Result<Done> storeTriggerIn(Tx &tx, const Trigger &trigger, bool replaceExisting, const JobDetail *knownJob,
                            bool recovering = false, const QString &auditAction = QStringLiteral("add"),
                            const QString &auditOldJson = QString());
/// storeTriggerIn() for many triggers of \a job at once, with a handful of statements per few hundred triggers
/// instead of several per trigger. Triggers that exist already are stored one by one as storeTriggerIn() would.
Result<Done> storeTriggersIn(Tx &tx, const QList<Trigger> &triggers, const JobDetail &job, bool replaceExisting);
/// Deletes a trigger and, when it was the last of a non-durable job, the job; false when absent.
Result<bool> removeTriggerIn(Tx &tx, const TriggerKey &key, bool audit);
/// Quartz's resumeTrigger for a trigger loaded in state PAUSED or PAUSED_BLOCKED: BLOCKED while its
/// non-concurrent job runs, else WAITING, or its misfire instruction applied (and logged) when it is misfired.
/// Returns whether it changed.
Result<bool> resumeLoaded(Tx &tx, const StoredTrigger &stored, const JobDetail *job);
/// Resumes every paused trigger matching \a where; returns how many changed.
Result<int> resumeWhere(Tx &tx, const QString &where, const QVariantList &values);
Result<int> pauseTriggerGroupIn(Tx &tx, const QString &group);
Result<int> resumeTriggerGroupIn(Tx &tx, const QString &group);

// ---- misfires ---------------------------------------------------------------------------------------------------

/// A MISFIRE_LOG row; the same (trigger, scheduled time) logged before keeps its first row.
Result<Done> insertMisfireLog(Tx &tx, const MisfireRecord &record, const QString &detail);
/// Applies the trigger's misfire instruction with \a calendar and stores it in \a newState (COMPLETE when no fire
/// is left, ERROR when Quartz would throw), logging it as handled by \a instanceId.
Result<MisfireRecord> applyMisfire(Tx &tx, Trigger trigger, const CalendarPtr &calendar, TriggerState newState,
                                   const QString &instanceId);

// ---- firing -----------------------------------------------------------------------------------------------------

/// Quartz's TRIGGER_ACCESS lock, for servers without SKIP LOCKED (nothing elsewhere).
Result<Done> lockTriggerAccess(Tx &tx);
Result<Done> deleteFiredRows(Tx &tx, const QStringList &entryIds);

/// A fired trigger's new fire times and state.
struct FireUpdate
{
    Trigger trigger;
    TriggerState state;
};
/// Writes the fire times, states and counts of fired triggers: one statement per table for the whole batch.
Result<Done> writeFiredTriggers(Tx &tx, const QList<FireUpdate> &updates);
/// The triggers of non-concurrent \a jobs that one of them fires now: WAITING/ACQUIRED -> BLOCKED,
/// PAUSED -> PAUSED_BLOCKED.
Result<Done> blockJobTriggers(Tx &tx, const QList<JobKey> &jobs);

/// One FIRED_TRIGGERS row.
struct FiredRow
{
    QString entryId;
    TriggerKey trigger;
    JobKey job;
    qint64 firedTime = 0;
    qint64 scheduledTime = 0;
    int priority = 0;
    TriggerState state = TriggerState::Acquired; ///< ACQUIRED or EXECUTING
    bool nonConcurrent = false;
    bool requestsRecovery = false;
};
/// Inserts \a rows for the node \a instanceName; a row whose (trigger, scheduled time) is recorded already is
/// skipped. Returns the entry ids inserted.
Result<QSet<QString>> insertFiredRows(Tx &tx, const QList<FiredRow> &rows, const QString &instanceName);

/// The EXECUTION_HISTORY columns after SCHED_NAME, in the order of insertHistory() and the history query.
QString historyColumns();
/// Multi-row inserts; a row already there (the same fire completed twice) is kept.
Result<Done> insertHistory(Tx &tx, const QList<ExecutionRecord> &records);
/// Deletes the COMPLETE triggers among \a keys (or, when \a keys is null, all COMPLETE ones without a fire in
/// flight) and then the non-durable jobs they leave without triggers. Returns how many triggers went.
Result<int> deleteCompleteTriggers(Tx &tx, const QList<TriggerKey> *keys);

} // namespace StoreQueries
} // namespace Qronos
