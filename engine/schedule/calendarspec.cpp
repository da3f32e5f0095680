#include "calendarspec.h"

#include "annualcalendar.h"
#include "croncalendar.h"
#include "dailycalendar.h"
#include "holidaycalendar.h"
#include "monthlycalendar.h"
#include "weeklycalendar.h"
#include "workdaycalendar.h"

#include <QCoreApplication>
#include <QDate>

namespace Qronos {

namespace {

// Gives lupdate and the translator the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::CalendarSpec)
};

// The form is strict, with no spaces anywhere: it is a protocol, and the Quartz oracle reads it the same way.

/// Comma-separated items; an empty argument is an empty list, an empty item is an error.
Result<QStringList> listItems(const QString &args, const QString &expected)
{
    if (args.isEmpty())
        return QStringList();
    const QStringList items = args.split(u',');
    for (const QString &item : items) {
        if (item.isEmpty())
            return fail(Tr::tr("empty item in \"%1\"; expected %2").arg(args, expected));
    }
    return items;
}

/// Fixed-width groups of ASCII digits separated by '-', e.g. {4, 2, 2} for YYYY-MM-DD.
std::optional<std::vector<int>> digitGroups(const QString &text, std::initializer_list<int> widths)
{
    std::vector<int> values;
    qsizetype pos = 0;
    for (int width : widths) {
        if (pos > 0) {
            if (pos >= text.size() || text[pos] != u'-')
                return std::nullopt;
            ++pos;
        }
        int value = 0;
        for (int i = 0; i < width; ++i, ++pos) {
            if (pos >= text.size() || text[pos] < u'0' || text[pos] > u'9')
                return std::nullopt;
            value = value * 10 + (text[pos].unicode() - u'0');
        }
        values.push_back(value);
    }
    if (pos != text.size())
        return std::nullopt;
    return values;
}

/// One or two ASCII digits.
std::optional<int> smallNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 2)
        return std::nullopt;
    int value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

/// "weekend=D,...;holidays=YYYY-MM-DD,...;workdays=YYYY-MM-DD,...", each section optional and at most once.
Result<std::shared_ptr<Calendar>> parseWorkday(const QString &args)
{
    auto workday = std::make_shared<WorkdayCalendar>();
    if (args.isEmpty())
        return std::shared_ptr<Calendar>(workday);
    QStringList seen;
    for (const QString &section : args.split(u';')) {
        const qsizetype equals = section.indexOf(u'=');
        const QString key = section.left(equals);
        if (equals < 0
            || (key != QLatin1String("weekend") && key != QLatin1String("holidays") && key != QLatin1String("workdays")))
            return fail(Tr::tr("\"%1\" is not a section of a working-day calendar; expected weekend=D,..., "
                               "holidays=YYYY-MM-DD,... or workdays=YYYY-MM-DD,... separated by \";\"")
                            .arg(section));
        if (seen.contains(key))
            return fail(Tr::tr("the section \"%1\" appears twice").arg(key));
        seen.append(key);
        const QString value = section.mid(equals + 1);
        if (key == QLatin1String("weekend")) {
            const QString expected = Tr::tr("weekdays 1 (Sunday) to 7 (Saturday) separated by commas");
            const Result<QStringList> items = listItems(value, expected);
            if (!items)
                return fail(items.error());
            for (int weekday = 1; weekday <= 7; ++weekday)
                workday->setWeekdayExcluded(weekday, false);
            for (const QString &item : *items) {
                const std::optional<int> day = smallNumber(item);
                if (!day || *day < 1 || *day > 7)
                    return fail(Tr::tr("\"%1\" is not a weekday; expected %2").arg(item, expected));
                workday->setWeekdayExcluded(*day, true);
            }
            continue;
        }
        const QString expected = Tr::tr("dates YYYY-MM-DD separated by commas");
        const Result<QStringList> items = listItems(value, expected);
        if (!items)
            return fail(items.error());
        for (const QString &item : *items) {
            const std::optional<std::vector<int>> ymd = digitGroups(item, {4, 2, 2});
            const QDate date = ymd ? QDate((*ymd)[0], (*ymd)[1], (*ymd)[2]) : QDate();
            if (!date.isValid())
                return fail(Tr::tr("\"%1\" is not a date; expected %2").arg(item, expected));
            if (key == QLatin1String("holidays"))
                workday->addHoliday(date);
            else
                workday->addMakeUpWorkday(date);
        }
    }
    return std::shared_ptr<Calendar>(workday);
}

