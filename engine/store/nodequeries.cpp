#include "store/nodequeries.h"

#include "schedule/firetimes.h"
#include "schedule/misfire.h"
#include "store/storequeries.h"
#include "store/storetransaction.h"
#include "store/triggerrows.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace Qronos::StoreNodes {

using namespace StoreRows;
using namespace StoreSql;
using namespace StoreQueries;

namespace {

// The recovery's messages were written for the store's own context; they keep it (and their translations).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::SqlJobStore)
};

// Quartz's keys in a recovery trigger's data, naming the fire it re-runs.
const QString kOrigTriggerName = QStringLiteral("QRTZ_FAILED_JOB_ORIG_TRIGGER_NAME");
const QString kOrigTriggerGroup = QStringLiteral("QRTZ_FAILED_JOB_ORIG_TRIGGER_GROUP");
const QString kOrigFireTime = QStringLiteral("QRTZ_FAILED_JOB_ORIG_TRIGGER_FIRETIME_IN_MILLISECONDS_AS_STRING");
const QString kOrigScheduledTime =
    QStringLiteral("QRTZ_FAILED_JOB_ORIG_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS_AS_STRING");
// Ours: the fire instance id the history rows of the re-run belong to, and the attempt number it starts at.
const QString kOrigFireId = QStringLiteral("QRONOS_RECOVERED_FIRE_ID");
const QString kRerunAttempt = QStringLiteral("QRONOS_RECOVERED_ATTEMPT");

QString joinList(const QStringList &list)
{
    QStringList clean;
    for (const QString &item : list) {
        if (!item.trimmed().isEmpty())
            clean << item.trimmed();
    }
    clean.sort();
    clean.removeDuplicates();
    return clean.join(QLatin1Char(','));
}

/// "a stale check-in" on SCHEDULER_STATE columns qualified by \a alias ("S." or none), with the grace bound as the
/// single placeholder.
QString staleCondition(const Tx &tx, const QString &alias = QStringLiteral("S."))
{
    return QStringLiteral("%1LAST_CHECKIN_TIME + %1CHECKIN_INTERVAL + ? < %2").arg(alias, tx.d.serverNowMs());
}

Result<JobDataMap> triggerData(Tx &tx, const TriggerKey &key)
{
    QVariant data;
    if (!tx.scalar(QStringLiteral("SELECT JOB_DATA FROM {p}TRIGGERS WHERE SCHED_NAME = ? AND TRIGGER_NAME = ? AND "
                                  "TRIGGER_GROUP = ?"),
                   {tx.d.sched, key.name(), key.group()}, &data))
        return tx.failure();
    JobDataMap map;
    if (const auto json = parseJsonObject(data)) {
        if (auto parsed = JobDataMap::fromJson(*json))
            map = parsed.value();
    }
    return map;
}

} // namespace

std::optional<FiredBundle::Origin> recoveredFireOf(const TriggerKey &trigger, const JobDataMap &data)
{
    if (trigger.group() != recoveringJobsGroup())
        return std::nullopt;
    FiredBundle::Origin origin;
    origin.fireInstanceId = data.string(kOrigFireId);
    origin.trigger = TriggerKey(data.string(kOrigTriggerName), data.string(kOrigTriggerGroup));
    bool timeOk = false;
    origin.scheduledTime = data.string(kOrigScheduledTime).toLongLong(&timeOk);
    bool attemptOk = false;
    origin.firstAttempt = data.string(kRerunAttempt).toInt(&attemptOk);
    // A recovery trigger made by Quartz (or an older Qronos) lacks our keys: its re-run keeps its own identity.
    if (origin.fireInstanceId.isEmpty() || origin.trigger.name().isEmpty() || !timeOk || !attemptOk
        || origin.firstAttempt < 2)
        return std::nullopt;
    return origin;
}

Result<qint64> databaseTime(Tx &tx)
{
    QVariant now;
    if (!tx.scalar(QStringLiteral("SELECT %1").arg(tx.d.serverNowMs()), {}, &now))
        return tx.failure();
    return now.toLongLong();
}

