#pragma once

#include "exchange/importplan.h"
#include "model/jobdatamap.h"
#include "model/jobdetail.h"
#include "model/trigger.h"
#include "result.h"
#include "schedule/calendar.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Qronos {

/// Quartz's trigger states, stored by name in TRIGGER_STATE.
enum class TriggerState { None, Waiting, Acquired, Executing, Complete, Paused, Blocked, PausedBlocked, Error };
/// "WAITING", "ACQUIRED", "EXECUTING", "COMPLETE", "PAUSED", "BLOCKED", "PAUSED_BLOCKED", "ERROR"; "NONE" for None.
QString triggerStateName(TriggerState state);
/// The inverse of triggerStateName(); None for anything else.
TriggerState triggerStateFromName(const QString &name);

/// A trigger as stored, with its state.
struct StoredTrigger
{
    Trigger trigger;
    TriggerState state = TriggerState::None;
};

/// Who changes the schedule, for the audit log: the OS user and host of this process.
struct Actor
{
    QString osUser;
    QString host;
    /// This process's user (USER / USERNAME) and host name.
    static Actor current();
};

/// How an execution ended. Stored by name in EXECUTION_HISTORY.STATUS.
enum class ExecutionStatus { Succeeded, Failed, TimedOut, Interrupted, Refused, Recovered };
/// "SUCCEEDED", "FAILED", "TIMED_OUT", "INTERRUPTED", "REFUSED", "RECOVERED".
QString executionStatusName(ExecutionStatus status);
std::optional<ExecutionStatus> executionStatusFromName(const QString &name);

/// One row of the execution history: one attempt of one fire.
struct ExecutionRecord
{
    QString fireInstanceId;
    int attempt = 1;
    JobKey job;
    TriggerKey trigger;
    QString instanceId; ///< the node that ran it
    qint64 scheduledTime = 0;
    qint64 fireTime = 0;
    std::optional<qint64> endTime;
    ExecutionStatus status = ExecutionStatus::Succeeded;
    bool recovering = false;
    QString errorMessage;
    QString output;
};

/// One row of the misfire log.
struct MisfireRecord
{
    TriggerKey trigger;
    JobKey job;
    qint64 scheduledTime = 0;  ///< the fire time that was missed
    qint64 detectedTime = 0;
    QString instanceId;        ///< the node that applied the instruction
    int instruction = 0;       ///< the trigger's instruction as stored (SMART_POLICY stays 0)
    std::optional<qint64> nextFireTime; ///< after the instruction was applied; none = the trigger is done
};

/// One row of the audit log.
struct AuditEntry
{
    qint64 id = 0;
    qint64 time = 0;
    QString osUser;
    QString host;
    QString action;     ///< "add", "replace", "delete", "pause", "resume", "fire-now"
    QString objectType; ///< "job", "trigger", "calendar", "group", "all"
    QString objectName;
    QString objectGroup;
    QString oldJson;
    QString newJson;
};

/// A fire that runs now somewhere in the cluster (a FIRED_TRIGGERS row in state EXECUTING).
struct RunningExecution
{
    QString fireInstanceId;
    TriggerKey trigger;
    JobKey job;
    QString instanceId;
    qint64 scheduledTime = 0;
    qint64 fireTime = 0;
};

/// A trigger claimed by acquireNextTriggers(): in state ACQUIRED, with a FIRED_TRIGGERS row in state ACQUIRED
/// under the unique (scheduler, trigger, scheduled time) key.
struct AcquiredTrigger
{
    QString fireInstanceId;
    TriggerKey trigger;
    JobKey job;
    qint64 scheduledTime = 0; ///< the trigger's next fire time when it was claimed
    int priority = Trigger::DefaultPriority;
};

