#include "sqljob.h"

#include "jobdatareader.h"
#include "outputcapture.h"
#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibrary>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringDecoder>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <climits>
#include <cmath>
#include <optional>

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::SqlJob)
};

constexpr qint64 DefaultMaxRows = 100;
constexpr qint64 MaxMaxRows = 100000;

struct Spec
{
    QString dataSource;
    QString statement;
    bool hasParameters = false;
    QVariantList positional;        // parameters given as a JSON array: bound to '?' in order
    QMap<QString, QVariant> named;  // parameters given as a JSON object: bound to ':name'
    double timeoutSeconds = 0;
    qint64 maxRows = DefaultMaxRows;
    qint64 maxOutputBytes = -1;     // -1: the context's default
};

/// A JSON scalar as the value to bind; nullopt for arrays and objects.
std::optional<QVariant> bindable(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QVariant();
    case QJsonValue::Bool: return QVariant(v.toBool());
    case QJsonValue::String: return QVariant(v.toString());
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Whole numbers bind as integers (ids, counts); 2^53 is where doubles stop being exact.
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) <= 9007199254740992.0)
            return QVariant(qint64(d));
        return QVariant(d);
    }
    default: return std::nullopt;
    }
}

Result<Done> parseParameters(const JobDataMap &data, Spec *spec)
{
    const QString key = QStringLiteral("parameters");
    if (!data.contains(key))
        return Done{};
    const QString expected = Tr::tr("\"parameters\" must be JSON text: an array for '?' placeholders, e.g. [42, "
                                    "\"open\"], or an object for ':name' placeholders, e.g. {\"id\": 42}");
    if (data.type(key) != JobDataMap::Type::String)
        return fail(expected + Tr::tr("; it is not text."));
    const QString text = data.string(key).trimmed();
    if (!text.startsWith(QLatin1Char('[')) && !text.startsWith(QLatin1Char('{')))
        return fail(expected + Tr::tr("; it is neither an array nor an object."));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError)
        return fail(expected + Tr::tr("; the JSON is invalid at offset %1: %2.").arg(err.offset).arg(err.errorString()));
    spec->hasParameters = true;
    if (doc.isArray()) {
        const QJsonArray array = doc.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const std::optional<QVariant> v = bindable(array.at(i));
            if (!v)
                return fail(expected + Tr::tr("; element %1 is not a string, number, boolean or null.").arg(i));
            spec->positional.append(*v);
        }
        return Done{};
    }
    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QString name = it.key();
            if (name.startsWith(QLatin1Char(':')))
                name.remove(0, 1);
            if (name.isEmpty())
                return fail(expected + Tr::tr("; a parameter name is empty."));
            const std::optional<QVariant> v = bindable(it.value());
            if (!v)
                return fail(expected + Tr::tr("; the value of \"%1\" is not a string, number, boolean or null.")
                                           .arg(it.key()));
            spec->named.insert(QLatin1Char(':') + name, *v);
        }
        return Done{};
    }
    return fail(expected + Tr::tr("; it is neither an array nor an object."));
}

Result<Spec> parse(const JobDataMap &data)
{
    const JobDataReader reader(data);
    Spec s;
    QString e;
    if (!take(reader.text(QStringLiteral("dataSource"), true), &s.dataSource, &e)
        || !take(reader.text(QStringLiteral("statement"), true), &s.statement, &e)
        || !take(reader.seconds(QStringLiteral("timeoutSeconds")), &s.timeoutSeconds, &e)
        || !take(reader.integer(QStringLiteral("maxRows"), DefaultMaxRows, 0, MaxMaxRows), &s.maxRows, &e)
        || !take(reader.integer(QStringLiteral("maxOutputBytes"), -1, 0, 256LL * 1024 * 1024), &s.maxOutputBytes, &e))
        return fail(e);
    s.dataSource = s.dataSource.trimmed();
    if (!DataSources::isValidName(s.dataSource))
        return fail(Tr::tr("\"dataSource\": \"%1\" is not a data source name (a letter followed by letters, digits, "
                           "'_' or '-').")
                        .arg(s.dataSource));
    if (Result<Done> p = parseParameters(data, &s); !p)
        return fail(p.error());
    return s;
}

