#pragma once

#include "calendar.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <map>

namespace Qronos {

/// Qronos's working-day calendar (kind "workday"), which no Quartz calendar can express: whole days
/// are excluded by weekday (Saturday and Sunday unless told otherwise) and by holiday date, and a
/// make-up working day (调休, e.g. the Sunday before a national holiday week) is included even
/// though its weekday is excluded. Each date may carry a label such as "国庆节".
///
/// Day-granular, in the calendar's zone: a time is included when its base chain includes it and its
/// day (the date of the time in the zone) is a make-up working day, or is neither a holiday nor on an
/// excluded weekday. A date is either a holiday or a make-up working day, never both: adding it as
/// one removes it as the other.
///
/// nextIncludedTime() follows the weekly and annual calendars: it moves utcMs to the base chain's
/// answer when that is later, answers that time itself when its day is included, otherwise the start
/// (00:00 by Java's wall-time rule) of the next day that this calendar and its base chain include at
/// its start. It answers 0 when every weekday is excluded and there is no make-up working day, or
/// when the search gives up (see Calendar::nextIncludedTime()).
class WorkdayCalendar final : public Calendar
{
public:
    /// Saturday and Sunday excluded, no holidays, no make-up working days.
    WorkdayCalendar();

    Kind kind() const override { return Kind::Workday; }
    std::shared_ptr<Calendar> clone() const override;
    bool isTimeIncluded(qint64 utcMs) const override;
    qint64 nextIncludedTime(qint64 utcMs) const override;
    /// Adds "excludedWeekdays" (1 = Sunday ... 7 = Saturday, ascending), "holidays" and
    /// "makeUpWorkdays" (ascending arrays of {"date": "YYYY-MM-DD"[, "label": text]}).
    QJsonObject toJson() const override;

    /// weekday 1 (Sunday) ... 7 (Saturday); other values are ignored.
    void setWeekdayExcluded(int weekday, bool exclude);
    bool isWeekdayExcluded(int weekday) const;
    /// Ascending.
    QList<int> excludedWeekdays() const;

    /// Invalid dates are ignored. Replaces the date's label and its role (holiday or make-up day).
    void addHoliday(QDate date, const QString &label = QString());
    void addMakeUpWorkday(QDate date, const QString &label = QString());
    /// Forgets the date as a holiday or a make-up working day.
    void removeDate(QDate date);
    void clearDates();

    bool isHoliday(QDate date) const;
    bool isMakeUpWorkday(QDate date) const;
    /// The date's label; empty when it has none or is neither a holiday nor a make-up working day.
    QString label(QDate date) const;
    /// Ascending.
    QList<QDate> holidays() const;
    QList<QDate> makeUpWorkdays() const;

    /// This calendar's own rule for a date (the base chain not asked): false on a holiday, true on a
    /// make-up working day, else whether its weekday is not excluded.
    bool isDateIncluded(QDate date) const;

private:
    WorkdayCalendar(const WorkdayCalendar &) = default;

    struct Special
    {
        bool workday = false; // make-up working day, else holiday
        QString label;
    };

    bool hasIncludedDay() const;

    std::array<bool, 7> m_weekdayExcluded = {};
    std::map<qint64, Special> m_dates; // days since 1970-01-01
};

} // namespace Qronos
