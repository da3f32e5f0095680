#include "store/sqlitedialect.h"

namespace Qronos {

QString SqliteDialect::displayName() const { return QStringLiteral("SQLite"); }
QString SqliteDialect::driverName() const { return QStringLiteral("QSQLITE"); }
QString SqliteDialect::driverPackage() const { return QStringLiteral("libqt6sql6-sqlite"); }

QString SqliteDialect::connectOptions(const DatabaseUrl &url) const
{
    // Several threads (and programs) share the file: wait for a writer instead of failing at once.
    const QString seconds = url.option(QStringLiteral("busyTimeout"));
    const int ms = seconds.isEmpty() ? 10000 : seconds.toInt() * 1000;
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(ms);
}

QString SqliteDialect::serverVersionQuery() const { return QStringLiteral("SELECT sqlite_version()"); }
bool SqliteDialect::supportsSkipLocked(const QString &) const { return false; }
bool SqliteDialect::hasTransactionalDdl() const { return true; }
QString SqliteDialect::migrationDirectory() const { return QStringLiteral(":/qronos/sql/sqlite"); }
// The database's write lock, taken at once (waiting up to the busy timeout) instead of at the first write.
QString SqliteDialect::acquireNamedLockSql() const { return QStringLiteral("BEGIN IMMEDIATE"); }
QString SqliteDialect::releaseNamedLockSql() const { return QStringLiteral("COMMIT"); }
QString SqliteDialect::jsonTextType() const { return QStringLiteral("TEXT"); }

} // namespace Qronos
