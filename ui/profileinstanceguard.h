#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace Qronos {

/// One console per database profile on this computer and account: the console that opens a profile holds its
/// guard, and a second one that tries is told no, after asking the first to come to the front. (Two consoles on one
/// embedded SQLite file would be two nodes on a store that allows one.)
///
/// The guard is a local socket named after the profile; a crashed holder leaves a stale name, which the next claim
/// takes over because nothing answers on it.
class ProfileInstanceGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileInstanceGuard)

public:
    /// \a profileKey names the profile (the database URL without its password).
    explicit ProfileInstanceGuard(const QString &profileKey, QObject *parent = nullptr);
    ~ProfileInstanceGuard() override;

    /// Takes the profile: true when no other console holds it. When one does, asks it to show its window and
    /// returns false.
    bool claim();
    bool isHeld() const { return m_server != nullptr; }
    const QString &profileKey() const { return m_key; }
    /// The local socket name for \a profileKey (per user of this computer).
    static QString socketName(const QString &profileKey);

signals:
    /// Another console tried to open this profile: show the window.
    void activationRequested();

private:
    QString m_key;
    QLocalServer *m_server = nullptr;
};

} // namespace Qronos
