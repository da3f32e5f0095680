#include "jobrunchart.h"

#include "asynccall.h"
#include "models/historymodel.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace Qronos {

namespace {

constexpr int Gap = 6;

QString shortTime(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs).toString(QStringLiteral("MM-dd HH:mm:ss"));
}

} // namespace

JobRunChart::JobRunChart(std::shared_ptr<JobStore> store, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
    , m_message(tr("Select an execution to see the last runs of its job."))
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

JobRunChart::~JobRunChart() = default;

void JobRunChart::setJob(const JobKey &job)
{
    ++m_generation;
    m_job = job;
    if (job.isNull() || !m_store) {
        m_runs.clear();
        m_message = tr("Select an execution to see the last runs of its job.");
        update();
        emit runsLoaded(0);
        return;
    }
    HistoryQuery query;
    query.jobName = job.name();
    query.jobGroup = job.group();
    query.limit = m_runCount;
    const quint64 generation = m_generation;
    std::shared_ptr<JobStore> store = m_store;
    runAsync(this, [store, query] { return store->history(query); },
             [this, generation](Result<QList<ExecutionRecord>> runs) {
                 if (generation != m_generation)
                     return;
                 if (!runs) {
                     m_runs.clear();
                     m_message = tr("Cannot load the runs of %1: %2").arg(m_job.toString(), runs.error());
                     update();
                     emit runsLoaded(0);
                     return;
                 }
                 setRuns(runs.value());
             });
}

void JobRunChart::setRuns(const QList<ExecutionRecord> &newestFirst)
{
    m_runs = newestFirst;
    std::reverse(m_runs.begin(), m_runs.end());
    m_message = m_runs.isEmpty() ? tr("%1 has no runs in the history.").arg(m_job.toString()) : QString();
    update();
    emit runsLoaded(int(m_runs.size()));
}

void JobRunChart::setHighlighted(const QString &fireInstanceId, int attempt)
{
    if (m_highlightFire == fireInstanceId && m_highlightAttempt == attempt)
        return;
    m_highlightFire = fireInstanceId;
    m_highlightAttempt = attempt;
    update();
}

int JobRunChart::highlightedIndex() const
{
    if (m_highlightFire.isEmpty())
        return -1;
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).fireInstanceId == m_highlightFire && m_runs.at(i).attempt == m_highlightAttempt)
            return i;
    }
    return -1;
}

QString JobRunChart::title() const
{
    if (m_runs.isEmpty())
        return {};
    return tr("Last %n run(s) of %1", nullptr, int(m_runs.size())).arg(m_job.toString());
}

void JobRunChart::setRunCount(int count)
{
    m_runCount = std::clamp(count, 1, 1000);
}

qint64 JobRunChart::maxDuration() const
{
    qint64 longest = 0;
    for (const ExecutionRecord &r : m_runs) {
        if (r.endTime)
            longest = std::max(longest, *r.endTime - r.fireTime);
    }
    return std::max<qint64>(longest, 1);
}

QRectF JobRunChart::plotRect() const
{
    const QFontMetrics metrics(font());
    const int left = std::max(metrics.horizontalAdvance(HistoryModel::durationText(maxDuration())),
                              metrics.horizontalAdvance(QStringLiteral("0 ms")))
        + Gap * 2;
    const int top = metrics.height() * 2 + Gap; // the title, then half a line for the top label
    const int bottom = metrics.height() + Gap * 2;
    return QRectF(left, top, std::max(10, width() - left - Gap * 2), std::max(10, height() - top - bottom));
}

QRectF JobRunChart::barRect(int index) const
{
    if (index < 0 || index >= m_runs.size() || !m_runs.at(index).endTime)
        return {};
    const QRectF plot = plotRect();
    const qreal slot = plot.width() / std::max<qsizetype>(m_runs.size(), 10);
    const qreal barWidth = std::max<qreal>(1.0, slot * 0.7);
    const ExecutionRecord &r = m_runs.at(index);
    const qreal share = double(std::max<qint64>(*r.endTime - r.fireTime, 0)) / double(maxDuration());
    const qreal height = std::max<qreal>(1.0, share * plot.height());
    return QRectF(plot.left() + slot * index + (slot - barWidth) / 2, plot.bottom() - height, barWidth, height);
}

