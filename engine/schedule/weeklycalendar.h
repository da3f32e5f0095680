#pragma once

#include "daynumbercalendar.h"

namespace Qronos {

/// Quartz's WeeklyCalendar: days of the week excluded every week, 1 = Sunday ... 7 = Saturday.
/// Excluding all seven days excludes every time, and nextIncludedTime() then answers 0, as in Quartz.
class WeeklyCalendar final : public DayNumberCalendar<7, LenientCalendar::DayOfWeek>
{
public:
    /// Quartz's default: Saturday and Sunday excluded (new WeeklyCalendar(), (base), (base, zone)).
    WeeklyCalendar();
    /// Exactly these weekdays excluded; an empty list excludes nothing (as Quartz's
    /// WeeklyCalendar(TimeZone), which, unlike the other constructors, starts with no day excluded).
    explicit WeeklyCalendar(const QList<int> &excludedDays);

    Kind kind() const override { return Kind::Weekly; }
    std::shared_ptr<Calendar> clone() const override;

private:
    WeeklyCalendar(const WeeklyCalendar &) = default;
};

} // namespace Qronos
