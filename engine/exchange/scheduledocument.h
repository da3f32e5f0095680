#pragma once

#include "model/jobdetail.h"
#include "model/keys.h"
#include "model/trigger.h"
#include "schedule/calendar.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Qronos {

/// Where something was read in an exchange file: a path into the document (a JSON path such as
/// "$.triggers[3].cron", or an XML element path such as "/job-scheduling-data/schedule/trigger[2]/cron")
/// and, when the reader knows it, a 1-based line and column (0 = unknown).
struct SourceLocation
{
    QString path;
    int line = 0;
    int column = 0;

    /// "line 12, column 5 ($.triggers[3].cron)", or whichever parts are known; empty when none is.
    QString toString() const;
};

/// One thing wrong with an exchange file or with what it would do to a store, and where it is.
struct ImportProblem
{
    SourceLocation location;
    QString message;

    /// "<location>: <message>", or the message alone when the location is unknown.
    QString toString() const;
};
using ImportProblems = QList<ImportProblem>;

struct DocumentCalendar
{
    QString name;
    CalendarPtr calendar; ///< with its base chain
    SourceLocation location;
};

struct DocumentJob
{
    JobDetail job;
    SourceLocation location;
};

struct DocumentTrigger
{
    Trigger trigger; ///< its definition; the next fire time is computed when it is stored
    bool paused = false;
    SourceLocation location;
};

/// Quartz XML's pre-processing commands and processing directives. The native JSON format carries the same.
/// A group name "*" in deleteJobsInGroups / deleteTriggersInGroups means every group, as in Quartz.
struct ImportDirectives
{
    QStringList deleteJobsInGroups;
    QStringList deleteTriggersInGroups;
    QList<JobKey> deleteJobs;
    QList<TriggerKey> deleteTriggers;
    /// Replace a job, trigger or calendar whose key is taken (Quartz's default); otherwise a taken key is an error,
    /// unless ignoreDuplicates keeps the stored one and skips the file's.
    bool overwriteExistingData = true;
    bool ignoreDuplicates = false;
};

/// A schedule as an exchange file carries it: what an export writes and what an import reads, before any of it
/// touches a store. Readers fill the locations; the import plan and its problems refer to them.
struct ScheduleDocument
{
    QList<DocumentCalendar> calendars;
    QList<DocumentJob> jobs;
    QList<DocumentTrigger> triggers;
    ImportDirectives directives;
};

} // namespace Qronos
