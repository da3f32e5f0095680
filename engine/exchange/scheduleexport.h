#pragma once

#include "exchange/scheduledocument.h"
#include "result.h"

#include <QList>
#include <QStringList>

namespace Qronos {

class JobStore;

/// What readSchedule() takes from a store. Empty groups and jobs select everything.
struct ExportSelection
{
    QStringList groups; ///< jobs of these job groups
    QList<JobKey> jobs; ///< and these jobs
    bool isAll() const { return groups.isEmpty() && jobs.isEmpty(); }
};

/// Reads the selected part of a store's schedule as a document an exporter writes: the selected jobs with all
/// their triggers (paused ones, in state PAUSED or PAUSED_BLOCKED, with paused set), and the calendars those
/// triggers use with the calendars they are based on folded in (every calendar when the selection is all).
/// Runtime state (fire times, counts) is cleared. Locations are empty; the directives are the defaults.
/// A job key of the selection that does not exist fails naming it. Blocking: run it off the GUI thread.
Result<ScheduleDocument> readSchedule(JobStore &store, const ExportSelection &selection);

} // namespace Qronos
