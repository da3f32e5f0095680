#include "connectionprofiles.h"

#include "passwordstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

namespace Qronos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::ConnectionProfile)
};

const QString kGroup = QStringLiteral("connections");
const QString kProfiles = QStringLiteral("profiles");
const QString kRecent = QStringLiteral("recent");

const QString kSslMode = QStringLiteral("sslmode");
const QString kSslRootCert = QStringLiteral("sslrootcert");
const QString kSslCa = QStringLiteral("sslca");

QString kindKey(ConnectionProfile::Kind kind)
{
    switch (kind) {
    case ConnectionProfile::Kind::Sqlite: return QStringLiteral("sqlite");
    case ConnectionProfile::Kind::PostgreSql: return QStringLiteral("postgresql");
    case ConnectionProfile::Kind::MySql: return QStringLiteral("mysql");
    }
    return {};
}

ConnectionProfile::Kind kindFromKey(const QString &key)
{
    if (key == QLatin1String("postgresql"))
        return ConnectionProfile::Kind::PostgreSql;
    if (key == QLatin1String("mysql"))
        return ConnectionProfile::Kind::MySql;
    return ConnectionProfile::Kind::Sqlite;
}

/// libpq's sslmode values; Default has none.
QString sslModeText(ConnectionProfile::TlsMode mode)
{
    switch (mode) {
    case ConnectionProfile::TlsMode::Default: return {};
    case ConnectionProfile::TlsMode::Disable: return QStringLiteral("disable");
    case ConnectionProfile::TlsMode::Prefer: return QStringLiteral("prefer");
    case ConnectionProfile::TlsMode::Require: return QStringLiteral("require");
    case ConnectionProfile::TlsMode::VerifyCa: return QStringLiteral("verify-ca");
    case ConnectionProfile::TlsMode::VerifyFull: return QStringLiteral("verify-full");
    }
    return {};
}

std::optional<ConnectionProfile::TlsMode> tlsModeFromText(const QString &text)
{
    for (auto mode : {ConnectionProfile::TlsMode::Default, ConnectionProfile::TlsMode::Disable,
                      ConnectionProfile::TlsMode::Prefer, ConnectionProfile::TlsMode::Require,
                      ConnectionProfile::TlsMode::VerifyCa, ConnectionProfile::TlsMode::VerifyFull}) {
        if (sslModeText(mode) == text)
            return mode;
    }
    return std::nullopt;
}

QString absoluteFolder(const QString &file)
{
    return QFileInfo(file).absolutePath();
}

} // namespace

// ---- ConnectionProfile ---------------------------------------------------------------------------------------

ConnectionProfile ConnectionProfile::create(Kind kind, const QString &name)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.kind = kind;
    profile.runJobsHere = kind == Kind::Sqlite;
    return profile;
}

void ConnectionProfile::setJavaQuartz(bool on)
{
    if (on == javaQuartz)
        return;
    javaQuartz = on;
    if (on) {
        runJobsHere = false;
        if (schedulerName == DatabaseUrl::defaultSchedulerName())
            schedulerName.clear();
    } else if (schedulerName.trimmed().isEmpty()) {
        schedulerName = DatabaseUrl::defaultSchedulerName();
    }
}

QString ConnectionProfile::suggestedName(const DatabaseUrl &url)
{
    if (url.kind() == Kind::Sqlite)
        return QFileInfo(url.database()).fileName();
    return Tr::tr("%1 on %2").arg(url.database(), url.host());
}

ConnectionProfile ConnectionProfile::fromUrl(const DatabaseUrl &url, const QString &name)
{
    ConnectionProfile profile = create(url.kind(), name.isEmpty() ? suggestedName(url) : name);
    profile.tablePrefix = url.tablePrefix();
    profile.schedulerName = url.schedulerName();
    QMap<QString, QString> options = url.options();
    if (url.kind() == Kind::Sqlite) {
        profile.sqliteFile = url.database();
    } else {
        profile.host = url.host();
        profile.port = url.port() == defaultPort(url.kind()) ? 0 : url.port();
        profile.database = url.database();
        profile.user = url.userName();
        if (url.kind() == Kind::PostgreSql) {
            if (const auto mode = tlsModeFromText(options.value(kSslMode)); mode && options.contains(kSslMode)) {
                profile.tls = *mode;
                options.remove(kSslMode);
            }
            profile.caFile = options.take(kSslRootCert);
        } else if (options.contains(kSslCa)) {
            profile.tls = TlsMode::VerifyCa;
            profile.caFile = options.take(kSslCa);
        }
    }
    profile.extraOptions = options;
    return profile;
}