Result<CheckInResult> checkIn(Tx &tx, const NodeCheckIn &node)
{
    // The server's time and what the row said before, in one round trip.
    QSqlQuery *q = tx.exec(QStringLiteral("SELECT %1, S.NODE_STATE, S.RECOVERED_BY FROM (SELECT 1 AS X) D LEFT JOIN "
                                          "{p}SCHEDULER_STATE S ON S.SCHED_NAME = ? AND S.INSTANCE_NAME = ?")
                               .arg(tx.d.serverNowMs()),
                           {tx.d.sched, node.instanceId});
    if (!q)
        return tx.failure();
    CheckInResult result;
    if (q->next()) {
        result.databaseTime = q->value(0).toLongLong();
        if (q->value(1).toString() == nodeStateName(NodeState::Recovered))
            result.recoveredBy = q->value(2).toString();
    }
    q->finish();

    static const QStringList columns{
        QStringLiteral("LAST_CHECKIN_TIME"), QStringLiteral("CHECKIN_INTERVAL"), QStringLiteral("HOST_NAME"),
        QStringLiteral("PROCESS_ID"),        QStringLiteral("APP_VERSION"),      QStringLiteral("ALLOWED_TYPES"),
        QStringLiteral("STARTED_TIME"),      QStringLiteral("CLOCK_OFFSET"),     QStringLiteral("RUNNING_COUNT"),
        QStringLiteral("NODE_STATE"),        QStringLiteral("RECOVERED_BY"),     QStringLiteral("RECOVERED_TIME")};
    QString upsert = QStringLiteral("INSERT INTO {p}SCHEDULER_STATE (SCHED_NAME, INSTANCE_NAME, %1) VALUES (%2)")
                         .arg(columns.join(QStringLiteral(", ")), marks(columns.size() + 2));
    QStringList sets;
    for (const QString &column : columns) {
        sets << (tx.d.isMySql() ? QStringLiteral("%1 = VALUES(%1)") : QStringLiteral("%1 = excluded.%1")).arg(column);
    }
    upsert += tx.d.isMySql() ? QStringLiteral(" ON DUPLICATE KEY UPDATE ")
                             : QStringLiteral(" ON CONFLICT (SCHED_NAME, INSTANCE_NAME) DO UPDATE SET ");
    upsert += sets.join(QStringLiteral(", "));
    if (!tx.exec(upsert, {tx.d.sched, node.instanceId, result.databaseTime, node.checkinIntervalMs,
                          optionalText(node.host), node.processId, optionalText(node.version),
                          optionalText(joinList(node.allowedJobTypes)), node.startedTime, node.clockOffsetMs,
                          node.runningCount, nodeStateName(node.state), nullText(), nullInt()}))
        return tx.failure();

    QVariant active;
    if (!tx.scalar(QStringLiteral("SELECT COUNT(*) FROM {p}SCHEDULER_STATE S WHERE S.SCHED_NAME = ? AND "
                                  "S.NODE_STATE = ? AND NOT (%1)")
                       .arg(staleCondition(tx)),
                   {tx.d.sched, nodeStateName(NodeState::Active), node.failureGraceMs}, &active))
        return tx.failure();
    result.activeNodes = qMax(1, active.toInt());

    auto current = stringColumn(tx, QStringLiteral("SELECT TAG FROM {p}NODE_TAGS WHERE SCHED_NAME = ? AND "
                                                   "INSTANCE_NAME = ?"),
                                {tx.d.sched, node.instanceId});
    if (!current)
        return fail(current.error());
    const QStringList wanted = joinList(node.tags).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (QSet<QString>(current->cbegin(), current->cend()) == QSet<QString>(wanted.cbegin(), wanted.cend()))
        return result;
    if (!tx.exec(QStringLiteral("DELETE FROM {p}NODE_TAGS WHERE SCHED_NAME = ? AND INSTANCE_NAME = ?"),
                 {tx.d.sched, node.instanceId}))
        return tx.failure();
    if (wanted.isEmpty())
        return result;
    QVariantList values;
    for (const QString &tag : wanted)
        values << tx.d.sched << node.instanceId << tag;
    if (!tx.exec(QStringLiteral("INSERT INTO {p}NODE_TAGS (SCHED_NAME, INSTANCE_NAME, TAG) VALUES %1")
                     .arg(rowMarks(wanted.size(), 3)),
                 values))
        return tx.failure();
    return result;
}

