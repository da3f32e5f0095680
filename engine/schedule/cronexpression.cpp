#include "cronexpression.h"

#include "civiltime.h"
#include "lenientcalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <bit>
#include <limits>

namespace Qronos {

namespace {

constexpr int AllSpec = 99; // Quartz's marker for '*'
constexpr int NoSpec = 98;  // Quartz's marker for '?'

// Gives lupdate and the translator the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::CronExpression)
};

QString fieldName(int field)
{
    switch (field) {
    case CronExpression::Seconds: return Tr::tr("seconds");
    case CronExpression::Minutes: return Tr::tr("minutes");
    case CronExpression::Hours: return Tr::tr("hours");
    case CronExpression::DayOfMonth: return Tr::tr("day-of-month");
    case CronExpression::Month: return Tr::tr("month");
    case CronExpression::DayOfWeek: return Tr::tr("day-of-week");
    default: return Tr::tr("year");
    }
}

int monthNumber(QStringView name)
{
    static const char *const names[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                        "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    for (int i = 0; i < 12; ++i) {
        if (name == QLatin1String(names[i]))
            return i + 1;
    }
    return -1;
}

int weekdayNumber(QStringView name)
{
    static const char *const names[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
    for (int i = 0; i < 7; ++i) {
        if (name == QLatin1String(names[i]))
            return i + 1;
    }
    return -1;
}

bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

} // namespace

/// Builds a CronExpression the way Quartz's parser does, one comma-separated item at a time.
class CronParser final
{
public:
    explicit CronParser(CronExpression &target) : m_cron(target) {}

    bool parse(const QString &upper);
    QString error() const { return m_error; }

private:
    bool item(int field, const QString &s);
    bool afterNumber(int field, const QString &s, qsizetype pos, int value);
    bool add(int field, int value, int end, int increment);
    bool checkIncrement(int field, int increment);
    /// Java's Integer.parseInt: an optional sign and decimal digits that fit in an int.
    static std::optional<int> parseInt(QStringView text);
    /// Quartz's getValue(): `prefix` followed by the digits at pos; returns value and the position after.
    bool digitsFrom(int field, const QString &s, qsizetype pos, int prefix, int *value, qsizetype *next);
    bool fail(int field, const QString &token, const QString &why);
    /// Records what Quartz silently ignores or reads unexpectedly in an accepted expression.
    void note(int field, const QString &what);
    void noteIgnored(int field, const QString &s, qsizetype from);

    CronExpression &m_cron;
    QString m_error;
    QString m_token; // the whole field, for messages
    QString m_fieldTokens[CronExpression::FieldCount];
};

bool CronParser::fail(int field, const QString &token, const QString &why)
{
    m_error = Tr::tr("Invalid cron expression: %1 field \"%2\": %3").arg(fieldName(field), token, why);
    return false;
}

void CronParser::note(int field, const QString &what)
{
    m_cron.m_notes.append(Tr::tr("%1 field \"%2\": %3").arg(fieldName(field), m_token, what));
}

void CronParser::noteIgnored(int field, const QString &s, qsizetype from)
{
    if (from < s.size())
        note(field, Tr::tr("\"%1\" after \"%2\" is ignored, as Quartz ignores it").arg(s.mid(from), s.left(from)));
}

std::optional<int> CronParser::parseInt(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == QLatin1Char('+') || text[0] == QLatin1Char('-')) {
        negative = text[0] == QLatin1Char('-');
        i = 1;
        if (text.size() == 1)
            return std::nullopt;
    }
    qint64 value = 0;
    for (; i < text.size(); ++i) {
        if (!isDigit(text[i]))
            return std::nullopt;
        value = value * 10 + (text[i].unicode() - '0');
        if (value > qint64(INT32_MAX) + 1)
            return std::nullopt;
    }
    if (negative)
        value = -value;
    if (value > INT32_MAX || value < INT32_MIN)
        return std::nullopt;
    return int(value);
}

bool CronParser::digitsFrom(int field, const QString &s, qsizetype pos, int prefix, int *value, qsizetype *next)
{
    QString digits = QString::number(prefix);
    qsizetype i = pos;
    while (i < s.size() && isDigit(s[i]))
        digits.append(s[i++]);
    const std::optional<int> parsed = parseInt(digits);
    if (!parsed)
        return fail(field, m_token, Tr::tr("the number %1 is too large").arg(digits));
    *value = *parsed;
    // Quartz reports one past the end when the digits run to the end of the item.
    *next = i < s.size() ? i : i + 1;
    return true;
}

bool CronParser::checkIncrement(int field, int increment)
{
    int limit = 0;
    switch (field) {
    case CronExpression::Seconds:
    case CronExpression::Minutes: limit = 59; break;
    case CronExpression::Hours: limit = 23; break;
    case CronExpression::DayOfMonth: limit = 31; break;
    case CronExpression::DayOfWeek: limit = 7; break;
    case CronExpression::Month: limit = 12; break;
    default: return true;
    }
    if (increment > limit)
        return fail(field, m_token, Tr::tr("the increment %1 is larger than %2").arg(increment).arg(limit));
    return true;
}

