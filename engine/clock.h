#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

namespace Qronos {

/// Where the engine reads "now" (epoch ms UTC). The runtime and the store never call the system clock
/// directly, so tests drive time by hand instead of sleeping until fire times.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual qint64 nowMs() const = 0;

    /// The longest a thread should block in real time before reading nowMs() again. The system clock
    /// answers a second (a laptop waking from sleep makes the wall clock jump); a manual clock a few
    /// milliseconds, so waiting threads notice at once that a test moved time forward.
    virtual qint64 maxRealWaitMs() const = 0;

    /// The process-wide system clock (QDateTime::currentMSecsSinceEpoch()).
    static std::shared_ptr<Clock> system();
};

/// A clock that only moves when told to; thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0) : m_now(startMs) {}

    qint64 nowMs() const override { return m_now.load(std::memory_order_acquire); }
    qint64 maxRealWaitMs() const override { return 2; }

    void setNowMs(qint64 ms) { m_now.store(ms, std::memory_order_release); }
    void advanceMs(qint64 ms) { m_now.fetch_add(ms, std::memory_order_acq_rel); }

private:
    std::atomic<qint64> m_now;
};

} // namespace Qronos
