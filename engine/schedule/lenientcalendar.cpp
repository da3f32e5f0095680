#include "lenientcalendar.h"

#include "civiltime.h"

#include <algorithm>

namespace Qronos {

LenientCalendar::LenientCalendar(const ZoneRules &zone, qint64 utcMs)
    : m_zone(&zone)
{
    setTimeInMillis(utcMs);
}

void LenientCalendar::setTimeInMillis(qint64 utcMs)
{
    m_time = utcMs;
    m_dirty = false;
    computeFields();
}

void LenientCalendar::computeFields()
{
    if (!m_utcSpan.contains(m_time))
        m_utcSpan = m_zone->utcSpan(m_time);
    m_offset = m_utcSpan.offset;
    const qint64 wall = m_time + m_offset;
    const qint64 days = Civil::floorDiv(wall, Civil::MsPerDay);
    qint64 msOfDay = wall - days * Civil::MsPerDay;
    const Civil::Date d = Civil::civilFromDays(days);
    m_year = d.year;
    m_month = d.month - 1;
    m_day = d.day;
    m_hour = msOfDay / Civil::MsPerHour;
    msOfDay -= m_hour * Civil::MsPerHour;
    m_minute = msOfDay / Civil::MsPerMinute;
    msOfDay -= m_minute * Civil::MsPerMinute;
    m_second = msOfDay / Civil::MsPerSecond;
    m_millis = msOfDay - m_second * Civil::MsPerSecond;
    m_dayOfWeek = Civil::dayOfWeek(days);
    m_dayOfYear = int(days - Civil::daysFromCivil(d.year, 1, 1)) + 1;
}

void LenientCalendar::complete()
{
    if (!m_dirty)
        return;
    // Far beyond any year a schedule can reach; keeps the arithmetic below from overflowing.
    constexpr qint64 YearBound = 1'000'000;
    m_year = std::clamp<qint64>(m_year, -YearBound, YearBound);
    const qint64 days = Civil::daysFromLenientCivil(m_year, m_month + 1, m_day);
    const qint64 wall = days * Civil::MsPerDay + m_hour * Civil::MsPerHour + m_minute * Civil::MsPerMinute
        + m_second * Civil::MsPerSecond + m_millis;
    if (!m_wallSpan.contains(wall))
        m_wallSpan = m_zone->wallSpan(wall);
    m_time = wall - m_wallSpan.offset;
    m_dirty = false;
    computeFields();
}

qint64 LenientCalendar::timeInMillis()
{
    complete();
    return m_time;
}

qint64 LenientCalendar::offsetMs()
{
    complete();
    return m_offset;
}

int LenientCalendar::get(Field field)
{
    complete();
    switch (field) {
    case Year: return int(m_year);
    case Month: return int(m_month);
    case DayOfMonth: return int(m_day);
    case HourOfDay: return int(m_hour);
    case Minute: return int(m_minute);
    case Second: return int(m_second);
    case Millisecond: return int(m_millis);
    case DayOfWeek: return m_dayOfWeek;
    case DayOfYear: return m_dayOfYear;
    case WeekOfYear: break;
    }
    Q_ASSERT_X(false, "LenientCalendar::get", "unsupported field");
    return 0;
}

void LenientCalendar::set(Field field, int value)
{
    switch (field) {
    case Year: m_year = value; break;
    case Month: m_month = value; break;
    case DayOfMonth: m_day = value; break;
    case HourOfDay: m_hour = value; break;
    case Minute: m_minute = value; break;
    case Second: m_second = value; break;
    case Millisecond: m_millis = value; break;
    case DayOfWeek:
    case DayOfYear:
    case WeekOfYear: Q_ASSERT_X(false, "LenientCalendar::set", "unsupported field"); return;
    }
    m_dirty = true;
}

void LenientCalendar::add(Field field, int amount)
{
    if (amount == 0)
        return;
    complete();
    switch (field) {
    case Year:
    case Month: {
        qint64 month = m_month + (field == Month ? amount : 0);
        m_year += (field == Year ? amount : 0) + Civil::floorDiv(month, 12);
        m_month = Civil::floorMod(month, 12);
        const int length = Civil::daysInMonth(m_year, int(m_month) + 1);
        if (m_day > length)
            m_day = length;
        m_dirty = true;
        return;
    }
    case HourOfDay: setTimeInMillis(m_time + qint64(amount) * Civil::MsPerHour); return;
    case Minute: setTimeInMillis(m_time + qint64(amount) * Civil::MsPerMinute); return;
    case Second: setTimeInMillis(m_time + qint64(amount) * Civil::MsPerSecond); return;
    case Millisecond: setTimeInMillis(m_time + amount); return;
    case WeekOfYear:
    case DayOfMonth:
    case DayOfYear:
    case DayOfWeek: {
        const qint64 deltaDays = field == WeekOfYear ? qint64(amount) * 7 : amount;
        // Java: move the fixed date, keep the time of day, then compensate a changed offset unless
        // that would change the date again.
        const qint64 wall = m_time + m_offset;
        const qint64 fixedDate = Civil::floorDiv(wall, Civil::MsPerDay) + deltaDays;
        const qint64 timeOfDay = Civil::floorMod(wall, Civil::MsPerDay);
        qint64 zoneOffset = m_offset;
        setTimeInMillis(fixedDate * Civil::MsPerDay + timeOfDay - zoneOffset);
        zoneOffset -= m_offset;
        if (zoneOffset != 0) {
            const qint64 base = m_time;
            setTimeInMillis(base + zoneOffset);
            if (Civil::floorDiv(m_time + m_offset, Civil::MsPerDay) != fixedDate)
                setTimeInMillis(base);
        }
        return;
    }
    }
}

} // namespace Qronos
