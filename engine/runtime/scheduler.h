#pragma once

#include "clock.h"
#include "jobs/jobtyperegistry.h"
#include "runtime/schedulerconfig.h"
#include "store/jobstore.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Qronos {

class Metrics;

/// A fire as the console shows it when it starts.
struct FireStarted
{
    QString fireInstanceId;
    JobKey job;
    TriggerKey trigger;
    qint64 scheduledTime = 0;
    qint64 fireTime = 0;
    bool recovering = false;
};

/// The scheduler node: the API an embedding program, the console and qronosctl use (Quartz's Scheduler).
///
/// Changes to the schedule go straight to the store, one transaction each, audited there; they work in
/// every state, also before start() (qronosctl's one-shot commands never start the node). start() makes
/// this process a node: a scheduler thread claims due triggers in batches and fires each at its time on a
/// worker pool; a completion thread writes the results in batches. Every call is thread-safe; the signals
/// are emitted from the runtime's threads (connect with Qt::AutoConnection to receive them in yours).
class Scheduler final : public QObject
{
    Q_OBJECT

public:
    enum class State { Standby, Started, ShuttingDown, Shutdown };
    Q_ENUM(State)

    /// \a registry supplies the job types this node can run (and validates job data on every change).
    Scheduler(std::shared_ptr<JobStore> store, std::shared_ptr<const JobTypeRegistry> registry,
              SchedulerConfig config, std::shared_ptr<Clock> clock = Clock::system(), QObject *parent = nullptr);
    ~Scheduler() override;

    const SchedulerConfig &config() const;
    JobStore &store() const;
    const JobTypeRegistry &registry() const;
    Clock &clock() const;
    /// Counters for /metrics; may be null (the default). Set before start().
    void setMetrics(std::shared_ptr<Metrics> metrics);

    // ---- life cycle ----------------------------------------------------------------------------------

    /// Joins the cluster (checks in, on the database server's clock), recovers what this instance left behind (a
    /// crash or a kill), then starts firing; from then on it checks in every interval and recovers nodes that stop
    /// checking in. With a DatabaseClock as its clock, the node keeps it on the server's time. From standby it only
    /// resumes firing. Fails when the store cannot be reached, when another live process uses this instance id,
    /// or when the store takes one node only (SQLite) and another runs (the node is then still in standby).
    Result<Done> start();
    /// Stops claiming triggers; running jobs go on. start() resumes.
    void standby();
    /// Stops the node: claims stop at once and claimed-but-unfired triggers are given back. With
    /// \a waitForJobs, running jobs get \a graceMs to finish, then are interrupted; their results are written
    /// before this returns. Without, they are interrupted at once.
    void shutdown(bool waitForJobs = true, qint64 graceMs = 30000);
    State state() const;

    // ---- jobs and triggers ---------------------------------------------------------------------------

    /// Stores a job without a trigger; it must be durable (as in Quartz).
    Result<Done> addJob(const JobDetail &job, bool replaceExisting = false);
    /// Replaces the definition of an existing job, durable or not, keeping its triggers (Quartz's addJob with
    /// replace and storeNonDurableWhileAwaitingScheduling). Fails when there is no such job, or when a job that is
    /// not durable has no trigger left to keep it.
    Result<Done> updateJob(const JobDetail &job);
    /// Stores a job and its first trigger; returns the trigger's first fire time.
    Result<qint64> scheduleJob(const JobDetail &job, const Trigger &trigger, bool replaceExisting = false);
    /// Stores a trigger for an existing job; returns its first fire time.
    Result<qint64> scheduleTrigger(const Trigger &trigger, bool replaceExisting = false);
    /// Replaces the trigger \a key with \a trigger; returns the new first fire time, or nullopt when there was no
    /// trigger \a key (nothing is stored then).
    Result<std::optional<qint64>> rescheduleTrigger(const TriggerKey &key, const Trigger &trigger);
    /// Deletes a trigger (and its job when not durable and left without triggers).
    Result<bool> unscheduleTrigger(const TriggerKey &key);
    Result<bool> deleteJob(const JobKey &key);
    /// Fires the job once now with \a data laid over its own, through a one-shot trigger in group
    /// MANUAL_TRIGGER (Quartz's triggerJob). Returns that trigger's key.
    Result<TriggerKey> triggerJob(const JobKey &key, const JobDataMap &data = {});

