#pragma once

#include "clock.h"
#include "jobs/jobtyperegistry.h"
#include "result.h"
#include "runtime/scheduler.h"
#include "store/databaseurl.h"
#include "store/jobstore.h"

#include <QObject>

#include <memory>

namespace Qronos {

/// What the console opens: a database and how this computer takes part in its cluster.
struct ConsoleOptions
{
    /// The database, with its password filled in (the app looks it up in the keychain).
    DatabaseUrl url;
    /// The URL without a password, for titles and messages.
    QString displayUrl() const { return url.toString(); }
    /// This console's node id in the cluster; empty = "<host>-console-<pid>".
    QString instanceId;
    /// Worker threads when this computer runs jobs.
    int threadCount = 4;
    /// Adds the demo schedule when the store holds no job at all (a first start).
    bool installDemoIntoEmptyStore = false;
};

/// One open database in the console: its store, the job types this computer knows, and the in-process scheduler
/// node, which is the same engine code as `qronosctl node`. The node always exists, so that edits go through the
/// scheduler facade (validated and audited there); it only runs jobs after startNode() ("run jobs on this
/// computer"). Without it the console is an observer: it reads and edits the schedule, other nodes run it.
///
/// open() blocks on the database; call it off the GUI thread (runAsync). The rest lives on the GUI thread; reads
/// and writes still go through runAsync with store() or scheduler(), which are thread-safe.
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    /// The store and clock that open() prepares off the GUI thread.
    struct Opened
    {
        std::shared_ptr<JobStore> store;
        std::shared_ptr<DatabaseClock> clock;
        QString instanceId;
        bool allowsSeveralNodes = false;
        /// False when the database user may only read (JobStore::mayChangeSchedule()).
        bool mayChangeSchedule = true;
        int demoJobsAdded = 0;
        QString demoError; ///< why the demo schedule could not be added
    };

    /// Opens and migrates the database (blocking), and adds the demo schedule when asked. A failure names the
    /// database and the reason.
    static Result<Opened> open(const ConsoleOptions &options);

    ConsoleSession(Opened opened, ConsoleOptions options, QObject *parent = nullptr);
    ~ConsoleSession() override;

    const ConsoleOptions &options() const { return m_options; }
    QString instanceId() const { return m_instanceId; }
    /// False for the embedded SQLite store, which takes one node only.
    bool allowsSeveralNodes() const { return m_allowsSeveralNodes; }
    /// False when the database user may only read: the console then edits nothing and runs no node.
    bool mayChangeSchedule() const { return m_mayChangeSchedule; }
    std::shared_ptr<JobStore> store() const { return m_store; }
    Scheduler &scheduler() const { return *m_scheduler; }
    /// The scheduler, kept alive for work off the GUI thread: stopping the node replaces the scheduler, and a change
    /// already on its way must not find it gone. (The last owner deletes it on its own thread.)
    std::shared_ptr<Scheduler> schedulerHandle() const { return m_scheduler; }
    const JobTypeRegistry &registry() const { return *m_registry; }
    DatabaseClock &clock() const { return *m_clock; }

    /// True while this computer runs jobs as a node of the cluster.
    bool isNodeRunning() const;
    /// Starts the node (joins the cluster, recovers what this id left behind, then fires). Fails when the
    /// database cannot be reached or takes one node and another runs (a `qronosctl node` on the same SQLite file).
    Result<Done> startNode();
    /// Stops running jobs here; the cluster's other nodes take the schedule over. With \a waitForJobs, running jobs
    /// get \a graceMs to finish. Blocks until they are done.
    void stopNode(bool waitForJobs = true, qint64 graceMs = 30000);
    /// Executions running in this process now.
    int runningHereCount() const;

signals:
    void nodeRunningChanged(bool running);
    // The scheduler's signals, on the GUI thread; they survive the node being stopped and started again.
    void jobStarted(const Qronos::FireStarted &fire);
    void jobFinished(const Qronos::ExecutionRecord &record);
    void triggerMisfired(const Qronos::MisfireRecord &record);
    void scheduleChanged();
    void databaseAvailabilityChanged(bool available, const QString &message);

private:
    static std::shared_ptr<JobTypeRegistry> consoleRegistry();
    void createScheduler();

    ConsoleOptions m_options;
    QString m_instanceId;
    bool m_allowsSeveralNodes = false;
    bool m_mayChangeSchedule = true;
    std::shared_ptr<JobStore> m_store;
    std::shared_ptr<DatabaseClock> m_clock;
    std::shared_ptr<JobTypeRegistry> m_registry;
    std::shared_ptr<Scheduler> m_scheduler;
};

} // namespace Qronos
