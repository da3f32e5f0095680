#pragma once

#include "result.h"
#include "store/databaseurl.h"
#include "store/sqldialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;

namespace Qronos {

/// Brings a database's schema up to the version this program knows.
///
/// Owns one named QSqlDatabase connection for the thread that calls open(); the destructor closes and
/// removes it. Each numbered migration (sql/<dialect>/NNNN_name.sql, embedded as resources) runs in one
/// transaction where the database has transactional DDL; on MySQL/MariaDB, where DDL commits on its own,
/// progress is recorded after every statement so a failure says exactly which statement stopped it and the
/// next run continues after the last one that succeeded. Applied versions are recorded in
/// {prefix}SCHEMA_VERSION. A schema newer than the program is refused and left untouched.
class SchemaMigrator final
{
    Q_DISABLE_COPY_MOVE(SchemaMigrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;         ///< "init" for 0001_init.sql
        QStringList statements; ///< with the prefix already substituted
    };

    SchemaMigrator(DatabaseUrl url, QString connectionName);
    ~SchemaMigrator();

    /// Opens the connection. A failure names the driver, host and port (or file) and writes nothing.
    Result<Done> open();

    /// Applies every pending migration; returns the schema version afterwards. Opens first if needed.
    Result<int> migrate();

    /// The version recorded in the database: 0 when nothing is applied yet. Opens first if needed.
    Result<int> currentVersion();

    /// The highest migration this program carries for the URL's database.
    int latestVersion() const;

    /// The server's version text (after open()).
    QString serverVersion() const { return m_serverVersion; }

    const DatabaseUrl &url() const { return m_url; }
    const SqlDialect &dialect() const { return *m_dialect; }
    QString connectionName() const { return m_connectionName; }
    /// The open connection (invalid before open()).
    QSqlDatabase database() const;

    /// The migrations embedded for \a dialect with \a prefix substituted, in version order.
    static Result<QList<Migration>> migrations(const SqlDialect &dialect, const QString &prefix);

    /// Splits a migration file into statements: '--' comment lines dropped, statements end with ';' at a line end.
    static QStringList splitStatements(const QString &sql);

private:
    struct VersionState
    {
        int version = 0;        ///< highest fully applied
        int partialVersion = 0; ///< a MySQL migration that stopped midway, or 0
        int statementsDone = 0; ///< of partialVersion
    };

    QString versionTable() const;
    QString describeTarget() const;
    Result<bool> versionTableExists();
    Result<VersionState> readVersionState();
    Result<Done> createVersionTable();
    Result<int> migrateLocked();
    /// \a skipStatements: -1 for a fresh start, else how many statements a stopped MySQL run already applied.
    Result<Done> apply(const Migration &migration, int skipStatements);
    Result<Done> applyInTransaction(const Migration &migration);
    Result<Done> applyStatementwise(const Migration &migration, int skipStatements);
    /// Runs \a sql; with \a values it is prepared and they are bound, without (DDL) it runs as it is.
    Result<Done> exec(const QString &sql, const QVariantList &values = {});

    DatabaseUrl m_url;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    QThread *m_thread = nullptr; // the thread that opened the connection
    QString m_serverVersion;
    bool m_opened = false;
    bool m_insideLockTransaction = false; ///< SQLite: migrate() holds BEGIN IMMEDIATE; migrations use savepoints
};

} // namespace Qronos
