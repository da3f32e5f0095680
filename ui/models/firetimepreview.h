#pragma once

#include "model/trigger.h"
#include "schedule/calendar.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

namespace Qronos {

/// Computes a trigger's next fire times off the GUI thread (FireTimes::computeFireTimes).
///
/// Usually this takes well under a millisecond, but a calendar that excludes almost every fire time
/// makes the engine step through up to a hundred years of candidates. So each request runs on the
/// global thread pool, a newer request supersedes the older one (whose answer is dropped and whose
/// calendar search stops at its next step), and a search that takes longer than timeLimitMs() stops.
///
/// With a calendar, the answer also lists the fire times the calendar excludes, so that a preview can
/// show them struck through: the fires computed without the calendar over the same span that are
/// not among the fires with it.
class FireTimePreview final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FireTimePreview)

public:
    struct Outcome
    {
        QList<qint64> fireTimes;
        /// With a calendar: the fire times it excludes over the same span (from the start to the last
        /// of fireTimes, or to the trigger's end when it has fewer than requested), at most
        /// ExcludedLimit of them; excludedCut tells that more were left out.
        QList<qint64> excludedTimes;
        int requested = 0;
        bool stopped = false;  // the time limit ended the search; fireTimes holds what was found before
        bool excludedCut = false;
        qint64 elapsedNs = 0;
    };
    static constexpr int ExcludedLimit = 1000;

    /// The state shared with a running computation (opaque outside firetimepreview.cpp).
    struct Job;

    explicit FireTimePreview(QObject *parent = nullptr);
    ~FireTimePreview() override;

    /// Starts computing count fire times; the trigger must have passed FireTimes::validate().
    void request(const Trigger &trigger, CalendarPtr calendar, int count);
    /// Drops the running request, if any: no finished() for it.
    void cancel();
    bool isRunning() const { return m_running != nullptr; }

    int timeLimitMs() const { return m_timeLimitMs; }
    void setTimeLimitMs(int ms) { m_timeLimitMs = ms; }

signals:
    void finished(const Qronos::FireTimePreview::Outcome &outcome);

private:
    std::shared_ptr<Job> m_running;
    int m_timeLimitMs = 10000;
};

} // namespace Qronos
