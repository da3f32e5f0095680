#include "croncalendar.h"

#include "lenientcalendar.h"

namespace Qronos {

CronCalendar::CronCalendar(CronExpression expression)
    : m_expression(std::move(expression))
{
}

Result<std::shared_ptr<CronCalendar>> CronCalendar::create(const QString &expression)
{
    Result<CronExpression> cron = CronExpression::parse(expression);
    if (!cron)
        return fail(cron.error());
    return std::make_shared<CronCalendar>(std::move(cron).value());
}

std::shared_ptr<Calendar> CronCalendar::clone() const
{
    return std::shared_ptr<CronCalendar>(new CronCalendar(*this));
}

namespace {

qint64 withoutMillis(const ZoneRules &zone, qint64 utcMs)
{
    LenientCalendar cal(zone, utcMs);
    cal.set(LenientCalendar::Millisecond, 0);
    return cal.timeInMillis();
}

} // namespace

bool CronCalendar::isSatisfiedBy(qint64 utcMs) const
{
    const qint64 second = withoutMillis(zone(), utcMs);
    const std::optional<qint64> next = m_expression.timeAfter(second - 1000, zone());
    return next && *next == second;
}

std::optional<qint64> CronCalendar::nextInvalidTimeAfter(qint64 utcMs, SearchBudget &budget) const
{
    qint64 last = withoutMillis(zone(), utcMs);
    while (budget.spend(1)) {
        const std::optional<qint64> next = m_expression.timeAfter(last, zone());
        if (!next || *next - last != 1000)
            return last + 1000;
        last = *next;
    }
    return std::nullopt;
}

bool CronCalendar::isTimeIncluded(qint64 utcMs) const
{
    if (!baseIncludes(utcMs))
        return false;
    return !isSatisfiedBy(utcMs);
}

qint64 CronCalendar::nextIncludedTime(qint64 utcMs) const
{
    SearchBudget budget;
    qint64 next = utcMs + 1;
    while (!isTimeIncluded(next)) {
        // Quartz would go on forever (or throw, at 0).
        if (!budget.spend() || next <= 0 || next - utcMs > SearchHorizonMs)
            return budget.giveUp();
        const CalendarPtr &base = baseCalendar();
        // In an excluded second: jump past the run of consecutive excluded seconds; excluded by
        // the base chain: ask it.
        if (isSatisfiedBy(next)) {
            const std::optional<qint64> invalid = nextInvalidTimeAfter(next, budget);
            if (!invalid)
                return budget.giveUp();
            next = *invalid;
        } else if (base && !base->isTimeIncluded(next))
            next = base->nextIncludedTime(next);
        else
            ++next;
    }
    return budget.answer(next);
}

QJsonObject CronCalendar::toJson() const
{
    QJsonObject json = Calendar::toJson();
    json.insert(QLatin1String("cronExpression"), m_expression.expression());
    return json;
}

} // namespace Qronos