Result<QList<NodeRecord>> nodes(Tx &tx, qint64 failureGraceMs)
{
    QHash<QString, QStringList> tags;
    QSqlQuery *q = tx.exec(QStringLiteral("SELECT INSTANCE_NAME, TAG FROM {p}NODE_TAGS WHERE SCHED_NAME = ? "
                                          "ORDER BY INSTANCE_NAME, TAG"),
                           {tx.d.sched});
    if (!q)
        return tx.failure();
    while (q->next())
        tags[q->value(0).toString()] << q->value(1).toString();
    q->finish();

    q = tx.exec(QStringLiteral("SELECT INSTANCE_NAME, HOST_NAME, PROCESS_ID, APP_VERSION, ALLOWED_TYPES, STARTED_TIME, "
                               "LAST_CHECKIN_TIME, CHECKIN_INTERVAL, CLOCK_OFFSET, RUNNING_COUNT, NODE_STATE, "
                               "RECOVERED_BY, RECOVERED_TIME, %1 FROM {p}SCHEDULER_STATE WHERE SCHED_NAME = ? "
                               "ORDER BY INSTANCE_NAME")
                    .arg(tx.d.serverNowMs()),
                {tx.d.sched});
    if (!q)
        return tx.failure();
    QList<NodeRecord> result;
    while (q->next()) {
        NodeRecord n;
        n.instanceId = q->value(0).toString();
        n.host = q->value(1).toString();
        n.processId = q->value(2).toLongLong();
        n.version = q->value(3).toString();
        n.allowedJobTypes = q->value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        n.startedTime = q->value(5).toLongLong();
        n.lastCheckinTime = q->value(6).toLongLong();
        n.checkinIntervalMs = q->value(7).toLongLong();
        n.clockOffsetMs = q->value(8).toLongLong();
        n.runningCount = q->value(9).toInt();
        n.state = nodeStateFromName(q->value(10).toString()).value_or(NodeState::Active);
        n.recoveredBy = q->value(11).toString();
        if (!q->value(12).isNull())
            n.recoveredTime = q->value(12).toLongLong();
        n.checkinAgeMs = q->value(13).toLongLong() - n.lastCheckinTime;
        n.tags = tags.value(n.instanceId);
        if (n.state != NodeState::Recovered && n.checkinAgeMs > n.checkinIntervalMs + failureGraceMs)
            n.state = NodeState::PresumedDead;
        result << n;
    }
    return result;
}

Result<QList<NodeRecovery>> failedNodes(Tx &tx, const QString &self, qint64 failureGraceMs, bool withLeftovers)
{
    QList<NodeRecovery> result;
    QSqlQuery *q = tx.exec(QStringLiteral("SELECT S.INSTANCE_NAME, %1 - S.LAST_CHECKIN_TIME FROM {p}SCHEDULER_STATE S "
                                          "WHERE S.SCHED_NAME = ? AND S.INSTANCE_NAME <> ? AND S.NODE_STATE <> ? AND %2 "
                                          "ORDER BY S.INSTANCE_NAME")
                               .arg(tx.d.serverNowMs(), staleCondition(tx)),
                           {tx.d.sched, self, nodeStateName(NodeState::Recovered), failureGraceMs});
    if (!q)
        return tx.failure();
    while (q->next())
        result << NodeRecovery{q->value(0).toString(), q->value(1).toLongLong(), {}};
    q->finish();
    if (!withLeftovers)
        return result;
    // Fires left by an instance that has no row at all: it stopped after signing off without finishing them (its
    // results could not be written), or its row was removed by hand.
    q = tx.exec(QStringLiteral("SELECT DISTINCT F.INSTANCE_NAME FROM {p}FIRED_TRIGGERS F WHERE F.SCHED_NAME = ? AND "
                               "F.INSTANCE_NAME <> ? AND NOT EXISTS (SELECT 1 FROM {p}SCHEDULER_STATE S WHERE "
                               "S.SCHED_NAME = F.SCHED_NAME AND S.INSTANCE_NAME = F.INSTANCE_NAME) "
                               "ORDER BY F.INSTANCE_NAME"),
                {tx.d.sched, self});
    if (!q)
        return tx.failure();
    while (q->next())
        result << NodeRecovery{q->value(0).toString(), 0, {}};
    return result;
}

Result<bool> claimFailedNode(Tx &tx, const QString &instanceId, const QString &survivorId, qint64 failureGraceMs)
{
    // Conditional on the row still being silent and not yet recovered: a second survivor waits for the first's
    // row lock, then finds the row RECOVERED and changes nothing. A node that checked in meanwhile is left alone.
    Result<int> changed = tx.changed(QStringLiteral("UPDATE {p}SCHEDULER_STATE SET NODE_STATE = ?, RECOVERED_BY = ?, "
                                                    "RECOVERED_TIME = %1 WHERE SCHED_NAME = ? AND INSTANCE_NAME = ? AND "
                                                    "NODE_STATE <> ? AND %2")
                                         .arg(tx.d.serverNowMs(), staleCondition(tx, QString())),
                                     {nodeStateName(NodeState::Recovered), survivorId, tx.d.sched, instanceId,
                                      nodeStateName(NodeState::Recovered), failureGraceMs});
    if (!changed)
        return fail(changed.error());
    return changed.value() == 1;
}

