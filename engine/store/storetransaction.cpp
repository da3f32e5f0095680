#include "store/storetransaction.h"

#include "store/schemamigrator.h"
#include "store/sqldialect.h"
#include "store/triggerrows.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace Qronos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::SqlJobStore)
};

std::atomic<qint64> fireCounter{0};

bool connectionAlive(ThreadConnection &c)
{
    if (!c.database().isOpen())
        return false;
    QSqlQuery ping(c.database());
    return ping.exec(QStringLiteral("SELECT 1")) && ping.next();
}

} // namespace

namespace StoreSql {

QString marks(qsizetype n)
{
    QString text;
    text.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        text += i ? QLatin1String(", ?") : QLatin1String("?");
    return text;
}

QString repeated(const QString &row, qsizetype n)
{
    QString text;
    text.reserve(n * (row.size() + 2));
    for (qsizetype i = 0; i < n; ++i) {
        if (i)
            text += QLatin1String(", ");
        text += row;
    }
    return text;
}

QString rowMarks(qsizetype rows, qsizetype columns)
{
    return repeated(QLatin1Char('(') + marks(columns) + QLatin1Char(')'), rows);
}

QString jsonText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString stateJson(TriggerState state)
{
    return jsonText(QJsonObject{{QStringLiteral("state"), triggerStateName(state)}});
}

} // namespace StoreSql

StoreCore::StoreCore() = default;

StoreCore::~StoreCore()
{
    // This thread's connections before the template they were cloned from.
    pool.reset();
    migrator.reset();
}

QString StoreCore::insertIgnore(const QString &tableAndColumns, const QString &values) const
{
    switch (url.kind()) {
    case DatabaseUrl::Kind::Sqlite:
        return QStringLiteral("INSERT OR IGNORE INTO %1 VALUES %2").arg(tableAndColumns, values);
    case DatabaseUrl::Kind::MySql:
        return QStringLiteral("INSERT IGNORE INTO %1 VALUES %2").arg(tableAndColumns, values);
    case DatabaseUrl::Kind::PostgreSql:
        break;
    }
    return QStringLiteral("INSERT INTO %1 VALUES %2 ON CONFLICT DO NOTHING").arg(tableAndColumns, values);
}

QString StoreCore::bigintType() const
{
    return isMySql() ? QStringLiteral("SIGNED") : isSqlite() ? QStringLiteral("INTEGER") : QStringLiteral("BIGINT");
}

QString StoreCore::serverNowMs() const
{
    switch (url.kind()) {
    case DatabaseUrl::Kind::Sqlite:
        return QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)");
    case DatabaseUrl::Kind::MySql:
        return QStringLiteral("CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)");
    case DatabaseUrl::Kind::PostgreSql:
        break;
    }
    return QStringLiteral("CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)");
}

QString StoreCore::lockTriggersClause(bool skip) const
{
    if (isSqlite())
        return {};
    // PostgreSQL refuses to lock the nullable side of an outer join; MySQL/MariaDB lock the kind rows too.
    QString text = isPostgres() ? QStringLiteral(" FOR UPDATE OF T") : QStringLiteral(" FOR UPDATE");
    if (skip && skipLocked)
        text += QLatin1String(" SKIP LOCKED");
    return text;
}

QString StoreCore::keyIn(const QString &alias, const char *nameColumn, const char *groupColumn, qsizetype n,
                         bool integerGroup) const
{
    // The scheduler is part of the matched tuple rather than a separate "SCHED_NAME = ?": PostgreSQL takes such a
    // constant on a table it has no statistics for yet (a burst into fresh tables) as matching one row and then
    // scans the whole table per key, where a join against the keys has no estimate to get wrong. The keys are a
    // VALUES subquery, which SQLite requires (and PostgreSQL reads untyped VALUES as text); MySQL 8 accepts only
    // the plain list.
    const QString a = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    const QString list = StoreSql::repeated(
        integerGroup ? QStringLiteral("(?, ?, CAST(? AS INTEGER))") : QStringLiteral("(?, ?, ?)"), n);
    return QStringLiteral("(%1SCHED_NAME, %1%2, %1%3) IN (%4)")
        .arg(a, QLatin1String(nameColumn), QLatin1String(groupColumn), rowList(list));
}