    Result<bool> pauseTrigger(const TriggerKey &key);
    Result<bool> resumeTrigger(const TriggerKey &key);
    Result<bool> pauseJob(const JobKey &key);
    Result<bool> resumeJob(const JobKey &key);
    Result<int> pauseTriggerGroup(const QString &group);
    Result<int> resumeTriggerGroup(const QString &group);
    Result<int> pauseJobGroup(const QString &group);
    Result<int> resumeJobGroup(const QString &group);
    Result<Done> pauseAll();
    Result<Done> resumeAll();

    /// Asks every execution of the job running on this node to stop; returns how many were asked.
    int interruptJob(const JobKey &key);
    /// Asks one execution running on this node to stop.
    bool interruptFire(const QString &fireInstanceId);
    /// Asks every execution of the job to stop, on whichever node of the cluster it runs: here at once, elsewhere
    /// through the database within half that node's check-in interval. Returns how many run in the cluster.
    Result<int> interruptJobEverywhere(const JobKey &key);
    /// The same for one fire; false when it runs nowhere.
    Result<bool> interruptFireEverywhere(const QString &fireInstanceId);

    // ---- calendars -----------------------------------------------------------------------------------

    /// Stores a calendar; replacing one with \a updateTriggers recomputes its triggers' next fire times.
    Result<Done> addCalendar(const QString &name, const CalendarPtr &calendar, bool replaceExisting = false,
                             bool updateTriggers = true);
    Result<bool> deleteCalendar(const QString &name);

    /// Checks a trigger as scheduleTrigger() would (valid, its calendar exists, it will fire at least once)
    /// and returns it with its first fire time computed, without storing anything.
    Result<Trigger> prepareTrigger(const Trigger &trigger);
    /// Checks a job as addJob() would (valid, a job type this node knows, data the type accepts).
    Result<Done> validateJob(const JobDetail &job) const;

    // ---- exchange ------------------------------------------------------------------------------------------

    /// Imports a schedule document in one transaction (JobStore::applyImport()), after checking its jobs' data
    /// against this node's job types (checkJobData(): types this node does not know are left to the nodes that
    /// do). When either check finds a problem nothing is written and the report says why (applied false); a store
    /// error fails. After a write the scheduler thread re-reads what is due, at once.
    Result<ImportReport> importSchedule(const ScheduleDocument &document);

    /// Executions running on this node now.
    QList<FireStarted> runningHere() const;

signals:
    void jobStarted(const Qronos::FireStarted &fire);
    /// One per attempt, after its history row is committed.
    void jobFinished(const Qronos::ExecutionRecord &record);
    void triggerMisfired(const Qronos::MisfireRecord &record);
    /// Something this process changed in the schedule (jobs, triggers, calendars, pause states).
    void scheduleChanged();
    void stateChanged(Qronos::Scheduler::State state);
    /// A database call failed (the node retries with back-off) or works again after failing.
    void databaseAvailabilityChanged(bool available, const QString &message);
    /// This node recovered another that had stopped checking in (fail-over).
    void nodeRecovered(const Qronos::NodeRecovery &recovery);

private:
    class Private;
    friend class Private;
    std::unique_ptr<Private> d;
};

} // namespace Qronos

Q_DECLARE_METATYPE(Qronos::FireStarted)
Q_DECLARE_METATYPE(Qronos::ExecutionRecord)
Q_DECLARE_METATYPE(Qronos::MisfireRecord)
Q_DECLARE_METATYPE(Qronos::NodeRecovery)
