#pragma once

#include "result.h"
#include "store/jobstore.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace Qronos {

class StoreTx;

/// The SQL job store's cluster statements inside a call's transaction: check-ins on the database server's clock,
/// the node table, and the recovery of a node that stopped without finishing its work.
namespace StoreNodes {

using Tx = StoreTx;

/// The database server's clock now, epoch ms.
Result<qint64> databaseTime(Tx &tx);
Result<CheckInResult> checkIn(Tx &tx, const NodeCheckIn &node);
Result<QList<NodeRecord>> nodes(Tx &tx, qint64 failureGraceMs);
/// Nodes whose check-in is older than their interval plus \a failureGraceMs (database time), other than \a self,
/// not recovered yet, with how long they have been silent; and with \a withLeftovers, instances with FIRED_TRIGGERS
/// rows but no SCHEDULER_STATE row (silent for 0).
Result<QList<NodeRecovery>> failedNodes(Tx &tx, const QString &self, qint64 failureGraceMs, bool withLeftovers);
/// Marks the node's row RECOVERED by \a survivorId if it is still silent for longer than its interval plus
/// \a failureGraceMs: true when this transaction won the node (the row is locked until it ends).
Result<bool> claimFailedNode(Tx &tx, const QString &instanceId, const QString &survivorId, qint64 failureGraceMs);
/// What JobStore::recoverInstance() does, in \a tx. The instance's FIRED_TRIGGERS rows are read with row locks,
/// so two recoveries of one instance (a survivor's and its own at restart) run one after the other and the second
/// finds nothing left.
Result<RecoveryReport> recoverInstance(Tx &tx, const QString &instanceId);
/// Writes an interrupt request for each EXECUTING fire matching \a where (on FIRED_TRIGGERS alias F), audited;
/// how many.
Result<int> requestInterrupts(Tx &tx, const QString &where, const QVariantList &values, const QString &objectType,
                              const QString &name, const QString &group);
Result<QStringList> takeInterruptRequests(Tx &tx, const QString &instanceId);

/// The fire a recovery trigger (group RECOVERING_JOBS) runs again, from the job data recoverInstance() gave it.
std::optional<FiredBundle::Origin> recoveredFireOf(const TriggerKey &trigger, const JobDataMap &data);

} // namespace StoreNodes

} // namespace Qronos