/// Everything the runtime needs to run one fire (Quartz's TriggerFiredBundle).
struct FiredBundle
{
    QString fireInstanceId;
    JobDetail job;
    /// The trigger after Quartz's triggered(): previousFireTime() is this fire, nextFireTime() the following one.
    Trigger trigger;
    CalendarPtr calendar;
    qint64 scheduledTime = 0;
    qint64 fireTime = 0;
    bool recovering = false;
    /// For a recovery re-run: the fire it runs again, under whose fire instance id, trigger and scheduled time its
    /// history rows are written, with attempts numbered on from firstAttempt (one more than the attempt that was
    /// in flight when its node stopped).
    struct Origin
    {
        QString fireInstanceId;
        TriggerKey trigger;
        qint64 scheduledTime = 0;
        int firstAttempt = 2;
    };
    std::optional<Origin> recovers;
};

/// What the runtime reports when a fire has finished (all attempts of it).
struct CompletedFire
{
    QString fireInstanceId;
    TriggerKey trigger;
    JobKey job;
    bool jobNonConcurrent = false;
    /// Set when the job persists its data and the run changed it: written back to JOB_DETAILS.JOB_DATA.
    std::optional<JobDataMap> changedJobData;
    /// One record per attempt, in order; each becomes a history row.
    QList<ExecutionRecord> attempts;
};

/// What recoverMisfiredTriggers() did.
struct MisfireScan
{
    QList<MisfireRecord> records;
    bool hasMore = false; ///< more misfired triggers wait than maxCount allowed
};

/// What recoverInstance() did, for one log line.
struct RecoveryReport
{
    int triggersReleased = 0;  ///< ACQUIRED or BLOCKED triggers set back to WAITING (PAUSED_BLOCKED to PAUSED)
    int recoveryTriggers = 0;  ///< one-shot triggers created to re-run requests-recovery jobs
    int failedExecutions = 0;  ///< in-flight fires recorded as failed
    int completeTriggersDeleted = 0;
};

/// A node's state as stored in SCHEDULER_STATE.NODE_STATE; PresumedDead is never stored, nodes() derives it.
enum class NodeState { Active, Standby, ShuttingDown, PresumedDead, Recovered };
/// "ACTIVE", "STANDBY", "SHUTTING_DOWN", "PRESUMED_DEAD", "RECOVERED".
QString nodeStateName(NodeState state);
std::optional<NodeState> nodeStateFromName(const QString &name);

/// How long after a missed check-in a node is presumed dead (on top of its check-in interval), by default.
inline constexpr qint64 kDefaultFailureGraceMs = 1000;

/// What a node writes at each check-in.
struct NodeCheckIn
{
    QString instanceId;
    qint64 checkinIntervalMs = 1000;
    QStringList tags;
    QStringList allowedJobTypes; ///< empty = every type this node knows
    QString host;
    qint64 processId = 0;
    QString version;
    qint64 startedTime = 0;
    qint64 clockOffsetMs = 0; ///< the node's clock minus the database server's
    int runningCount = 0;
    NodeState state = NodeState::Active; ///< Active, Standby or ShuttingDown
    qint64 failureGraceMs = kDefaultFailureGraceMs; ///< for counting the live nodes in the result
};

/// What a check-in found.
struct CheckInResult
{
    qint64 databaseTime = 0; ///< the check-in time written, from the server's clock
    /// Set when this node's row said another node had recovered it: it was presumed dead (its claims were given
    /// back and its in-flight fires recovered) while it was in fact alive but had not checked in in time.
    QString recoveredBy;
    /// Nodes in state ACTIVE whose check-in is recent (within their interval plus the grace), this one included.
    int activeNodes = 1;
};

/// One row of the node table.
struct NodeRecord
{
    QString instanceId;
    QString host;
    qint64 processId = 0;
    QString version;
    QStringList tags;
    QStringList allowedJobTypes;
    qint64 startedTime = 0;
    qint64 lastCheckinTime = 0;  ///< database time
    qint64 checkinAgeMs = 0;     ///< database time now minus lastCheckinTime
    qint64 checkinIntervalMs = 0;
    qint64 clockOffsetMs = 0;
    int runningCount = 0;        ///< as the node reported at its last check-in
    NodeState state = NodeState::Active;
    QString recoveredBy;
    std::optional<qint64> recoveredTime;
};

/// One node recovered by recoverFailedNodes().
struct NodeRecovery
{
    QString instanceId;
    qint64 silentForMs = 0; ///< since its last check-in (database time); 0 for an instance without a row
    RecoveryReport report;
};

