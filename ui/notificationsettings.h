#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace Qronos {

/// What the console tells the desktop about (the tray's notifications), as the preferences set it: failed
/// executions, misfires, and which job groups (none listed = all). Kept in QSettings under "notifications/".
struct NotificationSettings
{
    enum class Kind { FailedExecution, Misfire };

    bool failedExecutions = true;
    bool misfires = false;
    /// Job groups to notify about; empty = every group.
    QStringList groups;

    /// From the application's QSettings (or \a settings); the defaults where nothing is stored.
    static NotificationSettings load();
    static NotificationSettings load(QSettings &settings);
    void save() const;
    void save(QSettings &settings) const;

    /// True when an event of \a kind for a job in \a group is to be notified.
    bool wants(Kind kind, const QString &group) const;

    /// "a, b, c" from a comma-separated list, empty entries and surrounding spaces dropped, each group once.
    static QStringList parseGroups(const QString &text);
    static QString groupsText(const QStringList &groups);

    bool operator==(const NotificationSettings &other) const = default;
};

} // namespace Qronos
