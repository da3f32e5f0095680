#pragma once

#include "result.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace Qronos {

/// One thread's database connection for one store, with its prepared statements. Used only by the thread
/// that opened it, except close(), which the pool may call once that thread no longer uses the store.
class ThreadConnection final
{
    Q_DISABLE_COPY_MOVE(ThreadConnection)

public:
    /// \a owned: close() closes and removes the connection; otherwise it belongs to someone else and close()
    /// only drops the statements.
    explicit ThreadConnection(QString name, bool owned = true)
        : m_name(std::move(name)), m_thread(QThread::currentThread()), m_owned(owned) {}
    ~ThreadConnection() { close(); }

    const QString &name() const { return m_name; }
    /// The thread that opened it, the only one that may use or close it.
    QThread *thread() const { return m_thread; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    bool isClosed() const { return m_closed; }

    /// The prepared statement for \a sql, prepared on first use; null (with \a error set) when the database
    /// refuses it.
    /// \a nativeCode, when given, gets the server's error code of a failed prepare.
    QSqlQuery *prepared(const QString &sql, QString *error, QString *nativeCode = nullptr);
    /// Forgets every prepared statement (before a reconnect).
    void clearStatements();
    /// Ends the statements of the last transaction, so that SQLite's locks go.
    void finishStatements();

    /// Closes the connection and removes it from Qt's registry.
    void close();

private:
    QString m_name;
    QThread *m_thread;
    QHash<QString, QSqlQuery *> m_statements;
    bool m_owned = true;
    bool m_closed = false;
};

/// The per-thread connections of one store: each calling thread gets a clone of the template connection,
/// opened in that thread and closed when the thread ends. Destroying the pool closes the connection of the
/// destroying thread (and those of threads that have ended); Qt allows no other thread to close the others,
/// so they close when their threads end.
class ConnectionPool final
{
    Q_DISABLE_COPY_MOVE(ConnectionPool)

public:
    struct Shared;

    /// \a setUp runs on every newly opened connection (session settings); its error is the open's error.
    /// With \a templateOnly (an in-memory SQLite database, which a clone would not see) the template connection
    /// itself serves the thread that created it, and other threads get an error.
    ConnectionPool(QString templateName, std::function<Result<Done>(QSqlDatabase &)> setUp,
                   std::function<QString(const QString &)> describeError, bool templateOnly = false);
    ~ConnectionPool();

    /// What current() did with a connection an earlier reopen() left closed.
    enum class Reopen { NotNeeded, Succeeded, Failed };
    /// This thread's connection, opened on first use, and opened again when an earlier reopen() failed.
    Result<ThreadConnection *> current(Reopen *reopen = nullptr);
    /// Closes and reopens this thread's connection.
    Result<Done> reopen(ThreadConnection *connection);

private:
    Result<Done> openConnection(QSqlDatabase &db);

    quint64 m_id;
    QString m_templateName;
    std::function<Result<Done>(QSqlDatabase &)> m_setUp;
    std::function<QString(const QString &)> m_describeError;
    std::shared_ptr<Shared> m_shared;
    QThread *m_templateThread = nullptr; ///< set when only the template connection may be used
};

} // namespace Qronos
