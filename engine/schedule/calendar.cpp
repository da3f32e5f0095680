#include "calendar.h"

#include "annualcalendar.h"
#include "civiltime.h"
#include "croncalendar.h"
#include "dailycalendar.h"
#include "holidaycalendar.h"
#include "lenientcalendar.h"
#include "monthlycalendar.h"
#include "weeklycalendar.h"
#include "workdaycalendar.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace Qronos {

namespace {

// Gives lupdate and the translator the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::Calendar)
};

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

QString fieldPath(const QString &prefix, const QString &field) { return prefix.isEmpty() ? field : prefix + u'.' + field; }

Failure badField(const QString &path, const QString &expected, const QJsonValue &got)
{
    QString shown;
    if (got.isString())
        shown = u'"' + got.toString() + u'"';
    else if (got.isDouble())
        shown = QString::number(got.toDouble());
    else
        shown = jsonTypeName(got);
    return fail(Tr::tr("Calendar JSON field \"%1\": expected %2, got %3").arg(path, expected, shown));
}

Result<QJsonArray> arrayField(const QJsonObject &json, const QString &prefix, const QString &field)
{
    const QJsonValue v = json.value(field);
    if (v.isUndefined())
        return fail(Tr::tr("Calendar JSON field \"%1\" is missing").arg(fieldPath(prefix, field)));
    if (!v.isArray())
        return badField(fieldPath(prefix, field), Tr::tr("an array"), v);
    return v.toArray();
}

QString itemPath(const QString &prefix, const QString &field, qsizetype i)
{
    return fieldPath(prefix, field) + u'[' + QString::number(i) + u']';
}

/// An integer in [low, high] or a failure naming the item.
Result<int> intItem(const QJsonValue &v, const QString &path, int low, int high, const QString &what)
{
    const double d = v.toDouble();
    if (!v.isDouble() || !(d >= low && d <= high) || d != std::floor(d))
        return badField(path, what, v);
    return int(d);
}

/// "excludedWeekdays" (optional: Saturday and Sunday when missing), "holidays" and "makeUpWorkdays"
/// (optional), whose items are "YYYY-MM-DD" or {"date": "YYYY-MM-DD", "label": text}.
Result<std::shared_ptr<WorkdayCalendar>> workdayFromJson(const QJsonObject &json, const QString &prefix)
{
    auto workday = std::make_shared<WorkdayCalendar>();
    if (json.contains(QLatin1String("excludedWeekdays"))) {
        const Result<QJsonArray> days = arrayField(json, prefix, QStringLiteral("excludedWeekdays"));
        if (!days)
            return fail(days.error());
        for (int weekday = 1; weekday <= 7; ++weekday)
            workday->setWeekdayExcluded(weekday, false);
        for (qsizetype i = 0; i < days->size(); ++i) {
            const Result<int> day = intItem(days->at(i), itemPath(prefix, QStringLiteral("excludedWeekdays"), i), 1, 7,
                                            Tr::tr("a weekday 1 (Sunday) to 7 (Saturday)"));
            if (!day)
                return fail(day.error());
            workday->setWeekdayExcluded(*day, true);
        }
    }
    for (const QString &field : {QStringLiteral("holidays"), QStringLiteral("makeUpWorkdays")}) {
        if (!json.contains(field))
            continue;
        const Result<QJsonArray> dates = arrayField(json, prefix, field);
        if (!dates)
            return fail(dates.error());
        for (qsizetype i = 0; i < dates->size(); ++i) {
            const QJsonValue item = dates->at(i);
            const QString path = itemPath(prefix, field, i);
            QJsonValue dateValue = item;
            QString label;
            if (item.isObject()) {
                const QJsonObject entry = item.toObject();
                dateValue = entry.value(QLatin1String("date"));
                const QJsonValue labelValue = entry.value(QLatin1String("label"));
                if (!labelValue.isUndefined() && !labelValue.isNull()) {
                    if (!labelValue.isString())
                        return badField(fieldPath(path, QStringLiteral("label")), Tr::tr("a string"), labelValue);
                    label = labelValue.toString();
                }
            }
            const QString text = dateValue.toString();
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (!dateValue.isString() || !date.isValid() || text.size() != 10)
                return badField(item.isObject() ? fieldPath(path, QStringLiteral("date")) : path,
                                Tr::tr("a date YYYY-MM-DD"), dateValue);
            if (field == QLatin1String("holidays"))
                workday->addHoliday(date, label);
            else
                workday->addMakeUpWorkday(date, label);
        }
    }
    return workday;
}

