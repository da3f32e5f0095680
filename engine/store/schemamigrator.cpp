#include "store/schemamigrator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace Qronos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::SchemaMigrator)
};

QString errorText(const QSqlError &error)
{
    QString text = error.text().trimmed();
    if (text.isEmpty())
        text = Tr::tr("unknown error");
    return text;
}

} // namespace

SchemaMigrator::SchemaMigrator(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url))
    , m_dialect(SqlDialect::forUrl(m_url))
    , m_connectionName(std::move(connectionName))
    , m_thread(QThread::currentThread())
{
}

SchemaMigrator::~SchemaMigrator()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    // Only the thread that opened the store may touch its connection (the console opens stores on a worker thread
    // and closes them on the GUI thread). The store closed it after migrating, so elsewhere removing it is enough.
    if (QThread::currentThread() == m_thread) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SchemaMigrator::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString SchemaMigrator::versionTable() const
{
    return m_url.tablePrefix() + QLatin1String("SCHEMA_VERSION");
}

QString SchemaMigrator::describeTarget() const
{
    if (m_url.kind() == DatabaseUrl::Kind::Sqlite)
        return Tr::tr("%1 file \"%2\" (driver %3)").arg(m_dialect->displayName(), m_url.database(), m_dialect->driverName());
    return Tr::tr("%1 server %2:%3, database \"%4\" (driver %5)")
        .arg(m_dialect->displayName(), m_url.host())
        .arg(m_url.port())
        .arg(m_url.database(), m_dialect->driverName());
}

Result<Done> SchemaMigrator::open()
{
    if (m_opened)
        return Done{};
    if (!DatabaseUrl::isSafePrefix(m_url.tablePrefix()))
        return fail(Tr::tr("The table prefix \"%1\" is not allowed: use up to 32 letters, digits and underscores, "
                           "not starting with a digit").arg(m_url.tablePrefix()));
    if (!QSqlDatabase::isDriverAvailable(m_dialect->driverName()))
        return fail(Tr::tr("The Qt SQL driver %1 for %2 is not installed (Debian package %3)")
                        .arg(m_dialect->driverName(), m_dialect->displayName(), m_dialect->driverPackage()));
    if (QSqlDatabase::contains(m_connectionName))
        return fail(Tr::tr("A database connection named \"%1\" is already open in this program").arg(m_connectionName));
    if (m_url.kind() == DatabaseUrl::Kind::Sqlite && m_url.database() != QLatin1String(":memory:")) {
        // QSQLITE would create the file's folder silently only if it existed; say which folder is missing.
        const QFileInfo info(m_url.database());
        if (!info.absoluteDir().exists())
            return fail(Tr::tr("Cannot open %1: the folder \"%2\" does not exist")
                            .arg(describeTarget(), info.absolutePath()));
    }

    QSqlDatabase db = m_dialect->addDatabase(m_url, m_connectionName);
    if (!db.open()) {
        const QString message = Tr::tr("Cannot connect to %1 as user \"%2\": %3")
                                    .arg(describeTarget(), m_url.userName(), errorText(db.lastError()));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return fail(message);
    }
    m_opened = true;

    QSqlQuery query(db);
    if (query.exec(m_dialect->serverVersionQuery()) && query.next())
        m_serverVersion = query.value(0).toString();
    if (m_url.kind() == DatabaseUrl::Kind::Sqlite) {
        // Foreign keys are off by default in SQLite; Quartz's schema relies on them.
        if (auto done = exec(QStringLiteral("PRAGMA foreign_keys = ON")); !done)
            return done;
    }
    return Done{};
}

Result<Done> SchemaMigrator::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database());
    if (values.isEmpty()) {
        // DDL: PostgreSQL cannot PREPARE it, and there is nothing to bind.
        if (!query.exec(sql))
            return fail(Tr::tr("%1 failed to run the statement: %2\n%3").arg(describeTarget(), errorText(query.lastError()), sql));
        return Done{};
    }
    if (!query.prepare(sql))
        return fail(Tr::tr("%1 refused the statement: %2\n%3").arg(describeTarget(), errorText(query.lastError()), sql));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(Tr::tr("%1 failed to run the statement: %2\n%3").arg(describeTarget(), errorText(query.lastError()), sql));
    return Done{};
}

QStringList SchemaMigrator::splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        if (!current.isEmpty())
            current += QLatin1Char('\n');
        current += rawLine;
        if (line.endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            statements << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Result<QList<SchemaMigrator::Migration>> SchemaMigrator::migrations(const SqlDialect &dialect, const QString &prefix)
{
    if (!DatabaseUrl::isSafePrefix(prefix))
        return fail(Tr::tr("The table prefix \"%1\" is not allowed: use up to 32 letters, digits and underscores, "
                           "not starting with a digit").arg(prefix));
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    const QDir dir(dialect.migrationDirectory());
    QList<Migration> result;
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = fileName.match(file);
        if (!match.hasMatch())
            return fail(Tr::tr("The migration file %1 is not named NNNN_name.sql").arg(dir.filePath(file)));
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return fail(Tr::tr("Cannot read the migration %1: %2").arg(f.fileName(), f.errorString()));
        Migration migration;
        migration.version = match.captured(1).toInt();
        migration.name = match.captured(2);
        QString text = QString::fromUtf8(f.readAll());
        text.replace(QLatin1String("{prefix}"), prefix);
        migration.statements = splitStatements(text);
        if (!result.isEmpty() && result.constLast().version == migration.version)
            return fail(Tr::tr("Two migrations carry the number %1 in %2").arg(migration.version).arg(dir.path()));
        result << migration;
    }
    return result;
}