QList<ConnectionProfile::TlsMode> ConnectionProfile::tlsModes(Kind kind)
{
    switch (kind) {
    case Kind::Sqlite: return {};
    case Kind::PostgreSql:
        return {TlsMode::Default, TlsMode::Disable, TlsMode::Prefer, TlsMode::Require, TlsMode::VerifyCa,
                TlsMode::VerifyFull};
    case Kind::MySql: return {TlsMode::Default, TlsMode::VerifyCa};
    }
    return {};
}

QString ConnectionProfile::tlsModeText(Kind kind, TlsMode mode)
{
    if (kind == Kind::MySql) {
        if (mode == TlsMode::Default)
            return Tr::tr("As the client library decides");
        if (mode == TlsMode::VerifyCa)
            return Tr::tr("TLS, server certificate checked against the CA file");
    }
    switch (mode) {
    case TlsMode::Default: return Tr::tr("Default (TLS when the server offers it)");
    case TlsMode::Disable: return Tr::tr("Disable: never use TLS");
    case TlsMode::Prefer: return Tr::tr("Prefer: TLS when the server offers it");
    case TlsMode::Require: return Tr::tr("Require: always TLS, certificate not checked");
    case TlsMode::VerifyCa: return Tr::tr("Verify CA: TLS, certificate signed by the CA");
    case TlsMode::VerifyFull: return Tr::tr("Verify full: TLS, certificate and host name checked");
    }
    return {};
}

QString ConnectionProfile::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Sqlite: return Tr::tr("SQLite file");
    case Kind::PostgreSql: return Tr::tr("PostgreSQL");
    case Kind::MySql: return Tr::tr("MySQL or MariaDB");
    }
    return {};
}

int ConnectionProfile::defaultPort(Kind kind)
{
    switch (kind) {
    case Kind::Sqlite: return 0;
    case Kind::PostgreSql: return 5432;
    case Kind::MySql: return 3306;
    }
    return 0;
}

QString ConnectionProfile::urlText() const
{
    QMap<QString, QString> options = extraOptions;
    if (kind == Kind::PostgreSql) {
        if (tls != TlsMode::Default)
            options.insert(kSslMode, sslModeText(tls));
        if (!caFile.isEmpty())
            options.insert(kSslRootCert, caFile);
    } else if (kind == Kind::MySql && tls == TlsMode::VerifyCa && !caFile.isEmpty()) {
        options.insert(kSslCa, caFile);
    }
    QUrlQuery query;
    if (!tablePrefix.isEmpty() && tablePrefix != DatabaseUrl::defaultTablePrefix())
        query.addQueryItem(QStringLiteral("prefix"), tablePrefix);
    // A Java scheduler's name always: qronosctl --quartz-db takes "scheduler" given only when it is in the URL.
    if (!schedulerName.isEmpty() && (javaQuartz || schedulerName != DatabaseUrl::defaultSchedulerName()))
        query.addQueryItem(QStringLiteral("scheduler"), schedulerName);
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    // QUrlQuery leaves '+' and '&' alone in values; in a URL they would change the meaning.
    QString queryText;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        queryText += queryText.isEmpty() ? QLatin1Char('?') : QLatin1Char('&');
        queryText += QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=')
            + QString::fromLatin1(QUrl::toPercentEncoding(value, "/:"));
    }

    if (kind == Kind::Sqlite) {
        const QString path = QDir::fromNativeSeparators(sqliteFile.trimmed());
        QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(path, "/:"));
        // sqlite:///abs/path (an empty authority) for an absolute path, sqlite:relative otherwise.
        if (QDir::isAbsolutePath(path))
            return QStringLiteral("sqlite://") + (path.startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/"))
                + encoded + queryText;
        return QStringLiteral("sqlite:") + encoded + queryText;
    }

    QUrl url;
    url.setScheme(kindKey(kind));
    url.setUserName(user.trimmed());
    url.setHost(host.trimmed());
    url.setPort(port > 0 && port <= 65535 ? port : defaultPort(kind));
    url.setPath(QLatin1Char('/') + database.trimmed());
    return url.toString(QUrl::FullyEncoded) + queryText;
}

