#pragma once

// What the cluster tests share: a throw-away PostgreSQL or MariaDB server of their own (tests/support/pgserver.sh,
// mariadbserver.sh), real `qronosctl node` processes on it (started, SIGKILLed, restarted with the same instance id,
// stopped with SIGTERM, each only by its own QProcess), a schedule of triggers firing every second stored through
// SqlJobStore, and the audit of the execution history it leaves: each (trigger, scheduled time) ran exactly once or
// is explained by the misfire log, and every row that is not a plain success is explained by a kill the harness
// made (a RECOVERED row and its one re-run for a job that requests recovery, a FAILED row for one that does not);
// the nodes' own output shows no fire run again after a run its node finished alive.

#include "model/jobdetail.h"
#include "model/trigger.h"
#include "store/jobstore.h"
#include "store/sqljobstore.h"

#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <vector>

namespace Qronos::ClusterTest {

qint64 nowMs();
QString isoAt(qint64 ms);
QByteArray readFile(const QString &path);
/// "group.name@2026-01-01T00:00:01.000Z": one fire of one trigger.
QString fireKey(const TriggerKey &trigger, qint64 scheduledMs);
/// The value at quantile \a q (0..1, nearest rank) of \a values; 0 when empty.
qint64 percentile(QList<qint64> values, double q);
/// The data rows of every cluster test: columns script and package, rows postgresql and mariadb.
void addServerRows();
/// Waits \a ms while the event loop runs (0 or less: returns at once).
void waitMs(qint64 ms);

/// A schedule of no-op triggers that fire every second for a bounded window.
struct ScheduleSpec
{
    qint64 startMs = 0; ///< the first fire, on a whole second
    int seconds = 20;   ///< fires per trigger: the last one is at startMs + (seconds - 1) s
    int triggerCount = 200; ///< even ones cron `* * * * * ?`, odd ones simple (1 s), over jobCount jobs
    int jobCount = 8;
    int groupCount = 4;
    int oneShotCount = 4; ///< one-shots at odd moments within the window
    /// Triggers (every second, cron and simple) of one more job that requests recovery and waits
    /// recoverableSleepMs per run, so that some of its fires are in flight whenever a node dies.
    int recoverableTriggerCount = 0;
    qint64 recoverableSleepMs = 0;
    /// Instead of the smart policy: half the cron triggers DO_NOTHING, half IGNORE_MISFIRE_POLICY; half the simple
    /// ones RESCHEDULE_NEXT_WITH_REMAINING_COUNT, half IGNORE. Each keeps every fire on the whole seconds of the
    /// window: a missed one is either fired late or logged as misfired and skipped. The one-shots keep the smart
    /// policy, FIRE_NOW: a missed one fires once when the misfire is handled, a time the misfire log records.
    bool mixedMisfireInstructions = false;
};

/// What the audit of one run found.
struct Audit
{
    int expected = 0;
    int rows = 0;
    int finals = 0;       ///< rows other than RECOVERED: each is the last word on one fire
    int duplicates = 0;   ///< (trigger, scheduled time) with more than one final row
    int missed = 0;       ///< expected fires without a final row, not in the misfire log either
    int explainedByMisfire = 0;
    int addedByMisfire = 0; ///< final rows of fires a misfire instruction set off the schedule (FIRE_NOW)
    int unexpected = 0;   ///< final rows of fires neither in the schedule nor set by a misfire instruction
    int failed = 0;       ///< final rows not SUCCEEDED
    int recovered = 0;    ///< RECOVERED rows
    int reruns = 0;       ///< rows with recovering set
    int recoveryProblems = 0; ///< RECOVERED without exactly one re-run, re-runs without RECOVERED, or not after a kill
    int failureProblems = 0;  ///< FAILED rows not explained by a kill, other statuses
    /// Fires that the nodes' own output shows running again after a run that its node finished alive: the job
    /// really ran twice, whatever the history says (only a run cut short by a kill may be run again).
    int ranTwice = 0;
    QMap<QString, int> perNode; ///< final rows per node
    QList<qint64> lateness;     ///< of the final rows
    QStringList problems; ///< the first few of each kind, for the failure message
};

class ClusterHarness final
{
    Q_DISABLE_COPY_MOVE(ClusterHarness)

public:
    /// One node's process and its life: every start, every SIGKILL.
    struct Node
    {
        QString id;
        QStringList extraArguments;
        std::unique_ptr<QProcess> process;
        QList<qint64> startedAt; ///< just before each start
        QList<qint64> killedAt;  ///< just after each SIGKILL took effect, one per killed start
        bool running() const { return process && process->state() != QProcess::NotRunning; }
    };

