#include "croncalendar.h"

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

bool CronCalendar::isTimeIncluded(qint64 utcMs) const
{
    if (!baseIncludes(utcMs))
        return false;
    return !m_expression.isSatisfiedBy(utcMs, zone());
}

qint64 CronCalendar::nextIncludedTime(qint64 utcMs) const
{
    qint64 next = utcMs + 1;
    for (int step = 0; !isTimeIncluded(next); ++step) {
        // Quartz would go on forever (or throw, at 0).
        if (step == MaxSearchSteps || next <= 0 || next - utcMs > SearchHorizonMs)
            return 0;
        const CalendarPtr &base = baseCalendar();
        // In an excluded second: jump past the run of consecutive excluded seconds; excluded by
        // the base chain: ask it.
        if (m_expression.isSatisfiedBy(next, zone()))
            next = m_expression.nextInvalidTimeAfter(next, zone());
        else if (base && !base->isTimeIncluded(next))
            next = base->nextIncludedTime(next);
        else
            ++next;
    }
    return next;
}

QJsonObject CronCalendar::toJson() const
{
    QJsonObject json = Calendar::toJson();
    json.insert(QLatin1String("cronExpression"), m_expression.expression());
    return json;
}

} // namespace Qronos