/// One value of a result row as one cell of tab-separated text.
QString cellText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    QString text;
    if (value.typeId() == QMetaType::QByteArray) {
        // Binary columns, but also text under a binary collation (MySQL's utf8mb4_bin): text when
        // the bytes are printable UTF-8, else hex.
        const QByteArray bytes = value.toByteArray();
        QStringDecoder decode(QStringDecoder::Utf8);
        text = decode(bytes);
        const bool printable = !decode.hasError() && std::none_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r');
        });
        if (!printable) {
            return QLatin1String("0x") + QString::fromLatin1(bytes.left(64).toHex())
                + (bytes.size() > 64 ? QLatin1String("...") : QLatin1String(""));
        }
    } else {
        text = value.toString();
    }
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    text.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    return text;
}

/// The database's message, then Qt's in parentheses.
QString errorText(const QSqlError &error)
{
    QString database = error.databaseText().trimmed();
    const QString driver = error.driverText().trimmed();
    if (database == QLatin1String("not an error"))
        database.clear(); // SQLite's text for "no error", when Qt itself refused (e.g. two statements)
    if (database.isEmpty() && driver.isEmpty())
        return Tr::tr("unknown error");
    if (database.isEmpty() || database == driver)
        return driver;
    if (driver.isEmpty())
        return database;
    return database + QLatin1String(" (") + driver + QLatin1Char(')');
}

enum class Stop { No, Interrupted, TimedOut };

/// What the SQLite progress handler looks at, on the worker thread that runs the statement.
struct Watch
{
    const JobExecutionContext *context = nullptr;
    QDeadlineTimer deadline{QDeadlineTimer::Forever};
    Stop stop = Stop::No;

    bool shouldStop()
    {
        if (context->isInterrupted())
            stop = Stop::Interrupted;
        else if (deadline.hasExpired())
            stop = Stop::TimedOut;
        return stop != Stop::No;
    }
};

/// sqlite3_progress_handler from the SQLite library the QSQLITE driver uses. Resolved at run time
/// so that the engine need not link SQLite, and used only when that library's version is the one
/// the connection reports (the same library, or a build with the same layout).
class SqliteProgress final
{
public:
    using Callback = int (*)(void *);
    using SetHandler = void (*)(void *, int, Callback, void *);

    static const SqliteProgress &instance()
    {
        static const SqliteProgress progress;
        return progress;
    }

    /// Installs \a watch on \a db; false when not possible (then timeouts and interrupts are only
    /// checked between rows).
    bool install(QSqlDatabase &db, Watch *watch) const
    {
        void *handle = sqliteHandle(db);
        if (!handle || !m_setHandler || !sameLibrary(db))
            return false;
        // Every 1000 virtual-machine steps: a few microseconds of work between checks.
        m_setHandler(handle, 1000, &SqliteProgress::callback, watch);
        return true;
    }

    void remove(QSqlDatabase &db) const
    {
        if (void *handle = sqliteHandle(db); handle && m_setHandler)
            m_setHandler(handle, 0, nullptr, nullptr);
    }

private:
    SqliteProgress()
    {
        QLibrary library(QStringLiteral("sqlite3"), 0);
        if (!library.load())
            return;
        m_setHandler = reinterpret_cast<SetHandler>(library.resolve("sqlite3_progress_handler"));
        using Version = const char *(*)();
        if (const auto version = reinterpret_cast<Version>(library.resolve("sqlite3_libversion")))
            m_version = QString::fromLatin1(version());
        if (m_version.isEmpty())
            m_setHandler = nullptr;
    }

    static int callback(void *watch) { return static_cast<Watch *>(watch)->shouldStop() ? 1 : 0; }

    static void *sqliteHandle(QSqlDatabase &db)
    {
        const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
        if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
            return nullptr;
        return *static_cast<void *const *>(v.constData());
    }

    bool sameLibrary(QSqlDatabase &db) const
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next() && q.value(0).toString() == m_version;
    }

    SetHandler m_setHandler = nullptr;
    QString m_version;
};

