// Three real `qronosctl node` processes share one database, as a cluster does: for PostgreSQL and MariaDB this test
// starts a throw-away server of its own, stores 200 no-op triggers firing every second (cron and simple, over
// several jobs and groups) and a few one-shots, all within a bounded window, runs three nodes with different
// instance ids through it and audits the execution history:
//  - spread: every (trigger, scheduled time) of the window ran exactly once (no duplicate, none missed outside the
//    misfire log), each node ran a fair share, lateness stays reasonable; SIGTERM ends every node with exit code 0;
//  - sigkill: one node is killed with SIGKILL in the middle of the run and stays down for eight seconds while the
//    others go on. What it had claimed but not fired is recovered by a survivor (fail-over: a node that misses its
//    check-ins is presumed dead and exactly one survivor gives its claims back), so those fires run on a survivor
//    after the kill and before the dead node comes back (target about 3 s, the bound is 8 s); then, restarted with
//    the same instance id, it runs again; still no duplicate and nothing missed, and a fire that was in flight when
//    it died is recorded once, as failed (no-op jobs do not request recovery).
//
// The servers come from tests/support/pgserver.sh and mariadbserver.sh; the nodes, the schedule and the audit from
// clusterharness.h, shared with tst_chaos. Without the server binaries the case is skipped, unless
// QRONOS_REQUIRE_SERVERS=1 (CI), where that is a failure.

#include "clusterharness.h"

#include <QTest>

using namespace Qronos;
using namespace Qronos::ClusterTest;

class tst_Cluster final : public QObject
{
    Q_OBJECT

private slots:
    void spread_data() { addServerRows(); }
    void spread();
    void sigkill_data() { addServerRows(); }
    void sigkill();
};

void tst_Cluster::spread()
{
    ClusterHarness cluster;
    if (!cluster.startServer())
        return;
    const QStringList ids{QStringLiteral("node-a"), QStringLiteral("node-b"), QStringLiteral("node-c")};
    QVERIFY(cluster.startNodes(ids));

    ScheduleSpec spec;
    const QSet<QString> expected = cluster.scheduleFromNow(spec);
    if (QTest::currentTestFailed())
        return;
    const Audit a = cluster.finishRun(spec, expected, 20000);
    if (QTest::currentTestFailed())
        return;
    qInfo("%s: %s", QTest::currentDataTag(), qPrintable(ClusterHarness::summary(a)));
    ClusterHarness::check(a);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(a.failed, 0);
    QCOMPARE(a.recovered, 0);
    // Load spreads: each node ran at least a tenth of the fires.
    QCOMPARE(a.perNode.size(), 3);
    for (auto it = a.perNode.cbegin(); it != a.perNode.cend(); ++it)
        QVERIFY2(it.value() * 10 >= a.finals, qPrintable(ClusterHarness::summary(a)));
    // Three nodes and the server share two cores here: only a generous bound.
    QVERIFY2(percentile(a.lateness, 0.99) < 3000,
             qPrintable(QStringLiteral("lateness p99 %1 ms").arg(percentile(a.lateness, 0.99))));
}

