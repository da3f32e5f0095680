#pragma once

#include <QtGlobal>

// Proleptic Gregorian calendar arithmetic on plain integers (days since 1970-01-01).
// Branch-light formulas after Howard Hinnant's "chrono-compatible low-level date algorithms".

namespace Qronos::Civil {

constexpr qint64 MsPerSecond = 1000;
constexpr qint64 MsPerMinute = 60 * MsPerSecond;
constexpr qint64 MsPerHour = 60 * MsPerMinute;
constexpr qint64 MsPerDay = 24 * MsPerHour;
constexpr qint64 SecondsPerDay = 86400;

constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

constexpr qint64 floorMod(qint64 a, qint64 b) { return a - floorDiv(a, b) * b; }

constexpr bool isLeapYear(qint64 y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

/// Days in month m (1..12) of year y.
constexpr int daysInMonth(qint64 y, int m)
{
    constexpr int table[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return (m == 2 && isLeapYear(y)) ? 29 : table[m - 1];
}

/// Days since 1970-01-01 of y-m-d, m in 1..12, d in 1..31.
constexpr qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/// Like daysFromCivil, but month and day may lie outside their ranges (Java's lenient calendar):
/// month 13 is January of the next year, day 0 the last day of the previous month.
constexpr qint64 daysFromLenientCivil(qint64 y, qint64 m, qint64 d)
{
    y += floorDiv(m - 1, 12);
    const int month = int(floorMod(m - 1, 12)) + 1;
    return daysFromCivil(y, month, 1) + (d - 1);
}

struct Date
{
    qint64 year;
    int month; // 1..12
    int day;   // 1..31
};

constexpr Date civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return Date{y + (m <= 2), m, d};
}

/// Day of week with Java's numbering: 1 = Sunday ... 7 = Saturday.
constexpr int dayOfWeek(qint64 days)
{
    // 1970-01-01 was a Thursday (5).
    return int(floorMod(days + 4, 7)) + 1;
}

/// Day of year, 1-based.
constexpr int dayOfYear(qint64 y, int m, int d) { return int(daysFromCivil(y, m, d) - daysFromCivil(y, 1, 1)) + 1; }

} // namespace Qronos::Civil