bool CronParser::add(int field, int value, int end, int increment)
{
    std::vector<int> &set = m_cron.m_sets[field];
    auto insert = [&set](int v) {
        const auto it = std::lower_bound(set.begin(), set.end(), v);
        if (it == set.end() || *it != v)
            set.insert(it, v);
    };

    switch (field) {
    case CronExpression::Seconds:
    case CronExpression::Minutes:
        if ((value < 0 || value > 59 || end > 59) && value != AllSpec)
            return fail(field, m_token, Tr::tr("values must be between 0 and 59"));
        break;
    case CronExpression::Hours:
        if ((value < 0 || value > 23 || end > 23) && value != AllSpec)
            return fail(field, m_token, Tr::tr("values must be between 0 and 23"));
        break;
    case CronExpression::DayOfMonth:
        if ((value < 1 || value > 31 || end > 31) && value != AllSpec && value != NoSpec)
            return fail(field, m_token, Tr::tr("values must be between 1 and 31"));
        break;
    case CronExpression::Month:
        if ((value < 1 || value > 12 || end > 12) && value != AllSpec)
            return fail(field, m_token, Tr::tr("values must be between 1 and 12 (or JAN to DEC)"));
        break;
    case CronExpression::DayOfWeek:
        if ((value == 0 || value > 7 || end > 7) && value != AllSpec && value != NoSpec)
            return fail(field, m_token, Tr::tr("values must be between 1 and 7 (or SUN to SAT; 1 is Sunday)"));
        break;
    default: break;
    }

    if ((increment == 0 || increment == -1) && value != AllSpec) {
        insert(value == -1 ? NoSpec : value);
        return true;
    }

    int start = value;
    int stop = end;
    if (value == AllSpec && increment <= 0) {
        increment = 1;
        insert(AllSpec);
    }
    int low = 0;
    int high = 0;
    switch (field) {
    case CronExpression::Seconds:
    case CronExpression::Minutes: low = 0; high = 59; break;
    case CronExpression::Hours: low = 0; high = 23; break;
    case CronExpression::DayOfMonth: low = 1; high = 31; break;
    case CronExpression::Month: low = 1; high = 12; break;
    case CronExpression::DayOfWeek: low = 1; high = 7; break;
    default: low = 1970; high = CronExpression::maxYear(); break;
    }
    if (stop == -1)
        stop = high;
    if (start == -1 || start == AllSpec)
        start = low;

    int wrap = -1;
    if (stop < start) {
        if (field == CronExpression::Year)
            return fail(field, m_token, Tr::tr("a range of years must not end before it starts"));
        switch (field) {
        case CronExpression::Seconds:
        case CronExpression::Minutes: wrap = 60; break;
        case CronExpression::Hours: wrap = 24; break;
        case CronExpression::Month: wrap = 12; break;
        case CronExpression::DayOfWeek: wrap = 7; break;
        default: wrap = 31; break;
        }
        stop += wrap;
    }
    if (qint64(stop) - start > 1'000'000LL * increment)
        return fail(field, m_token, Tr::tr("the range is too large"));
    const bool oneBased = field == CronExpression::Month || field == CronExpression::DayOfWeek
        || field == CronExpression::DayOfMonth;
    for (qint64 i = start; i <= stop; i += increment) {
        if (wrap == -1) {
            insert(int(i));
        } else {
            int v = int(i % wrap);
            if (v == 0 && oneBased)
                v = wrap;
            insert(v);
        }
    }
    return true;
}

