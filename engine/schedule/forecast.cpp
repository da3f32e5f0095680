#include "forecast.h"

#include "firetimes.h"

#include <algorithm>
#include <queue>
#include <vector>

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

ForecastVisit visitForecastFires(const QList<Trigger> &triggers,
                                 const std::function<CalendarPtr(const QString &)> &calendarOf, qint64 fromMs,
                                 qint64 toMs, const std::function<bool(const ForecastFire &)> &visit)
{
    ForecastVisit result;
    if (toMs <= fromMs || !visit)
        return result;
    // A merge of the triggers' own fire sequences: each trigger is stepped with triggered() as in forecastFires(),
    // and the heap hands out the earliest pending fire in forecastFires()'s order.
    struct Cursor
    {
        Trigger trigger;
        CalendarPtr calendar;
    };
    std::vector<Cursor> cursors;
    cursors.reserve(size_t(triggers.size()));
    const auto advanceToPeriod = [&](Cursor &c) {
        // Steps past the fires before the period; false when the trigger has none in it.
        while (c.trigger.nextFireTime() && *c.trigger.nextFireTime() < fromMs) {
            const qint64 at = *c.trigger.nextFireTime();
            FireTimes::triggered(c.trigger, c.calendar.get());
            if (c.trigger.nextFireTime() && *c.trigger.nextFireTime() <= at)
                return false;
        }
        return c.trigger.nextFireTime() && *c.trigger.nextFireTime() < toMs;
    };
    for (const Trigger &source : triggers) {
        if (!source.nextFireTime())
            continue;
        Cursor c{source, {}};
        if (!source.calendarName().isEmpty()) {
            c.calendar = calendarOf ? calendarOf(source.calendarName()) : CalendarPtr();
            if (!c.calendar) {
                result.missingCalendars.append(source.key());
                continue;
            }
        }
        if (advanceToPeriod(c))
            cursors.push_back(std::move(c));
    }
    const auto later = [&cursors](size_t a, size_t b) {
        const Trigger &x = cursors[a].trigger;
        const Trigger &y = cursors[b].trigger;
        if (*x.nextFireTime() != *y.nextFireTime())
            return *x.nextFireTime() > *y.nextFireTime();
        if (x.priority() != y.priority())
            return x.priority() < y.priority();
        if (x.key().group() != y.key().group())
            return x.key().group() > y.key().group();
        return x.key().name() > y.key().name();
    };
    std::priority_queue<size_t, std::vector<size_t>, decltype(later)> pending(later);
    for (size_t i = 0; i < cursors.size(); ++i)
        pending.push(i);
    while (!pending.empty()) {
        const size_t i = pending.top();
        pending.pop();
        Trigger &t = cursors[i].trigger;
        const qint64 at = *t.nextFireTime();
        if (!visit(ForecastFire{at, t.key(), t.jobKey(), t.priority()})) {
            result.stopped = true;
            break;
        }
        FireTimes::triggered(t, cursors[i].calendar.get());
        if (t.nextFireTime() && *t.nextFireTime() > at && *t.nextFireTime() < toMs)
            pending.push(i);
    }
    return result;
}

} // namespace Qronos