/// Asks the server to end the statement after \a seconds; an error when the server cannot.
Result<Done> setServerTimeout(QSqlDatabase &db, DatabaseUrl::Kind kind, double seconds, const QString &source)
{
    const qint64 ms = qMax<qint64>(1, qint64(std::ceil(seconds * 1000)));
    QString statement;
    if (kind == DatabaseUrl::Kind::PostgreSql) {
        statement = QStringLiteral("SET statement_timeout = %1").arg(ms);
    } else if (kind == DatabaseUrl::Kind::MySql) {
        QSqlQuery version(db);
        const bool mariaDb = version.exec(QStringLiteral("SELECT VERSION()")) && version.next()
            && version.value(0).toString().contains(QLatin1String("MariaDB"), Qt::CaseInsensitive);
        statement = mariaDb ? QStringLiteral("SET SESSION max_statement_time = %1").arg(double(ms) / 1000.0)
                            : QStringLiteral("SET SESSION max_execution_time = %1").arg(ms);
    } else {
        return Done{};
    }
    QSqlQuery q(db);
    if (!q.exec(statement))
        return fail(Tr::tr("Data source \"%1\" cannot limit the statement's time (\"timeoutSeconds\"): %2. Remove "
                           "\"timeoutSeconds\" or use a server that supports it.")
                        .arg(source, errorText(q.lastError())));
    return Done{};
}

/// Stops the statement running on a PostgreSQL or MySQL/MariaDB connection from a second thread
/// when the job is interrupted or its deadline passes: that thread opens a connection of its own
/// and asks the server to cancel the first one's statement (pg_cancel_backend, KILL QUERY). The id
/// it cancels comes from the server, never from job data.
class ServerCanceller final
{
public:
    ServerCanceller(QSqlDatabase &db, const DatabaseUrl &url, InterruptionToken token, QDeadlineTimer deadline)
    {
        const bool pg = url.kind() == DatabaseUrl::Kind::PostgreSql;
        QSqlQuery q(db);
        if (!q.exec(pg ? QStringLiteral("SELECT pg_backend_pid()") : QStringLiteral("SELECT CONNECTION_ID()")) || !q.next())
            return; // then only the server's own timeout and the checks between rows remain
        bool ok = false;
        const qint64 id = q.value(0).toLongLong(&ok);
        if (!ok)
            return;
        const QString cancel = pg ? QStringLiteral("SELECT pg_cancel_backend(%1)").arg(id)
                                  : QStringLiteral("KILL QUERY %1").arg(id);
        m_thread.reset(QThread::create([this, url, token, deadline, cancel] {
            while (!m_done.load(std::memory_order_acquire)) {
                if (token.isInterruptionRequested() || deadline.hasExpired()) {
                    cancelOn(url, cancel);
                    return;
                }
                QThread::msleep(25);
            }
        }));
        m_thread->start();
    }

    ~ServerCanceller()
    {
        m_done.store(true, std::memory_order_release);
        if (m_thread)
            m_thread->wait();
    }

