#pragma once

#include "model/trigger.h"
#include "schedule/calendar.h"

#include <QList>

#include <functional>

namespace Qronos {

/// One fire of a forecast.
struct ForecastFire
{
    qint64 fireTime = 0;
    TriggerKey trigger;
    JobKey job;
    int priority = Trigger::DefaultPriority;
};

/// The fires a forecast found, in fire-time order (then priority, highest first, then trigger key, as a node
/// fires them).
struct Forecast
{
    QList<ForecastFire> fires;
    /// The forecast stopped at its limit: fires after fires.last() exist but are not listed.
    bool truncated = false;
    /// Triggers whose calendar is not known to the lookup (their fires are not listed).
    QList<TriggerKey> missingCalendars;
};

/// Every fire of \a triggers in [fromMs, toMs), as the scheduler will fire them: each trigger is stepped from its
/// stored next fire time with Quartz's triggered() (so calendars, end times and repeat counts apply exactly as
/// they do when it fires), with the calendar that \a calendarOf returns for its calendar name. A trigger without a
/// next fire time has none. At most \a maxFires fires are returned: the earliest ones.
///
/// Pure: reads no clock and no store. Pass only the triggers that will fire (e.g. not the paused ones).
Forecast forecastFires(const QList<Trigger> &triggers, const std::function<CalendarPtr(const QString &)> &calendarOf,
                       qint64 fromMs, qint64 toMs, int maxFires);

/// What visitForecastFires() found besides the fires it handed out.
struct ForecastVisit
{
    /// Triggers whose calendar is not known to the lookup (their fires are not visited).
    QList<TriggerKey> missingCalendars;
    /// The visitor returned false: fires after the last one visited may exist.
    bool stopped = false;
};

/// The streaming form of forecastFires(): hands every fire of \a triggers in [fromMs, toMs) to \a visit, one at a
/// time, in the same order and with the same fire times forecastFires() lists them, until \a visit returns false.
/// Memory is one copy of each trigger, however many fires the period holds, so a year of per-second fires can be
/// written out without being held. Pure, like forecastFires().
ForecastVisit visitForecastFires(const QList<Trigger> &triggers,
                                 const std::function<CalendarPtr(const QString &)> &calendarOf, qint64 fromMs,
                                 qint64 toMs, const std::function<bool(const ForecastFire &)> &visit);

} // namespace Qronos
