// Plugins the loader must refuse from their metadata alone, without running their code: one built for
// an older job-type plugin interface ("org.qronos.JobTypePlugin/0"), and, built with
// QRONOS_TEST_OTHER_KIND, a Qt plugin of another kind altogether.
#include <QObject>
#include <QStringList>
#include <QtPlugin>

class OldJobTypePlugin
{
public:
    virtual ~OldJobTypePlugin() = default;
    virtual QStringList jobTypeNames() const = 0;
};

#ifdef QRONOS_TEST_OTHER_KIND
#define TEST_PLUGIN_IID "org.example.ImageFilter/1"
#else
#define TEST_PLUGIN_IID "org.qronos.JobTypePlugin/0"
#endif

Q_DECLARE_INTERFACE(OldJobTypePlugin, TEST_PLUGIN_IID)

class StalePlugin final : public QObject, public OldJobTypePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TEST_PLUGIN_IID)
    Q_INTERFACES(OldJobTypePlugin)

public:
    StalePlugin() { qFatal("the loader ran the code of a plugin it should have refused from its metadata"); }
    QStringList jobTypeNames() const override { return {QStringLiteral("checksum")}; }
};

#include "staleplugin.moc"
