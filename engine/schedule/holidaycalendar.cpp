#include "holidaycalendar.h"

#include "civiltime.h"
#include "lenientcalendar.h"

#include <QJsonArray>

namespace Qronos {

namespace {

constexpr qint64 JulianDayOfEpoch = 2440588; // QDate(1970, 1, 1).toJulianDay()

qint64 epochDay(QDate date) { return date.toJulianDay() - JulianDayOfEpoch; }

} // namespace

std::shared_ptr<Calendar> HolidayCalendar::clone() const
{
    return std::shared_ptr<HolidayCalendar>(new HolidayCalendar(*this));
}

bool HolidayCalendar::isTimeIncluded(qint64 utcMs) const
{
    if (!Calendar::isTimeIncluded(utcMs))
        return false;
    if (m_days.empty())
        return true;
    // Quartz keeps the start-of-day instants of its dates and looks for the start of utcMs's day.
    // That instant is the start of the day it falls on, or, when a zone skipped a whole day, of the
    // day before (whose midnight Java resolves into the following day).
    const qint64 start = startOfDay(utcMs);
    const qint64 day = Civil::floorDiv(zone().utcToWall(start), Civil::MsPerDay);
    for (qint64 candidate : {day, day - 1}) {
        if (m_days.count(candidate) && zone().wallToUtc(candidate * Civil::MsPerDay) == start)
            return false;
    }
    return true;
}

qint64 HolidayCalendar::nextIncludedTime(qint64 utcMs) const
{
    SearchBudget budget;
    const qint64 baseTime = Calendar::nextIncludedTime(utcMs);
    if (baseTime > 0 && baseTime > utcMs)
        utcMs = baseTime;

    LenientCalendar day(zone(), startOfDay(utcMs));
    for (int step = 0; !isTimeIncluded(day.timeInMillis()); ++step) {
        // Quartz would go on forever.
        if (step == MaxDaySteps || !budget.spend())
            return budget.giveUp();
        day.add(LenientCalendar::DayOfMonth, 1);
    }
    return budget.answer(day.timeInMillis());
}

QJsonObject HolidayCalendar::toJson() const
{
    QJsonObject json = Calendar::toJson();
    QJsonArray dates;
    for (qint64 day : m_days)
        dates.append(QDate::fromJulianDay(day + JulianDayOfEpoch).toString(Qt::ISODate));
    json.insert(QLatin1String("excludedDates"), dates);
    return json;
}

void HolidayCalendar::addExcludedDate(QDate date)
{
    if (date.isValid())
        m_days.insert(epochDay(date));
}

void HolidayCalendar::removeExcludedDate(QDate date)
{
    if (date.isValid())
        m_days.erase(epochDay(date));
}

bool HolidayCalendar::isDateExcluded(QDate date) const
{
    return date.isValid() && m_days.count(epochDay(date));
}

QList<QDate> HolidayCalendar::excludedDates() const
{
    QList<QDate> dates;
    dates.reserve(qsizetype(m_days.size()));
    for (qint64 day : m_days)
        dates.append(QDate::fromJulianDay(day + JulianDayOfEpoch));
    return dates;
}

} // namespace Qronos