int SchemaMigrator::latestVersion() const
{
    const auto all = migrations(*m_dialect, m_url.tablePrefix());
    return all && !all->isEmpty() ? all->constLast().version : 0;
}

Result<bool> SchemaMigrator::versionTableExists()
{
    // PostgreSQL folds unquoted names to lower case and SQLite ignores case; MySQL on Linux keeps it.
    const Qt::CaseSensitivity cs = m_url.kind() == DatabaseUrl::Kind::MySql ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const QStringList tables = database().tables(QSql::Tables);
    for (const QString &table : tables) {
        if (table.compare(versionTable(), cs) == 0)
            return true;
    }
    return false;
}

Result<SchemaMigrator::VersionState> SchemaMigrator::readVersionState()
{
    VersionState state;
    auto exists = versionTableExists();
    if (!exists)
        return fail(exists.error());
    if (!exists.value())
        return state;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT VERSION, STATEMENTS_DONE, STATEMENTS_TOTAL FROM %1 ORDER BY VERSION")
                           .arg(versionTable()))
        || !query.exec()) {
        return fail(Tr::tr("Cannot read the schema version from %1 in %2: %3")
                        .arg(versionTable(), describeTarget(), errorText(query.lastError())));
    }
    while (query.next()) {
        const int version = query.value(0).toInt();
        const int done = query.value(1).toInt();
        const int total = query.value(2).toInt();
        if (done >= total) {
            state.version = std::max(state.version, version);
        } else {
            state.partialVersion = version;
            state.statementsDone = done;
        }
    }
    return state;
}

Result<Done> SchemaMigrator::createVersionTable()
{
    // The same text works on all three databases; one row per migration, for every scheduler sharing the prefix.
    return exec(QStringLiteral("CREATE TABLE %1 ("
                               "VERSION INTEGER NOT NULL PRIMARY KEY, "
                               "NAME VARCHAR(100) NOT NULL, "
                               "STATEMENTS_DONE INTEGER NOT NULL, "
                               "STATEMENTS_TOTAL INTEGER NOT NULL, "
                               "APPLIED_TIME BIGINT NOT NULL, "
                               "APPLIED_BY VARCHAR(200) NOT NULL)")
                    .arg(versionTable()));
}

Result<int> SchemaMigrator::currentVersion()
{
    if (auto opened = open(); !opened)
        return fail(opened.error());
    auto state = readVersionState();
    if (!state)
        return fail(state.error());
    return state->version;
}

Result<int> SchemaMigrator::migrate()
{
    if (auto opened = open(); !opened)
        return fail(opened.error());
    // Nodes of a cluster often start together: one migrates, the others wait and then find nothing to do.
    const QString lockName = QStringLiteral("qronos_migrate_") + m_url.tablePrefix();
    const bool lockIsTransaction = m_dialect->lockIsTransaction();
    QSqlQuery lock(database());
    bool locked = false;
    if (lockIsTransaction) {
        locked = lock.exec(m_dialect->acquireNamedLockSql());
    } else if (lock.prepare(m_dialect->acquireNamedLockSql())) {
        lock.addBindValue(lockName);
        locked = lock.exec() && lock.next() && lock.value(0).toInt() == 1;
    }
    if (!locked) {
        return fail(Tr::tr("Cannot take the migration lock on %1 (another program may be migrating the schema): %2")
                        .arg(describeTarget(), errorText(lock.lastError())));
    }
    lock.finish();
    m_insideLockTransaction = lockIsTransaction;
    auto result = migrateLocked();
    m_insideLockTransaction = false;
    QSqlQuery unlock(database());
    if (lockIsTransaction) {
        // Failed migrations were rolled back to their savepoints; what succeeded is kept.
        if (!unlock.exec(m_dialect->releaseNamedLockSql()) && result)
            return fail(Tr::tr("Cannot commit the migrations on %1: %2").arg(describeTarget(), errorText(unlock.lastError())));
    } else if (unlock.prepare(m_dialect->releaseNamedLockSql())) {
        unlock.addBindValue(lockName);
        unlock.exec();
    }
    return result;
}

