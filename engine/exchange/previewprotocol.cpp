#include "previewprotocol.h"

#include "exchange/isotime.h"
#include "model/trigger.h"
#include "schedule/calendarspec.h"
#include "schedule/civiltime.h"
#include "schedule/firetimes.h"

#include <QCoreApplication>

namespace Qronos::PreviewProtocol {

namespace {

constexpr int MaxCount = 10000;

// Gives lupdate and the translator the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::PreviewProtocol)
};

struct Request
{
    QList<QStringView> columns;
    QString error;

    bool failed() const { return !error.isEmpty(); }
    void setError(const QString &e)
    {
        if (error.isEmpty())
            error = e;
    }

    qint64 instant(int column, const char *what)
    {
        const std::optional<qint64> t = IsoTime::parse(columns[column]);
        if (!t)
            setError(Tr::tr("%1 \"%2\" is not an ISO-8601 time with an offset (YYYY-MM-DDTHH:MM:SS[.mmm](Z|±HH:MM))")
                         .arg(QString::fromLatin1(what), columns[column]));
        return t.value_or(0);
    }
    std::optional<qint64> optionalInstant(int column, const char *what)
    {
        if (columns[column] == QLatin1String("-"))
            return std::nullopt;
        return instant(column, what);
    }
    qint64 integer(int column, const char *what, qint64 min, qint64 max)
    {
        // Strictly an optional '-' and digits: no spaces, no '+'.
        const QStringView text = columns[column];
        bool ok = !text.isEmpty();
        for (qsizetype i = 0; ok && i < text.size(); ++i)
            ok = (text[i] >= QLatin1Char('0') && text[i] <= QLatin1Char('9')) || (i == 0 && text[i] == QLatin1Char('-') && text.size() > 1);
        const qint64 v = ok ? text.toLongLong(&ok) : 0;
        if (!ok || v < min || v > max) {
            setError(Tr::tr("%1 \"%2\" must be a whole number from %3 to %4")
                         .arg(QString::fromLatin1(what), columns[column])
                         .arg(min)
                         .arg(max));
        }
        return v;
    }
    bool boolean(int column, const char *what)
    {
        if (columns[column] == QLatin1String("true"))
            return true;
        if (columns[column] != QLatin1String("false"))
            setError(Tr::tr("%1 \"%2\" must be true or false").arg(QString::fromLatin1(what), columns[column]));
        return false;
    }
    IntervalUnit unit(int column)
    {
        const std::optional<IntervalUnit> u = intervalUnitFromName(columns[column].toString());
        if (!u || *u == IntervalUnit::Millisecond || columns[column] != columns[column].toString().toUpper())
            setError(Tr::tr("UNIT \"%1\" must be SECOND, MINUTE, HOUR, DAY, WEEK, MONTH or YEAR").arg(columns[column]));
        return u.value_or(IntervalUnit::Day);
    }
    std::optional<TimeOfDay> timeOfDay(int column, const char *what, TimeOfDay fallback)
    {
        if (columns[column] == QLatin1String("-"))
            return fallback;
        const QString text = columns[column].toString();
        const std::optional<TimeOfDay> t = text.size() == 8 ? TimeOfDay::fromString(text) : std::nullopt;
        if (!t)
            setError(Tr::tr("%1 \"%2\" must be HH:MM:SS or -").arg(QString::fromLatin1(what), columns[column]));
        return t;
    }
};

QString formatTimes(const QList<qint64> &times, int count)
{
    QString out;
    out.reserve(times.size() * 25 + 4);
    for (qint64 t : times) {
        if (!out.isEmpty())
            out.append(QLatin1Char(' '));
        out.append(IsoTime::formatUtc(t));
    }
    if (times.size() < count)
        out.append(out.isEmpty() ? QStringLiteral("END") : QStringLiteral(" END"));
    return out;
}

QString error(const QString &message) { return QStringLiteral("ERROR\t") + message; }

} // namespace

