#pragma once

#include "zonerules.h"

namespace Qronos {

/// A faithful model of java.util.GregorianCalendar in lenient mode, as Quartz 2.3 uses it.
///
/// Quartz's fire times are defined by how that class normalises fields: set() only records a field,
/// the next get() turns all fields into an instant (out-of-range values roll over; a wall time is
/// resolved with ZoneRules' Java rule) and back into fields. add() of a day or week keeps the wall
/// time across an offset change, add() of hours or smaller adds milliseconds, add() of months or
/// years pins the day to the month's length. Reproducing exactly this is what makes Qronos fire at
/// the same instants as Quartz across DST changes, so this class follows Java's conventions:
/// Month is 0-based and DayOfWeek runs from 1 = Sunday to 7 = Saturday.
class LenientCalendar final
{
public:
    enum Field { Year, Month, DayOfMonth, HourOfDay, Minute, Second, Millisecond, DayOfWeek, DayOfYear, WeekOfYear };

    LenientCalendar(const ZoneRules &zone, qint64 utcMs);

    void setTimeInMillis(qint64 utcMs);
    /// Normalises pending set() calls first.
    qint64 timeInMillis();

    /// Normalises pending set() calls first. DayOfWeek, DayOfYear are computed fields.
    int get(Field field);
    /// Records a field; nothing is normalised until the next get(), add() or timeInMillis().
    /// Only Year, Month, DayOfMonth, HourOfDay, Minute, Second and Millisecond can be set.
    void set(Field field, int value);
    /// Java's add(): Year/Month (pin day), WeekOfYear/DayOfMonth/DayOfYear (keep wall time),
    /// HourOfDay/Minute/Second/Millisecond (exact milliseconds).
    void add(Field field, int amount);

    /// Current offset from UTC in milliseconds (after normalising).
    qint64 offsetMs();

    const ZoneRules &zone() const { return *m_zone; }

private:
    void complete();
    void computeFields();

    const ZoneRules *m_zone;
    ZoneRules::Span m_utcSpan;  // the offset of the last instants looked up, reused while it applies
    ZoneRules::Span m_wallSpan; // the same for wall times
    qint64 m_time = 0;
    qint64 m_offset = 0;
    bool m_dirty = false;
    qint64 m_year = 1970;
    qint64 m_month = 0; // 0-based, may be out of range while dirty
    qint64 m_day = 1;
    qint64 m_hour = 0;
    qint64 m_minute = 0;
    qint64 m_second = 0;
    qint64 m_millis = 0;
    int m_dayOfWeek = 5;
    int m_dayOfYear = 1;
};

} // namespace Qronos
