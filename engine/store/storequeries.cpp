#include "store/storequeries.h"

#include "schedule/firetimes.h"
#include "schedule/misfire.h"
#include "store/storetransaction.h"
#include "store/triggerrows.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

#include <tuple>

namespace Qronos::StoreQueries {

using namespace StoreRows;
using namespace StoreSql;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::SqlJobStore)
};

QStringList triggerKeyColumns()
{
    return {QStringLiteral("SCHED_NAME"), QStringLiteral("TRIGGER_NAME"), QStringLiteral("TRIGGER_GROUP")};
}

Result<Done> insertKindRow(Tx &tx, const Trigger &trigger)
{
    const KindRow row = kindRow(trigger);
    if (!tx.exec(QStringLiteral("INSERT INTO {p}%1 (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, %2) VALUES (%3)")
                     .arg(row.table, row.columns.join(QStringLiteral(", ")), marks(row.columns.size() + 3)),
                 QVariantList{tx.d.sched, trigger.key().name(), trigger.key().group()} + row.values))
        return tx.failure();
    return Done{};
}

/// Every row of \a query (null when it failed) read with \a read.
template <typename T>
Result<QList<T>> readAll(Tx &tx, QSqlQuery *query, Result<T> (*read)(const QSqlQuery &, int))
{
    if (!query)
        return tx.failure();
    QList<T> list;
    while (query->next()) {
        auto item = read(*query, 0);
        if (!item)
            return fail(item.error());
        list << item.value();
    }
    return list;
}

} // namespace

QString allGroupsPaused() { return QStringLiteral("_$_ALL_GROUPS_PAUSED_$_"); }
QString recoveringJobsGroup() { return QStringLiteral("RECOVERING_JOBS"); }

Result<std::optional<JobDetail>> loadJob(Tx &tx, const JobKey &key, bool forUpdate)
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

Result<QList<JobDetail>> loadJobsWhere(Tx &tx, const QString &where, const QVariantList &values, const QString &tail)
{
    return readAll(tx,
                   tx.exec(QStringLiteral("SELECT %1 FROM {p}JOB_DETAILS J WHERE %2%3")
                               .arg(jobColumns(QStringLiteral("J")), where, tail),
                           values),
                   readJob);
}

Result<QHash<JobKey, JobDetail>> loadJobs(Tx &tx, const QList<JobKey> &keys)
{
    QHash<JobKey, JobDetail> jobs;
    if (keys.isEmpty())
        return jobs;
    auto list = loadJobsWhere(tx, tx.d.keyIn(QStringLiteral("J"), "JOB_NAME", "JOB_GROUP", keys.size()),
                              keyValues(tx.d.sched, keys));
    if (!list)
        return fail(list.error());
    for (const JobDetail &job : std::as_const(list.value()))
        jobs.insert(job.key(), job);
    return jobs;
}

Result<QList<StoredTrigger>> loadTriggers(Tx &tx, const QString &where, const QVariantList &values,
                                          const QString &tail, bool whereNamesScheduler)
{
    return readAll(tx,
                   tx.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3%4%5")
                               .arg(triggerColumns(), triggerFrom(QStringLiteral("{p}")),
                                    whereNamesScheduler ? QString() : QStringLiteral("T.SCHED_NAME = ? AND "), where,
                                    tail),
                           whereNamesScheduler ? values : QVariantList{tx.d.sched} + values),
                   readTrigger);
}

Result<std::optional<StoredTrigger>> loadTrigger(Tx &tx, const TriggerKey &key, bool forUpdate)
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
    return insertKindRow(tx, trigger);
}

Result<Done> deleteKindRows(Tx &tx, const QList<TriggerKey> &keys)
{
    if (keys.isEmpty())
        return Done{};
    const QVariantList values = keyValues(tx.d.sched, keys);
    for (const QString &table : kindTables()) {
        if (!tx.exec(tx.d.deleteByKeys(table, triggerKeyColumns(), keys.size()), values))
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
    if (!tx.exec(tx.d.deleteByKeys(QStringLiteral("TRIGGERS"), triggerKeyColumns(), keys.size()),
                 keyValues(tx.d.sched, keys)))
        return tx.failure();
    return Done{};
}

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
    return insertKindRow(tx, trigger);
}