Result<DatabaseUrl> ConnectionProfile::url() const
{
    // An empty environment: QRONOS_DB_PASSWORD must not slip into the profile's URL.
    return DatabaseUrl::parse(urlText(), QProcessEnvironment());
}

QList<std::pair<ConnectionProfile::Field, QString>> ConnectionProfile::problems() const
{
    QList<std::pair<Field, QString>> found;
    if (name.trimmed().isEmpty())
        found.append({Field::Name, Tr::tr("Enter a name for the connection.")});

    if (kind == Kind::Sqlite) {
        const QString file = sqliteFile.trimmed();
        if (file.isEmpty())
            found.append({Field::File, Tr::tr("Choose the database file.")});
        else if (file != QLatin1String(":memory:") && !QFileInfo(absoluteFolder(file)).isDir())
            found.append({Field::File, Tr::tr("The folder \u201c%1\u201d does not exist.")
                                           .arg(QDir::toNativeSeparators(absoluteFolder(file)))});
    } else {
        const QString h = host.trimmed();
        if (h.isEmpty()) {
            found.append({Field::Host, Tr::tr("Enter the server's host name or address.")});
        } else {
            QUrl probe;
            probe.setHost(h, QUrl::StrictMode);
            if (!probe.isValid() || probe.host().isEmpty() || h.contains(QLatin1Char(' ')))
                found.append({Field::Host, Tr::tr("\u201c%1\u201d is not a host name or address.").arg(h)});
        }
        if (port < 0 || port > 65535)
            found.append({Field::Port, Tr::tr("The port must be a number from 1 to 65535 (empty: %1).")
                                           .arg(defaultPort(kind))});
        const QString db = database.trimmed();
        if (db.isEmpty())
            found.append({Field::Database, Tr::tr("Enter the name of the database.")});
        else if (db.contains(QLatin1Char('/')))
            found.append({Field::Database, Tr::tr("The database name may not contain a slash.")});
        if (!tlsModes(kind).contains(tls))
            found.append({Field::Tls, Tr::tr("%1 does not offer this TLS mode.").arg(kindText(kind))});
        if (!caFile.isEmpty() && !QFileInfo(caFile).isFile())
            found.append({Field::CaFile, Tr::tr("The CA file \u201c%1\u201d does not exist.")
                                             .arg(QDir::toNativeSeparators(caFile))});
        else if (caFile.isEmpty() && kind == Kind::MySql && tls == TlsMode::VerifyCa)
            found.append({Field::CaFile, Tr::tr("Choose the file of the CA that signed the server's certificate.")});
    }

    if (!DatabaseUrl::isSafePrefix(tablePrefix))
        found.append({Field::Prefix, Tr::tr("Use up to 32 letters, digits and underscores, not starting with a "
                                            "digit (default %1).").arg(DatabaseUrl::defaultTablePrefix())});
    if (javaQuartz) {
        if (kind == Kind::Sqlite)
            found.append({Field::JavaQuartz, Tr::tr("A Java Quartz database is on PostgreSQL or MySQL/MariaDB; a "
                                                    "SQLite file cannot be one.")});
        if (schedulerName.size() > 120)
            found.append({Field::Scheduler, Tr::tr("A scheduler name has at most 120 characters (empty: the only "
                                                   "one in the database).")});
    } else if (schedulerName.trimmed().isEmpty() || schedulerName.size() > 120) {
        found.append({Field::Scheduler, Tr::tr("Enter a scheduler name of 1 to 120 characters (default %1).")
                                            .arg(DatabaseUrl::defaultSchedulerName())});
    }

    if (found.isEmpty()) {
        // Whatever the fields missed, the engine's parser says.
        const Result<DatabaseUrl> parsed = url();
        if (!parsed)
            found.append({Field::Url, parsed.error()});
    }
    return found;
}

