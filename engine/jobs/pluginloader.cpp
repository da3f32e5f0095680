#include "pluginloader.h"

#include "jobtypeplugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QSet>

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::PluginLoader)
};

const QLatin1String kIidFamily("org.qronos.JobTypePlugin/");

/// Why \a loader's file is not a job-type plugin of this version, or an empty string when it is.
/// Reads only the metadata Qt finds in the file: none of the plugin's code runs.
QString refuseByMetadata(const QPluginLoader &loader)
{
    const QJsonObject metaData = loader.metaData();
    const QString iid = metaData.value(QLatin1String("IID")).toString();
    if (iid.isEmpty()) {
        const QString detail = loader.errorString();
        return Tr::tr("not a Qt plugin (it has no plugin metadata; a job-type plugin declares "
                      "Q_PLUGIN_METADATA(IID QronosJobTypePlugin_iid)). Qt says: %1")
            .arg(detail);
    }
    if (iid == jobTypePluginIid())
        return {};
    if (iid.startsWith(kIidFamily)) {
        return Tr::tr("built for job-type plugin interface \"%1\", but this Qronos loads \"%2\"; rebuild the plugin "
                      "against this version of Qronos")
            .arg(iid, jobTypePluginIid());
    }
    return Tr::tr("a Qt plugin of another kind (interface \"%1\"), not a Qronos job-type plugin (\"%2\")")
        .arg(iid, jobTypePluginIid());
}
} // namespace

QStringList PluginLoadReport::registeredTypes() const
{
    QStringList types;
    for (const Loaded &l : loaded)
        types += l.types;
    return types;
}

QStringList PluginLoadReport::errorMessages() const
{
    QStringList messages;
    for (const Failure &f : failures)
        messages.append(f.file + QLatin1String(": ") + f.reason);
    return messages;
}

QString jobTypePluginIid()
{
    return QStringLiteral(QronosJobTypePlugin_iid);
}

Result<PluginLoadReport> loadJobTypePlugins(const QString &directory, JobTypeRegistry &registry)
{
    const QFileInfo dirInfo(directory);
    if (!dirInfo.isDir())
        return fail(Tr::tr("The job-type plugin folder \"%1\" does not exist or is not a folder.").arg(directory));
    const QDir dir(dirInfo.absoluteFilePath());
    if (!dir.isReadable())
        return fail(Tr::tr("The job-type plugin folder \"%1\" cannot be read.").arg(dir.path()));

    PluginLoadReport report;
    QSet<QString> seen; // canonical paths: libx.so and libx.so.1 -> libx.so.1.0 load once
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (!QLibrary::isLibrary(entry.fileName()))
            continue;
        const QString file = entry.absoluteFilePath();
        const QString canonical = entry.canonicalFilePath();
        if (seen.contains(canonical))
            continue;
        seen.insert(canonical);

        QPluginLoader loader(file);
        if (const QString why = refuseByMetadata(loader); !why.isEmpty()) {
            report.failures.append({file, why});
            continue;
        }
        QObject *instance = loader.instance();
        if (!instance) {
            report.failures.append({file, Tr::tr("the plugin could not be loaded: %1").arg(loader.errorString())});
            continue;
        }
        const JobTypePlugin *plugin = qobject_cast<JobTypePlugin *>(instance);
        if (!plugin) {
            report.failures.append(
                {file, Tr::tr("its root object \"%1\" does not implement Qronos::JobTypePlugin (missing "
                              "Q_INTERFACES(Qronos::JobTypePlugin)?)")
                           .arg(QString::fromLatin1(instance->metaObject()->className()))});
            continue;
        }

        QList<JobTypeInfo> types = plugin->jobTypes();
        if (types.isEmpty()) {
            report.failures.append({file, Tr::tr("the plugin provides no job types")});
            continue;
        }
        // All or nothing: check every name first, then register, and take back what was registered
        // if a later one fails (another thread may register the same name in between).
        QString why;
        QSet<QString> names;
        for (const JobTypeInfo &info : std::as_const(types)) {
            if (names.contains(info.name))
                why = Tr::tr("it provides the job type \"%1\" twice").arg(info.name);
            else if (registry.contains(info.name))
                why = Tr::tr("the job type \"%1\" is already registered (built in or by an earlier plugin); none of "
                             "this plugin's types were registered")
                          .arg(info.name);
            names.insert(info.name);
            if (!why.isEmpty())
                break;
        }
        QStringList registered;
        if (why.isEmpty()) {
            for (JobTypeInfo &info : types) {
                const QString name = info.name;
                if (Result<Done> r = registry.registerType(std::move(info)); !r) {
                    why = r.error();
                    break;
                }
                registered.append(name);
            }
        }
        if (!why.isEmpty()) {
            for (const QString &name : std::as_const(registered))
                registry.unregisterType(name);
            report.failures.append({file, why});
            continue;
        }
        report.loaded.append({file, registered});
    }
    return report;
}

} // namespace Qronos
