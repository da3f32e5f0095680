#include "store/quartzdatabase.h"

#include "store/sqldialect.h"
#include "store/threadconnection.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace Qronos {

namespace {

// Quartz's trigger states (Constants.STATE_*) and lock name.
const QString kWaiting = QStringLiteral("WAITING");
const QString kAcquired = QStringLiteral("ACQUIRED");
const QString kPaused = QStringLiteral("PAUSED");
const QString kBlocked = QStringLiteral("BLOCKED");
const QString kPausedBlocked = QStringLiteral("PAUSED_BLOCKED");
const QString kTriggerAccess = QStringLiteral("TRIGGER_ACCESS");
const QString kAllGroupsPaused = QStringLiteral("_$_ALL_GROUPS_PAUSED_$_");

/// Quartz's boolean columns: BOOL on PostgreSQL, VARCHAR(1) '0'/'1' on MySQL.
bool boolValue(const QVariant &v)
{
    if (v.isNull())
        return false;
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    return s == QLatin1String("1") || s == QLatin1String("t") || s == QLatin1String("true") || s == QLatin1String("y");
}

std::optional<qint64> timeValue(const QVariant &v, qint64 none)
{
    if (v.isNull())
        return std::nullopt;
    const qint64 t = v.toLongLong();
    if (t == none || t < 0)
        return std::nullopt;
    return t;
}

int blobSize(const QVariant &v)
{
    return v.isNull() ? -1 : int(v.toByteArray().size());
}

QuartzTriggerType typeFromName(const QString &name)
{
    if (name == QLatin1String("CRON"))
        return QuartzTriggerType::Cron;
    if (name == QLatin1String("SIMPLE"))
        return QuartzTriggerType::Simple;
    if (name == QLatin1String("CAL_INT"))
        return QuartzTriggerType::CalendarInterval;
    if (name == QLatin1String("DAILY_I"))
        return QuartzTriggerType::DailyTimeInterval;
    if (name == QLatin1String("BLOB"))
        return QuartzTriggerType::Blob;
    return QuartzTriggerType::Other;
}

/// The database server's clock in epoch ms, as an SQL expression.
QString serverNowMs(DatabaseUrl::Kind kind)
{
    return kind == DatabaseUrl::Kind::MySql ? QStringLiteral("CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)")
                                            : QStringLiteral("CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)");
}

/// Runs \a sql on \a db with \a values bound; the query, or nothing with \a error set.
bool runOn(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text().trimmed();
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        *error = query.lastError().text().trimmed();
        return false;
    }
    return true;
}

} // namespace

namespace {

/// What every call needs: the database, its prefix and scheduler, and the per-thread connections.
struct Context
{
    DatabaseUrl url;
    std::unique_ptr<SqlDialect> dialect;
    QString prefix;
    QString sched;
    QString templateName;
    std::unique_ptr<ConnectionPool> pool;

    QString sql(QString text) const { return text.replace(QLatin1String("{p}"), prefix); }
    QString describe(const QString &problem) const
    {
        return QuartzDatabase::tr("Java Quartz database %1: %2").arg(url.toString(), problem);
    }
};

/// One call's statements on the calling thread's connection; the first error stays in error().
class Call
{
public:
    explicit Call(Context *d) : m_d(d)
    {
        Result<ThreadConnection *> c = d->pool->current();
        if (c)
            m_connection = *c;
        else
            m_error = c.error();
    }
    ~Call()
    {
        if (m_inTransaction)
            rollback();
        if (m_connection)
            m_connection->finishStatements();
    }

    bool ok() const { return m_connection && m_error.isEmpty(); }
    Failure failure() const { return fail(m_error); }
    QString sched() const { return m_d->sched; }

    /// Runs \a sql ({p} = the table prefix) with \a values; the statement (finish it after reading) or null.
    QSqlQuery *exec(const QString &sql, const QVariantList &values)
    {
        if (!ok())
            return nullptr;
        QString error;
        QSqlQuery *q = m_connection->prepared(m_d->sql(sql), &error);
        if (q) {
            for (int i = 0; i < values.size(); ++i)
                q->bindValue(i, values.at(i));
            if (!q->exec()) {
                error = q->lastError().text().trimmed();
                q = nullptr;
            }
        }
        if (!q) {
            m_error = m_d->describe(error);
            m_sqlFailed = true;
        }
        return q;
    }
    /// Rows changed by \a sql, or -1.
    int change(const QString &sql, const QVariantList &values)
    {
        QSqlQuery *q = exec(sql, values);
        if (!q)
            return -1;
        const int n = q->numRowsAffected();
        q->finish();
        return n;
    }
    /// Whether \a sql returns a row (false on error too: check ok()).
    bool exists(const QString &sql, const QVariantList &values)
    {
        QSqlQuery *q = exec(sql, values);
        if (!q)
            return false;
        const bool found = q->next();
        q->finish();
        return found;
    }