/// What listJobs() and listTriggers() order their rows by. Rows with equal values follow in key order (group, then
/// name), so that pages taken with limit and offset neither skip nor repeat a row. A field the list does not have
/// (a job's next fire time) orders by the key.
enum class ListOrder {
    Key,              ///< group, then name
    Name,             ///< name, then group
    Description,
    JobType,          ///< jobs: the job type
    Job,              ///< triggers: the job's group, then name
    TriggerKind,
    TriggerState,     ///< by the state's stored name
    NextFireTime,     ///< triggers without one come last, whichever the direction
    PreviousFireTime, ///< likewise
    Calendar,
    Priority,
    MisfireInstruction
};

/// Filters for the list queries. Empty strings, empty lists and zero limits mean "no restriction".
struct ListQuery
{
    QString group;        ///< exact group
    QString textContains; ///< case-insensitive match on name, group, description, type
    QList<TriggerState> states; ///< triggers only: in one of these states
    ListOrder order = ListOrder::Key;
    bool descending = false;
    int limit = 0;
    int offset = 0;
};

/// A position in the history's newest-first order (FIRED_TIME, then FIRE_INSTANCE_ID, then ATTEMPT, all
/// descending): the keyset cursor of HistoryQuery::olderThan.
struct HistoryCursor
{
    qint64 fireTime = 0;
    QString fireInstanceId;
    int attempt = 0;

    /// The position of \a record: a query olderThan it starts with the row after it.
    static HistoryCursor of(const ExecutionRecord &record)
    {
        return HistoryCursor{record.fireTime, record.fireInstanceId, record.attempt};
    }
};

/// Filters for history(). Empty strings mean "no restriction"; the filters combine with AND.
struct HistoryQuery
{
    QString jobName;
    QString jobGroup;
    QString instanceId;
    std::optional<ExecutionStatus> status;
    std::optional<qint64> since; ///< FIRED_TIME >= since
    std::optional<qint64> until; ///< FIRED_TIME < until
    /// Case-insensitive substring of the error message or the output; '%' and '_' match themselves.
    QString textContains;
    /// Keyset paging: only rows after this position in the newest-first order. Each page then costs what the first
    /// costs, however deep it is (unlike offset); rows with equal fire times are neither skipped nor repeated.
    std::optional<HistoryCursor> olderThan;
    int limit = 100; ///< 0 = no limit
    int offset = 0;  ///< kept for compatibility; prefer olderThan for paging
};

/// Quartz's JobStore: everything the scheduler keeps, behind one interface.
///
/// Every call is thread-safe, may be made from any thread (the implementation keeps one database
/// connection per calling thread), runs in one transaction, and either does all it says or nothing.
/// Failures come back as a message naming what is wrong (the key that is taken, the job that does not
/// exist, the database that cannot be reached). Calls that change the schedule's definition write one
/// audit-log row per object changed in the same transaction (old and new JSON, the actor).
/// "Now" comes from the clock the store was created with.
class JobStore
{
public:
    virtual ~JobStore() = default;

    // ---- definitions --------------------------------------------------------------------------------

    /// Stores a job. Fails when the key is taken and \a replaceExisting is false. Replacing keeps the job's triggers.
    virtual Result<Done> storeJob(const JobDetail &job, bool replaceExisting) = 0;
    /// Stores a job and its triggers together (Quartz's scheduleJob(job, trigger)). Each trigger must already have
    /// its next fire time computed; its initial state is PAUSED when its group (or everything) is paused, else
    /// WAITING. All or nothing.
    virtual Result<Done> storeJobAndTriggers(const JobDetail &job, const QList<Trigger> &triggers,
                                             bool replaceExisting) = 0;
    /// Deletes a job and all its triggers; false when there was no such job.
    virtual Result<bool> removeJob(const JobKey &key) = 0;
    virtual Result<std::optional<JobDetail>> retrieveJob(const JobKey &key) = 0;

