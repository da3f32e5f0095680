#pragma once

#include "clock.h"
#include "store/databaseurl.h"
#include "store/jobstore.h"

#include <memory>

namespace Qronos {

class SqlDialect;

/// The JobStore over QSqlDatabase: SQLite, PostgreSQL, MySQL/MariaDB, Quartz's table layout (see sql/README.md).
///
/// Each thread that calls the store gets its own connection, cloned from the one open() made and removed when
/// that thread ends. A call that finds its connection broken reopens it once before giving up; a failed call
/// changes nothing and says what went wrong (the caller retries later with back-off).
class SqlJobStore final : public JobStore
{
public:
    struct Options
    {
        /// The node using this store (FIRED_TRIGGERS.INSTANCE_NAME, history rows, misfire log).
        QString instanceId = QStringLiteral("NON_CLUSTERED");
        /// Written into every audit-log row.
        Actor actor = Actor::current();
        /// A trigger later than this is misfired (Quartz's misfireThreshold, default 60 s).
        qint64 misfireThresholdMs = 60000;
        std::shared_ptr<Clock> clock = Clock::system();
        /// Claim with SELECT ... FOR UPDATE SKIP LOCKED where the server has it. False takes Quartz's
        /// TRIGGER_ACCESS row lock instead, as on servers without it (MySQL < 8.0.1, MariaDB < 10.6): for tests of
        /// that path, or a proxy that does not pass SKIP LOCKED through.
        bool useSkipLocked = true;
    };

    /// Opens the database, migrating its schema forward first (and refusing one newer than this program).
    /// A failure names the database and what went wrong; nothing is written then.
    static Result<std::unique_ptr<SqlJobStore>> open(const DatabaseUrl &url, const Options &options);

    ~SqlJobStore() override;
    Q_DISABLE_COPY_MOVE(SqlJobStore)

    const DatabaseUrl &url() const;
    const SqlDialect &dialect() const;
    const Options &options() const;
    /// The server's version text, and whether claims use SELECT ... FOR UPDATE SKIP LOCKED.
    QString serverVersion() const;
    bool usesSkipLocked() const;
    /// How many transactions this store has committed since open (all threads); for benchmarks and metrics.
    qint64 commitCount() const;
    /// How many times a lost connection was reopened.
    qint64 reconnectCount() const;

    // JobStore
    Result<Done> storeJob(const JobDetail &job, bool replaceExisting) override;
    Result<Done> storeJobAndTriggers(const JobDetail &job, const QList<Trigger> &triggers,
                                     bool replaceExisting) override;
    Result<bool> removeJob(const JobKey &key) override;
    Result<std::optional<JobDetail>> retrieveJob(const JobKey &key) override;
    Result<Done> storeTrigger(const Trigger &trigger, bool replaceExisting) override;
    Result<bool> removeTrigger(const TriggerKey &key) override;
    Result<bool> replaceTrigger(const TriggerKey &key, const Trigger &trigger) override;
    Result<std::optional<StoredTrigger>> retrieveTrigger(const TriggerKey &key) override;
    Result<QList<StoredTrigger>> triggersOfJob(const JobKey &key) override;
    Result<Done> storeCalendar(const QString &name, const CalendarPtr &calendar, bool replaceExisting,
                               bool updateTriggers) override;
    Result<bool> removeCalendar(const QString &name) override;
    Result<CalendarPtr> retrieveCalendar(const QString &name) override;
    Result<QStringList> calendarNames() override;
    Result<QList<JobDetail>> listJobs(const ListQuery &query) override;
    Result<QList<StoredTrigger>> listTriggers(const ListQuery &query) override;
    Result<bool> mayChangeSchedule() override;
    Result<qint64> countJobs(const ListQuery &query) override;
    Result<qint64> countTriggers(const ListQuery &query) override;
    Result<QHash<QString, qint64>> calendarUseCounts() override;
    Result<QStringList> jobGroupNames() override;
    Result<QStringList> triggerGroupNames() override;
    Result<QStringList> pausedTriggerGroups() override;
    Result<ImportReport> applyImport(const ScheduleDocument &document) override;
    Result<bool> pauseTrigger(const TriggerKey &key) override;
    Result<bool> resumeTrigger(const TriggerKey &key) override;
    Result<bool> pauseJob(const JobKey &key) override;
    Result<bool> resumeJob(const JobKey &key) override;
    Result<int> pauseTriggerGroup(const QString &group) override;
    Result<int> resumeTriggerGroup(const QString &group) override;
    Result<int> pauseJobGroup(const QString &group) override;
    Result<int> resumeJobGroup(const QString &group) override;
    Result<Done> pauseAll() override;
    Result<Done> resumeAll() override;
    Result<QList<AcquiredTrigger>> acquireNextTriggers(const AcquireRequest &request) override;
    Result<Done> releaseAcquiredTriggers(const QList<AcquiredTrigger> &triggers) override;
    Result<QList<std::optional<FiredBundle>>> triggersFired(const QList<AcquiredTrigger> &triggers) override;
    Result<QList<FiredBundle>> fireDueTriggers(const AcquireRequest &request) override;
    Result<Done> triggeredJobsComplete(const QList<CompletedFire> &fires) override;
    Result<MisfireScan> recoverMisfiredTriggers(int maxCount, const QString &instanceId) override;
    Result<RecoveryReport> recoverInstance(const QString &instanceId) override;
    bool allowsSeveralNodes() const override;
    Result<qint64> databaseTime() override;
    Result<CheckInResult> checkIn(const NodeCheckIn &node) override;
    Result<Done> removeNode(const QString &instanceId) override;
    Result<QList<NodeRecord>> nodes(qint64 failureGraceMs) override;
    Result<QList<NodeRecovery>> recoverFailedNodes(const QString &survivorId, qint64 failureGraceMs,
                                                   bool withLeftovers = true) override;
    Result<bool> requestInterruptOfFire(const QString &fireInstanceId) override;
    Result<int> requestInterruptOfJob(const JobKey &job) override;
    Result<QStringList> takeInterruptRequests(const QString &instanceId) override;
    Result<QList<ExecutionRecord>> history(const HistoryQuery &query) override;
    Result<QList<RunningExecution>> runningExecutions() override;
    Result<QList<MisfireRecord>> misfireLog(std::optional<qint64> since, int limit) override;
    Result<QList<AuditEntry>> auditLog(std::optional<qint64> since, int limit) override;
    Result<qint64> purgeHistory(std::optional<qint64> olderThanMs, qint64 keepRows, int batchSize) override;

private:
    struct Private;
    explicit SqlJobStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Qronos