    /// Starts the transaction and takes Quartz's TRIGGER_ACCESS row lock, as StdRowLockSemaphore does: the LOCKS
    /// row read FOR UPDATE, inserted (which locks it too) when the scheduler has none yet.
    bool beginLocked()
    {
        if (!ok())
            return false;
        QSqlDatabase db = m_connection->database();
        if (!db.transaction()) {
            m_error = m_d->describe(db.lastError().text().trimmed());
            m_sqlFailed = true;
            return false;
        }
        m_inTransaction = true;
        const QVariantList key{m_d->sched, kTriggerAccess};
        const bool found = exists(QStringLiteral("SELECT * FROM {p}LOCKS WHERE SCHED_NAME = ? AND LOCK_NAME = ? FOR UPDATE"), key);
        if (!ok())
            return false;
        if (!found && change(QStringLiteral("INSERT INTO {p}LOCKS (SCHED_NAME, LOCK_NAME) VALUES (?, ?)"), key) < 0)
            return false;
        return true;
    }
    bool commit()
    {
        if (!ok())
            return false;
        m_connection->finishStatements();
        QSqlDatabase db = m_connection->database();
        m_inTransaction = false;
        if (!db.commit()) {
            // Whether a lost connection committed first is unknown: never retried.
            m_error = m_d->describe(db.lastError().text().trimmed());
            m_commitFailed = true;
            db.rollback();
            return false;
        }
        return true;
    }
    /// After a failed call: true when its connection was lost (a statement failed and the server no longer
    /// answers) and has been reopened, so the call may run again. Never after a failed commit.
    bool reconnectAfterLoss()
    {
        if (!m_connection || !m_sqlFailed || m_commitFailed)
            return false;
        if (m_inTransaction)
            rollback();
        {
            QSqlQuery ping(m_connection->database());
            if (ping.exec(QStringLiteral("SELECT 1")) && ping.next())
                return false;
        }
        m_connection->clearStatements();
        Result<Done> reopened = m_d->pool->reopen(m_connection);
        if (!reopened)
            return false;
        qWarning("Qronos: lost the connection to the Java Quartz database %s; reconnected, the call is retried",
                 qPrintable(m_d->url.toString()));
        return true;
    }
    void rollback()
    {
        m_inTransaction = false;
        m_connection->finishStatements();
        m_connection->database().rollback();
    }

private:
    Context *m_d;
    ThreadConnection *m_connection = nullptr;
    QString m_error;
    bool m_inTransaction = false;
    bool m_sqlFailed = false;
    bool m_commitFailed = false;
};

/// Runs \a body with a Call; once more on a fresh connection when the first failed because the connection was lost
/// (a server restart, an idle timeout). An action's transaction was rolled back by then, so nothing is done twice.
template <typename F>
auto retried(Context *d, F body)
{
    Call first(d);
    auto result = body(first);
    if (result || !first.reconnectAfterLoss())
        return result;
    Call second(d);
    return body(second);
}

Failure unconfirmed(const QString &what)
{
    return fail(QuartzDatabase::tr("Not confirmed: %1 would write to the Java Quartz database, so nothing was changed.")
                    .arg(what));
}

/// Quartz's checkBlockedState: a WAITING or PAUSED trigger of a job that runs now and disallows concurrent runs
/// becomes BLOCKED or PAUSED_BLOCKED.
QString blockedState(Call &call, const JobKey &job, const QString &state)
{
    if (state != kWaiting && state != kPaused)
        return state;
    QSqlQuery *q = call.exec(QStringLiteral("SELECT IS_NONCONCURRENT FROM {p}FIRED_TRIGGERS WHERE SCHED_NAME = ? AND "
                                            "JOB_NAME = ? AND JOB_GROUP = ?"),
                             {call.sched(), job.name(), job.group()});
    if (!q)
        return state;
    const bool blocked = q->next() && boolValue(q->value(0));
    q->finish();
    if (!blocked)
        return state;
    return state == kPaused ? kPausedBlocked : kBlocked;
}

/// Quartz's resumeTrigger inside a locked transaction: true when the state changed.
std::optional<bool> resumeOne(Call &call, const TriggerKey &key, bool *found)
{
    QSqlQuery *q = call.exec(QStringLiteral("SELECT TRIGGER_STATE, NEXT_FIRE_TIME, JOB_NAME, JOB_GROUP FROM {p}TRIGGERS "
                                            "WHERE SCHED_NAME = ? AND TRIGGER_NAME = ? AND TRIGGER_GROUP = ?"),
                             {call.sched(), key.name(), key.group()});
    if (!q)
        return std::nullopt;
    *found = q->next();
    if (!*found) {
        q->finish();
        return false;
    }
    const QString state = q->value(0).toString();
    const bool hasNext = !q->value(1).isNull();
    const JobKey job(q->value(2).toString(), q->value(3).toString());
    q->finish();
    // Quartz returns here too: a trigger without a next fire time stays as it is.
    if (!hasNext || (state != kPaused && state != kPausedBlocked))
        return false;
    // Quartz applies the misfire instruction here only when the resuming scheduler runs; a Qronos observer is not a
    // running Java scheduler, so (like a Java client in standby) it leaves a past NEXT_FIRE_TIME to the Java nodes'
    // misfire handler.
    const QString newState = blockedState(call, job, kWaiting);
    if (!call.ok())
        return std::nullopt;
    const int n = call.change(QStringLiteral("UPDATE {p}TRIGGERS SET TRIGGER_STATE = ? WHERE SCHED_NAME = ? AND "
                                             "TRIGGER_NAME = ? AND TRIGGER_GROUP = ? AND TRIGGER_STATE = ?"),
                              {newState, call.sched(), key.name(), key.group(), state});
    if (n < 0)
        return std::nullopt;
    return n > 0;
}

Failure triggerMissing(const TriggerKey &key, const QString &sched)
{
    return fail(QuartzDatabase::tr("There is no trigger %1 in the Java scheduler \"%2\".").arg(key.toString(), sched));
}

/// Opens a connection named \a name to \a url and checks that the Quartz tables exist under \a prefix and that it
/// is not a Qronos store. Removes the connection again on failure.
Result<Done> openChecked(const DatabaseUrl &url, const SqlDialect &dialect, const QString &name, const QString &prefix)
{
    QString problem;
    {
        QSqlDatabase db = dialect.addDatabase(url, name);
        QString error;
        if (!db.isValid()) {
            problem = QuartzDatabase::tr("Java Quartz database %1: the Qt driver %2 is missing (install %3).")
                          .arg(url.toString(), dialect.driverName(), dialect.driverPackage());
        } else if (!db.open()) {
            problem = QuartzDatabase::tr("Java Quartz database %1: cannot connect: %2")
                          .arg(url.toString(), db.lastError().text().trimmed());
        } else {
            for (const QString &table : QuartzDatabase::requiredTables()) {
                QSqlQuery q(db);
                if (!runOn(q, QStringLiteral("SELECT 1 FROM %1%2 WHERE 1 = 0").arg(prefix, table), {}, &error)) {
                    problem = QuartzDatabase::tr("%1 is not a Java Quartz database with table prefix %2: the table "
                                                 "%2%3 is missing.")
                                  .arg(url.toString(), prefix, table);
                    break;
                }
            }
            QSqlQuery q(db);
            if (problem.isEmpty()
                && runOn(q, QStringLiteral("SELECT 1 FROM %1SCHEMA_VERSION WHERE 1 = 0").arg(prefix), {}, &error)) {
                problem = QuartzDatabase::tr("%1 is a Qronos store (it has %2SCHEMA_VERSION), not a Java Quartz "
                                             "database: open it with --db instead.")
                              .arg(url.toString(), prefix);
            }
            if (!problem.isEmpty())
                db.close();
        }
    }
    if (!problem.isEmpty()) {
        QSqlDatabase::removeDatabase(name);
        return fail(problem);
    }
    return Done{};
}

Result<QStringList> namesOn(QSqlDatabase db, const QString &prefix)
{
    QSqlQuery q(db);
    QString error;
    const QString sql = QStringLiteral("SELECT SCHED_NAME FROM %1JOB_DETAILS UNION SELECT SCHED_NAME FROM %1TRIGGERS "
                                       "UNION SELECT SCHED_NAME FROM %1CALENDARS UNION SELECT SCHED_NAME FROM "
                                       "%1SCHEDULER_STATE UNION SELECT SCHED_NAME FROM %1LOCKS")
                            .arg(prefix);
    if (!runOn(q, sql, {}, &error))
        return fail(error);
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    names.sort();
    return names;
}

std::atomic<int> openCount{0};

} // namespace

