#include "icsholidays.h"

#include <QCoreApplication>

#include <map>
#include <optional>

namespace Qronos {

namespace {

// Gives lupdate and the translator the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::IcsHolidays)
};

constexpr int MaxEventDays = 366;

/// One unfolded content line and the physical line it starts on.
struct ContentLine
{
    int lineNumber = 0;
    QString name;   // upper case
    QString params; // upper case, without the leading ';'
    QString value;
};

Failure lineError(int lineNumber, const QString &message)
{
    return fail(Tr::tr("Line %1: %2").arg(lineNumber).arg(message));
}

QList<std::pair<int, QString>> unfold(const QString &text)
{
    QList<std::pair<int, QString>> lines;
    const QStringList physical = text.split(u'\n');
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QString line = physical[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!lines.isEmpty() && !line.isEmpty() && (line[0] == u' ' || line[0] == u'\t'))
            lines.last().second += QStringView(line).mid(1);
        else if (!line.isEmpty())
            lines.append({int(i + 1), line});
    }
    return lines;
}

/// NAME[;PARAM=...]:VALUE, the colon being the first one outside a quoted parameter value.
std::optional<ContentLine> splitContentLine(int lineNumber, const QString &line)
{
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'"')
            quoted = !quoted;
        else if (line[i] == u':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return std::nullopt;
    const QString head = line.left(colon);
    const qsizetype semicolon = head.indexOf(u';');
    ContentLine content;
    content.lineNumber = lineNumber;
    content.name = (semicolon < 0 ? head : head.left(semicolon)).trimmed().toUpper();
    content.params = semicolon < 0 ? QString() : head.mid(semicolon + 1).toUpper();
    content.value = line.mid(colon + 1);
    if (content.name.isEmpty())
        return std::nullopt;
    return content;
}

/// RFC 5545 TEXT: \\ \; \, \n \N.
QString unescapeText(const QString &value)
{
    QString text;
    text.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size()) {
            const QChar next = value[++i];
            text += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            text += value[i];
        }
    }
    return text.trimmed();
}

/// A DATE (YYYYMMDD) or DATE-TIME (YYYYMMDDTHHMMSS[Z]) value: its date and whether a time after
/// midnight is part of it.
struct DateValue
{
    QDate date;
    bool afterMidnight = false;
};

std::optional<DateValue> parseDateValue(const QString &value)
{
    const QString v = value.trimmed();
    const auto digits = [&](qsizetype from, qsizetype count) -> std::optional<int> {
        if (from + count > v.size())
            return std::nullopt;
        int n = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            if (v[i] < u'0' || v[i] > u'9')
                return std::nullopt;
            n = n * 10 + (v[i].unicode() - u'0');
        }
        return n;
    };
    const std::optional<int> year = digits(0, 4);
    const std::optional<int> month = digits(4, 2);
    const std::optional<int> day = digits(6, 2);
    if (!year || !month || !day)
        return std::nullopt;
    DateValue result;
    result.date = QDate(*year, *month, *day);
    if (!result.date.isValid())
        return std::nullopt;
    if (v.size() == 8)
        return result;
    if (v[8] != u'T' && v[8] != u't')
        return std::nullopt;
    const std::optional<int> hour = digits(9, 2);
    const std::optional<int> minute = digits(11, 2);
    const std::optional<int> second = digits(13, 2);
    const qsizetype end = v.size();
    if (!hour || !minute || !second || *hour > 23 || *minute > 59 || *second > 60
        || !(end == 15 || (end == 16 && (v[15] == u'Z' || v[15] == u'z'))))
        return std::nullopt;
    result.afterMidnight = *hour != 0 || *minute != 0 || *second != 0;
    return result;
}

/// An RFC 5545 dur-value ([+]P nW | nD[T...] | T...) in seconds; nullopt when malformed or negative.
std::optional<qint64> parseDuration(const QString &value)
{
    QString v = value.trimmed().toUpper();
    if (v.startsWith(u'+'))
        v.remove(0, 1);
    if (!v.startsWith(u'P') || v.size() < 3)
        return std::nullopt;
    qint64 seconds = 0;
    qint64 number = -1;
    bool inTime = false;
    for (qsizetype i = 1; i < v.size(); ++i) {
        const QChar c = v[i];
        if (c >= u'0' && c <= u'9') {
            number = (number < 0 ? 0 : number) * 10 + (c.unicode() - u'0');
            if (number > 100000000)
                return std::nullopt;
            continue;
        }
        if (c == u'T' && !inTime && number < 0) {
            inTime = true;
            continue;
        }
        if (number < 0)
            return std::nullopt;
        qint64 unit = 0;
        if (!inTime && c == u'W')
            unit = 7 * 86400;
        else if (!inTime && c == u'D')
            unit = 86400;
        else if (inTime && c == u'H')
            unit = 3600;
        else if (inTime && c == u'M')
            unit = 60;
        else if (inTime && c == u'S')
            unit = 1;
        else
            return std::nullopt;
        seconds += number * unit;
        number = -1;
    }
    if (number >= 0)
        return std::nullopt;
    return seconds;
}

struct Event
{
    int beginLine = 0;
    std::optional<ContentLine> start;
    std::optional<ContentLine> end;
    std::optional<ContentLine> duration;
    QString summary;
};