Result<std::shared_ptr<Calendar>> calendarFromJson(const QJsonObject &json, const QString &prefix)
{
    const QJsonValue kindValue = json.value(QLatin1String("kind"));
    const QString kindPath = fieldPath(prefix, QStringLiteral("kind"));
    if (kindValue.isUndefined())
        return fail(Tr::tr("Calendar JSON field \"%1\" is missing").arg(kindPath));
    const QString kind = kindValue.toString();
    const QString kinds =
        Tr::tr("one of \"holiday\", \"annual\", \"monthly\", \"weekly\", \"daily\", \"cron\", \"workday\"");

    std::shared_ptr<Calendar> calendar;
    if (kind == QLatin1String("holiday")) {
        const Result<QJsonArray> dates = arrayField(json, prefix, QStringLiteral("excludedDates"));
        if (!dates)
            return fail(dates.error());
        auto holiday = std::make_shared<HolidayCalendar>();
        for (qsizetype i = 0; i < dates->size(); ++i) {
            const QJsonValue v = dates->at(i);
            const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
            if (!v.isString() || !date.isValid() || v.toString().size() != 10)
                return badField(itemPath(prefix, QStringLiteral("excludedDates"), i), Tr::tr("a date YYYY-MM-DD"), v);
            holiday->addExcludedDate(date);
        }
        calendar = holiday;
    } else if (kind == QLatin1String("annual")) {
        const Result<QJsonArray> days = arrayField(json, prefix, QStringLiteral("excludedDays"));
        if (!days)
            return fail(days.error());
        auto annual = std::make_shared<AnnualCalendar>();
        for (qsizetype i = 0; i < days->size(); ++i) {
            const QJsonValue v = days->at(i);
            const std::optional<std::pair<int, int>> monthDay = AnnualCalendar::parseMonthDay(v.toString());
            if (!v.isString() || !monthDay)
                return badField(itemPath(prefix, QStringLiteral("excludedDays"), i), Tr::tr("a month and day MM-DD"), v);
            annual->setDayExcluded(monthDay->first, monthDay->second, true);
        }
        calendar = annual;
    } else if (kind == QLatin1String("monthly")) {
        const Result<QJsonArray> days = arrayField(json, prefix, QStringLiteral("excludedDays"));
        if (!days)
            return fail(days.error());
        auto monthly = std::make_shared<MonthlyCalendar>();
        for (qsizetype i = 0; i < days->size(); ++i) {
            const Result<int> day = intItem(days->at(i), itemPath(prefix, QStringLiteral("excludedDays"), i), 1, 31,
                                            Tr::tr("a day of the month 1 to 31"));
            if (!day)
                return fail(day.error());
            monthly->setDayExcluded(*day, true);
        }
        calendar = monthly;
    } else if (kind == QLatin1String("weekly")) {
        const Result<QJsonArray> days = arrayField(json, prefix, QStringLiteral("excludedDays"));
        if (!days)
            return fail(days.error());
        auto weekly = std::make_shared<WeeklyCalendar>(QList<int>{});
        for (qsizetype i = 0; i < days->size(); ++i) {
            const Result<int> day = intItem(days->at(i), itemPath(prefix, QStringLiteral("excludedDays"), i), 1, 7,
                                            Tr::tr("a weekday 1 (Sunday) to 7 (Saturday)"));
            if (!day)
                return fail(day.error());
            weekly->setDayExcluded(*day, true);
        }
        calendar = weekly;
    } else if (kind == QLatin1String("daily")) {
        QString times[2];
        const QString names[2] = {QStringLiteral("rangeStart"), QStringLiteral("rangeEnd")};
        for (int i = 0; i < 2; ++i) {
            const QJsonValue v = json.value(names[i]);
            if (v.isUndefined())
                return fail(Tr::tr("Calendar JSON field \"%1\" is missing").arg(fieldPath(prefix, names[i])));
            if (!v.isString())
                return badField(fieldPath(prefix, names[i]), Tr::tr("a time of day \"HH:MM[:SS[:mmm]]\""), v);
            times[i] = v.toString();
        }
        const QJsonValue invert = json.value(QLatin1String("invertTimeRange"));
        if (!invert.isUndefined() && !invert.isBool())
            return badField(fieldPath(prefix, QStringLiteral("invertTimeRange")), Tr::tr("true or false"), invert);
        Result<std::shared_ptr<DailyCalendar>> daily = DailyCalendar::create(times[0], times[1]);
        if (!daily)
            return fail(Tr::tr("Calendar JSON fields \"%1\"/\"%2\": %3")
                            .arg(fieldPath(prefix, names[0]), fieldPath(prefix, names[1]), daily.error()));
        (*daily)->setInvertTimeRange(invert.toBool(false));
        calendar = *daily;
    } else if (kind == QLatin1String("cron")) {
        const QString path = fieldPath(prefix, QStringLiteral("cronExpression"));
        const QJsonValue v = json.value(QLatin1String("cronExpression"));
        if (v.isUndefined())
            return fail(Tr::tr("Calendar JSON field \"%1\" is missing").arg(path));
        if (!v.isString())
            return badField(path, Tr::tr("a cron expression"), v);
        const Result<CronExpression> cron = CronExpression::parse(v.toString());
        if (!cron)
            return fail(Tr::tr("Calendar JSON field \"%1\": %2").arg(path, cron.error()));
        calendar = std::make_shared<CronCalendar>(*cron);
    } else if (kind == QLatin1String("workday")) {
        Result<std::shared_ptr<WorkdayCalendar>> workday = workdayFromJson(json, prefix);
        if (!workday)
            return fail(workday.error());
        calendar = *workday;
    } else {
        return badField(kindPath, kinds, kindValue);
    }

    const QJsonValue description = json.value(QLatin1String("description"));
    if (!description.isUndefined() && !description.isNull()) {
        if (!description.isString())
            return badField(fieldPath(prefix, QStringLiteral("description")), Tr::tr("a string"), description);
        calendar->setDescription(description.toString());
    }

    const QJsonValue zone = json.value(QLatin1String("timeZone"));
    if (!zone.isUndefined() && !zone.isNull()) {
        const QString path = fieldPath(prefix, QStringLiteral("timeZone"));
        if (!zone.isString() || zone.toString().isEmpty())
            return badField(path, Tr::tr("an IANA time-zone id such as \"Europe/Berlin\""), zone);
        const Result<ZoneRulesPtr> rules = ZoneRules::forId(zone.toString().toUtf8());
        if (!rules)
            return fail(Tr::tr("Calendar JSON field \"%1\": %2").arg(path, rules.error()));
        calendar->setZone(*rules);
    }

    const QJsonValue base = json.value(QLatin1String("base"));
    if (!base.isUndefined() && !base.isNull()) {
        const QString path = fieldPath(prefix, QStringLiteral("base"));
        if (!base.isObject())
            return badField(path, Tr::tr("a calendar object"), base);
        Result<std::shared_ptr<Calendar>> baseCalendar = calendarFromJson(base.toObject(), path);
        if (!baseCalendar)
            return baseCalendar;
        calendar->setBaseCalendar(*baseCalendar);
    }
    return calendar;
}

