#pragma once

#include <QHashFunctions>
#include <QString>

namespace Qronos {

/// Name + group identity of a job or trigger, as in Quartz. The group defaults to "DEFAULT".
template <typename Tag>
class Key final
{
public:
    static QString defaultGroup() { return QStringLiteral("DEFAULT"); }

    Key() = default;
    explicit Key(QString name, QString group = defaultGroup())
        : m_name(std::move(name))
        , m_group(group.isEmpty() ? defaultGroup() : std::move(group))
    {}

    const QString &name() const { return m_name; }
    const QString &group() const { return m_group; }
    bool isNull() const { return m_name.isEmpty(); }
    /// "group.name", as Quartz prints keys.
    QString toString() const { return m_group + QLatin1Char('.') + m_name; }

    friend bool operator==(const Key &a, const Key &b) { return a.m_name == b.m_name && a.m_group == b.m_group; }
    friend bool operator!=(const Key &a, const Key &b) { return !(a == b); }
    friend bool operator<(const Key &a, const Key &b)
    {
        return a.m_group != b.m_group ? a.m_group < b.m_group : a.m_name < b.m_name;
    }
    friend size_t qHash(const Key &k, size_t seed = 0) { return qHashMulti(seed, k.m_group, k.m_name); }

private:
    QString m_name;
    QString m_group = defaultGroup();
};

struct JobKeyTag;
struct TriggerKeyTag;
using JobKey = Key<JobKeyTag>;
using TriggerKey = Key<TriggerKeyTag>;

/// Checks a name or group for storage: not empty, at most 190 characters (Quartz's column size), no control characters.
/// Returns an empty string when valid, else the reason.
QString keyPartProblem(const QString &part);

} // namespace Qronos
