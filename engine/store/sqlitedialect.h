#pragma once

#include "store/sqldialect.h"

namespace Qronos {

/// SQLite 3: one writer at a time, so no row locks and no SKIP LOCKED; DDL is transactional.
class SqliteDialect final : public SqlDialect
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
    bool lockIsTransaction() const override { return true; }
    QString jsonTextType() const override;
};

} // namespace Qronos