Result<ConsoleOptions> ConnectionProfile::consoleOptions(PasswordStore *passwords, const QString &password,
                                                         int threadCount) const
{
    ConsoleOptions options;
    options.threadCount = threadCount;
    if (kind == Kind::Sqlite) {
        Result<DatabaseUrl> parsed = url();
        if (!parsed)
            return fail(parsed.error());
        options.url = *parsed;
        return options;
    }
    // Parsed with the environment so that QRONOS_DB_PASSWORD and a password file still count.
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(urlText());
    if (!parsed)
        return fail(parsed.error());
    options.url = *parsed;
    if (!password.isEmpty()) {
        options.url = parsed->withPassword(password);
    } else if (passwords) {
        const PasswordStore::Outcome stored = passwords->read(*parsed);
        if (stored.status == PasswordStore::Status::Ok)
            options.url = parsed->withPassword(stored.password);
    }
    return options;
}

// ---- ConnectionProfiles --------------------------------------------------------------------------------------

ConnectionProfiles ConnectionProfiles::load()
{
    QSettings settings;
    return load(settings);
}

ConnectionProfiles ConnectionProfiles::load(QSettings &settings)
{
    ConnectionProfiles result;
    settings.beginGroup(kGroup);
    const int count = settings.beginReadArray(kProfiles);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        if (p.name.isEmpty() || result.indexOf(p.name) >= 0)
            continue;
        p.kind = kindFromKey(settings.value(QStringLiteral("kind")).toString());
        p.sqliteFile = settings.value(QStringLiteral("file")).toString();
        p.host = settings.value(QStringLiteral("host")).toString();
        p.port = settings.value(QStringLiteral("port"), 0).toInt();
        p.database = settings.value(QStringLiteral("database")).toString();
        p.user = settings.value(QStringLiteral("user")).toString();
        p.tls = tlsModeFromText(settings.value(QStringLiteral("tls")).toString()).value_or(ConnectionProfile::TlsMode::Default);
        p.caFile = settings.value(QStringLiteral("caFile")).toString();
        p.tablePrefix = settings.value(QStringLiteral("prefix"), DatabaseUrl::defaultTablePrefix()).toString();
        p.schedulerName = settings.value(QStringLiteral("scheduler"), DatabaseUrl::defaultSchedulerName()).toString();
        p.runJobsHere = settings.value(QStringLiteral("runJobsHere"), p.kind == ConnectionProfile::Kind::Sqlite).toBool();
        // Profiles saved before Java Quartz databases existed have no such key: Qronos stores.
        p.javaQuartz = settings.value(QStringLiteral("javaQuartz"), false).toBool();
        if (p.javaQuartz)
            p.runJobsHere = false;
        const QVariantMap extra = settings.value(QStringLiteral("options")).toMap();
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            p.extraOptions.insert(it.key(), it.value().toString());
        result.m_profiles.append(p);
    }
    settings.endArray();
    for (const QString &name : settings.value(kRecent).toStringList()) {
        if (result.indexOf(name) >= 0 && !result.m_recent.contains(name) && result.m_recent.size() < MaxRecent)
            result.m_recent.append(name);
    }
    settings.endGroup();
    return result;
}

void ConnectionProfiles::save() const
{
    QSettings settings;
    save(settings);
}

