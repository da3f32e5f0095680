#include "store/sqljobstore.h"

#include "schedule/firetimes.h"
#include "schedule/misfire.h"
#include "store/schemamigrator.h"
#include "store/sqldialect.h"
#include "store/threadconnection.h"
#include "store/triggerrows.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <functional>
#include <limits>
#include <tuple>

namespace Qronos {

using namespace StoreRows;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::SqlJobStore)
};

const QString AllGroupsPaused = QStringLiteral("_$_ALL_GROUPS_PAUSED_$_");
const QString RecoveringJobsGroup = QStringLiteral("RECOVERING_JOBS");

// Fire instance ids: node id + a process-wide counter seeded from the clock (as Quartz's ftrCtr).
std::atomic<qint64> fireCounter{0};

QString marks(qsizetype n)
{
    QString text;
    text.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        text += i ? QLatin1String(", ?") : QLatin1String("?");
    return text;
}

/// \a row \a n times, separated by commas.
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

/// (scheduler, name, group) for each key, for StoreCore::keyIn().
template <typename K>
QVariantList keyValues(const QString &schedulerName, const QList<K> &keys)
{
    QVariantList values;
    values.reserve(keys.size() * 3);
    for (const K &key : keys)
        values << schedulerName << key.name() << key.group();
    return values;
}

} // namespace

class StoreTx;

// The store's state; SqlJobStore::Private is this, so that the helpers below may name it.
struct StoreCore
{
    DatabaseUrl url;
    std::unique_ptr<SqlDialect> dialect;
    SqlJobStore::Options options;
    std::unique_ptr<SchemaMigrator> migrator;
    std::unique_ptr<ConnectionPool> pool;
    QString prefix;
    QString sched;
    QString serverVersion;
    QString fireIdPrefix;
    bool skipLocked = false;
    std::atomic<qint64> commits{0};
    std::atomic<qint64> reconnects{0};
    std::atomic<int> triggersSinceAnalyze{0};

    QMutex calendarMutex;
    QHash<QString, CalendarPtr> calendarCache; // by JSON text

    bool isSqlite() const { return url.kind() == DatabaseUrl::Kind::Sqlite; }
    bool isPostgres() const { return url.kind() == DatabaseUrl::Kind::PostgreSql; }
    bool isMySql() const { return url.kind() == DatabaseUrl::Kind::MySql; }

    /// INSERT that skips rows whose key exists already.
    QString insertIgnore(const QString &tableAndColumns, const QString &values) const
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
    /// The cast target for a bound integer inside CASE.
    QString bigintType() const
    {
        return isMySql() ? QStringLiteral("SIGNED") : isSqlite() ? QStringLiteral("INTEGER") : QStringLiteral("BIGINT");
    }
    /// Epoch milliseconds from the database server's clock.
    QString serverNowMs() const
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
    /// Row locks for a claim or update of triggers read with the outer-joined kind tables.
    QString lockTriggersClause(bool skip) const
    {
        if (isSqlite())
            return {};
        if (skip && !skipLocked)
            skip = false;
        QString text = isPostgres() ? QStringLiteral(" FOR UPDATE OF T") : QStringLiteral(" FOR UPDATE");
        if (skip)
            text += QLatin1String(" SKIP LOCKED");
        return text;
    }

    QString nextFireInstanceId()
    {
        return fireIdPrefix + QString::number(++fireCounter, 36);
    }

    QString describe(const QString &problem) const
    {
        return Tr::tr("%1 database %2: %3").arg(dialect->displayName(), url.toString(), problem);
    }

    CalendarPtr parseCalendar(const QString &name, const QString &json, QString *error)
    {
        {
            QMutexLocker locker(&calendarMutex);
            if (CalendarPtr cached = calendarCache.value(json))
                return cached;
        }
        const auto object = parseJsonObject(json);
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
        QMutexLocker locker(&calendarMutex);
        if (calendarCache.size() > 500)
            calendarCache.clear();
        calendarCache.insert(json, shared);
        return shared;
    }

    /// "(SCHED_NAME, NAME, GROUP) IN (...)" over \a n whole keys (bound with keyValues()), on columns of \a alias.
    /// The scheduler is part of the matched tuple rather than a separate "SCHED_NAME = ?": PostgreSQL estimates
    /// such a constant on a table it has not analyzed yet (a burst into fresh tables) as matching one row and
    /// then scans the whole table per key; a join against the keys has no estimate to get wrong. The keys are a
    /// VALUES subquery, which SQLite requires; MySQL 8 accepts only the plain list.
    /// \a integerGroup: the group column is an integer (PostgreSQL reads untyped VALUES as text).
    QString keyIn(const QString &alias, const char *nameColumn, const char *groupColumn, qsizetype n,
                  bool integerGroup = false) const
    {
        const QString a = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
        const QString list =
            repeated(integerGroup ? QStringLiteral("(?, ?, CAST(? AS INTEGER))") : QStringLiteral("(?, ?, ?)"), n);
        return QStringLiteral("(%1SCHED_NAME, %1%2, %1%3) IN (%4%5)")
            .arg(a, QLatin1String(nameColumn), QLatin1String(groupColumn),
                 isMySql() ? QString() : QStringLiteral("VALUES "), list);
    }

    template <typename T>
    Result<T> run(bool write, const std::function<Result<T>(StoreTx &)> &body);

    /// PostgreSQL plans from statistics that autovacuum gathers only after a while; until then it takes every
    /// "SCHED_NAME = ?" to match one row and joins the trigger tables row by row. After many triggers were
    /// stored (a schedule loaded, an import), the store gathers them itself.
    void analyzeAfterBulkStore(bool force = false)
    {
        if (!isPostgres() || (!force && triggersSinceAnalyze.load() < 500))
            return;
        triggersSinceAnalyze = 0;
        auto connection = pool->current();
        if (!connection)
            return;
        QSqlQuery query((*connection)->database());
        const QString sql = QStringLiteral("ANALYZE %1JOB_DETAILS, %1TRIGGERS, %1SIMPLE_TRIGGERS, %1CRON_TRIGGERS, "
                                           "%1SIMPROP_TRIGGERS, %1FIRED_TRIGGERS").arg(prefix);
        if (!query.exec(sql))
            qWarning("Qronos store: cannot update the planner statistics of %s: %s", qPrintable(url.toString()),
                     qPrintable(query.lastError().text()));
    }
};

struct SqlJobStore::Private final : StoreCore
{
};

/// One call's transaction on this thread's connection: runs statements, remembers the first SQL failure.
class StoreTx final
{
public:
    StoreTx(StoreCore &d, ThreadConnection &c, qint64 now) : d(d), c(c), now(now) {}

    /// Prepares (once per connection) and runs \a sql with {p} replaced by the table prefix; null on failure.
    QSqlQuery *exec(QString sql, const QVariantList &values = {})
    {
        sql.replace(QLatin1String("{p}"), d.prefix);
        QString error;
        QSqlQuery *query = c.prepared(sql, &error);
        if (!query)
            return failed(error, QString(), sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            query->bindValue(int(i), values.at(i));
        if (!query->exec())
            return failed(query->lastError().text().trimmed(), query->lastError().nativeErrorCode(), sql);
        return query;
    }

    /// The first column of the first row; an invalid QVariant when there is no row. Null pointer \a ok on failure.
    bool scalar(const QString &sql, const QVariantList &values, QVariant *out)
    {
        QSqlQuery *query = exec(sql, values);
        if (!query)
            return false;
        *out = query->next() ? query->value(0) : QVariant();
        query->finish();
        return true;
    }

    Failure failure() const { return fail(error); }

    Result<Done> audit(const QString &action, const QString &objectType, const QString &name, const QString &group,
                       const QString &oldJson, const QString &newJson)
    {
        const Actor &actor = d.options.actor;
        if (!exec(QStringLiteral("INSERT INTO {p}AUDIT_LOG (SCHED_NAME, AUDIT_TIME, OS_USER, HOST_NAME, ACTION, "
                                 "OBJECT_TYPE, OBJECT_NAME, OBJECT_GROUP, OLD_JSON, NEW_JSON) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {d.sched, now, actor.osUser, actor.host, action, objectType, optionalText(name),
                   optionalText(group), optionalText(oldJson), optionalText(newJson)}))
            return failure();
        return Done{};
    }

    StoreCore &d;
    ThreadConnection &c;
    const qint64 now;
    QString error;
    QString nativeCode;
    bool sqlFailed = false;

private:
    QSqlQuery *failed(const QString &message, const QString &code, const QString &sql)
    {
        sqlFailed = true;
        nativeCode = code;
        QString shown = sql.simplified();
        if (shown.size() > 240)
            shown = shown.left(240) + QLatin1String("...");
        error = d.describe(Tr::tr("%1 (statement: %2)").arg(message.isEmpty() ? Tr::tr("unknown error") : message, shown));
        return nullptr;
    }
};

namespace {

bool isRetryableConflict(const StoreCore &d, const QString &code)
{
    if (d.isPostgres())
        return code == QLatin1String("40P01") || code == QLatin1String("40001");
    if (d.isMySql())
        return code == QLatin1String("1213") || code == QLatin1String("1205");
    return false;
}

bool connectionAlive(ThreadConnection &c)
{
    QSqlQuery ping(c.database());
    return ping.exec(QStringLiteral("SELECT 1")) && ping.next();
}

} // namespace

template <typename T>
Result<T> StoreCore::run(bool write, const std::function<Result<T>(StoreTx &)> &body)
{
    bool reconnected = false;
    for (int attempt = 0;; ++attempt) {
        auto connection = pool->current();
        if (!connection)
            return fail(connection.error());
        ThreadConnection &c = *connection.value();
        StoreTx tx(*this, c, options.clock->nowMs());
        std::optional<Result<T>> result;
        bool began = true;
        if (write) {
            if (isSqlite())
                began = tx.exec(QStringLiteral("BEGIN IMMEDIATE")) != nullptr;
            else if (!c.database().transaction()) {
                began = false;
                tx.sqlFailed = true;
                tx.error = describe(Tr::tr("cannot start a transaction: %1").arg(c.database().lastError().text().trimmed()));
            }
        }
        if (!began)
            result.emplace(tx.failure());
        else
            result.emplace(body(tx));
        c.finishStatements();
        if (write && began) {
            if (result->ok()) {
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
                    return std::move(*result);
                }
                result.emplace(tx.failure());
            }
            if (isSqlite()) {
                QSqlQuery rollback(c.database());
                rollback.exec(QStringLiteral("ROLLBACK"));
            } else {
                c.database().rollback();
            }
        }
        if (result->ok())
            return std::move(*result);
        if (!tx.sqlFailed)
            return std::move(*result);
        if (isRetryableConflict(*this, tx.nativeCode) && attempt < 4)
            continue;
        if (!reconnected && !isSqlite() && !connectionAlive(c)) {
            reconnected = true;
            qWarning("Qronos store: lost the connection to %s; reconnecting and retrying once", qPrintable(url.toString()));
            ++reconnects;
            if (auto reopened = pool->reopen(&c); !reopened)
                return fail(Tr::tr("%1 (the connection was lost and could not be reopened: %2)")
                                .arg(result->error(), reopened.error()));
            continue;
        }
        return std::move(*result);
    }
}

// ---- helpers on a transaction ------------------------------------------------------------------------------

namespace {

using Tx = StoreTx;

Result<std::optional<JobDetail>> loadJob(Tx &tx, const JobKey &key, bool forUpdate = false)
{
    QString sql = QStringLiteral("SELECT %1 FROM {p}JOB_DETAILS J WHERE J.SCHED_NAME = ? AND J.JOB_NAME = ? "
                                 "AND J.JOB_GROUP = ?").arg(jobColumns(QStringLiteral("J")));
    if (forUpdate && !tx.d.isSqlite())
        sql += QLatin1String(" FOR UPDATE");
    QSqlQuery *q = tx.exec(sql, {tx.d.sched, key.name(), key.group()});
    if (!q)
        return tx.failure();
    if (!q->next())
        return std::optional<JobDetail>();
    auto job = readJob(*q, 0);
    q->finish();
    if (!job)
        return fail(job.error());
    return std::optional<JobDetail>(job.value());
}

Result<QHash<JobKey, JobDetail>> loadJobs(Tx &tx, const QList<JobKey> &keys)
{
    QHash<JobKey, JobDetail> jobs;
    if (keys.isEmpty())
        return jobs;
    QSqlQuery *q = tx.exec(QStringLiteral("SELECT %1 FROM {p}JOB_DETAILS J WHERE %2")
                               .arg(jobColumns(QStringLiteral("J")),
                                    tx.d.keyIn(QStringLiteral("J"), "JOB_NAME", "JOB_GROUP", keys.size())),
                           keyValues(tx.d.sched, keys));
    if (!q)
        return tx.failure();
    while (q->next()) {
        auto job = readJob(*q, 0);
        if (!job)
            return fail(job.error());
        jobs.insert(job->key(), job.value());
    }
    return jobs;
}

/// Triggers matching \a where (on alias T), in \a order.
Result<QList<StoredTrigger>> loadTriggers(Tx &tx, const QString &where, const QVariantList &values,
                                          const QString &tail = QStringLiteral(" ORDER BY T.TRIGGER_GROUP, T.TRIGGER_NAME"),
                                          bool whereNamesScheduler = false)
{
    QSqlQuery *q = tx.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3%4%5")
                               .arg(triggerColumns(), triggerFrom(QStringLiteral("{p}")),
                                    whereNamesScheduler ? QString() : QStringLiteral("T.SCHED_NAME = ? AND "), where, tail),
                           whereNamesScheduler ? values : QVariantList{tx.d.sched} + values);
    if (!q)
        return tx.failure();
    QList<StoredTrigger> list;
    while (q->next()) {
        auto trigger = readTrigger(*q, 0);
        if (!trigger)
            return fail(trigger.error());
        list << trigger.value();
    }
    return list;
}

