#pragma once

#include "store/sqldialect.h"

namespace Qronos {

/// PostgreSQL 9.5+: transactional DDL, SKIP LOCKED.
class PostgreSqlDialect final : public SqlDialect
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
