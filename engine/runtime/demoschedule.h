#pragma once

#include "result.h"

namespace Qronos {

class Scheduler;

/// A small living schedule for first starts and demos, in job group "demo": a heartbeat log job every
/// 10 seconds, a shell job every minute, a non-concurrent job that runs longer than its interval, a job that
/// fails and retries, a weekday report on a holiday calendar, and a paused HTTP check.
///
/// Installs only when the store holds no job of group "demo"; returns how many jobs it added (0 when the
/// demo was there already). Nothing is added when any part fails.
Result<int> installDemoSchedule(Scheduler &scheduler);

} // namespace Qronos