void ConnectionProfiles::save(QSettings &settings) const
{
    settings.beginGroup(kGroup);
    settings.remove(QString()); // the whole group: profiles removed since load() must go
    settings.beginWriteArray(kProfiles, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const ConnectionProfile &p = m_profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("kind"), kindKey(p.kind));
        if (p.kind == ConnectionProfile::Kind::Sqlite) {
            settings.setValue(QStringLiteral("file"), p.sqliteFile);
        } else {
            settings.setValue(QStringLiteral("host"), p.host);
            settings.setValue(QStringLiteral("port"), p.port);
            settings.setValue(QStringLiteral("database"), p.database);
            settings.setValue(QStringLiteral("user"), p.user);
            settings.setValue(QStringLiteral("tls"), sslModeText(p.tls));
            settings.setValue(QStringLiteral("caFile"), p.caFile);
        }
        settings.setValue(QStringLiteral("prefix"), p.tablePrefix);
        settings.setValue(QStringLiteral("scheduler"), p.schedulerName);
        settings.setValue(QStringLiteral("runJobsHere"), p.runJobsHere);
        settings.setValue(QStringLiteral("javaQuartz"), p.javaQuartz);
        QVariantMap extra;
        for (auto it = p.extraOptions.cbegin(); it != p.extraOptions.cend(); ++it)
            extra.insert(it.key(), it.value());
        if (!extra.isEmpty())
            settings.setValue(QStringLiteral("options"), extra);
    }
    settings.endArray();
    settings.setValue(kRecent, m_recent);
    settings.endGroup();
    settings.sync();
}

void ConnectionProfiles::setProfiles(const QList<ConnectionProfile> &profiles)
{
    m_profiles = profiles;
    m_recent.removeIf([this](const QString &name) { return indexOf(name) < 0; });
}

std::optional<ConnectionProfile> ConnectionProfiles::find(const QString &name) const
{
    const int index = indexOf(name);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

int ConnectionProfiles::indexOf(const QString &name) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            return i;
    }
    return -1;
}

void ConnectionProfiles::insert(const ConnectionProfile &profile)
{
    const int index = indexOf(profile.name);
    if (index >= 0)
        m_profiles[index] = profile;
    else
        m_profiles.append(profile);
}

bool ConnectionProfiles::remove(const QString &name)
{
    const int index = indexOf(name);
    if (index < 0)
        return false;
    m_profiles.removeAt(index);
    m_recent.removeAll(name);
    return true;
}

void ConnectionProfiles::rename(const QString &from, const QString &to)
{
    if (from == to)
        return;
    const int index = indexOf(from);
    if (index >= 0)
        m_profiles[index].name = to;
    for (QString &name : m_recent) {
        if (name == from)
            name = to;
    }
}

QString ConnectionProfiles::uniqueName(const QString &base) const
{
    if (indexOf(base) < 0)
        return base;
    // "name (2)" is numbered on as "name (3)", not "name (2) (2)".
    QString stem = base;
    static const QRegularExpression numbered(QStringLiteral("^(.*) \\((\\d+)\\)$"));
    if (const QRegularExpressionMatch match = numbered.match(base); match.hasMatch())
        stem = match.captured(1);
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(stem).arg(n);
        if (indexOf(candidate) < 0)
            return candidate;
    }
}

QList<ConnectionProfile> ConnectionProfiles::recentProfiles() const
{
    QList<ConnectionProfile> result;
    for (const QString &name : m_recent) {
        if (const auto profile = find(name))
            result.append(*profile);
    }
    return result;
}

void ConnectionProfiles::noteUsed(const QString &name)
{
    if (indexOf(name) < 0)
        return;
    m_recent.removeAll(name);
    m_recent.prepend(name);
    while (m_recent.size() > MaxRecent)
        m_recent.removeLast();
}

QString ConnectionProfiles::adopt(const DatabaseUrl &url)
{
    const ConnectionProfile candidate = ConnectionProfile::fromUrl(url);
    const QString text = candidate.urlText();
    for (const ConnectionProfile &p : std::as_const(m_profiles)) {
        if (p.urlText() == text)
            return p.name;
    }
    ConnectionProfile added = candidate;
    added.name = uniqueName(candidate.name.isEmpty() ? Tr::tr("Connection") : candidate.name);
    m_profiles.append(added);
    return added.name;
}

} // namespace Qronos
