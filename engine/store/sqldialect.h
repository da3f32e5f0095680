#pragma once

#include "store/databaseurl.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Qronos {

/// What differs between the databases the store supports. One subclass per database; the store's SQL is
/// otherwise written once.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    /// The dialect for \a url's kind.
    static std::unique_ptr<SqlDialect> forUrl(const DatabaseUrl &url);

    /// Short human name: "SQLite", "PostgreSQL", "MySQL/MariaDB".
    virtual QString displayName() const = 0;
    /// The Qt SQL driver: "QSQLITE", "QPSQL", "QMYSQL".
    virtual QString driverName() const = 0;
    /// The Debian package that provides the driver, for error messages.
    virtual QString driverPackage() const = 0;

    /// Adds a connection named \a connectionName set up from \a url (host, port, user, password, options)
    /// without opening it.
    QSqlDatabase addDatabase(const DatabaseUrl &url, const QString &connectionName) const;

    /// The driver's connect-options string for \a url (sslmode, timeouts, ...).
    virtual QString connectOptions(const DatabaseUrl &url) const = 0;

    /// A statement returning one row with the server's version text.
    virtual QString serverVersionQuery() const = 0;
    /// Whether `SELECT ... FOR UPDATE SKIP LOCKED` works on a server that reports \a serverVersion
    /// (the text serverVersionQuery() returns).
    virtual bool supportsSkipLocked(const QString &serverVersion) const = 0;

    /// Whether CREATE/ALTER statements take part in a transaction (a failed migration leaves nothing behind).
    virtual bool hasTransactionalDdl() const = 0;

    /// The resource folder of this database's numbered migrations, e.g. ":/qronos/sql/postgresql".
    virtual QString migrationDirectory() const = 0;

    /// A statement taking a server-wide named lock (one bound value: the name; one row with 1 when taken) that
    /// waits until it is free, so two programs starting at once do not migrate the same schema together.
    /// Where the lock is a transaction instead (lockIsTransaction(): SQLite's BEGIN IMMEDIATE, no bound value),
    /// migrations run inside it under savepoints.
    virtual QString acquireNamedLockSql() const = 0;
    /// The statement that releases acquireNamedLockSql()'s lock (one bound value: the name, unless a transaction).
    virtual QString releaseNamedLockSql() const = 0;
    virtual bool lockIsTransaction() const { return false; }

    /// The column type for a JSON document stored as UTF-8 text.
    virtual QString jsonTextType() const = 0;

protected:
    SqlDialect() = default;
};

} // namespace Qronos