Result<int> setTriggerState(Tx &tx, const TriggerKey &key, TriggerState to, TriggerState from)
{
    return tx.changed(QStringLiteral("UPDATE {p}TRIGGERS SET TRIGGER_STATE = ? WHERE SCHED_NAME = ? AND "
                                          "TRIGGER_NAME = ? AND TRIGGER_GROUP = ? AND TRIGGER_STATE = ?"),
                           {triggerStateName(to), tx.d.sched, key.name(), key.group(), triggerStateName(from)});
}

Result<int> releaseBlocked(Tx &tx, const QList<JobKey> &jobs)
{
    if (jobs.isEmpty())
        return 0;
    return tx.changed(QStringLiteral("UPDATE {p}TRIGGERS SET TRIGGER_STATE = CASE TRIGGER_STATE WHEN 'BLOCKED' "
                                          "THEN 'WAITING' ELSE 'PAUSED' END WHERE %1 AND "
                                          "TRIGGER_STATE IN ('BLOCKED', 'PAUSED_BLOCKED')")
                               .arg(tx.d.keyIn(QString(), "JOB_NAME", "JOB_GROUP", jobs.size())),
                           keyValues(tx.d.sched, jobs));
}

Result<int> deleteOrphanJobs(Tx &tx, const QList<JobKey> &jobs)
{
    if (jobs.isEmpty())
        return 0;
    return tx.changed(QStringLiteral("DELETE FROM {p}JOB_DETAILS WHERE IS_DURABLE = ? AND "
                                          "%1 AND NOT EXISTS (SELECT 1 FROM {p}TRIGGERS T "
                                          "WHERE T.SCHED_NAME = {p}JOB_DETAILS.SCHED_NAME AND "
                                          "T.JOB_NAME = {p}JOB_DETAILS.JOB_NAME AND T.JOB_GROUP = {p}JOB_DETAILS.JOB_GROUP)")
                               .arg(tx.d.keyIn(QString(), "JOB_NAME", "JOB_GROUP", jobs.size())),
                           QVariantList{false} + keyValues(tx.d.sched, jobs));
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

Result<Done> storeTriggerIn(Tx &tx, const Trigger &trigger, bool replaceExisting, const JobDetail *knownJob,
                            bool recovering, const QString &auditAction, const QString &auditOldJson)
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
                   {tx.d.sched, trigger.key().group(), allGroupsPaused()}, &paused))
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



