#pragma once

#include "calendar.h"

namespace Qronos {

/// Reads the one-line calendar form of `qronosctl preview --calendar SPEC` and the line protocol:
///
///   "-" or ""                no calendar (the result holds a null CalendarPtr)
///   SPEC[+SPEC...]           each following SPEC is the base calendar of the one before
///   holiday:YYYY-MM-DD,...   excluded dates
///   weekly:D,...             excluded weekdays, 1 = Sunday ... 7 = Saturday ("weekly:" excludes none)
///   monthly:N,...            excluded days of the month 1..31
///   annual:MM-DD,...         excluded days of every year
///   cron:EXPR                excludes every second matching the Quartz cron expression
///   daily:START-END          excluded time-of-day range, times H:M[:S[:mmm]]
///   dailyinv:START-END       only that range included
///   workday:SECTION;...      a working-day calendar (Qronos's own, not Quartz's; the oracle cannot
///                            read it), sections in any order, each optional and at most once:
///                            weekend=D,... excluded weekdays (default 1,7; "weekend=" excludes none),
///                            holidays=YYYY-MM-DD,... excluded dates,
///                            workdays=YYYY-MM-DD,... make-up working days (included whatever their
///                            weekday), e.g. workday:weekend=1,7;holidays=2026-10-01;workdays=2026-09-27
///
/// The form is strict: kinds in lower case, no spaces, MM/DD/YYYY with exactly those many digits,
/// D and N with one or two. Every calendar of the chain gets `zone` (UTC when null). A failure
/// names the part and says what is expected there.
Result<CalendarPtr> parseCalendarSpec(const QString &spec, ZoneRulesPtr zone);

} // namespace Qronos