struct QuartzDatabase::Private final : Context
{
};

QStringList QuartzDatabase::requiredTables()
{
    return {QStringLiteral("JOB_DETAILS"),    QStringLiteral("TRIGGERS"),          QStringLiteral("SIMPLE_TRIGGERS"),
            QStringLiteral("CRON_TRIGGERS"),  QStringLiteral("SIMPROP_TRIGGERS"),  QStringLiteral("BLOB_TRIGGERS"),
            QStringLiteral("CALENDARS"),      QStringLiteral("PAUSED_TRIGGER_GRPS"), QStringLiteral("FIRED_TRIGGERS"),
            QStringLiteral("SCHEDULER_STATE"), QStringLiteral("LOCKS")};
}

static Result<Done> checkUrl(const DatabaseUrl &url, const QString &prefix)
{
    if (url.kind() == DatabaseUrl::Kind::Sqlite)
        return fail(QuartzDatabase::tr("%1: Java Quartz keeps its tables in PostgreSQL or MySQL/MariaDB; give a "
                                       "postgresql:// or mysql:// URL.")
                        .arg(url.toString()));
    if (!DatabaseUrl::isSafePrefix(prefix))
        return fail(QuartzDatabase::tr("The table prefix \"%1\" may only have letters, digits and underscores.").arg(prefix));
    return Done{};
}

Result<QStringList> QuartzDatabase::schedulerNames(const DatabaseUrl &url, const QString &tablePrefix)
{
    const QString prefix = tablePrefix.isEmpty() ? DatabaseUrl::defaultTablePrefix() : tablePrefix;
    if (auto ok = checkUrl(url, prefix); !ok)
        return fail(ok.error());
    const std::unique_ptr<SqlDialect> dialect = SqlDialect::forUrl(url);
    const QString name = QStringLiteral("qronos_quartz_%1_names").arg(++openCount);
    if (auto opened = openChecked(url, *dialect, name, prefix); !opened)
        return fail(opened.error());
    Result<QStringList> names = namesOn(QSqlDatabase::database(name, false), prefix);
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    if (!names)
        return fail(tr("Java Quartz database %1: %2").arg(url.toString(), names.error()));
    return names;
}