bool CronParser::item(int field, const QString &s)
{
    const QChar c = s[0];
    static const QRegularExpression lastDayPattern(QStringLiteral("^L-[0-9]*W?$"));
    if (c >= QLatin1Char('A') && c <= QLatin1Char('Z') && s != QLatin1String("L") && s != QLatin1String("LW")
        && !lastDayPattern.match(s).hasMatch()) {
        if (s.size() < 3)
            return fail(field, m_token, Tr::tr("\"%1\" is not a valid value here").arg(s));
        const QStringView name = QStringView(s).left(3);
        int value = -1;
        int end = -1;
        if (field == CronExpression::Month) {
            value = monthNumber(name);
            if (value < 0)
                return fail(field, m_token, Tr::tr("\"%1\" is not a month name (JAN to DEC)").arg(name));
            if (s.size() > 3 && s[3] == QLatin1Char('-')) {
                if (s.size() < 7)
                    return fail(field, m_token, Tr::tr("a month range needs a month name after '-'"));
                end = monthNumber(QStringView(s).mid(4, 3));
                if (end < 0)
                    return fail(field, m_token, Tr::tr("\"%1\" is not a month name (JAN to DEC)").arg(s.mid(4, 3)));
            }
        } else if (field == CronExpression::DayOfWeek) {
            value = weekdayNumber(name);
            if (value < 0)
                return fail(field, m_token, Tr::tr("\"%1\" is not a day name (SUN to SAT)").arg(name));
            if (s.size() > 3) {
                const QChar next = s[3];
                if (next == QLatin1Char('-')) {
                    if (s.size() < 7)
                        return fail(field, m_token, Tr::tr("a day range needs a day name after '-'"));
                    end = weekdayNumber(QStringView(s).mid(4, 3));
                    if (end < 0)
                        return fail(field, m_token, Tr::tr("\"%1\" is not a day name (SUN to SAT)").arg(s.mid(4, 3)));
                } else if (next == QLatin1Char('#')) {
                    const std::optional<int> nth = parseInt(QStringView(s).mid(4));
                    if (!nth || *nth < 1 || *nth > 5)
                        return fail(field, m_token, Tr::tr("a number between 1 and 5 must follow '#'"));
                    m_cron.m_nthDayOfWeek = *nth;
                } else if (next == QLatin1Char('L')) {
                    m_cron.m_lastDayOfWeek = true;
                }
            }
        } else {
            return fail(field, m_token, Tr::tr("names are only allowed in the month and day-of-week fields"));
        }
        if (end != -1)
            noteIgnored(field, s, 7);
        else if (m_cron.m_nthDayOfWeek == 0 && !(s.size() > 3 && s[3] == QLatin1Char('L')))
            noteIgnored(field, s, 3);
        else if (s.size() > 3 && s[3] == QLatin1Char('L'))
            noteIgnored(field, s, 4);
        return add(field, value, end, end != -1 ? 1 : 0);
    }

    if (c == QLatin1Char('?')) {
        if (s.size() >= 3)
            return fail(field, m_token, Tr::tr("unexpected characters after '?'"));
        if (field != CronExpression::DayOfWeek && field != CronExpression::DayOfMonth)
            return fail(field, m_token, Tr::tr("'?' is only allowed in the day-of-month or day-of-week field"));
        noteIgnored(field, s, 1);
        if (field == CronExpression::DayOfWeek && !m_cron.m_lastDayOfMonth) {
            const std::vector<int> &dom = m_cron.m_sets[CronExpression::DayOfMonth];
            if (dom.empty())
                return fail(field, m_token, Tr::tr("the day-of-month field has no values"));
            if (dom.back() == NoSpec)
                return fail(field, m_token, Tr::tr("'?' may be given for day-of-month or for day-of-week, not both"));
        }
        return add(field, NoSpec, -1, 0);
    }

    if (c == QLatin1Char('*') || c == QLatin1Char('/')) {
        if (c == QLatin1Char('*') && s.size() == 1)
            return add(field, AllSpec, -1, 0);
        if (c == QLatin1Char('/') && s.size() == 1)
            return fail(field, m_token, Tr::tr("'/' must be followed by a number"));
        const qsizetype slash = c == QLatin1Char('*') ? 1 : 0;
        if (s[slash] != QLatin1Char('/')) {
            noteIgnored(field, s, 1);
            return add(field, AllSpec, -1, 1);
        }
        if (slash + 1 >= s.size())
            return fail(field, m_token, Tr::tr("'/' must be followed by a number"));
        const std::optional<int> increment = parseInt(QStringView(s).mid(slash + 1));
        if (!increment)
            return fail(field, m_token, Tr::tr("\"%1\" after '/' is not a number").arg(s.mid(slash + 1)));
        if (!checkIncrement(field, *increment))
            return false;
        if (*increment <= 0)
            note(field, Tr::tr("an increment of %1 means every value, as in Quartz").arg(*increment));
        return add(field, AllSpec, -1, *increment);
    }

    if (c == QLatin1Char('L')) {
        if (field == CronExpression::DayOfMonth)
            m_cron.m_lastDayOfMonth = true;
        if (field == CronExpression::DayOfWeek) {
            note(field, Tr::tr("'L' alone means Saturday (7) in the day-of-week field; for the last given "
                               "weekday of the month write it before the L, e.g. 6L"));
            noteIgnored(field, s, 1);
            return add(field, 7, 7, 0);
        }
        if (field != CronExpression::DayOfMonth)
            note(field, Tr::tr("'L' means nothing here and Quartz ignores it"));
        if (field == CronExpression::DayOfMonth && s.size() > 1) {
            qsizetype i = 1;
            if (s[1] == QLatin1Char('-')) {
                if (s.size() < 3)
                    return fail(field, m_token, Tr::tr("a number must follow \"L-\""));
                int offset = 0;
                if (!digitsFrom(field, s, 2, 0, &offset, &i))
                    return false;
                if (offset > 30)
                    return fail(field, m_token, Tr::tr("the offset from the last day must be 30 or less"));
                m_cron.m_lastDayOffset = offset;
            }
            if (i < s.size() && s[i] == QLatin1Char('W'))
                m_cron.m_nearestWeekday = true;
        }
        return true;
    }

    if (isDigit(c)) {
        int value = c.unicode() - '0';
        if (s.size() == 1)
            return add(field, value, -1, -1);
        qsizetype i = 1;
        if (isDigit(s[1]) && !digitsFrom(field, s, 1, value, &value, &i))
            return false;
        return afterNumber(field, s, i, value);
    }

    return fail(field, m_token, Tr::tr("unexpected character '%1'").arg(c));
}

