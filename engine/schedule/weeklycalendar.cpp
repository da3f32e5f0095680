#include "weeklycalendar.h"

namespace Qronos {

WeeklyCalendar::WeeklyCalendar()
{
    setDayExcluded(1, true); // Sunday
    setDayExcluded(7, true); // Saturday
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

} // namespace Qronos
