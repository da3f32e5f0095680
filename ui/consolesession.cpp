#include "consolesession.h"

#include "jobs/datasources.h"
#include "jobs/sqljob.h"
#include "runtime/demoschedule.h"
#include "store/sqljobstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QThread>

namespace Qronos {

namespace {
QString defaultInstanceId()
{
    return QHostInfo::localHostName() + QStringLiteral("-console-")
        + QString::number(QCoreApplication::applicationPid());
}
} // namespace

Result<ConsoleSession::Opened> ConsoleSession::open(const ConsoleOptions &options)
{
    const DatabaseUrl *url = &options.url;
    if (url->kind() == DatabaseUrl::Kind::Sqlite && url->database() != QLatin1String(":memory:")) {
        const QFileInfo file(url->database());
        if (!QDir().mkpath(file.absolutePath()))
            return fail(tr("Cannot create the folder %1 for the database.").arg(file.absolutePath()));
    }
    Opened opened;
    opened.instanceId = options.instanceId.isEmpty() ? defaultInstanceId() : options.instanceId;
    opened.clock = std::make_shared<DatabaseClock>(Clock::system());
    SqlJobStore::Options storeOptions;
    storeOptions.instanceId = opened.instanceId;
    storeOptions.clock = opened.clock;
    Result<std::unique_ptr<SqlJobStore>> store = SqlJobStore::open(*url, storeOptions);
    if (!store)
        return fail(store.error());
    opened.allowsSeveralNodes = (*store)->allowsSeveralNodes();
    opened.store = std::shared_ptr<SqlJobStore>(std::move(store).value());
    const Result<bool> writable = opened.store->mayChangeSchedule();
    if (!writable)
        return fail(writable.error());
    opened.mayChangeSchedule = *writable;
    if (options.installDemoIntoEmptyStore && opened.mayChangeSchedule) {
        ListQuery any;
        any.limit = 1;
        const Result<QList<JobDetail>> existing = opened.store->listJobs(any);
        if (existing && existing->isEmpty()) {
            // A scheduler that is never started, here on this thread, only to write the demo through its checks.
            SchedulerConfig config;
            config.instanceId = opened.instanceId;
            Scheduler writer(opened.store, consoleRegistry(), config, opened.clock);
            const Result<int> added = installDemoSchedule(writer);
            if (added)
                opened.demoJobsAdded = *added;
            else
                opened.demoError = added.error();
        }
    }
    return opened;
}

std::shared_ptr<JobTypeRegistry> ConsoleSession::consoleRegistry()
{
    // The console knows every built-in type, so that it can edit and validate any job; sql jobs run against the
    // data sources a node is given, and the console has none of its own.
    auto registry = std::make_shared<JobTypeRegistry>();
    if (Result<Done> r = registerBuiltInJobTypes(*registry); !r)
        qWarning().noquote() << r.error();
    if (Result<Done> r = registerSqlJobType(*registry, std::make_shared<DataSources>()); !r)
        qWarning().noquote() << r.error();
    return registry;
}

ConsoleSession::ConsoleSession(Opened opened, ConsoleOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_instanceId(opened.instanceId)
    , m_allowsSeveralNodes(opened.allowsSeveralNodes)
    , m_mayChangeSchedule(opened.mayChangeSchedule)
    , m_store(std::move(opened.store))
    , m_clock(std::move(opened.clock))
    , m_registry(consoleRegistry())
{
    createScheduler();
}

ConsoleSession::~ConsoleSession()
{
    if (m_scheduler && m_scheduler->state() != Scheduler::State::Shutdown)
        m_scheduler->shutdown(false);
}

void ConsoleSession::createScheduler()
{
    SchedulerConfig config;
    config.instanceId = m_instanceId;
    config.threadCount = qMax(1, m_options.threadCount);
    // A QObject is deleted on its own thread: when a worker drops the last reference, the GUI thread deletes it.
    m_scheduler = std::shared_ptr<Scheduler>(new Scheduler(m_store, m_registry, config, m_clock), [](Scheduler *s) {
        if (s->thread() == QThread::currentThread())
            delete s;
        else
            s->deleteLater();
    });
    Scheduler *s = m_scheduler.get();
    connect(s, &Scheduler::jobStarted, this, &ConsoleSession::jobStarted);
    connect(s, &Scheduler::jobFinished, this, &ConsoleSession::jobFinished);
    connect(s, &Scheduler::triggerMisfired, this, &ConsoleSession::triggerMisfired);
    connect(s, &Scheduler::scheduleChanged, this, &ConsoleSession::scheduleChanged);
    connect(s, &Scheduler::databaseAvailabilityChanged, this, &ConsoleSession::databaseAvailabilityChanged);
}

bool ConsoleSession::isNodeRunning() const
{
    return m_scheduler->state() == Scheduler::State::Started;
}

Result<Done> ConsoleSession::startNode()
{
    if (isNodeRunning())
        return Done{};
    // A node that was shut down cannot start again: a fresh one takes the same id.
    if (m_scheduler->state() == Scheduler::State::Shutdown)
        createScheduler();
    Result<Done> started = m_scheduler->start();
    if (started)
        emit nodeRunningChanged(true);
    return started;
}

void ConsoleSession::stopNode(bool waitForJobs, qint64 graceMs)
{
    if (m_scheduler->state() == Scheduler::State::Shutdown)
        return;
    const bool wasRunning = isNodeRunning();
    m_scheduler->shutdown(waitForJobs, graceMs);
    // Edits keep going through a scheduler that is not started.
    createScheduler();
    if (wasRunning)
        emit nodeRunningChanged(false);
}

int ConsoleSession::runningHereCount() const
{
    return int(m_scheduler->runningHere().size());
}

} // namespace Qronos
