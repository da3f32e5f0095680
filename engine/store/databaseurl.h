#pragma once

#include "result.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>

namespace Qronos {

/// Where the store lives, parsed from a URL:
///   sqlite:///abs/path.db   sqlite:relative.db   sqlite::memory:
///   postgresql://user@host:port/db?sslmode=verify-full&sslrootcert=/path
///   mysql://user@host:port/db   mariadb://user@host:port/db
/// Query options every kind accepts: prefix (table prefix, default QRTZ_), scheduler (SCHED_NAME,
/// default QronosScheduler), passwordFile, connectTimeout (seconds).
/// The password is never required in the URL: the URL's own, else QRONOS_DB_PASSWORD, else the file named
/// by ?passwordFile= or QRONOS_DB_PASSWORD_FILE, else none (qronosctl then looks in the OS keychain and supplies
/// what it finds with withPassword()).
class DatabaseUrl final
{
public:
    enum class Kind { Sqlite, PostgreSql, MySql };
    /// Where password() came from. Supplied: set after parsing with withPassword() (e.g. from the OS keychain).
    enum class PasswordSource { None, Url, Environment, File, Supplied };

    /// Parses \a text; \a environment supplies QRONOS_DB_PASSWORD and QRONOS_DB_PASSWORD_FILE.
    /// A failure names the part of the URL that is wrong.
    static Result<DatabaseUrl> parse(const QString &text,
                                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    /// True when \a prefix may be pasted into SQL text: letters, digits and underscores, not starting with a digit,
    /// at most 32 characters.
    static bool isSafePrefix(const QString &prefix);

    static QString defaultTablePrefix() { return QStringLiteral("QRTZ_"); }
    static QString defaultSchedulerName() { return QStringLiteral("QronosScheduler"); }

    Kind kind() const { return m_kind; }
    /// The scheme as written: sqlite, postgresql (or postgres), mysql, mariadb.
    QString scheme() const { return m_scheme; }
    QString host() const { return m_host; }
    /// The port, or the default for the kind (5432, 3306); 0 for SQLite.
    int port() const { return m_port; }
    /// The database name, or for SQLite the file path (or ":memory:").
    QString database() const { return m_database; }
    QString userName() const { return m_userName; }
    QString password() const { return m_password; }
    /// None when neither the URL, QRONOS_DB_PASSWORD nor a password file gave a password (always for SQLite).
    PasswordSource passwordSource() const { return m_passwordSource; }
    /// A copy that connects with \a password (source Supplied): how a caller gives a password found elsewhere.
    DatabaseUrl withPassword(const QString &password) const;
    QString tablePrefix() const { return m_tablePrefix; }
    QString schedulerName() const { return m_schedulerName; }
    /// Driver-specific options (sslmode, sslrootcert, connectTimeout, ...), without prefix/scheduler/passwordFile.
    QMap<QString, QString> options() const { return m_options; }
    QString option(const QString &name) const { return m_options.value(name); }

    /// The URL without its password, for logs and messages.
    QString toString() const;

private:
    Kind m_kind = Kind::Sqlite;
    QString m_scheme;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_userName;
    QString m_password;
    PasswordSource m_passwordSource = PasswordSource::None;
    QString m_tablePrefix = defaultTablePrefix();
    QString m_schedulerName = defaultSchedulerName();
    QMap<QString, QString> m_options;
};

} // namespace Qronos