void tst_Cluster::sigkill()
{
    ClusterHarness cluster;
    if (!cluster.startServer())
        return;
    const QStringList ids{QStringLiteral("node-a"), QStringLiteral("node-b"), QStringLiteral("node-c")};
    QVERIFY(cluster.startNodes(ids));
    ClusterHarness::Node &victim = cluster.node(ids.at(2));

    ScheduleSpec spec;
    const QSet<QString> expected = cluster.scheduleFromNow(spec);
    if (QTest::currentTestFailed())
        return;

    // SIGKILL 100 ms before a second begins, when the nodes hold their claims for it (200 ms look-ahead).
    waitMs(spec.startMs + 5000 - 100 - nowMs());
    const qint64 killedAt = cluster.killNode(victim);

    // What the dead node had claimed: triggers ACQUIRED with a fire time already due, the same in two looks 0.6 s
    // apart (a survivor fires its own claims within milliseconds of their time, and then they move on to the next
    // second). Both looks come before a survivor can presume the node dead: its last check-in was at most 1 s
    // before the kill, and it is presumed dead only after the check-in interval plus the grace, 2 s.
    const auto acquiredAndDue = [&] {
        QSet<QString> found;
        Result<QList<StoredTrigger>> triggers = cluster.store().listTriggers(ListQuery());
        if (!triggers) {
            qWarning("triggers: %s", qPrintable(triggers.error()));
            return found;
        }
        for (const StoredTrigger &st : *triggers) {
            if (st.state == TriggerState::Acquired && st.trigger.nextFireTime()
                && *st.trigger.nextFireTime() <= killedAt + 300)
                found.insert(fireKey(st.trigger.key(), *st.trigger.nextFireTime()));
        }
        return found;
    };
    waitMs(killedAt + 250 - nowMs());
    QSet<QString> stranded = acquiredAndDue();
    waitMs(killedAt + 850 - nowMs());
    stranded.intersect(acquiredAndDue());

    // Down for eight seconds: long enough for a survivor to presume it dead and recover its claims.
    waitMs(killedAt + 8000 - nowMs());
    const qint64 restartedAt = nowMs();
    QVERIFY(cluster.startNode(victim));

    QList<ExecutionRecord> rows;
    const Audit a = cluster.finishRun(spec, expected, 20000, &rows);
    if (QTest::currentTestFailed())
        return;
    const QStringList recoveries = cluster.logLines(ids.at(0), QStringLiteral("recovered node"))
        + cluster.logLines(ids.at(1), QStringLiteral("recovered node"));
    qInfo("%s: killed %s at %s, restarted %lld ms later; %d of its claims stranded at the kill; %s; recovery: %s",
          QTest::currentDataTag(), qPrintable(victim.id), qPrintable(isoAt(killedAt)), restartedAt - killedAt,
          int(stranded.size()), qPrintable(ClusterHarness::summary(a)),
          qPrintable(recoveries.join(QStringLiteral(" | "))));
    ClusterHarness::check(a);
    if (QTest::currentTestFailed())
        return;
    // Exactly one survivor said it recovered the dead node.
    QVERIFY2(recoveries.size() == 1 && recoveries.first().contains(QStringLiteral("recovered node ") + victim.id),
             qPrintable(QStringLiteral("the survivors' lines on recovering %1: [%2]")
                            .arg(victim.id, recoveries.join(QStringLiteral(" | ")))));
    // The kill came while the nodes held the claims for the next second: the dead node held some of them.
    QVERIFY(!stranded.isEmpty());

    QSet<QString> strandedRan;
    for (const ExecutionRecord &r : rows) {
        const QString key = fireKey(r.trigger, r.scheduledTime);
        QCOMPARE(r.attempt, 1); // no-op jobs neither retry nor request recovery
        // Nothing ran on the dead node while it was down.
        if (r.instanceId == victim.id)
            QVERIFY2(r.fireTime <= killedAt || r.fireTime >= restartedAt, qPrintable(key));
        // What it had claimed was fired by a survivor after the kill, before it came back (its own recovery at
        // the restart would give the claims back too: only a survivor's makes them run before).
        if (stranded.contains(key)) {
            QVERIFY2(r.instanceId != victim.id && r.fireTime >= killedAt && r.fireTime < restartedAt,
                     qPrintable(QStringLiteral("%1, claimed by the dead node, ran on %2 at %3, %4 ms after the kill")
                                    .arg(key, r.instanceId, isoAt(r.fireTime))
                                    .arg(r.fireTime - killedAt)));
            strandedRan.insert(key);
        }
    }
    QCOMPARE(strandedRan.size(), stranded.size());
}

QTEST_GUILESS_MAIN(tst_Cluster)
#include "tst_cluster.moc"
