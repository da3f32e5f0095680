#pragma once

#include <atomic>
#include <memory>

namespace Qronos {

/// A thread-safe "please stop" flag shared between the runtime and a running job.
///
/// Copies share one flag: the runtime keeps a copy, the job polls its own. Requesting interruption
/// never blocks and may be done from any thread, any number of times.
class InterruptionToken final
{
public:
    InterruptionToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}

    /// Asks the job to stop as soon as it can. The job decides how (a shell job kills its process tree).
    void requestInterruption() const { m_flag->store(true, std::memory_order_release); }
    /// True once requestInterruption() was called on this token or any copy of it.
    bool isInterruptionRequested() const { return m_flag->load(std::memory_order_acquire); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace Qronos
