#pragma once

#include "exchange/importplan.h"
#include "exchange/scheduledocument.h"
#include "exchange/scheduleexport.h"

#include <QByteArray>

namespace Qronos {

/// How schedule \a b differs from schedule \a a, stated as what importing \a a into a store that holds \a b would
/// change (planImport(b, a) with the default directives), plus what only \a b holds:
///   Added      only in \a a: \a b lacks it
///   Changed    in both, different: each FieldChange's oldValue is \a b's, newValue \a a's
///   Removed    only in \a b
///   Unchanged  in both, the same
/// Fields are compared as planImport() compares them (calendarChanges(), jobChanges(), triggerChanges()): runtime
/// state (fire times, counts, completion) never differs, a trigger's paused state does.
///
/// With a \a selection that is not isAll(), only the selected jobs (of its groups, and its job keys) are compared,
/// the triggers whose job is selected in either schedule, and the calendars such a trigger uses in either schedule
/// (a calendar's base chain is part of the calendar); everything else is left out on both sides. So a trigger that
/// belongs to a selected job in one schedule and to another job in the other is changed, not added. A selected job key
/// that neither schedule holds is a problem (plan.problems); a selected group that neither holds is not.
///
/// Items are ordered as an ImportPlan's: calendars, then jobs, then triggers, each sorted by key. Locations and
/// directives of both documents are ignored. Pure: the documents come from readSchedule() of each store (everything,
/// so that a job the selection names but only one store holds is no error).
ImportPlan diffSchedules(const ScheduleDocument &a, const ScheduleDocument &b, const ExportSelection &selection = {});

/// A diff (or any plan's items) as JSON for tools: an array with one object per item, one per line, in the plan's
/// order, keys in this order:
///   {"object": "trigger", "action": "changed", "key": "g.t", "group": "g", "name": "t",
///    "changes": [{"field": "cron", "old": "0 0 2 * * ?", "new": "0 30 2 * * ?"}]}
/// "object" and "action" are planObjectName() / planActionName(); "group" is "" for calendars; "old" and "new" are
/// the JSON values themselves (null when absent); "changes" is [] unless the item is changed. Unchanged items are
/// left out unless \a withUnchanged. Ends with a newline.
QByteArray planItemsJson(const ImportPlan &plan, bool withUnchanged = false);

} // namespace Qronos
