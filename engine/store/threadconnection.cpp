#include "store/threadconnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QThread>
#include <QThreadStorage>

#include <atomic>

namespace Qronos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::SqlJobStore)
};

std::atomic<quint64> nextPoolId{1};

} // namespace

QSqlQuery *ThreadConnection::prepared(const QString &sql, QString *error, QString *nativeCode)
{
    if (QSqlQuery *query = m_statements.value(sql))
        return query;
    // Statements whose text depends on a batch size come and go; keep the cache bounded.
    if (m_statements.size() > 400)
        clearStatements();
    auto query = std::make_unique<QSqlQuery>(database());
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        *error = query->lastError().text().trimmed();
        if (nativeCode)
            *nativeCode = query->lastError().nativeErrorCode();
        return nullptr;
    }
    QSqlQuery *raw = query.release();
    m_statements.insert(sql, raw);
    return raw;
}

void ThreadConnection::clearStatements()
{
    qDeleteAll(m_statements);
    m_statements.clear();
}

void ThreadConnection::finishStatements()
{
    for (QSqlQuery *query : std::as_const(m_statements)) {
        if (query->isActive())
            query->finish();
    }
}

void ThreadConnection::close()
{
    if (m_closed)
        return;
    m_closed = true;
    clearStatements();
    if (!m_owned)
        return;
    {
        QSqlDatabase db = database();
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

// The connections of all pools alive in one thread, deleted (and so closed) when the thread ends.
struct ThreadConnections
{
    struct Entry
    {
        std::shared_ptr<ConnectionPool::Shared> shared;
        std::shared_ptr<ThreadConnection> connection;
    };
    QHash<quint64, Entry> entries;
    ~ThreadConnections();
};

struct ConnectionPool::Shared
{
    QMutex mutex;
    std::vector<std::shared_ptr<ThreadConnection>> open;

    void closeOne(const std::shared_ptr<ThreadConnection> &connection)
    {
        QMutexLocker locker(&mutex);
        connection->close();
        std::erase(open, connection);
    }
};

ThreadConnections::~ThreadConnections()
{
    for (const Entry &entry : std::as_const(entries))
        entry.shared->closeOne(entry.connection);
}

namespace {

QThreadStorage<ThreadConnections *> &threadConnections()
{
    static QThreadStorage<ThreadConnections *> storage;
    return storage;
}

} // namespace

ConnectionPool::ConnectionPool(QString templateName, std::function<Result<Done>(QSqlDatabase &)> setUp,
                               std::function<QString(const QString &)> describeError, bool templateOnly)
    : m_id(nextPoolId++)
    , m_templateName(std::move(templateName))
    , m_setUp(std::move(setUp))
    , m_describeError(std::move(describeError))
    , m_shared(std::make_shared<Shared>())
    , m_templateThread(templateOnly ? QThread::currentThread() : nullptr)
{
}

ConnectionPool::~ConnectionPool()
{
    {
        QMutexLocker locker(&m_shared->mutex);
        std::erase_if(m_shared->open, [](const std::shared_ptr<ThreadConnection> &connection) {
            if (connection->thread() != QThread::currentThread())
                return false;
            connection->close();
            return true;
        });
    }
    if (threadConnections().hasLocalData())
        threadConnections().localData()->entries.remove(m_id);
}

Result<Done> ConnectionPool::openConnection(QSqlDatabase &db)
{
    if (!db.open())
        return fail(m_describeError(Tr::tr("cannot connect: %1").arg(db.lastError().text().trimmed())));
    if (auto done = m_setUp(db); !done) {
        db.close();
        return done;
    }
    return Done{};
}

Result<ThreadConnection *> ConnectionPool::current(Reopen *reopen)
{
    if (reopen)
        *reopen = Reopen::NotNeeded;
    QThreadStorage<ThreadConnections *> &storage = threadConnections();
    if (!storage.hasLocalData())
        storage.setLocalData(new ThreadConnections);
    ThreadConnections *mine = storage.localData();
    if (auto it = mine->entries.constFind(m_id); it != mine->entries.constEnd() && !it->connection->isClosed()) {
        ThreadConnection *connection = it->connection.get();
        if (!connection->database().isOpen()) {
            QSqlDatabase db = connection->database();
            auto opened = openConnection(db);
            if (reopen)
                *reopen = opened ? Reopen::Succeeded : Reopen::Failed;
            if (!opened)
                return fail(opened.error());
        }
        return connection;
    }

    std::shared_ptr<ThreadConnection> connection;
    if (m_templateThread) {
        if (QThread::currentThread() != m_templateThread)
            return fail(m_describeError(Tr::tr("an in-memory SQLite database can only be used by the thread that "
                                               "opened it; use a database file to share the store between threads")));
        connection = std::make_shared<ThreadConnection>(m_templateName, false);
        {
            QMutexLocker locker(&m_shared->mutex);
            m_shared->open.push_back(connection);
        }
        mine->entries.insert(m_id, {m_shared, connection});
        return connection.get();
    }

    const QString name = QStringLiteral("qronos_store_%1_%2")
                             .arg(m_id)
                             .arg(quintptr(QThread::currentThreadId()), 0, 16);
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_templateName, name);
    if (auto opened = openConnection(db); !opened) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return fail(opened.error());
    }
    connection = std::make_shared<ThreadConnection>(name);
    {
        QMutexLocker locker(&m_shared->mutex);
        m_shared->open.push_back(connection);
    }
    mine->entries.insert(m_id, {m_shared, connection});
    return connection.get();
}

Result<Done> ConnectionPool::reopen(ThreadConnection *connection)
{
    connection->clearStatements();
    QSqlDatabase db = connection->database();
    db.close();
    return openConnection(db);
}

} // namespace Qronos