Result<Done> storeTriggersIn(Tx &tx, const QList<Trigger> &triggers, const JobDetail &job, bool replaceExisting)
{
    if (triggers.isEmpty())
        return Done{};
    constexpr qsizetype chunk = 200;
    QList<TriggerKey> keys;
    QSet<TriggerKey> unique;
    for (const Trigger &trigger : triggers) {
        if (const QString p = keyPartProblem(trigger.key().name()); !p.isEmpty())
            return fail(Tr::tr("Trigger name %1.").arg(p));
        if (const QString p = keyPartProblem(trigger.key().group()); !p.isEmpty())
            return fail(Tr::tr("Trigger group %1.").arg(p));
        if (auto valid = FireTimes::validate(trigger); !valid)
            return fail(valid.error());
        keys << trigger.key();
        unique.insert(trigger.key());
    }
    QSet<TriggerKey> existing;
    for (qsizetype start = 0; start < keys.size(); start += chunk) {
        const QList<TriggerKey> part = keys.mid(start, chunk);
        QSqlQuery *q = tx.exec(QStringLiteral("SELECT T.TRIGGER_NAME, T.TRIGGER_GROUP FROM {p}TRIGGERS T%1 WHERE %2")
                                   .arg(tx.d.primaryKeyHint(),
                                        tx.d.keyIn(QStringLiteral("T"), "TRIGGER_NAME", "TRIGGER_GROUP", part.size())),
                               keyValues(tx.d.sched, part));
        if (!q)
            return tx.failure();
        while (q->next())
            existing.insert(TriggerKey(q->value(0).toString(), q->value(1).toString()));
        q->finish();
    }
    if (!existing.isEmpty() || unique.size() != keys.size()) {
        // Replacements (or the same key twice): one by one, in order, as storeTriggerIn() decides each.
        for (const Trigger &trigger : triggers) {
            if (auto done = storeTriggerIn(tx, trigger, replaceExisting, &job); !done)
                return done;
        }
        return Done{};
    }

    QStringList calendarNames;
    for (const Trigger &trigger : triggers) {
        if (!trigger.calendarName().isEmpty() && !calendarNames.contains(trigger.calendarName()))
            calendarNames << trigger.calendarName();
    }
    if (!calendarNames.isEmpty()) {
        auto present = stringColumn(tx, QStringLiteral("SELECT CALENDAR_NAME FROM {p}CALENDARS WHERE SCHED_NAME = ? AND "
                                                       "CALENDAR_NAME IN (%1)").arg(marks(calendarNames.size())),
                                    QVariantList{tx.d.sched} + QVariantList(calendarNames.cbegin(), calendarNames.cend()));
        if (!present)
            return fail(present.error());
        for (const Trigger &trigger : triggers) {
            if (!trigger.calendarName().isEmpty() && !present->contains(trigger.calendarName()))
                return fail(Tr::tr("The calendar '%1' of trigger '%2' does not exist")
                                .arg(trigger.calendarName(), trigger.key().toString()));
        }
    }
    auto paused = pausedGroups(tx);
    if (!paused)
        return fail(paused.error());
    bool blocked = false;
    if (job.isConcurrentExecutionDisallowed()) {
        auto running = executingJobs(tx, {job.key()});
        if (!running)
            return fail(running.error());
        blocked = running->contains(job.key());
    }

    // Rows in chunks: TRIGGERS, then each kind table, then the audit log.
    const Actor &actor = tx.d.options.actor;
    for (qsizetype start = 0; start < triggers.size(); start += chunk) {
        const QList<Trigger> part = triggers.mid(start, chunk);
        QVariantList values;
        values.reserve(part.size() * triggerInsertColumnCount());
        QHash<QString, QPair<KindRow, qsizetype>> kinds; // by table and columns: the columns, all values, rows
        QStringList kindOrder;
        QVariantList audit;
        for (const Trigger &trigger : part) {
            TriggerState state = TriggerState::Waiting;
            const QString group = trigger.key().group();
            if (paused->contains(group) || paused->contains(allGroupsPaused())) {
                if (!paused->contains(group)) {
                    if (auto done = markGroupPaused(tx, group); !done)
                        return done;
                    paused->insert(group);
                }
                state = TriggerState::Paused;
            }
            if (blocked)
                state = state == TriggerState::Paused ? TriggerState::PausedBlocked : TriggerState::Blocked;
            values << triggerValues(tx.d.sched, trigger, state);
            const KindRow row = kindRow(trigger);
            const QString kindKey = row.table + QLatin1Char(' ') + row.columns.join(QLatin1Char(','));
            auto it = kinds.find(kindKey);
            if (it == kinds.end()) {
                it = kinds.insert(kindKey, qMakePair(KindRow{row.table, row.columns, {}}, qsizetype(0)));
                kindOrder << kindKey;
            }
            it->first.values << tx.d.sched << trigger.key().name() << trigger.key().group() << row.values;
            ++it->second;
            audit << tx.d.sched << tx.now << actor.osUser << actor.host << QStringLiteral("add")
                  << QStringLiteral("trigger") << optionalText(trigger.key().name()) << optionalText(group) << nullText()
                  << optionalText(jsonText(trigger.toJson()));
        }
        if (!tx.exec(QStringLiteral("INSERT INTO {p}TRIGGERS (%1) VALUES %2")
                         .arg(triggerInsertColumns(), rowMarks(part.size(), triggerInsertColumnCount())),
                     values))
            return tx.failure();
        for (const QString &kindKey : std::as_const(kindOrder)) {
            const auto &[row, rows] = kinds.value(kindKey);
            if (!tx.exec(QStringLiteral("INSERT INTO {p}%1 (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, %2) VALUES %3")
                             .arg(row.table, row.columns.join(QStringLiteral(", ")),
                                  rowMarks(rows, row.columns.size() + 3)),
                         row.values))
                return tx.failure();
        }
        if (!tx.exec(QStringLiteral("INSERT INTO {p}AUDIT_LOG (SCHED_NAME, AUDIT_TIME, OS_USER, HOST_NAME, ACTION, "
                                    "OBJECT_TYPE, OBJECT_NAME, OBJECT_GROUP, OLD_JSON, NEW_JSON) VALUES %1")
                         .arg(rowMarks(part.size(), 10)),
                     audit))
            return tx.failure();
        tx.d.triggersSinceAnalyze += int(part.size());
    }
    return Done{};
}

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




