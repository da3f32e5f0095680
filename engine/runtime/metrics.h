#pragma once

#include "store/jobstore.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <atomic>

namespace Qronos {

/// A node's operational counters, gauges and histograms, rendered for Prometheus.
///
/// Every call is thread-safe and lock-free (relaxed atomics): the scheduler thread, the workers and
/// the HTTP endpoint that renders the text may call it at the same time. A rendering taken while
/// others record is not one instant's picture, but every series in it is valid on its own, and a
/// histogram's `_count` always equals its `+Inf` bucket.
class Metrics final
{
public:
    /// Upper bounds of the fire-lateness buckets, in milliseconds (rendered as seconds: 0.001 ... 60).
    static constexpr std::array<qint64, 14> LatenessBucketsMs{1,   5,    10,   25,   50,    100,   250,
                                                              500, 1000, 2500, 5000, 10000, 30000, 60000};
    /// Upper bounds of the claim-batch-size buckets, in triggers.
    static constexpr std::array<qint64, 10> ClaimBatchBuckets{0, 1, 2, 5, 10, 25, 50, 100, 250, 500};

    /// The execution statuses counted apart, in the order of the `status` label's series.
    static constexpr std::array<ExecutionStatus, 6> Statuses{ExecutionStatus::Succeeded,   ExecutionStatus::Failed,
                                                             ExecutionStatus::TimedOut,    ExecutionStatus::Interrupted,
                                                             ExecutionStatus::Refused,     ExecutionStatus::Recovered};

    Metrics() = default;
    Q_DISABLE_COPY_MOVE(Metrics)

    /// A trigger fired: latenessMs is the fire time minus the scheduled fire time (negative counts as 0).
    void recordFire(qint64 latenessMs);
    /// An execution ended. Succeeded counts as a success; every other status as a failure.
    void recordOutcome(ExecutionStatus status);
    /// Misfires handled (any instruction), as many as `count`.
    void recordMisfires(int count);
    /// A claim (acquire) returned `size` triggers; 0 is a claim that found nothing due.
    void recordClaimBatch(int size);
    void setRunningJobs(int count);
    void addRunning(int delta);
    /// A database call failed (the store reported an error).
    void recordDatabaseError();
    /// The database connection was re-established after an error.
    void recordReconnect();
    /// A failed execution is tried again.
    void recordRetry();
    /// Posting a failure webhook failed (timeout, connection error or a non-2xx answer).
    void recordWebhookFailure();

    /// The values at one moment, for tests and displays.
    struct Snapshot
    {
        quint64 fires = 0;
        quint64 successes = 0;
        quint64 failures = 0;
        std::array<quint64, Statuses.size()> byStatus{};
        quint64 misfires = 0;
        quint64 databaseErrors = 0;
        quint64 databaseReconnects = 0;
        quint64 retries = 0;
        quint64 webhookFailures = 0;
        int runningJobs = 0;
        quint64 claims = 0;          // claim_batch_size_count
        quint64 claimedTriggers = 0; // claim_batch_size_sum
        qint64 latenessSumMs = 0;
    };
    Snapshot snapshot() const;

    /// Prometheus text exposition format 0.0.4: `# HELP` and `# TYPE` for each family, names prefixed
    /// `qronos_`, every series labelled `instance="<instanceId>"`, histograms with cumulative
    /// `_bucket{le=...}` series ending in `+Inf`, then `_sum` and `_count`. Ends with a newline.
    /// (Prometheus renames a scraped `instance` label to `exported_instance` unless the scrape job
    /// sets `honor_labels: true`.)
    QByteArray prometheusText(const QString &instanceId) const;

    /// Content-Type of prometheusText().
    static QByteArray contentType();

private:
    template <std::size_t N>
    struct Histogram
    {
        std::array<std::atomic<quint64>, N + 1> counts{}; // per bucket (not cumulative); the last is +Inf only
        std::atomic<qint64> sum{0};
    };
    template <std::size_t N>
    static void observe(Histogram<N> &h, const std::array<qint64, N> &bounds, qint64 value);

    std::atomic<quint64> m_fires{0};
    std::array<std::atomic<quint64>, Statuses.size()> m_outcomes{};
    std::atomic<quint64> m_misfires{0};
    std::atomic<quint64> m_databaseErrors{0};
    std::atomic<quint64> m_reconnects{0};
    std::atomic<quint64> m_retries{0};
    std::atomic<quint64> m_webhookFailures{0};
    std::atomic<int> m_running{0};
    Histogram<LatenessBucketsMs.size()> m_lateness;
    Histogram<ClaimBatchBuckets.size()> m_claimBatch;
};

} // namespace Qronos
