#include "crondescription.h"

#include <QCoreApplication>

#include <algorithm>

namespace Qronos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::CronDescription)
};

constexpr int AllSpec = 99;
constexpr int NoSpec = 98;

/// How the values of one field look: every value, one, a contiguous range, a step from a start to
/// the end of the range, or a list.
struct Shape
{
    enum Kind { Every, Single, Range, Step, List } kind = List;
    QList<int> values;
    int step = 0;
    int first() const { return values.front(); }
    int last() const { return values.back(); }
};

Shape shapeOf(const std::vector<int> &set, int low, int high)
{
    Shape s;
    for (int v : set) {
        if (v != AllSpec && v != NoSpec)
            s.values.append(v);
    }
    if (s.values.isEmpty())
        return s;
    const int n = int(s.values.size());
    if (n == high - low + 1 && s.first() == low && s.last() == high) {
        s.kind = Shape::Every;
    } else if (n == 1) {
        s.kind = Shape::Single;
    } else if (s.last() - s.first() == n - 1) {
        s.kind = Shape::Range;
    } else {
        const int d = s.values[1] - s.values[0];
        // Two values read as a step only when it divides the range evenly (0,30 is "every 30").
        bool even = n >= 3 || (high - low + 1) % d == 0;
        for (int i = 2; even && i < n; ++i)
            even = s.values[i] - s.values[i - 1] == d;
        if (even && s.last() + d > high && s.first() - low < d) {
            s.kind = Shape::Step;
            s.step = d;
        }
    }
    return s;
}

QString joined(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return Tr::tr("%1 and %2", "the last two items of a list")
        .arg(items.mid(0, items.size() - 1).join(Tr::tr(", ", "between items of a list")), items.last());
}

QString numbers(const Shape &s)
{
    QStringList items;
    for (int v : s.values)
        items << QString::number(v);
    return joined(items);
}

QString twoDigits(int v) { return QString::number(v).rightJustified(2, QLatin1Char('0')); }

QString clock(int hour, int minute, int second = -1)
{
    QString t = twoDigits(hour) + QLatin1Char(':') + twoDigits(minute);
    if (second > 0)
        t += QLatin1Char(':') + twoDigits(second);
    return t;
}

QString weekdayName(const QLocale &locale, int javaDay)
{
    // Java: 1 = Sunday ... 7 = Saturday; Qt: 1 = Monday ... 7 = Sunday.
    return locale.dayName(javaDay == 1 ? 7 : javaDay - 1, QLocale::LongFormat);
}

