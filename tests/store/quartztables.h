#pragma once

// Quartz's own DDL for the tests that need a Java Quartz database (tables_postgres.sql / tables_mysql_innodb.sql out
// of Debian's quartz2.jar, extracted by tests/store/CMakeLists.txt into the directory the test is compiled with as
// QRONOS_QUARTZ_DDL_DIR).

#include "store/databaseurl.h"

#include <QDebug>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Qronos::StoreTest {

/// The directory holding Quartz's DDL files; its files exist only when libquartz2-java was installed when CMake ran.
inline QString quartzDdlDir()
{
    return QStringLiteral(QRONOS_QUARTZ_DDL_DIR);
}

/// True when Quartz's DDL was extracted.
inline bool haveQuartzDdl()
{
    return QFile::exists(quartzDdlDir() + QStringLiteral("/tables_postgres.sql"));
}

/// Quartz's DDL file for \a url's kind, split into statements, with QRTZ_ replaced by \a prefix; empty when the
/// file is missing. DROP TABLE and commit statements are left out.
inline QStringList quartzDdl(const DatabaseUrl &url, const QString &prefix)
{
    QFile file(quartzDdlDir() + (url.kind() == DatabaseUrl::Kind::MySql ? QStringLiteral("/tables_mysql_innodb.sql")
                                                                       : QStringLiteral("/tables_postgres.sql")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.startsWith(QLatin1String("--")) && !t.startsWith(QLatin1Char('#')))
            text += line + QLatin1Char('\n');
    }
    text.replace(QLatin1String("QRTZ_"), prefix);
    QStringList statements;
    for (const QString &s : text.split(QLatin1Char(';'))) {
        const QString t = s.trimmed();
        if (!t.isEmpty() && t.compare(QLatin1String("commit"), Qt::CaseInsensitive) != 0
            && !t.startsWith(QLatin1String("DROP TABLE")))
            statements.append(t);
    }
    return statements;
}

/// Runs \a sql on the open connection \a connection, "{p}" replaced by \a prefix: prepared with \a values, or as it
/// is when there are none (PostgreSQL cannot prepare DDL). False, with a warning naming the error, when it fails.
inline bool execSql(const QString &connection, const QString &prefix, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    QString text = sql;
    text.replace(QLatin1String("{p}"), prefix);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(text);
    } else if (q.prepare(text)) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        ok = q.exec();
    }
    if (!ok)
        qWarning() << text << q.lastError().text();
    return ok;
}

/// The first column of the first row \a sql returns (as execSql() runs it); invalid when there is none.
inline QVariant scalarSql(const QString &connection, const QString &prefix, const QString &sql,
                          const QVariantList &values = {})
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    QString text = sql;
    text.replace(QLatin1String("{p}"), prefix);
    q.prepare(text);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

} // namespace Qronos::StoreTest
