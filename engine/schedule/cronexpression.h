#pragma once

#include "result.h"
#include "zonerules.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace Qronos {

/// A Quartz 2.3 cron expression: "SEC MIN HOUR DAY-OF-MONTH MONTH DAY-OF-WEEK [YEAR]".
///
/// parse() accepts exactly the expressions Quartz 2.3.2 accepts, with Quartz's leniencies (names
/// in any case, wrapping ranges such as 22-2 or FRI-MON, characters after a complete value ignored,
/// fields after the seventh ignored) so that migrated expressions keep their meaning. A rejected
/// expression gets a message naming the field, the token and the reason.
///
/// timeAfter() returns what Quartz's CronExpression.getTimeAfter() returns, to the millisecond,
/// in any zone: a wall time that does not exist (spring-forward gap) is skipped, an ambiguous one
/// (fall-back overlap) fires once, at its standard-time instant. No fire later than maxYear().
/// Two deliberate differences, both where Quartz has no stable answer: where Quartz's search never
/// ends (e.g. "0 0 12 0W * ?") timeAfter() answers nullopt, and the milliseconds of the start never
/// matter (Quartz's W and LW compare them with the wall clock's milliseconds at the time of the call).
class CronExpression final
{
public:
    enum FieldIndex { Seconds, Minutes, Hours, DayOfMonth, Month, DayOfWeek, Year, FieldCount };

    CronExpression() = default;

    static Result<CronExpression> parse(const QString &expression);
    static bool isValid(const QString &expression) { return parse(expression).ok(); }

    /// The expression as parsed (upper-cased, as Quartz stores it).
    QString expression() const { return m_expression; }
    /// What Quartz silently ignores or reads unexpectedly in this (valid) expression, e.g. the "/2" of
    /// "MON-FRI/2" or the "X" of "6X", in the UI language. Empty for a plain expression. Tools show
    /// these so that a migrated expression's meaning is no surprise.
    const QStringList &notes() const { return m_notes; }
    bool isNull() const { return m_expression.isEmpty(); }

    /// The first fire time strictly after afterMs (its milliseconds ignored as Quartz does), in epoch
    /// milliseconds UTC, or nullopt when the expression never fires again.
    std::optional<qint64> timeAfter(qint64 afterMs, const ZoneRules &zone) const;
    /// True when the second containing utcMs is a fire time.
    bool isSatisfiedBy(qint64 utcMs, const ZoneRules &zone) const;
    /// The first second after utcMs that does not satisfy the expression (Quartz's getNextInvalidTimeAfter).
    qint64 nextInvalidTimeAfter(qint64 utcMs, const ZoneRules &zone) const;

    /// Quartz's limit: the year of process start + 100. No fire time is later than this year.
    static int maxYear();

    // Reference implementation, exposed for the differential tests and the fuzzer: the step-by-step
    // port of Quartz's algorithm over LenientCalendar. timeAfter() uses a faster path where it is
    // provably the same and this one elsewhere.
    std::optional<qint64> referenceTimeAfter(qint64 afterMs, const ZoneRules &zone) const;
    /// True when timeAfter() may use the fast path for this expression at all.
    bool hasFastPath() const { return m_fast; }

    /// Values of a field as Quartz stores them (sorted; 98 marks '?', 99 marks '*').
    const std::vector<int> &values(FieldIndex field) const { return m_sets[field]; }
    bool lastDayOfMonth() const { return m_lastDayOfMonth; }
    int lastDayOffset() const { return m_lastDayOffset; }
    bool nearestWeekday() const { return m_nearestWeekday; }
    bool lastDayOfWeek() const { return m_lastDayOfWeek; }
    int nthDayOfWeek() const { return m_nthDayOfWeek; }
    bool dayOfMonthSpecified() const { return m_dayOfMonthSpecified; }

    friend bool operator==(const CronExpression &a, const CronExpression &b) { return a.m_expression == b.m_expression; }

private:
    friend class CronParser;

    enum class FastResult { Found, None, Fallback };
    FastResult fastTimeAfter(qint64 afterMs, qint64 offsetMs, qint64 *result) const;
    int fastDayAtOrAfter(int year, int month, int day) const;
    void prepareFastPath();

    QString m_expression;
    QStringList m_notes;
    std::vector<int> m_sets[FieldCount];
    bool m_lastDayOfWeek = false;
    int m_nthDayOfWeek = 0;
    bool m_lastDayOfMonth = false;
    bool m_nearestWeekday = false;
    int m_lastDayOffset = 0;
    bool m_dayOfMonthSpecified = true;

    // Fast path: bit masks of the plain fields.
    bool m_fast = false;
    bool m_everyYear = false; // the year set is exactly 1970..maxYear()
    std::uint64_t m_secondMask = 0;
    std::uint64_t m_minuteMask = 0;
    std::uint32_t m_hourMask = 0;
    std::uint32_t m_dayMask = 0;   // bit d = day d of month (plain day-of-month lists)
    std::uint16_t m_monthMask = 0; // bit m = month m (1..12)
    std::uint8_t m_weekdayMask = 0; // bit d = Java day of week d (1..7)
};

} // namespace Qronos
