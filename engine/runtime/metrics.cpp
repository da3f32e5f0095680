#include "metrics.h"

#include <algorithm>

namespace Qronos {

namespace {

constexpr auto Relaxed = std::memory_order_relaxed;

std::size_t statusIndex(ExecutionStatus status)
{
    const auto it = std::find(Metrics::Statuses.begin(), Metrics::Statuses.end(), status);
    return std::size_t(it - Metrics::Statuses.begin()); // Statuses holds every enumerator
}

/// The `status` label's values: executionStatusName() in lower case, spelled here so that a
/// renamed database constant cannot silently rename a time series.
const char *statusLabel(ExecutionStatus status)
{
    switch (status) {
    case ExecutionStatus::Succeeded: return "succeeded";
    case ExecutionStatus::Failed: return "failed";
    case ExecutionStatus::TimedOut: return "timed_out";
    case ExecutionStatus::Interrupted: return "interrupted";
    case ExecutionStatus::Refused: return "refused";
    case ExecutionStatus::Recovered: return "recovered";
    }
    return "unknown";
}

/// A label value: backslash, double quote and line feed escaped as the format requires.
QByteArray escapeLabel(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

/// Milliseconds as exact decimal seconds: 1 -> "0.001", 2500 -> "2.5", 60000 -> "60".
QByteArray msAsSeconds(qint64 ms)
{
    QByteArray out;
    if (ms < 0) {
        out += '-';
        ms = -ms;
    }
    out += QByteArray::number(ms / 1000);
    qint64 frac = ms % 1000;
    if (frac != 0) {
        QByteArray digits = QByteArray::number(frac).rightJustified(3, '0');
        while (digits.endsWith('0'))
            digits.chop(1);
        out += '.' + digits;
    }
    return out;
}

class Writer
{
public:
    explicit Writer(const QString &instanceId) : m_instance("instance=\"" + escapeLabel(instanceId) + '"') {}

    void family(const char *name, const char *type, const char *help)
    {
        m_out += "# HELP qronos_";
        m_out += name;
        m_out += ' ';
        m_out += help; // plain ASCII without backslashes or line feeds
        m_out += "\n# TYPE qronos_";
        m_out += name;
        m_out += ' ';
        m_out += type;
        m_out += '\n';
    }

    void sample(const char *name, const QByteArray &value, const QByteArray &extraLabels = {})
    {
        m_out += "qronos_";
        m_out += name;
        m_out += '{';
        m_out += m_instance;
        if (!extraLabels.isEmpty()) {
            m_out += ',';
            m_out += extraLabels;
        }
        m_out += "} ";
        m_out += value;
        m_out += '\n';
    }

    void counter(const char *name, const char *help, quint64 value)
    {
        family(name, "counter", help);
        sample(name, QByteArray::number(value));
    }

    /// Buckets rendered cumulatively; formatBound turns a bound (and the sum) into its text.
    template <std::size_t N, typename Format>
    void histogram(const char *name, const char *help, const std::array<qint64, N> &bounds,
                   const std::array<quint64, N + 1> &counts, qint64 sum, Format formatBound)
    {
        family(name, "histogram", help);
        const QByteArray base(name);
        const QByteArray bucket = base + "_bucket";
        quint64 cumulative = 0;
        for (std::size_t i = 0; i < N; ++i) {
            cumulative += counts[i];
            sample(bucket.constData(), QByteArray::number(cumulative), "le=\"" + formatBound(bounds[i]) + '"');
        }
        cumulative += counts[N];
        sample(bucket.constData(), QByteArray::number(cumulative), "le=\"+Inf\"");
        sample((base + "_sum").constData(), formatBound(sum));
        sample((base + "_count").constData(), QByteArray::number(cumulative));
    }

    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_instance;
    QByteArray m_out;
};

template <std::size_t N>
std::array<quint64, N> load(const std::array<std::atomic<quint64>, N> &values)
{
    std::array<quint64, N> out{};
    for (std::size_t i = 0; i < N; ++i)
        out[i] = values[i].load(Relaxed);
    return out;
}

} // namespace

template <std::size_t N>
void Metrics::observe(Histogram<N> &h, const std::array<qint64, N> &bounds, qint64 value)
{
    const auto it = std::lower_bound(bounds.begin(), bounds.end(), value); // first bound >= value: le is inclusive
    h.counts[std::size_t(it - bounds.begin())].fetch_add(1, Relaxed);
    h.sum.fetch_add(value, Relaxed);
}

void Metrics::recordFire(qint64 latenessMs)
{
    m_fires.fetch_add(1, Relaxed);
    observe(m_lateness, LatenessBucketsMs, std::max<qint64>(latenessMs, 0));
}

void Metrics::recordOutcome(ExecutionStatus status)
{
    m_outcomes[statusIndex(status)].fetch_add(1, Relaxed);
}

void Metrics::recordMisfires(int count)
{
    if (count > 0)
        m_misfires.fetch_add(quint64(count), Relaxed);
}

void Metrics::recordClaimBatch(int size)
{
    observe(m_claimBatch, ClaimBatchBuckets, std::max(size, 0));
}

void Metrics::setRunningJobs(int count) { m_running.store(count, Relaxed); }
void Metrics::addRunning(int delta) { m_running.fetch_add(delta, Relaxed); }
void Metrics::recordDatabaseError() { m_databaseErrors.fetch_add(1, Relaxed); }
void Metrics::recordReconnect() { m_reconnects.fetch_add(1, Relaxed); }
void Metrics::recordRetry() { m_retries.fetch_add(1, Relaxed); }
void Metrics::recordWebhookFailure() { m_webhookFailures.fetch_add(1, Relaxed); }

Metrics::Snapshot Metrics::snapshot() const
{
    Snapshot s;
    s.fires = m_fires.load(Relaxed);
    s.byStatus = load(m_outcomes);
    for (std::size_t i = 0; i < Statuses.size(); ++i)
        (Statuses[i] == ExecutionStatus::Succeeded ? s.successes : s.failures) += s.byStatus[i];
    s.misfires = m_misfires.load(Relaxed);
    s.databaseErrors = m_databaseErrors.load(Relaxed);
    s.databaseReconnects = m_reconnects.load(Relaxed);
    s.retries = m_retries.load(Relaxed);
    s.webhookFailures = m_webhookFailures.load(Relaxed);
    s.runningJobs = m_running.load(Relaxed);
    for (const auto &c : m_claimBatch.counts)
        s.claims += c.load(Relaxed);
    s.claimedTriggers = quint64(m_claimBatch.sum.load(Relaxed));
    s.latenessSumMs = m_lateness.sum.load(Relaxed);
    return s;
}

QByteArray Metrics::contentType()
{
    return QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

QByteArray Metrics::prometheusText(const QString &instanceId) const
{
    const Snapshot s = snapshot();
    Writer w(instanceId);
    w.counter("fires_total", "Triggers fired by this node.", s.fires);
    w.counter("successes_total", "Executions that succeeded.", s.successes);
    w.counter("failures_total",
              "Executions that did not succeed (failed, timed out, interrupted, refused or recovered after a crash).",
              s.failures);
    w.family("executions_total", "counter", "Executions that ended, by status.");
    for (std::size_t i = 0; i < Statuses.size(); ++i)
        w.sample("executions_total", QByteArray::number(s.byStatus[i]),
                 QByteArray("status=\"") + statusLabel(Statuses[i]) + '"');
    w.counter("misfires_total", "Misfired triggers handled by their misfire instruction.", s.misfires);
    w.counter("database_errors_total", "Database calls that failed.", s.databaseErrors);
    w.counter("database_reconnects_total", "Database connections re-established after an error.",
              s.databaseReconnects);
    w.counter("retries_total", "Failed executions tried again.", s.retries);
    w.counter("webhook_failures_total", "Failure webhooks that could not be delivered.", s.webhookFailures);
    w.family("running_jobs", "gauge", "Jobs running on this node now.");
    w.sample("running_jobs", QByteArray::number(s.runningJobs));
    w.histogram("fire_lateness_seconds", "Fire time minus scheduled fire time.", LatenessBucketsMs,
                load(m_lateness.counts), s.latenessSumMs, msAsSeconds);
    w.histogram("claim_batch_size", "Triggers acquired by one claim.", ClaimBatchBuckets, load(m_claimBatch.counts),
                qint64(s.claimedTriggers), [](qint64 v) { return QByteArray::number(v); });
    return w.take();
}

} // namespace Qronos
