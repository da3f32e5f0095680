#include "forecast.h"

#include "firetimes.h"

#include <algorithm>

namespace Qronos {

Forecast forecastFires(const QList<Trigger> &triggers, const std::function<CalendarPtr(const QString &)> &calendarOf,
                       qint64 fromMs, qint64 toMs, int maxFires)
{
    Forecast forecast;
    if (maxFires <= 0 || toMs <= fromMs)
        return forecast;
    const auto earlier = [](const ForecastFire &a, const ForecastFire &b) {
        if (a.fireTime != b.fireTime)
            return a.fireTime < b.fireTime;
        if (a.priority != b.priority)
            return a.priority > b.priority;
        if (a.trigger.group() != b.trigger.group())
            return a.trigger.group() < b.trigger.group();
        return a.trigger.name() < b.trigger.name();
    };
    // Each trigger contributes at most maxFires of its own; the list is cut back to the earliest maxFires whenever
    // it doubles, so memory stays within a small multiple of the limit however many fires the period holds.
    qint64 cutOff = toMs; // fires at or after this cannot make the list any more
    for (const Trigger &source : triggers) {
        if (!source.nextFireTime())
            continue;
        CalendarPtr calendar;
        if (!source.calendarName().isEmpty()) {
            calendar = calendarOf ? calendarOf(source.calendarName()) : CalendarPtr();
            if (!calendar) {
                forecast.missingCalendars.append(source.key());
                continue;
            }
        }
        Trigger t = source;
        int own = 0;
        while (t.nextFireTime() && *t.nextFireTime() < cutOff && own < maxFires) {
            const qint64 at = *t.nextFireTime();
            if (at >= fromMs) {
                forecast.fires.append({at, t.key(), t.jobKey(), t.priority()});
                ++own;
            }
            FireTimes::triggered(t, calendar.get());
            if (t.nextFireTime() && *t.nextFireTime() <= at)
                break; // never loop on a schedule that does not move forward
        }
        if (own == maxFires && t.nextFireTime() && *t.nextFireTime() < cutOff)
            forecast.truncated = true;
        if (forecast.fires.size() >= 2 * qsizetype(maxFires)) {
            std::sort(forecast.fires.begin(), forecast.fires.end(), earlier);
            forecast.fires.resize(maxFires);
            forecast.truncated = true;
            cutOff = forecast.fires.last().fireTime + 1;
        }
    }
    std::sort(forecast.fires.begin(), forecast.fires.end(), earlier);
    if (forecast.fires.size() > maxFires) {
        forecast.fires.resize(maxFires);
        forecast.truncated = true;
    }
    return forecast;
}

} // namespace Qronos
