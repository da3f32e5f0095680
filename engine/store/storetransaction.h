#pragma once

#include "result.h"
#include "schedule/calendar.h"
#include "store/databaseurl.h"
#include "store/sqljobstore.h"
#include "store/threadconnection.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Qronos {

class SchemaMigrator;
class SqlDialect;
class StoreTx;

/// SQL text for the SQL job store's statements; only placeholders and the validated prefix are ever pasted.
namespace StoreSql {
/// "?, ?, ?" (\a n marks).
QString marks(qsizetype n);
/// \a row \a n times, separated by commas.
QString repeated(const QString &row, qsizetype n);
/// "(?, ?), (?, ?)": \a rows rows of \a columns marks.
QString rowMarks(qsizetype rows, qsizetype columns);
QString jsonText(const QJsonObject &json);
/// {"state": "<name>"}: a trigger's state in an audit row.
QString stateJson(TriggerState state);

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
/// (scheduler, entry id) for each of \a entryIds, for StoreCore::entryIn().
inline QVariantList entryValues(const QString &schedulerName, const QStringList &entryIds)
{
    QVariantList values;
    values.reserve(entryIds.size() * 2);
    for (const QString &id : entryIds)
        values << schedulerName << id;
    return values;
}
} // namespace StoreSql

/// What the SQL job store's pieces share: the database, the options, the per-thread connections, the counters,
/// what differs between the databases in the store's SQL, and the transaction template every call runs in.
struct StoreCore
{
    StoreCore();
    ~StoreCore();
    Q_DISABLE_COPY_MOVE(StoreCore)

    DatabaseUrl url;
    std::unique_ptr<SqlDialect> dialect;
    SqlJobStore::Options options;
    std::unique_ptr<SchemaMigrator> migrator; ///< owns the template connection the threads clone
    std::unique_ptr<ConnectionPool> pool;
    QString prefix;
    QString sched;
    QString serverVersion;
    QString fireIdPrefix;
    bool skipLocked = false;
    std::atomic<qint64> commits{0};
    std::atomic<qint64> reconnects{0};
    std::atomic<int> triggersSinceAnalyze{0};

    bool isSqlite() const { return url.kind() == DatabaseUrl::Kind::Sqlite; }
    bool isPostgres() const { return url.kind() == DatabaseUrl::Kind::PostgreSql; }
    bool isMySql() const { return url.kind() == DatabaseUrl::Kind::MySql; }

    /// "INSERT ... VALUES \a values" that skips rows whose key exists already.
    QString insertIgnore(const QString &tableAndColumns, const QString &values) const;
    /// The cast target for a bound 64-bit integer.
    QString bigintType() const;
    /// An expression for epoch milliseconds from the database server's clock.
    QString serverNowMs() const;
    /// Row locks for triggers read with the outer-joined kind tables (" FOR UPDATE OF T [SKIP LOCKED]").
    QString lockTriggersClause(bool skip) const;
    /// "(SCHED_NAME, NAME, GROUP) IN (...)" over \a n whole keys (bound with StoreSql::keyValues()), on columns
    /// of \a alias. \a integerGroup: the group column is an integer.
    QString keyIn(const QString &alias, const char *nameColumn, const char *groupColumn, qsizetype n,
                  bool integerGroup = false) const;

    /// What a row value is matched IN: \a rows ("(?, ?), (?, ?)") as the dialect lets it probe an index.
    QString rowList(const QString &rows) const;
    /// "(SCHED_NAME, ENTRY_ID) IN (...)" over \a n FIRED_TRIGGERS keys, bound with StoreSql::entryValues(): each a
    /// primary-key probe, whatever the planner believes about a table whose rows come and go within seconds.
    QString entryIn(qsizetype n) const;

    /// A column of a row list bound into updateFromRows().
    struct RowColumn
    {
        QString name;
        bool integer = false; ///< bound as a 64-bit integer (typed where the database would take text)
    };
    /// The dialect's "update from a list of rows": one statement that matches each bound row to the row of
    /// {p}\a table with the same \a keys and sets \a sets from it (PostgreSQL: UPDATE ... FROM (VALUES ...);
    /// SQLite: WITH v AS (VALUES ...) UPDATE ... FROM v; MySQL/MariaDB: UPDATE ... JOIN (SELECT ... UNION ALL
    /// SELECT ...)). Each of the \a rows binds its keys, then its set values, in order. \a where (on the table's
    /// alias T) narrows the rows changed. Each match is a primary-key probe when \a keys are the primary key.
    QString updateFromRows(const QString &table, const QList<RowColumn> &keys, const QList<RowColumn> &sets,
                           qsizetype rows, const QString &where = QString()) const;