int JobRunChart::runAt(const QPoint &pos) const
{
    const QRectF plot = plotRect();
    if (m_runs.isEmpty() || pos.x() < plot.left() || pos.y() < plot.top() - Gap || pos.y() > plot.bottom() + Gap)
        return -1;
    const qreal slot = plot.width() / std::max<qsizetype>(m_runs.size(), 10);
    const int index = int((pos.x() - plot.left()) / slot);
    return index < m_runs.size() ? index : -1;
}

QString JobRunChart::toolTipFor(int index) const
{
    if (index < 0 || index >= m_runs.size())
        return {};
    const ExecutionRecord &r = m_runs.at(index);
    const QString duration = r.endTime ? HistoryModel::durationText(*r.endTime - r.fireTime) : tr("unknown");
    QString text = tr("%1\n%2, %3\nAttempt %4 on %5")
                       .arg(QDateTime::fromMSecsSinceEpoch(r.fireTime).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                            HistoryModel::statusText(r.status), duration)
                       .arg(r.attempt)
                       .arg(r.instanceId);
    if (!r.errorMessage.isEmpty())
        text += QLatin1Char('\n') + r.errorMessage.section(QLatin1Char('\n'), 0, 0).left(200);
    return text;
}

QSize JobRunChart::sizeHint() const
{
    return QSize(360, 160);
}

QSize JobRunChart::minimumSizeHint() const
{
    return QSize(160, 90);
}

void JobRunChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const QFontMetrics metrics(font());
    if (m_runs.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(Gap, Gap, -Gap, -Gap), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const QRectF plot = plotRect();
    const QColor axisColor = palette().color(QPalette::Text);
    painter.setPen(axisColor);
    painter.drawText(QRectF(Gap, Gap / 2.0, width() - Gap * 2, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(title(), Qt::ElideMiddle, width() - Gap * 2));
    // Axes and their labels: the longest duration at the top, 0 at the bottom; first and last fire times.
    painter.setPen(axisColor);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    const qreal labelRight = plot.left() - Gap;
    painter.drawText(QRectF(0, plot.top() - metrics.height() / 2.0, labelRight, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, HistoryModel::durationText(maxDuration()));
    painter.drawText(QRectF(0, plot.bottom() - metrics.height() / 2.0, labelRight, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, HistoryModel::durationText(0));
    const QRectF timeRow(plot.left(), plot.bottom() + Gap / 2.0, plot.width(), metrics.height());
    painter.drawText(timeRow, Qt::AlignLeft | Qt::AlignTop, shortTime(m_runs.constFirst().fireTime));
    if (m_runs.size() > 1)
        painter.drawText(timeRow, Qt::AlignRight | Qt::AlignTop, shortTime(m_runs.constLast().fireTime));
    // A faint line at half the longest duration.
    QColor grid = axisColor;
    grid.setAlpha(40);
    painter.setPen(QPen(grid, 1, Qt::DashLine));
    painter.drawLine(QPointF(plot.left(), plot.center().y()), QPointF(plot.right(), plot.center().y()));

    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int i = 0; i < m_runs.size(); ++i) {
        const QColor color = HistoryModel::statusColor(m_runs.at(i).status);
        const QRectF bar = barRect(i);
        if (bar.isEmpty()) {
            // No end time: a small hollow marker on the axis.
            const qreal step = plot.width() / std::max<qsizetype>(m_runs.size(), 10);
            painter.setPen(color);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(plot.left() + step * i + step * 0.15, plot.bottom() - 4, step * 0.7, 3));
            continue;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRect(bar);
    }
    // The selected execution: an outline around its bar, reaching the top so that even a short bar is easy to see.
    const int selected = highlightedIndex();
    if (selected >= 0) {
        const qreal step = plot.width() / std::max<qsizetype>(m_runs.size(), 10);
        QColor outline = palette().color(QPalette::Highlight);
        painter.setPen(QPen(outline, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(plot.left() + step * selected + 1, plot.top(), step - 2, plot.height() - 1));
    }
}

bool JobRunChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = runAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(index), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void JobRunChart::mouseReleaseEvent(QMouseEvent *event)
{
    const int index = runAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index >= 0)
        emit runClicked(m_runs.at(index).fireInstanceId, m_runs.at(index).attempt);
    QWidget::mouseReleaseEvent(event);
}

} // namespace Qronos
