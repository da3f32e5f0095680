#pragma once

#include "model/jobdatamap.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Qronos {

/// One line of a job-class mapping: a Java job class and the Qronos job type that stands in for it.
struct JobClassMappingEntry
{
    /// Fully qualified Java class name, e.g. "com.acme.ReportJob".
    QString javaClass;
    /// Qronos job type name: "shell", "http", "sql", "log", "noop" or a plugin's type.
    QString jobType;
    /// The value of the type's main data key (see JobClassMapping::mainKey()); empty when the line gives none.
    QString argument;
    /// 1-based line in the mapping file; 0 when the entry was not read from a file.
    int line = 0;

    friend bool operator==(const JobClassMappingEntry &, const JobClassMappingEntry &) = default;
};

/// The table between Java job classes and Qronos job types used by the Quartz XML reader and writer.
///
/// File syntax, one mapping a line, blank lines and lines starting with `#` ignored:
///
///     JAVA_CLASS = TYPE
///     JAVA_CLASS = TYPE:ARGUMENT
///
/// e.g. `com.acme.ReportJob = shell:/opt/acme/report.sh`. The argument sets the type's main data key:
/// shell → `program`, http → `url` (http:// or https://), sql → `dataSource`, log → `message`; noop and other
/// (plugin) types take no argument. Every other key comes from the job's job-data-map. See docs/formats.md.
///
/// Import looks a class up with forJavaClass(); export finds the class for a job with forJob(), which returns the
/// first line (in file order) whose type matches and whose argument, if it has one, equals the job's main key.
class JobClassMapping final
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::JobClassMapping)

public:
    JobClassMapping() = default;

    /// Parses the text of a mapping file. Every bad line is reported, one a line of the error, each as
    /// "<fileName>:<line>: <reason>" (or "line <n>: <reason>" without a file name). Nothing is returned on error.
    static Result<JobClassMapping> parse(const QString &text, const QString &fileName = {});
    /// Reads and parses a UTF-8 mapping file; the error names the file.
    static Result<JobClassMapping> load(const QString &path);

    /// Adds one mapping after checking it (a Java class name, a type name, an argument the type accepts, a class not
    /// mapped yet). Fails with the reason and changes nothing.
    Result<Done> add(const JobClassMappingEntry &entry);

    const QList<JobClassMappingEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    /// The entry of a Java class (exact, case-sensitive match), or nullopt when the class is unmapped.
    std::optional<JobClassMappingEntry> forJavaClass(const QString &javaClass) const;
    /// The first entry that can stand for a job of this type and data on export, or nullopt.
    std::optional<JobClassMappingEntry> forJob(const QString &jobType, const JobDataMap &data) const;

    /// The data key an argument sets for a type: "program", "url", "dataSource", "message"; empty when the type
    /// takes no argument.
    static QString mainKey(const QString &jobType);

    /// The mapping in file syntax, one line per entry in order, ending with a newline (empty when empty).
    QString toText() const;

private:
    QList<JobClassMappingEntry> m_entries;
};

} // namespace Qronos
