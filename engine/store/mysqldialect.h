#pragma once

#include "store/sqldialect.h"

namespace Qronos {

/// MySQL 8 and MariaDB 10.6+ (InnoDB): DDL commits implicitly; SKIP LOCKED from MySQL 8.0.1 and MariaDB 10.6.
class MySqlDialect final : public SqlDialect
{
public:
    QString displayName() const override;
    QString driverName() const override;
    QString driverPackage() const override;
    QString connectOptions(const DatabaseUrl &url) const override;
    QString serverVersionQuery() const override;
    bool supportsSkipLocked(const QString &serverVersion) const override;
    bool hasTransactionalDdl() const override;
    QString migrationDirectory() const override;
    QString acquireNamedLockSql() const override;
    QString releaseNamedLockSql() const override;
    QString jsonTextType() const override;
};

} // namespace Qronos