bool CronParser::afterNumber(int field, const QString &s, qsizetype pos, int value)
{
    if (pos >= s.size())
        return add(field, value, -1, -1);
    const QChar c = s[pos];
    std::vector<int> &set = m_cron.m_sets[field];
    auto insert = [&set](int v) {
        const auto it = std::lower_bound(set.begin(), set.end(), v);
        if (it == set.end() || *it != v)
            set.insert(it, v);
    };

    if (c == QLatin1Char('L')) {
        if (field != CronExpression::DayOfWeek)
            return fail(field, m_token, Tr::tr("'L' after a number is only allowed in the day-of-week field"));
        if (value < 1 || value > 7)
            return fail(field, m_token, Tr::tr("values must be between 1 and 7 (or SUN to SAT; 1 is Sunday)"));
        m_cron.m_lastDayOfWeek = true;
        noteIgnored(field, s, pos + 1);
        insert(value);
        return true;
    }
    if (c == QLatin1Char('W')) {
        if (field != CronExpression::DayOfMonth)
            return fail(field, m_token, Tr::tr("'W' is only allowed in the day-of-month field"));
        if (value > 31)
            return fail(field, m_token, Tr::tr("'W' needs a day of month no larger than 31"));
        m_cron.m_nearestWeekday = true;
        noteIgnored(field, s, pos + 1);
        insert(value);
        return true;
    }
    if (c == QLatin1Char('#')) {
        if (field != CronExpression::DayOfWeek)
            return fail(field, m_token, Tr::tr("'#' is only allowed in the day-of-week field"));
        const std::optional<int> nth = parseInt(QStringView(s).mid(pos + 1));
        if (!nth || *nth < 1 || *nth > 5)
            return fail(field, m_token, Tr::tr("a number between 1 and 5 must follow '#'"));
        m_cron.m_nthDayOfWeek = *nth;
        insert(value);
        return true;
    }
    if (c == QLatin1Char('-')) {
        qsizetype i = pos + 1;
        if (i >= s.size() || !isDigit(s[i]))
            return fail(field, m_token, Tr::tr("a number must follow '-'"));
        int end = s[i].unicode() - '0';
        ++i;
        if (i >= s.size())
            return add(field, value, end, 1);
        if (isDigit(s[i]) && !digitsFrom(field, s, i, end, &end, &i))
            return false;
        if (i < s.size() && s[i] == QLatin1Char('/')) {
            ++i;
            if (i >= s.size() || !isDigit(s[i]))
                return fail(field, m_token, Tr::tr("'/' must be followed by a number"));
            int step = s[i].unicode() - '0';
            ++i;
            if (i < s.size() && isDigit(s[i]) && !digitsFrom(field, s, i, step, &step, &i))
                return false;
            noteIgnored(field, s, i);
            // Quartz does not check the increment of a range.
            if (step == 0)
                note(field, Tr::tr("a step of 0 keeps only the first value of the range, as in Quartz"));
            return add(field, value, end, step);
        }
        noteIgnored(field, s, i);
        return add(field, value, end, 1);
    }
    if (c == QLatin1Char('/')) {
        qsizetype i = pos + 1;
        if (i >= s.size())
            return fail(field, m_token, Tr::tr("'/' must be followed by a number"));
        if (!isDigit(s[i]))
            return fail(field, m_token, Tr::tr("'/' must be followed by a number"));
        int step = s[i].unicode() - '0';
        ++i;
        if (i < s.size()) {
            if (!isDigit(s[i]))
                return fail(field, m_token, Tr::tr("unexpected character '%1' after '/'").arg(s[i]));
            if (!digitsFrom(field, s, i, step, &step, &i))
                return false;
        }
        if (!checkIncrement(field, step))
            return false;
        noteIgnored(field, s, i);
        if (step == 0)
            note(field, Tr::tr("a step of 0 keeps only %1, as in Quartz").arg(value));
        return add(field, value, -1, step);
    }
    // Quartz ignores anything else after a complete number.
    noteIgnored(field, s, pos);
    return add(field, value, -1, 0);
}

bool CronParser::parse(const QString &upper)
{
    int field = CronExpression::Seconds;
    const QStringList tokens = upper.split(QRegularExpression(QStringLiteral("[ \\t]")), Qt::SkipEmptyParts);
    for (const QString &raw : tokens) {
        if (field > CronExpression::Year) {
            m_cron.m_notes.append(Tr::tr("\"%1\" after the year field is ignored, as Quartz ignores it").arg(raw));
            continue;
        }
        // Java's String.trim(): strip characters up to U+0020 at both ends.
        qsizetype b = 0;
        qsizetype e = raw.size();
        while (b < e && raw[b].unicode() <= 0x20)
            ++b;
        while (e > b && raw[e - 1].unicode() <= 0x20)
            --e;
        const QString token = raw.mid(b, e - b);
        m_token = token;
        m_fieldTokens[field] = token;
        const bool hasComma = token.contains(QLatin1Char(','));
        if (field == CronExpression::DayOfMonth && token.contains(QLatin1Char('L')) && token.size() > 1 && hasComma)
            return fail(field, token, Tr::tr("'L' and 'LW' cannot be combined with other days of the month"));
        if (field == CronExpression::DayOfWeek && token.contains(QLatin1Char('L')) && token.size() > 1 && hasComma)
            return fail(field, token, Tr::tr("'L' cannot be combined with other days of the week"));
        if (field == CronExpression::DayOfWeek && token.count(QLatin1Char('#')) > 1)
            return fail(field, token, Tr::tr("only one \"nth day\" ('#') can be given"));
        const QStringList items = token.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &it : items) {
            if (!item(field, it))
                return false;
        }
        ++field;
    }
    if (field <= CronExpression::DayOfWeek) {
        m_error = Tr::tr("Invalid cron expression \"%1\": it has %2 fields; six or seven are needed "
                     "(seconds minutes hours day-of-month month day-of-week [year])")
                      .arg(upper.trimmed())
                      .arg(field);
        return false;
    }
    if (field <= CronExpression::Year) {
        m_token = QStringLiteral("*");
        if (!add(CronExpression::Year, AllSpec, -1, 0))
            return false;
    }

    const auto contains = [](const std::vector<int> &v, int x) { return std::binary_search(v.begin(), v.end(), x); };
    const bool domSpecified = !contains(m_cron.m_sets[CronExpression::DayOfMonth], NoSpec);
    const bool dowSpecified = !contains(m_cron.m_sets[CronExpression::DayOfWeek], NoSpec);
    if (domSpecified == dowSpecified) {
        m_error = domSpecified ? Tr::tr("Invalid cron expression: day-of-month and day-of-week are both given; "
                                    "one of them must be '?'")
                               : Tr::tr("Invalid cron expression: day-of-month and day-of-week are both '?'; "
                                    "exactly one of them must be '?'");
        return false;
    }
    m_cron.m_dayOfMonthSpecified = domSpecified;
    const auto realValues = [](const std::vector<int> &v) {
        return std::count_if(v.begin(), v.end(), [](int x) { return x != AllSpec && x != NoSpec; });
    };
    if (!domSpecified && m_cron.m_nthDayOfWeek != 0 && realValues(m_cron.m_sets[CronExpression::DayOfWeek]) > 1) {
        m_token = m_fieldTokens[CronExpression::DayOfWeek];
        note(CronExpression::DayOfWeek, Tr::tr("with '#' only the first day of the list counts, as in Quartz"));
    }
    if (domSpecified && m_cron.m_nearestWeekday && !m_cron.m_lastDayOfMonth
        && realValues(m_cron.m_sets[CronExpression::DayOfMonth]) > 1) {
        m_token = m_fieldTokens[CronExpression::DayOfMonth];
        note(CronExpression::DayOfMonth, Tr::tr("with 'W' only the first day of the list counts, as in Quartz"));
    }

    // Quartz accepts these but fails on the first evaluation; say so now.
    for (int f : {int(CronExpression::Seconds), int(CronExpression::Minutes), int(CronExpression::Hours),
                  int(CronExpression::Month)}) {
        if (m_cron.m_sets[f].empty()) {
            m_error = Tr::tr("Invalid cron expression: the %1 field has no values").arg(fieldName(f));
            return false;
        }
    }
    if (domSpecified && !m_cron.m_lastDayOfMonth && m_cron.m_sets[CronExpression::DayOfMonth].empty()) {
        m_error = Tr::tr("Invalid cron expression: the day-of-month field has no values");
        return false;
    }
    if (!domSpecified && m_cron.m_sets[CronExpression::DayOfWeek].empty()) {
        m_error = Tr::tr("Invalid cron expression: the day-of-week field has no values");
        return false;
    }
    return true;
}

