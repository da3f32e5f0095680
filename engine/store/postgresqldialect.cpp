#include "store/postgresqldialect.h"

#include <QStringList>
#include <QVersionNumber>

namespace Qronos {

QString PostgreSqlDialect::displayName() const { return QStringLiteral("PostgreSQL"); }
QString PostgreSqlDialect::driverName() const { return QStringLiteral("QPSQL"); }
QString PostgreSqlDialect::driverPackage() const { return QStringLiteral("libqt6sql6-psql"); }

QString PostgreSqlDialect::connectOptions(const DatabaseUrl &url) const
{
    // libpq keywords; DatabaseUrl has already refused values containing ';'.
    QStringList options;
    const QString timeout = url.option(QStringLiteral("connectTimeout"));
    options << QStringLiteral("connect_timeout=%1").arg(timeout.isEmpty() ? QStringLiteral("10") : timeout);
    const std::pair<const char *, const char *> passThrough[] = {
        {"sslmode", "sslmode"}, {"sslrootcert", "sslrootcert"}, {"sslcert", "sslcert"}, {"sslkey", "sslkey"},
        {"applicationName", "application_name"}};
    for (const auto &[option, keyword] : passThrough) {
        const QString value = url.option(QLatin1String(option));
        if (!value.isEmpty())
            options << QLatin1String(keyword) + QLatin1Char('=') + value;
    }
    return options.join(QLatin1Char(';'));
}

QString PostgreSqlDialect::serverVersionQuery() const { return QStringLiteral("SHOW server_version"); }

bool PostgreSqlDialect::supportsSkipLocked(const QString &serverVersion) const
{
    return QVersionNumber::fromString(serverVersion.trimmed()) >= QVersionNumber(9, 5);
}

bool PostgreSqlDialect::hasTransactionalDdl() const { return true; }
QString PostgreSqlDialect::migrationDirectory() const { return QStringLiteral(":/qronos/sql/postgresql"); }
// Session-level advisory locks, keyed by a hash of the name; released explicitly or when the session ends.
QString PostgreSqlDialect::acquireNamedLockSql() const { return QStringLiteral("SELECT 1 FROM (SELECT pg_advisory_lock(hashtext(?))) AS L"); }
QString PostgreSqlDialect::releaseNamedLockSql() const { return QStringLiteral("SELECT pg_advisory_unlock(hashtext(?))"); }
QString PostgreSqlDialect::jsonTextType() const { return QStringLiteral("TEXT"); }

} // namespace Qronos