Result<int> pauseTriggerGroupIn(Tx &tx, const QString &group)
{
    const auto changed = tx.changed(QStringLiteral("UPDATE {p}TRIGGERS SET %1 WHERE SCHED_NAME = ? AND TRIGGER_GROUP = ? AND %2")
                               .arg(pauseCase(), pausableStates()),
                           {tx.d.sched, group});
    if (!changed)
        return changed;
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
    if (!tx.exec(tx.d.deleteByKeys(QStringLiteral("FIRED_TRIGGERS"), {QStringLiteral("SCHED_NAME"), QStringLiteral("ENTRY_ID")},
                                   entryIds.size()),
                 entryValues(tx.d.sched, entryIds)))
        return tx.failure();
    return Done{};
}





Result<Done> blockJobTriggers(Tx &tx, const QList<JobKey> &jobs)
{
    if (jobs.isEmpty())
        return Done{};
    if (!tx.exec(QStringLiteral("UPDATE {p}TRIGGERS SET TRIGGER_STATE = CASE TRIGGER_STATE WHEN 'PAUSED' THEN "
                                "'PAUSED_BLOCKED' ELSE 'BLOCKED' END WHERE %1 AND "
                                "TRIGGER_STATE IN ('WAITING', 'ACQUIRED', 'PAUSED')")
                     .arg(tx.d.keyIn(QString(), "JOB_NAME", "JOB_GROUP", jobs.size())),
                 keyValues(tx.d.sched, jobs)))
        return tx.failure();
    return Done{};
}

Result<QSet<QString>> insertFiredRows(Tx &tx, const QList<FiredRow> &rows, const QString &instanceName)
{
    QSet<QString> inserted;
    if (rows.isEmpty())
        return inserted;
    QVariantList values;
    QStringList entryIds;
    values.reserve(rows.size() * 13);
    for (const FiredRow &row : rows) {
        entryIds << row.entryId;
        values << tx.d.sched << row.entryId << row.trigger.name() << row.trigger.group() << instanceName
               << row.firedTime << row.scheduledTime << row.priority << triggerStateName(row.state) << row.job.name()
               << row.job.group() << row.nonConcurrent << row.requestsRecovery;
    }
    QSqlQuery *insert = tx.exec(
        tx.d.insertIgnore(QStringLiteral("{p}FIRED_TRIGGERS (SCHED_NAME, ENTRY_ID, TRIGGER_NAME, TRIGGER_GROUP, "
                                         "INSTANCE_NAME, FIRED_TIME, SCHED_TIME, PRIORITY, STATE, JOB_NAME, "
                                         "JOB_GROUP, IS_NONCONCURRENT, REQUESTS_RECOVERY)"),
                          rowMarks(rows.size(), 13)),
        values);
    if (!insert)
        return tx.failure();
    if (insert->numRowsAffected() == rows.size())
        return QSet<QString>(entryIds.cbegin(), entryIds.cend());
    // Another fire of the same (trigger, scheduled time) is recorded already: those rows are not ours.
    auto present = stringColumn(tx, QStringLiteral("SELECT ENTRY_ID FROM {p}FIRED_TRIGGERS WHERE %1")
                                        .arg(tx.d.entryIn(entryIds.size())),
                                entryValues(tx.d.sched, entryIds));
    if (!present)
        return fail(present.error());
    return QSet<QString>(present->cbegin(), present->cend());
}