Result<CronExpression> CronExpression::parse(const QString &expression)
{
    CronExpression cron;
    cron.m_expression = expression.toUpper();
    if (cron.m_expression.trimmed().isEmpty())
        return fail(Tr::tr("The cron expression is empty: six or seven fields are needed "
                       "(seconds minutes hours day-of-month month day-of-week [year])"));
    CronParser parser(cron);
    if (!parser.parse(cron.m_expression))
        return fail(parser.error());
    cron.prepareFastPath();
    return cron;
}

int CronExpression::maxYear()
{
    static const int year = QDateTime::currentDateTimeUtc().date().year() + 100;
    return year;
}

// ---------------------------------------------------------------------------------------------
// Reference evaluation: Quartz's getTimeAfter(), step by step, over the lenient calendar.

namespace {

std::optional<int> firstAtOrAfter(const std::vector<int> &set, int value)
{
    const auto it = std::lower_bound(set.begin(), set.end(), value);
    if (it == set.end())
        return std::nullopt;
    return *it;
}

using Cal = LenientCalendar;

void setCalendarHour(Cal &cal, int hour)
{
    cal.set(Cal::HourOfDay, hour);
    if (cal.get(Cal::HourOfDay) != hour && hour != 24)
        cal.set(Cal::HourOfDay, hour + 1);
}

// Quartz moves a day that falls on a weekend to the nearest weekday within the month.
int nearestWeekdayOf(int day, int weekday, int lastDay)
{
    if (weekday == 7 && day == 1)
        return day + 2;
    if (weekday == 7)
        return day - 1;
    if (weekday == 1 && day == lastDay)
        return day - 2;
    if (weekday == 1)
        return day + 1;
    return day;
}

} // namespace

