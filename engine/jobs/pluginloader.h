#pragma once

#include "jobtyperegistry.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Qronos {

/// What loadJobTypePlugins() did, file by file.
struct PluginLoadReport final
{
    /// A plugin whose types were all registered.
    struct Loaded
    {
        QString file;       ///< absolute path of the shared library
        QStringList types;  ///< the type names it registered
    };
    /// A file that was refused, and why (a sentence a person can act on).
    struct Failure
    {
        QString file;
        QString reason;
    };

    QList<Loaded> loaded;
    QList<Failure> failures;

    /// Every type registered from the directory, in load order.
    QStringList registeredTypes() const;
    /// One line per failure: "<file>: <reason>".
    QStringList errorMessages() const;
    bool hasFailures() const { return !failures.isEmpty(); }
};

/// The interface id the loader accepts (QronosJobTypePlugin_iid).
QString jobTypePluginIid();

/// Loads every shared library in \a directory (not its subdirectories; files in name order; a
/// library reached through several symlinks once) with QPluginLoader and registers the job types
/// of each in \a registry.
///
/// A plugin is all or nothing: when one of its types cannot be registered (a name already taken,
/// no factory), none of its types are, and the report names the file and the reason. A file that is
/// not a Qt plugin, a Qt plugin of another kind, or one built for another version of the plugin
/// interface is refused before any of its code runs. A bad file never stops the others. Files that
/// are not shared libraries by name (README, *.json) are ignored.
///
/// Loaded plugins are never unloaded (their code backs the factories in the registry), including
/// ones refused after loading. Fails only when \a directory cannot be read.
Result<PluginLoadReport> loadJobTypePlugins(const QString &directory, JobTypeRegistry &registry);

} // namespace Qronos
