#include "dailycalendar.h"

#include "lenientcalendar.h"

#include <QCoreApplication>

namespace Qronos {

namespace {

// Gives lupdate and the translator the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::DailyCalendar)
};

/// Java's Integer.parseInt: an optional sign, then decimal digits (any script), within int range.
std::optional<int> javaParseInt(QStringView text)
{
    qsizetype i = 0;
    bool negative = false;
    if (!text.isEmpty() && (text[0] == u'+' || text[0] == u'-')) {
        negative = text[0] == u'-';
        i = 1;
    }
    if (i == text.size())
        return std::nullopt;
    qint64 value = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.category() != QChar::Number_DecimalDigit)
            return std::nullopt;
        value = value * 10 + c.digitValue();
        if (value > qint64(INT_MAX) + 1)
            return std::nullopt;
    }
    if (negative)
        value = -value;
    if (value > INT_MAX || value < INT_MIN)
        return std::nullopt;
    return int(value);
}

Result<Done> validate(const DailyCalendar::TimeOfDay &t)
{
    if (t.hour < 0 || t.hour > 23)
        return fail(Tr::tr("Invalid hour of day: %1 (expected 0 to 23)").arg(t.hour));
    if (t.minute < 0 || t.minute > 59)
        return fail(Tr::tr("Invalid minute: %1 (expected 0 to 59)").arg(t.minute));
    if (t.second < 0 || t.second > 59)
        return fail(Tr::tr("Invalid second: %1 (expected 0 to 59)").arg(t.second));
    if (t.millis < 0 || t.millis > 999)
        return fail(Tr::tr("Invalid millis: %1 (expected 0 to 999)").arg(t.millis));
    return Done{};
}

} // namespace

QString DailyCalendar::TimeOfDay::toString() const
{
    return QStringLiteral("%1:%2:%3:%4")
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'))
        .arg(second, 2, 10, QLatin1Char('0'))
        .arg(millis, 3, 10, QLatin1Char('0'));
}

Result<DailyCalendar::TimeOfDay> DailyCalendar::parseTime(const QString &text)
{
    // java.util.StringTokenizer with ":" as delimiter: runs of ':' separate, empty tokens do not exist.
    const QList<QStringView> tokens = QStringView(text).split(u':', Qt::SkipEmptyParts);
    if (tokens.size() < 2 || tokens.size() > 4)
        return fail(Tr::tr("Invalid time string '%1' (expected HH:MM[:SS[:mmm]])").arg(text));
    int values[4] = {0, 0, 0, 0};
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const std::optional<int> value = javaParseInt(tokens[i]);
        if (!value)
            return fail(Tr::tr("Invalid time string '%1': '%2' is not a number (expected HH:MM[:SS[:mmm]])")
                            .arg(text, tokens[i].toString()));
        values[i] = *value;
    }
    TimeOfDay time{values[0], values[1], values[2], values[3]};
    if (Result<Done> ok = validate(time); !ok)
        return fail(ok.error());
    return time;
}

Result<std::shared_ptr<DailyCalendar>> DailyCalendar::create(TimeOfDay rangeStart, TimeOfDay rangeEnd)
{
    std::shared_ptr<DailyCalendar> calendar(new DailyCalendar);
    if (Result<Done> ok = calendar->setTimeRange(rangeStart, rangeEnd); !ok)
        return fail(ok.error());
    return calendar;
}

Result<std::shared_ptr<DailyCalendar>> DailyCalendar::create(const QString &rangeStart, const QString &rangeEnd)
{
    const Result<TimeOfDay> start = parseTime(rangeStart);
    if (!start)
        return fail(start.error());
    const Result<TimeOfDay> end = parseTime(rangeEnd);
    if (!end)
        return fail(end.error());
    return create(*start, *end);
}

Result<Done> DailyCalendar::setTimeRange(TimeOfDay rangeStart, TimeOfDay rangeEnd)
{
    if (Result<Done> ok = validate(rangeStart); !ok)
        return ok;
    if (Result<Done> ok = validate(rangeEnd); !ok)
        return ok;
    // Quartz compares the two times on the current day in the JVM's default zone; we compare the
    // times themselves, which is the same on every day without a DST change.
    if (!(rangeStart < rangeEnd))
        return fail(Tr::tr("Invalid time range: %1 - %2 (the start must be before the end; a range cannot cross midnight)")
                        .arg(rangeStart.toString(), rangeEnd.toString()));
    m_start = rangeStart;
    m_end = rangeEnd;
    return Done{};
}

std::shared_ptr<Calendar> DailyCalendar::clone() const
{
    return std::shared_ptr<DailyCalendar>(new DailyCalendar(*this));
}

qint64 DailyCalendar::timeOnDay(qint64 utcMs, const TimeOfDay &time) const
{
    LenientCalendar day(zone(), utcMs);
    day.set(LenientCalendar::HourOfDay, time.hour);
    day.set(LenientCalendar::Minute, time.minute);
    day.set(LenientCalendar::Second, time.second);
    day.set(LenientCalendar::Millisecond, time.millis);
    return day.timeInMillis();
}

qint64 DailyCalendar::timeRangeStartingTimeInMillis(qint64 utcMs) const
{
    return timeOnDay(utcMs, m_start);
}

qint64 DailyCalendar::timeRangeEndingTimeInMillis(qint64 utcMs) const
{
    return timeOnDay(utcMs, m_end);
}

bool DailyCalendar::isTimeIncluded(qint64 utcMs) const
{
    if (!baseIncludes(utcMs))
        return false;
    const qint64 rangeStart = timeRangeStartingTimeInMillis(utcMs);
    const qint64 rangeEnd = timeRangeEndingTimeInMillis(utcMs);
    if (m_invert)
        return utcMs >= rangeStart && utcMs <= rangeEnd;
    const qint64 dayStart = startOfDay(utcMs);
    const qint64 dayEnd = endOfDay(utcMs);
    return (utcMs > dayStart && utcMs < rangeStart) || (utcMs > rangeEnd && utcMs < dayEnd);
}

qint64 DailyCalendar::nextIncludedTime(qint64 utcMs) const
{
    SearchBudget budget;
    qint64 next = utcMs + 1;
    while (!isTimeIncluded(next)) {
        // Quartz would go on forever (or throw, at 0).
        if (!budget.spend() || next <= 0 || next - utcMs > SearchHorizonMs)
            return budget.giveUp();
        const CalendarPtr &base = baseCalendar();
        if (!m_invert) {
            // In the excluded range: jump past its end; excluded by the base chain: ask it.
            if (next >= timeRangeStartingTimeInMillis(next) && next <= timeRangeEndingTimeInMillis(next))
                next = timeRangeEndingTimeInMillis(next) + 1;
            else if (base && !base->isTimeIncluded(next))
                next = base->nextIncludedTime(next); // 0: the base includes nothing
            else
                ++next;
        } else {
            if (next < timeRangeStartingTimeInMillis(next))
                next = timeRangeStartingTimeInMillis(next);
            else if (next > timeRangeEndingTimeInMillis(next))
                next = endOfDay(next) + 1;
            else if (base && !base->isTimeIncluded(next))
                next = base->nextIncludedTime(next); // 0: the base includes nothing
            else
                ++next;
        }
    }
    return budget.answer(next);
}

QJsonObject DailyCalendar::toJson() const
{
    QJsonObject json = Calendar::toJson();
    json.insert(QLatin1String("rangeStart"), m_start.toString());
    json.insert(QLatin1String("rangeEnd"), m_end.toString());
    json.insert(QLatin1String("invertTimeRange"), m_invert);
    return json;
}

} // namespace Qronos
