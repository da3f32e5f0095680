#include "monthlycalendar.h"

#include "lenientcalendar.h"

#include <QJsonArray>

namespace Qronos {

std::shared_ptr<Calendar> MonthlyCalendar::clone() const
{
    return std::shared_ptr<MonthlyCalendar>(new MonthlyCalendar(*this));
}

bool MonthlyCalendar::areAllDaysExcluded() const
{
    for (bool excluded : m_excluded) {
        if (!excluded)
            return false;
    }
    return true;
}

bool MonthlyCalendar::isTimeIncluded(qint64 utcMs) const
{
    if (areAllDaysExcluded())
        return false;
    if (!Calendar::isTimeIncluded(utcMs))
        return false;
    LenientCalendar day(zone(), utcMs);
    return !isDayExcluded(day.get(LenientCalendar::DayOfMonth));
}

qint64 MonthlyCalendar::nextIncludedTime(qint64 utcMs) const
{
    if (areAllDaysExcluded())
        return 0;
    SearchBudget budget;
    const qint64 baseTime = Calendar::nextIncludedTime(utcMs);
    if (baseTime > 0 && baseTime > utcMs)
        utcMs = baseTime;

    LenientCalendar day(zone(), startOfDay(utcMs));
    if (!isDayExcluded(day.get(LenientCalendar::DayOfMonth)))
        return budget.answer(utcMs);
    // Ends within a month: some day of every month is included.
    while (isDayExcluded(day.get(LenientCalendar::DayOfMonth)))
        day.add(LenientCalendar::DayOfMonth, 1);
    return budget.answer(day.timeInMillis());
}

QJsonObject MonthlyCalendar::toJson() const
{
    QJsonObject json = Calendar::toJson();
    QJsonArray days;
    for (int day : excludedDays())
        days.append(day);
    json.insert(QLatin1String("excludedDays"), days);
    return json;
}

void MonthlyCalendar::setDayExcluded(int day, bool exclude)
{
    if (day >= 1 && day <= 31)
        m_excluded[day - 1] = exclude;
}

QList<int> MonthlyCalendar::excludedDays() const
{
    QList<int> days;
    for (int day = 1; day <= 31; ++day) {
        if (m_excluded[day - 1])
            days.append(day);
    }
    return days;
}

} // namespace Qronos
