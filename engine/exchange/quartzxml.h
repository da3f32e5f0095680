#pragma once

#include "exchange/jobclassmapping.h"
#include "exchange/scheduledocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Qronos {

/// How QuartzXml::read() treats what the file leaves open.
struct QuartzXmlReadOptions
{
    /// Import a job whose class has no mapping as a `noop` job whose triggers are paused, keeping the class in its
    /// job data under "qronos.javaClass" (so that export writes it back), and report it as a warning; by default an
    /// unmapped class is a problem.
    bool importUnmappedAsPausedNoop = false;
    /// The zone Java Quartz's JVM would have used: for start-time and end-time without an offset, for cron
    /// triggers without time-zone, and for simple and calendar-interval triggers without "qronos.timeZone".
    QByteArray defaultTimeZone = QByteArrayLiteral("UTC");
    /// "Now" for triggers without a start-time (Quartz starts them now) and for start-time-seconds-in-future;
    /// nullopt reads the system clock.
    std::optional<qint64> nowMs;
};

/// What QuartzXml::read() found. The document is usable only when ok(): a malformed file gives problems and a
/// document that must not be imported.
struct QuartzXmlReadResult
{
    ScheduleDocument document;
    /// Everything wrong, each with its line, column and element path; all of them, not only the first.
    ImportProblems problems;
    /// What was read but deserves a word (e.g. an unmapped class imported as a paused noop job).
    ImportProblems warnings;

    bool ok() const { return problems.isEmpty(); }
};

/// What QuartzXml::write() produced.
struct QuartzXmlWriteResult
{
    QByteArray xml;
    /// One sentence per item the format cannot carry and that is therefore not in the file (calendars,
    /// daily-time-interval triggers), naming it. Empty when the file holds the whole document.
    QStringList notWritten;
};

/// Quartz's XML scheduling data format, `job_scheduling_data_2_0` (namespace
/// http://www.quartz-scheduler.org/xml/JobSchedulingData), as Quartz 2.3's XMLSchedulingDataProcessor reads it.
///
/// Reading uses QXmlStreamReader; a DOCTYPE (and so any DTD or entity declaration) or an entity reference is
/// refused, so nothing is ever fetched or expanded. Element order is not enforced; unknown elements, missing
/// required ones and bad values are problems. Defaults follow Quartz: group "DEFAULT", durability and recover false,
/// priority 5, smart-policy misfire instruction, start now, overwrite-existing-data true, ignore-duplicates false.
///
/// Writing emits the elements in the schema's order, so Java Quartz accepts the file when it knows the job classes.
/// A job whose type has no mapping is written with the job class "qronos:<type>" and its data as it is; Qronos-only
/// properties travel in job-data-map entries whose keys start with "qronos." (docs/formats.md lists them), so that
/// write → read → write gives the same bytes.
class QuartzXml final
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::QuartzXml)

public:
    QuartzXml() = delete;

    /// "http://www.quartz-scheduler.org/xml/JobSchedulingData".
    static QString namespaceUri();
    /// The job class written for a Qronos job type without a mapping: "qronos:<type>".
    static QString nativeJobClass(const QString &jobType);
    /// The job type of a "qronos:<type>" class; empty for any other class.
    static QString jobTypeOfNativeClass(const QString &javaClass);

    static QuartzXmlReadResult read(const QByteArray &xml, const JobClassMapping &mapping,
                                    const QuartzXmlReadOptions &options = {});
    static QuartzXmlWriteResult write(const ScheduleDocument &document, const JobClassMapping &mapping);
};

} // namespace Qronos