    /// Stores a trigger whose job exists and whose next fire time is computed. Initial state: PAUSED when its
    /// group or everything is paused; BLOCKED (PAUSED_BLOCKED) when its job is non-concurrent and runs now;
    /// else WAITING. Fails when the key is taken and \a replaceExisting is false, or the calendar does not exist.
    virtual Result<Done> storeTrigger(const Trigger &trigger, bool replaceExisting) = 0;
    /// Deletes a trigger; its job too when the job is not durable and has no trigger left. False when absent.
    virtual Result<bool> removeTrigger(const TriggerKey &key) = 0;
    /// Replaces the trigger \a key with \a trigger (which may have another key but must point at the same job).
    /// False when \a key does not exist.
    virtual Result<bool> replaceTrigger(const TriggerKey &key, const Trigger &trigger) = 0;
    virtual Result<std::optional<StoredTrigger>> retrieveTrigger(const TriggerKey &key) = 0;
    virtual Result<QList<StoredTrigger>> triggersOfJob(const JobKey &key) = 0;

    /// Stores a calendar. Replacing one with \a updateTriggers recomputes the next fire time of every trigger that
    /// uses it (FireTimes::updateWithNewCalendar with the misfire threshold).
    virtual Result<Done> storeCalendar(const QString &name, const CalendarPtr &calendar, bool replaceExisting,
                                       bool updateTriggers) = 0;
    /// Fails while a trigger uses the calendar; false when absent.
    virtual Result<bool> removeCalendar(const QString &name) = 0;
    /// Null when absent.
    virtual Result<CalendarPtr> retrieveCalendar(const QString &name) = 0;
    virtual Result<QStringList> calendarNames() = 0;

    virtual Result<QList<JobDetail>> listJobs(const ListQuery &query) = 0;
    virtual Result<QList<StoredTrigger>> listTriggers(const ListQuery &query) = 0;
    /// How many rows listJobs() / listTriggers() would return without the query's limit and offset.
    virtual Result<qint64> countJobs(const ListQuery &query) = 0;
    virtual Result<qint64> countTriggers(const ListQuery &query) = 0;
    /// For each calendar that triggers use, how many do.
    virtual Result<QHash<QString, qint64>> calendarUseCounts() = 0;
    virtual Result<QStringList> jobGroupNames() = 0;
    virtual Result<QStringList> triggerGroupNames() = 0;
    virtual Result<QStringList> pausedTriggerGroups() = 0;

    /// Imports \a document in one transaction: computes planImport() against the content the transaction sees;
    /// when the plan has problems, writes nothing and returns it with applied false; else runs the delete commands,
    /// stores the calendars (a replaced one moves its triggers' next fire times), jobs and triggers it adds or
    /// changes (next fire times computed as Scheduler::scheduleJob does; paused ones PAUSED), with the audit rows
    /// of the single calls, and commits. Fails, changing nothing, only when the database does.
    virtual Result<ImportReport> applyImport(const ScheduleDocument &document) = 0;

    // ---- pause and resume (Quartz's semantics) ------------------------------------------------------

    /// WAITING/ACQUIRED -> PAUSED, BLOCKED -> PAUSED_BLOCKED. False when the trigger does not exist.
    virtual Result<bool> pauseTrigger(const TriggerKey &key) = 0;
    /// PAUSED -> WAITING (or BLOCKED while its non-concurrent job runs), PAUSED_BLOCKED -> BLOCKED; a trigger whose
    /// next fire time is past the misfire threshold gets its misfire instruction applied (and logged).
    virtual Result<bool> resumeTrigger(const TriggerKey &key) = 0;
    virtual Result<bool> pauseJob(const JobKey &key) = 0;
    virtual Result<bool> resumeJob(const JobKey &key) = 0;
    /// Pauses every trigger of the group and remembers the group as paused, so triggers added to it later start
    /// paused. Returns how many triggers changed.
    virtual Result<int> pauseTriggerGroup(const QString &group) = 0;
    virtual Result<int> resumeTriggerGroup(const QString &group) = 0;
    /// Pauses the triggers of every job of the group.
    virtual Result<int> pauseJobGroup(const QString &group) = 0;
    virtual Result<int> resumeJobGroup(const QString &group) = 0;
    /// Pauses every trigger group and remembers that everything is paused (new groups start paused).
    virtual Result<Done> pauseAll() = 0;
    virtual Result<Done> resumeAll() = 0;

