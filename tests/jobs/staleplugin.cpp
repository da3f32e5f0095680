// A job-type plugin built for an older plugin interface ("org.qronos.JobTypePlugin/0"): the loader
// must refuse it from its metadata alone, without running its code.
#include <QObject>
#include <QStringList>
#include <QtPlugin>

class OldJobTypePlugin
{
public:
    virtual ~OldJobTypePlugin() = default;
    virtual QStringList jobTypeNames() const = 0;
};

Q_DECLARE_INTERFACE(OldJobTypePlugin, "org.qronos.JobTypePlugin/0")

class StalePlugin final : public QObject, public OldJobTypePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.qronos.JobTypePlugin/0")
    Q_INTERFACES(OldJobTypePlugin)

public:
    StalePlugin() { qFatal("the loader ran the code of a plugin it should have refused from its metadata"); }
    QStringList jobTypeNames() const override { return {QStringLiteral("checksum")}; }
};

#include "staleplugin.moc"
