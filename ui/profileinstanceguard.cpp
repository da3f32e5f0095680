#include "profileinstanceguard.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcessEnvironment>

namespace Qronos {

namespace {

const QByteArray activateMessage = QByteArrayLiteral("activate\n");
constexpr int AnswerTimeoutMs = 1000;

} // namespace

ProfileInstanceGuard::ProfileInstanceGuard(const QString &profileKey, QObject *parent)
    : QObject(parent)
    , m_key(profileKey)
{
}

ProfileInstanceGuard::~ProfileInstanceGuard() = default;

QString ProfileInstanceGuard::socketName(const QString &profileKey)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString user = env.value(QStringLiteral("USER"), env.value(QStringLiteral("USERNAME")));
    const QByteArray hash = QCryptographicHash::hash((user + QLatin1Char('\n') + profileKey).toUtf8(),
                                                     QCryptographicHash::Sha256);
    return QStringLiteral("qronos-console-") + QString::fromLatin1(hash.toHex().left(24));
}

bool ProfileInstanceGuard::claim()
{
    if (m_server)
        return true;
    const QString name = socketName(m_key);
    {
        QLocalSocket holder;
        holder.connectToServer(name);
        if (holder.waitForConnected(AnswerTimeoutMs)) {
            holder.write(activateMessage);
            holder.waitForBytesWritten(AnswerTimeoutMs);
            holder.disconnectFromServer();
            return false;
        }
    }
    // Nobody answers: the name is free, or left behind by a console that crashed.
    QLocalServer::removeServer(name);
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(name)) {
        // Another console started listening between the probe and here: it holds the profile.
        delete server;
        return false;
    }
    connect(server, &QLocalServer::newConnection, this, [this, server] {
        while (QLocalSocket *socket = server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains(activateMessage))
                    emit activationRequested();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    m_server = server;
    return true;
}

} // namespace Qronos
