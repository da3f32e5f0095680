#pragma once

#include "store/jobstore.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace Qronos {

/// How one scheduler node runs. Defaults suit a desktop or a small server; the headless node and the
/// console take them from their options.
struct SchedulerConfig
{
    /// This node's id in the cluster (FIRED_TRIGGERS.INSTANCE_NAME, history, misfire log).
    QString instanceId = QStringLiteral("NON_CLUSTERED");
    /// Worker threads: how many jobs run at once on this node.
    int threadCount = 10;
    /// Most triggers claimed in one transaction (Quartz's maxBatchSize).
    int batchSize = 100;
    /// Triggers due within this many ms are claimed in one batch, then fired each at its own time (never early),
    /// as Quartz claims ahead by its idle wait time. Shorter spreads work over more nodes; longer costs fewer claims.
    qint64 lookAheadMs = 2000;
    /// How long the scheduler thread sleeps when nothing is due, at most the look-ahead (it wakes early when this
    /// process schedules something earlier). Changes made by other nodes are noticed within this time.
    qint64 idleWaitMs = 2000;
    /// A trigger this much later than its fire time is misfired and handled by its misfire instruction. Give the
    /// store the same value (SqlJobStore::Options::misfireThresholdMs): the store applies it, this paces the scans.
    qint64 misfireThresholdMs = 60000;
    /// How many misfired triggers one transaction handles.
    int misfireBatchSize = 50;
    /// How often the node writes its check-in (on the database server's clock).
    qint64 checkinIntervalMs = 1000;
    /// A node silent for its check-in interval plus this long is presumed dead, and a survivor recovers it. Longer
    /// is safer against stalls (a presumed-dead node's in-flight recoverable jobs run again elsewhere), shorter
    /// fails over sooner.
    qint64 failureGraceMs = kDefaultFailureGraceMs;
    /// Recover nodes that stopped checking in (fail-over). Off, a dead node's work waits for its restart.
    bool recoverFailedNodes = true;
    /// Job types this node runs; empty = every registered type. A refused type is never claimed here.
    QStringList allowedJobTypes;
    /// Tags this node carries (jobs may require one).
    QStringList tags;
    /// Longest pause between retries after a database error.
    qint64 maxDatabaseRetryMs = 15000;
    /// Most completed fires written in one transaction.
    int completionBatchSize = 500;
    /// Execution history older than this is deleted (0 = kept forever), checked every historyPurgeIntervalMs.
    qint64 historyMaxAgeMs = 0;
    /// Only the newest this many history rows are kept (0 = no limit).
    qint64 historyMaxRows = 0;
    qint64 historyPurgeIntervalMs = 600000;
    /// Captured output kept per execution.
    qsizetype maxOutputBytes = 64 * 1024;
};

} // namespace Qronos