QString StoreCore::rowList(const QString &rows) const
{
    switch (url.kind()) {
    case DatabaseUrl::Kind::MySql:
        return rows;
    case DatabaseUrl::Kind::Sqlite:
        // Matched against a bare VALUES list SQLite scans the whole table; against this it searches the key.
        return QStringLiteral("SELECT * FROM (VALUES %1)").arg(rows);
    case DatabaseUrl::Kind::PostgreSql:
        break;
    }
    return QStringLiteral("VALUES ") + rows;
}

QString StoreCore::entryIn(qsizetype n) const
{
    // As keyIn(): the scheduler inside the matched tuple. Matching "SCHED_NAME = ? AND ENTRY_ID IN (...)" instead,
    // PostgreSQL, whose statistics say the table is empty (it was when analyzed), walked every entry of the
    // scheduler in another index, dead ones included.
    return QStringLiteral("(SCHED_NAME, ENTRY_ID) IN (%1)").arg(rowList(StoreSql::repeated(QStringLiteral("(?, ?)"), n)));
}

QString StoreCore::updateFromRows(const QString &table, const QList<RowColumn> &keys, const QList<RowColumn> &sets,
                                  qsizetype rows, const QString &where) const
{
    const QList<RowColumn> columns = keys + sets;
    QStringList names;
    QStringList row;
    QStringList match;
    QStringList assign;
    for (const RowColumn &column : columns) {
        names << column.name;
        // PostgreSQL reads an untyped bound value in VALUES as text; MySQL a bare one in a derived table as text.
        row << (column.integer && !isSqlite() ? QStringLiteral("CAST(? AS %1)").arg(bigintType()) : QStringLiteral("?"));
    }
    for (const RowColumn &key : keys)
        match << QStringLiteral("T.%1 = v.%1").arg(key.name);
    for (const RowColumn &set : sets)
        assign << QStringLiteral("%1%2 = v.%2").arg(isMySql() ? QStringLiteral("T.") : QString(), set.name);
    const QString on = match.join(QLatin1String(" AND ")) + (where.isEmpty() ? QString() : QLatin1String(" AND ") + where);
    const QString assignments = assign.join(QLatin1String(", "));
    const QString marks = row.join(QLatin1String(", "));
    switch (url.kind()) {
    case DatabaseUrl::Kind::MySql: {
        // The derived table's first SELECT names the columns; the others only bind. STRAIGHT_JOIN: from the bound
        // rows to the table, one key probe each, however small the optimizer believes the table to be.
        QStringList first;
        for (qsizetype i = 0; i < columns.size(); ++i)
            first << QStringLiteral("%1 AS %2").arg(row.at(i), names.at(i));
        const QString list = QStringLiteral("SELECT ") + first.join(QLatin1String(", "))
            + QString(QStringLiteral(" UNION ALL SELECT ") + marks).repeated(rows - 1);
        return QStringLiteral("UPDATE (%1) v STRAIGHT_JOIN {p}%2 T ON %3 SET %4").arg(list, table, on, assignments);
    }
    case DatabaseUrl::Kind::Sqlite:
        return QStringLiteral("WITH v(%1) AS (VALUES %2) UPDATE {p}%3 AS T SET %4 FROM v WHERE %5")
            .arg(names.join(QLatin1String(", ")), StoreSql::repeated(QLatin1Char('(') + marks + QLatin1Char(')'), rows),
                 table, assignments, on);
    case DatabaseUrl::Kind::PostgreSql:
        break;
    }
    return QStringLiteral("UPDATE {p}%1 AS T SET %2 FROM (VALUES %3) AS v(%4) WHERE %5")
        .arg(table, assignments, StoreSql::repeated(QLatin1Char('(') + marks + QLatin1Char(')'), rows),
             names.join(QLatin1String(", ")), on);
}

QString StoreCore::deleteByKeys(const QString &table, const QStringList &keys, qsizetype rows) const
{
    const QString marks = StoreSql::marks(keys.size());
    if (isMySql()) {
        QStringList first;
        QStringList match;
        for (const QString &key : keys) {
            first << QStringLiteral("? AS %1").arg(key);
            match << QStringLiteral("T.%1 = v.%1").arg(key);
        }
        return QStringLiteral("DELETE T FROM (SELECT %1%2) v STRAIGHT_JOIN {p}%3 T ON %4")
            .arg(first.join(QLatin1String(", ")), QString(QStringLiteral(" UNION ALL SELECT ") + marks).repeated(rows - 1),
                 table, match.join(QLatin1String(" AND ")));
    }
    return QStringLiteral("DELETE FROM {p}%1 WHERE (%2) IN (%3)")
        .arg(table, keys.join(QLatin1String(", ")),
             rowList(StoreSql::repeated(QLatin1Char('(') + marks + QLatin1Char(')'), rows)));
}

