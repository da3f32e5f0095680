#pragma once

#include "calendar.h"

#include <QList>

#include <array>

namespace Qronos {

/// Quartz's MonthlyCalendar: days of the month (1..31) excluded every month.
/// Excluding all 31 days excludes every time, and nextIncludedTime() then answers 0, as in Quartz.
class MonthlyCalendar final : public Calendar
{
public:
    MonthlyCalendar() = default;

    Kind kind() const override { return Kind::Monthly; }
    std::shared_ptr<Calendar> clone() const override;
    bool isTimeIncluded(qint64 utcMs) const override;
    qint64 nextIncludedTime(qint64 utcMs) const override;
    QJsonObject toJson() const override;

    /// day 1..31; other values are ignored.
    void setDayExcluded(int day, bool exclude);
    bool isDayExcluded(int day) const { return day >= 1 && day <= 31 && m_excluded[day - 1]; }
    /// Ascending.
    QList<int> excludedDays() const;
    bool areAllDaysExcluded() const;

private:
    MonthlyCalendar(const MonthlyCalendar &) = default;

    std::array<bool, 31> m_excluded = {};
};

} // namespace Qronos