thread_local qint64 t_searchBudget = -1; // -1: no search running on this thread
thread_local bool t_searchGivenUp = false;

} // namespace

Calendar::SearchBudget::SearchBudget()
{
    if (t_searchBudget < 0) {
        t_searchBudget = SearchWork;
        t_searchGivenUp = false;
        m_owner = true;
    }
}

Calendar::SearchBudget::~SearchBudget()
{
    if (m_owner) {
        t_searchBudget = -1;
        t_searchGivenUp = false;
    }
}

bool Calendar::SearchBudget::spend(qint64 work)
{
    if (t_searchGivenUp || t_searchBudget < work) {
        t_searchGivenUp = true;
        return false;
    }
    t_searchBudget -= work;
    return true;
}

qint64 Calendar::SearchBudget::giveUp()
{
    t_searchGivenUp = true;
    return 0;
}

qint64 Calendar::SearchBudget::answer(qint64 result) const
{
    return t_searchGivenUp ? 0 : result;
}

bool Calendar::isTimeIncluded(qint64 utcMs) const
{
    // Quartz throws IllegalArgumentException for utcMs <= 0; the engine never asks about such times.
    return baseIncludes(utcMs);
}

qint64 Calendar::nextIncludedTime(qint64 utcMs) const
{
    return m_base ? m_base->nextIncludedTime(utcMs) : utcMs;
}

qint64 Calendar::startOfDay(qint64 utcMs) const
{
    LenientCalendar day(*m_zone, utcMs);
    day.set(LenientCalendar::HourOfDay, 0);
    day.set(LenientCalendar::Minute, 0);
    day.set(LenientCalendar::Second, 0);
    day.set(LenientCalendar::Millisecond, 0);
    return day.timeInMillis();
}

qint64 Calendar::endOfDay(qint64 utcMs) const
{
    LenientCalendar day(*m_zone, utcMs);
    day.set(LenientCalendar::HourOfDay, 23);
    day.set(LenientCalendar::Minute, 59);
    day.set(LenientCalendar::Second, 59);
    day.set(LenientCalendar::Millisecond, 999);
    return day.timeInMillis();
}

QString Calendar::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Holiday: return QStringLiteral("holiday");
    case Kind::Annual: return QStringLiteral("annual");
    case Kind::Monthly: return QStringLiteral("monthly");
    case Kind::Weekly: return QStringLiteral("weekly");
    case Kind::Daily: return QStringLiteral("daily");
    case Kind::Cron: return QStringLiteral("cron");
    case Kind::Workday: return QStringLiteral("workday");
    }
    return QString();
}

QJsonObject Calendar::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("kind"), kindName(kind()));
    if (!m_description.isEmpty())
        json.insert(QLatin1String("description"), m_description);
    json.insert(QLatin1String("timeZone"), QString::fromUtf8(m_zone->id()));
    if (m_base)
        json.insert(QLatin1String("base"), m_base->toJson());
    return json;
}

Result<std::shared_ptr<Calendar>> Calendar::fromJson(const QJsonObject &json)
{
    return calendarFromJson(json, QString());
}

} // namespace Qronos
