#include "jobtyperegistry.h"

#include "httpjob.h"
#include "logjob.h"
#include "noopjob.h"
#include "shelljob.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::JobTypeRegistry)
};
} // namespace

Result<Done> JobTypeRegistry::registerType(JobTypeInfo info)
{
    if (info.name.trimmed().isEmpty())
        return fail(Tr::tr("A job type needs a name."));
    if (!info.factory)
        return fail(Tr::tr("Job type \"%1\" has no factory to create its jobs.").arg(info.name));
    QMutexLocker lock(&m_mutex);
    if (m_types.contains(info.name))
        return fail(Tr::tr("Job type \"%1\" is already registered.").arg(info.name));
    const QString name = info.name;
    m_types.insert(name, std::move(info));
    return Done{};
}

bool JobTypeRegistry::unregisterType(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    return m_types.remove(name) > 0;
}

bool JobTypeRegistry::contains(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    return m_types.contains(name);
}

QStringList JobTypeRegistry::typeNames() const
{
    QMutexLocker lock(&m_mutex);
    return m_types.keys();
}

std::optional<JobTypeInfo> JobTypeRegistry::type(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_types.constFind(name);
    if (it == m_types.cend())
        return std::nullopt;
    return *it;
}

QString JobTypeRegistry::unknownTypeMessage(const QString &name) const
{
    return Tr::tr("Unknown job type \"%1\"; registered types: %2.")
        .arg(name, typeNames().join(QLatin1String(", ")));
}

Result<Done> JobTypeRegistry::validate(const QString &typeName, const JobDataMap &data) const
{
    const std::optional<JobTypeInfo> info = type(typeName);
    if (!info)
        return fail(unknownTypeMessage(typeName));
    if (!info->validator)
        return Done{};
    return info->validator(data);
}

Result<std::unique_ptr<Job>> JobTypeRegistry::create(const QString &typeName) const
{
    const std::optional<JobTypeInfo> info = type(typeName);
    if (!info)
        return fail(unknownTypeMessage(typeName));
    std::unique_ptr<Job> job = info->factory();
    if (!job)
        return fail(Tr::tr("Job type \"%1\" could not create a job.").arg(typeName));
    return Result<std::unique_ptr<Job>>(std::move(job));
}

Result<Done> registerBuiltInJobTypes(JobTypeRegistry &registry)
{
    for (JobTypeInfo info : {NoopJob::typeInfo(), LogJob::typeInfo(), ShellJob::typeInfo(), HttpJob::typeInfo()}) {
        Result<Done> r = registry.registerType(std::move(info));
        if (!r)
            return r;
    }
    return Done{};
}

} // namespace Qronos
