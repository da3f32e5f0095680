#pragma once

#include "calendar.h"

#include <QList>

#include <optional>
#include <set>
#include <utility>

namespace Qronos {

/// Quartz's AnnualCalendar: days of the year (month and day) excluded every year.
class AnnualCalendar final : public Calendar
{
public:
    AnnualCalendar() = default;

    Kind kind() const override { return Kind::Annual; }
    std::shared_ptr<Calendar> clone() const override;
    bool isTimeIncluded(qint64 utcMs) const override;
    qint64 nextIncludedTime(qint64 utcMs) const override;
    QJsonObject toJson() const override;

    /// month 1..12, day 1..31 (29 February is allowed); other values are ignored.
    void setDayExcluded(int month, int day, bool exclude);
    bool isDayExcluded(int month, int day) const;
    /// (month, day) pairs in calendar order.
    QList<std::pair<int, int>> excludedDays() const;

    /// "MM-DD" (one or two digits each) to (month, day), or nullopt when it is no day of a leap year.
    static std::optional<std::pair<int, int>> parseMonthDay(const QString &text);

private:
    AnnualCalendar(const AnnualCalendar &) = default;
    /// Quartz's isDayExcluded(java.util.Calendar): excluded by the base chain at that instant, or an excluded day.
    bool isDayExcludedAt(qint64 utcMs, int month, int day) const;

    std::set<std::pair<int, int>> m_days;
};

} // namespace Qronos