    /// "DELETE" of the rows of {p}\a table whose \a keys equal one of \a rows bound rows (each binds its keys in
    /// order), each a primary-key probe when \a keys are the primary key: the keyIn() list on PostgreSQL and
    /// SQLite; a join from the bound rows on MySQL/MariaDB, whose optimizer spends milliseconds weighing every
    /// index against a list of 100 keys (and on a small table then scans it, waiting for rows others insert).
    QString deleteByKeys(const QString &table, const QStringList &keys, qsizetype rows) const;
    /// " FORCE INDEX (PRIMARY)" on MySQL/MariaDB, for a table matched by keyIn() on its whole primary key (the
    /// same weighing of indexes); nothing elsewhere.
    QString primaryKeyHint() const;

    /// The node's id + a process-wide counter seeded from the clock, as Quartz's ftrCtr.
    QString nextFireInstanceId();
    /// Starts the fire-instance counter no lower than \a nowMs * 1000.
    static void seedFireCounter(qint64 nowMs);
    /// "<database> database <url without password>: \a problem".
    QString describe(const QString &problem) const;
    /// The calendar stored as \a json (parsed once per distinct text); null with \a error set when unreadable.
    CalendarPtr parseCalendar(const QString &name, const QString &json, QString *error);

    /// Runs \a body in one transaction (\a write) or without one on this thread's connection: commits or rolls
    /// back, retries a deadlock, reopens a lost connection once and retries.
    template <typename T>
    Result<T> run(bool write, const std::function<Result<T>(StoreTx &)> &body)
    {
        std::optional<T> value;
        auto done = runTransaction(write, [&](StoreTx &tx) -> Result<Done> {
            Result<T> result = body(tx);
            if (!result)
                return fail(result.error());
            value = std::move(result).value();
            return Done{};
        });
        if (!done)
            return fail(done.error());
        return std::move(*value);
    }
    Result<Done> runTransaction(bool write, const std::function<Result<Done>(StoreTx &)> &body);

    /// PostgreSQL gathers statistics for new rows only after a while, and until then plans as if each
    /// "SCHED_NAME = ?" matched one row. After many stored triggers (or with \a force) the store gathers them.
    void analyzeAfterBulkStore(bool force = false);

private:
    bool isRetryableConflict(const QString &nativeCode) const;
    /// A reconnect succeeded (a warning, counted) or failed (one warning per outage).
    void reportReconnect(bool succeeded, const QString &error);

    std::atomic<bool> m_outage{false};

    QMutex m_calendarMutex;
    QHash<QString, CalendarPtr> m_calendarCache; // by JSON text
};

/// One call's statements on this thread's connection, inside the call's transaction.
class StoreTx final
{
public:
    StoreTx(StoreCore &d, ThreadConnection &c, qint64 now) : d(d), c(c), now(now) {}

    /// Prepares (once per connection) and runs \a sql with {p} replaced by the table prefix, binding \a values
    /// in order; null on failure (see failure()).
    QSqlQuery *exec(QString sql, const QVariantList &values = {});
    /// Runs a data-changing statement; how many rows it changed.
    Result<int> changed(const QString &sql, const QVariantList &values);
    /// The first column of the first row into \a out (an invalid QVariant when there is no row); false on failure.
    bool scalar(const QString &sql, const QVariantList &values, QVariant *out);
    /// The first SQL failure of this call, naming the database.
    Failure failure() const { return fail(error); }
    /// Writes one audit-log row with the store's actor at the call's time.
    Result<Done> audit(const QString &action, const QString &objectType, const QString &name, const QString &group,
                       const QString &oldJson, const QString &newJson);

    StoreCore &d;
    ThreadConnection &c;
    const qint64 now; ///< the store's clock when the call started
    QString error;
    QString nativeCode;
    bool sqlFailed = false;

private:
    QSqlQuery *failed(const QString &message, const QString &code, const QString &sql);
};

} // namespace Qronos
