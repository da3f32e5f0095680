#pragma once

#include "store/jobstore.h"

#include <QList>
#include <QWidget>

#include <memory>

namespace Qronos {

/// A small bar chart of one job's last runs: one bar per attempt, oldest on the left, its height the run's
/// duration, its colour the outcome (HistoryModel::statusColor()). The vertical axis is labelled with the longest
/// duration, the horizontal one with the first and last fire times; each bar has a tooltip (time, status,
/// duration, attempt, node). setJob() fetches the runs on a worker thread (runAsync).
class JobRunChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobRunChart)

public:
    /// How many runs setJob() shows.
    static constexpr int DefaultRunCount = 50;

    explicit JobRunChart(std::shared_ptr<JobStore> store, QWidget *parent = nullptr);
    ~JobRunChart() override;

    /// Shows the last runCount() runs of \a job, fetched asynchronously; a null key empties the chart.
    void setJob(const JobKey &job);
    const JobKey &job() const { return m_job; }
    /// Shows these runs (newest first, as history() returns them) without asking the store.
    void setRuns(const QList<ExecutionRecord> &newestFirst);
    /// The runs shown, oldest first.
    const QList<ExecutionRecord> &runs() const { return m_runs; }
    void setRunCount(int count);
    int runCount() const { return m_runCount; }
    /// Outlines the bar of this attempt (the execution selected in the table); an empty id outlines none.
    void setHighlighted(const QString &fireInstanceId, int attempt);
    /// The index in runs() of the outlined run, or -1.
    int highlightedIndex() const;
    /// The line above the bars: "Last 50 runs of group.name".
    QString title() const;

    /// The bar of run \a index (of runs()) in widget coordinates; empty for a run without an end time.
    QRectF barRect(int index) const;
    /// The run under \a pos (its whole column), or -1.
    int runAt(const QPoint &pos) const;
    /// The tooltip of run \a index.
    QString toolTipFor(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The runs of the job set last arrived (or the chart was emptied).
    void runsLoaded(int count);
    /// A run's bar was clicked.
    void runClicked(const QString &fireInstanceId, int attempt);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF plotRect() const;
    qint64 maxDuration() const;

    std::shared_ptr<JobStore> m_store;
    JobKey m_job;
    QList<ExecutionRecord> m_runs; // oldest first
    int m_runCount = DefaultRunCount;
    quint64 m_generation = 0;
    QString m_message;             // shown instead of bars: "no runs", an error
    QString m_highlightFire;
    int m_highlightAttempt = 0;
};

} // namespace Qronos
