#pragma once

#include "calendar.h"

#include <QDate>
#include <QList>

#include <set>

namespace Qronos {

/// Quartz's HolidayCalendar: whole days excluded by date (the year counts).
///
/// An excluded date is a day in the calendar's zone. As in Quartz, a time is excluded when the start
/// of its day (00:00 by Java's wall-time rule) is the start of an excluded date.
class HolidayCalendar final : public Calendar
{
public:
    HolidayCalendar() = default;

    Kind kind() const override { return Kind::Holiday; }
    std::shared_ptr<Calendar> clone() const override;
    bool isTimeIncluded(qint64 utcMs) const override;
    qint64 nextIncludedTime(qint64 utcMs) const override;
    QJsonObject toJson() const override;

    void addExcludedDate(QDate date);
    void removeExcludedDate(QDate date);
    bool isDateExcluded(QDate date) const;
    /// Ascending.
    QList<QDate> excludedDates() const;

private:
    HolidayCalendar(const HolidayCalendar &) = default;

    std::set<qint64> m_days; // days since 1970-01-01
};

} // namespace Qronos