Result<Done> writeFiredTriggers(Tx &tx, const QList<FireUpdate> &updates)
{
    if (updates.isEmpty())
        return Done{};
    using Column = StoreCore::RowColumn;
    const QList<Column> key{{QStringLiteral("SCHED_NAME")}, {QStringLiteral("TRIGGER_NAME")},
                            {QStringLiteral("TRIGGER_GROUP")}};
    QVariantList values;
    values.reserve(updates.size() * 6);
    for (const FireUpdate &u : updates) {
        values << tx.d.sched << u.trigger.key().name() << u.trigger.key().group()
               << optionalInt(u.trigger.nextFireTime()) << optionalInt(u.trigger.previousFireTime())
               << triggerStateName(u.state);
    }
    if (!tx.exec(tx.d.updateFromRows(QStringLiteral("TRIGGERS"), key,
                                     {{QStringLiteral("NEXT_FIRE_TIME"), true},
                                      {QStringLiteral("PREV_FIRE_TIME"), true},
                                      {QStringLiteral("TRIGGER_STATE")}},
                                     updates.size()),
                 values))
        return tx.failure();

    // Cron triggers are not counted (as in Quartz); the others keep TIMES_TRIGGERED in their kind table.
    for (const auto &[table, column, kinds] :
         {std::make_tuple(QStringLiteral("SIMPLE_TRIGGERS"), QStringLiteral("TIMES_TRIGGERED"),
                          QList<TriggerKind>{TriggerKind::Simple}),
          std::make_tuple(QStringLiteral("SIMPROP_TRIGGERS"), QStringLiteral("INT_PROP_2"),
                          QList<TriggerKind>{TriggerKind::CalendarInterval, TriggerKind::DailyTimeInterval})}) {
        QVariantList counted;
        qsizetype rows = 0;
        for (const FireUpdate &u : updates) {
            if (kinds.contains(u.trigger.kind())) {
                counted << tx.d.sched << u.trigger.key().name() << u.trigger.key().group()
                        << qint64(u.trigger.timesTriggered());
                ++rows;
            }
        }
        if (rows == 0)
            continue;
        if (!tx.exec(tx.d.updateFromRows(table, key, {{column, true}}, rows), counted))
            return tx.failure();
    }
    return Done{};
}



QString historyColumns()
{
    return QStringLiteral(
    "FIRE_INSTANCE_ID, ATTEMPT, JOB_NAME, JOB_GROUP, TRIGGER_NAME, TRIGGER_GROUP, INSTANCE_NAME, SCHED_TIME, FIRED_TIME, "
    "END_TIME, STATUS, IS_RECOVERING, ERROR_MESSAGE, OUTPUT");
}

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
        if (!tx.exec(tx.d.insertIgnore(QStringLiteral("{p}EXECUTION_HISTORY (SCHED_NAME, ") + historyColumns()
                                           + QLatin1Char(')'),
                                       rowMarks(part.size(), 15)),
                     values))
            return tx.failure();
    }
    return Done{};
}

Result<int> deleteCompleteTriggers(Tx &tx, const QList<TriggerKey> *keys)
{
    QString sql = QStringLiteral("SELECT T.TRIGGER_NAME, T.TRIGGER_GROUP, T.JOB_NAME, T.JOB_GROUP, T.TRIGGER_STATE "
                                 "FROM {p}TRIGGERS T%1 WHERE ").arg(keys ? tx.d.primaryKeyHint() : QString());
    QVariantList values;
    if (keys) {
        if (keys->isEmpty())
            return 0;
        // The state is checked below, not in the statement: with it PostgreSQL probes the (group, state) index,
        // whose COMPLETE entries of triggers deleted since the last vacuum it would walk for every key.
        sql += tx.d.keyIn(QStringLiteral("T"), "TRIGGER_NAME", "TRIGGER_GROUP", keys->size());
        values << keyValues(tx.d.sched, *keys);
    } else {
        values << tx.d.sched;
        sql += QLatin1String("T.TRIGGER_STATE = 'COMPLETE' AND T.SCHED_NAME = ? AND NOT EXISTS (SELECT 1 FROM "
                             "{p}FIRED_TRIGGERS F WHERE F.SCHED_NAME = T.SCHED_NAME AND F.TRIGGER_NAME = T.TRIGGER_NAME "
                             "AND F.TRIGGER_GROUP = T.TRIGGER_GROUP)");
    }
    QSqlQuery *q = tx.exec(sql, values);
    if (!q)
        return tx.failure();
    QList<TriggerKey> complete;
    QList<JobKey> jobs;
    while (q->next()) {
        if (q->value(4).toString() != QLatin1String("COMPLETE"))
            continue;
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

} // namespace Qronos::StoreQueries
