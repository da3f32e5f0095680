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
    /// Quartz's CronExpression.isSatisfiedBy / getNextInvalidTimeAfter, which clear the milliseconds
    /// with Calendar.set(): a first-occurrence wall time in a fall-back overlap is read again as its
    /// standard-time (second) occurrence. Quartz walks a run of excluded seconds one by one (for
    /// "* * * * * ?" until its last year); nextInvalidTimeAfter answers nullopt when the budget ends.
    bool isSatisfiedBy(qint64 utcMs) const;
    std::optional<qint64> nextInvalidTimeAfter(qint64 utcMs, SearchBudget &budget) const;

    CronExpression m_expression;
};

} // namespace Qronos
