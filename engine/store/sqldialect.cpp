#include "store/sqldialect.h"

#include "store/mysqldialect.h"
#include "store/postgresqldialect.h"
#include "store/sqlitedialect.h"

namespace Qronos {

std::unique_ptr<SqlDialect> SqlDialect::forUrl(const DatabaseUrl &url)
{
    switch (url.kind()) {
    case DatabaseUrl::Kind::Sqlite:
        return std::make_unique<SqliteDialect>();
    case DatabaseUrl::Kind::PostgreSql:
        return std::make_unique<PostgreSqlDialect>();
    case DatabaseUrl::Kind::MySql:
        return std::make_unique<MySqlDialect>();
    }
    return nullptr;
}

QSqlDatabase SqlDialect::addDatabase(const DatabaseUrl &url, const QString &connectionName) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), connectionName);
    db.setDatabaseName(url.database());
    if (url.kind() != DatabaseUrl::Kind::Sqlite) {
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(url.password());
    }
    db.setConnectOptions(connectOptions(url));
    return db;
}

} // namespace Qronos