QString answer(QStringView rawLine)
{
    QStringView line = rawLine;
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    Request r;
    r.columns = line.split(QLatin1Char('\t'));
    const QStringView kind = r.columns.value(0);

    // Columns after the kind, without the optional CAL column.
    int fixed = 0;
    if (kind == QLatin1String("cron"))
        fixed = 4;
    else if (kind == QLatin1String("crontrig"))
        fixed = 5;
    else if (kind == QLatin1String("simple"))
        fixed = 6;
    else if (kind == QLatin1String("calint"))
        fixed = 8;
    else if (kind == QLatin1String("daily"))
        fixed = 10;
    else
        return error(Tr::tr("unknown request kind \"%1\" (cron, crontrig, simple, calint or daily)").arg(kind));
    const int given = int(r.columns.size()) - 1;
    if (given != fixed && given != fixed + 1) {
        return error(Tr::tr("a %1 request has %2 or %3 TAB-separated columns after the kind, this one has %4")
                         .arg(kind)
                         .arg(fixed)
                         .arg(fixed + 1)
                         .arg(given));
    }
    const int tzColumn = fixed - 1;
    const QByteArray zoneId = r.columns[tzColumn].toUtf8();
    const Result<ZoneRulesPtr> zone = ZoneRules::forId(zoneId);
    if (!zone)
        return error(zone.error());
    const int count = int(r.integer(tzColumn + 1, "COUNT", 1, MaxCount));
    const QString calendarSpec = given == fixed + 1 ? r.columns[fixed + 1].toString() : QStringLiteral("-");
    if (calendarSpec.isEmpty())
        r.setError(Tr::tr("CAL is empty: give - for no calendar"));
    if (r.failed())
        return error(r.error);
    const Result<CalendarPtr> calendar = parseCalendarSpec(calendarSpec, *zone);
    if (!calendar)
        return error(calendar.error());
    const Calendar *cal = calendar->get();

    if (kind == QLatin1String("cron")) {
        const Result<CronExpression> cron = CronExpression::parse(r.columns[1].toString());
        if (!cron)
            return error(cron.error());
        const qint64 from = r.instant(2, "FROM");
        if (r.failed())
            return error(r.error);
        QList<qint64> times;
        std::optional<qint64> t = Civil::floorDiv(from, 1000) * 1000;
        while (times.size() < count) {
            t = cron->timeAfter(*t, **zone);
            while (t && cal && !cal->isTimeIncluded(*t))
                t = cron->timeAfter(*t, **zone);
            if (!t)
                break;
            times.append(*t);
        }
        return formatTimes(times, count);
    }

    Trigger trigger;
    trigger.setKey(TriggerKey(QStringLiteral("preview")));
    trigger.setJobKey(JobKey(QStringLiteral("preview")));
    trigger.setTimeZoneId(zoneId);
    if (kind == QLatin1String("crontrig")) {
        const Result<CronExpression> cron = CronExpression::parse(r.columns[1].toString());
        if (!cron)
            return error(cron.error());
        trigger.setSchedule(CronSchedule{*cron});
        trigger.setStartTime(r.instant(2, "START"));
        trigger.setEndTime(r.optionalInstant(3, "END"));
    } else {
        trigger.setStartTime(r.instant(1, "START"));
        trigger.setEndTime(r.optionalInstant(2, "END"));
        if (kind == QLatin1String("simple")) {
            SimpleSchedule s;
            s.repeatIntervalMs = r.integer(3, "INTERVAL_MS", 0, std::numeric_limits<qint64>::max());
            s.repeatCount = int(r.integer(4, "REPEAT_COUNT", -1, std::numeric_limits<int>::max()));
            trigger.setSchedule(s);
        } else if (kind == QLatin1String("calint")) {
            CalendarIntervalSchedule s;
            s.repeatInterval = int(r.integer(3, "INTERVAL", std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
            s.unit = r.unit(4);
            s.preserveHourOfDayAcrossDaylightSavings = r.boolean(5, "PRESERVE_HOUR");
            s.skipDayIfHourDoesNotExist = r.boolean(6, "SKIP_DAY");
            trigger.setSchedule(s);
        } else {
            DailyTimeIntervalSchedule s;
            s.repeatInterval = int(r.integer(3, "INTERVAL", std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
            s.unit = r.unit(4);
            s.repeatCount = int(r.integer(5, "REPEAT_COUNT", -1, std::numeric_limits<int>::max()));
            if (r.columns[6] != QLatin1String("*")) {
                s.daysOfWeek = 0;
                for (QStringView day : r.columns[6].split(QLatin1Char(','))) {
                    bool ok = false;
                    const int d = day.toInt(&ok);
                    if (!ok || d < 1 || d > 7) {
                        r.setError(Tr::tr("DAYS \"%1\" must be * or a comma list of 1 (Sunday) to 7 (Saturday)")
                                       .arg(r.columns[6]));
                        break;
                    }
                    s.daysOfWeek |= quint8(1u << d);
                }
            }
            if (const auto start = r.timeOfDay(7, "START_TOD", TimeOfDay{0, 0, 0}))
                s.startTimeOfDay = *start;
            if (const auto end = r.timeOfDay(8, "END_TOD", TimeOfDay{23, 59, 59}))
                s.endTimeOfDay = *end;
            trigger.setSchedule(s);
        }
    }
    if (r.failed())
        return error(r.error);
    if (const Result<Done> valid = FireTimes::validate(trigger); !valid)
        return error(valid.error());
    return formatTimes(FireTimes::computeFireTimes(trigger, cal, count), count);
}

} // namespace Qronos::PreviewProtocol
