#include "store/mysqldialect.h"

#include <QStringList>
#include <QVersionNumber>

namespace Qronos {

QString MySqlDialect::displayName() const { return QStringLiteral("MySQL/MariaDB"); }
QString MySqlDialect::driverName() const { return QStringLiteral("QMYSQL"); }
QString MySqlDialect::driverPackage() const { return QStringLiteral("libqt6sql6-mysql"); }

QString MySqlDialect::connectOptions(const DatabaseUrl &url) const
{
    QStringList options;
    const QString timeout = url.option(QStringLiteral("connectTimeout"));
    options << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(timeout.isEmpty() ? QStringLiteral("10") : timeout);
    const std::pair<const char *, const char *> passThrough[] = {
        {"sslca", "SSL_CA"}, {"sslcert", "SSL_CERT"}, {"sslkey", "SSL_KEY"}};
    for (const auto &[option, keyword] : passThrough) {
        const QString value = url.option(QLatin1String(option));
        if (!value.isEmpty())
            options << QLatin1String(keyword) + QLatin1Char('=') + value;
    }
    return options.join(QLatin1Char(';'));
}

QString MySqlDialect::serverVersionQuery() const { return QStringLiteral("SELECT VERSION()"); }

bool MySqlDialect::supportsSkipLocked(const QString &serverVersion) const
{
    // "8.0.36", "10.11.6-MariaDB-0+deb12u1": the leading numbers, and MariaDB names itself.
    const QVersionNumber version = QVersionNumber::fromString(serverVersion.trimmed());
    if (serverVersion.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive))
        return version >= QVersionNumber(10, 6);
    return version >= QVersionNumber(8, 0, 1);
}

bool MySqlDialect::hasTransactionalDdl() const { return false; }
QString MySqlDialect::migrationDirectory() const { return QStringLiteral(":/qronos/sql/mysql"); }
// GET_LOCK waits up to the given seconds and returns 1 when it holds the lock; names are limited to 64 characters.
QString MySqlDialect::acquireNamedLockSql() const { return QStringLiteral("SELECT GET_LOCK(?, 300)"); }
QString MySqlDialect::releaseNamedLockSql() const { return QStringLiteral("SELECT RELEASE_LOCK(?)"); }
QString MySqlDialect::jsonTextType() const { return QStringLiteral("LONGTEXT"); }

} // namespace Qronos
