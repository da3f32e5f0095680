#include "notificationsettings.h"

#include <QSettings>

namespace Qronos {

namespace {
const QString kFailed = QStringLiteral("notifications/failedExecutions");
const QString kMisfires = QStringLiteral("notifications/misfires");
const QString kGroups = QStringLiteral("notifications/groups");
} // namespace

NotificationSettings NotificationSettings::load()
{
    QSettings settings;
    return load(settings);
}

NotificationSettings NotificationSettings::load(QSettings &settings)
{
    NotificationSettings result;
    result.failedExecutions = settings.value(kFailed, result.failedExecutions).toBool();
    result.misfires = settings.value(kMisfires, result.misfires).toBool();
    result.groups = parseGroups(settings.value(kGroups).toStringList().join(QLatin1Char(',')));
    return result;
}

void NotificationSettings::save() const
{
    QSettings settings;
    save(settings);
}

void NotificationSettings::save(QSettings &settings) const
{
    settings.setValue(kFailed, failedExecutions);
    settings.setValue(kMisfires, misfires);
    settings.setValue(kGroups, groups);
    settings.sync();
}

bool NotificationSettings::wants(Kind kind, const QString &group) const
{
    const bool kindWanted = kind == Kind::FailedExecution ? failedExecutions : misfires;
    return kindWanted && (groups.isEmpty() || groups.contains(group));
}

QStringList NotificationSettings::parseGroups(const QString &text)
{
    QStringList result;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString group = part.trimmed();
        if (!group.isEmpty() && !result.contains(group))
            result.append(group);
    }
    return result;
}

QString NotificationSettings::groupsText(const QStringList &groups)
{
    return groups.join(QLatin1String(", "));
}

} // namespace Qronos
