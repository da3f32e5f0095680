#include "firetimepreview.h"

#include "schedule/firetimes.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QSet>
#include <QtConcurrent>

#include <limits>

namespace Qronos {

struct FireTimePreview::Job
{
    std::atomic_bool cancelled{false};
    QDeadlineTimer deadline;
    bool stopped = false; // written by the worker only
};

namespace {

/// Wraps the user's calendar so that the engine's skipping loops, which ask isTimeIncluded() at every
/// step, end as soon as the job is cancelled or out of time: from then on every time is "included".
/// The answer computed that way is never shown.
class InterruptibleCalendar final : public Calendar
{
public:
    InterruptibleCalendar(CalendarPtr inner, std::shared_ptr<FireTimePreview::Job> job)
        : m_inner(std::move(inner)), m_job(std::move(job)) {}

    Kind kind() const override { return m_inner->kind(); }
    std::shared_ptr<Calendar> clone() const override { return std::make_shared<InterruptibleCalendar>(*this); }
    bool isTimeIncluded(qint64 utcMs) const override
    {
        if ((++m_steps & 0xFFF) == 0 && (m_job->cancelled.load(std::memory_order_relaxed) || m_job->deadline.hasExpired()))
            m_job->stopped = true;
        return m_job->stopped || m_inner->isTimeIncluded(utcMs);
    }
    qint64 nextIncludedTime(qint64 utcMs) const override { return m_inner->nextIncludedTime(utcMs); }

private:
    CalendarPtr m_inner;
    std::shared_ptr<FireTimePreview::Job> m_job;
    mutable quint32 m_steps = 0;
};

/// The fire times without the calendar over the span of the ones with it, less those: what the
/// calendar excludes. The walk is the engine's own (computeFireTimes() steps the same way).
void listExcluded(const Trigger &trigger, FireTimePreview::Outcome *outcome, const FireTimePreview::Job *job)
{
    const QList<qint64> &included = outcome->fireTimes;
    const bool open = !outcome->stopped && included.size() < outcome->requested; // the trigger ran out
    if (included.isEmpty() && !open)
        return;
    const qint64 spanEnd = open ? std::numeric_limits<qint64>::max() : included.constLast();
    const QSet<qint64> fires(included.cbegin(), included.cend());
    Trigger copy = trigger;
    if (!copy.nextFireTime())
        FireTimes::computeFirstFireTime(copy, nullptr);
    while (const std::optional<qint64> next = copy.nextFireTime()) {
        if (*next > spanEnd || job->cancelled.load(std::memory_order_relaxed))
            break;
        if (!fires.contains(*next)) {
            if (outcome->excludedTimes.size() >= FireTimePreview::ExcludedLimit) {
                outcome->excludedCut = true;
                break;
            }
            outcome->excludedTimes.append(*next);
        }
        FireTimes::triggered(copy, nullptr);
    }
}

} // namespace

FireTimePreview::FireTimePreview(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Qronos::FireTimePreview::Outcome>();
}

FireTimePreview::~FireTimePreview()
{
    cancel();
}

void FireTimePreview::request(const Trigger &trigger, CalendarPtr calendar, int count)
{
    cancel();
    auto job = std::make_shared<Job>();
    job->deadline = QDeadlineTimer(m_timeLimitMs);
    m_running = job;

    auto compute = [trigger, calendar, count, job]() {
        QElapsedTimer timer;
        timer.start();
        Outcome outcome;
        outcome.requested = count;
        if (calendar) {
            const InterruptibleCalendar guarded(calendar, job);
            outcome.fireTimes = FireTimes::computeFireTimes(trigger, &guarded, count);
        } else {
            outcome.fireTimes = FireTimes::computeFireTimes(trigger, nullptr, count);
        }
        if (job->stopped) {
            // Fire times found after the stop were not checked against the calendar: keep the ones
            // before it only, which is every time that the calendar has confirmed.
            outcome.stopped = true;
            QList<qint64> confirmed;
            for (qint64 t : outcome.fireTimes) {
                if (!calendar->isTimeIncluded(t))
                    break;
                confirmed.append(t);
            }
            outcome.fireTimes = confirmed;
        }
        if (calendar && !job->cancelled)
            listExcluded(trigger, &outcome, job.get());
        outcome.elapsedNs = timer.nsecsElapsed();
        return outcome;
    };

    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, job]() {
        watcher->deleteLater();
        if (m_running != job || job->cancelled)
            return;
        m_running.reset();
        emit finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(compute)));
}

void FireTimePreview::cancel()
{
    if (!m_running)
        return;
    m_running->cancelled = true;
    m_running.reset();
}

} // namespace Qronos
