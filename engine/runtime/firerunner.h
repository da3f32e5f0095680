#pragma once

#include "clock.h"
#include "jobs/jobtyperegistry.h"
#include "store/jobstore.h"

#include <functional>
#include <memory>

namespace Qronos {

class ExecutionTracker;

/// Runs one fire on a worker thread: every attempt the job's retry policy allows, each under the job's
/// timeout, and returns what the completion writer stores. Never throws; a job type this node does not
/// know is REFUSED, data the type rejects FAILED, a job that passes its timeout TIMED_OUT.
class FireRunner final
{
public:
    struct Hooks
    {
        /// Before each attempt, with the attempt's start time.
        std::function<void(const FiredBundle &, int attempt, qint64 startMs)> attemptStarted;
        /// After a failed attempt that will be retried.
        std::function<void(const ExecutionRecord &)> retrying;
    };

    FireRunner(const JobTypeRegistry &registry, ExecutionTracker &tracker, std::shared_ptr<Clock> clock,
               QString instanceId, qsizetype maxOutputBytes, Hooks hooks = {});

    /// Runs the fire (the tracker already holds its slot) and returns its completion.
    CompletedFire run(const FiredBundle &bundle) const;

private:
    /// \a first: the first attempt of this fire on this node, which started at the bundle's fire time.
    ExecutionRecord runAttempt(const FiredBundle &bundle, int attempt, bool first, JobDataMap *changedData) const;
    /// Sleeps \a ms by the clock; false when the fire was interrupted meanwhile.
    bool pause(const QString &fireInstanceId, qint64 ms) const;

    const JobTypeRegistry &m_registry;
    ExecutionTracker &m_tracker;
    const std::shared_ptr<Clock> m_clock;
    const QString m_instanceId;
    const qsizetype m_maxOutputBytes;
    const Hooks m_hooks;
};

} // namespace Qronos
