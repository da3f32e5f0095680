#include "completionwriter.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCompletion, "qronos.completion")

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::CompletionWriter)
};
} // namespace

CompletionWriter::CompletionWriter(JobStore &store, int maxBatch, qint64 maxRetryMs, std::shared_ptr<Clock> clock,
                                   Hooks hooks)
    : m_store(store)
    , m_maxBatch(qMax(1, maxBatch))
    , m_maxRetryMs(qMax<qint64>(100, maxRetryMs))
    , m_clock(std::move(clock))
    , m_hooks(std::move(hooks))
{
    setObjectName(QStringLiteral("qronos-completion"));
}

CompletionWriter::~CompletionWriter()
{
    finish(0);
    wait();
}

void CompletionWriter::enqueue(CompletedFire fire)
{
    QMutexLocker lock(&m_mutex);
    m_queue.append(std::move(fire));
    m_wake.wakeAll();
}

void CompletionWriter::finish(qint64 maxWaitMs)
{
    QMutexLocker lock(&m_mutex);
    if (!m_finishing) {
        m_finishing = true;
        m_finishDeadline = QDeadlineTimer(qMax<qint64>(0, maxWaitMs));
    }
    m_wake.wakeAll();
}

int CompletionWriter::pending() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_queue.size()) + m_inFlight;
}

void CompletionWriter::run()
{
    qint64 backoff = 0;
    bool failing = false;
    QList<CompletedFire> batch;
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            m_inFlight = int(batch.size());
            while (batch.isEmpty() && m_queue.isEmpty() && !m_finishing)
                m_wake.wait(&m_mutex);
            if (batch.isEmpty() && m_queue.isEmpty())
                return; // finishing with nothing left
            if (failing && m_finishing && m_finishDeadline.hasExpired()) {
                qCWarning(lcCompletion).noquote()
                    << Tr::tr("Stopping with %n finished fire(s) not written; the next start records them.", nullptr,
                              int(batch.size() + m_queue.size()));
                return;
            }
            const qsizetype take = qMin<qsizetype>(m_maxBatch - batch.size(), m_queue.size());
            batch.append(m_queue.mid(0, take));
            m_queue.remove(0, take);
            m_inFlight = int(batch.size());
        }
        Result<Done> r = m_store.triggeredJobsComplete(batch);
        if (r) {
            if (failing) {
                qCInfo(lcCompletion).noquote() << Tr::tr("Writing execution results works again.");
                if (m_hooks.databaseState)
                    m_hooks.databaseState(true, QString());
            }
            failing = false;
            backoff = 0;
            if (m_hooks.committed)
                m_hooks.committed(batch);
            batch.clear();
            continue;
        }
        backoff = backoff == 0 ? 100 : qMin(backoff * 2, m_maxRetryMs);
        const QString message = Tr::tr("Writing %n execution result(s) failed: %1 (trying again in %2 ms)", nullptr,
                                       int(batch.size()))
                                    .arg(r.error().simplified()) // one line, as the scheduler thread's
                                    .arg(backoff);
        if (!failing)
            qCWarning(lcCompletion).noquote() << message;
        failing = true;
        if (m_hooks.databaseState)
            m_hooks.databaseState(false, message);
        QMutexLocker lock(&m_mutex);
        m_wake.wait(&m_mutex, QDeadlineTimer(backoff));
    }
}

} // namespace Qronos
