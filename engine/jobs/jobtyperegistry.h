#pragma once

#include "job.h"
#include "model/jobdatamap.h"
#include "result.h"

#include <QMap>
#include <QMutex>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Qronos {

/// One job type as the registry knows it.
struct JobTypeInfo final
{
    /// The name stored in JobDetail::jobType(), e.g. "shell".
    QString name;
    /// One line for people choosing a type.
    QString description;
    /// JSON-schema-like text describing the data keys (types, defaults, meaning); shown by editors.
    QString dataSchema;
    /// Makes a fresh job for one execution. Must be callable from any thread.
    std::function<std::unique_ptr<Job>()> factory;
    /// Checks job data before it is stored or run; a failure names the key and says what is expected.
    /// May be empty when the type takes any data. Must be callable from any thread.
    std::function<Result<Done>(const JobDataMap &)> validator;
};

/// Job types by name: the factories the runtime uses to turn a JobDetail into a running Job.
///
/// Thread-safe: types are usually registered at start-up, but any call may come from any thread.
class JobTypeRegistry final
{
public:
    JobTypeRegistry() = default;
    Q_DISABLE_COPY_MOVE(JobTypeRegistry)

    /// Adds a type. Fails (and changes nothing) when the name is empty, already taken, or the
    /// factory is missing.
    Result<Done> registerType(JobTypeInfo info);
    /// Removes a type; false if it was not registered.
    bool unregisterType(const QString &name);

    bool contains(const QString &name) const;
    /// Registered names, sorted.
    QStringList typeNames() const;
    /// A copy of the type's description; nullopt when unknown.
    std::optional<JobTypeInfo> type(const QString &name) const;

    /// Checks data for the named type; an unknown type is an error that lists the known ones.
    Result<Done> validate(const QString &typeName, const JobDataMap &data) const;
    /// A new job of the named type; an unknown type is an error that lists the known ones.
    Result<std::unique_ptr<Job>> create(const QString &typeName) const;

private:
    QString unknownTypeMessage(const QString &name) const;

    mutable QMutex m_mutex;
    QMap<QString, JobTypeInfo> m_types;
};

/// Registers noop, log, shell and http. Fails if one of those names is already taken.
Result<Done> registerBuiltInJobTypes(JobTypeRegistry &registry);

} // namespace Qronos
