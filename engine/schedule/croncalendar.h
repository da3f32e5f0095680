#pragma once

#include "calendar.h"
#include "cronexpression.h"

namespace Qronos {

/// Quartz's CronCalendar: excludes every second that satisfies a cron expression, read in the
/// calendar's zone. (Quartz's CronCalendar keeps its zone in the expression; here it is the
/// calendar's zone, which is the same thing.)
class CronCalendar final : public Calendar
{
public:
    explicit CronCalendar(CronExpression expression);
    static Result<std::shared_ptr<CronCalendar>> create(const QString &expression);

    Kind kind() const override { return Kind::Cron; }
    std::shared_ptr<Calendar> clone() const override;
    bool isTimeIncluded(qint64 utcMs) const override;
    qint64 nextIncludedTime(qint64 utcMs) const override;
    QJsonObject toJson() const override;

    const CronExpression &cronExpression() const { return m_expression; }
    void setCronExpression(CronExpression expression) { m_expression = std::move(expression); }

private:
    CronCalendar(const CronCalendar &) = default;

    CronExpression m_expression;
};

} // namespace Qronos
