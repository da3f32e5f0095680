#pragma once

#include "daynumbercalendar.h"

namespace Qronos {

/// Quartz's MonthlyCalendar: days of the month (1..31) excluded every month.
/// Excluding all 31 days excludes every time, and nextIncludedTime() then answers 0, as in Quartz.
class MonthlyCalendar final : public DayNumberCalendar<31, LenientCalendar::DayOfMonth>
{
public:
    MonthlyCalendar() = default;

    Kind kind() const override { return Kind::Monthly; }
    std::shared_ptr<Calendar> clone() const override;

private:
    MonthlyCalendar(const MonthlyCalendar &) = default;
};

} // namespace Qronos
