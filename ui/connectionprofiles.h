#pragma once

#include "consolesession.h"
#include "result.h"
#include "store/databaseurl.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QSettings;

namespace Qronos {

class PasswordStore;

/// One saved database connection of the console: everything of its URL but the password, which lives in a
/// PasswordStore (the OS keychain) or nowhere.
struct ConnectionProfile
{
    using Kind = DatabaseUrl::Kind;

    /// How the connection to a server is secured. PostgreSQL takes every mode (libpq's sslmode; Default leaves it
    /// to libpq, which prefers TLS). MySQL/MariaDB take Default (the client library decides) and VerifyCa (TLS,
    /// the server's certificate checked against caFile: the URL option sslca).
    enum class TlsMode { Default, Disable, Prefer, Require, VerifyCa, VerifyFull };

    /// A field of the profile, for problems().
    enum class Field { Name, File, Host, Port, Database, User, Tls, CaFile, Prefix, Scheduler, Url, JavaQuartz };

    QString name;
    Kind kind = Kind::Sqlite;
    QString sqliteFile;  ///< SQLite: the database file
    QString host;        ///< servers: host name or address
    int port = 0;        ///< servers: 0 = the kind's default (5432, 3306); outside 0..65535 is invalid
    QString database;    ///< servers: the database name
    QString user;        ///< servers: the login (empty: the driver's default)
    TlsMode tls = TlsMode::Default;
    QString caFile;      ///< servers: the CA certificate file (sslrootcert, sslca)
    QString tablePrefix = DatabaseUrl::defaultTablePrefix();
    QString schedulerName = DatabaseUrl::defaultSchedulerName();
    /// Whether the console runs jobs as a node of this database's cluster (true for SQLite, false for servers).
    /// Never for a Java Quartz database.
    bool runJobsHere = true;
    /// The database is a Java Quartz 2.x cluster's own store (PostgreSQL or MySQL/MariaDB), not a Qronos store: the
    /// console observes it (QuartzObserverWindow, QuartzDatabase) and writes only on a confirmed action. Then
    /// tablePrefix is Quartz's tablePrefix (QRTZ_ by default) and schedulerName its SCHED_NAME, empty for the only
    /// scheduler in the database.
    bool javaQuartz = false;
    /// URL options the fields do not show (connectTimeout, sslcert, sslkey, busyTimeout, ...), kept as they came.
    QMap<QString, QString> extraOptions;

    /// A new profile of \a kind with that kind's defaults.
    static ConnectionProfile create(Kind kind, const QString &name = {});
    /// The profile of a parsed URL (its password is dropped); \a name defaults to a name made from the URL.
    static ConnectionProfile fromUrl(const DatabaseUrl &url, const QString &name = {});
    /// Makes the profile a Java Quartz one (\a on) or a Qronos one, with that kind's defaults: a Java Quartz
    /// profile runs no jobs here and its scheduler name starts empty (the only one); back to Qronos, an empty
    /// scheduler name becomes the default again.
    void setJavaQuartz(bool on);
    /// A name for a URL's profile: the file name for SQLite, "database on host" for servers.
    static QString suggestedName(const DatabaseUrl &url);

    /// The modes the kind offers, in the order a chooser lists them.
    static QList<TlsMode> tlsModes(Kind kind);
    /// A mode's name for people, e.g. "Verify the server's certificate and host name".
    static QString tlsModeText(Kind kind, TlsMode mode);
    /// The kind's name for people: "SQLite file", "PostgreSQL", "MySQL or MariaDB".
    static QString kindText(Kind kind);
    /// The kind's default port: 5432, 3306; 0 for SQLite.
    static int defaultPort(Kind kind);

    /// The URL text, without a password, e.g. postgresql://alice@db:5432/qronos?sslmode=verify-full. For a Java
    /// Quartz profile, what qronosctl --quartz-db takes (the scheduler name, when one is set, always in it).
    QString urlText() const;
    /// The URL, parsed by the engine (without a password, whatever the environment holds); fails when a field is
    /// wrong, naming it.
    Result<DatabaseUrl> url() const;
    /// Every wrong field with the reason, for a person; empty when the profile can be opened. Checks the files it
    /// names (the SQLite file's folder and the CA file must exist), not the server. The name's uniqueness is
    /// ConnectionProfiles' business.
    QList<std::pair<Field, QString>> problems() const;
    bool isValid() const { return problems().isEmpty(); }

    /// What the console opens for this profile: its URL with \a password when one is given, else the one
    /// \a passwords keeps for the login (when \a passwords is not null), else the environment's
    /// (QRONOS_DB_PASSWORD, QRONOS_DB_PASSWORD_FILE), else none. A server's threads: \a threadCount.
    Result<ConsoleOptions> consoleOptions(PasswordStore *passwords, const QString &password = {},
                                          int threadCount = 4) const;

    bool operator==(const ConnectionProfile &other) const = default;
};

/// The console's saved connection profiles and its recent connections, in QSettings (group "connections"). No
/// password is ever written there.
class ConnectionProfiles final
{
public:
    /// The recent list keeps this many.
    static constexpr int MaxRecent = 8;

    /// Reads the profiles and the recent list from the application's QSettings (or \a settings).
    static ConnectionProfiles load();
    static ConnectionProfiles load(QSettings &settings);
    /// Writes them there, replacing what was saved.
    void save() const;
    void save(QSettings &settings) const;

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    /// Replaces the profiles; recent names that no longer exist are dropped.
    void setProfiles(const QList<ConnectionProfile> &profiles);
    /// The profile called \a name.
    std::optional<ConnectionProfile> find(const QString &name) const;
    int indexOf(const QString &name) const;
    /// Adds \a profile, or replaces the one with its name.
    void insert(const ConnectionProfile &profile);
    /// Removes the profile called \a name, and it from the recent list. False when there was none.
    bool remove(const QString &name);
    /// Renames a profile, in the recent list as well.
    void rename(const QString &from, const QString &to);
    /// \a base when no profile has it, else "base (2)", "base (3)", ...
    QString uniqueName(const QString &base) const;

    /// Profile names, most recently opened first, at most MaxRecent.
    QStringList recent() const { return m_recent; }
    /// The recent profiles in that order.
    QList<ConnectionProfile> recentProfiles() const;
    /// Puts \a name at the front of the recent list (dropping the oldest beyond MaxRecent).
    void noteUsed(const QString &name);
    /// The profile with the same URL as \a url, or a new one made from it (added): for a database opened with
    /// --db, so that it appears among the recent connections. Returns its name; call noteUsed() with it.
    QString adopt(const DatabaseUrl &url);

private:
    QList<ConnectionProfile> m_profiles;
    QStringList m_recent;
};

} // namespace Qronos