QString timePart(const CronExpression &cron)
{
    const Shape sec = shapeOf(cron.values(CronExpression::Seconds), 0, 59);
    const Shape min = shapeOf(cron.values(CronExpression::Minutes), 0, 59);
    const Shape hour = shapeOf(cron.values(CronExpression::Hours), 0, 23);

    // A few whole clock times: "at 10:15", "at 10:15 and 14:15", "at 14:10 and 14:44".
    const auto listed = [](const Shape &f) { return f.kind == Shape::Single || f.kind == Shape::List || f.kind == Shape::Range; };
    if (sec.kind == Shape::Single && listed(min) && (listed(hour) || hour.kind == Shape::Step)
        && min.values.size() * hour.values.size() <= 6) {
        QStringList times;
        for (int h : hour.values) {
            for (int m : min.values)
                times << clock(h, m, sec.first());
        }
        return Tr::tr("at %1").arg(joined(times));
    }

    QStringList parts;
    const bool secondZero = sec.kind == Shape::Single && sec.first() == 0;
    switch (sec.kind) {
    case Shape::Every: parts << Tr::tr("every second"); break;
    case Shape::Step:
        parts << (sec.first() == 0 ? Tr::tr("every %1 seconds").arg(sec.step)
                                   : Tr::tr("every %1 seconds from second %2").arg(sec.step).arg(sec.first()));
        break;
    case Shape::Range: parts << Tr::tr("every second from second %1 through %2").arg(sec.first()).arg(sec.last()); break;
    case Shape::Single:
        if (!secondZero)
            parts << Tr::tr("at second %1").arg(sec.first());
        break;
    case Shape::List: parts << Tr::tr("at seconds %1").arg(numbers(sec)); break;
    }
    switch (min.kind) {
    case Shape::Every:
        if (sec.kind == Shape::Single) // else the seconds already say "every ..."
            parts << Tr::tr("every minute");
        break;
    case Shape::Step:
        parts << (min.first() == 0 ? Tr::tr("every %1 minutes").arg(min.step)
                                   : Tr::tr("every %1 minutes from minute %2").arg(min.step).arg(min.first()));
        break;
    case Shape::Range: parts << Tr::tr("every minute from minute %1 through %2").arg(min.first()).arg(min.last()); break;
    case Shape::Single:
        parts << (hour.kind == Shape::Every ? Tr::tr("at minute %1 of every hour").arg(min.first())
                                            : Tr::tr("at minute %1").arg(min.first()));
        break;
    case Shape::List:
        parts << (hour.kind == Shape::Every ? Tr::tr("at minutes %1 of every hour").arg(numbers(min))
                                            : Tr::tr("at minutes %1").arg(numbers(min)));
        break;
    }
    switch (hour.kind) {
    case Shape::Every: break;
    case Shape::Step:
        parts << (hour.first() == 0 ? Tr::tr("every %1 hours").arg(hour.step)
                                    : Tr::tr("every %1 hours from %2").arg(hour.step).arg(clock(hour.first(), 0)));
        break;
    case Shape::Single:
    case Shape::Range:
        parts << Tr::tr("between %1 and %2").arg(clock(hour.first(), 0), clock(hour.last(), 59));
        break;
    case Shape::List: {
        QStringList hours;
        for (int h : hour.values)
            hours << clock(h, 0);
        parts << Tr::tr("in the hours starting %1").arg(joined(hours));
        break;
    }
    }
    // Languages that name the hours first translate this note accordingly (Chinese: 14:00 至 14:59 之间，每 5 分钟).
    if (Tr::tr("seconds-minutes-hours", "order of the parts of a time description; translate as hours-minutes-seconds "
                                        "to name the hours first")
        == QLatin1String("hours-minutes-seconds"))
        std::reverse(parts.begin(), parts.end());
    return parts.join(Tr::tr(", ", "between parts of a description"));
}