    // ---- the runtime's side --------------------------------------------------------------------------

    struct AcquireRequest
    {
        qint64 noLaterThan = 0;          ///< claim triggers due at or before this time
        int maxCount = 1;
        QString instanceId;              ///< the claiming node
        QStringList allowedJobTypes;     ///< empty = all
        QStringList nodeTags;            ///< a job that requires a tag is claimed only by nodes with it
    };
    /// Claims up to maxCount WAITING triggers due by noLaterThan, earliest first, then higher priority; skips
    /// triggers whose fire time is already later than the misfire threshold (unless their instruction is
    /// IGNORE_MISFIRE_POLICY), triggers of refused job types, triggers of jobs pinned to another node or needing
    /// a tag this node lacks, and all but the first trigger of a non-concurrent job. Claiming sets the state
    /// ACQUIRED and inserts one FIRED_TRIGGERS row per trigger; a second claim of the same (trigger, scheduled
    /// time) fails in the database and is skipped.
    virtual Result<QList<AcquiredTrigger>> acquireNextTriggers(const AcquireRequest &request) = 0;
    /// Gives claimed triggers back (ACQUIRED -> WAITING) and deletes their FIRED_TRIGGERS rows.
    virtual Result<Done> releaseAcquiredTriggers(const QList<AcquiredTrigger> &triggers) = 0;
    /// Fires claimed triggers (Quartz's triggersFired): for each trigger still ACQUIRED, loads job and calendar,
    /// applies FireTimes::triggered(), stores the new fire times (state WAITING, or COMPLETE when it has no next
    /// fire time; the triggers of a non-concurrent job become BLOCKED / PAUSED_BLOCKED), and marks the
    /// FIRED_TRIGGERS row EXECUTING with the fire time. A trigger that was paused, changed or deleted meanwhile
    /// yields nullopt and its row is removed. One result per input, in order.
    virtual Result<QList<std::optional<FiredBundle>>> triggersFired(const QList<AcquiredTrigger> &triggers) = 0;
    /// Claims and fires at once, in one transaction, up to maxCount WAITING triggers whose next fire time is at or
    /// before noLaterThan (the caller passes now): the same choice and guarantees as acquireNextTriggers() (order,
    /// misfired triggers skipped, refused job types, tags and pinning, one trigger per non-concurrent job, the
    /// unique (trigger, scheduled time) row) followed by triggersFired(), but each trigger row is written once (new
    /// fire times and state together) and the FIRED_TRIGGERS rows are inserted directly as EXECUTING. A trigger
    /// whose calendar is missing is left WAITING; one whose fire is recorded already is skipped untouched.
    /// The bundles come in the order of the choice; nothing not yet due is touched.
    virtual Result<QList<FiredBundle>> fireDueTriggers(const AcquireRequest &request) = 0;
    /// Completes fires (Quartz's triggeredJobComplete), all in one transaction: writes the history rows, saves
    /// changed job data, releases the BLOCKED triggers of non-concurrent jobs, deletes the FIRED_TRIGGERS rows,
    /// and deletes triggers in state COMPLETE (and their non-durable jobs left without triggers).
    virtual Result<Done> triggeredJobsComplete(const QList<CompletedFire> &fires) = 0;
    /// Applies the misfire instruction of up to maxCount WAITING triggers whose next fire time is earlier than
    /// now - misfire threshold (IGNORE_MISFIRE_POLICY excepted), earliest first, and writes each to the misfire
    /// log in the same transaction. A trigger left without a next fire time becomes COMPLETE.
    virtual Result<MisfireScan> recoverMisfiredTriggers(int maxCount, const QString &instanceId) = 0;
    /// Cleans up after \a instanceId stopped without finishing (a crash, or this node restarting): triggers it had
    /// claimed go back to WAITING, triggers blocked by its running non-concurrent jobs are released, its in-flight
    /// fires of jobs that request recovery get a one-shot trigger in group RECOVERING_JOBS (the re-run is marked
    /// recovering, attempt 2), the others are recorded as FAILED in the history, its FIRED_TRIGGERS rows are
    /// deleted, and COMPLETE triggers are removed.
    virtual Result<RecoveryReport> recoverInstance(const QString &instanceId) = 0;

