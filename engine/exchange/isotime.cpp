#include "isotime.h"

#include "schedule/civiltime.h"

namespace Qronos::IsoTime {

namespace {

bool digits(QStringView s, qsizetype pos, int count, int *value)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = s[pos + i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        v = v * 10 + (c.unicode() - '0');
    }
    *value = v;
    return true;
}

bool at(QStringView s, qsizetype pos, char c) { return pos < s.size() && s[pos] == QLatin1Char(c); }

QString twoDigits(qint64 v) { return QString::number(v).rightJustified(2, QLatin1Char('0')); }

QString wall(qint64 wallMs)
{
    const qint64 days = Civil::floorDiv(wallMs, Civil::MsPerDay);
    const qint64 ms = wallMs - days * Civil::MsPerDay;
    const Civil::Date d = Civil::civilFromDays(days);
    return QString::number(d.year).rightJustified(4, QLatin1Char('0')) + QLatin1Char('-') + twoDigits(d.month)
        + QLatin1Char('-') + twoDigits(d.day) + QLatin1Char('T') + twoDigits(ms / Civil::MsPerHour) + QLatin1Char(':')
        + twoDigits(ms / Civil::MsPerMinute % 60) + QLatin1Char(':') + twoDigits(ms / 1000 % 60) + QLatin1Char('.')
        + QString::number(ms % 1000).rightJustified(3, QLatin1Char('0'));
}

} // namespace

std::optional<qint64> parse(QStringView s)
{
    int year, month, day, hour, minute, second, millis = 0;
    if (!digits(s, 0, 4, &year) || !at(s, 4, '-') || !digits(s, 5, 2, &month) || !at(s, 7, '-')
        || !digits(s, 8, 2, &day) || !at(s, 10, 'T') || !digits(s, 11, 2, &hour) || !at(s, 13, ':')
        || !digits(s, 14, 2, &minute) || !at(s, 16, ':') || !digits(s, 17, 2, &second))
        return std::nullopt;
    qsizetype pos = 19;
    if (at(s, pos, '.')) {
        if (!digits(s, pos + 1, 3, &millis))
            return std::nullopt;
        pos += 4;
    }
    qint64 offsetMs = 0;
    if (at(s, pos, 'Z')) {
        ++pos;
    } else if (at(s, pos, '+') || at(s, pos, '-')) {
        int oh, om;
        if (!digits(s, pos + 1, 2, &oh) || !at(s, pos + 3, ':') || !digits(s, pos + 4, 2, &om) || oh > 18 || om > 59)
            return std::nullopt;
        offsetMs = (qint64(oh) * 60 + om) * Civil::MsPerMinute * (s[pos] == QLatin1Char('-') ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != s.size() || month < 1 || month > 12 || day < 1 || day > Civil::daysInMonth(year, month) || hour > 23
        || minute > 59 || second > 59)
        return std::nullopt;
    const qint64 wallMs = Civil::daysFromCivil(year, month, day) * Civil::MsPerDay + hour * Civil::MsPerHour
        + minute * Civil::MsPerMinute + second * Civil::MsPerSecond + millis;
    return wallMs - offsetMs;
}

QString formatUtc(qint64 utcMs) { return wall(utcMs) + QLatin1Char('Z'); }

QString formatWithOffset(qint64 utcMs, qint64 offsetMs)
{
    const qint64 minutes = (offsetMs < 0 ? -offsetMs : offsetMs) / Civil::MsPerMinute;
    return wall(utcMs + offsetMs) + QLatin1Char(offsetMs < 0 ? '-' : '+') + twoDigits(minutes / 60) + QLatin1Char(':')
        + twoDigits(minutes % 60);
}

} // namespace Qronos::IsoTime