QString StoreCore::primaryKeyHint() const
{
    return isMySql() ? QStringLiteral(" FORCE INDEX (PRIMARY)") : QString();
}

QString StoreCore::nextFireInstanceId()
{
    return fireIdPrefix + QString::number(++fireCounter, 36);
}

void StoreCore::seedFireCounter(qint64 nowMs)
{
    const qint64 seed = nowMs * 1000;
    for (qint64 current = fireCounter.load(); current < seed && !fireCounter.compare_exchange_weak(current, seed);) {
    }
}

QString StoreCore::describe(const QString &problem) const
{
    return Tr::tr("%1 database %2: %3").arg(dialect->displayName(), url.toString(), problem);
}

CalendarPtr StoreCore::parseCalendar(const QString &name, const QString &json, QString *error)
{
    {
        QMutexLocker locker(&m_calendarMutex);
        if (CalendarPtr cached = m_calendarCache.value(json))
            return cached;
    }
    const auto object = StoreRows::parseJsonObject(json);
    if (!object) {
        *error = Tr::tr("Calendar '%1' is not stored as a JSON object").arg(name);
        return nullptr;
    }
    auto calendar = Calendar::fromJson(*object);
    if (!calendar) {
        *error = Tr::tr("Calendar '%1': %2").arg(name, calendar.error());
        return nullptr;
    }
    CalendarPtr shared = calendar.value();
    QMutexLocker locker(&m_calendarMutex);
    if (m_calendarCache.size() > 500)
        m_calendarCache.clear();
    m_calendarCache.insert(json, shared);
    return shared;
}

bool StoreCore::isRetryableConflict(const QString &code) const
{
    if (isPostgres())
        return code == QLatin1String("40P01") || code == QLatin1String("40001");
    if (isMySql())
        return code == QLatin1String("1213") || code == QLatin1String("1205");
    return false;
}

Result<Done> StoreCore::runTransaction(bool write, const std::function<Result<Done>(StoreTx &)> &body)
{
    bool reconnected = false;
    for (int attempt = 0;; ++attempt) {
        ConnectionPool::Reopen reopen;
        auto connection = pool->current(&reopen);
        if (reopen != ConnectionPool::Reopen::NotNeeded)
            reportReconnect(reopen == ConnectionPool::Reopen::Succeeded, connection ? QString() : connection.error());
        if (!connection)
            return fail(connection.error());
        ThreadConnection &c = *connection.value();
        StoreTx tx(*this, c, options.clock->nowMs());
        bool began = true;
        if (write) {
            if (isSqlite()) {
                began = tx.exec(QStringLiteral("BEGIN IMMEDIATE")) != nullptr;
            } else if (!c.database().transaction()) {
                began = false;
                tx.sqlFailed = true;
                tx.error = describe(Tr::tr("cannot start a transaction: %1")
                                        .arg(c.database().lastError().text().trimmed()));
            }
        }
        Result<Done> result = began ? body(tx) : Result<Done>(tx.failure());
        c.finishStatements();
        if (write && began) {
            if (result) {
                bool committed;
                if (isSqlite()) {
                    committed = tx.exec(QStringLiteral("COMMIT")) != nullptr;
                    c.finishStatements();
                } else {
                    committed = c.database().commit();
                    if (!committed) {
                        tx.sqlFailed = true;
                        tx.error = describe(Tr::tr("cannot commit: %1").arg(c.database().lastError().text().trimmed()));
                    }
                }
                if (committed) {
                    ++commits;
                    return result;
                }
                result = tx.failure();
            }
            if (isSqlite()) {
                QSqlQuery rollback(c.database());
                rollback.exec(QStringLiteral("ROLLBACK"));
            } else {
                c.database().rollback();
            }
        }
        if (result) {
            m_outage = false;
            return result;
        }
        if (!tx.sqlFailed)
            return result;
        if (isRetryableConflict(tx.nativeCode) && attempt < 4)
            continue;
        if (!reconnected && !isSqlite() && !connectionAlive(c)) {
            reconnected = true;
            if (auto reopened = pool->reopen(&c); !reopened) {
                reportReconnect(false, reopened.error());
                return fail(Tr::tr("%1 (the connection was lost and could not be reopened: %2)")
                                .arg(result.error(), reopened.error()));
            }
            reportReconnect(true, QString());
            continue;
        }
        return result;
    }
}

