#pragma once

#include "result.h"
#include "store/databaseurl.h"
#include "store/quartzrecords.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace Qronos {

/// Whether an action may write to a Java Quartz database. Every action takes one; without Confirmed it refuses and
/// changes nothing, so that no call writes by accident.
enum class QuartzConfirmation { Unconfirmed, Confirmed };

/// An existing Java Quartz 2.x JDBC store (PostgreSQL or MySQL/MariaDB, tables made by Quartz's own DDL) opened in
/// observer mode: reads of its tables, and the few actions the Java nodes honour through them.
///
/// It never changes the schema, never decodes the Java-serialized blobs (job data, calendars) and never runs a job.
/// Reads never write. Each action runs in one transaction under Quartz's TRIGGER_ACCESS row lock (SELECT ... FOR
/// UPDATE on the LOCKS row, inserted when missing, as Quartz's StdRowLockSemaphore does) and changes the rows the
/// way Quartz's JobStoreSupport does, so the Java nodes see what a Java client's call would have left.
///
/// Every call may come from any thread: each thread uses its own connection (closed when the thread ends).
class QuartzDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::QuartzDatabase)
    Q_DISABLE_COPY_MOVE(QuartzDatabase)

public:
    /// Opens \a url (PostgreSQL or MySQL/MariaDB) with \a tablePrefix (empty: QRTZ_) for the Java scheduler named
    /// \a schedulerName (SCHED_NAME). With an empty \a schedulerName the database must hold exactly one scheduler,
    /// which is used; otherwise the error lists the names present. Fails naming the first missing Quartz table when
    /// the database has no Quartz tables under that prefix, and refuses a Qronos store (open that with --db).
    static Result<std::unique_ptr<QuartzDatabase>> open(const DatabaseUrl &url, const QString &tablePrefix = {},
                                                         const QString &schedulerName = {});
    /// The scheduler names (SCHED_NAME) found in the Quartz tables of \a url under \a tablePrefix, sorted.
    static Result<QStringList> schedulerNames(const DatabaseUrl &url, const QString &tablePrefix = {});
    ~QuartzDatabase();

    QString schedulerName() const;
    QString tablePrefix() const;
    /// The URL without its password.
    QString displayUrl() const;

    /// The database server's clock, epoch ms.
    Result<qint64> databaseTime() const;
    /// Jobs by group and name.
    Result<QList<QuartzJob>> jobs() const;
    /// Triggers by group and name, with their kind's CRON/SIMPLE/SIMPROP row.
    Result<QList<QuartzTrigger>> triggers() const;
    Result<QList<QuartzCalendar>> calendars() const;
    /// PAUSED_TRIGGER_GRPS (Quartz's "_$_ALL_GROUPS_PAUSED_$_" included when pauseAll was called).
    Result<QStringList> pausedTriggerGroups() const;
    /// The Java nodes' check-ins, ages on the database server's clock.
    Result<QList<QuartzInstance>> instances() const;
    /// What the Java nodes have acquired or run now, cluster-wide, oldest first.
    Result<QList<QuartzFiredTrigger>> firedTriggers() const;

    /// Quartz's pauseTrigger: WAITING or ACQUIRED becomes PAUSED, BLOCKED becomes PAUSED_BLOCKED; other states are
    /// left alone. True when the state changed. Fails when the trigger does not exist.
    Result<bool> pauseTrigger(const TriggerKey &key, QuartzConfirmation confirmation);
    /// Quartz's resumeTrigger: PAUSED becomes WAITING (BLOCKED while a non-concurrent run of its job goes on),
    /// PAUSED_BLOCKED likewise. A next fire time in the past is left for the Java nodes' misfire handler, as Quartz
    /// does when the resuming scheduler is not running. True when the state changed.
    Result<bool> resumeTrigger(const TriggerKey &key, QuartzConfirmation confirmation);
    /// Quartz's pauseTriggers(groupEquals): pauses every trigger of \a group and records the group as paused, so
    /// triggers added to it later start paused. How many triggers changed.
    Result<int> pauseTriggerGroup(const QString &group, QuartzConfirmation confirmation);
    /// Quartz's resumeTriggers(groupEquals): forgets the paused group and resumes each of its triggers.
    Result<int> resumeTriggerGroup(const QString &group, QuartzConfirmation confirmation);
    /// Quartz's triggerJob: stores a one-shot SIMPLE trigger "MT_<random>" in group DEFAULT for \a job, due now
    /// (the database's clock), priority 5, no job data; PAUSED when DEFAULT is a paused group, BLOCKED while a
    /// non-concurrent run of the job goes on. Returns its key. Fails when the job does not exist.
    Result<TriggerKey> fireJobNow(const JobKey &job, QuartzConfirmation confirmation);
    /// Quartz's removeTrigger: deletes the trigger and its kind's row, and its job when the job is not durable and
    /// has no other trigger. Fails when the trigger does not exist.
    Result<QuartzDeletion> deleteTrigger(const TriggerKey &key, QuartzConfirmation confirmation);

    /// The Quartz tables (without prefix) a database must have.
    static QStringList requiredTables();

private:
    struct Private;
    explicit QuartzDatabase(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Qronos