std::optional<qint64> CronExpression::referenceTimeAfter(qint64 afterMs, const ZoneRules &zone) const
{
    if (isNull())
        return std::nullopt;
    const std::vector<int> &seconds = m_sets[Seconds];
    const std::vector<int> &minutes = m_sets[Minutes];
    const std::vector<int> &hours = m_sets[Hours];
    const std::vector<int> &daysOfMonth = m_sets[DayOfMonth];
    const std::vector<int> &months = m_sets[Month];
    const std::vector<int> &daysOfWeek = m_sets[DayOfWeek];
    const std::vector<int> &years = m_sets[Year];
    const int maxYear = CronExpression::maxYear();

    const qint64 afterTime = afterMs + 1000;
    // Quartz compares weekday candidates, built with the milliseconds of the wall clock at the time
    // of the call, against afterTime with its milliseconds: a coin toss within the start's second.
    // Qronos compares whole seconds, which is Quartz's answer whenever the start has none.
    const qint64 afterSecond = Civil::floorDiv(afterTime, 1000) * 1000;
    Cal cl(zone, afterTime);
    cl.set(Cal::Millisecond, 0);

    // The time of day in this month at which a weekday-adjusted day would fire (Quartz's "tcal").
    auto candidate = [&zone](int year, int month, int day, int hr, int min, int sec, int *weekday) {
        Cal tcal(zone, 0);
        tcal.set(Cal::Second, 0);
        tcal.set(Cal::Minute, 0);
        tcal.set(Cal::HourOfDay, 0);
        tcal.set(Cal::DayOfMonth, day);
        tcal.set(Cal::Month, month - 1);
        tcal.set(Cal::Year, year);
        *weekday = tcal.get(Cal::DayOfWeek);
        return [=](int adjustedDay) mutable {
            tcal.set(Cal::Second, sec);
            tcal.set(Cal::Minute, min);
            tcal.set(Cal::HourOfDay, hr);
            tcal.set(Cal::DayOfMonth, adjustedDay);
            tcal.set(Cal::Month, month - 1);
            return tcal.timeInMillis();
        };
    };

    // Quartz loops forever on a few expressions that never match (e.g. "0 0 12 0W * ?"): its search
    // then stops moving forward. Answer "never" once it has stalled; Quartz's search always advances
    // within a few steps otherwise.
    qint64 furthest = std::numeric_limits<qint64>::min();
    int stalled = 0;
    // Sets the calendar to 00:00:00 of a day (0-based month, both may roll over), to be normalised later.
    const auto midnight = [&cl](int day, int month0) {
        cl.set(Cal::Second, 0);
        cl.set(Cal::Minute, 0);
        cl.set(Cal::HourOfDay, 0);
        cl.set(Cal::DayOfMonth, day);
        cl.set(Cal::Month, month0);
    };

    for (;;) {
        const qint64 position = cl.timeInMillis();
        if (position > furthest) {
            furthest = position;
            stalled = 0;
        } else if (++stalled > 64) {
            return std::nullopt;
        }
        // Quartz gives up at year 2999 here, but it returns nothing later than maxYear() anyway and
        // its search never moves back: stop as soon as the search is past maxYear().
        if (cl.get(Cal::Year) > std::min(2999, maxYear))
            return std::nullopt;

        int sec = cl.get(Cal::Second);
        int min = cl.get(Cal::Minute);
        if (auto s = firstAtOrAfter(seconds, sec)) {
            sec = *s;
        } else {
            sec = seconds.front();
            ++min;
            cl.set(Cal::Minute, min);
        }
        cl.set(Cal::Second, sec);

        min = cl.get(Cal::Minute);
        int hr = cl.get(Cal::HourOfDay);
        int t = -1;
        if (auto m = firstAtOrAfter(minutes, min)) {
            t = min;
            min = *m;
        } else {
            min = minutes.front();
            ++hr;
        }
        if (min != t) {
            cl.set(Cal::Second, 0);
            cl.set(Cal::Minute, min);
            setCalendarHour(cl, hr);
            continue;
        }
        cl.set(Cal::Minute, min);

        hr = cl.get(Cal::HourOfDay);
        int day = cl.get(Cal::DayOfMonth);
        t = -1;
        if (auto h = firstAtOrAfter(hours, hr)) {
            t = hr;
            hr = *h;
        } else {
            hr = hours.front();
            ++day;
        }
        if (hr != t) {
            cl.set(Cal::Second, 0);
            cl.set(Cal::Minute, 0);
            cl.set(Cal::DayOfMonth, day);
            setCalendarHour(cl, hr);
            continue;
        }
        cl.set(Cal::HourOfDay, hr);

        day = cl.get(Cal::DayOfMonth);
        int mon = cl.get(Cal::Month) + 1;
        t = -1;
        int tmon = mon;

        if (m_dayOfMonthSpecified) {
            const std::optional<int> nextDay = firstAtOrAfter(daysOfMonth, day);
            const int year = cl.get(Cal::Year);
            if (m_lastDayOfMonth) {
                if (!m_nearestWeekday) {
                    t = day;
                    day = Civil::daysInMonth(year, mon) - m_lastDayOffset;
                    if (t > day) {
                        ++mon;
                        if (mon > 12) {
                            mon = 1;
                            tmon = 3333; // forces the jump below
                            cl.add(Cal::Year, 1);
                        }
                        day = 1;
                    }
                } else {
                    t = day;
                    day = Civil::daysInMonth(year, mon) - m_lastDayOffset;
                    int weekday = 0;
                    auto at = candidate(year, mon, day, hr, min, sec, &weekday);
                    day = nearestWeekdayOf(day, weekday, Civil::daysInMonth(year, mon));
                    if (at(day) < afterSecond) {
                        day = 1;
                        ++mon;
                    }
                }
            } else if (m_nearestWeekday) {
                t = day;
                day = daysOfMonth.front();
                int weekday = 0;
                auto at = candidate(year, mon, day, hr, min, sec, &weekday);
                day = nearestWeekdayOf(day, weekday, Civil::daysInMonth(year, mon));
                if (at(day) < afterSecond) {
                    day = daysOfMonth.front();
                    ++mon;
                }
            } else if (nextDay) {
                t = day;
                day = *nextDay;
                if (day > Civil::daysInMonth(year, mon)) {
                    day = daysOfMonth.front();
                    ++mon;
                }
            } else {
                day = daysOfMonth.front();
                ++mon;
            }
            if (day != t || mon != tmon) {
                midnight(day, mon - 1);
                continue;
            }
        } else if (m_lastDayOfWeek) {
            const int dow = daysOfWeek.front();
            const int cDow = cl.get(Cal::DayOfWeek);
            int daysToAdd = 0;
            if (cDow < dow)
                daysToAdd = dow - cDow;
            if (cDow > dow)
                daysToAdd = dow + (7 - cDow);
            const int lastDay = Civil::daysInMonth(cl.get(Cal::Year), mon);
            if (day + daysToAdd > lastDay) {
                midnight(1, mon);
                continue;
            }
            while (day + daysToAdd + 7 <= lastDay)
                daysToAdd += 7;
            day += daysToAdd;
            if (daysToAdd > 0) {
                midnight(day, mon - 1);
                continue;
            }
        } else if (m_nthDayOfWeek != 0) {
            const int dow = daysOfWeek.front();
            const int cDow = cl.get(Cal::DayOfWeek);
            int daysToAdd = 0;
            if (cDow < dow)
                daysToAdd = dow - cDow;
            else if (cDow > dow)
                daysToAdd = dow + (7 - cDow);
            const bool dayShifted = daysToAdd > 0;
            day += daysToAdd;
            int weekOfMonth = day / 7;
            if (day % 7 > 0)
                ++weekOfMonth;
            daysToAdd = (m_nthDayOfWeek - weekOfMonth) * 7;
            day += daysToAdd;
            if (daysToAdd < 0 || day > Civil::daysInMonth(cl.get(Cal::Year), mon)) {
                midnight(1, mon);
                continue;
            }
            if (daysToAdd > 0 || dayShifted) {
                midnight(day, mon - 1);
                continue;
            }
        } else {
            const int cDow = cl.get(Cal::DayOfWeek);
            int dow = daysOfWeek.front();
            if (auto d = firstAtOrAfter(daysOfWeek, cDow))
                dow = *d;
            int daysToAdd = 0;
            if (cDow < dow)
                daysToAdd = dow - cDow;
            if (cDow > dow)
                daysToAdd = dow + (7 - cDow);
            const int lastDay = Civil::daysInMonth(cl.get(Cal::Year), mon);
            if (day + daysToAdd > lastDay) {
                midnight(1, mon);
                continue;
            }
            if (daysToAdd > 0) {
                midnight(day + daysToAdd, mon - 1);
                continue;
            }
        }
        cl.set(Cal::DayOfMonth, day);

        mon = cl.get(Cal::Month) + 1;
        int year = cl.get(Cal::Year);
        t = -1;
        if (year > maxYear)
            return std::nullopt;

        if (auto m = firstAtOrAfter(months, mon)) {
            t = mon;
            mon = *m;
        } else {
            mon = months.front();
            ++year;
        }
        if (mon != t) {
            midnight(1, mon - 1);
            cl.set(Cal::Year, year);
            continue;
        }
        cl.set(Cal::Month, mon - 1);

        year = cl.get(Cal::Year);
        t = -1;
        if (auto y = firstAtOrAfter(years, year)) {
            t = year;
            year = *y;
        } else {
            return std::nullopt;
        }
        if (year > maxYear)
            return std::nullopt; // what Quartz answers on its next step, without its calendar's overflow
        if (year != t) {
            midnight(1, 0);
            cl.set(Cal::Year, year);
            continue;
        }
        cl.set(Cal::Year, year);
        return cl.timeInMillis();
    }
}