Result<int> SchemaMigrator::migrateLocked()
{
    auto all = migrations(*m_dialect, m_url.tablePrefix());
    if (!all)
        return fail(all.error());
    const int latest = all->isEmpty() ? 0 : all->constLast().version;

    auto state = readVersionState();
    if (!state)
        return fail(state.error());
    if (state->version > latest || state->partialVersion > latest) {
        return fail(Tr::tr("The database schema in %1 (tables %2*) is at version %3, newer than this program "
                           "understands (up to %4). Use a newer Qronos; nothing was changed.")
                        .arg(describeTarget(), m_url.tablePrefix())
                        .arg(std::max(state->version, state->partialVersion))
                        .arg(latest));
    }
    if (!versionTableExists().value()) {
        if (auto created = createVersionTable(); !created)
            return fail(created.error());
    }

    int version = state->version;
    for (const Migration &migration : std::as_const(all.value())) {
        if (migration.version <= version)
            continue;
        const bool resumed = migration.version == state->partialVersion;
        if (auto applied = apply(migration, resumed ? state->statementsDone : -1); !applied)
            return fail(applied.error());
        version = migration.version;
    }
    return version;
}

Result<Done> SchemaMigrator::apply(const Migration &migration, int skipStatements)
{
    if (m_dialect->hasTransactionalDdl())
        return applyInTransaction(migration);
    return applyStatementwise(migration, skipStatements);
}

Result<Done> SchemaMigrator::applyInTransaction(const Migration &migration)
{
    QSqlDatabase db = database();
    const QString savepoint = QStringLiteral("QRONOS_MIGRATION");
    if (m_insideLockTransaction) {
        if (auto done = exec(QStringLiteral("SAVEPOINT ") + savepoint); !done)
            return done;
    } else if (!db.transaction()) {
        return fail(Tr::tr("Cannot start a transaction on %1: %2").arg(describeTarget(), errorText(db.lastError())));
    }
    const auto rollBack = [&](const QString &message) -> Result<Done> {
        if (m_insideLockTransaction) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
            query.exec(QStringLiteral("RELEASE ") + savepoint);
        } else {
            db.rollback();
        }
        return fail(Tr::tr("Migration %1 (%2) failed; nothing of it was kept. %3")
                        .arg(migration.version, 4, 10, QLatin1Char('0'))
                        .arg(migration.name, message));
    };
    for (const QString &statement : migration.statements) {
        if (auto done = exec(statement); !done)
            return rollBack(done.error());
    }
    const int total = int(migration.statements.size());
    if (auto done = exec(QStringLiteral("INSERT INTO %1 (VERSION, NAME, STATEMENTS_DONE, STATEMENTS_TOTAL, APPLIED_TIME, "
                                        "APPLIED_BY) VALUES (?, ?, ?, ?, ?, ?)").arg(versionTable()),
                         {migration.version, migration.name, total, total, QDateTime::currentMSecsSinceEpoch(),
                          QStringLiteral("Qronos %1").arg(QCoreApplication::applicationVersion())});
        !done) {
        return rollBack(done.error());
    }
    if (m_insideLockTransaction) {
        if (auto done = exec(QStringLiteral("RELEASE ") + savepoint); !done)
            return rollBack(done.error());
    } else if (!db.commit()) {
        return rollBack(errorText(db.lastError()));
    }
    return Done{};
}

Result<Done> SchemaMigrator::applyStatementwise(const Migration &migration, int skipStatements)
{
    const int total = int(migration.statements.size());
    const QString number = QStringLiteral("%1").arg(migration.version, 4, 10, QLatin1Char('0'));
    if (skipStatements < 0) {
        if (auto done = exec(QStringLiteral("INSERT INTO %1 (VERSION, NAME, STATEMENTS_DONE, STATEMENTS_TOTAL, "
                                            "APPLIED_TIME, APPLIED_BY) VALUES (?, ?, 0, ?, ?, ?)").arg(versionTable()),
                             {migration.version, migration.name, total, QDateTime::currentMSecsSinceEpoch(),
                              QStringLiteral("Qronos %1").arg(QCoreApplication::applicationVersion())});
            !done) {
            return fail(Tr::tr("Migration %1 (%2) could not start: %3").arg(number, migration.name, done.error()));
        }
    }
    for (int i = std::max(skipStatements, 0); i < total; ++i) {
        if (auto done = exec(migration.statements.at(i)); !done) {
            return fail(Tr::tr("Migration %1 (%2) stopped at statement %3 of %4; the %5 before it are applied and "
                               "recorded in %6, and the next run continues from this statement once the cause is "
                               "fixed. %7")
                            .arg(number, migration.name)
                            .arg(i + 1)
                            .arg(total)
                            .arg(i)
                            .arg(versionTable(), done.error()));
        }
        if (auto done = exec(QStringLiteral("UPDATE %1 SET STATEMENTS_DONE = ?, APPLIED_TIME = ? WHERE VERSION = ?")
                                 .arg(versionTable()),
                             {i + 1, QDateTime::currentMSecsSinceEpoch(), migration.version});
            !done) {
            return fail(Tr::tr("Migration %1 (%2) applied statement %3 of %4 but could not record it: %5")
                            .arg(number, migration.name)
                            .arg(i + 1)
                            .arg(total)
                            .arg(done.error()));
        }
    }
    return Done{};
}

} // namespace Qronos