Result<std::shared_ptr<Calendar>> parsePart(const QString &kind, const QString &args)
{
    if (kind == QLatin1String("holiday")) {
        const QString expected = Tr::tr("dates YYYY-MM-DD separated by commas");
        const Result<QStringList> items = listItems(args, expected);
        if (!items)
            return fail(items.error());
        auto holiday = std::make_shared<HolidayCalendar>();
        for (const QString &item : *items) {
            const std::optional<std::vector<int>> ymd = digitGroups(item, {4, 2, 2});
            const QDate date = ymd ? QDate((*ymd)[0], (*ymd)[1], (*ymd)[2]) : QDate();
            if (!date.isValid())
                return fail(Tr::tr("\"%1\" is not a date; expected %2").arg(item, expected));
            holiday->addExcludedDate(date);
        }
        return std::shared_ptr<Calendar>(holiday);
    }
    if (kind == QLatin1String("weekly")) {
        const QString expected = Tr::tr("weekdays 1 (Sunday) to 7 (Saturday) separated by commas");
        const Result<QStringList> items = listItems(args, expected);
        if (!items)
            return fail(items.error());
        auto weekly = std::make_shared<WeeklyCalendar>(QList<int>{});
        for (const QString &item : *items) {
            const std::optional<int> day = smallNumber(item);
            if (!day || *day < 1 || *day > 7)
                return fail(Tr::tr("\"%1\" is not a weekday; expected %2").arg(item, expected));
            weekly->setDayExcluded(*day, true);
        }
        return std::shared_ptr<Calendar>(weekly);
    }
    if (kind == QLatin1String("monthly")) {
        const QString expected = Tr::tr("days of the month 1 to 31 separated by commas");
        const Result<QStringList> items = listItems(args, expected);
        if (!items)
            return fail(items.error());
        auto monthly = std::make_shared<MonthlyCalendar>();
        for (const QString &item : *items) {
            const std::optional<int> day = smallNumber(item);
            if (!day || *day < 1 || *day > 31)
                return fail(Tr::tr("\"%1\" is not a day of the month; expected %2").arg(item, expected));
            monthly->setDayExcluded(*day, true);
        }
        return std::shared_ptr<Calendar>(monthly);
    }
    if (kind == QLatin1String("annual")) {
        const QString expected = Tr::tr("days of the year MM-DD separated by commas");
        const Result<QStringList> items = listItems(args, expected);
        if (!items)
            return fail(items.error());
        auto annual = std::make_shared<AnnualCalendar>();
        for (const QString &item : *items) {
            const std::optional<std::pair<int, int>> monthDay =
                digitGroups(item, {2, 2}) ? AnnualCalendar::parseMonthDay(item) : std::nullopt;
            if (!monthDay)
                return fail(Tr::tr("\"%1\" is not a day of the year; expected %2").arg(item, expected));
            annual->setDayExcluded(monthDay->first, monthDay->second, true);
        }
        return std::shared_ptr<Calendar>(annual);
    }
    if (kind == QLatin1String("cron")) {
        if (args.trimmed().isEmpty())
            return fail(Tr::tr("the cron expression is missing; expected cron:EXPR, e.g. cron:* * 0-7 ? * *"));
        Result<std::shared_ptr<CronCalendar>> cron = CronCalendar::create(args);
        if (!cron)
            return fail(cron.error());
        return std::shared_ptr<Calendar>(*cron);
    }
    if (kind == QLatin1String("daily") || kind == QLatin1String("dailyinv")) {
        const QStringList range = args.split(u'-');
        if (range.size() != 2)
            return fail(Tr::tr("\"%1\" is not a time range; expected START-END with times H:M[:S[:mmm]], e.g. 08:00-17:30")
                            .arg(args));
        Result<std::shared_ptr<DailyCalendar>> daily = DailyCalendar::create(range[0], range[1]);
        if (!daily)
            return fail(daily.error());
        (*daily)->setInvertTimeRange(kind == QLatin1String("dailyinv"));
        return std::shared_ptr<Calendar>(*daily);
    }
    if (kind == QLatin1String("workday"))
        return parseWorkday(args);
    return fail(Tr::tr("unknown calendar kind \"%1\"; expected holiday, weekly, monthly, annual, cron, daily, dailyinv or workday")
                    .arg(kind));
}

} // namespace

Result<CalendarPtr> parseCalendarSpec(const QString &spec, ZoneRulesPtr zone)
{
    const QString &text = spec;
    if (text.isEmpty() || text == QLatin1String("-"))
        return CalendarPtr();
    if (!zone)
        zone = ZoneRules::utc();

    const QStringList parts = text.split(u'+');
    std::vector<std::shared_ptr<Calendar>> calendars;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts[i];
        const QString where = Tr::tr("Calendar spec part %1 \"%2\"").arg(i + 1).arg(part);
        const qsizetype colon = part.indexOf(u':');
        if (colon < 0)
            return fail(Tr::tr("%1: expected KIND:ARGUMENTS with KIND one of holiday, weekly, monthly, annual, cron, daily, dailyinv, workday")
                            .arg(where));
        Result<std::shared_ptr<Calendar>> calendar = parsePart(part.left(colon), part.mid(colon + 1));
        if (!calendar)
            return fail(Tr::tr("%1: %2").arg(where, calendar.error()));
        (*calendar)->setZone(zone);
        calendars.push_back(*calendar);
    }
    for (size_t i = calendars.size() - 1; i > 0; --i)
        calendars[i - 1]->setBaseCalendar(calendars[i]);
    return CalendarPtr(calendars.front());
}

} // namespace Qronos
