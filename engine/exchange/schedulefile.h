#pragma once

#include "exchange/jobclassmapping.h"
#include "exchange/quartzxml.h"
#include "exchange/scheduledocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Qronos {

/// The schedule exchange formats a file may be in.
enum class ScheduleFormat {
    Json,      ///< "qronos/1" (ScheduleJson)
    QuartzXml, ///< Quartz's job_scheduling_data_2_0 (QuartzXml)
};

/// The format of a schedule file: by its extension (.xml is Quartz XML, .json is JSON), else by its first
/// character that is not white space or a byte order mark ('<' is XML), else JSON.
ScheduleFormat scheduleFormatOf(const QString &fileName, const QByteArray &content = {});

/// What readScheduleFile() found: a document to import only when ok().
struct ScheduleFileRead
{
    ScheduleDocument document;
    ImportProblems problems;
    /// What was read but deserves a word (Quartz XML: an unmapped class imported as a paused noop job).
    ImportProblems warnings;
    bool ok() const { return problems.isEmpty(); }
};

/// Reads a schedule file's bytes in \a format. \a mapping and \a xmlOptions are for Quartz XML only. More than
/// ScheduleJson::MaxInputBytes is refused as a problem, in either format. Pure: any thread.
ScheduleFileRead readScheduleFile(const QByteArray &content, ScheduleFormat format,
                                  const JobClassMapping &mapping = {}, const QuartzXmlReadOptions &xmlOptions = {});

/// What writeScheduleFile() produced.
struct ScheduleFileWrite
{
    QByteArray content;
    /// Quartz XML: one sentence per item the format cannot carry, which is therefore not in the file.
    QStringList notWritten;
};

/// A document as a file in \a format (\a mapping for Quartz XML only). Pure: any thread.
ScheduleFileWrite writeScheduleFile(const ScheduleDocument &document, ScheduleFormat format,
                                    const JobClassMapping &mapping = {});

} // namespace Qronos