QString dayPart(const CronExpression &cron, const QLocale &locale)
{
    const Shape month = shapeOf(cron.values(CronExpression::Month), 1, 12);
    const QString ofMonth = month.kind == Shape::Every ? Tr::tr("every month") : Tr::tr("the month");
    if (cron.dayOfMonthSpecified()) {
        if (cron.lastDayOfMonth()) {
            const int offset = cron.lastDayOffset();
            if (cron.nearestWeekday())
                return offset == 0 ? Tr::tr("on the last weekday of %1").arg(ofMonth)
                                   : Tr::tr("on the weekday nearest %1 days before the last day of %2").arg(offset).arg(ofMonth);
            return offset == 0 ? Tr::tr("on the last day of %1").arg(ofMonth)
                               : Tr::tr("%1 days before the last day of %2").arg(offset).arg(ofMonth);
        }
        const Shape dom = shapeOf(cron.values(CronExpression::DayOfMonth), 1, 31);
        if (cron.nearestWeekday())
            return Tr::tr("on the weekday nearest day %1 of %2").arg(dom.first()).arg(ofMonth);
        if (dom.kind == Shape::Single && month.kind == Shape::Single)
            return Tr::tr("on %1 %2", "month name, day of month").arg(locale.monthName(month.first())).arg(dom.first());
        switch (dom.kind) {
        case Shape::Every: return {};
        case Shape::Single: return Tr::tr("on day %1 of %2").arg(dom.first()).arg(ofMonth);
        case Shape::Range: return Tr::tr("on days %1 through %2 of %3").arg(dom.first()).arg(dom.last()).arg(ofMonth);
        case Shape::Step: return Tr::tr("every %1 days from day %2 of %3").arg(dom.step).arg(dom.first()).arg(ofMonth);
        case Shape::List: return Tr::tr("on days %1 of %2").arg(numbers(dom), ofMonth);
        }
        return {};
    }
    const Shape dow = shapeOf(cron.values(CronExpression::DayOfWeek), 1, 7);
    if (cron.lastDayOfWeek())
        return Tr::tr("on the last %1 of %2").arg(weekdayName(locale, dow.first()), ofMonth);
    if (cron.nthDayOfWeek() != 0) {
        const QString day = weekdayName(locale, dow.first());
        switch (cron.nthDayOfWeek()) {
        case 1: return Tr::tr("on the first %1 of %2").arg(day, ofMonth);
        case 2: return Tr::tr("on the second %1 of %2").arg(day, ofMonth);
        case 3: return Tr::tr("on the third %1 of %2").arg(day, ofMonth);
        case 4: return Tr::tr("on the fourth %1 of %2").arg(day, ofMonth);
        default: return Tr::tr("on the fifth %1 of %2").arg(day, ofMonth);
        }
    }
    if (dow.kind == Shape::Every)
        return {};
    if (dow.kind == Shape::Range)
        return Tr::tr("on %1 through %2").arg(weekdayName(locale, dow.first()), weekdayName(locale, dow.last()));
    QStringList days;
    for (int d : dow.values)
        days << weekdayName(locale, d);
    return Tr::tr("on %1").arg(joined(days));
}

QString monthPart(const CronExpression &cron, const QLocale &locale)
{
    const Shape month = shapeOf(cron.values(CronExpression::Month), 1, 12);
    const Shape dom = shapeOf(cron.values(CronExpression::DayOfMonth), 1, 31);
    if (cron.dayOfMonthSpecified() && !cron.lastDayOfMonth() && !cron.nearestWeekday() && dom.kind == Shape::Single
        && month.kind == Shape::Single)
        return {}; // dayPart() said "on November 11"
    switch (month.kind) {
    case Shape::Every: return {};
    case Shape::Range:
        return Tr::tr("from %1 through %2").arg(locale.monthName(month.first()), locale.monthName(month.last()));
    default: {
        QStringList names;
        for (int m : month.values)
            names << locale.monthName(m);
        return Tr::tr("in %1", "months").arg(joined(names));
    }
    }
}

QString yearPart(const CronExpression &cron)
{
    const std::vector<int> &years = cron.values(CronExpression::Year);
    if (std::binary_search(years.begin(), years.end(), AllSpec))
        return {};
    Shape s;
    for (int y : years)
        s.values.append(y);
    if (s.values.isEmpty())
        return Tr::tr("in no year");
    if (s.values.size() > 1 && s.last() - s.first() == s.values.size() - 1)
        return Tr::tr("in %1 through %2", "years").arg(s.first()).arg(s.last());
    return Tr::tr("in %1", "years").arg(numbers(s));
}

} // namespace

QString describeCron(const CronExpression &cron, const QLocale &locale)
{
    if (cron.isNull())
        return {};
    const QString time = timePart(cron);
    QStringList when;
    for (const QString &part : {dayPart(cron, locale), monthPart(cron, locale), yearPart(cron)}) {
        if (!part.isEmpty())
            when << part;
    }
    QString sentence = when.isEmpty() ? time
                                      : Tr::tr("%1 %2", "a time of day, then which days (the translation may reorder them)")
                                            .arg(time, when.join(Tr::tr(", ", "between parts of a description")));
    if (!sentence.isEmpty())
        sentence[0] = sentence[0].toUpper();
    return sentence;
}

} // namespace Qronos