Result<std::optional<StoredTrigger>> loadTrigger(Tx &tx, const TriggerKey &key, bool forUpdate = false)
{
    auto list = loadTriggers(tx, QStringLiteral("T.TRIGGER_NAME = ? AND T.TRIGGER_GROUP = ?"),
                             {key.name(), key.group()}, forUpdate ? tx.d.lockTriggersClause(false) : QString());
    if (!list)
        return fail(list.error());
    if (list->isEmpty())
        return std::optional<StoredTrigger>();
    return std::optional<StoredTrigger>(list->constFirst());
}

Result<CalendarPtr> loadCalendar(Tx &tx, const QString &name)
{
    QVariant json;
    if (!tx.scalar(QStringLiteral("SELECT CALENDAR FROM {p}CALENDARS WHERE SCHED_NAME = ? AND CALENDAR_NAME = ?"),
                   {tx.d.sched, name}, &json))
        return tx.failure();
    if (!json.isValid())
        return CalendarPtr();
    QString error;
    CalendarPtr calendar = tx.d.parseCalendar(name, json.toString(), &error);
    if (!calendar)
        return fail(error);
    return calendar;
}

Result<QHash<QString, CalendarPtr>> loadCalendars(Tx &tx, const QStringList &names)
{
    QHash<QString, CalendarPtr> calendars;
    if (names.isEmpty())
        return calendars;
    QSqlQuery *q = tx.exec(QStringLiteral("SELECT CALENDAR_NAME, CALENDAR FROM {p}CALENDARS WHERE SCHED_NAME = ? AND "
                                          "CALENDAR_NAME IN (%1)").arg(marks(names.size())),
                           QVariantList{tx.d.sched} + QVariantList(names.cbegin(), names.cend()));
    if (!q)
        return tx.failure();
    while (q->next()) {
        QString error;
        const QString name = q->value(0).toString();
        CalendarPtr calendar = tx.d.parseCalendar(name, q->value(1).toString(), &error);
        if (!calendar)
            return fail(error);
        calendars.insert(name, calendar);
    }
    return calendars;
}

Result<QSet<QString>> pausedGroups(Tx &tx)
{
    QSqlQuery *q = tx.exec(QStringLiteral("SELECT TRIGGER_GROUP FROM {p}PAUSED_TRIGGER_GRPS WHERE SCHED_NAME = ?"),
                           {tx.d.sched});
    if (!q)
        return tx.failure();
    QSet<QString> groups;
    while (q->next())
        groups.insert(q->value(0).toString());
    return groups;
}

/// Jobs among \a keys with a fire in state EXECUTING.
Result<QSet<JobKey>> executingJobs(Tx &tx, const QList<JobKey> &keys)
{
    QSet<JobKey> running;
    if (keys.isEmpty())
        return running;
    QSqlQuery *q = tx.exec(QStringLiteral("SELECT DISTINCT JOB_NAME, JOB_GROUP FROM {p}FIRED_TRIGGERS WHERE "
                                          "STATE = 'EXECUTING' AND %1")
                               .arg(tx.d.keyIn(QString(), "JOB_NAME", "JOB_GROUP", keys.size())),
                           keyValues(tx.d.sched, keys));
    if (!q)
        return tx.failure();
    while (q->next())
        running.insert(JobKey(q->value(0).toString(), q->value(1).toString()));
    return running;
}

Result<Done> insertTriggerRows(Tx &tx, const Trigger &trigger, TriggerState state)
{
    if (!tx.exec(QStringLiteral("INSERT INTO {p}TRIGGERS (%1) VALUES (%2)")
                     .arg(triggerInsertColumns(), marks(triggerInsertColumnCount())),
                 triggerValues(tx.d.sched, trigger, state)))
        return tx.failure();
    const KindRow row = kindRow(trigger);
    if (!tx.exec(QStringLiteral("INSERT INTO {p}%1 (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, %2) VALUES (%3)")
                     .arg(row.table, row.columns.join(QStringLiteral(", ")), marks(row.columns.size() + 3)),
                 QVariantList{tx.d.sched, trigger.key().name(), trigger.key().group()} + row.values))
        return tx.failure();
    return Done{};
}

Result<Done> deleteKindRows(Tx &tx, const QList<TriggerKey> &keys)
{
    if (keys.isEmpty())
        return Done{};
    const QVariantList values = keyValues(tx.d.sched, keys);
    const QString match = tx.d.keyIn(QString(), "TRIGGER_NAME", "TRIGGER_GROUP", keys.size());
    for (const QString &table : kindTables()) {
        if (!tx.exec(QStringLiteral("DELETE FROM {p}%1 WHERE %2").arg(table, match), values))
            return tx.failure();
    }
    return Done{};
}

Result<Done> deleteTriggerRows(Tx &tx, const QList<TriggerKey> &keys)
{
    if (keys.isEmpty())
        return Done{};
    if (auto done = deleteKindRows(tx, keys); !done)
        return done;
    if (!tx.exec(QStringLiteral("DELETE FROM {p}TRIGGERS WHERE %1")
                     .arg(tx.d.keyIn(QString(), "TRIGGER_NAME", "TRIGGER_GROUP", keys.size())),
                 keyValues(tx.d.sched, keys)))
        return tx.failure();
    return Done{};
}

/// Rewrites a stored trigger's rows (all its columns, its kind row) with \a state.
Result<Done> updateTriggerRows(Tx &tx, const Trigger &trigger, TriggerState state)
{
    QVariantList values = triggerValues(tx.d.sched, trigger, state).mid(3);
    values << tx.d.sched << trigger.key().name() << trigger.key().group();
    if (!tx.exec(QStringLiteral("UPDATE {p}TRIGGERS SET JOB_NAME = ?, JOB_GROUP = ?, DESCRIPTION = ?, "
                                "NEXT_FIRE_TIME = ?, PREV_FIRE_TIME = ?, PRIORITY = ?, TRIGGER_STATE = ?, "
                                "TRIGGER_TYPE = ?, START_TIME = ?, END_TIME = ?, CALENDAR_NAME = ?, MISFIRE_INSTR = ?, "
                                "JOB_DATA = ? WHERE SCHED_NAME = ? AND TRIGGER_NAME = ? AND TRIGGER_GROUP = ?"),
                 values))
        return tx.failure();
    if (auto done = deleteKindRows(tx, {trigger.key()}); !done)
        return done;
    const KindRow row = kindRow(trigger);
    if (!tx.exec(QStringLiteral("INSERT INTO {p}%1 (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, %2) VALUES (%3)")
                     .arg(row.table, row.columns.join(QStringLiteral(", ")), marks(row.columns.size() + 3)),
                 QVariantList{tx.d.sched, trigger.key().name(), trigger.key().group()} + row.values))
        return tx.failure();
    return Done{};
}

Result<int> setTriggerState(Tx &tx, const TriggerKey &key, TriggerState to, TriggerState from)
{
    QSqlQuery *q = tx.exec(QStringLiteral("UPDATE {p}TRIGGERS SET TRIGGER_STATE = ? WHERE SCHED_NAME = ? AND "
                                          "TRIGGER_NAME = ? AND TRIGGER_GROUP = ? AND TRIGGER_STATE = ?"),
                           {triggerStateName(to), tx.d.sched, key.name(), key.group(), triggerStateName(from)});
    if (!q)
        return tx.failure();
    return q->numRowsAffected();
}

/// BLOCKED -> WAITING and PAUSED_BLOCKED -> PAUSED for every trigger of \a jobs.
Result<int> releaseBlocked(Tx &tx, const QList<JobKey> &jobs)
{
    if (jobs.isEmpty())
        return 0;
    QSqlQuery *q = tx.exec(QStringLiteral("UPDATE {p}TRIGGERS SET TRIGGER_STATE = CASE TRIGGER_STATE WHEN 'BLOCKED' "
                                          "THEN 'WAITING' ELSE 'PAUSED' END WHERE %1 AND "
                                          "TRIGGER_STATE IN ('BLOCKED', 'PAUSED_BLOCKED')")
                               .arg(tx.d.keyIn(QString(), "JOB_NAME", "JOB_GROUP", jobs.size())),
                           keyValues(tx.d.sched, jobs));
    if (!q)
        return tx.failure();
    return q->numRowsAffected();
}

/// Deletes the non-durable jobs among \a jobs that have no trigger left; returns the ones deleted.
Result<int> deleteOrphanJobs(Tx &tx, const QList<JobKey> &jobs)
{
    if (jobs.isEmpty())
        return 0;
    QSqlQuery *q = tx.exec(QStringLiteral("DELETE FROM {p}JOB_DETAILS WHERE IS_DURABLE = ? AND "
                                          "%1 AND NOT EXISTS (SELECT 1 FROM {p}TRIGGERS T "
                                          "WHERE T.SCHED_NAME = {p}JOB_DETAILS.SCHED_NAME AND "
                                          "T.JOB_NAME = {p}JOB_DETAILS.JOB_NAME AND T.JOB_GROUP = {p}JOB_DETAILS.JOB_GROUP)")
                               .arg(tx.d.keyIn(QString(), "JOB_NAME", "JOB_GROUP", jobs.size())),
                           QVariantList{false} + keyValues(tx.d.sched, jobs));
    if (!q)
        return tx.failure();
    return q->numRowsAffected();
}

Result<Done> insertMisfireLog(Tx &tx, const MisfireRecord &record, const QString &detail)
{
    static const QString columns = QStringLiteral(
        "{p}MISFIRE_LOG (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, SCHED_TIME, JOB_NAME, JOB_GROUP, DETECTED_TIME, "
        "INSTANCE_NAME, MISFIRE_INSTR, NEXT_FIRE_TIME, DETAIL)");
    if (!tx.exec(tx.d.insertIgnore(columns, rowMarks(1, 11)),
                 {tx.d.sched, record.trigger.name(), record.trigger.group(), record.scheduledTime, record.job.name(),
                  record.job.group(), record.detectedTime, record.instanceId, record.instruction,
                  optionalInt(record.nextFireTime), optionalText(detail)}))
        return tx.failure();
    return Done{};
}

/// Applies the misfire instruction to \a trigger (stored in \a state before), writes it back in \a newState
/// (COMPLETE when it has no next fire time left) and logs it.
Result<MisfireRecord> applyMisfire(Tx &tx, Trigger trigger, const CalendarPtr &calendar, TriggerState newState,
                                   const QString &instanceId)
{
    MisfireRecord record;
    record.trigger = trigger.key();
    record.job = trigger.jobKey();
    record.scheduledTime = trigger.nextFireTime().value_or(0);
    record.detectedTime = tx.now;
    record.instanceId = instanceId;
    record.instruction = trigger.misfireInstruction();
    const int effective = Misfire::effectiveInstruction(trigger);
    QString detail;
    if (auto applied = Misfire::updateAfterMisfire(trigger, calendar.get(), tx.now); !applied) {
        qWarning("Qronos store: trigger %s cannot apply its misfire instruction: %s; it is set to ERROR",
                 qPrintable(trigger.key().toString()), qPrintable(applied.error()));
        newState = TriggerState::Error;
        detail = applied.error();
    } else {
        detail = jsonText(QJsonObject{{QStringLiteral("applied"), Misfire::name(trigger.kind(), effective)}});
        if (!trigger.nextFireTime())
            newState = TriggerState::Complete;
    }
    record.nextFireTime = newState == TriggerState::Error ? std::nullopt : trigger.nextFireTime();
    if (auto done = updateTriggerRows(tx, trigger, newState); !done)
        return fail(done.error());
    if (auto done = insertMisfireLog(tx, record, detail); !done)
        return fail(done.error());
    return record;
}

/// Quartz's resumeTrigger for a trigger loaded in state PAUSED or PAUSED_BLOCKED. Returns whether it changed.
Result<bool> resumeLoaded(Tx &tx, const StoredTrigger &stored, const JobDetail *job)
{
    if (stored.state != TriggerState::Paused && stored.state != TriggerState::PausedBlocked)
        return false;
    const Trigger &trigger = stored.trigger;
    if (!trigger.nextFireTime())
        return false;
    TriggerState newState = TriggerState::Waiting;
    if (job && job->isConcurrentExecutionDisallowed()) {
        auto running = executingJobs(tx, {job->key()});
        if (!running)
            return fail(running.error());
        if (running->contains(job->key()))
            newState = TriggerState::Blocked;
    }
    if (Misfire::isMisfired(trigger, tx.now, tx.d.options.misfireThresholdMs)) {
        CalendarPtr calendar;
        if (!trigger.calendarName().isEmpty()) {
            auto loaded = loadCalendar(tx, trigger.calendarName());
            if (!loaded)
                return fail(loaded.error());
            calendar = loaded.value();
        }
        auto record = applyMisfire(tx, trigger, calendar, newState, tx.d.options.instanceId);
        if (!record)
            return fail(record.error());
        return true;
    }
    auto changed = setTriggerState(tx, trigger.key(), newState, stored.state);
    if (!changed)
        return fail(changed.error());
    return changed.value() > 0;
}

QString pauseCase()
{
    return QStringLiteral("TRIGGER_STATE = CASE TRIGGER_STATE WHEN 'BLOCKED' THEN 'PAUSED_BLOCKED' ELSE 'PAUSED' END");
}