    ClusterHarness();
    /// SIGKILLs every node still running (their stderr is printed when the test failed), closes the store and
    /// stops the server: nothing the harness started outlives the test.
    ~ClusterHarness();

    /// Starts the server of the current data row (addServerRows(): the script of tests/support, and the package
    /// that has its binaries) and opens the store on it. False (the test skipped, or failed under
    /// QRONOS_REQUIRE_SERVERS=1 or when the server does not start) when that is not possible.
    bool startServer();
    /// Runs tests/support/<script> <command> <dir>; its exit code (-1 when it hangs), stdout in \a out.
    int server(const QString &command, QByteArray *out = nullptr);
    const QString &databaseUrl() const { return m_db; }
    SqlJobStore &store() { return *m_store; }
    QString logPath(const QString &id, const char *suffix) const;

    /// Adds a node (not started) run with the common options plus \a extraArguments (later options win).
    Node &addNode(const QString &id, const QStringList &extraArguments = {});
    Node &node(const QString &id);
    std::vector<std::unique_ptr<Node>> &nodes() { return m_nodes; }
    /// Starts the node and waits until it says it runs (it has recovered its own leftovers and checked in).
    bool startNode(Node &node);
    /// Adds and starts the nodes \a ids, each with \a extraArguments.
    bool startNodes(const QStringList &ids, const QStringList &extraArguments = {});
    /// SIGKILL; returns when the process has ended, at the time it records in killedAt.
    qint64 killNode(Node &node);
    /// SIGTERM to every running node; checks that each ends with exit code 0.
    void stopNodes();
    /// Checks every node still runs.
    void checkAllRunning();
    /// Lines of the node's stderr that contain \a text.
    QStringList logLines(const QString &id, const QString &text) const;

    /// Stores the schedule; returns every expected fire (fireKey()).
    QSet<QString> storeSchedule(const ScheduleSpec &spec);
    /// Sets spec.startMs to the whole second \a leadSeconds from now, stores the schedule and checks that storing
    /// it left half a second before the window: the nodes notice new triggers within their idle wait.
    QSet<QString> scheduleFromNow(ScheduleSpec &spec, int leadSeconds = 3);
    /// The end of the run: waits for the window of \a spec to pass and up to \a settleMs more for the history to
    /// be complete (waitForHistory()), checks every node still runs, stops them all with SIGTERM (exit code 0), and
    /// audits the history (in \a rows when given) and the nodes' output. The test has failed when the nodes did not stop well.
    Audit finishRun(const ScheduleSpec &spec, const QSet<QString> &expected, qint64 settleMs,
                    QList<ExecutionRecord> *rows = nullptr, int pollMs = 1000);
    /// Stores a job and its triggers; remembers whether the job requests recovery, for the audit.
    bool storeJob(const JobDetail &job, const QList<Trigger> &triggers);

    QList<ExecutionRecord> history();
    QList<RunningExecution> running();
    /// Polls the store (every \a pollMs: the nodes share the server) until every expected fire has its final row
    /// or is in the misfire log, and nothing is in flight; or until \a deadlineMs.
    void waitForHistory(const QSet<QString> &expected, qint64 deadlineMs, int pollMs = 1000);
    Audit audit(const QSet<QString> &expected, const QList<ExecutionRecord> &rows);
    /// Adds to \a a what the nodes printed (--log-format json, one line per execution they ran): the runs of each
    /// fire in order of their fire time, each but the last cut short by a SIGKILL of its node (Audit::ranTwice).
    void auditNodeOutput(Audit &a) const;
    /// The counts of \a a on one line.
    static QString summary(const Audit &a);
    /// Checks the audit: no duplicate, nothing missed, nothing unexpected, every recovery and failure explained,
    /// one final row per expected fire not in the misfire log (plus those a misfire instruction set).
    static void check(const Audit &a);

    /// Runs `qronosctl --db URL <arguments>`; its exit code, stdout in \a out, stderr in \a err.
    int ctl(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr);
    /// `qronosctl nodes --format json`; nullopt (with a warning) when it fails or prints no JSON array.
    std::optional<QJsonArray> nodesJson();

private:
    /// The start of \a node's life in which it fired at \a fireTime, if that life ended with a SIGKILL after it.
    bool firedInKilledLife(const QString &instanceId, qint64 fireTime) const;

    QTemporaryDir m_dir;
    QString m_script;
    QString m_serverDir;
    QString m_db;
    bool m_serverStarted = false;
    std::unique_ptr<SqlJobStore> m_store;
    std::vector<std::unique_ptr<Node>> m_nodes;
    QSet<QString> m_recoverableJobs; ///< JobKey::toString() of the stored jobs that request recovery
};

} // namespace Qronos::ClusterTest