Result<int> requestInterrupts(Tx &tx, const QString &where, const QVariantList &values, const QString &objectType,
                              const QString &name, const QString &group)
{
    QSqlQuery *q = tx.exec(QStringLiteral("SELECT F.ENTRY_ID, F.INSTANCE_NAME FROM {p}FIRED_TRIGGERS F WHERE "
                                          "F.SCHED_NAME = ? AND F.STATE = 'EXECUTING' AND %1 ORDER BY F.ENTRY_ID")
                               .arg(where),
                           QVariantList{tx.d.sched} + values);
    if (!q)
        return tx.failure();
    QVariantList rows;
    int count = 0;
    const QString by = tx.d.options.actor.osUser + QLatin1Char('@') + tx.d.options.actor.host;
    while (q->next()) {
        rows << tx.d.sched << q->value(0) << q->value(1) << tx.now << by;
        ++count;
    }
    q->finish();
    if (count == 0)
        return 0;
    if (!tx.exec(tx.d.insertIgnore(QStringLiteral("{p}INTERRUPT_REQUESTS (SCHED_NAME, ENTRY_ID, INSTANCE_NAME, "
                                                  "REQUESTED_TIME, REQUESTED_BY)"),
                                   rowMarks(count, 5)),
                 rows))
        return tx.failure();
    if (auto audited = tx.audit(QStringLiteral("interrupt"), objectType, name, group, QString(),
                                jsonText(QJsonObject{{QStringLiteral("fires"), count}}));
        !audited)
        return fail(audited.error());
    return count;
}

Result<QStringList> takeInterruptRequests(Tx &tx, const QString &instanceId)
{
    auto ids = stringColumn(tx, QStringLiteral("SELECT ENTRY_ID FROM {p}INTERRUPT_REQUESTS WHERE SCHED_NAME = ? AND "
                                               "INSTANCE_NAME = ? ORDER BY ENTRY_ID"),
                            {tx.d.sched, instanceId});
    if (!ids)
        return fail(ids.error());
    if (ids->isEmpty())
        return ids;
    if (!tx.exec(QStringLiteral("DELETE FROM {p}INTERRUPT_REQUESTS WHERE %1").arg(tx.d.entryIn(ids->size())),
                 entryValues(tx.d.sched, *ids)))
        return tx.failure();
    return ids;
}

