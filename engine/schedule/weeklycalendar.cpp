#include "weeklycalendar.h"

#include "lenientcalendar.h"

#include <QJsonArray>

namespace Qronos {

WeeklyCalendar::WeeklyCalendar()
{
    m_excluded[0] = true; // Sunday
    m_excluded[6] = true; // Saturday
}

WeeklyCalendar::WeeklyCalendar(const QList<int> &excludedDays)
{
    for (int weekday : excludedDays)
        setDayExcluded(weekday, true);
}

std::shared_ptr<Calendar> WeeklyCalendar::clone() const
{
    return std::shared_ptr<WeeklyCalendar>(new WeeklyCalendar(*this));
}

bool WeeklyCalendar::areAllDaysExcluded() const
{
    for (bool excluded : m_excluded) {
        if (!excluded)
            return false;
    }
    return true;
}

bool WeeklyCalendar::isTimeIncluded(qint64 utcMs) const
{
    if (areAllDaysExcluded())
        return false;
    if (!Calendar::isTimeIncluded(utcMs))
        return false;
    LenientCalendar day(zone(), utcMs);
    return !isDayExcluded(day.get(LenientCalendar::DayOfWeek));
}

qint64 WeeklyCalendar::nextIncludedTime(qint64 utcMs) const
{
    if (areAllDaysExcluded())
        return 0;
    SearchBudget budget;
    const qint64 baseTime = Calendar::nextIncludedTime(utcMs);
    if (baseTime > 0 && baseTime > utcMs)
        utcMs = baseTime;

    LenientCalendar day(zone(), startOfDay(utcMs));
    if (!isDayExcluded(day.get(LenientCalendar::DayOfWeek)))
        return budget.answer(utcMs);
    while (isDayExcluded(day.get(LenientCalendar::DayOfWeek)))
        day.add(LenientCalendar::DayOfMonth, 1);
    return budget.answer(day.timeInMillis());
}

QJsonObject WeeklyCalendar::toJson() const
{
    QJsonObject json = Calendar::toJson();
    QJsonArray days;
    for (int day : excludedDays())
        days.append(day);
    json.insert(QLatin1String("excludedDays"), days);
    return json;
}

void WeeklyCalendar::setDayExcluded(int weekday, bool exclude)
{
    if (weekday >= 1 && weekday <= 7)
        m_excluded[weekday - 1] = exclude;
}

QList<int> WeeklyCalendar::excludedDays() const
{
    QList<int> days;
    for (int day = 1; day <= 7; ++day) {
        if (m_excluded[day - 1])
            days.append(day);
    }
    return days;
}

} // namespace Qronos
