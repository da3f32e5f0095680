#include "monthlycalendar.h"

namespace Qronos {

std::shared_ptr<Calendar> MonthlyCalendar::clone() const
{
    return std::shared_ptr<MonthlyCalendar>(new MonthlyCalendar(*this));
}

} // namespace Qronos
