#include "workdaycalendar.h"

#include "civiltime.h"
#include "lenientcalendar.h"

#include <QJsonArray>

namespace Qronos {

namespace {

constexpr qint64 JulianDayOfEpoch = 2440588; // QDate(1970, 1, 1).toJulianDay()

qint64 epochDay(QDate date) { return date.toJulianDay() - JulianDayOfEpoch; }
QDate dateOf(qint64 day) { return QDate::fromJulianDay(day + JulianDayOfEpoch); }

} // namespace

WorkdayCalendar::WorkdayCalendar()
{
    setWeekdayExcluded(1, true); // Sunday
    setWeekdayExcluded(7, true); // Saturday
}

std::shared_ptr<Calendar> WorkdayCalendar::clone() const
{
    return std::shared_ptr<WorkdayCalendar>(new WorkdayCalendar(*this));
}

bool WorkdayCalendar::isTimeIncluded(qint64 utcMs) const
{
    if (!Calendar::isTimeIncluded(utcMs))
        return false;
    const qint64 day = Civil::floorDiv(zone().utcToWall(utcMs), Civil::MsPerDay);
    const auto special = m_dates.find(day);
    if (special != m_dates.end())
        return special->second.workday;
    return !m_weekdayExcluded[Civil::dayOfWeek(day) - 1];
}

qint64 WorkdayCalendar::nextIncludedTime(qint64 utcMs) const
{
    if (!hasIncludedDay())
        return 0;
    SearchBudget budget;
    const qint64 baseTime = Calendar::nextIncludedTime(utcMs);
    if (baseTime > 0 && baseTime > utcMs)
        utcMs = baseTime;

    const qint64 today = Civil::floorDiv(zone().utcToWall(utcMs), Civil::MsPerDay);
    if (isDateIncluded(dateOf(today)))
        return budget.answer(utcMs);
    LenientCalendar day(zone(), startOfDay(utcMs));
    for (int step = 0; step == 0 || !isTimeIncluded(day.timeInMillis()); ++step) {
        // With a base chain that excludes every start of day (a daily calendar over midnight) the
        // search would not end.
        if (step == MaxDaySteps || !budget.spend())
            return budget.giveUp();
        day.add(LenientCalendar::DayOfMonth, 1);
    }
    return budget.answer(day.timeInMillis());
}

QJsonObject WorkdayCalendar::toJson() const
{
    QJsonObject json = Calendar::toJson();
    QJsonArray weekdays;
    for (int weekday : excludedWeekdays())
        weekdays.append(weekday);
    json.insert(QLatin1String("excludedWeekdays"), weekdays);
    QJsonArray holidays;
    QJsonArray workdays;
    for (const auto &[day, special] : m_dates) {
        QJsonObject entry{{QLatin1String("date"), dateOf(day).toString(Qt::ISODate)}};
        if (!special.label.isEmpty())
            entry.insert(QLatin1String("label"), special.label);
        (special.workday ? workdays : holidays).append(entry);
    }
    json.insert(QLatin1String("holidays"), holidays);
    json.insert(QLatin1String("makeUpWorkdays"), workdays);
    return json;
}

void WorkdayCalendar::setWeekdayExcluded(int weekday, bool exclude)
{
    if (weekday >= 1 && weekday <= 7)
        m_weekdayExcluded[weekday - 1] = exclude;
}

bool WorkdayCalendar::isWeekdayExcluded(int weekday) const
{
    return weekday >= 1 && weekday <= 7 && m_weekdayExcluded[weekday - 1];
}

QList<int> WorkdayCalendar::excludedWeekdays() const
{
    QList<int> days;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        if (m_weekdayExcluded[weekday - 1])
            days.append(weekday);
    }
    return days;
}

void WorkdayCalendar::addHoliday(QDate date, const QString &label)
{
    if (date.isValid())
        m_dates[epochDay(date)] = Special{false, label};
}

void WorkdayCalendar::addMakeUpWorkday(QDate date, const QString &label)
{
    if (date.isValid())
        m_dates[epochDay(date)] = Special{true, label};
}

void WorkdayCalendar::removeDate(QDate date)
{
    if (date.isValid())
        m_dates.erase(epochDay(date));
}

void WorkdayCalendar::clearDates()
{
    m_dates.clear();
}

bool WorkdayCalendar::isHoliday(QDate date) const
{
    if (!date.isValid())
        return false;
    const auto it = m_dates.find(epochDay(date));
    return it != m_dates.end() && !it->second.workday;
}

bool WorkdayCalendar::isMakeUpWorkday(QDate date) const
{
    if (!date.isValid())
        return false;
    const auto it = m_dates.find(epochDay(date));
    return it != m_dates.end() && it->second.workday;
}

QString WorkdayCalendar::label(QDate date) const
{
    if (!date.isValid())
        return QString();
    const auto it = m_dates.find(epochDay(date));
    return it != m_dates.end() ? it->second.label : QString();
}

QList<QDate> WorkdayCalendar::holidays() const
{
    QList<QDate> dates;
    for (const auto &[day, special] : m_dates) {
        if (!special.workday)
            dates.append(dateOf(day));
    }
    return dates;
}

QList<QDate> WorkdayCalendar::makeUpWorkdays() const
{
    QList<QDate> dates;
    for (const auto &[day, special] : m_dates) {
        if (special.workday)
            dates.append(dateOf(day));
    }
    return dates;
}

bool WorkdayCalendar::isDateIncluded(QDate date) const
{
    if (!date.isValid())
        return false;
    const auto it = m_dates.find(epochDay(date));
    if (it != m_dates.end())
        return it->second.workday;
    return !m_weekdayExcluded[date.dayOfWeek() % 7]; // QDate: 1 = Monday ... 7 = Sunday
}

bool WorkdayCalendar::hasIncludedDay() const
{
    for (bool excluded : m_weekdayExcluded) {
        if (!excluded)
            return true;
    }
    for (const auto &entry : m_dates) {
        if (entry.second.workday)
            return true;
    }
    return false;
}

} // namespace Qronos
