#include "displaytext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <limits>

namespace Qronos::DisplayText {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::DisplayText)
};

QString unitText(IntervalUnit unit, int n)
{
    switch (unit) {
    case IntervalUnit::Millisecond: return Tr::tr("%n ms", nullptr, n);
    case IntervalUnit::Second: return Tr::tr("%n second(s)", nullptr, n);
    case IntervalUnit::Minute: return Tr::tr("%n minute(s)", nullptr, n);
    case IntervalUnit::Hour: return Tr::tr("%n hour(s)", nullptr, n);
    case IntervalUnit::Day: return Tr::tr("%n day(s)", nullptr, n);
    case IntervalUnit::Week: return Tr::tr("%n week(s)", nullptr, n);
    case IntervalUnit::Month: return Tr::tr("%n month(s)", nullptr, n);
    case IntervalUnit::Year: return Tr::tr("%n year(s)", nullptr, n);
    }
    return QString::number(n);
}

/// The largest whole unit of an interval in milliseconds, for "every 10 minutes" rather than "every 600000 ms".
QString intervalText(qint64 ms)
{
    struct Step { qint64 ms; IntervalUnit unit; };
    static constexpr Step steps[] = {{604800000, IntervalUnit::Week}, {86400000, IntervalUnit::Day},
                                     {3600000, IntervalUnit::Hour},   {60000, IntervalUnit::Minute},
                                     {1000, IntervalUnit::Second}};
    for (const Step &s : steps) {
        if (ms >= s.ms && ms % s.ms == 0 && ms / s.ms <= std::numeric_limits<int>::max())
            return unitText(s.unit, int(ms / s.ms));
    }
    return unitText(IntervalUnit::Millisecond, int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
}

QString weekdays(quint8 days)
{
    if (days == DailyTimeIntervalSchedule::AllDays)
        return Tr::tr("every day");
    if (days == 0x7C) // Monday .. Friday
        return Tr::tr("Monday to Friday");
    QStringList names;
    const QLocale locale;
    for (int javaDay = 2; javaDay <= 8; ++javaDay) { // Monday first; 8 stands for Sunday (bit 1)
        const int bit = javaDay == 8 ? 1 : javaDay;
        if (days & (1 << bit))
            names.append(locale.dayName(javaDay == 8 ? 7 : javaDay - 1, QLocale::ShortFormat));
    }
    return locale.createSeparatedList(names);
}
} // namespace

QString instant(qint64 utcMs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime();
    return local.toString(utcMs % 1000 == 0 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                            : QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString duration(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    if (ms < 1000)
        return Tr::tr("%1 ms").arg(ms);
    if (ms < 60000)
        return Tr::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', ms < 10000 ? 2 : 1));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return Tr::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return Tr::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return Tr::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString relative(qint64 utcMs, qint64 nowMs)
{
    const qint64 delta = utcMs - nowMs;
    // Under a second either way reads as "now": check-ins and fires are not exact to the millisecond.
    if (qAbs(delta) < 1000)
        return Tr::tr("now");
    return delta > 0 ? Tr::tr("in %1").arg(duration(delta)) : Tr::tr("%1 ago").arg(duration(-delta));
}

QString schedule(const Trigger &trigger)
{
    const Schedule &s = trigger.schedule();
    if (const auto *cron = std::get_if<CronSchedule>(&s))
        return cron->expression.expression();
    if (const auto *simple = std::get_if<SimpleSchedule>(&s)) {
        if (simple->repeatCount == 0)
            return Tr::tr("once");
        const QString every = Tr::tr("every %1").arg(intervalText(simple->repeatIntervalMs));
        if (simple->repeatCount == SimpleSchedule::RepeatIndefinitely)
            return every;
        return Tr::tr("%1, %n more time(s)", nullptr, simple->repeatCount).arg(every);
    }
    if (const auto *cal = std::get_if<CalendarIntervalSchedule>(&s))
        return Tr::tr("every %1").arg(unitText(cal->unit, cal->repeatInterval));
    const auto &daily = std::get<DailyTimeIntervalSchedule>(s);
    return Tr::tr("every %1, %2\u2013%3, %4")
        .arg(unitText(daily.unit, daily.repeatInterval), daily.startTimeOfDay.toString(),
             daily.endTimeOfDay.toString(), weekdays(daily.daysOfWeek));
}

QString triggerKind(TriggerKind kind)
{
    switch (kind) {
    case TriggerKind::Cron: return Tr::tr("Cron");
    case TriggerKind::Simple: return Tr::tr("Simple");
    case TriggerKind::CalendarInterval: return Tr::tr("Calendar interval");
    case TriggerKind::DailyTimeInterval: return Tr::tr("Daily time interval");
    }
    return {};
}

QString triggerState(TriggerState state)
{
    switch (state) {
    case TriggerState::None: return Tr::tr("None");
    case TriggerState::Waiting: return Tr::tr("Waiting");
    case TriggerState::Acquired: return Tr::tr("Claimed");
    case TriggerState::Executing: return Tr::tr("Running");
    case TriggerState::Complete: return Tr::tr("Complete");
    case TriggerState::Paused: return Tr::tr("Paused");
    case TriggerState::Blocked: return Tr::tr("Blocked");
    case TriggerState::PausedBlocked: return Tr::tr("Paused, blocked");
    case TriggerState::Error: return Tr::tr("Error");
    }
    return {};
}

QString executionStatus(ExecutionStatus status)
{
    switch (status) {
    case ExecutionStatus::Succeeded: return Tr::tr("Succeeded");
    case ExecutionStatus::Failed: return Tr::tr("Failed");
    case ExecutionStatus::TimedOut: return Tr::tr("Timed out");
    case ExecutionStatus::Interrupted: return Tr::tr("Interrupted");
    case ExecutionStatus::Refused: return Tr::tr("Refused");
    case ExecutionStatus::Recovered: return Tr::tr("Recovered");
    }
    return {};
}

QString nodeState(NodeState state)
{
    switch (state) {
    case NodeState::Active: return Tr::tr("Active");
    case NodeState::Standby: return Tr::tr("Standby");
    case NodeState::ShuttingDown: return Tr::tr("Shutting down");
    case NodeState::PresumedDead: return Tr::tr("Presumed dead");
    case NodeState::Recovered: return Tr::tr("Recovered");
    }
    return {};
}

} // namespace Qronos::DisplayText
