#pragma once

#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace Qronos {

/// Public holidays read from an iCalendar (RFC 5545) text, such as the holiday feeds that calendar
/// programs publish, for a holiday or working-day calendar.
///
/// Every VEVENT gives one date per day it spans: DTSTART (VALUE=DATE, or a date-time whose date is
/// taken as written) up to DTEND, which is exclusive (a date-time end with a time after 00:00:00
/// counts its own day), or for DURATION days; with neither, the start day alone. SUMMARY is the
/// label. An event whose SUMMARY marks a make-up working day ("班", "补班", "调休上班", or in English
/// "working day" or "make-up", any case) gives make-up working days instead of holidays. Lines may
/// end in CRLF or LF and are unfolded first; other components (VTIMEZONE, VALARM...) are skipped;
/// recurrence rules are not expanded (only the first occurrence counts).
struct IcsHolidays final
{
    struct Day
    {
        QDate date;
        QString label;
        bool operator==(const Day &other) const = default;
    };

    /// Ascending by date, each date once (the last event naming a date wins, in either list).
    QList<Day> holidays;
    QList<Day> makeUpWorkdays;
    /// The number of VEVENTs read.
    int eventCount = 0;

    /// Fails with a message that names the (1-based, physical) line: text that is no iCalendar
    /// object, a VEVENT without DTSTART or END, a malformed date, date-time or duration, an end
    /// before the start, or an event longer than 366 days.
    static Result<IcsHolidays> parse(const QByteArray &ics);
    /// Whether an event SUMMARY marks a make-up working day (see above).
    static bool marksMakeUpWorkday(const QString &summary);
};

} // namespace Qronos
