#pragma once

#include "exchange/jsontree.h"
#include "model/jobdetail.h"
#include "model/trigger.h"
#include "schedule/calendar.h"

namespace Qronos::ScheduleTree {

/// The "qronos/1" objects of a calendar, a job and a trigger, in the format's key order: what ScheduleJson writes
/// and what the import plan compares field by field. Internal to exchange/.
JsonTree calendar(const QString &name, const Calendar &calendar);
JsonTree job(const JobDetail &job);
JsonTree trigger(const Trigger &trigger, bool paused);

} // namespace Qronos::ScheduleTree
