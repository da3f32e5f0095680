#pragma once

#include "jobdatamap.h"
#include "keys.h"
#include "misfireinstruction.h"
#include "result.h"
#include "schedule/cronexpression.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>
#include <variant>

namespace Qronos {

/// Units of calendar-interval and daily-time-interval triggers (Quartz's DateBuilder.IntervalUnit).
enum class IntervalUnit { Millisecond, Second, Minute, Hour, Day, Week, Month, Year };
QString intervalUnitName(IntervalUnit unit);                     // "SECOND", ...
std::optional<IntervalUnit> intervalUnitFromName(const QString &name);

/// A time of day (Quartz's TimeOfDay), 00:00:00 to 23:59:59.
struct TimeOfDay
{
    int hour = 0;
    int minute = 0;
    int second = 0;
    int secondOfDay() const { return hour * 3600 + minute * 60 + second; }
    bool isValid() const { return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59; }
    QString toString() const; // "HH:MM:SS"
    static std::optional<TimeOfDay> fromString(const QString &text);
    friend bool operator==(const TimeOfDay &, const TimeOfDay &) = default;
};

/// Fires at the times a cron expression matches, in the trigger's zone (Quartz's CronTrigger).
struct CronSchedule
{
    CronExpression expression;
    friend bool operator==(const CronSchedule &, const CronSchedule &) = default;
};

/// Fires at start, then every interval, repeatCount more times (-1 = forever) (Quartz's SimpleTrigger).
struct SimpleSchedule
{
    static constexpr int RepeatIndefinitely = -1;
    qint64 repeatIntervalMs = 0;
    int repeatCount = 0;
    friend bool operator==(const SimpleSchedule &, const SimpleSchedule &) = default;
};

/// Fires every N calendar units from the start (Quartz's CalendarIntervalTrigger).
struct CalendarIntervalSchedule
{
    int repeatInterval = 1;
    IntervalUnit unit = IntervalUnit::Day;
    bool preserveHourOfDayAcrossDaylightSavings = false;
    bool skipDayIfHourDoesNotExist = false;
    friend bool operator==(const CalendarIntervalSchedule &, const CalendarIntervalSchedule &) = default;
};

/// Fires every N seconds/minutes/hours within a time-of-day window on chosen weekdays
/// (Quartz's DailyTimeIntervalTrigger).
struct DailyTimeIntervalSchedule
{
    static constexpr int RepeatIndefinitely = -1;
    static constexpr quint8 AllDays = 0xFE; // bits 1..7, 1 = Sunday
    int repeatInterval = 1;
    IntervalUnit unit = IntervalUnit::Minute;
    int repeatCount = RepeatIndefinitely;
    quint8 daysOfWeek = AllDays; // bit d set = Java day of week d (1 = Sunday .. 7 = Saturday)
    TimeOfDay startTimeOfDay{0, 0, 0};
    TimeOfDay endTimeOfDay{23, 59, 59};
    friend bool operator==(const DailyTimeIntervalSchedule &, const DailyTimeIntervalSchedule &) = default;
};

using Schedule = std::variant<CronSchedule, SimpleSchedule, CalendarIntervalSchedule, DailyTimeIntervalSchedule>;

/// A trigger: when a job runs. Common properties plus one schedule of the four Quartz kinds.
/// Instants are epoch milliseconds UTC. The fire-time computation lives in schedule/firetimes.h.
class Trigger final
{
public:
    static constexpr int DefaultPriority = 5;

    Trigger() = default;
    Trigger(TriggerKey key, JobKey jobKey, Schedule schedule)
        : m_key(std::move(key)), m_jobKey(std::move(jobKey)), m_schedule(std::move(schedule)) {}

    TriggerKind kind() const { return TriggerKind(m_schedule.index()); }

    const TriggerKey &key() const { return m_key; }
    void setKey(const TriggerKey &key) { m_key = key; }
    const JobKey &jobKey() const { return m_jobKey; }
    void setJobKey(const JobKey &key) { m_jobKey = key; }
    const QString &description() const { return m_description; }
    void setDescription(const QString &d) { m_description = d; }
    /// Name of the calendar whose excluded times this trigger skips; empty for none.
    const QString &calendarName() const { return m_calendarName; }
    void setCalendarName(const QString &n) { m_calendarName = n; }

    qint64 startTime() const { return m_startTime; }
    void setStartTime(qint64 ms) { m_startTime = ms; }
    std::optional<qint64> endTime() const { return m_endTime; }
    void setEndTime(std::optional<qint64> ms) { m_endTime = ms; }
    /// Higher fires first among triggers due at the same time. Default 5.
    int priority() const { return m_priority; }
    void setPriority(int p) { m_priority = p; }
    int misfireInstruction() const { return m_misfireInstruction; }
    void setMisfireInstruction(int i) { m_misfireInstruction = i; }
    /// IANA zone id; wall times of the schedule and of calendars are read in this zone.
    const QByteArray &timeZoneId() const { return m_timeZoneId; }
    void setTimeZoneId(const QByteArray &id) { m_timeZoneId = id; }

    int timesTriggered() const { return m_timesTriggered; }
    void setTimesTriggered(int n) { m_timesTriggered = n; }
    std::optional<qint64> previousFireTime() const { return m_previousFireTime; }
    void setPreviousFireTime(std::optional<qint64> ms) { m_previousFireTime = ms; }
    std::optional<qint64> nextFireTime() const { return m_nextFireTime; }
    void setNextFireTime(std::optional<qint64> ms) { m_nextFireTime = ms; }
    /// Quartz's "complete" flag: set on a daily-time-interval trigger when it has no fire left, after
    /// which it computes no fire time at all. Runtime state only: not in toJson(), as Quartz's JDBC
    /// store does not save it either.
    bool isComplete() const { return m_complete; }
    void setComplete(bool complete) { m_complete = complete; }

    const JobDataMap &jobData() const { return m_jobData; }
    JobDataMap &jobData() { return m_jobData; }
    void setJobData(const JobDataMap &data) { m_jobData = data; }

    const Schedule &schedule() const { return m_schedule; }
    Schedule &schedule() { return m_schedule; }
    void setSchedule(const Schedule &s) { m_schedule = s; }
    template <typename T> const T *scheduleAs() const { return std::get_if<T>(&m_schedule); }
    template <typename T> T *scheduleAs() { return std::get_if<T>(&m_schedule); }

    QJsonObject toJson() const;
    static Result<Trigger> fromJson(const QJsonObject &json);

    friend bool operator==(const Trigger &, const Trigger &) = default;

private:
    TriggerKey m_key;
    JobKey m_jobKey;
    QString m_description;
    QString m_calendarName;
    qint64 m_startTime = 0;
    std::optional<qint64> m_endTime;
    int m_priority = DefaultPriority;
    int m_misfireInstruction = Misfire::SmartPolicy;
    QByteArray m_timeZoneId = QByteArrayLiteral("UTC");
    int m_timesTriggered = 0;
    std::optional<qint64> m_previousFireTime;
    std::optional<qint64> m_nextFireTime;
    bool m_complete = false;
    JobDataMap m_jobData;
    Schedule m_schedule;
};

} // namespace Qronos
