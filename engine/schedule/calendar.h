#pragma once

#include "result.h"
#include "zonerules.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace Qronos {

class Calendar;
using CalendarPtr = std::shared_ptr<const Calendar>;

/// A Quartz calendar: a set of excluded times that triggers skip. Each kind excludes something
/// (dates, weekdays, a time range, cron-matching seconds...), read in the calendar's time zone,
/// and may chain to a base calendar whose exclusions add to its own.
///
/// isTimeIncluded() and nextIncludedTime() answer exactly as Quartz 2.3's calendars do, boundaries included.
/// Calendars are immutable once shared; build them, then hand them out as CalendarPtr.
class Calendar
{
public:
    /// Workday is Qronos's own: no Quartz calendar can say "weekends and holidays off, but this
    /// Saturday is a make-up working day" (see WorkdayCalendar).
    enum class Kind { Holiday, Annual, Monthly, Weekly, Daily, Cron, Workday };

    virtual ~Calendar() = default;

    virtual Kind kind() const = 0;
    virtual std::shared_ptr<Calendar> clone() const = 0;

    /// True when no exclusion of this calendar or its base chain covers the instant.
    virtual bool isTimeIncluded(qint64 utcMs) const;
    /// Quartz's getNextIncludedTime, result for result. The daily and cron calendars search forward
    /// from utcMs + 1 ms, past their own exclusions and to their base chain's answer (taken as it is,
    /// even when earlier). The day-granular kinds move utcMs to the base chain's answer when that is
    /// later, then answer that time itself when its day is not excluded (the holiday calendar: the
    /// start of that day), otherwise the start of the next day that is not. 0 means "no included
    /// time": a weekly or monthly calendar that excludes every day, or a search that Quartz would
    /// never finish (it loops forever, e.g. a holiday calendar over a daily calendar, whose
    /// 00:00:00.000 is always excluded), given up after 100 years or the SearchWork budget.
    virtual qint64 nextIncludedTime(qint64 utcMs) const;

    const QString &description() const { return m_description; }
    void setDescription(const QString &d) { m_description = d; }
    const CalendarPtr &baseCalendar() const { return m_base; }
    void setBaseCalendar(CalendarPtr base) { m_base = std::move(base); }
    const ZoneRules &zone() const { return *m_zone; }
    QByteArray timeZoneId() const { return m_zone->id(); }
    void setZone(ZoneRulesPtr zone) { m_zone = std::move(zone); }

    /// Kind-specific fields plus "kind", "description", "timeZone" and a nested "base".
    virtual QJsonObject toJson() const;
    static Result<std::shared_ptr<Calendar>> fromJson(const QJsonObject &json);

    /// "holiday", "annual", "monthly", "weekly", "daily", "cron", "workday": the JSON "kind" values.
    static QString kindName(Kind kind);

protected:
    Calendar() = default;
    Calendar(const Calendar &) = default;
    Calendar &operator=(const Calendar &) = default;

    /// Helper for subclasses: the base chain's answer (true when there is no base).
    bool baseIncludes(qint64 utcMs) const { return !m_base || m_base->isTimeIncluded(utcMs); }
    /// Quartz's getStartOfDayJavaCalendar / getEndOfDayJavaCalendar: the day of utcMs in this
    /// calendar's zone with the wall time set to 00:00:00.000 / 23:59:59.999 (Java's resolution of
    /// wall times that fall into a DST gap or overlap).
    qint64 startOfDay(qint64 utcMs) const;
    qint64 endOfDay(qint64 utcMs) const;

    /// Bounds for the search loops that Quartz runs without a bound (see nextIncludedTime()): a
    /// search gives up (answers 0) after 100 years, or when one top-level nextIncludedTime() call
    /// has done SearchWork units of work in all, nested base-calendar calls included: a loop step
    /// costs StepWork, one second of a cron calendar's run of excluded seconds costs 1. That is
    /// at most about 260,000 steps or two years of consecutive excluded seconds, a second or two.
    static constexpr int MaxDaySteps = 36525;
    static constexpr qint64 SearchHorizonMs = qint64(MaxDaySteps) * 86400000;
    static constexpr qint64 SearchWork = qint64(1) << 26;
    static constexpr qint64 StepWork = 256;

    /// The work budget of the current top-level search on this thread: the outermost instance
    /// opens it, nested ones share it. Once a search is given up (budget used up, or a loop that
    /// Quartz would never end), every nextIncludedTime() of that search answers 0 through answer().
    class SearchBudget final
    {
    public:
        SearchBudget();
        ~SearchBudget();
        /// False, and the search given up, once the budget is used up.
        bool spend(qint64 work = StepWork);
        /// Gives the search up; returns 0.
        qint64 giveUp();
        /// 0 when the search has been given up, else result.
        qint64 answer(qint64 result) const;

    private:
        Q_DISABLE_COPY_MOVE(SearchBudget)
        bool m_owner = false;
    };

private:
    QString m_description;
    CalendarPtr m_base;
    ZoneRulesPtr m_zone = ZoneRules::utc();
};

} // namespace Qronos
