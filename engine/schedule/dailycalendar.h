#pragma once

#include "calendar.h"

namespace Qronos {

/// Quartz's DailyCalendar: one time-of-day range excluded every day (or, inverted, the only range
/// included), at millisecond precision, read in the calendar's zone.
///
/// Quartz's boundaries hold exactly: a plain range excludes [start, end] (both ends included) and
/// also the first and last millisecond of every day (00:00:00.000 and 23:59:59.999), which Quartz
/// never counts as included; an inverted range includes exactly [start, end]. The range instants of
/// a day are the wall times on that day resolved by Java's rules, so on a DST day a range end that
/// falls into the gap moves an hour later.
class DailyCalendar final : public Calendar
{
public:
    struct TimeOfDay
    {
        int hour = 0;
        int minute = 0;
        int second = 0;
        int millis = 0;
        friend bool operator==(const TimeOfDay &, const TimeOfDay &) = default;
        friend auto operator<=>(const TimeOfDay &, const TimeOfDay &) = default;
        /// "HH:MM:SS:mmm", the form Quartz's setTimeRange(String, String) reads.
        QString toString() const;
    };

    /// Quartz's "HH:MM[:SS[:mmm]]": two to four numbers separated by ':' (empty fields between
    /// separators are skipped, numbers as Java's Integer.parseInt reads them), each in its range.
    static Result<TimeOfDay> parseTime(const QString &text);

    /// Fails as Quartz's constructor does: a field out of range, or start not before end.
    static Result<std::shared_ptr<DailyCalendar>> create(TimeOfDay rangeStart, TimeOfDay rangeEnd);
    static Result<std::shared_ptr<DailyCalendar>> create(const QString &rangeStart, const QString &rangeEnd);

    Kind kind() const override { return Kind::Daily; }
    std::shared_ptr<Calendar> clone() const override;
    bool isTimeIncluded(qint64 utcMs) const override;
    qint64 nextIncludedTime(qint64 utcMs) const override;
    QJsonObject toJson() const override;

    TimeOfDay rangeStart() const { return m_start; }
    TimeOfDay rangeEnd() const { return m_end; }
    /// Checked as by create(); on failure the range is unchanged.
    Result<Done> setTimeRange(TimeOfDay rangeStart, TimeOfDay rangeEnd);
    bool invertTimeRange() const { return m_invert; }
    void setInvertTimeRange(bool invert) { m_invert = invert; }

    /// Quartz's getTimeRangeStartingTimeInMillis / getTimeRangeEndingTimeInMillis: the range's
    /// start / end on the day of utcMs.
    qint64 timeRangeStartingTimeInMillis(qint64 utcMs) const;
    qint64 timeRangeEndingTimeInMillis(qint64 utcMs) const;

private:
    DailyCalendar() = default;
    DailyCalendar(const DailyCalendar &) = default;
    qint64 timeOnDay(qint64 utcMs, const TimeOfDay &time) const;

    TimeOfDay m_start;
    TimeOfDay m_end{23, 59, 59, 999};
    bool m_invert = false;
};

} // namespace Qronos
