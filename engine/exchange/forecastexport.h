#pragma once

#include "model/jobdetail.h"
#include "model/trigger.h"
#include "result.h"
#include "schedule/calendar.h"
#include "schedule/zonerules.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

class QIODevice;

namespace Qronos {
class JobStore;
}

/// Schedule forecasts written out for people who do not run the console: every fire of a period, calendars
/// applied, as CSV (spreadsheets) or iCalendar (calendar applications). The fire times are those of
/// visitForecastFires() (schedule/forecast.h), so exactly the ones the scheduler will fire; nothing here computes a
/// fire time of its own. The file format is described in docs/formats.md.
namespace Qronos::ForecastExport {

enum class Format {
    Csv,       ///< RFC 4180: a header row, fields quoted when they hold a comma, quote or line break, CRLF rows
    ICalendar, ///< RFC 5545: one VEVENT per fire, or one VEVENT with an RRULE for a trigger whose fires it matches
};

/// Which triggers a forecast covers, chosen by job as the schedule exports choose (ExportSelection): every trigger
/// when both lists are empty; else the triggers of the jobs of these job groups, and of these jobs.
struct Selection
{
    QStringList groups; ///< job groups
    QList<JobKey> jobs;
    bool isAll() const { return groups.isEmpty() && jobs.isEmpty(); }
    bool includes(const Trigger &trigger) const;
};

/// What a forecast is computed from.
struct Source
{
    /// The triggers that fire (load() leaves out paused, complete and broken ones), each with its stored next fire
    /// time.
    QList<Trigger> triggers;
    /// The calendars the triggers name, by name. A trigger whose calendar is absent has no fires (it is reported).
    QHash<QString, CalendarPtr> calendars;
    /// The node tag each job requires, for the jobs that require one.
    QHash<JobKey, QString> requiredNodeTags;
    /// Triggers of the selection left out because they are paused.
    int pausedTriggers = 0;
    /// Groups and jobs of the selection that the store does not know (load() fills these instead of failing, so a
    /// caller can treat them as a usage error).
    QStringList unknownGroups;
    QList<JobKey> unknownJobs;
};

/// Reads the selected triggers, their calendars and their jobs' node tags from \a store. Fails only on a store
/// error (the message names it); job groups and jobs of the selection that do not exist are listed in the result.
Result<Source> load(JobStore &store, const Selection &selection);

struct Options
{
    Format format = Format::Csv;
    /// The period, [fromMs, toMs), epoch milliseconds UTC; toMs must be later than fromMs.
    qint64 fromMs = 0;
    qint64 toMs = 0;
    /// The zone of the fire_time_local column and of the iCalendar descriptions (times are in UTC too).
    ZoneRulesPtr zone = ZoneRules::utc();
    /// CSV only: starts the file with a UTF-8 byte order mark, which spreadsheet programs need to read non-ASCII
    /// names as UTF-8.
    bool byteOrderMark = false;
    /// At most this many fires are written (the earliest ones); 0 = no limit. A fire an RRULE stands for counts.
    qint64 maxFires = 100000;
    /// iCalendar: a trigger whose fires in the period are exactly the instances of a recurrence rule gets one
    /// VEVENT with that RRULE (verified by expanding the rule); false writes one VEVENT per fire always.
    bool recurrenceRules = true;
    /// iCalendar: the DURATION of each event (a fire is an instant; calendar applications need a length).
    qint64 eventDurationMs = 60000;
    /// iCalendar: the DTSTAMP of every event; nullopt = now.
    std::optional<qint64> stampMs;
};

/// What write() wrote.
struct Summary
{
    /// Fires written: CSV rows, or the fires of all VEVENTs (an RRULE event counts each of its instances).
    qint64 fires = 0;
    /// iCalendar: VEVENTs written, and how many of them carry an RRULE.
    qint64 events = 0;
    qint64 recurrenceRules = 0;
    /// More fires than Options::maxFires: only the earliest maxFires were written.
    bool truncated = false;
    /// Triggers whose calendar is not in the source (no fires written for them).
    QList<TriggerKey> missingCalendars;
};

/// The CSV columns, in order: trigger_group, trigger_name, job_group, job_name, fire_time_utc, fire_time_local,
/// zone, required_node_tag, calendar. Times are `YYYY-MM-DDTHH:MM:SS.mmmZ` in UTC and `YYYY-MM-DDTHH:MM:SS.mmm±HH:MM`
/// in the chosen zone.
QStringList csvColumnNames();

/// Writes the fires of \a source in the period to \a device (open for writing), in the order a node fires them.
/// Streams: memory holds one copy of each trigger, not the fires (iCalendar reads the fires more than once to find
/// its recurrence rules, without keeping them). Fails on a bad period or a write error, naming it.
/// Blocks: run it off the GUI thread.
Result<Summary> write(const Source &source, QIODevice *device, const Options &options);

/// Expands a recurrence rule of the subset write() produces, from a UTC start: FREQ=SECONDLY, MINUTELY, HOURLY,
/// DAILY or WEEKLY (in UTC, where a day is always 86,400 s), INTERVAL, COUNT, and BYDAY with FREQ=WEEKLY;INTERVAL=1.
/// Returns the instants (epoch ms), at most \a maxInstances of them; fails for any other rule part, naming it.
/// write() checks each rule with this before using it; tests read rules back with it.
Result<QList<qint64>> expandRecurrenceRule(const QString &rule, qint64 startMs, qint64 maxInstances);

} // namespace Qronos::ForecastExport