Result<RecoveryReport> recoverInstance(Tx &tx, const QString &instanceId)
{
    if (auto locked = lockTriggerAccess(tx); !locked)
        return fail(locked.error());
    QSqlQuery *q = tx.exec(QStringLiteral("SELECT ENTRY_ID, TRIGGER_NAME, TRIGGER_GROUP, FIRED_TIME, SCHED_TIME, "
                                          "PRIORITY, STATE, JOB_NAME, JOB_GROUP, IS_NONCONCURRENT, REQUESTS_RECOVERY "
                                          "FROM {p}FIRED_TRIGGERS WHERE SCHED_NAME = ? AND INSTANCE_NAME = ? "
                                          "ORDER BY FIRED_TIME, ENTRY_ID%1")
                               .arg(tx.d.isSqlite() ? QString() : QStringLiteral(" FOR UPDATE")),
                           {tx.d.sched, instanceId});
    if (!q)
        return tx.failure();
    struct FiredRow
    {
        QString entryId;
        TriggerKey trigger;
        qint64 firedTime;
        qint64 scheduledTime;
        int priority;
        QString state;
        JobKey job;
        bool nonConcurrent;
        bool requestsRecovery;
    };
    QList<FiredRow> rows;
    while (q->next()) {
        rows << FiredRow{q->value(0).toString(),
                         TriggerKey(q->value(1).toString(), q->value(2).toString()),
                         q->value(3).toLongLong(),
                         q->value(4).toLongLong(),
                         q->value(5).toInt(),
                         q->value(6).toString(),
                         JobKey(q->value(7).toString(), q->value(8).toString()),
                         q->value(9).toBool(),
                         q->value(10).toBool()};
    }
    q->finish();

    RecoveryReport report;
    QList<ExecutionRecord> history;
    QList<JobKey> release;
    for (const FiredRow &row : std::as_const(rows)) {
        if (row.nonConcurrent && !release.contains(row.job))
            release << row.job;
        if (row.state == QLatin1String("ACQUIRED")) {
            auto reset = setTriggerState(tx, row.trigger, TriggerState::Waiting, TriggerState::Acquired);
            if (!reset)
                return fail(reset.error());
            report.triggersReleased += reset.value();
            continue;
        }
        // The fire in flight, under its own identity or, for a re-run that was itself cut short, under the fire
        // it re-ran: one history per fire, the attempts numbered on.
        const bool rerun = row.trigger.group() == recoveringJobsGroup();
        JobDataMap data;
        if (rerun || row.requestsRecovery) {
            auto loaded = triggerData(tx, row.trigger);
            if (!loaded)
                return fail(loaded.error());
            data = loaded.value();
        }
        FiredBundle::Origin origin{row.entryId, row.trigger, row.scheduledTime, 1};
        if (const auto earlier = recoveredFireOf(row.trigger, data))
            origin = *earlier;
        ExecutionRecord record;
        record.fireInstanceId = origin.fireInstanceId;
        record.attempt = origin.firstAttempt;
        record.job = row.job;
        record.trigger = origin.trigger;
        record.instanceId = instanceId;
        record.scheduledTime = origin.scheduledTime;
        record.fireTime = row.firedTime;
        record.endTime = tx.now;
        record.recovering = rerun;
        bool recovered = false;
        if (row.requestsRecovery) {
            auto job = loadJob(tx, row.job);
            if (!job)
                return fail(job.error());
            if (job->has_value()) {
                data.put(kOrigTriggerName, origin.trigger.name());
                data.put(kOrigTriggerGroup, origin.trigger.group());
                data.put(kOrigFireTime, QString::number(row.firedTime));
                data.put(kOrigScheduledTime, QString::number(origin.scheduledTime));
                data.put(kOrigFireId, origin.fireInstanceId);
                data.put(kRerunAttempt, QString::number(origin.firstAttempt + 1));
                Trigger recovery(TriggerKey(QStringLiteral("recover_") + row.entryId, recoveringJobsGroup()), row.job,
                                 SimpleSchedule{0, 0});
                recovery.setStartTime(tx.now);
                recovery.setPriority(row.priority);
                recovery.setMisfireInstruction(Misfire::IgnoreMisfirePolicy);
                recovery.setJobData(data);
                recovery.setDescription(
                    Tr::tr("Re-run of %1 after node %2 stopped").arg(origin.trigger.toString(), instanceId));
                FireTimes::computeFirstFireTime(recovery, nullptr);
                if (auto stored = storeTriggerIn(tx, recovery, true, &job->value(), true, QString()); !stored)
                    return fail(stored.error());
                ++report.recoveryTriggers;
                recovered = true;
            }
        }
        record.status = recovered ? ExecutionStatus::Recovered : ExecutionStatus::Failed;
        record.errorMessage =
            recovered ? Tr::tr("The node '%1' stopped during this run; the job requests recovery and runs again")
                            .arg(instanceId)
                      : Tr::tr("The node '%1' stopped during this run").arg(instanceId);
        if (!recovered)
            ++report.failedExecutions;
        history << record;
    }
    if (auto released = releaseBlocked(tx, release); !released)
        return fail(released.error());
    else
        report.triggersReleased += released.value();
    if (auto done = insertHistory(tx, history); !done)
        return fail(done.error());
    for (const QString &table : {QStringLiteral("FIRED_TRIGGERS"), QStringLiteral("INTERRUPT_REQUESTS")}) {
        if (!tx.exec(QStringLiteral("DELETE FROM {p}%1 WHERE SCHED_NAME = ? AND INSTANCE_NAME = ?").arg(table),
                     {tx.d.sched, instanceId}))
            return tx.failure();
    }
    // Only its own finished triggers: a one-shot that is COMPLETE while it runs on a live node stays until that node
    // completes it (and a re-run's data stays readable should that node die too).
    QList<TriggerKey> own;
    for (const FiredRow &row : std::as_const(rows)) {
        if (!own.contains(row.trigger))
            own << row.trigger;
    }
    auto deleted = deleteCompleteTriggers(tx, &own);
    if (!deleted)
        return fail(deleted.error());
    report.completeTriggersDeleted = deleted.value();
    return report;
}

} // namespace Qronos::StoreNodes
