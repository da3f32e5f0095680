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

/// Another clock shifted by a fixed amount: a node whose clock is off, for tests of clock skew.
class ShiftedClock final : public Clock
{
public:
    ShiftedClock(std::shared_ptr<Clock> base, qint64 shiftMs) : m_base(std::move(base)), m_shiftMs(shiftMs) {}

    qint64 nowMs() const override { return m_base->nowMs() + m_shiftMs; }
    qint64 maxRealWaitMs() const override { return m_base->maxRealWaitMs(); }

private:
    const std::shared_ptr<Clock> m_base;
    const qint64 m_shiftMs;
};

/// The database server's clock as this node sees it: the local clock minus the offset that the node's check-ins
/// measure. A node that schedules by it fires on the cluster's common time however far its own clock is off.
/// Thread-safe.
class DatabaseClock final : public Clock
{
public:
    explicit DatabaseClock(std::shared_ptr<Clock> local) : m_local(std::move(local)) {}

    qint64 nowMs() const override { return m_local->nowMs() - m_offsetMs.load(std::memory_order_acquire); }
    qint64 maxRealWaitMs() const override { return m_local->maxRealWaitMs(); }

    /// The local clock, uncorrected.
    qint64 localNowMs() const { return m_local->nowMs(); }
    /// The local clock minus the database server's, as last measured (0 until then).
    qint64 offsetMs() const { return m_offsetMs.load(std::memory_order_acquire); }
    void setOffsetMs(qint64 offsetMs) { m_offsetMs.store(offsetMs, std::memory_order_release); }

private:
    const std::shared_ptr<Clock> m_local;
    std::atomic<qint64> m_offsetMs{0};
};

} // namespace Qronos