// ---------------------------------------------------------------------------------------------
// Fast path: the same answers by searching field masks in wall time, for a zone whose offset does
// not change between the start and the answer. Taken only for expressions whose day rules Quartz
// evaluates as a plain predicate on the day (checked by the differential tests and the fuzzer).

void CronExpression::prepareFastPath()
{
    m_fast = false;
    auto maskOf = [](const std::vector<int> &values, int low, int high, std::uint64_t *mask) {
        *mask = 0;
        for (int v : values) {
            if (v == AllSpec || v == NoSpec)
                continue;
            if (v < low || v > high)
                return false;
            *mask |= std::uint64_t(1) << v;
        }
        return true;
    };
    std::uint64_t mask = 0;
    if (!maskOf(m_sets[Seconds], 0, 59, &m_secondMask) || !maskOf(m_sets[Minutes], 0, 59, &m_minuteMask))
        return;
    if (!maskOf(m_sets[Hours], 0, 23, &mask))
        return;
    m_hourMask = std::uint32_t(mask);
    if (!maskOf(m_sets[Month], 1, 12, &mask))
        return;
    m_monthMask = std::uint16_t(mask);
    if (m_secondMask == 0 || m_minuteMask == 0 || m_hourMask == 0 || m_monthMask == 0)
        return;

    const std::vector<int> &dom = m_sets[DayOfMonth];
    const std::vector<int> &dow = m_sets[DayOfWeek];
    if (m_dayOfMonthSpecified) {
        if (m_lastDayOfMonth) {
            if (m_nearestWeekday && m_lastDayOffset > 27)
                return;
        } else if (m_nearestWeekday) {
            if (dom.empty() || dom.front() < 1 || dom.front() > 28)
                return;
        } else {
            if (!maskOf(dom, 1, 31, &mask) || mask == 0)
                return;
            m_dayMask = std::uint32_t(mask);
        }
    } else {
        if (m_lastDayOfWeek || m_nthDayOfWeek != 0) {
            if (dow.empty() || dow.front() < 1 || dow.front() > 7)
                return;
        } else {
            if (!maskOf(dow, 1, 7, &mask) || mask == 0)
                return;
            m_weekdayMask = std::uint8_t(mask);
        }
    }
    const std::vector<int> &years = m_sets[Year];
    const int yearCount = maxYear() - 1970 + 1;
    const int markers = int(std::count_if(years.begin(), years.end(), [](int y) { return y == AllSpec || y == NoSpec; }));
    m_everyYear = int(years.size()) - markers == yearCount && years[markers] == 1970 && years.back() == maxYear();
    m_fast = true;
}

namespace {

// The lowest set bit at or above `from`, or -1.
template <typename Mask>
int nextBit(Mask mask, int from)
{
    if (from >= int(sizeof(Mask) * 8))
        return -1;
    const std::uint64_t rest = std::uint64_t(mask) >> from;
    return rest ? from + std::countr_zero(rest) : -1;
}

} // namespace

int CronExpression::fastDayAtOrAfter(int year, int month, int day) const
{
    const int lastDay = Civil::daysInMonth(year, month);
    if (day > lastDay)
        return 0;
    if (m_dayOfMonthSpecified) {
        if (m_lastDayOfMonth || m_nearestWeekday) {
            int target = m_lastDayOfMonth ? lastDay - m_lastDayOffset : m_sets[DayOfMonth].front();
            if (target < 1)
                return 0;
            if (m_nearestWeekday) {
                const int weekday = Civil::dayOfWeek(Civil::daysFromCivil(year, month, target));
                target = nearestWeekdayOf(target, weekday, lastDay);
            }
            return target >= day ? target : 0;
        }
        const int d = nextBit(m_dayMask, day);
        return d > 0 && d <= lastDay ? d : 0;
    }
    const int firstWeekday = Civil::dayOfWeek(Civil::daysFromCivil(year, month, 1)); // of day 1
    if (m_lastDayOfWeek || m_nthDayOfWeek != 0) {
        const int wanted = m_sets[DayOfWeek].front();
        const int first = 1 + (wanted - firstWeekday + 7) % 7; // first such weekday in the month
        int target;
        if (m_lastDayOfWeek)
            target = first + (lastDay - first) / 7 * 7;
        else
            target = first + (m_nthDayOfWeek - 1) * 7;
        return target >= day && target <= lastDay ? target : 0;
    }
    // Rotate the weekday mask so that bit k means "k days after `day`".
    const int weekday = (firstWeekday - 1 + day - 1) % 7 + 1;
    for (int d = day, w = weekday; d <= lastDay && d < day + 7; ++d, w = w % 7 + 1) {
        if (m_weekdayMask & (1u << w))
            return d;
    }
    return 0;
}

