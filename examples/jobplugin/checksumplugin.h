#pragma once

#include "jobs/jobtypeplugin.h"

#include <QObject>

namespace QronosExamples {

/// The plugin's root object: what QPluginLoader::instance() returns. It only lists the types;
/// the jobs themselves are plain Qronos::Job subclasses.
class ChecksumPlugin final : public QObject, public Qronos::JobTypePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QronosJobTypePlugin_iid FILE "checksumplugin.json")
    Q_INTERFACES(Qronos::JobTypePlugin)

public:
    QList<Qronos::JobTypeInfo> jobTypes() const override;
};

} // namespace QronosExamples
