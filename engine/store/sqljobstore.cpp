#include "store/sqljobstore.h"

#include "schedule/firetimes.h"
#include "schedule/misfire.h"
#include "store/importqueries.h"
#include "store/nodequeries.h"
#include "store/schemamigrator.h"
#include "store/sqldialect.h"
#include "store/storequeries.h"
#include "store/storetransaction.h"
#include "store/threadconnection.h"
#include "store/triggerrows.h"

#include <QCoreApplication>
#include <QFileInfo>
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
using namespace StoreSql;
using namespace StoreQueries;
using Tx = StoreTx;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::SqlJobStore)
};


QString groupJson(const char *kind, const QString &group, int triggers)
{
    return jsonText(QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                                {QStringLiteral("group"), group},
                                {QStringLiteral("triggersChanged"), triggers}});
}

} // namespace

struct SqlJobStore::Private final : StoreCore
{
};

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
    d->skipLocked = !d->isSqlite() && d->options.useSkipLocked && d->dialect->supportsSkipLocked(d->serverVersion);

    QSqlDatabase db = d->migrator->database();
    QSqlQuery setup(db);
    if (d->isSqlite() && url.database() != QLatin1String(":memory:")) {
        // Readers never wait for the writer; each thread has its own connection.
        if (!setup.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return fail(d->describe(Tr::tr("cannot switch to WAL: %1").arg(setup.lastError().text())));
    }
    // The lock rows exist once any node has opened the schedule; a user who may only read cannot add them, and need
    // not (it never locks).
    if (!setup.prepare(QStringLiteral("SELECT COUNT(*) FROM %1LOCKS WHERE SCHED_NAME = ? "
                                      "AND LOCK_NAME IN ('TRIGGER_ACCESS', 'STATE_ACCESS')")
                           .arg(d->prefix)))
        return fail(d->describe(setup.lastError().text()));
    setup.addBindValue(d->sched);
    if (!setup.exec() || !setup.next())
        return fail(d->describe(Tr::tr("cannot read the lock rows: %1").arg(setup.lastError().text())));
    const bool locksExist = setup.value(0).toInt() == 2;
    setup.finish();
    for (const char *lock : {"TRIGGER_ACCESS", "STATE_ACCESS"}) {
        if (locksExist)
            break;
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
    StoreCore::seedFireCounter(d->options.clock->nowMs());

    StoreCore *raw = d.get();
    const bool sqlite = d->isSqlite();
    const bool mysql = d->isMySql();
    const bool postgres = d->isPostgres();
    d->pool = std::make_unique<ConnectionPool>(
        templateName,
        [raw, sqlite, mysql, postgres](QSqlDatabase &connection) -> Result<Done> {
            QSqlQuery query(connection);
            QStringList statements;
            if (sqlite)
                statements << QStringLiteral("PRAGMA foreign_keys = ON") << QStringLiteral("PRAGMA synchronous = NORMAL");
            if (mysql)
                statements << QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
            // The batch statements match 100 keys against tables of a few thousand rows that live in memory. At
            // the default random_page_cost (4, for spinning disks) PostgreSQL prices 100 primary-key probes above
            // hashing a whole 10,000-row table, and each batch then reads every row; at SSD's usual 1.1 it probes.
            // A server configured lower already keeps its value.
            if (postgres)
                statements << QStringLiteral("SELECT set_config('random_page_cost', '1.1', false) "
                                             "WHERE current_setting('random_page_cost')::float8 > 1.1");
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
        }
        if (triggers.size() == 1)
            return storeTriggerIn(tx, triggers.constFirst(), replaceExisting, &job);
        return storeTriggersIn(tx, triggers, job, replaceExisting);
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

/// The WHERE conditions of a job list query (on alias J), after "J.SCHED_NAME = ?" whose value \a values starts with.
QString jobListWhere(const ListQuery &query, QVariantList *values)
{
    QString where;
    if (!query.group.isEmpty()) {
        where += QLatin1String(" AND J.JOB_GROUP = ?");
        *values << query.group;
    }
    where += textFilter(query.textContains,
                        {QStringLiteral("J.JOB_NAME"), QStringLiteral("J.JOB_GROUP"), QStringLiteral("J.DESCRIPTION"),
                         QStringLiteral("J.JOB_CLASS_NAME")},
                        values);
    return QStringLiteral("J.SCHED_NAME = ?") + where;
}

/// The WHERE conditions of a trigger list query (on alias T, without the scheduler).
QString triggerListWhere(const ListQuery &query, QVariantList *values)
{
    QString where = QStringLiteral("1 = 1");
    if (!query.group.isEmpty()) {
        where += QLatin1String(" AND T.TRIGGER_GROUP = ?");
        *values << query.group;
    }
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (const TriggerState state : query.states) {
            marks << QStringLiteral("?");
            *values << triggerStateName(state);
        }
        where += QStringLiteral(" AND T.TRIGGER_STATE IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    where += textFilter(query.textContains,
                        {QStringLiteral("T.TRIGGER_NAME"), QStringLiteral("T.TRIGGER_GROUP"),
                         QStringLiteral("T.DESCRIPTION"), QStringLiteral("T.TRIGGER_TYPE")},
                        values);
    return where;
}

/// " ORDER BY ..." for \a query over the columns of \a alias (J or T), ending with the key.
QString listOrderBy(const ListQuery &query, bool triggers)
{
    const QString a = triggers ? QStringLiteral("T.") : QStringLiteral("J.");
    const QString name = a + (triggers ? QLatin1String("TRIGGER_NAME") : QLatin1String("JOB_NAME"));
    const QString group = a + (triggers ? QLatin1String("TRIGGER_GROUP") : QLatin1String("JOB_GROUP"));
    const QString dir = query.descending ? QStringLiteral(" DESC") : QString();
    const auto nullsLast = [&](const QString &column) {
        return QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 0 END, %1%2").arg(column, dir);
    };
    QString first;
    switch (query.order) {
    case ListOrder::Key: break;
    case ListOrder::Name: first = name + dir; break;
    case ListOrder::Description: first = a + QLatin1String("DESCRIPTION") + dir; break;
    case ListOrder::JobType:
        if (!triggers)
            first = QLatin1String("J.JOB_CLASS_NAME") + dir;
        break;
    case ListOrder::Job:
        if (triggers)
            first = QStringLiteral("T.JOB_GROUP%1, T.JOB_NAME%1").arg(dir);
        break;
    case ListOrder::TriggerKind:
        if (triggers)
            first = QLatin1String("T.TRIGGER_TYPE") + dir;
        break;
    case ListOrder::TriggerState:
        if (triggers)
            first = QLatin1String("T.TRIGGER_STATE") + dir;
        break;
    case ListOrder::NextFireTime:
        if (triggers)
            first = nullsLast(QStringLiteral("T.NEXT_FIRE_TIME"));
        break;
    case ListOrder::PreviousFireTime:
        if (triggers)
            first = nullsLast(QStringLiteral("T.PREV_FIRE_TIME"));
        break;
    case ListOrder::Calendar:
        if (triggers)
            first = nullsLast(QStringLiteral("T.CALENDAR_NAME"));
        break;
    case ListOrder::Priority:
        if (triggers)
            first = QLatin1String("T.PRIORITY") + dir;
        break;
    case ListOrder::MisfireInstruction:
        if (triggers)
            first = QLatin1String("T.MISFIRE_INSTR") + dir;
        break;
    }
    // The key keeps the direction of a key or name order and breaks ties of the others in ascending order.
    const QString keyDir = query.order == ListOrder::Key ? dir : QString();
    const QString key = query.order == ListOrder::Name ? group + keyDir
                                                       : QStringLiteral("%1%3, %2%3").arg(group, name, keyDir);
    return QStringLiteral(" ORDER BY ") + (first.isEmpty() ? key : first + QStringLiteral(", ") + key);
}

} // namespace

Result<QList<JobDetail>> SqlJobStore::listJobs(const ListQuery &query)
{
    return d->run<QList<JobDetail>>(false, [&](Tx &tx) -> Result<QList<JobDetail>> {
        QVariantList values{tx.d.sched};
        const QString where = jobListWhere(query, &values);
        const QString limit = limitClause(query.limit, query.offset, &values);
        return loadJobsWhere(tx, where, values, listOrderBy(query, false) + limit);
    });
}

Result<QList<StoredTrigger>> SqlJobStore::listTriggers(const ListQuery &query)
{
    return d->run<QList<StoredTrigger>>(false, [&](Tx &tx) {
        QVariantList values;
        const QString where = triggerListWhere(query, &values);
        const QString limit = limitClause(query.limit, query.offset, &values);
        return loadTriggers(tx, where, values, listOrderBy(query, true) + limit);
    });
}

Result<qint64> SqlJobStore::countJobs(const ListQuery &query)
{
    return d->run<qint64>(false, [&](Tx &tx) -> Result<qint64> {
        QVariantList values{tx.d.sched};
        const QString where = jobListWhere(query, &values);
        QVariant count;
        if (!tx.scalar(QStringLiteral("SELECT COUNT(*) FROM {p}JOB_DETAILS J WHERE ") + where, values, &count))
            return tx.failure();
        return count.toLongLong();
    });
}

Result<qint64> SqlJobStore::countTriggers(const ListQuery &query)
{
    return d->run<qint64>(false, [&](Tx &tx) -> Result<qint64> {
        QVariantList values{tx.d.sched};
        const QString where = triggerListWhere(query, &values);
        QVariant count;
        if (!tx.scalar(QStringLiteral("SELECT COUNT(*) FROM {p}TRIGGERS T WHERE T.SCHED_NAME = ? AND ") + where,
                       values, &count))
            return tx.failure();
        return count.toLongLong();
    });
}

Result<bool> SqlJobStore::mayChangeSchedule()
{
    if (d->isSqlite()) {
        if (d->url.database() == QLatin1String(":memory:"))
            return true;
        // A write transaction on a read-only file fails before any statement, like a busy one: ask the file system.
        const QFileInfo file(d->url.database());
        return file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
    }
    // Statements that touch no row but need the privileges every change of the schedule needs; the servers check
    // privileges before they look for rows (PostgreSQL: SQLSTATE 42501; MySQL/MariaDB: errors 1142 and 1143).
    const QStringList probes{
        QStringLiteral("UPDATE {p}TRIGGERS SET PRIORITY = PRIORITY WHERE 1 = 0"),
        QStringLiteral("DELETE FROM {p}TRIGGERS WHERE 1 = 0"),
        QStringLiteral("INSERT INTO {p}JOB_DETAILS SELECT * FROM {p}JOB_DETAILS WHERE 1 = 0"),
    };
    const QStringList deniedCodes = d->isPostgres() ? QStringList{QStringLiteral("42501")}
                                                    : QStringList{QStringLiteral("1142"), QStringLiteral("1143")};
    return d->run<bool>(false, [&](Tx &tx) -> Result<bool> {
        for (const QString &probe : probes) {
            if (tx.exec(probe))
                continue;
            if (deniedCodes.contains(tx.nativeCode))
                return false;
            return tx.failure();
        }
        return true;
    });
}

Result<QHash<QString, qint64>> SqlJobStore::calendarUseCounts()
{
    return d->run<QHash<QString, qint64>>(false, [&](Tx &tx) -> Result<QHash<QString, qint64>> {
        auto query = tx.exec(QStringLiteral("SELECT CALENDAR_NAME, COUNT(*) FROM {p}TRIGGERS WHERE SCHED_NAME = ? "
                                            "AND CALENDAR_NAME IS NOT NULL GROUP BY CALENDAR_NAME"),
                             {tx.d.sched});
        if (!query)
            return tx.failure();
        QHash<QString, qint64> uses;
        while (query->next())
            uses.insert(query->value(0).toString(), query->value(1).toLongLong());
        return uses;
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

Result<ImportReport> SqlJobStore::applyImport(const ScheduleDocument &document)
{
    const auto analyze = qScopeGuard([this] { d->analyzeAfterBulkStore(); });
    return d->run<ImportReport>(true, [&](Tx &tx) { return ImportQueries::applyImportIn(tx, document); });
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
        const auto changed = tx.changed(QStringLiteral("UPDATE {p}TRIGGERS SET %1 WHERE SCHED_NAME = ? AND JOB_GROUP = ? "
                                                       "AND %2").arg(pauseCase(), pausableStates()),
                                        {tx.d.sched, group});
        if (!changed)
            return changed;
        if (auto done = tx.audit(QStringLiteral("pause"), QStringLiteral("group"), group, QString(), QString(),
                                 groupJson("jobGroup", group, changed.value()));
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
        if (auto done = markGroupPaused(tx, allGroupsPaused()); !done)
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
                     {tx.d.sched, allGroupsPaused()}))
            return tx.failure();
        return tx.audit(QStringLiteral("resume"), QStringLiteral("all"), QString(), QString(), QString(),
                        groupJson("all", QString(), changed));
    });
}

// ---- the runtime's side --------------------------------------------------------------------------------------


namespace {

/// The job of trigger T, for correlated subqueries: "FROM JOB_DETAILS J WHERE <J is T's job>".
QString sameJob()
{
    return QStringLiteral("FROM {p}JOB_DETAILS J WHERE J.SCHED_NAME = T.SCHED_NAME AND J.JOB_NAME = T.JOB_NAME AND "
                          "J.JOB_GROUP = T.JOB_GROUP");
}

/// The WHERE, order, limit and row locks of acquireNextTriggers()'s choice on TRIGGERS T (the kind tables may be
/// outer-joined), binding into \a values.
QString dueChoice(Tx &tx, const JobStore::AcquireRequest &request, QVariantList *values)
{
    qint64 misfireTime = tx.now - std::max<qint64>(tx.d.options.misfireThresholdMs, 0);
    misfireTime = std::max<qint64>(misfireTime, 0);
    *values << tx.d.sched << request.noLaterThan << misfireTime;
    // The job is read through correlated subqueries, not a join: the row locks stay on the triggers (MariaDB
    // would lock the job rows of a join too, and one node would then skip all triggers of a job another
    // claims from), and each lookup is a primary-key probe whatever the planner believes about the tables.
    QString sql = QStringLiteral("T.SCHED_NAME = ? AND T.TRIGGER_STATE = 'WAITING' AND T.NEXT_FIRE_TIME <= ? AND "
                                 "(T.MISFIRE_INSTR = -1 OR T.NEXT_FIRE_TIME >= ?) AND EXISTS (SELECT 1 %1")
                      .arg(sameJob());
    if (!request.allowedJobTypes.isEmpty()) {
        sql += QStringLiteral(" AND J.JOB_CLASS_NAME IN (%1)").arg(marks(request.allowedJobTypes.size()));
        for (const QString &type : request.allowedJobTypes)
            *values << type;
    }
    sql += QLatin1String(" AND (J.PINNED_INSTANCE IS NULL OR J.PINNED_INSTANCE = ?)");
    *values << request.instanceId;
    if (request.nodeTags.isEmpty()) {
        sql += QLatin1String(" AND J.REQUIRED_TAG IS NULL");
    } else {
        sql += QStringLiteral(" AND (J.REQUIRED_TAG IS NULL OR J.REQUIRED_TAG IN (%1))").arg(marks(request.nodeTags.size()));
        for (const QString &tag : request.nodeTags)
            *values << tag;
    }
    sql += QLatin1String(") ORDER BY T.NEXT_FIRE_TIME ASC, T.PRIORITY DESC LIMIT ?");
    *values << qint64(request.maxCount);
    return sql + tx.d.lockTriggersClause(true);
}

} // namespace

Result<QList<AcquiredTrigger>> SqlJobStore::acquireNextTriggers(const AcquireRequest &request)
{
    if (request.maxCount <= 0)
        return QList<AcquiredTrigger>();
    return d->run<QList<AcquiredTrigger>>(true, [&](Tx &tx) -> Result<QList<AcquiredTrigger>> {
        if (auto locked = lockTriggerAccess(tx); !locked)
            return fail(locked.error());
        QVariantList values;
        const QString sql = QStringLiteral(
            "SELECT T.TRIGGER_NAME, T.TRIGGER_GROUP, T.JOB_NAME, T.JOB_GROUP, T.NEXT_FIRE_TIME, T.PRIORITY, "
            "(SELECT J.IS_NONCONCURRENT %1), (SELECT J.REQUESTS_RECOVERY %1) FROM {p}TRIGGERS T WHERE %2")
            .arg(sameJob(), dueChoice(tx, request, &values));
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
        if (!tx.exec(QStringLiteral("UPDATE {p}TRIGGERS%1 SET TRIGGER_STATE = 'ACQUIRED' WHERE "
                                    "TRIGGER_STATE = 'WAITING' AND %2")
                         .arg(tx.d.primaryKeyHint(), tx.d.keyIn(QString(), "TRIGGER_NAME", "TRIGGER_GROUP", keys.size())),
                     keyValues(tx.d.sched, keys)))
            return tx.failure();

        QList<FiredRow> fired;
        fired.reserve(rows.size());
        for (Row &row : rows) {
            row.acquired.fireInstanceId = tx.d.nextFireInstanceId();
            fired << FiredRow{row.acquired.fireInstanceId, row.acquired.trigger, row.acquired.job, tx.now,
                              row.acquired.scheduledTime, row.acquired.priority, TriggerState::Acquired,
                              row.nonConcurrent, row.requestsRecovery};
        }
        auto inserted = insertFiredRows(tx, fired, request.instanceId);
        if (!inserted)
            return fail(inserted.error());
        for (const Row &row : std::as_const(rows)) {
            if (inserted->contains(row.acquired.fireInstanceId)) {
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
        // Only rows still ACQUIRED: when a fire committed but its answer was lost, its EXECUTING row stays, so the
        // node's recovery records (or re-runs) it instead of the fire vanishing.
        if (!tx.exec(QStringLiteral("DELETE FROM {p}FIRED_TRIGGERS WHERE STATE = 'ACQUIRED' AND %1")
                         .arg(tx.d.entryIn(entryIds.size())),
                     entryValues(tx.d.sched, entryIds)))
            return tx.failure();
        return Done{};
    });
}


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
        // The claims still ours: a recovery may have given them back meanwhile (this node was presumed dead) and
        // another node claimed them again, when the trigger looks ACQUIRED with the same time but the claim is not
        // ours. Locked first, as a recovery locks them (then the triggers), so that a recovery starting now waits for
        // this call and then sees the fires as in flight.
        QStringList entryIds;
        for (const AcquiredTrigger &acquired : triggers)
            entryIds << acquired.fireInstanceId;
        QSet<QString> ours;
        {
            QSqlQuery *q = tx.exec(QStringLiteral("SELECT ENTRY_ID FROM {p}FIRED_TRIGGERS WHERE %1 AND STATE = 'ACQUIRED'%2")
                                       .arg(tx.d.entryIn(entryIds.size()),
                                            tx.d.isSqlite() ? QString() : QStringLiteral(" FOR UPDATE")),
                                   entryValues(tx.d.sched, entryIds));
            if (!q)
                return tx.failure();
            while (q->next())
                ours.insert(q->value(0).toString());
            q->finish();
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
                && it->trigger.nextFireTime() == acquired.scheduledTime && ours.contains(acquired.fireInstanceId);
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
            bundle.recovering = trigger.key().group() == recoveringJobsGroup();
            bundle.recovers = StoreNodes::recoveredFireOf(trigger.key(), trigger.jobData());
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

        if (auto done = blockJobTriggers(tx, blockJobs); !done)
            return fail(done.error());
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
            if (!tx.exec(QStringLiteral("UPDATE {p}FIRED_TRIGGERS SET STATE = 'EXECUTING', FIRED_TIME = ? WHERE %1")
                             .arg(tx.d.entryIn(executing.size())),
                         QVariantList{tx.now} + entryValues(tx.d.sched, executing)))
                return tx.failure();
        }
        if (auto done = deleteFiredRows(tx, dropped); !done)
            return fail(done.error());
        return bundles;
    });
}


Result<QList<FiredBundle>> SqlJobStore::fireDueTriggers(const AcquireRequest &request)
{
    using Bundles = QList<FiredBundle>;
    if (request.maxCount <= 0)
        return Bundles();
    return d->run<Bundles>(true, [&](Tx &tx) -> Result<Bundles> {
        if (auto locked = lockTriggerAccess(tx); !locked)
            return fail(locked.error());
        // acquireNextTriggers()'s choice, reading the whole rows: FireTimes::triggered() needs them.
        QVariantList values;
        const QString choice = dueChoice(tx, request, &values);
        auto due = loadTriggers(tx, choice, values, QString(), true);
        if (!due)
            return fail(due.error());
        Bundles bundles;
        if (due->isEmpty())
            return bundles;
        QList<JobKey> jobKeys;
        QStringList calendarNames;
        for (const StoredTrigger &s : std::as_const(due.value())) {
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

        QList<FiredRow> rows;
        QSet<JobKey> nonConcurrentJobs;
        QList<TriggerKey> toError;
        for (const StoredTrigger &s : std::as_const(due.value())) {
            const Trigger &trigger = s.trigger;
            const auto job = jobs->constFind(trigger.jobKey());
            if (job == jobs->constEnd()) {
                toError << trigger.key();
                continue;
            }
            CalendarPtr calendar;
            if (!trigger.calendarName().isEmpty()) {
                calendar = calendars->value(trigger.calendarName());
                if (!calendar)
                    continue; // as triggersFired() gives it back: it stays WAITING
            }
            const bool nonConcurrent = job->isConcurrentExecutionDisallowed();
            if (nonConcurrent) {
                if (nonConcurrentJobs.contains(job->key()))
                    continue;
                nonConcurrentJobs.insert(job->key());
            }
            FiredBundle bundle;
            bundle.fireInstanceId = tx.d.nextFireInstanceId();
            bundle.job = job.value();
            bundle.trigger = trigger;
            bundle.calendar = calendar;
            bundle.scheduledTime = trigger.nextFireTime().value_or(0);
            bundle.fireTime = tx.now;
            bundle.recovering = trigger.key().group() == recoveringJobsGroup();
            bundle.recovers = StoreNodes::recoveredFireOf(trigger.key(), trigger.jobData());
            FireTimes::triggered(bundle.trigger, calendar.get());
            rows << FiredRow{bundle.fireInstanceId, trigger.key(), trigger.jobKey(), tx.now, bundle.scheduledTime,
                             trigger.priority(), TriggerState::Executing, nonConcurrent, job->requestsRecovery()};
            bundles << bundle;
        }
        for (const TriggerKey &key : std::as_const(toError)) {
            if (auto reset = setTriggerState(tx, key, TriggerState::Error, TriggerState::Waiting); !reset)
                return fail(reset.error());
        }
        // The unique (trigger, scheduled time) row first: a trigger whose fire is recorded already stays untouched.
        auto inserted = insertFiredRows(tx, rows, request.instanceId);
        if (!inserted)
            return fail(inserted.error());
        if (inserted->size() != bundles.size()) {
            bundles.removeIf([&](const FiredBundle &b) { return !inserted->contains(b.fireInstanceId); });
        }
        QList<FireUpdate> updates;
        QList<JobKey> blockJobs;
        for (const FiredBundle &bundle : std::as_const(bundles)) {
            TriggerState state = TriggerState::Waiting;
            if (bundle.job.isConcurrentExecutionDisallowed()) {
                state = TriggerState::Blocked;
                blockJobs << bundle.job.key();
            }
            if (!bundle.trigger.nextFireTime())
                state = TriggerState::Complete;
            updates << FireUpdate{bundle.trigger, state};
        }
        if (auto done = blockJobTriggers(tx, blockJobs); !done)
            return fail(done.error());
        if (auto done = writeFiredTriggers(tx, updates); !done)
            return fail(done.error());
        return bundles;
    });
}

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
            if (paused->contains(s.trigger.key().group()) || paused->contains(allGroupsPaused()))
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
    return d->run<RecoveryReport>(true, [&](Tx &tx) { return StoreNodes::recoverInstance(tx, instanceId); });
}

// ---- nodes ---------------------------------------------------------------------------------------------------

bool SqlJobStore::allowsSeveralNodes() const { return !d->isSqlite(); }

Result<qint64> SqlJobStore::databaseTime()
{
    return d->run<qint64>(false, [&](Tx &tx) { return StoreNodes::databaseTime(tx); });
}

Result<CheckInResult> SqlJobStore::checkIn(const NodeCheckIn &node)
{
    return d->run<CheckInResult>(true, [&](Tx &tx) { return StoreNodes::checkIn(tx, node); });
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

Result<QList<NodeRecord>> SqlJobStore::nodes(qint64 failureGraceMs)
{
    return d->run<QList<NodeRecord>>(false, [&](Tx &tx) { return StoreNodes::nodes(tx, failureGraceMs); });
}

Result<QList<NodeRecovery>> SqlJobStore::recoverFailedNodes(const QString &survivorId, qint64 failureGraceMs,
                                                             bool withLeftovers)
{
    auto failed = d->run<QList<NodeRecovery>>(
        false, [&](Tx &tx) { return StoreNodes::failedNodes(tx, survivorId, failureGraceMs, withLeftovers); });
    if (!failed)
        return fail(failed.error());
    QList<NodeRecovery> recovered;
    for (NodeRecovery candidate : std::as_const(failed.value())) {
        // One short transaction per node: the winner's lock on the node's row is held only while it recovers that
        // node, and one node's failure does not hold back the others.
        auto report = d->run<std::optional<RecoveryReport>>(true, [&](Tx &tx) -> Result<std::optional<RecoveryReport>> {
            if (candidate.silentForMs > 0) {
                auto won = StoreNodes::claimFailedNode(tx, candidate.instanceId, survivorId, failureGraceMs);
                if (!won)
                    return fail(won.error());
                if (!won.value())
                    return std::optional<RecoveryReport>();
            }
            auto done = StoreNodes::recoverInstance(tx, candidate.instanceId);
            if (!done)
                return fail(done.error());
            return std::optional<RecoveryReport>(done.value());
        });
        if (!report)
            return fail(report.error());
        if (!report->has_value())
            continue;
        candidate.report = **report;
        recovered << candidate;
    }
    return recovered;
}

// ---- interrupting fires on any node ----------------------------------------------------------------------------

Result<bool> SqlJobStore::requestInterruptOfFire(const QString &fireInstanceId)
{
    auto count = d->run<int>(true, [&](Tx &tx) {
        return StoreNodes::requestInterrupts(tx, QStringLiteral("F.ENTRY_ID = ?"), {fireInstanceId},
                                             QStringLiteral("fire"), fireInstanceId, QString());
    });
    if (!count)
        return fail(count.error());
    return count.value() > 0;
}

Result<int> SqlJobStore::requestInterruptOfJob(const JobKey &job)
{
    return d->run<int>(true, [&](Tx &tx) {
        return StoreNodes::requestInterrupts(tx, QStringLiteral("F.JOB_NAME = ? AND F.JOB_GROUP = ?"),
                                             {job.name(), job.group()}, QStringLiteral("job"), job.name(), job.group());
    });
}

Result<QStringList> SqlJobStore::takeInterruptRequests(const QString &instanceId)
{
    // Twice per check-in interval on every node: a read that finds nothing, as a rule, needs no transaction.
    auto pending = d->run<QStringList>(false, [&](Tx &tx) {
        return stringColumn(tx, QStringLiteral("SELECT ENTRY_ID FROM {p}INTERRUPT_REQUESTS WHERE SCHED_NAME = ? AND "
                                               "INSTANCE_NAME = ?"),
                            {tx.d.sched, instanceId});
    });
    if (!pending || pending->isEmpty())
        return pending;
    return d->run<QStringList>(true, [&](Tx &tx) { return StoreNodes::takeInterruptRequests(tx, instanceId); });
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
        where += textFilter(query.textContains, {QStringLiteral("ERROR_MESSAGE"), QStringLiteral("OUTPUT")}, &values);
        if (query.olderThan) {
            // The first comparison alone bounds the index range (IDX_EH_TIME, IDX_EH_JOB, IDX_EH_STATUS); the rest
            // breaks ties between rows fired in the same millisecond.
            const HistoryCursor &c = *query.olderThan;
            where += QLatin1String(" AND FIRED_TIME <= ? AND (FIRED_TIME < ? OR FIRE_INSTANCE_ID < ? OR "
                                   "(FIRE_INSTANCE_ID = ? AND ATTEMPT < ?))");
            values << c.fireTime << c.fireTime << c.fireInstanceId << c.fireInstanceId << c.attempt;
        }
        const QString limit = limitClause(query.limit, query.offset, &values);
        QSqlQuery *q = tx.exec(QStringLiteral("SELECT %1 FROM {p}EXECUTION_HISTORY WHERE SCHED_NAME = ?%2 "
                                              "ORDER BY FIRED_TIME DESC, FIRE_INSTANCE_ID DESC, ATTEMPT DESC%3")
                                   .arg(historyColumns(), where, limit),
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
            const auto deleted = tx.changed(
                QStringLiteral("DELETE FROM {p}EXECUTION_HISTORY WHERE %1")
                    .arg(tx.d.keyIn(QString(), "FIRE_INSTANCE_ID", "ATTEMPT", keys.size() / 3, true)),
                keys);
            if (!deleted)
                return fail(deleted.error());
            return qint64(deleted.value());
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