CronExpression::FastResult CronExpression::fastTimeAfter(qint64 afterMs, qint64 offsetMs, qint64 *result) const
{
    const qint64 local = Civil::floorDiv(afterMs + 1000 + offsetMs, 1000);
    const qint64 days = Civil::floorDiv(local, Civil::SecondsPerDay);
    int secondOfDay = int(local - days * Civil::SecondsPerDay);
    const Civil::Date date = Civil::civilFromDays(days);
    if (date.year > 100000)
        return FastResult::Fallback;
    int year = int(date.year);
    int month = date.month;
    int day = date.day;
    int hour = secondOfDay / 3600;
    int minute = secondOfDay / 60 % 60;
    int second = secondOfDay % 60;
    const int maxYear = CronExpression::maxYear();
    const std::vector<int> &years = m_sets[Year];

    for (int guard = 0; guard < 100000; ++guard) {
        if (year > maxYear)
            return FastResult::None;
        if (!m_everyYear || year < 1970) {
            const auto y = std::lower_bound(years.begin(), years.end(), year);
            if (y == years.end())
                return FastResult::None;
            if (*y != year) {
                year = *y;
                month = 1;
                day = 1;
                hour = minute = second = 0;
                continue;
            }
        }
        const int m = nextBit(m_monthMask, month);
        if (m < 0) {
            ++year;
            month = 1;
            day = 1;
            hour = minute = second = 0;
            continue;
        }
        if (m != month) {
            month = m;
            day = 1;
            hour = minute = second = 0;
        }
        const int d = fastDayAtOrAfter(year, month, day);
        if (d == 0) {
            if (++month > 12) {
                month = 1;
                ++year;
            }
            day = 1;
            hour = minute = second = 0;
            continue;
        }
        if (d != day) {
            day = d;
            hour = minute = second = 0;
        }
        const int h = nextBit(m_hourMask, hour);
        if (h < 0) {
            ++day;
            hour = minute = second = 0;
            continue;
        }
        if (h != hour) {
            hour = h;
            minute = second = 0;
        }
        const int mi = nextBit(m_minuteMask, minute);
        if (mi < 0) {
            ++hour;
            minute = second = 0;
            if (hour == 24) {
                hour = 0;
                ++day;
            }
            continue;
        }
        if (mi != minute) {
            minute = mi;
            second = 0;
        }
        const int s = nextBit(m_secondMask, second);
        if (s < 0) {
            ++minute;
            second = 0;
            if (minute == 60) {
                minute = 0;
                if (++hour == 24) {
                    hour = 0;
                    ++day;
                }
            }
            continue;
        }
        second = s;
        const qint64 wall = Civil::daysFromCivil(year, month, day) * Civil::SecondsPerDay + hour * 3600 + minute * 60
            + second;
        *result = wall * 1000 - offsetMs;
        return FastResult::Found;
    }
    return FastResult::Fallback;
}

std::optional<qint64> CronExpression::timeAfter(qint64 afterMs, const ZoneRules &zone) const
{
    if (!m_fast)
        return referenceTimeAfter(afterMs, zone);
    const qint64 start = afterMs + 1000;
    const qint64 offset = zone.offsetAtUtc(start);
    qint64 found = 0;
    const FastResult r = fastTimeAfter(afterMs, offset, &found);
    if (zone.isFixed()) {
        if (r == FastResult::Found)
            return found;
        if (r == FastResult::None)
            return std::nullopt;
        return referenceTimeAfter(afterMs, zone);
    }
    // Valid only if the offset is the same over everything Quartz's search looks at: from the start
    // to the answer (a day either side covers any wall-time reading), plus the few days a
    // nearest-weekday candidate may reach back or forward.
    const qint64 margin = (m_nearestWeekday ? 4 : 1) * Civil::MsPerDay;
    if (r == FastResult::Found && zone.nextTransitionAfter(start - margin) > found + margin)
        return found;
    return referenceTimeAfter(afterMs, zone);
}

// Quartz truncates the milliseconds by setting the field, which re-reads the wall time: an instant in
// the first occurrence of a fall-back hour becomes its standard-time twin, an hour later.
static qint64 truncateToSecondAsJava(qint64 utcMs, const ZoneRules &zone)
{
    LenientCalendar cal(zone, utcMs);
    cal.set(LenientCalendar::Millisecond, 0);
    return cal.timeInMillis();
}

bool CronExpression::isSatisfiedBy(qint64 utcMs, const ZoneRules &zone) const
{
    const qint64 original = truncateToSecondAsJava(utcMs, zone);
    const std::optional<qint64> next = timeAfter(original - 1000, zone);
    return next && *next == original;
}

qint64 CronExpression::nextInvalidTimeAfter(qint64 utcMs, const ZoneRules &zone) const
{
    qint64 last = truncateToSecondAsJava(utcMs, zone);
    for (;;) {
        const std::optional<qint64> next = timeAfter(last, zone);
        if (!next || *next - last != 1000)
            break;
        last = *next;
    }
    return last + 1000;
}

} // namespace Qronos
