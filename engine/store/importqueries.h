#pragma once

#include "exchange/importplan.h"
#include "exchange/scheduledocument.h"
#include "result.h"

namespace Qronos {

class StoreTx;

/// The SQL job store's import inside one call's transaction (SqlJobStore::applyImport()).
namespace ImportQueries {

/// The whole schedule as the transaction sees it: every calendar, job and trigger (paused ones marked), with the
/// triggers' runtime state as stored.
Result<ScheduleDocument> loadSchedule(StoreTx &tx);

/// Plans \a document against loadSchedule() and, when the plan has no problem, carries it out: the removals, then
/// the calendars, jobs and triggers it adds or changes, with audit rows. A failed statement fails the whole call
/// (the caller's transaction rolls back).
Result<ImportReport> applyImportIn(StoreTx &tx, const ScheduleDocument &document);

} // namespace ImportQueries
} // namespace Qronos
