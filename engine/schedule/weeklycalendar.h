#pragma once

#include "calendar.h"

#include <QList>

#include <array>

namespace Qronos {

/// Quartz's WeeklyCalendar: days of the week excluded every week, 1 = Sunday ... 7 = Saturday.
/// Excluding all seven days excludes every time, and nextIncludedTime() then answers 0, as in Quartz.
class WeeklyCalendar final : public Calendar
{
public:
    /// Quartz's default: Saturday and Sunday excluded (new WeeklyCalendar(), (base), (base, zone)).
    WeeklyCalendar();
    /// Exactly these weekdays excluded; an empty list excludes nothing (as Quartz's
    /// WeeklyCalendar(TimeZone), which, unlike the other constructors, starts with no day excluded).
    explicit WeeklyCalendar(const QList<int> &excludedDays);

    Kind kind() const override { return Kind::Weekly; }
    std::shared_ptr<Calendar> clone() const override;
    bool isTimeIncluded(qint64 utcMs) const override;
    qint64 nextIncludedTime(qint64 utcMs) const override;
    QJsonObject toJson() const override;

    /// weekday 1 (Sunday) .. 7 (Saturday); other values are ignored.
    void setDayExcluded(int weekday, bool exclude);
    bool isDayExcluded(int weekday) const { return weekday >= 1 && weekday <= 7 && m_excluded[weekday - 1]; }
    /// Ascending.
    QList<int> excludedDays() const;
    bool areAllDaysExcluded() const;

private:
    WeeklyCalendar(const WeeklyCalendar &) = default;

    std::array<bool, 7> m_excluded = {};
};

} // namespace Qronos