void StoreCore::reportReconnect(bool succeeded, const QString &error)
{
    if (succeeded) {
        ++reconnects;
        m_outage = false;
        qWarning("Qronos store: lost the connection to %s; reconnected, the call is retried", qPrintable(url.toString()));
    } else if (!m_outage.exchange(true)) {
        qWarning("Qronos store: lost the connection to %s and cannot reconnect yet: %s", qPrintable(url.toString()),
                 qPrintable(error));
    }
}

void StoreCore::analyzeAfterBulkStore(bool force)
{
    if (!isPostgres() || (!force && triggersSinceAnalyze.load() < 500))
        return;
    triggersSinceAnalyze = 0;
    auto connection = pool->current();
    if (!connection)
        return;
    QSqlQuery query((*connection)->database());
    // Only tables with rows: statistics saying "empty" are worse than none. PostgreSQL plans a table never
    // analyzed as a few pages' worth of rows and probes its keys; one analyzed empty it scans, and a session
    // keeps such a plan for its prepared statements (and foreign-key checks) long after the rows have come.
    QStringList tables;
    for (const char *table : {"JOB_DETAILS", "TRIGGERS", "SIMPLE_TRIGGERS", "CRON_TRIGGERS", "SIMPROP_TRIGGERS",
                              "FIRED_TRIGGERS"}) {
        const QString name = prefix + QLatin1String(table);
        if (query.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(name)) && query.next())
            tables << name;
    }
    query.finish();
    if (tables.isEmpty())
        return;
    const QString sql = QStringLiteral("ANALYZE %1").arg(tables.join(QLatin1String(", ")));
    if (!query.exec(sql))
        qWarning("Qronos store: cannot update the planner statistics of %s: %s", qPrintable(url.toString()),
                 qPrintable(query.lastError().text()));
}

QSqlQuery *StoreTx::exec(QString sql, const QVariantList &values)
{
    sql.replace(QLatin1String("{p}"), d.prefix);
    QString prepareError;
    QString prepareCode;
    QSqlQuery *query = c.prepared(sql, &prepareError, &prepareCode);
    if (!query)
        return failed(prepareError, prepareCode, sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (!query->exec())
        return failed(query->lastError().text().trimmed(), query->lastError().nativeErrorCode(), sql);
    return query;
}

Result<int> StoreTx::changed(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = exec(sql, values);
    if (!query)
        return failure();
    return query->numRowsAffected();
}

bool StoreTx::scalar(const QString &sql, const QVariantList &values, QVariant *out)
{
    QSqlQuery *query = exec(sql, values);
    if (!query)
        return false;
    *out = query->next() ? query->value(0) : QVariant();
    query->finish();
    return true;
}

Result<Done> StoreTx::audit(const QString &action, const QString &objectType, const QString &name,
                            const QString &group, const QString &oldJson, const QString &newJson)
{
    using StoreRows::optionalText;
    const Actor &actor = d.options.actor;
    if (!exec(QStringLiteral("INSERT INTO {p}AUDIT_LOG (SCHED_NAME, AUDIT_TIME, OS_USER, HOST_NAME, ACTION, "
                             "OBJECT_TYPE, OBJECT_NAME, OBJECT_GROUP, OLD_JSON, NEW_JSON) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {d.sched, now, actor.osUser, actor.host, action, objectType, optionalText(name), optionalText(group),
               optionalText(oldJson), optionalText(newJson)}))
        return failure();
    return Done{};
}

QSqlQuery *StoreTx::failed(const QString &message, const QString &code, const QString &sql)
{
    sqlFailed = true;
    nativeCode = code;
    QString shown = sql.simplified();
    if (shown.size() > 240)
        shown = shown.left(240) + QLatin1String("...");
    error = d.describe(Tr::tr("%1 (statement: %2)").arg(message.isEmpty() ? Tr::tr("unknown error") : message, shown));
    return nullptr;
}

} // namespace Qronos