    Q_DISABLE_COPY_MOVE(ServerCanceller)

private:
    static void cancelOn(const DatabaseUrl &url, const QString &cancel)
    {
        const QString name = QLatin1String("qronos-sqljob-cancel-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = SqlDialect::forUrl(url)->addDatabase(url, name);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(cancel);
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    std::atomic_bool m_done{false};
    std::unique_ptr<QThread> m_thread;
};

/// Runs the statement on an open connection. Separate from execute() so that every QSqlQuery and
/// QSqlDatabase handle is gone before the connection is removed.
JobResult runStatement(QSqlDatabase &db, const DatabaseUrl &url, const Spec &spec, JobExecutionContext &context)
{
    Watch watch;
    watch.context = &context;
    if (spec.timeoutSeconds > 0)
        watch.deadline = QDeadlineTimer(qint64(std::ceil(spec.timeoutSeconds * 1000)));

    bool progressInstalled = false;
    if (url.kind() == DatabaseUrl::Kind::Sqlite) {
        progressInstalled = SqliteProgress::instance().install(db, &watch);
    } else if (spec.timeoutSeconds > 0) {
        if (Result<Done> set = setServerTimeout(db, url.kind(), spec.timeoutSeconds, spec.dataSource); !set)
            return JobResult::failed(set.error());
    }
    struct RemoveProgress
    {
        QSqlDatabase &db;
        bool on;
        ~RemoveProgress()
        {
            if (on)
                SqliteProgress::instance().remove(db);
        }
    } removeProgress{db, progressInstalled};
    std::optional<ServerCanceller> canceller;
    if (url.kind() != DatabaseUrl::Kind::Sqlite)
        canceller.emplace(db, url, context.interruptionToken(), watch.deadline);

    const auto stopped = [&](const QString &when) -> std::optional<JobResult> {
        if (watch.stop == Stop::No && !watch.shouldStop())
            return std::nullopt;
        if (watch.stop == Stop::Interrupted)
            return JobResult::interrupted(Tr::tr("Interrupted %1; the statement on data source \"%2\" was stopped.")
                                              .arg(when, spec.dataSource));
        return JobResult::timedOut(Tr::tr("The statement on data source \"%1\" did not finish within %2 s "
                                          "(\"timeoutSeconds\") and was stopped.")
                                       .arg(spec.dataSource)
                                       .arg(spec.timeoutSeconds));
    };

    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = false;
    if (spec.hasParameters) {
        if (!query.prepare(spec.statement)) {
            if (auto s = stopped(Tr::tr("while the statement was prepared")))
                return *s;
            return JobResult::failed(Tr::tr("Data source \"%1\" refused the statement: %2")
                                         .arg(spec.dataSource, errorText(query.lastError())));
        }
        for (const QVariant &v : spec.positional)
            query.addBindValue(v);
        for (auto it = spec.named.cbegin(); it != spec.named.cend(); ++it)
            query.bindValue(it.key(), it.value());
        ok = query.exec();
    } else {
        ok = query.exec(spec.statement);
    }
    if (!ok) {
        // Also a server-side timeout: it ends in an error, and the deadline has passed by then.
        if (auto s = stopped(Tr::tr("while the statement ran")))
            return *s;
        return JobResult::failed(Tr::tr("The statement failed on data source \"%1\": %2")
                                     .arg(spec.dataSource, errorText(query.lastError())));
    }

    const qsizetype maxOutput = spec.maxOutputBytes >= 0 ? spec.maxOutputBytes : context.maxOutputBytes();
    OutputCapture capture(maxOutput);
    JobResult result = JobResult::succeeded();
    // Row output is data, not a message: like the truncation marker it is not translated, so that
    // history can be searched and parsed the same way on every node.
    if (query.isSelect()) {
        const QSqlRecord record = query.record();
        QStringList header;
        for (int i = 0; i < record.count(); ++i)
            header.append(cellText(record.fieldName(i)));
        capture.append(header.join(QLatin1Char('\t')).toUtf8() + '\n');
        qint64 rows = 0;
        bool more = false;
        while (true) {
            if (auto s = stopped(Tr::tr("after %n row(s)", nullptr, int(qMin<qint64>(rows, INT_MAX)))))
                return *s;
            if (!query.next())
                break;
            if (rows == spec.maxRows) {
                more = true;
                break;
            }
            QStringList cells;
            for (int i = 0; i < record.count(); ++i)
                cells.append(cellText(query.value(i)));
            capture.append(cells.join(QLatin1Char('\t')).toUtf8() + '\n');
            ++rows;
        }
        if (query.lastError().isValid() && !more) {
            if (auto s = stopped(Tr::tr("while rows were read")))
                return *s;
            return JobResult::failed(Tr::tr("Reading the rows from data source \"%1\" failed after %2 rows: %3")
                                         .arg(spec.dataSource)
                                         .arg(rows)
                                         .arg(errorText(query.lastError())));
        }
        if (more)
            capture.append(QStringLiteral("(first %1 rows; more not shown: maxRows = %1)\n").arg(rows).toUtf8());
        else
            capture.append(QStringLiteral("(%1 rows)\n").arg(rows).toUtf8());
        result.setOutputTruncated(more || capture.isTruncated());
    } else {
        const int affected = query.numRowsAffected();
        if (affected >= 0) {
            result.setResultCode(affected);
            capture.append(QStringLiteral("(%1 rows affected)\n").arg(affected).toUtf8());
        }
        result.setOutputTruncated(capture.isTruncated());
    }
    query.finish();
    result.setOutput(capture.text());
    return result;
}
} // namespace

SqlJob::SqlJob(std::shared_ptr<const DataSources> sources) : m_sources(std::move(sources)) {}

Result<Done> SqlJob::validate(const JobDataMap &data)
{
    if (const Result<Spec> spec = parse(data); !spec)
        return fail(spec.error());
    return Done{};
}

JobResult SqlJob::execute(JobExecutionContext &context)
{
    const Result<Spec> parsed = parse(context.mergedJobData());
    if (!parsed)
        return JobResult::failed(parsed.error());
    const Spec &spec = *parsed;
    if (context.isInterrupted())
        return JobResult::interrupted(Tr::tr("Interrupted before it started."));

    const DataSources none;
    const Result<DatabaseUrl> url = (m_sources ? *m_sources : none).resolve(spec.dataSource);
    if (!url)
        return JobResult::failed(url.error());
    const std::unique_ptr<SqlDialect> dialect = SqlDialect::forUrl(*url);
    if (!QSqlDatabase::isDriverAvailable(dialect->driverName()))
        return JobResult::failed(Tr::tr("Data source \"%1\" needs the Qt SQL driver %2, which is not installed on this "
                                        "node (Debian package %3).")
                                     .arg(spec.dataSource, dialect->driverName(), dialect->driverPackage()));
    if (url->kind() == DatabaseUrl::Kind::Sqlite && url->database() != QLatin1String(":memory:")
        && !QFileInfo(url->database()).isFile()) {
        // QSQLITE would create an empty database instead: a typo in the data sources must not do that.
        return JobResult::failed(Tr::tr("Data source \"%1\": the SQLite file \"%2\" does not exist on this node.")
                                     .arg(spec.dataSource, url->database()));
    }

    const QString connectionName = QLatin1String("qronos-sqljob-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    JobResult result;
    {
        QSqlDatabase db = dialect->addDatabase(*url, connectionName);
        if (!db.open()) {
            result = JobResult::failed(Tr::tr("Cannot connect to data source \"%1\" (%2): %3")
                                           .arg(spec.dataSource, url->toString(), errorText(db.lastError())));
        } else {
            result = runStatement(db, *url, spec, context);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return result;
}

JobTypeInfo SqlJob::typeInfo(std::shared_ptr<const DataSources> sources)
{
    JobTypeInfo info;
    info.name = QStringLiteral("sql");
    info.description = Tr::tr("Runs one SQL statement on a data source of the node and records the rows it "
                              "affected or returned.");
    info.dataSchema = QString::fromUtf8(R"json({
  "type": "object",
  "required": ["dataSource", "statement"],
  "properties": {
    "dataSource": {"type": "string", "description": "name of a data source in the node's data-sources file"},
    "statement": {"type": "string", "description": "one SQL statement, with ? or :name placeholders for the parameters"},
    "parameters": {"type": "string", "format": "JSON array (for ?) or object (for :name) of strings, numbers, booleans and nulls", "default": "none", "example": "[\"open\", 30]"},
    "timeoutSeconds": {"type": "number", "default": 0, "description": "0 means no limit; on expiry the statement is stopped"},
    "maxRows": {"type": "integer", "default": 100, "minimum": 0, "maximum": 100000, "description": "rows of a result set kept as output"},
    "maxOutputBytes": {"type": "integer", "default": 65536, "description": "output kept; the rest is counted and dropped"}
  }
})json");
    info.factory = [sources = std::move(sources)] { return std::make_unique<SqlJob>(sources); };
    info.validator = &SqlJob::validate;
    return info;
}

Result<Done> registerSqlJobType(JobTypeRegistry &registry, std::shared_ptr<const DataSources> sources)
{
    return registry.registerType(SqlJob::typeInfo(std::move(sources)));
}

} // namespace Qronos