Result<std::unique_ptr<QuartzDatabase>> QuartzDatabase::open(const DatabaseUrl &url, const QString &tablePrefix,
                                                             const QString &schedulerName)
{
    auto d = std::make_unique<Private>();
    d->url = url;
    d->prefix = tablePrefix.isEmpty() ? DatabaseUrl::defaultTablePrefix() : tablePrefix;
    if (auto ok = checkUrl(url, d->prefix); !ok)
        return fail(ok.error());
    d->dialect = SqlDialect::forUrl(url);
    d->templateName = QStringLiteral("qronos_quartz_%1_template").arg(++openCount);
    if (auto opened = openChecked(url, *d->dialect, d->templateName, d->prefix); !opened)
        return fail(opened.error());
    const auto failRemoving = [&d](const QString &message) -> Result<std::unique_ptr<QuartzDatabase>> {
        QSqlDatabase::database(d->templateName, false).close();
        QSqlDatabase::removeDatabase(d->templateName);
        return fail(message);
    };
    Result<QStringList> names = namesOn(QSqlDatabase::database(d->templateName, false), d->prefix);
    if (!names)
        return failRemoving(d->describe(names.error()));
    if (schedulerName.isEmpty()) {
        if (names->isEmpty())
            return failRemoving(d->describe(tr("its Quartz tables hold no scheduler yet.")));
        if (names->size() > 1)
            return failRemoving(d->describe(tr("it holds several schedulers; choose one of: %1.")
                                                .arg(names->join(QStringLiteral(", ")))));
        d->sched = names->constFirst();
    } else {
        if (!names->contains(schedulerName))
            return failRemoving(d->describe(tr("it holds no scheduler named \"%1\"; the schedulers present: %2.")
                                                .arg(schedulerName, names->isEmpty() ? tr("none")
                                                                                     : names->join(QStringLiteral(", ")))));
        d->sched = schedulerName;
    }
    QSqlDatabase::database(d->templateName, false).close();

    const bool mysql = url.kind() == DatabaseUrl::Kind::MySql;
    Context *raw = d.get();
    d->pool = std::make_unique<ConnectionPool>(
        d->templateName,
        [mysql, raw](QSqlDatabase &connection) -> Result<Done> {
            // Quartz's MySQL nodes read committed rows under their row locks; do the same.
            if (!mysql)
                return Done{};
            QSqlQuery query(connection);
            if (!query.exec(QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED")))
                return fail(raw->describe(query.lastError().text().trimmed()));
            return Done{};
        },
        [raw](const QString &problem) { return raw->describe(problem); });
    return std::unique_ptr<QuartzDatabase>(new QuartzDatabase(std::move(d)));
}

QuartzDatabase::QuartzDatabase(std::unique_ptr<Private> d) : d(std::move(d)) {}

QuartzDatabase::~QuartzDatabase()
{
    d->pool.reset();
    QSqlDatabase::removeDatabase(d->templateName);
}

QString QuartzDatabase::schedulerName() const { return d->sched; }
QString QuartzDatabase::tablePrefix() const { return d->prefix; }
QString QuartzDatabase::displayUrl() const { return d->url.toString(); }

Result<qint64> QuartzDatabase::databaseTime() const
{
    return retried(d.get(), [&](Call &call) -> Result<qint64> {
        QSqlQuery *q = call.exec(QStringLiteral("SELECT %1").arg(serverNowMs(d->url.kind())), {});
        if (!q)
            return call.failure();
        const qint64 now = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
        return now;
    });
}

Result<QList<QuartzJob>> QuartzDatabase::jobs() const
{
    return retried(d.get(), [&](Call &call) -> Result<QList<QuartzJob>> {
        QSqlQuery *q = call.exec(QStringLiteral("SELECT JOB_NAME, JOB_GROUP, DESCRIPTION, JOB_CLASS_NAME, IS_DURABLE, "
                                                "IS_NONCONCURRENT, IS_UPDATE_DATA, REQUESTS_RECOVERY, JOB_DATA FROM "
                                                "{p}JOB_DETAILS WHERE SCHED_NAME = ? ORDER BY JOB_GROUP, JOB_NAME"),
                                 {d->sched});
        if (!q)
            return call.failure();
        QList<QuartzJob> jobs;
        while (q->next()) {
            QuartzJob job;
            job.key = JobKey(q->value(0).toString(), q->value(1).toString());
            job.description = q->value(2).toString();
            job.jobClassName = q->value(3).toString();
            job.durable = boolValue(q->value(4));
            job.nonConcurrent = boolValue(q->value(5));
            job.updateData = boolValue(q->value(6));
            job.requestsRecovery = boolValue(q->value(7));
            job.jobDataBytes = blobSize(q->value(8));
            jobs.append(job);
        }
        q->finish();
        return jobs;
    });
}

Result<QList<QuartzTrigger>> QuartzDatabase::triggers() const
{
    return retried(d.get(), [&](Call &call) -> Result<QList<QuartzTrigger>> {
        const auto join = [](const char *table, const char *alias) {
            return QStringLiteral(" LEFT JOIN {p}%1 %2 ON %2.SCHED_NAME = T.SCHED_NAME AND %2.TRIGGER_NAME = T.TRIGGER_NAME "
                                  "AND %2.TRIGGER_GROUP = T.TRIGGER_GROUP")
                .arg(QLatin1String(table), QLatin1String(alias));
        };
        QSqlQuery *q = call.exec(
            QStringLiteral("SELECT T.TRIGGER_NAME, T.TRIGGER_GROUP, T.JOB_NAME, T.JOB_GROUP, T.DESCRIPTION, T.NEXT_FIRE_TIME, "
                           "T.PREV_FIRE_TIME, T.PRIORITY, T.TRIGGER_STATE, T.TRIGGER_TYPE, T.START_TIME, T.END_TIME, "
                           "T.CALENDAR_NAME, T.MISFIRE_INSTR, C.CRON_EXPRESSION, C.TIME_ZONE_ID, S.REPEAT_COUNT, "
                           "S.REPEAT_INTERVAL, S.TIMES_TRIGGERED, P.STR_PROP_1, P.STR_PROP_2, P.STR_PROP_3, P.INT_PROP_1, "
                           "P.INT_PROP_2, P.LONG_PROP_1 FROM {p}TRIGGERS T")
                + join("CRON_TRIGGERS", "C") + join("SIMPLE_TRIGGERS", "S") + join("SIMPROP_TRIGGERS", "P")
                + QStringLiteral(" WHERE T.SCHED_NAME = ? ORDER BY T.TRIGGER_GROUP, T.TRIGGER_NAME"),
            {d->sched});
        if (!q)
            return call.failure();
        QList<QuartzTrigger> triggers;
        while (q->next()) {
            QuartzTrigger t;
            t.key = TriggerKey(q->value(0).toString(), q->value(1).toString());
            t.job = JobKey(q->value(2).toString(), q->value(3).toString());
            t.description = q->value(4).toString();
            t.nextFireTime = timeValue(q->value(5), -1);
            t.previousFireTime = timeValue(q->value(6), -1);
            t.priority = q->value(7).isNull() ? 5 : q->value(7).toInt();
            t.state = q->value(8).toString();
            t.typeName = q->value(9).toString();
            t.type = typeFromName(t.typeName);
            t.startTime = q->value(10).toLongLong();
            t.endTime = timeValue(q->value(11), 0);
            t.calendarName = q->value(12).toString();
            t.misfireInstruction = q->value(13).toInt();
            switch (t.type) {
            case QuartzTriggerType::Cron:
                t.cronExpression = q->value(14).toString();
                t.timeZoneId = q->value(15).toString();
                break;
            case QuartzTriggerType::Simple:
                t.repeatCount = q->value(16).toLongLong();
                t.repeatIntervalMs = q->value(17).toLongLong();
                t.timesTriggered = q->value(18).toLongLong();
                break;
            case QuartzTriggerType::CalendarInterval:
                // CalendarIntervalTriggerPersistenceDelegate: unit, zone, interval, times triggered.
                t.repeatIntervalUnit = q->value(19).toString();
                t.timeZoneId = q->value(20).toString();
                t.repeatInterval = q->value(22).toInt();
                t.timesTriggered = q->value(23).toLongLong();
                break;
            case QuartzTriggerType::DailyTimeInterval:
                // DailyTimeIntervalTriggerPersistenceDelegate: unit, days of week, "h,m,s,h,m,s", interval, times
                // triggered, repeat count.
                t.repeatIntervalUnit = q->value(19).toString();
                t.daysOfWeek = q->value(20).toString();
                t.timeOfDay = q->value(21).toString();
                t.repeatInterval = q->value(22).toInt();
                t.timesTriggered = q->value(23).toLongLong();
                t.repeatCount = q->value(24).toLongLong();
                break;
            case QuartzTriggerType::Blob:
            case QuartzTriggerType::Other:
                break;
            }
            triggers.append(t);
        }
        q->finish();
        return triggers;
    });
}

Result<QList<QuartzCalendar>> QuartzDatabase::calendars() const
{
    return retried(d.get(), [&](Call &call) -> Result<QList<QuartzCalendar>> {
        QSqlQuery *q = call.exec(QStringLiteral("SELECT CALENDAR_NAME, CALENDAR FROM {p}CALENDARS WHERE SCHED_NAME = ? "
                                                "ORDER BY CALENDAR_NAME"),
                                 {d->sched});
        if (!q)
            return call.failure();
        QList<QuartzCalendar> calendars;
        while (q->next())
            calendars.append(QuartzCalendar{q->value(0).toString(), qMax(0, blobSize(q->value(1)))});
        q->finish();
        return calendars;
    });
}

Result<QStringList> QuartzDatabase::pausedTriggerGroups() const
{
    return retried(d.get(), [&](Call &call) -> Result<QStringList> {
        QSqlQuery *q = call.exec(QStringLiteral("SELECT TRIGGER_GROUP FROM {p}PAUSED_TRIGGER_GRPS WHERE SCHED_NAME = ? "
                                                "ORDER BY TRIGGER_GROUP"),
                                 {d->sched});
        if (!q)
            return call.failure();
        QStringList groups;
        while (q->next())
            groups.append(q->value(0).toString());
        q->finish();
        return groups;
    });
}

Result<QList<QuartzInstance>> QuartzDatabase::instances() const
{
    return retried(d.get(), [&](Call &call) -> Result<QList<QuartzInstance>> {
        QSqlQuery *q = call.exec(QStringLiteral("SELECT INSTANCE_NAME, LAST_CHECKIN_TIME, CHECKIN_INTERVAL, %1 FROM "
                                                "{p}SCHEDULER_STATE WHERE SCHED_NAME = ? ORDER BY INSTANCE_NAME")
                                     .arg(serverNowMs(d->url.kind())),
                                 {d->sched});
        if (!q)
            return call.failure();
        QList<QuartzInstance> instances;
        while (q->next()) {
            QuartzInstance i;
            i.instanceName = q->value(0).toString();
            i.lastCheckinTime = q->value(1).toLongLong();
            i.checkinIntervalMs = q->value(2).toLongLong();
            i.checkinAgeMs = q->value(3).toLongLong() - i.lastCheckinTime;
            // ClusterManager's rule: failed once silent for longer than the interval plus 7,500 ms.
            i.overdue = i.checkinAgeMs > i.checkinIntervalMs + 7500;
            instances.append(i);
        }
        q->finish();
        return instances;
    });
}

Result<QList<QuartzFiredTrigger>> QuartzDatabase::firedTriggers() const
{
    return retried(d.get(), [&](Call &call) -> Result<QList<QuartzFiredTrigger>> {
        QSqlQuery *q = call.exec(QStringLiteral("SELECT ENTRY_ID, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, "
                                                "INSTANCE_NAME, FIRED_TIME, SCHED_TIME, PRIORITY, STATE, IS_NONCONCURRENT, "
                                                "REQUESTS_RECOVERY FROM {p}FIRED_TRIGGERS WHERE SCHED_NAME = ? ORDER BY "
                                                "FIRED_TIME, ENTRY_ID"),
                                 {d->sched});
        if (!q)
            return call.failure();
        QList<QuartzFiredTrigger> fired;
        while (q->next()) {
            QuartzFiredTrigger f;
            f.entryId = q->value(0).toString();
            f.trigger = TriggerKey(q->value(1).toString(), q->value(2).toString());
            if (!q->value(3).isNull() && !q->value(3).toString().isEmpty())
                f.job = JobKey(q->value(3).toString(), q->value(4).toString());
            f.instanceName = q->value(5).toString();
            f.firedTime = q->value(6).toLongLong();
            f.scheduledTime = q->value(7).toLongLong();
            f.priority = q->value(8).toInt();
            f.state = q->value(9).toString();
            f.nonConcurrent = boolValue(q->value(10));
            f.requestsRecovery = boolValue(q->value(11));
            fired.append(f);
        }
        q->finish();
        return fired;
    });
}

Result<bool> QuartzDatabase::pauseTrigger(const TriggerKey &key, QuartzConfirmation confirmation)
{
    if (confirmation != QuartzConfirmation::Confirmed)
        return unconfirmed(tr("pausing the trigger %1").arg(key.toString()));
    return retried(d.get(), [&](Call &call) -> Result<bool> {
        if (!call.beginLocked())
            return call.failure();
        QSqlQuery *q = call.exec(QStringLiteral("SELECT TRIGGER_STATE FROM {p}TRIGGERS WHERE SCHED_NAME = ? AND "
                                                "TRIGGER_NAME = ? AND TRIGGER_GROUP = ?"),
                                 {d->sched, key.name(), key.group()});
        if (!q)
            return call.failure();
        if (!q->next()) {
            q->finish();
            return triggerMissing(key, d->sched);
        }
        const QString state = q->value(0).toString();
        q->finish();
        QString newState;
        if (state == kWaiting || state == kAcquired)
            newState = kPaused;
        else if (state == kBlocked)
            newState = kPausedBlocked;
        int n = 0;
        if (!newState.isEmpty()) {
            n = call.change(QStringLiteral("UPDATE {p}TRIGGERS SET TRIGGER_STATE = ? WHERE SCHED_NAME = ? AND "
                                           "TRIGGER_NAME = ? AND TRIGGER_GROUP = ?"),
                            {newState, d->sched, key.name(), key.group()});
        }
        if (n < 0 || !call.commit())
            return call.failure();
        return n > 0;
    });
}

Result<bool> QuartzDatabase::resumeTrigger(const TriggerKey &key, QuartzConfirmation confirmation)
{
    if (confirmation != QuartzConfirmation::Confirmed)
        return unconfirmed(tr("resuming the trigger %1").arg(key.toString()));
    return retried(d.get(), [&](Call &call) -> Result<bool> {
        if (!call.beginLocked())
            return call.failure();
        bool found = false;
        const std::optional<bool> changed = resumeOne(call, key, &found);
        if (!changed)
            return call.failure();
        if (!found)
            return triggerMissing(key, d->sched);
        if (!call.commit())
            return call.failure();
        return *changed;
    });
}

Result<int> QuartzDatabase::pauseTriggerGroup(const QString &group, QuartzConfirmation confirmation)
{
    if (confirmation != QuartzConfirmation::Confirmed)
        return unconfirmed(tr("pausing the trigger group %1").arg(group));
    return retried(d.get(), [&](Call &call) -> Result<int> {
        if (!call.beginLocked())
            return call.failure();
        const int paused = call.change(QStringLiteral("UPDATE {p}TRIGGERS SET TRIGGER_STATE = ? WHERE SCHED_NAME = ? AND "
                                                      "TRIGGER_GROUP = ? AND (TRIGGER_STATE = ? OR TRIGGER_STATE = ?)"),
                                       {kPaused, d->sched, group, kAcquired, kWaiting});
        const int blocked = call.change(QStringLiteral("UPDATE {p}TRIGGERS SET TRIGGER_STATE = ? WHERE SCHED_NAME = ? AND "
                                                       "TRIGGER_GROUP = ? AND TRIGGER_STATE = ?"),
                                        {kPausedBlocked, d->sched, group, kBlocked});
        const bool recorded = call.exists(QStringLiteral("SELECT TRIGGER_GROUP FROM {p}PAUSED_TRIGGER_GRPS WHERE "
                                                         "SCHED_NAME = ? AND TRIGGER_GROUP = ?"),
                                          {d->sched, group});
        if (call.ok() && !recorded)
            call.change(QStringLiteral("INSERT INTO {p}PAUSED_TRIGGER_GRPS (SCHED_NAME, TRIGGER_GROUP) VALUES (?, ?)"),
                        {d->sched, group});
        if (!call.commit())
            return call.failure();
        return paused + blocked;
    });
}

Result<int> QuartzDatabase::resumeTriggerGroup(const QString &group, QuartzConfirmation confirmation)
{
    if (confirmation != QuartzConfirmation::Confirmed)
        return unconfirmed(tr("resuming the trigger group %1").arg(group));
    return retried(d.get(), [&](Call &call) -> Result<int> {
        if (!call.beginLocked())
            return call.failure();
        call.change(QStringLiteral("DELETE FROM {p}PAUSED_TRIGGER_GRPS WHERE SCHED_NAME = ? AND TRIGGER_GROUP = ?"),
                    {d->sched, group});
        QList<TriggerKey> keys;
        if (QSqlQuery *q = call.exec(QStringLiteral("SELECT TRIGGER_NAME FROM {p}TRIGGERS WHERE SCHED_NAME = ? AND "
                                                    "TRIGGER_GROUP = ? ORDER BY TRIGGER_NAME"),
                                     {d->sched, group})) {
            while (q->next())
                keys.append(TriggerKey(q->value(0).toString(), group));
            q->finish();
        }
        int changed = 0;
        for (const TriggerKey &key : std::as_const(keys)) {
            bool found = false;
            const std::optional<bool> one = resumeOne(call, key, &found);
            if (!one)
                return call.failure();
            changed += *one ? 1 : 0;
        }
        if (!call.commit())
            return call.failure();
        return changed;
    });
}

Result<TriggerKey> QuartzDatabase::fireJobNow(const JobKey &job, QuartzConfirmation confirmation)
{
    if (confirmation != QuartzConfirmation::Confirmed)
        return unconfirmed(tr("firing the job %1 now").arg(job.toString()));
    return retried(d.get(), [&](Call &call) -> Result<TriggerKey> {
        if (!call.beginLocked())
            return call.failure();
        QSqlQuery *q = call.exec(QStringLiteral("SELECT IS_NONCONCURRENT FROM {p}JOB_DETAILS WHERE SCHED_NAME = ? AND "
                                                "JOB_NAME = ? AND JOB_GROUP = ?"),
                                 {d->sched, job.name(), job.group()});
        if (!q)
            return call.failure();
        if (!q->next()) {
            q->finish();
            return fail(tr("There is no job %1 in the Java scheduler \"%2\".").arg(job.toString(), d->sched));
        }
        const bool nonConcurrent = boolValue(q->value(0));
        q->finish();

        // QuartzScheduler.newTriggerId(): "MT_" and a random positive long in base 30 to 36; a collision draws again.
        const QString group = TriggerKey::defaultGroup();
        TriggerKey key;
        for (int attempt = 0; attempt < 10 && key.isNull(); ++attempt) {
            const qint64 r = qint64(QRandomGenerator::global()->generate64() & 0x7fffffffffffffffULL);
            const int base = 30 + int(QDateTime::currentMSecsSinceEpoch() % 7);
            const TriggerKey candidate(QStringLiteral("MT_") + QString::number(r, base), group);
            const bool taken = call.exists(QStringLiteral("SELECT TRIGGER_NAME FROM {p}TRIGGERS WHERE SCHED_NAME = ? AND "
                                                          "TRIGGER_NAME = ? AND TRIGGER_GROUP = ?"),
                                           {d->sched, candidate.name(), candidate.group()});
            if (!call.ok())
                return call.failure();
            if (!taken)
                key = candidate;
        }
        if (key.isNull())
            return fail(d->describe(tr("no free trigger name for the one-shot trigger.")));

        // JobStoreSupport.storeTrigger(): PAUSED in a paused group (and a group becomes paused under pauseAll), then
        // checkBlockedState() for a non-concurrent job.
        QString state = kWaiting;
        const QVariantList groupKey{d->sched, group};
        const QString pausedSql = QStringLiteral("SELECT TRIGGER_GROUP FROM {p}PAUSED_TRIGGER_GRPS WHERE SCHED_NAME = ? AND "
                                                 "TRIGGER_GROUP = ?");
        bool paused = call.exists(pausedSql, groupKey);
        if (call.ok() && !paused && call.exists(pausedSql, {d->sched, kAllGroupsPaused})) {
            paused = true;
            call.change(QStringLiteral("INSERT INTO {p}PAUSED_TRIGGER_GRPS (SCHED_NAME, TRIGGER_GROUP) VALUES (?, ?)"),
                        groupKey);
        }
        if (paused)
            state = kPaused;
        if (nonConcurrent)
            state = blockedState(call, job, state);
        if (!call.ok())
            return call.failure();

        qint64 now = 0;
        if (QSqlQuery *t = call.exec(QStringLiteral("SELECT %1").arg(serverNowMs(d->url.kind())), {})) {
            now = t->next() ? t->value(0).toLongLong() : 0;
            t->finish();
        }
        // The rows QuartzScheduler.triggerJob() writes: a SimpleTrigger starting now, no repeat, smart misfire policy,
        // priority 5, previous fire time -1, end time 0, an empty job-data blob.
        const QString emptyBlob = d->url.kind() == DatabaseUrl::Kind::MySql ? QStringLiteral("X''")
                                                                            : QStringLiteral("decode('', 'hex')");
        call.change(QStringLiteral("INSERT INTO {p}TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, "
                                   "DESCRIPTION, NEXT_FIRE_TIME, PREV_FIRE_TIME, TRIGGER_STATE, TRIGGER_TYPE, START_TIME, "
                                   "END_TIME, CALENDAR_NAME, MISFIRE_INSTR, JOB_DATA, PRIORITY) VALUES (?, ?, ?, ?, ?, NULL, "
                                   "?, -1, ?, 'SIMPLE', ?, 0, NULL, 0, %1, 5)")
                        .arg(emptyBlob),
                    {d->sched, key.name(), key.group(), job.name(), job.group(), now, state, now});
        call.change(QStringLiteral("INSERT INTO {p}SIMPLE_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, REPEAT_COUNT, "
                                   "REPEAT_INTERVAL, TIMES_TRIGGERED) VALUES (?, ?, ?, 0, 0, 0)"),
                    {d->sched, key.name(), key.group()});
        if (!call.commit())
            return call.failure();
        return key;
    });
}

Result<QuartzDeletion> QuartzDatabase::deleteTrigger(const TriggerKey &key, QuartzConfirmation confirmation)
{
    if (confirmation != QuartzConfirmation::Confirmed)
        return unconfirmed(tr("deleting the trigger %1").arg(key.toString()));
    return retried(d.get(), [&](Call &call) -> Result<QuartzDeletion> {
        if (!call.beginLocked())
            return call.failure();
        const QVariantList triggerKey{d->sched, key.name(), key.group()};
        QSqlQuery *q = call.exec(QStringLiteral("SELECT T.JOB_NAME, T.JOB_GROUP, J.IS_DURABLE FROM {p}TRIGGERS T LEFT JOIN "
                                                "{p}JOB_DETAILS J ON J.SCHED_NAME = T.SCHED_NAME AND J.JOB_NAME = T.JOB_NAME "
                                                "AND J.JOB_GROUP = T.JOB_GROUP WHERE T.SCHED_NAME = ? AND T.TRIGGER_NAME = ? "
                                                "AND T.TRIGGER_GROUP = ?"),
                                 triggerKey);
        if (!q)
            return call.failure();
        if (!q->next()) {
            q->finish();
            return triggerMissing(key, d->sched);
        }
        QuartzDeletion deletion;
        deletion.job = JobKey(q->value(0).toString(), q->value(1).toString());
        const bool durable = q->value(2).isNull() || boolValue(q->value(2));
        q->finish();
        // deleteTriggerAndChildren(): the kind's row, then the trigger.
        for (const char *table : {"SIMPLE_TRIGGERS", "CRON_TRIGGERS", "SIMPROP_TRIGGERS", "BLOB_TRIGGERS"}) {
            call.change(QStringLiteral("DELETE FROM {p}%1 WHERE SCHED_NAME = ? AND TRIGGER_NAME = ? AND TRIGGER_GROUP = ?")
                            .arg(QLatin1String(table)),
                        triggerKey);
        }
        call.change(QStringLiteral("DELETE FROM {p}TRIGGERS WHERE SCHED_NAME = ? AND TRIGGER_NAME = ? AND TRIGGER_GROUP = ?"),
                    triggerKey);
        if (!durable && call.ok()) {
            const bool others = call.exists(QStringLiteral("SELECT TRIGGER_NAME FROM {p}TRIGGERS WHERE SCHED_NAME = ? AND "
                                                           "JOB_NAME = ? AND JOB_GROUP = ?"),
                                            {d->sched, deletion.job.name(), deletion.job.group()});
            if (call.ok() && !others) {
                deletion.jobDeleted = call.change(QStringLiteral("DELETE FROM {p}JOB_DETAILS WHERE SCHED_NAME = ? AND "
                                                                 "JOB_NAME = ? AND JOB_GROUP = ?"),
                                                  {d->sched, deletion.job.name(), deletion.job.group()})
                    > 0;
            }
        }
        if (!call.commit())
            return call.failure();
        return deletion;
    });
}

} // namespace Qronos
