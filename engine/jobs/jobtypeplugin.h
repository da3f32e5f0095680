#pragma once

#include "jobtyperegistry.h"

#include <QList>
#include <QtPlugin>

namespace Qronos {

/// The interface a job-type plugin (a shared library loaded with QPluginLoader) implements: the job
/// types it provides. See "Writing a job-type plugin" in docs/job-types.md for how to build one.
///
/// The plugin's root object derives from QObject and from this interface, and declares
/// `Q_PLUGIN_METADATA(IID QronosJobTypePlugin_iid)` and `Q_INTERFACES(Qronos::JobTypePlugin)`.
///
/// Only this interface, Job's virtual functions and the value types in JobTypeInfo, JobResult,
/// JobExecutionContext and JobDataMap cross the boundary between the node and the plugin, so the
/// plugin must be built against the same Qronos headers (the interface version in the IID says
/// which) and the same Qt major/minor version as the node.
class JobTypePlugin
{
public:
    virtual ~JobTypePlugin() = default;

    /// The job types this plugin provides, each with a name, factory and (ideally) a validator.
    /// Called once, on the thread that loads the plugin. The factories and validators are called
    /// later from any thread; the plugin stays loaded until the process ends.
    virtual QList<JobTypeInfo> jobTypes() const = 0;
};

} // namespace Qronos

/// The plugin interface id; the number after the slash changes whenever a type that crosses the
/// plugin boundary changes its layout or its virtual functions, so stale plugins are refused.
#define QronosJobTypePlugin_iid "org.qronos.JobTypePlugin/1"

Q_DECLARE_INTERFACE(Qronos::JobTypePlugin, QronosJobTypePlugin_iid)