Result<int> eventDays(const Event &event, QDate *first)
{
    const std::optional<DateValue> start = parseDateValue(event.start->value);
    if (!start)
        return lineError(event.start->lineNumber,
                         Tr::tr("DTSTART \"%1\" is not a date YYYYMMDD or a date-time YYYYMMDDTHHMMSS")
                             .arg(event.start->value.trimmed()));
    *first = start->date;
    qint64 days = 1;
    if (event.end) {
        const std::optional<DateValue> end = parseDateValue(event.end->value);
        if (!end)
            return lineError(event.end->lineNumber,
                             Tr::tr("DTEND \"%1\" is not a date YYYYMMDD or a date-time YYYYMMDDTHHMMSS")
                                 .arg(event.end->value.trimmed()));
        days = start->date.daysTo(end->date) + (end->afterMidnight ? 1 : 0);
        if (days < 0)
            return lineError(event.end->lineNumber, Tr::tr("DTEND %1 is before DTSTART %2")
                                                        .arg(event.end->value.trimmed(), event.start->value.trimmed()));
        days = qMax<qint64>(days, 1); // an instant or a zero-length event still names its day
    } else if (event.duration) {
        const std::optional<qint64> seconds = parseDuration(event.duration->value);
        if (!seconds)
            return lineError(event.duration->lineNumber,
                             Tr::tr("DURATION \"%1\" is not a duration such as P1D, P2W or PT12H")
                                 .arg(event.duration->value.trimmed()));
        days = qMax<qint64>(1, (*seconds + 86399) / 86400);
    }
    if (days > MaxEventDays)
        return lineError(event.beginLine, Tr::tr("the event spans %1 days; a holiday may span at most %2").arg(days).arg(MaxEventDays));
    return int(days);
}

} // namespace

bool IcsHolidays::marksMakeUpWorkday(const QString &summary)
{
    // "班" covers 补班, 上班 and 调休上班.
    return summary.contains(u'班') || summary.contains(QLatin1String("working day"), Qt::CaseInsensitive)
        || summary.contains(QLatin1String("make-up"), Qt::CaseInsensitive);
}

Result<IcsHolidays> IcsHolidays::parse(const QByteArray &ics)
{
    QByteArray bytes = ics;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QList<std::pair<int, QString>> lines = unfold(QString::fromUtf8(bytes));
    if (lines.isEmpty())
        return fail(Tr::tr("The file is empty; expected an iCalendar text starting with BEGIN:VCALENDAR"));

    std::map<QDate, QString> holidays;
    std::map<QDate, QString> workdays;
    QStringList components; // open BEGIN blocks, outermost first
    QList<int> beginLines;
    std::optional<Event> event;
    bool sawCalendar = false;
    int eventCount = 0;

    for (const auto &[lineNumber, line] : lines) {
        const std::optional<ContentLine> content = splitContentLine(lineNumber, line);
        if (!content)
            return lineError(lineNumber, Tr::tr("\"%1\" is not an iCalendar line NAME:VALUE").arg(line.left(60)));
        if (content->name == QLatin1String("BEGIN")) {
            const QString component = content->value.trimmed().toUpper();
            if (components.isEmpty() && component != QLatin1String("VCALENDAR"))
                return lineError(lineNumber, Tr::tr("expected BEGIN:VCALENDAR, got BEGIN:%1").arg(component));
            sawCalendar = true;
            components.append(component);
            beginLines.append(lineNumber);
            if (component == QLatin1String("VEVENT") && components.size() == 2) {
                event = Event();
                event->beginLine = lineNumber;
            }
            continue;
        }
        if (content->name == QLatin1String("END")) {
            const QString component = content->value.trimmed().toUpper();
            if (components.isEmpty() || components.last() != component)
                return lineError(lineNumber, components.isEmpty()
                                                 ? Tr::tr("END:%1 without a BEGIN").arg(component)
                                                 : Tr::tr("END:%1 where END:%2 (begun on line %3) was expected")
                                                       .arg(component, components.last())
                                                       .arg(beginLines.last()));
            components.removeLast();
            beginLines.removeLast();
            if (component == QLatin1String("VEVENT") && event && components.size() == 1) {
                if (!event->start)
                    return lineError(event->beginLine, Tr::tr("the event has no DTSTART"));
                QDate first;
                const Result<int> days = eventDays(*event, &first);
                if (!days)
                    return fail(days.error());
                const bool workday = marksMakeUpWorkday(event->summary);
                for (int i = 0; i < *days; ++i) {
                    const QDate date = first.addDays(i);
                    (workday ? holidays : workdays).erase(date);
                    (workday ? workdays : holidays)[date] = event->summary;
                }
                ++eventCount;
                event.reset();
            }
            continue;
        }
        if (components.isEmpty())
            return lineError(lineNumber, Tr::tr("%1 outside BEGIN:VCALENDAR ... END:VCALENDAR").arg(content->name));
        // Only the event's own properties, not those of a VALARM inside it.
        if (!event || components.size() != 2)
            continue;
        if (content->name == QLatin1String("DTSTART"))
            event->start = content;
        else if (content->name == QLatin1String("DTEND"))
            event->end = content;
        else if (content->name == QLatin1String("DURATION"))
            event->duration = content;
        else if (content->name == QLatin1String("SUMMARY"))
            event->summary = unescapeText(content->value);
    }
    if (!components.isEmpty())
        return lineError(beginLines.last(), Tr::tr("BEGIN:%1 has no END:%1").arg(components.last()));
    if (!sawCalendar)
        return fail(Tr::tr("No BEGIN:VCALENDAR found; this is not an iCalendar text"));

    IcsHolidays result;
    result.eventCount = eventCount;
    for (const auto &[date, label] : holidays)
        result.holidays.append(Day{date, label});
    for (const auto &[date, label] : workdays)
        result.makeUpWorkdays.append(Day{date, label});
    return result;
}

} // namespace Qronos