    // ---- nodes --------------------------------------------------------------------------------------

    /// False for a store only one node may use at a time (an embedded SQLite file): a second node is refused.
    virtual bool allowsSeveralNodes() const = 0;
    /// Whether this connection may change the schedule: false when the database user may only read the tables (or
    /// the SQLite file is read-only), so that a console can say so before the first write fails. Writes nothing.
    virtual Result<bool> mayChangeSchedule() = 0;
    /// The database server's clock now (epoch ms UTC): what check-ins and failure detection go by.
    virtual Result<qint64> databaseTime() = 0;
    /// Upserts this node's SCHEDULER_STATE row with the check-in time taken from the database server's clock
    /// (never the node's) and everything else \a node says, and its NODE_TAGS rows.
    virtual Result<CheckInResult> checkIn(const NodeCheckIn &node) = 0;
    /// Removes this node's SCHEDULER_STATE and NODE_TAGS rows (clean shutdown).
    virtual Result<Done> removeNode(const QString &instanceId) = 0;
    /// Every node of the cluster as the database sees it now, ordered by instance id. A node whose last check-in
    /// is older than its interval plus \a failureGraceMs (database time) shows as PresumedDead until a survivor
    /// recovers it.
    virtual Result<QList<NodeRecord>> nodes(qint64 failureGraceMs) = 0;
    /// Fail-over, called by every live node between its check-ins: finds the nodes whose last check-in (database
    /// time) is older than their interval plus \a failureGraceMs, and (with \a withLeftovers) the instances that
    /// left fires behind without any SCHEDULER_STATE row, and recovers each as recoverInstance() does, recording
    /// \a survivorId as the one that recovered it. Each node is recovered in its own short transaction that first marks its row RECOVERED with a
    /// conditional UPDATE: of several survivors calling at once, exactly one wins each dead node, the others skip
    /// it. A node that checks in again is active again.
    virtual Result<QList<NodeRecovery>> recoverFailedNodes(const QString &survivorId, qint64 failureGraceMs,
                                                           bool withLeftovers = true) = 0;

    // ---- interrupting fires on any node ------------------------------------------------------------------

    /// Asks the node running the fire \a fireInstanceId to interrupt it (an INTERRUPT_REQUESTS row, audited);
    /// false when no such fire runs. The node acts within half a check-in interval.
    virtual Result<bool> requestInterruptOfFire(const QString &fireInstanceId) = 0;
    /// The same for every running fire of \a job, wherever it runs; how many were asked.
    virtual Result<int> requestInterruptOfJob(const JobKey &job) = 0;
    /// The fires this node was asked to interrupt since the last call; the requests are deleted.
    virtual Result<QStringList> takeInterruptRequests(const QString &instanceId) = 0;

    // ---- history, misfires, audit --------------------------------------------------------------------

    /// The rows \a query selects, newest first: by FIRED_TIME, then FIRE_INSTANCE_ID, then ATTEMPT, all descending
    /// (a total order, so that keyset pages through HistoryQuery::olderThan concatenate to the whole set).
    virtual Result<QList<ExecutionRecord>> history(const HistoryQuery &query) = 0;
    /// Fires in state EXECUTING on any node, oldest first.
    virtual Result<QList<RunningExecution>> runningExecutions() = 0;
    /// Newest first; \a since inclusive when set.
    virtual Result<QList<MisfireRecord>> misfireLog(std::optional<qint64> since, int limit) = 0;
    /// Newest first.
    virtual Result<QList<AuditEntry>> auditLog(std::optional<qint64> since, int limit) = 0;
    /// Deletes history rows older than \a olderThanMs, and beyond the newest \a keepRows rows (0 = no row limit),
    /// in transactions of at most \a batchSize rows each so that firing never waits long. Returns rows deleted.
    virtual Result<qint64> purgeHistory(std::optional<qint64> olderThanMs, qint64 keepRows, int batchSize) = 0;

protected:
    JobStore() = default;
};

} // namespace Qronos