QString pausableStates()
{
    return QStringLiteral("TRIGGER_STATE IN ('WAITING', 'ACQUIRED', 'BLOCKED')");
}

Result<Done> markGroupPaused(Tx &tx, const QString &group)
{
    if (!tx.exec(tx.d.insertIgnore(QStringLiteral("{p}PAUSED_TRIGGER_GRPS (SCHED_NAME, TRIGGER_GROUP)"), rowMarks(1, 2)),
                 {tx.d.sched, group}))
        return tx.failure();
    return Done{};
}

Result<QStringList> stringColumn(Tx &tx, const QString &sql, const QVariantList &values)
{
    QSqlQuery *q = tx.exec(sql, values);
    if (!q)
        return tx.failure();
    QStringList list;
    while (q->next())
        list << q->value(0).toString();
    return list;
}

} // namespace

// ---- open, close, properties ---------------------------------------------------------------------------------

Result<std::unique_ptr<SqlJobStore>> SqlJobStore::open(const DatabaseUrl &url, const Options &options)
{
    static std::atomic<int> stores{0};
    auto d = std::make_unique<Private>();
    d->url = url;
    d->dialect = SqlDialect::forUrl(url);
    d->options = options;
    if (!d->options.clock)
        d->options.clock = Clock::system();
    d->prefix = url.tablePrefix();
    d->sched = url.schedulerName();
    if (d->options.instanceId.isEmpty())
        return fail(Tr::tr("The store needs an instance id for this node"));

    const QString templateName = QStringLiteral("qronos_store_%1_template").arg(++stores);
    d->migrator = std::make_unique<SchemaMigrator>(url, templateName);
    auto migrated = d->migrator->migrate();
    if (!migrated)
        return fail(migrated.error());
    d->serverVersion = d->migrator->serverVersion();
    d->skipLocked = !d->isSqlite() && d->dialect->supportsSkipLocked(d->serverVersion);

    QSqlDatabase db = d->migrator->database();
    QSqlQuery setup(db);
    if (d->isSqlite() && url.database() != QLatin1String(":memory:")) {
        // Readers never wait for the writer; each thread has its own connection.
        if (!setup.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return fail(d->describe(Tr::tr("cannot switch to WAL: %1").arg(setup.lastError().text())));
    }
    for (const char *lock : {"TRIGGER_ACCESS", "STATE_ACCESS"}) {
        if (!setup.prepare(d->insertIgnore(d->prefix + QLatin1String("LOCKS (SCHED_NAME, LOCK_NAME)"), rowMarks(1, 2)))) {
            return fail(d->describe(setup.lastError().text()));
        }
        setup.addBindValue(d->sched);
        setup.addBindValue(QString::fromLatin1(lock));
        if (!setup.exec())
            return fail(d->describe(Tr::tr("cannot create the lock rows: %1").arg(setup.lastError().text())));
    }
    setup.finish();
    setup = QSqlQuery();
    // The template only lends its settings to each thread's clone; an in-memory SQLite database lives in it.
    if (!d->isSqlite() || url.database() != QLatin1String(":memory:"))
        db.close();

    QString idPrefix = d->options.instanceId;
    if (idPrefix.size() > 70)
        idPrefix = idPrefix.left(60) + QLatin1Char('~') + QString::number(qHash(idPrefix), 36);
    d->fireIdPrefix = idPrefix + QLatin1Char('-');
    const qint64 seed = d->options.clock->nowMs() * 1000;
    for (qint64 current = fireCounter.load(); current < seed && !fireCounter.compare_exchange_weak(current, seed);) {
    }

    StoreCore *raw = d.get();
    const bool sqlite = d->isSqlite();
    const bool mysql = d->isMySql();
    d->pool = std::make_unique<ConnectionPool>(
        templateName,
        [raw, sqlite, mysql](QSqlDatabase &connection) -> Result<Done> {
            QSqlQuery query(connection);
            QStringList statements;
            if (sqlite)
                statements << QStringLiteral("PRAGMA foreign_keys = ON") << QStringLiteral("PRAGMA synchronous = NORMAL");
            if (mysql)
                statements << QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
            for (const QString &statement : std::as_const(statements)) {
                if (!query.exec(statement))
                    return fail(raw->describe(Tr::tr("cannot set up the connection (%1): %2")
                                                  .arg(statement, query.lastError().text().trimmed())));
            }
            return Done{};
        },
        [raw](const QString &problem) { return raw->describe(problem); },
        sqlite && url.database() == QLatin1String(":memory:"));
    d->analyzeAfterBulkStore(true);
    return std::unique_ptr<SqlJobStore>(new SqlJobStore(std::move(d)));
}

SqlJobStore::SqlJobStore(std::unique_ptr<Private> d) : d(std::move(d)) {}

SqlJobStore::~SqlJobStore()
{
    d->pool.reset();
    d->migrator.reset();
}

const DatabaseUrl &SqlJobStore::url() const { return d->url; }
const SqlDialect &SqlJobStore::dialect() const { return *d->dialect; }
const SqlJobStore::Options &SqlJobStore::options() const { return d->options; }
QString SqlJobStore::serverVersion() const { return d->serverVersion; }
bool SqlJobStore::usesSkipLocked() const { return d->skipLocked; }
qint64 SqlJobStore::commitCount() const { return d->commits.load(); }
qint64 SqlJobStore::reconnectCount() const { return d->reconnects.load(); }

// ---- definitions ---------------------------------------------------------------------------------------------

namespace {

Result<Done> storeJobIn(Tx &tx, const JobDetail &job, bool replaceExisting)
{
    if (const QString problem = job.validationError(); !problem.isEmpty())
        return fail(problem);
    auto existing = loadJob(tx, job.key());
    if (!existing)
        return fail(existing.error());
    const QStringList columns = jobInsertColumns();
    if (existing->has_value()) {
        if (!replaceExisting)
            return fail(Tr::tr("Job '%1' already exists").arg(job.key().toString()));
        QStringList sets;
        for (const QString &column : columns.mid(2))
            sets << column + QLatin1String(" = ?");
        if (!tx.exec(QStringLiteral("UPDATE {p}JOB_DETAILS SET %1 WHERE SCHED_NAME = ? AND JOB_NAME = ? AND JOB_GROUP = ?")
                         .arg(sets.join(QStringLiteral(", "))),
                     jobValues(job).mid(2) + QVariantList{tx.d.sched, job.key().name(), job.key().group()}))
            return tx.failure();
        return tx.audit(QStringLiteral("replace"), QStringLiteral("job"), job.key().name(), job.key().group(),
                        jsonText((*existing)->toJson()), jsonText(job.toJson()));
    }
    if (!tx.exec(QStringLiteral("INSERT INTO {p}JOB_DETAILS (SCHED_NAME, %1) VALUES (%2)")
                     .arg(columns.join(QStringLiteral(", ")), marks(columns.size() + 1)),
                 QVariantList{tx.d.sched} + jobValues(job)))
        return tx.failure();
    return tx.audit(QStringLiteral("add"), QStringLiteral("job"), job.key().name(), job.key().group(), QString(),
                    jsonText(job.toJson()));
}

/// Quartz's storeTrigger: the initial state from paused groups and a running non-concurrent job.
Result<Done> storeTriggerIn(Tx &tx, const Trigger &trigger, bool replaceExisting, const JobDetail *knownJob,
                            bool recovering = false, const QString &auditAction = QStringLiteral("add"),
                            const QString &auditOldJson = QString())
{
    if (const QString p = keyPartProblem(trigger.key().name()); !p.isEmpty())
        return fail(Tr::tr("Trigger name %1.").arg(p));
    if (const QString p = keyPartProblem(trigger.key().group()); !p.isEmpty())
        return fail(Tr::tr("Trigger group %1.").arg(p));
    if (auto valid = FireTimes::validate(trigger); !valid)
        return fail(valid.error());
    auto existing = loadTrigger(tx, trigger.key());
    if (!existing)
        return fail(existing.error());
    if (existing->has_value() && !replaceExisting)
        return fail(Tr::tr("Trigger '%1' already exists").arg(trigger.key().toString()));
    std::optional<JobDetail> job;
    if (knownJob) {
        job = *knownJob;
    } else {
        auto loaded = loadJob(tx, trigger.jobKey());
        if (!loaded)
            return fail(loaded.error());
        job = loaded.value();
    }
    if (!job)
        return fail(Tr::tr("The job '%1' of trigger '%2' does not exist")
                        .arg(trigger.jobKey().toString(), trigger.key().toString()));
    if (!trigger.calendarName().isEmpty()) {
        QVariant found;
        if (!tx.scalar(QStringLiteral("SELECT 1 FROM {p}CALENDARS WHERE SCHED_NAME = ? AND CALENDAR_NAME = ?"),
                       {tx.d.sched, trigger.calendarName()}, &found))
            return tx.failure();
        if (!found.isValid())
            return fail(Tr::tr("The calendar '%1' of trigger '%2' does not exist")
                            .arg(trigger.calendarName(), trigger.key().toString()));
    }

    TriggerState state = TriggerState::Waiting;
    QVariant paused;
    if (!tx.scalar(QStringLiteral("SELECT COUNT(*) FROM {p}PAUSED_TRIGGER_GRPS WHERE SCHED_NAME = ? AND "
                                  "TRIGGER_GROUP IN (?, ?)"),
                   {tx.d.sched, trigger.key().group(), AllGroupsPaused}, &paused))
        return tx.failure();
    if (paused.toInt() > 0) {
        if (auto done = markGroupPaused(tx, trigger.key().group()); !done)
            return done;
        state = TriggerState::Paused;
    }
    if (job->isConcurrentExecutionDisallowed() && !recovering) {
        auto running = executingJobs(tx, {job->key()});
        if (!running)
            return fail(running.error());
        if (running->contains(job->key()))
            state = state == TriggerState::Paused ? TriggerState::PausedBlocked : TriggerState::Blocked;
    }
    if (existing->has_value()) {
        if (auto done = updateTriggerRows(tx, trigger, state); !done)
            return done;
        return tx.audit(QStringLiteral("replace"), QStringLiteral("trigger"), trigger.key().name(),
                        trigger.key().group(), jsonText((*existing)->trigger.toJson()), jsonText(trigger.toJson()));
    }
    if (auto done = insertTriggerRows(tx, trigger, state); !done)
        return done;
    ++tx.d.triggersSinceAnalyze;
    if (auditAction.isEmpty())
        return Done{};
    return tx.audit(auditAction, QStringLiteral("trigger"), trigger.key().name(), trigger.key().group(), auditOldJson,
                    jsonText(trigger.toJson()));
}

} // namespace

Result<Done> SqlJobStore::storeJob(const JobDetail &job, bool replaceExisting)
{
    return d->run<Done>(true, [&](Tx &tx) { return storeJobIn(tx, job, replaceExisting); });
}

Result<Done> SqlJobStore::storeJobAndTriggers(const JobDetail &job, const QList<Trigger> &triggers, bool replaceExisting)
{
    const auto analyze = qScopeGuard([this] { d->analyzeAfterBulkStore(); });
    return d->run<Done>(true, [&](Tx &tx) -> Result<Done> {
        if (auto done = storeJobIn(tx, job, replaceExisting); !done)
            return done;
        for (const Trigger &trigger : triggers) {
            if (trigger.jobKey() != job.key())
                return fail(Tr::tr("Trigger '%1' belongs to job '%2', not to '%3'")
                                .arg(trigger.key().toString(), trigger.jobKey().toString(), job.key().toString()));
            if (auto done = storeTriggerIn(tx, trigger, replaceExisting, &job); !done)
                return done;
        }
        return Done{};
    });
}

Result<bool> SqlJobStore::removeJob(const JobKey &key)
{
    return d->run<bool>(true, [&](Tx &tx) -> Result<bool> {
        auto job = loadJob(tx, key);
        if (!job)
            return fail(job.error());
        if (!job->has_value())
            return false;
        auto triggers = loadTriggers(tx, QStringLiteral("T.JOB_NAME = ? AND T.JOB_GROUP = ?"), {key.name(), key.group()});
        if (!triggers)
            return fail(triggers.error());
        QList<TriggerKey> keys;
        for (const StoredTrigger &stored : std::as_const(triggers.value())) {
            keys << stored.trigger.key();
            if (auto done = tx.audit(QStringLiteral("delete"), QStringLiteral("trigger"), stored.trigger.key().name(),
                                     stored.trigger.key().group(), jsonText(stored.trigger.toJson()), QString());
                !done)
                return fail(done.error());
        }
        if (auto done = deleteTriggerRows(tx, keys); !done)
            return fail(done.error());
        if (!tx.exec(QStringLiteral("DELETE FROM {p}JOB_DETAILS WHERE SCHED_NAME = ? AND JOB_NAME = ? AND JOB_GROUP = ?"),
                     {tx.d.sched, key.name(), key.group()}))
            return tx.failure();
        if (auto done = tx.audit(QStringLiteral("delete"), QStringLiteral("job"), key.name(), key.group(),
                                 jsonText((*job)->toJson()), QString());
            !done)
            return fail(done.error());
        return true;
    });
}

Result<std::optional<JobDetail>> SqlJobStore::retrieveJob(const JobKey &key)
{
    return d->run<std::optional<JobDetail>>(false, [&](Tx &tx) { return loadJob(tx, key); });
}

Result<Done> SqlJobStore::storeTrigger(const Trigger &trigger, bool replaceExisting)
{
    const auto analyze = qScopeGuard([this] { d->analyzeAfterBulkStore(); });
    return d->run<Done>(true, [&](Tx &tx) { return storeTriggerIn(tx, trigger, replaceExisting, nullptr); });
}

namespace {

/// Deletes a trigger and, when it was the last of a non-durable job, the job (Quartz's removeTrigger).
Result<bool> removeTriggerIn(Tx &tx, const TriggerKey &key, bool audit)
{
    auto stored = loadTrigger(tx, key);
    if (!stored)
        return fail(stored.error());
    if (!stored->has_value())
        return false;
    if (auto done = deleteTriggerRows(tx, {key}); !done)
        return fail(done.error());
    if (audit) {
        if (auto done = tx.audit(QStringLiteral("delete"), QStringLiteral("trigger"), key.name(), key.group(),
                                 jsonText((*stored)->trigger.toJson()), QString());
            !done)
            return fail(done.error());
    }
    const JobKey jobKey = (*stored)->trigger.jobKey();
    auto job = loadJob(tx, jobKey);
    if (!job)
        return fail(job.error());
    if (job->has_value() && !(*job)->isDurable()) {
        auto deleted = deleteOrphanJobs(tx, {jobKey});
        if (!deleted)
            return fail(deleted.error());
        if (deleted.value() > 0 && audit) {
            if (auto done = tx.audit(QStringLiteral("delete"), QStringLiteral("job"), jobKey.name(), jobKey.group(),
                                     jsonText((*job)->toJson()), QString());
                !done)
                return fail(done.error());
        }
    }
    return true;
}

} // namespace

Result<bool> SqlJobStore::removeTrigger(const TriggerKey &key)
{
    return d->run<bool>(true, [&](Tx &tx) { return removeTriggerIn(tx, key, true); });
}

Result<bool> SqlJobStore::replaceTrigger(const TriggerKey &key, const Trigger &trigger)
{
    return d->run<bool>(true, [&](Tx &tx) -> Result<bool> {
        auto old = loadTrigger(tx, key);
        if (!old)
            return fail(old.error());
        if (!old->has_value())
            return false;
        const JobKey jobKey = (*old)->trigger.jobKey();
        if (trigger.jobKey() != jobKey)
            return fail(Tr::tr("The new trigger '%1' belongs to job '%2', but the trigger '%3' it replaces belongs to '%4'")
                            .arg(trigger.key().toString(), trigger.jobKey().toString(), key.toString(),
                                 jobKey.toString()));
        auto job = loadJob(tx, jobKey);
        if (!job)
            return fail(job.error());
        if (!job->has_value())
            return fail(Tr::tr("The job '%1' of trigger '%2' does not exist").arg(jobKey.toString(), key.toString()));
        if (auto done = deleteTriggerRows(tx, {key}); !done)
            return fail(done.error());
        if (auto done = storeTriggerIn(tx, trigger, false, &job->value(), false, QStringLiteral("replace"),
                                       jsonText((*old)->trigger.toJson()));
            !done)
            return fail(done.error());
        return true;
    });
}

Result<std::optional<StoredTrigger>> SqlJobStore::retrieveTrigger(const TriggerKey &key)
{
    return d->run<std::optional<StoredTrigger>>(false, [&](Tx &tx) { return loadTrigger(tx, key); });
}

Result<QList<StoredTrigger>> SqlJobStore::triggersOfJob(const JobKey &key)
{
    return d->run<QList<StoredTrigger>>(false, [&](Tx &tx) {
        return loadTriggers(tx, QStringLiteral("T.JOB_NAME = ? AND T.JOB_GROUP = ?"), {key.name(), key.group()});
    });
}

Result<Done> SqlJobStore::storeCalendar(const QString &name, const CalendarPtr &calendar, bool replaceExisting,
                                       bool updateTriggers)
{
    if (const QString p = keyPartProblem(name); !p.isEmpty())
        return fail(Tr::tr("Calendar name %1.").arg(p));
    if (!calendar)
        return fail(Tr::tr("Calendar '%1' is empty").arg(name));
    const QString json = jsonText(calendar->toJson());
    return d->run<Done>(true, [&](Tx &tx) -> Result<Done> {
        QVariant old;
        if (!tx.scalar(QStringLiteral("SELECT CALENDAR FROM {p}CALENDARS WHERE SCHED_NAME = ? AND CALENDAR_NAME = ?"),
                       {tx.d.sched, name}, &old))
            return tx.failure();
        if (old.isValid()) {
            if (!replaceExisting)
                return fail(Tr::tr("Calendar '%1' already exists").arg(name));
            if (!tx.exec(QStringLiteral("UPDATE {p}CALENDARS SET CALENDAR = ? WHERE SCHED_NAME = ? AND CALENDAR_NAME = ?"),
                         {json, tx.d.sched, name}))
                return tx.failure();
            if (updateTriggers) {
                auto triggers = loadTriggers(tx, QStringLiteral("T.CALENDAR_NAME = ?"), {name});
                if (!triggers)
                    return fail(triggers.error());
                for (StoredTrigger stored : std::as_const(triggers.value())) {
                    FireTimes::updateWithNewCalendar(stored.trigger, calendar.get(), tx.d.options.misfireThresholdMs,
                                                     tx.now);
                    if (!tx.exec(QStringLiteral("UPDATE {p}TRIGGERS SET NEXT_FIRE_TIME = ? WHERE SCHED_NAME = ? AND "
                                                "TRIGGER_NAME = ? AND TRIGGER_GROUP = ?"),
                                 {optionalInt(stored.trigger.nextFireTime()), tx.d.sched, stored.trigger.key().name(),
                                  stored.trigger.key().group()}))
                        return tx.failure();
                }
            }
            return tx.audit(QStringLiteral("replace"), QStringLiteral("calendar"), name, QString(), old.toString(), json);
        }
        if (!tx.exec(QStringLiteral("INSERT INTO {p}CALENDARS (SCHED_NAME, CALENDAR_NAME, CALENDAR) VALUES (?, ?, ?)"),
                     {tx.d.sched, name, json}))
            return tx.failure();
        return tx.audit(QStringLiteral("add"), QStringLiteral("calendar"), name, QString(), QString(), json);
    });
}

Result<bool> SqlJobStore::removeCalendar(const QString &name)
{
    return d->run<bool>(true, [&](Tx &tx) -> Result<bool> {
        QVariant old;
        if (!tx.scalar(QStringLiteral("SELECT CALENDAR FROM {p}CALENDARS WHERE SCHED_NAME = ? AND CALENDAR_NAME = ?"),
                       {tx.d.sched, name}, &old))
            return tx.failure();
        if (!old.isValid())
            return false;
        QVariant users;
        if (!tx.scalar(QStringLiteral("SELECT COUNT(*) FROM {p}TRIGGERS WHERE SCHED_NAME = ? AND CALENDAR_NAME = ?"),
                       {tx.d.sched, name}, &users))
            return tx.failure();
        if (users.toInt() > 0)
            return fail(Tr::tr("Calendar '%1' is still used by %n trigger(s)", nullptr, users.toInt()).arg(name));
        if (!tx.exec(QStringLiteral("DELETE FROM {p}CALENDARS WHERE SCHED_NAME = ? AND CALENDAR_NAME = ?"),
                     {tx.d.sched, name}))
            return tx.failure();
        if (auto done = tx.audit(QStringLiteral("delete"), QStringLiteral("calendar"), name, QString(), old.toString(),
                                 QString());
            !done)
            return fail(done.error());
        return true;
    });
}

Result<CalendarPtr> SqlJobStore::retrieveCalendar(const QString &name)
{
    return d->run<CalendarPtr>(false, [&](Tx &tx) { return loadCalendar(tx, name); });
}

Result<QStringList> SqlJobStore::calendarNames()
{
    return d->run<QStringList>(false, [&](Tx &tx) {
        return stringColumn(tx, QStringLiteral("SELECT CALENDAR_NAME FROM {p}CALENDARS WHERE SCHED_NAME = ? "
                                               "ORDER BY CALENDAR_NAME"),
                            {tx.d.sched});
    });
}

namespace {

/// " AND (LOWER(a) LIKE ? ESCAPE '!' OR ...)" for \a columns, or nothing.
QString textFilter(const QString &text, const QStringList &columns, QVariantList *values)
{
    if (text.isEmpty())
        return {};
    QString pattern = text.toLower();
    pattern.replace(QLatin1Char('!'), QLatin1String("!!"))
        .replace(QLatin1Char('%'), QLatin1String("!%"))
        .replace(QLatin1Char('_'), QLatin1String("!_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    QStringList parts;
    for (const QString &column : columns) {
        parts << QStringLiteral("LOWER(%1) LIKE ? ESCAPE '!'").arg(column);
        *values << pattern;
    }
    return QStringLiteral(" AND (%1)").arg(parts.join(QStringLiteral(" OR ")));
}

QString limitClause(int limit, int offset, QVariantList *values)
{
    *values << qint64(limit > 0 ? limit : std::numeric_limits<int>::max()) << qint64(std::max(offset, 0));
    return QStringLiteral(" LIMIT ? OFFSET ?");
}

} // namespace

Result<QList<JobDetail>> SqlJobStore::listJobs(const ListQuery &query)
{
    return d->run<QList<JobDetail>>(false, [&](Tx &tx) -> Result<QList<JobDetail>> {
        QVariantList values{tx.d.sched};
        QString where;
        if (!query.group.isEmpty()) {
            where += QLatin1String(" AND J.JOB_GROUP = ?");
            values << query.group;
        }
        where += textFilter(query.textContains,
                            {QStringLiteral("J.JOB_NAME"), QStringLiteral("J.JOB_GROUP"), QStringLiteral("J.DESCRIPTION"),
                             QStringLiteral("J.JOB_CLASS_NAME")},
                            &values);
        const QString limit = limitClause(query.limit, query.offset, &values);
        QSqlQuery *q = tx.exec(QStringLiteral("SELECT %1 FROM {p}JOB_DETAILS J WHERE J.SCHED_NAME = ?%2 "
                                              "ORDER BY J.JOB_GROUP, J.JOB_NAME%3")
                                   .arg(jobColumns(QStringLiteral("J")), where, limit),
                               values);
        if (!q)
            return tx.failure();
        QList<JobDetail> jobs;
        while (q->next()) {
            auto job = readJob(*q, 0);
            if (!job)
                return fail(job.error());
            jobs << job.value();
        }
        return jobs;
    });
}

Result<QList<StoredTrigger>> SqlJobStore::listTriggers(const ListQuery &query)
{
    return d->run<QList<StoredTrigger>>(false, [&](Tx &tx) {
        QVariantList values;
        QString where = QStringLiteral("1 = 1");
        if (!query.group.isEmpty()) {
            where += QLatin1String(" AND T.TRIGGER_GROUP = ?");
            values << query.group;
        }
        where += textFilter(query.textContains,
                            {QStringLiteral("T.TRIGGER_NAME"), QStringLiteral("T.TRIGGER_GROUP"),
                             QStringLiteral("T.DESCRIPTION"), QStringLiteral("T.TRIGGER_TYPE")},
                            &values);
        const QString limit = limitClause(query.limit, query.offset, &values);
        return loadTriggers(tx, where, values, QStringLiteral(" ORDER BY T.TRIGGER_GROUP, T.TRIGGER_NAME") + limit);
    });
}

Result<QStringList> SqlJobStore::jobGroupNames()
{
    return d->run<QStringList>(false, [&](Tx &tx) {
        return stringColumn(tx, QStringLiteral("SELECT DISTINCT JOB_GROUP FROM {p}JOB_DETAILS WHERE SCHED_NAME = ? "
                                               "ORDER BY JOB_GROUP"),
                            {tx.d.sched});
    });
}

Result<QStringList> SqlJobStore::triggerGroupNames()
{
    return d->run<QStringList>(false, [&](Tx &tx) {
        return stringColumn(tx, QStringLiteral("SELECT DISTINCT TRIGGER_GROUP FROM {p}TRIGGERS WHERE SCHED_NAME = ? "
                                               "ORDER BY TRIGGER_GROUP"),
                            {tx.d.sched});
    });
}

Result<QStringList> SqlJobStore::pausedTriggerGroups()
{
    return d->run<QStringList>(false, [&](Tx &tx) {
        return stringColumn(tx, QStringLiteral("SELECT TRIGGER_GROUP FROM {p}PAUSED_TRIGGER_GRPS WHERE SCHED_NAME = ? "
                                               "ORDER BY TRIGGER_GROUP"),
                            {tx.d.sched});
    });
}

// ---- pause and resume ----------------------------------------------------------------------------------------

Result<bool> SqlJobStore::pauseTrigger(const TriggerKey &key)
{
    return d->run<bool>(true, [&](Tx &tx) -> Result<bool> {
        QVariant state;
        if (!tx.scalar(QStringLiteral("SELECT TRIGGER_STATE FROM {p}TRIGGERS WHERE SCHED_NAME = ? AND TRIGGER_NAME = ? "
                                      "AND TRIGGER_GROUP = ?"),
                       {tx.d.sched, key.name(), key.group()}, &state))
            return tx.failure();
        if (!state.isValid())
            return false;
        const TriggerState old = triggerStateFromName(state.toString());
        TriggerState now = old;
        if (old == TriggerState::Waiting || old == TriggerState::Acquired)
            now = TriggerState::Paused;
        else if (old == TriggerState::Blocked)
            now = TriggerState::PausedBlocked;
        if (now != old) {
            if (auto changed = setTriggerState(tx, key, now, old); !changed)
                return fail(changed.error());
        }
        if (auto done = tx.audit(QStringLiteral("pause"), QStringLiteral("trigger"), key.name(), key.group(),
                                 stateJson(old), stateJson(now));
            !done)
            return fail(done.error());
        return true;
    });
}

Result<bool> SqlJobStore::resumeTrigger(const TriggerKey &key)
{
    return d->run<bool>(true, [&](Tx &tx) -> Result<bool> {
        auto stored = loadTrigger(tx, key);
        if (!stored)
            return fail(stored.error());
        if (!stored->has_value())
            return false;
        auto job = loadJob(tx, (*stored)->trigger.jobKey());
        if (!job)
            return fail(job.error());
        auto changed = resumeLoaded(tx, stored->value(), job->has_value() ? &job->value() : nullptr);
        if (!changed)
            return fail(changed.error());
        auto after = loadTrigger(tx, key);
        if (!after)
            return fail(after.error());
        if (auto done = tx.audit(QStringLiteral("resume"), QStringLiteral("trigger"), key.name(), key.group(),
                                 stateJson((*stored)->state),
                                 stateJson(after->has_value() ? (*after)->state : TriggerState::None));
            !done)
            return fail(done.error());
        return true;
    });
}

Result<bool> SqlJobStore::pauseJob(const JobKey &key)
{
    return d->run<bool>(true, [&](Tx &tx) -> Result<bool> {
        auto job = loadJob(tx, key);
        if (!job)
            return fail(job.error());
        if (!job->has_value())
            return false;
        if (!tx.exec(QStringLiteral("UPDATE {p}TRIGGERS SET %1 WHERE SCHED_NAME = ? AND JOB_NAME = ? AND JOB_GROUP = ? "
                                    "AND %2").arg(pauseCase(), pausableStates()),
                     {tx.d.sched, key.name(), key.group()}))
            return tx.failure();
        if (auto done = tx.audit(QStringLiteral("pause"), QStringLiteral("job"), key.name(), key.group(), QString(),
                                 QString());
            !done)
            return fail(done.error());
        return true;
    });
}

namespace {

/// Resumes every paused trigger matching \a where; returns how many changed.
Result<int> resumeWhere(Tx &tx, const QString &where, const QVariantList &values)
{
    auto triggers = loadTriggers(tx, where + QLatin1String(" AND T.TRIGGER_STATE IN ('PAUSED', 'PAUSED_BLOCKED')"),
                                 values);
    if (!triggers)
        return fail(triggers.error());
    QList<JobKey> jobKeys;
    for (const StoredTrigger &stored : std::as_const(triggers.value())) {
        if (!jobKeys.contains(stored.trigger.jobKey()))
            jobKeys << stored.trigger.jobKey();
    }
    auto jobs = loadJobs(tx, jobKeys);
    if (!jobs)
        return fail(jobs.error());
    int changed = 0;
    for (const StoredTrigger &stored : std::as_const(triggers.value())) {
        const auto it = jobs->constFind(stored.trigger.jobKey());
        auto resumed = resumeLoaded(tx, stored, it == jobs->constEnd() ? nullptr : &it.value());
        if (!resumed)
            return fail(resumed.error());
        changed += resumed.value() ? 1 : 0;
    }
    return changed;
}

} // namespace

Result<bool> SqlJobStore::resumeJob(const JobKey &key)
{
    return d->run<bool>(true, [&](Tx &tx) -> Result<bool> {
        auto job = loadJob(tx, key);
        if (!job)
            return fail(job.error());
        if (!job->has_value())
            return false;
        auto changed = resumeWhere(tx, QStringLiteral("T.JOB_NAME = ? AND T.JOB_GROUP = ?"), {key.name(), key.group()});
        if (!changed)
            return fail(changed.error());
        if (auto done = tx.audit(QStringLiteral("resume"), QStringLiteral("job"), key.name(), key.group(), QString(),
                                 QString());
            !done)
            return fail(done.error());
        return true;
    });
}

namespace {

QString groupJson(const char *kind, const QString &group, int triggers)
{
    return jsonText(QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                                {QStringLiteral("group"), group},
                                {QStringLiteral("triggersChanged"), triggers}});
}

Result<int> pauseTriggerGroupIn(Tx &tx, const QString &group)
{
    QSqlQuery *q = tx.exec(QStringLiteral("UPDATE {p}TRIGGERS SET %1 WHERE SCHED_NAME = ? AND TRIGGER_GROUP = ? AND %2")
                               .arg(pauseCase(), pausableStates()),
                           {tx.d.sched, group});
    if (!q)
        return tx.failure();
    const int changed = q->numRowsAffected();
    if (auto done = markGroupPaused(tx, group); !done)
        return fail(done.error());
    return changed;
}

Result<int> resumeTriggerGroupIn(Tx &tx, const QString &group)
{
    if (!tx.exec(QStringLiteral("DELETE FROM {p}PAUSED_TRIGGER_GRPS WHERE SCHED_NAME = ? AND TRIGGER_GROUP = ?"),
                 {tx.d.sched, group}))
        return tx.failure();
    return resumeWhere(tx, QStringLiteral("T.TRIGGER_GROUP = ?"), {group});
}

} // namespace

Result<int> SqlJobStore::pauseTriggerGroup(const QString &group)
{
    return d->run<int>(true, [&](Tx &tx) -> Result<int> {
        auto changed = pauseTriggerGroupIn(tx, group);
        if (!changed)
            return changed;
        if (auto done = tx.audit(QStringLiteral("pause"), QStringLiteral("group"), group, QString(), QString(),
                                 groupJson("triggerGroup", group, changed.value()));
            !done)
            return fail(done.error());
        return changed;
    });
}

Result<int> SqlJobStore::resumeTriggerGroup(const QString &group)
{
    return d->run<int>(true, [&](Tx &tx) -> Result<int> {
        auto changed = resumeTriggerGroupIn(tx, group);
        if (!changed)
            return changed;
        if (auto done = tx.audit(QStringLiteral("resume"), QStringLiteral("group"), group, QString(), QString(),
                                 groupJson("triggerGroup", group, changed.value()));
            !done)
            return fail(done.error());
        return changed;
    });
}

Result<int> SqlJobStore::pauseJobGroup(const QString &group)
{
    return d->run<int>(true, [&](Tx &tx) -> Result<int> {
        QSqlQuery *q = tx.exec(QStringLiteral("UPDATE {p}TRIGGERS SET %1 WHERE SCHED_NAME = ? AND JOB_GROUP = ? AND %2")
                                   .arg(pauseCase(), pausableStates()),
                               {tx.d.sched, group});
        if (!q)
            return tx.failure();
        const int changed = q->numRowsAffected();
        if (auto done = tx.audit(QStringLiteral("pause"), QStringLiteral("group"), group, QString(), QString(),
                                 groupJson("jobGroup", group, changed));
            !done)
            return fail(done.error());
        return changed;
    });
}

Result<int> SqlJobStore::resumeJobGroup(const QString &group)
{
    return d->run<int>(true, [&](Tx &tx) -> Result<int> {
        auto changed = resumeWhere(tx, QStringLiteral("T.JOB_GROUP = ?"), {group});
        if (!changed)
            return changed;
        if (auto done = tx.audit(QStringLiteral("resume"), QStringLiteral("group"), group, QString(), QString(),
                                 groupJson("jobGroup", group, changed.value()));
            !done)
            return fail(done.error());
        return changed;
    });
}

Result<Done> SqlJobStore::pauseAll()
{
    return d->run<Done>(true, [&](Tx &tx) -> Result<Done> {
        auto groups = stringColumn(tx, QStringLiteral("SELECT DISTINCT TRIGGER_GROUP FROM {p}TRIGGERS WHERE SCHED_NAME = ?"),
                                   {tx.d.sched});
        if (!groups)
            return fail(groups.error());
        int changed = 0;
        for (const QString &group : std::as_const(groups.value())) {
            auto paused = pauseTriggerGroupIn(tx, group);
            if (!paused)
                return fail(paused.error());
            changed += paused.value();
        }
        if (auto done = markGroupPaused(tx, AllGroupsPaused); !done)
            return done;
        return tx.audit(QStringLiteral("pause"), QStringLiteral("all"), QString(), QString(), QString(),
                        groupJson("all", QString(), changed));
    });
}

Result<Done> SqlJobStore::resumeAll()
{
    return d->run<Done>(true, [&](Tx &tx) -> Result<Done> {
        auto groups = stringColumn(tx, QStringLiteral("SELECT DISTINCT TRIGGER_GROUP FROM {p}TRIGGERS WHERE SCHED_NAME = ?"),
                                   {tx.d.sched});
        if (!groups)
            return fail(groups.error());
        int changed = 0;
        for (const QString &group : std::as_const(groups.value())) {
            auto resumed = resumeTriggerGroupIn(tx, group);
            if (!resumed)
                return fail(resumed.error());
            changed += resumed.value();
        }
        if (!tx.exec(QStringLiteral("DELETE FROM {p}PAUSED_TRIGGER_GRPS WHERE SCHED_NAME = ? AND TRIGGER_GROUP = ?"),
                     {tx.d.sched, AllGroupsPaused}))
            return tx.failure();
        return tx.audit(QStringLiteral("resume"), QStringLiteral("all"), QString(), QString(), QString(),
                        groupJson("all", QString(), changed));
    });
}

// ---- the runtime's side --------------------------------------------------------------------------------------

namespace {

Result<Done> lockTriggerAccess(Tx &tx)
{
    if (tx.d.isSqlite() || tx.d.skipLocked)
        return Done{};
    if (!tx.exec(QStringLiteral("SELECT LOCK_NAME FROM {p}LOCKS WHERE SCHED_NAME = ? AND LOCK_NAME = 'TRIGGER_ACCESS' "
                                "FOR UPDATE"),
                 {tx.d.sched}))
        return tx.failure();
    return Done{};
}

Result<Done> deleteFiredRows(Tx &tx, const QStringList &entryIds)
{
    if (entryIds.isEmpty())
        return Done{};
    if (!tx.exec(QStringLiteral("DELETE FROM {p}FIRED_TRIGGERS WHERE SCHED_NAME = ? AND ENTRY_ID IN (%1)")
                     .arg(marks(entryIds.size())),
                 QVariantList{tx.d.sched} + QVariantList(entryIds.cbegin(), entryIds.cend())))
        return tx.failure();
    return Done{};
}

} // namespace

Result<QList<AcquiredTrigger>> SqlJobStore::acquireNextTriggers(const AcquireRequest &request)
{
    if (request.maxCount <= 0)
        return QList<AcquiredTrigger>();
    return d->run<QList<AcquiredTrigger>>(true, [&](Tx &tx) -> Result<QList<AcquiredTrigger>> {
        if (auto locked = lockTriggerAccess(tx); !locked)
            return fail(locked.error());
        qint64 misfireTime = tx.now - std::max<qint64>(tx.d.options.misfireThresholdMs, 0);
        misfireTime = std::max<qint64>(misfireTime, 0);
        QVariantList values{tx.d.sched, request.noLaterThan, misfireTime};
        // The job is read through correlated subqueries, not a join: the row locks stay on the triggers (MariaDB
        // would lock the job rows of a join too, and one node would then skip all triggers of a job another
        // claims from), and each lookup is a primary-key probe whatever the planner believes about the tables.
        const QString sameJob = QStringLiteral("FROM {p}JOB_DETAILS J WHERE J.SCHED_NAME = T.SCHED_NAME AND "
                                               "J.JOB_NAME = T.JOB_NAME AND J.JOB_GROUP = T.JOB_GROUP");
        QString sql = QStringLiteral(
            "SELECT T.TRIGGER_NAME, T.TRIGGER_GROUP, T.JOB_NAME, T.JOB_GROUP, T.NEXT_FIRE_TIME, T.PRIORITY, "
            "(SELECT J.IS_NONCONCURRENT %1), (SELECT J.REQUESTS_RECOVERY %1) FROM {p}TRIGGERS T "
            "WHERE T.SCHED_NAME = ? AND T.TRIGGER_STATE = 'WAITING' AND T.NEXT_FIRE_TIME <= ? AND "
            "(T.MISFIRE_INSTR = -1 OR T.NEXT_FIRE_TIME >= ?) AND EXISTS (SELECT 1 %1").arg(sameJob);
        if (!request.allowedJobTypes.isEmpty()) {
            sql += QStringLiteral(" AND J.JOB_CLASS_NAME IN (%1)").arg(marks(request.allowedJobTypes.size()));
            for (const QString &type : request.allowedJobTypes)
                values << type;
        }
        sql += QLatin1String(" AND (J.PINNED_INSTANCE IS NULL OR J.PINNED_INSTANCE = ?)");
        values << request.instanceId;
        if (request.nodeTags.isEmpty()) {
            sql += QLatin1String(" AND J.REQUIRED_TAG IS NULL");
        } else {
            sql += QStringLiteral(" AND (J.REQUIRED_TAG IS NULL OR J.REQUIRED_TAG IN (%1))").arg(marks(request.nodeTags.size()));
            for (const QString &tag : request.nodeTags)
                values << tag;
        }
        sql += QLatin1String(") ORDER BY T.NEXT_FIRE_TIME ASC, T.PRIORITY DESC LIMIT ?");
        values << qint64(request.maxCount);
        sql += tx.d.lockTriggersClause(true);
        QSqlQuery *q = tx.exec(sql, values);
        if (!q)
            return tx.failure();

        struct Row
        {
            AcquiredTrigger acquired;
            bool nonConcurrent;
            bool requestsRecovery;
        };
        QList<Row> rows;
        QSet<JobKey> nonConcurrentJobs;
        while (q->next()) {
            Row row;
            row.acquired.trigger = TriggerKey(q->value(0).toString(), q->value(1).toString());
            row.acquired.job = JobKey(q->value(2).toString(), q->value(3).toString());
            row.acquired.scheduledTime = q->value(4).toLongLong();
            row.acquired.priority = q->value(5).isNull() ? Trigger::DefaultPriority : q->value(5).toInt();
            row.nonConcurrent = q->value(6).toBool();
            row.requestsRecovery = q->value(7).toBool();
            if (row.nonConcurrent) {
                if (nonConcurrentJobs.contains(row.acquired.job))
                    continue;
                nonConcurrentJobs.insert(row.acquired.job);
            }
            rows << row;
        }
        q->finish();
        QList<AcquiredTrigger> result;
        if (rows.isEmpty())
            return result;

        QList<TriggerKey> keys;
        for (const Row &row : std::as_const(rows))
            keys << row.acquired.trigger;
        if (!tx.exec(QStringLiteral("UPDATE {p}TRIGGERS SET TRIGGER_STATE = 'ACQUIRED' WHERE "
                                    "TRIGGER_STATE = 'WAITING' AND %1")
                         .arg(tx.d.keyIn(QString(), "TRIGGER_NAME", "TRIGGER_GROUP", keys.size())),
                     keyValues(tx.d.sched, keys)))
            return tx.failure();

        QVariantList fired;
        QStringList entryIds;
        fired.reserve(rows.size() * 13);
        for (Row &row : rows) {
            row.acquired.fireInstanceId = tx.d.nextFireInstanceId();
            entryIds << row.acquired.fireInstanceId;
            fired << tx.d.sched << row.acquired.fireInstanceId << row.acquired.trigger.name()
                  << row.acquired.trigger.group() << request.instanceId << tx.now << row.acquired.scheduledTime
                  << row.acquired.priority << QStringLiteral("ACQUIRED") << row.acquired.job.name()
                  << row.acquired.job.group() << row.nonConcurrent << row.requestsRecovery;
        }
        QSqlQuery *insert = tx.exec(
            tx.d.insertIgnore(QStringLiteral("{p}FIRED_TRIGGERS (SCHED_NAME, ENTRY_ID, TRIGGER_NAME, TRIGGER_GROUP, "
                                             "INSTANCE_NAME, FIRED_TIME, SCHED_TIME, PRIORITY, STATE, JOB_NAME, "
                                             "JOB_GROUP, IS_NONCONCURRENT, REQUESTS_RECOVERY)"),
                              rowMarks(rows.size(), 13)),
            fired);
        if (!insert)
            return tx.failure();
        QSet<QString> inserted(entryIds.cbegin(), entryIds.cend());
        if (insert->numRowsAffected() != rows.size()) {
            // Another fire of the same (trigger, scheduled time) is recorded already: skip those.
            auto present = stringColumn(tx, QStringLiteral("SELECT ENTRY_ID FROM {p}FIRED_TRIGGERS WHERE SCHED_NAME = ? "
                                                           "AND ENTRY_ID IN (%1)").arg(marks(entryIds.size())),
                                        QVariantList{tx.d.sched} + QVariantList(entryIds.cbegin(), entryIds.cend()));
            if (!present)
                return fail(present.error());
            inserted = QSet<QString>(present->cbegin(), present->cend());
        }
        for (const Row &row : std::as_const(rows)) {
            if (inserted.contains(row.acquired.fireInstanceId)) {
                result << row.acquired;
            } else if (auto reset = setTriggerState(tx, row.acquired.trigger, TriggerState::Waiting,
                                                    TriggerState::Acquired);
                       !reset) {
                return fail(reset.error());
            }
        }
        return result;
    });
}

Result<Done> SqlJobStore::releaseAcquiredTriggers(const QList<AcquiredTrigger> &triggers)
{
    if (triggers.isEmpty())
        return Done{};
    return d->run<Done>(true, [&](Tx &tx) -> Result<Done> {
        QList<TriggerKey> keys;
        QStringList entryIds;
        for (const AcquiredTrigger &acquired : triggers) {
            keys << acquired.trigger;
            entryIds << acquired.fireInstanceId;
        }
        if (!tx.exec(QStringLiteral("UPDATE {p}TRIGGERS SET TRIGGER_STATE = 'WAITING' WHERE "
                                    "TRIGGER_STATE = 'ACQUIRED' AND %1")
                         .arg(tx.d.keyIn(QString(), "TRIGGER_NAME", "TRIGGER_GROUP", keys.size())),
                     keyValues(tx.d.sched, keys)))
            return tx.failure();
        return deleteFiredRows(tx, entryIds);
    });
}

namespace {

/// "CASE WHEN TRIGGER_NAME = ? AND TRIGGER_GROUP = ? THEN <value> ... END" over \a keys.
QString caseByTrigger(qsizetype n, const QString &valueMark)
{
    QString text = QStringLiteral("CASE");
    const QString branch = QStringLiteral(" WHEN TRIGGER_NAME = ? AND TRIGGER_GROUP = ? THEN ") + valueMark;
    for (qsizetype i = 0; i < n; ++i)
        text += branch;
    return text + QLatin1String(" END");
}

struct FireUpdate
{
    Trigger trigger;
    TriggerState state;
};

/// Writes the fire times, states and counts of fired triggers: one statement per table for the whole batch.
Result<Done> writeFiredTriggers(Tx &tx, const QList<FireUpdate> &updates)
{
    if (updates.isEmpty())
        return Done{};
    const QString integer = QStringLiteral("CAST(? AS %1)").arg(tx.d.bigintType());
    const qsizetype n = updates.size();
    QVariantList values;
    values.reserve(n * 11 + 1);
    for (const FireUpdate &u : updates)
        values << u.trigger.key().name() << u.trigger.key().group() << optionalInt(u.trigger.nextFireTime());
    for (const FireUpdate &u : updates)
        values << u.trigger.key().name() << u.trigger.key().group() << optionalInt(u.trigger.previousFireTime());
    for (const FireUpdate &u : updates)
        values << u.trigger.key().name() << u.trigger.key().group() << triggerStateName(u.state);
    QList<TriggerKey> keys;
    for (const FireUpdate &u : updates)
        keys << u.trigger.key();
    values << keyValues(tx.d.sched, keys);
    if (!tx.exec(QStringLiteral("UPDATE {p}TRIGGERS SET NEXT_FIRE_TIME = %1, PREV_FIRE_TIME = %2, TRIGGER_STATE = %3 "
                                "WHERE %4")
                     .arg(caseByTrigger(n, integer), caseByTrigger(n, integer), caseByTrigger(n, QStringLiteral("?")),
                          tx.d.keyIn(QString(), "TRIGGER_NAME", "TRIGGER_GROUP", n)),
                 values))
        return tx.failure();

    // Cron triggers are not counted (as in Quartz); the others keep TIMES_TRIGGERED in their kind table.
    for (const auto &[table, column, kinds] :
         {std::make_tuple(QStringLiteral("SIMPLE_TRIGGERS"), QStringLiteral("TIMES_TRIGGERED"),
                          QList<TriggerKind>{TriggerKind::Simple}),
          std::make_tuple(QStringLiteral("SIMPROP_TRIGGERS"), QStringLiteral("INT_PROP_2"),
                          QList<TriggerKind>{TriggerKind::CalendarInterval, TriggerKind::DailyTimeInterval})}) {
        QVariantList counted;
        QList<TriggerKey> countedKeys;
        for (const FireUpdate &u : updates) {
            if (kinds.contains(u.trigger.kind())) {
                counted << u.trigger.key().name() << u.trigger.key().group() << qint64(u.trigger.timesTriggered());
                countedKeys << u.trigger.key();
            }
        }
        if (countedKeys.isEmpty())
            continue;
        counted << keyValues(tx.d.sched, countedKeys);
        if (!tx.exec(QStringLiteral("UPDATE {p}%1 SET %2 = %3 WHERE %4")
                         .arg(table, column, caseByTrigger(countedKeys.size(), integer),
                              tx.d.keyIn(QString(), "TRIGGER_NAME", "TRIGGER_GROUP", countedKeys.size())),
                     counted))
            return tx.failure();
    }
    return Done{};
}

} // namespace

Result<QList<std::optional<FiredBundle>>> SqlJobStore::triggersFired(const QList<AcquiredTrigger> &triggers)
{
    using Bundles = QList<std::optional<FiredBundle>>;
    if (triggers.isEmpty())
        return Bundles();
    return d->run<Bundles>(true, [&](Tx &tx) -> Result<Bundles> {
        if (auto locked = lockTriggerAccess(tx); !locked)
            return fail(locked.error());
        QList<TriggerKey> keys;
        for (const AcquiredTrigger &acquired : triggers) {
            if (!keys.contains(acquired.trigger))
                keys << acquired.trigger;
        }
        std::sort(keys.begin(), keys.end());
        auto loaded = loadTriggers(tx, tx.d.keyIn(QStringLiteral("T"), "TRIGGER_NAME", "TRIGGER_GROUP", keys.size()),
                                   keyValues(tx.d.sched, keys), tx.d.lockTriggersClause(false), true);
        if (!loaded)
            return fail(loaded.error());
        QHash<TriggerKey, StoredTrigger> stored;
        QList<JobKey> jobKeys;
        QStringList calendarNames;
        for (const StoredTrigger &s : std::as_const(loaded.value())) {
            stored.insert(s.trigger.key(), s);
            if (!jobKeys.contains(s.trigger.jobKey()))
                jobKeys << s.trigger.jobKey();
            if (!s.trigger.calendarName().isEmpty() && !calendarNames.contains(s.trigger.calendarName()))
                calendarNames << s.trigger.calendarName();
        }
        auto jobs = loadJobs(tx, jobKeys);
        if (!jobs)
            return fail(jobs.error());
        auto calendars = loadCalendars(tx, calendarNames);
        if (!calendars)
            return fail(calendars.error());

        Bundles bundles;
        QStringList executing;
        QStringList dropped;
        QList<FireUpdate> updates;
        QList<JobKey> blockJobs;
        QSet<JobKey> firedNonConcurrent;
        QList<TriggerKey> backToWaiting;
        QList<TriggerKey> toError;
        for (const AcquiredTrigger &acquired : triggers) {
            const auto it = stored.find(acquired.trigger);
            const bool claimed = it != stored.end() && it->state == TriggerState::Acquired
                && it->trigger.nextFireTime() == acquired.scheduledTime;
            if (!claimed) {
                bundles << std::nullopt;
                dropped << acquired.fireInstanceId;
                continue;
            }
            const Trigger &trigger = it->trigger;
            const auto job = jobs->constFind(trigger.jobKey());
            if (job == jobs->constEnd()) {
                bundles << std::nullopt;
                dropped << acquired.fireInstanceId;
                toError << trigger.key();
                continue;
            }
            CalendarPtr calendar;
            if (!trigger.calendarName().isEmpty()) {
                calendar = calendars->value(trigger.calendarName());
                if (!calendar) {
                    bundles << std::nullopt;
                    dropped << acquired.fireInstanceId;
                    backToWaiting << trigger.key();
                    continue;
                }
            }
            const bool nonConcurrent = job->isConcurrentExecutionDisallowed();
            if (nonConcurrent && firedNonConcurrent.contains(job->key())) {
                // A second trigger of a job that runs now: the block below covers it.
                bundles << std::nullopt;
                dropped << acquired.fireInstanceId;
                continue;
            }
            FiredBundle bundle;
            bundle.fireInstanceId = acquired.fireInstanceId;
            bundle.job = job.value();
            bundle.trigger = trigger;
            bundle.calendar = calendar;
            bundle.scheduledTime = acquired.scheduledTime;
            bundle.fireTime = tx.now;
            bundle.recovering = trigger.key().group() == RecoveringJobsGroup;
            FireTimes::triggered(bundle.trigger, calendar.get());
            TriggerState state = TriggerState::Waiting;
            if (nonConcurrent) {
                state = TriggerState::Blocked;
                firedNonConcurrent.insert(job->key());
                blockJobs << job->key();
            }
            if (!bundle.trigger.nextFireTime())
                state = TriggerState::Complete;
            updates << FireUpdate{bundle.trigger, state};
            executing << acquired.fireInstanceId;
            // The same trigger twice in one call fires once.
            it->trigger = bundle.trigger;
            it->state = state;
            bundles << bundle;
        }

        if (!blockJobs.isEmpty()) {
            if (!tx.exec(QStringLiteral("UPDATE {p}TRIGGERS SET TRIGGER_STATE = CASE TRIGGER_STATE WHEN 'PAUSED' THEN "
                                        "'PAUSED_BLOCKED' ELSE 'BLOCKED' END WHERE %1 AND "
                                        "TRIGGER_STATE IN ('WAITING', 'ACQUIRED', 'PAUSED')")
                             .arg(tx.d.keyIn(QString(), "JOB_NAME", "JOB_GROUP", blockJobs.size())),
                         keyValues(tx.d.sched, blockJobs)))
                return tx.failure();
        }
        if (auto done = writeFiredTriggers(tx, updates); !done)
            return fail(done.error());
        for (const TriggerKey &key : std::as_const(backToWaiting)) {
            if (auto reset = setTriggerState(tx, key, TriggerState::Waiting, TriggerState::Acquired); !reset)
                return fail(reset.error());
        }
        for (const TriggerKey &key : std::as_const(toError)) {
            if (auto reset = setTriggerState(tx, key, TriggerState::Error, TriggerState::Acquired); !reset)
                return fail(reset.error());
        }
        if (!executing.isEmpty()) {
            if (!tx.exec(QStringLiteral("UPDATE {p}FIRED_TRIGGERS SET STATE = 'EXECUTING', FIRED_TIME = ? WHERE "
                                        "SCHED_NAME = ? AND ENTRY_ID IN (%1)").arg(marks(executing.size())),
                         QVariantList{tx.now, tx.d.sched} + QVariantList(executing.cbegin(), executing.cend())))
                return tx.failure();
        }
        if (auto done = deleteFiredRows(tx, dropped); !done)
            return fail(done.error());
        return bundles;
    });
}

namespace {

const QString historyColumns = QStringLiteral(
    "FIRE_INSTANCE_ID, ATTEMPT, JOB_NAME, JOB_GROUP, TRIGGER_NAME, TRIGGER_GROUP, INSTANCE_NAME, SCHED_TIME, FIRED_TIME, "
    "END_TIME, STATUS, IS_RECOVERING, ERROR_MESSAGE, OUTPUT");

Result<Done> insertHistory(Tx &tx, const QList<ExecutionRecord> &records)
{
    constexpr qsizetype chunk = 200;
    for (qsizetype start = 0; start < records.size(); start += chunk) {
        const QList<ExecutionRecord> part = records.mid(start, chunk);
        QVariantList values;
        values.reserve(part.size() * 15);
        for (const ExecutionRecord &r : part) {
            values << tx.d.sched << r.fireInstanceId << r.attempt << r.job.name() << r.job.group() << r.trigger.name()
                   << r.trigger.group() << (r.instanceId.isEmpty() ? tx.d.options.instanceId : r.instanceId)
                   << r.scheduledTime << r.fireTime << optionalInt(r.endTime) << executionStatusName(r.status)
                   << r.recovering << optionalText(r.errorMessage) << optionalText(r.output);
        }
        if (!tx.exec(tx.d.insertIgnore(QStringLiteral("{p}EXECUTION_HISTORY (SCHED_NAME, ") + historyColumns
                                           + QLatin1Char(')'),
                                       rowMarks(part.size(), 15)),
                     values))
            return tx.failure();
    }
    return Done{};
}

/// Deletes the COMPLETE triggers among \a keys (or all COMPLETE ones without a fire in flight when \a keys is
/// null) and then the non-durable jobs they leave without triggers. Returns how many triggers were deleted.
Result<int> deleteCompleteTriggers(Tx &tx, const QList<TriggerKey> *keys)
{
    QString sql = QStringLiteral("SELECT T.TRIGGER_NAME, T.TRIGGER_GROUP, T.JOB_NAME, T.JOB_GROUP FROM {p}TRIGGERS T "
                                 "WHERE T.TRIGGER_STATE = 'COMPLETE' AND ");
    QVariantList values;
    if (keys) {
        if (keys->isEmpty())
            return 0;
        sql += tx.d.keyIn(QStringLiteral("T"), "TRIGGER_NAME", "TRIGGER_GROUP", keys->size());
        values << keyValues(tx.d.sched, *keys);
    } else {
        values << tx.d.sched;
        sql += QLatin1String("T.SCHED_NAME = ? AND NOT EXISTS (SELECT 1 FROM {p}FIRED_TRIGGERS F WHERE F.SCHED_NAME = T.SCHED_NAME "
                             "AND F.TRIGGER_NAME = T.TRIGGER_NAME AND F.TRIGGER_GROUP = T.TRIGGER_GROUP)");
    }
    QSqlQuery *q = tx.exec(sql, values);
    if (!q)
        return tx.failure();
    QList<TriggerKey> complete;
    QList<JobKey> jobs;
    while (q->next()) {
        complete << TriggerKey(q->value(0).toString(), q->value(1).toString());
        const JobKey job(q->value(2).toString(), q->value(3).toString());
        if (!jobs.contains(job))
            jobs << job;
    }
    q->finish();
    if (complete.isEmpty())
        return 0;
    if (auto done = deleteTriggerRows(tx, complete); !done)
        return fail(done.error());
    if (auto deleted = deleteOrphanJobs(tx, jobs); !deleted)
        return fail(deleted.error());
    return int(complete.size());
}

} // namespace

Result<Done> SqlJobStore::triggeredJobsComplete(const QList<CompletedFire> &fires)
{
    if (fires.isEmpty())
        return Done{};
    return d->run<Done>(true, [&](Tx &tx) -> Result<Done> {
        QList<ExecutionRecord> records;
        QList<JobKey> release;
        QStringList entryIds;
        QList<TriggerKey> triggerKeys;
        QHash<JobKey, JobDataMap> jobData;
        for (const CompletedFire &fire : fires) {
            records << fire.attempts;
            entryIds << fire.fireInstanceId;
            if (!triggerKeys.contains(fire.trigger))
                triggerKeys << fire.trigger;
            if (fire.jobNonConcurrent && !release.contains(fire.job))
                release << fire.job;
            if (fire.changedJobData)
                jobData.insert(fire.job, *fire.changedJobData);
        }
        if (auto done = insertHistory(tx, records); !done)
            return done;
        for (auto it = jobData.cbegin(); it != jobData.cend(); ++it) {
            if (!tx.exec(QStringLiteral("UPDATE {p}JOB_DETAILS SET JOB_DATA = ? WHERE SCHED_NAME = ? AND JOB_NAME = ? "
                                        "AND JOB_GROUP = ?"),
                         {jsonOrNull(it.value().toJson()), tx.d.sched, it.key().name(), it.key().group()}))
                return tx.failure();
        }
        if (auto released = releaseBlocked(tx, release); !released)
            return fail(released.error());
        if (auto done = deleteFiredRows(tx, entryIds); !done)
            return done;
        if (auto deleted = deleteCompleteTriggers(tx, &triggerKeys); !deleted)
            return fail(deleted.error());
        return Done{};
    });
}

Result<MisfireScan> SqlJobStore::recoverMisfiredTriggers(int maxCount, const QString &instanceId)
{
    if (maxCount <= 0)
        return MisfireScan();
    return d->run<MisfireScan>(true, [&](Tx &tx) -> Result<MisfireScan> {
        if (auto locked = lockTriggerAccess(tx); !locked)
            return fail(locked.error());
        qint64 misfireTime = tx.now - std::max<qint64>(tx.d.options.misfireThresholdMs, 0);
        misfireTime = std::max<qint64>(misfireTime, 0);
        auto triggers = loadTriggers(tx, QStringLiteral("T.TRIGGER_STATE = 'WAITING' AND T.MISFIRE_INSTR <> -1 AND "
                                                        "T.NEXT_FIRE_TIME < ?"),
                                     {misfireTime, qint64(maxCount) + 1},
                                     QStringLiteral(" ORDER BY T.NEXT_FIRE_TIME ASC, T.PRIORITY DESC LIMIT ?")
                                         + tx.d.lockTriggersClause(true));
        if (!triggers)
            return fail(triggers.error());
        MisfireScan scan;
        if (triggers->size() > maxCount) {
            scan.hasMore = true;
            triggers->removeLast();
        }
        if (triggers->isEmpty())
            return scan;
        QList<JobKey> jobKeys;
        QStringList calendarNames;
        for (const StoredTrigger &s : std::as_const(triggers.value())) {
            if (!jobKeys.contains(s.trigger.jobKey()))
                jobKeys << s.trigger.jobKey();
            if (!s.trigger.calendarName().isEmpty() && !calendarNames.contains(s.trigger.calendarName()))
                calendarNames << s.trigger.calendarName();
        }
        auto jobs = loadJobs(tx, jobKeys);
        if (!jobs)
            return fail(jobs.error());
        auto calendars = loadCalendars(tx, calendarNames);
        if (!calendars)
            return fail(calendars.error());
        auto paused = pausedGroups(tx);
        if (!paused)
            return fail(paused.error());
        QList<JobKey> nonConcurrent;
        for (const JobDetail &job : std::as_const(jobs.value())) {
            if (job.isConcurrentExecutionDisallowed())
                nonConcurrent << job.key();
        }
        auto running = executingJobs(tx, nonConcurrent);
        if (!running)
            return fail(running.error());
        for (const StoredTrigger &s : std::as_const(triggers.value())) {
            TriggerState state = TriggerState::Waiting;
            if (paused->contains(s.trigger.key().group()) || paused->contains(AllGroupsPaused))
                state = TriggerState::Paused;
            if (running->contains(s.trigger.jobKey()))
                state = state == TriggerState::Paused ? TriggerState::PausedBlocked : TriggerState::Blocked;
            auto record = applyMisfire(tx, s.trigger, calendars->value(s.trigger.calendarName()), state, instanceId);
            if (!record)
                return fail(record.error());
            scan.records << record.value();
        }
        return scan;
    });
}

Result<RecoveryReport> SqlJobStore::recoverInstance(const QString &instanceId)
{
    return d->run<RecoveryReport>(true, [&](Tx &tx) -> Result<RecoveryReport> {
        if (auto locked = lockTriggerAccess(tx); !locked)
            return fail(locked.error());
        QSqlQuery *q = tx.exec(QStringLiteral("SELECT ENTRY_ID, TRIGGER_NAME, TRIGGER_GROUP, FIRED_TIME, SCHED_TIME, "
                                              "PRIORITY, STATE, JOB_NAME, JOB_GROUP, IS_NONCONCURRENT, REQUESTS_RECOVERY "
                                              "FROM {p}FIRED_TRIGGERS WHERE SCHED_NAME = ? AND INSTANCE_NAME = ? "
                                              "ORDER BY FIRED_TIME, ENTRY_ID"),
                               {tx.d.sched, instanceId});
        if (!q)
            return tx.failure();
        struct FiredRow
        {
            QString entryId;
            TriggerKey trigger;
            qint64 firedTime;
            qint64 scheduledTime;
            int priority;
            QString state;
            JobKey job;
            bool nonConcurrent;
            bool requestsRecovery;
        };
        QList<FiredRow> rows;
        while (q->next()) {
            rows << FiredRow{q->value(0).toString(),
                             TriggerKey(q->value(1).toString(), q->value(2).toString()),
                             q->value(3).toLongLong(),
                             q->value(4).toLongLong(),
                             q->value(5).toInt(),
                             q->value(6).toString(),
                             JobKey(q->value(7).toString(), q->value(8).toString()),
                             q->value(9).toBool(),
                             q->value(10).toBool()};
        }
        q->finish();

        RecoveryReport report;
        QList<ExecutionRecord> history;
        QList<JobKey> release;
        for (const FiredRow &row : std::as_const(rows)) {
            if (row.state == QLatin1String("ACQUIRED")) {
                auto reset = setTriggerState(tx, row.trigger, TriggerState::Waiting, TriggerState::Acquired);
                if (!reset)
                    return fail(reset.error());
                report.triggersReleased += reset.value();
            } else {
                ExecutionRecord record;
                record.fireInstanceId = row.entryId;
                record.job = row.job;
                record.trigger = row.trigger;
                record.instanceId = instanceId;
                record.scheduledTime = row.scheduledTime;
                record.fireTime = row.firedTime;
                record.endTime = tx.now;
                record.recovering = row.trigger.group() == RecoveringJobsGroup;
                bool recovered = false;
                if (row.requestsRecovery) {
                    auto job = loadJob(tx, row.job);
                    if (!job)
                        return fail(job.error());
                    if (job->has_value()) {
                        QVariant data;
                        if (!tx.scalar(QStringLiteral("SELECT JOB_DATA FROM {p}TRIGGERS WHERE SCHED_NAME = ? AND "
                                                      "TRIGGER_NAME = ? AND TRIGGER_GROUP = ?"),
                                       {tx.d.sched, row.trigger.name(), row.trigger.group()}, &data))
                            return tx.failure();
                        JobDataMap map;
                        if (const auto json = parseJsonObject(data)) {
                            if (auto parsed = JobDataMap::fromJson(*json))
                                map = parsed.value();
                        }
                        map.put(QStringLiteral("QRTZ_FAILED_JOB_ORIG_TRIGGER_NAME"), row.trigger.name());
                        map.put(QStringLiteral("QRTZ_FAILED_JOB_ORIG_TRIGGER_GROUP"), row.trigger.group());
                        map.put(QStringLiteral("QRTZ_FAILED_JOB_ORIG_TRIGGER_FIRETIME_IN_MILLISECONDS_AS_STRING"),
                                QString::number(row.firedTime));
                        map.put(QStringLiteral("QRTZ_FAILED_JOB_ORIG_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS_AS_STRING"),
                                QString::number(row.scheduledTime));
                        Trigger recovery(TriggerKey(QStringLiteral("recover_") + row.entryId, RecoveringJobsGroup),
                                         row.job, SimpleSchedule{0, 0});
                        recovery.setStartTime(tx.now);
                        recovery.setPriority(row.priority);
                        recovery.setMisfireInstruction(Misfire::IgnoreMisfirePolicy);
                        recovery.setJobData(map);
                        recovery.setDescription(Tr::tr("Re-run of %1 after node %2 stopped")
                                                    .arg(row.trigger.toString(), instanceId));
                        FireTimes::computeFirstFireTime(recovery, nullptr);
                        if (auto stored = storeTriggerIn(tx, recovery, true, &job->value(), true, QString()); !stored)
                            return fail(stored.error());
                        ++report.recoveryTriggers;
                        recovered = true;
                    }
                }
                record.status = recovered ? ExecutionStatus::Recovered : ExecutionStatus::Failed;
                record.errorMessage = recovered
                    ? Tr::tr("The node '%1' stopped during this run; the job requests recovery and runs again")
                          .arg(instanceId)
                    : Tr::tr("The node '%1' stopped during this run").arg(instanceId);
                if (!recovered)
                    ++report.failedExecutions;
                history << record;
            }
            if (row.nonConcurrent && !release.contains(row.job))
                release << row.job;
        }
        if (auto released = releaseBlocked(tx, release); !released)
            return fail(released.error());
        else
            report.triggersReleased += released.value();
        if (auto done = insertHistory(tx, history); !done)
            return fail(done.error());
        if (!tx.exec(QStringLiteral("DELETE FROM {p}FIRED_TRIGGERS WHERE SCHED_NAME = ? AND INSTANCE_NAME = ?"),
                     {tx.d.sched, instanceId}))
            return tx.failure();
        auto deleted = deleteCompleteTriggers(tx, nullptr);
        if (!deleted)
            return fail(deleted.error());
        report.completeTriggersDeleted = deleted.value();
        return report;
    });
}

// ---- nodes ---------------------------------------------------------------------------------------------------

Result<Done> SqlJobStore::checkIn(const QString &instanceId, qint64 checkinIntervalMs, const QStringList &tags)
{
    return d->run<Done>(true, [&](Tx &tx) -> Result<Done> {
        QString upsert;
        const QString insert = QStringLiteral("INSERT INTO {p}SCHEDULER_STATE (SCHED_NAME, INSTANCE_NAME, "
                                              "LAST_CHECKIN_TIME, CHECKIN_INTERVAL) VALUES (?, ?, %1, ?)")
                                   .arg(tx.d.serverNowMs());
        if (tx.d.isMySql())
            upsert = insert + QLatin1String(" ON DUPLICATE KEY UPDATE LAST_CHECKIN_TIME = VALUES(LAST_CHECKIN_TIME), "
                                            "CHECKIN_INTERVAL = VALUES(CHECKIN_INTERVAL)");
        else
            upsert = insert + QLatin1String(" ON CONFLICT (SCHED_NAME, INSTANCE_NAME) DO UPDATE SET "
                                            "LAST_CHECKIN_TIME = excluded.LAST_CHECKIN_TIME, "
                                            "CHECKIN_INTERVAL = excluded.CHECKIN_INTERVAL");
        if (!tx.exec(upsert, {tx.d.sched, instanceId, checkinIntervalMs}))
            return tx.failure();
        auto current = stringColumn(tx, QStringLiteral("SELECT TAG FROM {p}NODE_TAGS WHERE SCHED_NAME = ? AND "
                                                       "INSTANCE_NAME = ?"),
                                    {tx.d.sched, instanceId});
        if (!current)
            return fail(current.error());
        QSet<QString> wanted;
        for (const QString &tag : tags) {
            if (!tag.trimmed().isEmpty())
                wanted.insert(tag.trimmed());
        }
        if (QSet<QString>(current->cbegin(), current->cend()) == wanted)
            return Done{};
        if (!tx.exec(QStringLiteral("DELETE FROM {p}NODE_TAGS WHERE SCHED_NAME = ? AND INSTANCE_NAME = ?"),
                     {tx.d.sched, instanceId}))
            return tx.failure();
        if (wanted.isEmpty())
            return Done{};
        QVariantList values;
        for (const QString &tag : std::as_const(wanted))
            values << tx.d.sched << instanceId << tag;
        if (!tx.exec(QStringLiteral("INSERT INTO {p}NODE_TAGS (SCHED_NAME, INSTANCE_NAME, TAG) VALUES %1")
                         .arg(rowMarks(wanted.size(), 3)),
                     values))
            return tx.failure();
        return Done{};
    });
}

Result<Done> SqlJobStore::removeNode(const QString &instanceId)
{
    return d->run<Done>(true, [&](Tx &tx) -> Result<Done> {
        for (const QString &table : {QStringLiteral("SCHEDULER_STATE"), QStringLiteral("NODE_TAGS")}) {
            if (!tx.exec(QStringLiteral("DELETE FROM {p}%1 WHERE SCHED_NAME = ? AND INSTANCE_NAME = ?").arg(table),
                         {tx.d.sched, instanceId}))
                return tx.failure();
        }
        return Done{};
    });
}

// ---- history, misfires, audit --------------------------------------------------------------------------------

Result<QList<ExecutionRecord>> SqlJobStore::history(const HistoryQuery &query)
{
    return d->run<QList<ExecutionRecord>>(false, [&](Tx &tx) -> Result<QList<ExecutionRecord>> {
        QVariantList values{tx.d.sched};
        QString where;
        const auto equal = [&](const char *column, const QString &value) {
            if (value.isEmpty())
                return;
            where += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
            values << value;
        };
        equal("JOB_NAME", query.jobName);
        equal("JOB_GROUP", query.jobGroup);
        equal("INSTANCE_NAME", query.instanceId);
        if (query.status)
            equal("STATUS", executionStatusName(*query.status));
        if (query.since) {
            where += QLatin1String(" AND FIRED_TIME >= ?");
            values << *query.since;
        }
        if (query.until) {
            where += QLatin1String(" AND FIRED_TIME < ?");
            values << *query.until;
        }
        const QString limit = limitClause(query.limit, query.offset, &values);
        QSqlQuery *q = tx.exec(QStringLiteral("SELECT %1 FROM {p}EXECUTION_HISTORY WHERE SCHED_NAME = ?%2 "
                                              "ORDER BY FIRED_TIME DESC, FIRE_INSTANCE_ID DESC, ATTEMPT DESC%3")
                                   .arg(historyColumns, where, limit),
                               values);
        if (!q)
            return tx.failure();
        QList<ExecutionRecord> records;
        while (q->next()) {
            ExecutionRecord r;
            r.fireInstanceId = q->value(0).toString();
            r.attempt = q->value(1).toInt();
            r.job = JobKey(q->value(2).toString(), q->value(3).toString());
            r.trigger = TriggerKey(q->value(4).toString(), q->value(5).toString());
            r.instanceId = q->value(6).toString();
            r.scheduledTime = q->value(7).toLongLong();
            r.fireTime = q->value(8).toLongLong();
            if (!q->value(9).isNull())
                r.endTime = q->value(9).toLongLong();
            r.status = executionStatusFromName(q->value(10).toString()).value_or(ExecutionStatus::Failed);
            r.recovering = q->value(11).toBool();
            r.errorMessage = q->value(12).toString();
            r.output = q->value(13).toString();
            records << r;
        }
        return records;
    });
}

Result<QList<RunningExecution>> SqlJobStore::runningExecutions()
{
    return d->run<QList<RunningExecution>>(false, [&](Tx &tx) -> Result<QList<RunningExecution>> {
        QSqlQuery *q = tx.exec(QStringLiteral("SELECT ENTRY_ID, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, "
                                              "INSTANCE_NAME, SCHED_TIME, FIRED_TIME FROM {p}FIRED_TRIGGERS WHERE "
                                              "SCHED_NAME = ? AND STATE = 'EXECUTING' ORDER BY FIRED_TIME, ENTRY_ID"),
                               {tx.d.sched});
        if (!q)
            return tx.failure();
        QList<RunningExecution> list;
        while (q->next()) {
            list << RunningExecution{q->value(0).toString(),
                                     TriggerKey(q->value(1).toString(), q->value(2).toString()),
                                     JobKey(q->value(3).toString(), q->value(4).toString()),
                                     q->value(5).toString(),
                                     q->value(6).toLongLong(),
                                     q->value(7).toLongLong()};
        }
        return list;
    });
}

Result<QList<MisfireRecord>> SqlJobStore::misfireLog(std::optional<qint64> since, int limit)
{
    return d->run<QList<MisfireRecord>>(false, [&](Tx &tx) -> Result<QList<MisfireRecord>> {
        QVariantList values{tx.d.sched, since.value_or(std::numeric_limits<qint64>::min())};
        const QString limitText = limitClause(limit, 0, &values);
        QSqlQuery *q = tx.exec(QStringLiteral("SELECT TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, SCHED_TIME, "
                                              "DETECTED_TIME, INSTANCE_NAME, MISFIRE_INSTR, NEXT_FIRE_TIME FROM "
                                              "{p}MISFIRE_LOG WHERE SCHED_NAME = ? AND DETECTED_TIME >= ? ORDER BY "
                                              "DETECTED_TIME DESC, SCHED_TIME DESC, TRIGGER_GROUP, TRIGGER_NAME%1")
                                   .arg(limitText),
                               values);
        if (!q)
            return tx.failure();
        QList<MisfireRecord> list;
        while (q->next()) {
            MisfireRecord r;
            r.trigger = TriggerKey(q->value(0).toString(), q->value(1).toString());
            r.job = JobKey(q->value(2).toString(), q->value(3).toString());
            r.scheduledTime = q->value(4).toLongLong();
            r.detectedTime = q->value(5).toLongLong();
            r.instanceId = q->value(6).toString();
            r.instruction = q->value(7).toInt();
            if (!q->value(8).isNull())
                r.nextFireTime = q->value(8).toLongLong();
            list << r;
        }
        return list;
    });
}

Result<QList<AuditEntry>> SqlJobStore::auditLog(std::optional<qint64> since, int limit)
{
    return d->run<QList<AuditEntry>>(false, [&](Tx &tx) -> Result<QList<AuditEntry>> {
        QVariantList values{tx.d.sched, since.value_or(std::numeric_limits<qint64>::min())};
        const QString limitText = limitClause(limit, 0, &values);
        QSqlQuery *q = tx.exec(QStringLiteral("SELECT AUDIT_ID, AUDIT_TIME, OS_USER, HOST_NAME, ACTION, OBJECT_TYPE, "
                                              "OBJECT_NAME, OBJECT_GROUP, OLD_JSON, NEW_JSON FROM {p}AUDIT_LOG WHERE "
                                              "SCHED_NAME = ? AND AUDIT_TIME >= ? ORDER BY AUDIT_TIME DESC, "
                                              "AUDIT_ID DESC%1")
                                   .arg(limitText),
                               values);
        if (!q)
            return tx.failure();
        QList<AuditEntry> list;
        while (q->next()) {
            AuditEntry e;
            e.id = q->value(0).toLongLong();
            e.time = q->value(1).toLongLong();
            e.osUser = q->value(2).toString();
            e.host = q->value(3).toString();
            e.action = q->value(4).toString();
            e.objectType = q->value(5).toString();
            e.objectName = q->value(6).toString();
            e.objectGroup = q->value(7).toString();
            e.oldJson = q->value(8).toString();
            e.newJson = q->value(9).toString();
            list << e;
        }
        return list;
    });
}

Result<qint64> SqlJobStore::purgeHistory(std::optional<qint64> olderThanMs, qint64 keepRows, int batchSize)
{
    const int batch = std::clamp(batchSize, 1, 1000);
    qint64 total = 0;
    // One batch: the oldest rows matching \a where, deleted by key in their own transaction.
    const auto purgeBatch = [&](const QString &where, const QVariantList &whereValues, qint64 maxRows) {
        return d->run<qint64>(true, [&](Tx &tx) -> Result<qint64> {
            QVariantList values = QVariantList{tx.d.sched} + whereValues;
            values << qint64(std::min<qint64>(batch, maxRows));
            QSqlQuery *q = tx.exec(QStringLiteral("SELECT FIRE_INSTANCE_ID, ATTEMPT FROM {p}EXECUTION_HISTORY WHERE "
                                                  "SCHED_NAME = ?%1 ORDER BY FIRED_TIME, FIRE_INSTANCE_ID, ATTEMPT "
                                                  "LIMIT ?").arg(where),
                                   values);
            if (!q)
                return tx.failure();
            QVariantList keys;
            while (q->next())
                keys << tx.d.sched << q->value(0).toString() << q->value(1).toInt();
            q->finish();
            if (keys.isEmpty())
                return qint64(0);
            QSqlQuery *del = tx.exec(QStringLiteral("DELETE FROM {p}EXECUTION_HISTORY WHERE %1")
                                         .arg(tx.d.keyIn(QString(), "FIRE_INSTANCE_ID", "ATTEMPT", keys.size() / 3, true)),
                                     keys);
            if (!del)
                return tx.failure();
            return qint64(del->numRowsAffected());
        });
    };
    if (olderThanMs) {
        for (;;) {
            auto deleted = purgeBatch(QStringLiteral(" AND FIRED_TIME < ?"), {*olderThanMs}, batch);
            if (!deleted)
                return deleted;
            total += deleted.value();
            if (deleted.value() < batch)
                break;
        }
    }
    if (keepRows > 0) {
        auto count = d->run<qint64>(false, [&](Tx &tx) -> Result<qint64> {
            QVariant rows;
            if (!tx.scalar(QStringLiteral("SELECT COUNT(*) FROM {p}EXECUTION_HISTORY WHERE SCHED_NAME = ?"), {tx.d.sched},
                           &rows))
                return tx.failure();
            return rows.toLongLong();
        });
        if (!count)
            return count;
        qint64 excess = count.value() - keepRows;
        while (excess > 0) {
            auto deleted = purgeBatch(QString(), {}, excess);
            if (!deleted)
                return deleted;
            if (deleted.value() == 0)
                break;
            total += deleted.value();
            excess -= deleted.value();
        }
    }
    return total;
}

} // namespace Qronos
