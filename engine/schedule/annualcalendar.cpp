#include "annualcalendar.h"

#include "civiltime.h"
#include "lenientcalendar.h"

#include <QJsonArray>

namespace Qronos {

std::shared_ptr<Calendar> AnnualCalendar::clone() const
{
    return std::shared_ptr<AnnualCalendar>(new AnnualCalendar(*this));
}

bool AnnualCalendar::isDayExcludedAt(qint64 utcMs, int month, int day) const
{
    // Quartz checks the base chain first, at the instant of the day it was given.
    if (!Calendar::isTimeIncluded(utcMs))
        return true;
    return m_days.count({month, day}) != 0;
}

bool AnnualCalendar::isTimeIncluded(qint64 utcMs) const
{
    if (!Calendar::isTimeIncluded(utcMs))
        return false;
    LenientCalendar day(zone(), utcMs);
    return !isDayExcludedAt(utcMs, day.get(LenientCalendar::Month) + 1, day.get(LenientCalendar::DayOfMonth));
}

qint64 AnnualCalendar::nextIncludedTime(qint64 utcMs) const
{
    SearchBudget budget;
    const qint64 baseTime = Calendar::nextIncludedTime(utcMs);
    if (baseTime > 0 && baseTime > utcMs)
        utcMs = baseTime;

    LenientCalendar day(zone(), startOfDay(utcMs));
    const auto excluded = [&] {
        return isDayExcludedAt(day.timeInMillis(), day.get(LenientCalendar::Month) + 1,
                               day.get(LenientCalendar::DayOfMonth));
    };
    if (!excluded())
        return budget.answer(utcMs);
    for (int step = 0; excluded(); ++step) {
        // Quartz would go on forever.
        if (step == MaxDaySteps || !budget.spend())
            return budget.giveUp();
        day.add(LenientCalendar::DayOfMonth, 1);
    }
    return budget.answer(day.timeInMillis());
}

QJsonObject AnnualCalendar::toJson() const
{
    QJsonObject json = Calendar::toJson();
    QJsonArray days;
    for (const auto &[month, day] : m_days)
        days.append(QStringLiteral("%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0')));
    json.insert(QLatin1String("excludedDays"), days);
    return json;
}

void AnnualCalendar::setDayExcluded(int month, int day, bool exclude)
{
    if (month < 1 || month > 12 || day < 1 || day > Civil::daysInMonth(2000, month))
        return;
    if (exclude)
        m_days.insert({month, day});
    else
        m_days.erase({month, day});
}

bool AnnualCalendar::isDayExcluded(int month, int day) const
{
    return m_days.count({month, day}) != 0;
}

QList<std::pair<int, int>> AnnualCalendar::excludedDays() const
{
    return QList<std::pair<int, int>>(m_days.begin(), m_days.end());
}

std::optional<std::pair<int, int>> AnnualCalendar::parseMonthDay(const QString &text)
{
    const qsizetype dash = text.indexOf(u'-');
    if (dash < 1 || dash > 2 || text.size() - dash - 1 < 1 || text.size() - dash - 1 > 2)
        return std::nullopt;
    int values[2] = {0, 0};
    const QStringView parts[2] = {QStringView(text).left(dash), QStringView(text).mid(dash + 1)};
    for (int i = 0; i < 2; ++i) {
        for (QChar c : parts[i]) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
            values[i] = values[i] * 10 + (c.unicode() - u'0');
        }
    }
    const int month = values[0];
    const int day = values[1];
    if (month < 1 || month > 12 || day < 1 || day > Civil::daysInMonth(2000, month))
        return std::nullopt;
    return std::pair<int, int>{month, day};
}

} // namespace Qronos
