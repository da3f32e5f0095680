#include "store/databaseurl.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>
#include <QUrlQuery>

namespace Qronos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::DatabaseUrl)
};

const QString kPrefix = QStringLiteral("prefix");
const QString kScheduler = QStringLiteral("scheduler");
const QString kPasswordFile = QStringLiteral("passwordFile");

QStringList allowedOptions(DatabaseUrl::Kind kind)
{
    QStringList names{kPrefix, kScheduler, kPasswordFile};
    switch (kind) {
    case DatabaseUrl::Kind::Sqlite:
        names << QStringLiteral("busyTimeout");
        break;
    case DatabaseUrl::Kind::PostgreSql:
        names << QStringLiteral("connectTimeout") << QStringLiteral("sslmode") << QStringLiteral("sslrootcert")
              << QStringLiteral("sslcert") << QStringLiteral("sslkey") << QStringLiteral("applicationName");
        break;
    case DatabaseUrl::Kind::MySql:
        names << QStringLiteral("connectTimeout") << QStringLiteral("sslca") << QStringLiteral("sslcert")
              << QStringLiteral("sslkey");
        break;
    }
    return names;
}

Result<QString> readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("Cannot read the password file \"%1\": %2").arg(path, file.errorString()));
    QString text = QString::fromUtf8(file.readAll());
    // A trailing newline is how editors and `echo` end the file; it is not part of the password.
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

} // namespace

bool DatabaseUrl::isSafePrefix(const QString &prefix)
{
    if (prefix.isEmpty() || prefix.size() > 32)
        return false;
    if (prefix.front() >= QLatin1Char('0') && prefix.front() <= QLatin1Char('9'))
        return false;
    for (const QChar c : prefix) {
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return true;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text, const QProcessEnvironment &environment)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(Tr::tr("The database URL is empty; expected for example sqlite:///path/qronos.db or "
                           "postgresql://user@host:5432/qronos"));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return fail(Tr::tr("The database URL \"%1\" is not a valid URL: %2").arg(trimmed, url.errorString()));

    DatabaseUrl result;
    result.m_scheme = url.scheme().toLower();
    if (result.m_scheme == QLatin1String("sqlite")) {
        result.m_kind = Kind::Sqlite;
    } else if (result.m_scheme == QLatin1String("postgresql") || result.m_scheme == QLatin1String("postgres")) {
        result.m_kind = Kind::PostgreSql;
        result.m_port = 5432;
    } else if (result.m_scheme == QLatin1String("mysql") || result.m_scheme == QLatin1String("mariadb")) {
        result.m_kind = Kind::MySql;
        result.m_port = 3306;
    } else {
        return fail(Tr::tr("Unknown database kind \"%1\" in the URL: use sqlite, postgresql, mysql or mariadb")
                        .arg(url.scheme()));
    }

    if (result.m_kind == Kind::Sqlite) {
        if (!url.host().isEmpty() || url.port() != -1 || !url.userName().isEmpty())
            return fail(Tr::tr("A SQLite URL names a file, not a server: write sqlite:///absolute/path.db or "
                               "sqlite:relative.db (found host \"%1\")").arg(url.host()));
        result.m_database = url.path(QUrl::FullyDecoded);
        if (result.m_database.isEmpty())
            return fail(Tr::tr("The SQLite URL has no file path: write sqlite:///absolute/path.db or sqlite:relative.db"));
    } else {
        result.m_host = url.host();
        if (result.m_host.isEmpty())
            return fail(Tr::tr("The database URL has no host: write %1://user@host:port/database").arg(result.m_scheme));
        if (url.port() != -1) {
            if (url.port() < 1 || url.port() > 65535)
                return fail(Tr::tr("The port %1 in the database URL is out of range").arg(url.port()));
            result.m_port = url.port();
        }
        QString path = url.path(QUrl::FullyDecoded);
        if (path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        if (path.isEmpty())
            return fail(Tr::tr("The database URL has no database name: write %1://user@host:port/database")
                            .arg(result.m_scheme));
        if (path.contains(QLatin1Char('/')))
            return fail(Tr::tr("The database name \"%1\" in the URL contains a slash").arg(path));
        result.m_database = path;
        result.m_userName = url.userName(QUrl::FullyDecoded);
    }

    const QStringList allowed = allowedOptions(result.m_kind);
    const QUrlQuery query(url);
    QString passwordFile;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowed.contains(name))
            return fail(Tr::tr("Unknown option \"%1\" in the database URL; %2 accepts: %3")
                            .arg(name, result.m_scheme, allowed.join(QLatin1String(", "))));
        if (name == kPrefix) {
            if (!isSafePrefix(value))
                return fail(Tr::tr("The table prefix \"%1\" is not allowed: use up to 32 letters, digits and "
                                   "underscores, not starting with a digit").arg(value));
            result.m_tablePrefix = value;
        } else if (name == kScheduler) {
            if (value.isEmpty() || value.size() > 120)
                return fail(Tr::tr("The scheduler name \"%1\" must have 1 to 120 characters").arg(value));
            result.m_schedulerName = value;
        } else if (name == kPasswordFile) {
            passwordFile = value;
        } else {
            if (name == QLatin1String("connectTimeout") || name == QLatin1String("busyTimeout")) {
                bool ok = false;
                const int n = value.toInt(&ok);
                if (!ok || n < 0)
                    return fail(Tr::tr("The option %1=%2 in the database URL is not a number of seconds")
                                    .arg(name, value));
            }
            if (value.contains(QLatin1Char(';')))
                return fail(Tr::tr("The option %1 in the database URL may not contain ';'").arg(name));
            result.m_options.insert(name, value);
        }
    }

    if (result.m_kind != Kind::Sqlite) {
        if (url.password() != QString()) {
            result.m_password = url.password(QUrl::FullyDecoded);
            result.m_passwordSource = PasswordSource::Url;
        } else if (environment.contains(QStringLiteral("QRONOS_DB_PASSWORD"))) {
            result.m_password = environment.value(QStringLiteral("QRONOS_DB_PASSWORD"));
            result.m_passwordSource = PasswordSource::Environment;
        } else {
            if (passwordFile.isEmpty())
                passwordFile = environment.value(QStringLiteral("QRONOS_DB_PASSWORD_FILE"));
            if (!passwordFile.isEmpty()) {
                auto password = readPasswordFile(passwordFile);
                if (!password)
                    return fail(password.error());
                result.m_password = password.value();
                result.m_passwordSource = PasswordSource::File;
            }
        }
    }
    return result;
}

DatabaseUrl DatabaseUrl::withPassword(const QString &password) const
{
    DatabaseUrl copy = *this;
    copy.m_password = password;
    copy.m_passwordSource = PasswordSource::Supplied;
    return copy;
}

QString DatabaseUrl::toString() const
{
    QUrl url;
    url.setScheme(m_scheme);
    if (m_kind == Kind::Sqlite) {
        url.setPath(m_database);
    } else {
        url.setHost(m_host);
        url.setPort(m_port);
        url.setUserName(m_userName);
        url.setPath(QLatin1Char('/') + m_database);
    }
    QUrlQuery query;
    if (m_tablePrefix != defaultTablePrefix())
        query.addQueryItem(kPrefix, m_tablePrefix);
    if (m_schedulerName != defaultSchedulerName())
        query.addQueryItem(kScheduler, m_schedulerName);
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace Qronos
