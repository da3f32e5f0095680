#pragma once

#include "model/keys.h"
#include "model/misfireinstruction.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Qronos {

/// What QuartzDatabase reads from the tables of a Java Quartz 2.x JDBC store. Values are taken as the Java nodes
/// wrote them; Java-serialized blobs (job data, calendars, blob triggers) are never decoded, only measured.

/// A row of {prefix}JOB_DETAILS.
struct QuartzJob
{
    JobKey key;
    QString description;
    QString jobClassName; ///< the Java class, e.g. "com.acme.ReportJob"; never run
    bool durable = false;
    bool nonConcurrent = false;    ///< @DisallowConcurrentExecution
    bool updateData = false;       ///< @PersistJobDataAfterExecution
    bool requestsRecovery = false;
    int jobDataBytes = -1; ///< size of the Java-serialized JobDataMap; -1 when NULL
};

/// TRIGGER_TYPE of a {prefix}TRIGGERS row.
enum class QuartzTriggerType { Cron, Simple, CalendarInterval, DailyTimeInterval, Blob, Other };

/// The Qronos trigger kind that fires as a Quartz trigger of \a type does; none for BLOB and unknown types.
inline std::optional<TriggerKind> triggerKindOf(QuartzTriggerType type)
{
    switch (type) {
    case QuartzTriggerType::Cron: return TriggerKind::Cron;
    case QuartzTriggerType::Simple: return TriggerKind::Simple;
    case QuartzTriggerType::CalendarInterval: return TriggerKind::CalendarInterval;
    case QuartzTriggerType::DailyTimeInterval: return TriggerKind::DailyTimeInterval;
    case QuartzTriggerType::Blob:
    case QuartzTriggerType::Other: break;
    }
    return std::nullopt;
}

/// A row of {prefix}TRIGGERS with its kind's extension row (CRON_TRIGGERS, SIMPLE_TRIGGERS or SIMPROP_TRIGGERS).
struct QuartzTrigger
{
    TriggerKey key;
    JobKey job;
    QString description;
    QuartzTriggerType type = QuartzTriggerType::Other;
    QString typeName; ///< TRIGGER_TYPE as stored: CRON, SIMPLE, CAL_INT, DAILY_I, BLOB
    QString state;    ///< TRIGGER_STATE as stored: WAITING, ACQUIRED, EXECUTING, PAUSED, BLOCKED, PAUSED_BLOCKED, ...
    std::optional<qint64> nextFireTime;     ///< epoch ms; none when NULL or below 0
    std::optional<qint64> previousFireTime; ///< none when Quartz stored -1
    int priority = 5;
    int misfireInstruction = 0;
    QString calendarName;
    qint64 startTime = 0;
    std::optional<qint64> endTime; ///< none when Quartz stored 0 (no end)
    // CRON
    QString cronExpression;
    QString timeZoneId; ///< CRON_TRIGGERS.TIME_ZONE_ID, or a calendar-interval trigger's zone (SIMPROP STR_PROP_2)
    // SIMPLE
    qint64 repeatCount = 0; ///< -1: forever
    qint64 repeatIntervalMs = 0;
    qint64 timesTriggered = 0; ///< SIMPLE and the SIMPROP kinds
    // CAL_INT and DAILY_I (SIMPROP_TRIGGERS)
    int repeatInterval = 0;
    QString repeatIntervalUnit; ///< Java's IntervalUnit name: SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, YEAR
    QString daysOfWeek;         ///< DAILY_I: java.util.Calendar day numbers, 1 = Sunday, comma-separated
    QString timeOfDay;          ///< DAILY_I: "h,m,s,h,m,s": start and end of the daily window
};

/// A row of {prefix}CALENDARS: the name and the size of its Java-serialized body.
struct QuartzCalendar
{
    QString name;
    int bytes = 0;
};

/// A row of {prefix}SCHEDULER_STATE: one node of a clustered Java scheduler.
struct QuartzInstance
{
    QString instanceName;
    qint64 lastCheckinTime = 0; ///< epoch ms, the Java node's clock
    qint64 checkinIntervalMs = 0;
    /// The database server's clock minus lastCheckinTime (a Java node's clock skew shows here too).
    qint64 checkinAgeMs = 0;
    /// True when the age passed the interval plus Quartz's 7.5 s grace: the other Java nodes will soon recover it.
    bool overdue = false;
};

/// A row of {prefix}FIRED_TRIGGERS: a trigger a Java node acquired (ACQUIRED) or whose job runs now (EXECUTING).
struct QuartzFiredTrigger
{
    QString entryId;
    TriggerKey trigger;
    JobKey job; ///< null when Quartz stored none (the job was not known yet)
    QString instanceName;
    qint64 firedTime = 0;
    qint64 scheduledTime = 0;
    int priority = 5;
    QString state;
    bool nonConcurrent = false;
    bool requestsRecovery = false;
};

/// What deleteTrigger() removed.
struct QuartzDeletion
{
    JobKey job;             ///< the trigger's job
    bool jobDeleted = false; ///< the job was not durable and this was its last trigger, so it went too (as in Quartz)
};

} // namespace Qronos
