#pragma once

#include "calendar.h"
#include "lenientcalendar.h"

#include <QJsonArray>
#include <QList>

#include <array>

namespace Qronos {

/// What Quartz's WeeklyCalendar and MonthlyCalendar share: whole days excluded by one number of the
/// day, read in the calendar's zone (DayField: DayOfWeek 1..7 or DayOfMonth 1..31). Excluding every
/// number excludes every time, and nextIncludedTime() then answers 0, as in Quartz.
template <int Count, LenientCalendar::Field DayField>
class DayNumberCalendar : public Calendar
{
public:
    bool isTimeIncluded(qint64 utcMs) const override
    {
        if (areAllDaysExcluded() || !Calendar::isTimeIncluded(utcMs))
            return false;
        LenientCalendar day(zone(), utcMs);
        return !isDayExcluded(day.get(DayField));
    }

    qint64 nextIncludedTime(qint64 utcMs) const override
    {
        if (areAllDaysExcluded())
            return 0;
        SearchBudget budget;
        const qint64 baseTime = Calendar::nextIncludedTime(utcMs);
        if (baseTime > 0 && baseTime > utcMs)
            utcMs = baseTime;
        LenientCalendar day(zone(), startOfDay(utcMs));
        if (!isDayExcluded(day.get(DayField)))
            return budget.answer(utcMs);
        // Ends: some day number is included, so one comes within a week (a day of the week) or
        // within two months (a day of the month: February may lack it).
        while (isDayExcluded(day.get(DayField)))
            day.add(LenientCalendar::DayOfMonth, 1);
        return budget.answer(day.timeInMillis());
    }

    QJsonObject toJson() const override
    {
        QJsonObject json = Calendar::toJson();
        QJsonArray days;
        for (int day : excludedDays())
            days.append(day);
        json.insert(QLatin1String("excludedDays"), days);
        return json;
    }

    /// day 1..Count; other values are ignored.
    void setDayExcluded(int day, bool exclude)
    {
        if (day >= 1 && day <= Count)
            m_excluded[day - 1] = exclude;
    }
    bool isDayExcluded(int day) const { return day >= 1 && day <= Count && m_excluded[day - 1]; }
    /// Ascending.
    QList<int> excludedDays() const
    {
        QList<int> days;
        for (int day = 1; day <= Count; ++day) {
            if (m_excluded[day - 1])
                days.append(day);
        }
        return days;
    }
    bool areAllDaysExcluded() const
    {
        for (bool excluded : m_excluded) {
            if (!excluded)
                return false;
        }
        return true;
    }

protected:
    DayNumberCalendar() = default;
    DayNumberCalendar(const DayNumberCalendar &) = default;

private:
    std::array<bool, Count> m_excluded = {};
};

} // namespace Qronos
