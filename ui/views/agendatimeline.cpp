#include "agendatimeline.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Qronos {

namespace {
constexpr double MinMsPerPixel = 1000;          // a second per pixel
constexpr double MaxMsPerPixel = 3600000.0 * 2; // two hours per pixel
constexpr qint64 Minute = 60000;
constexpr qint64 Hour = 60 * Minute;

/// Axis label spacing: the smallest "nice" step that leaves at least \a minPixels between labels.
qint64 labelStep(double msPerPixel, int minPixels)
{
    static constexpr qint64 steps[] = {Minute,     5 * Minute, 10 * Minute, 15 * Minute, 30 * Minute, Hour,
                                       2 * Hour,   3 * Hour,   6 * Hour,    12 * Hour,   24 * Hour,   48 * Hour,
                                       168 * Hour};
    for (qint64 step : steps) {
        if (double(step) / msPerPixel >= minPixels)
            return step;
    }
    return 168 * Hour;
}

/// The first multiple of \a step (in local wall time for steps of an hour or more) at or after \a ms.
qint64 alignUp(qint64 ms, qint64 step)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    const qint64 offset = qint64(local.offsetFromUtc()) * 1000;
    const qint64 wall = ms + offset;
    const qint64 aligned = ((wall + step - 1) / step) * step;
    return aligned - offset;
}
} // namespace

AgendaTimeline::AgendaTimeline(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollBar(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("agendaTimeline"));
    m_scroll->setObjectName(QStringLiteral("agendaScroll"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    connect(m_scroll, &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
}

void AgendaTimeline::setFires(QList<ForecastFire> fires, QStringList lanes, QList<int> laneOf, qint64 fromMs,
                              qint64 toMs)
{
    Q_ASSERT(fires.size() == laneOf.size());
    const bool samePeriod = m_from == fromMs && m_to == toMs;
    m_fires = std::move(fires);
    m_lanes = std::move(lanes);
    m_laneOf = std::move(laneOf);
    m_from = fromMs;
    m_to = qMax(toMs, fromMs + Minute);
    if (!samePeriod)
        zoomToFit();
    updateGeometry();
    updateScrollBar();
    update();
}

void AgendaTimeline::zoomIn()
{
    setScale(m_msPerPixel / 2, plotRect().center().x());
}

void AgendaTimeline::zoomOut()
{
    setScale(m_msPerPixel * 2, plotRect().center().x());
}

void AgendaTimeline::zoomToFit()
{
    const int width = qMax(100, plotRect().width());
    m_msPerPixel = std::clamp(double(m_to - m_from) / width, MinMsPerPixel, MaxMsPerPixel);
    updateScrollBar();
    m_scroll->setValue(0);
    emit scaleChanged(m_msPerPixel);
    update();
}

void AgendaTimeline::setScale(double msPerPixel, int anchorX)
{
    msPerPixel = std::clamp(msPerPixel, MinMsPerPixel, MaxMsPerPixel);
    if (msPerPixel == m_msPerPixel)
        return;
    const qint64 anchorTime = timeAt(anchorX);
    m_msPerPixel = msPerPixel;
    updateScrollBar();
    // Keep the instant under the anchor where it was.
    m_scroll->setValue(int(double(anchorTime - m_from) / m_msPerPixel) - (anchorX - plotRect().left()));
    emit scaleChanged(m_msPerPixel);
    update();
}

void AgendaTimeline::updateScrollBar()
{
    const int total = int(std::ceil(double(m_to - m_from) / m_msPerPixel));
    const int visible = plotRect().width();
    m_scroll->setRange(0, qMax(0, total - visible));
    m_scroll->setPageStep(visible);
    m_scroll->setSingleStep(qMax(1, visible / 10));
}

qint64 AgendaTimeline::bucketMs() const
{
    // An hour reads best ("1,000 jobs at 10:00"); when an hour is under 4 pixels wide, whole days; when it is
    // wider than the view, quarter hours.
    if (double(Hour) / m_msPerPixel < 4)
        return 24 * Hour;
    if (double(Hour) / m_msPerPixel > plotRect().width())
        return 15 * Minute;
    return Hour;
}

QList<int> AgendaTimeline::bucketCounts() const
{
    const qint64 bucket = bucketMs();
    const qint64 first = alignUp(m_from - bucket + 1, bucket); // the bucket boundary at or before m_from
    const int n = int((m_to - first + bucket - 1) / bucket);
    QList<int> counts(qMax(0, n), 0);
    for (const ForecastFire &f : m_fires) {
        const qint64 i = (f.fireTime - first) / bucket;
        if (i >= 0 && i < counts.size())
            ++counts[i];
    }
    return counts;
}

qint64 AgendaTimeline::bucketStart(int index) const
{
    const qint64 bucket = bucketMs();
    return alignUp(m_from - bucket + 1, bucket) + index * bucket;
}

int AgendaTimeline::busiestBucket() const
{
    const QList<int> counts = bucketCounts();
    if (counts.isEmpty())
        return -1;
    const auto it = std::max_element(counts.cbegin(), counts.cend());
    return *it > 0 ? int(it - counts.cbegin()) : -1;
}

QList<ForecastFire> AgendaTimeline::firesNear(int x, int radius, int limit) const
{
    QList<ForecastFire> near;
    const qint64 from = timeAt(x - radius);
    const qint64 to = timeAt(x + radius + 1);
    const auto first = std::lower_bound(m_fires.cbegin(), m_fires.cend(), from,
                                        [](const ForecastFire &f, qint64 t) { return f.fireTime < t; });
    for (auto it = first; it != m_fires.cend() && it->fireTime < to && near.size() < limit; ++it)
        near.append(*it);
    return near;
}

int AgendaTimeline::xOf(qint64 ms) const
{
    return plotRect().left() + int(std::floor(double(ms - m_from) / m_msPerPixel)) - m_scroll->value();
}

qint64 AgendaTimeline::timeAt(int x) const
{
    return m_from + qint64(double(x - plotRect().left() + m_scroll->value()) * m_msPerPixel);
}

int AgendaTimeline::labelWidth() const
{
    int width = fontMetrics().horizontalAdvance(tr("Fires per hour"));
    for (const QString &lane : m_lanes)
        width = qMax(width, fontMetrics().horizontalAdvance(lane));
    return qMin(width, 220) + 16;
}

int AgendaTimeline::laneHeight() const
{
    return fontMetrics().height() + 10;
}

int AgendaTimeline::axisHeight() const
{
    return fontMetrics().height() * 2 + 8;
}

QRect AgendaTimeline::plotRect() const
{
    const int top = axisHeight();
    return QRect(labelWidth(), top, qMax(10, width() - labelWidth() - 8),
                 qMax(10, height() - top - m_scroll->sizeHint().height()));
}

QSize AgendaTimeline::sizeHint() const
{
    return QSize(900, axisHeight() + stripHeight() + laneHeight() * qMax(4, int(m_lanes.size()))
                          + m_scroll->sizeHint().height() + 8);
}

QSize AgendaTimeline::minimumSizeHint() const
{
    return QSize(400, axisHeight() + stripHeight() + laneHeight() * 2 + m_scroll->sizeHint().height());
}

void AgendaTimeline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int h = m_scroll->sizeHint().height();
    m_scroll->setGeometry(labelWidth(), height() - h, width() - labelWidth() - 8, h);
    updateScrollBar();
}

void AgendaTimeline::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (event->modifiers() & Qt::ControlModifier) {
        if (steps != 0)
            setScale(m_msPerPixel * std::pow(2.0, -steps), int(event->position().x()));
    } else {
        const int delta = event->angleDelta().x() != 0 ? -event->angleDelta().x() : -event->angleDelta().y();
        m_scroll->setValue(m_scroll->value() + delta);
    }
    event->accept();
}

bool AgendaTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QRect plot = plotRect();
        if (!plot.contains(help->pos())) {
            QToolTip::hideText();
            return true;
        }
        const QList<ForecastFire> near = firesNear(help->pos().x(), 3, 12);
        if (near.isEmpty()) {
            QToolTip::showText(help->globalPos(), QLocale().toString(QDateTime::fromMSecsSinceEpoch(timeAt(help->pos().x())),
                                                                   QLocale::ShortFormat), this);
            return true;
        }
        QStringList lines;
        for (const ForecastFire &f : near) {
            lines.append(QStringLiteral("%1  %2 \u2192 %3")
                             .arg(QDateTime::fromMSecsSinceEpoch(f.fireTime).toString(QStringLiteral("MM-dd HH:mm:ss")),
                                  f.trigger.toString(), f.job.toString()));
        }
        const qint64 from = timeAt(help->pos().x() - 3);
        const qint64 to = timeAt(help->pos().x() + 4);
        const qsizetype total = std::count_if(m_fires.cbegin(), m_fires.cend(),
                                              [&](const ForecastFire &f) { return f.fireTime >= from && f.fireTime < to; });
        if (total > near.size())
            lines.append(tr("\u2026 and %n more", nullptr, int(total - near.size())));
        QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
        return true;
    }
    return QWidget::event(event);
}

void AgendaTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QRect plot = plotRect();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor busiest(0xc0, 0x1c, 0x28);

    // The axis: day labels on the first line, times on the second, grid lines down the plot.
    const qint64 visibleFrom = timeAt(plot.left());
    const qint64 visibleTo = timeAt(plot.right() + 1);
    const qint64 step = labelStep(m_msPerPixel, fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 24);
    const QLocale locale;
    p.setClipRect(plot.left(), 0, plot.width(), height());
    for (qint64 t = alignUp(qMax(visibleFrom, m_from), step); t <= qMin(visibleTo, m_to); t += step) {
        const int x = xOf(t);
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(t);
        const bool midnight = local.time() == QTime(0, 0);
        p.setPen(midnight ? text : grid);
        p.drawLine(x, fontMetrics().height() + 4, x, plot.bottom());
        p.setPen(text);
        const QString label = step >= 24 * Hour ? local.toString(QStringLiteral("MM-dd")) : local.toString(QStringLiteral("HH:mm"));
        p.drawText(x + 3, fontMetrics().height() * 2 + 2, label);
        if (midnight || t == alignUp(qMax(visibleFrom, m_from), step))
            p.drawText(x + 3, fontMetrics().ascent() + 2, locale.toString(local.date(), QLocale::ShortFormat));
    }
    p.setClipping(false);

    // The density strip: a line for the busiest bucket's label, the bars below it.
    const int labelLine = fontMetrics().height();
    const QRect strip(plot.left(), plot.top() + labelLine, plot.width(), stripHeight() - labelLine - 6);
    p.setPen(text);
    p.drawText(QRect(4, strip.top(), labelWidth() - 8, strip.height()), Qt::AlignVCenter | Qt::TextWordWrap,
               bucketMs() == Hour ? tr("Fires per hour") : bucketMs() == 15 * Minute ? tr("Fires per 15 min")
                                                                                  : tr("Fires per day"));
    const QList<int> counts = bucketCounts();
    const int maxCount = counts.isEmpty() ? 0 : *std::max_element(counts.cbegin(), counts.cend());
    const int busiestIndex = busiestBucket();
    const qint64 bucket = bucketMs();
    const qint64 firstBucket = alignUp(m_from - bucket + 1, bucket);
    p.setClipRect(strip.adjusted(0, -2, 0, 2));
    for (int i = 0; i < counts.size(); ++i) {
        if (counts.at(i) == 0)
            continue;
        const int x0 = xOf(firstBucket + i * bucket);
        const int x1 = xOf(firstBucket + (i + 1) * bucket);
        if (x1 < strip.left() || x0 > strip.right())
            continue;
        const int h = qMax(2, int(double(counts.at(i)) / maxCount * strip.height()));
        QColor c = i == busiestIndex ? busiest : accent;
        c.setAlpha(i == busiestIndex ? 230 : 150);
        p.fillRect(QRect(x0 + 1, strip.bottom() - h + 1, qMax(1, x1 - x0 - 1), h), c);
    }
    if (busiestIndex >= 0) {
        const int x = xOf(firstBucket + busiestIndex * bucket);
        const QString label = tr("%1 at %2").arg(locale.toString(counts.at(busiestIndex)),
                                                QDateTime::fromMSecsSinceEpoch(firstBucket + busiestIndex * bucket)
                                                    .toString(bucket >= 24 * Hour ? QStringLiteral("MM-dd") : QStringLiteral("HH:mm")));
        p.setClipping(false);
        p.setPen(busiest);
        const int labelWidth = fontMetrics().horizontalAdvance(label) + 4;
        const int labelX = std::clamp(x, plot.left(), qMax(plot.left(), plot.right() - labelWidth));
        p.drawText(QRect(labelX, plot.top(), labelWidth, labelLine), Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    p.setClipping(false);

    // The lanes: per lane and pixel column a count, drawn as one tick whose strength grows with the count.
    const int laneTop = plot.top() + stripHeight();
    const int lh = laneHeight();
    const int columns = plot.width();
    QList<QList<int>> hits(m_lanes.size(), QList<int>(columns, 0));
    const auto first = std::lower_bound(m_fires.cbegin(), m_fires.cend(), visibleFrom,
                                        [](const ForecastFire &f, qint64 t) { return f.fireTime < t; });
    for (auto it = first; it != m_fires.cend() && it->fireTime < visibleTo; ++it) {
        const int lane = m_laneOf.at(it - m_fires.cbegin());
        const int column = xOf(it->fireTime) - plot.left();
        if (lane >= 0 && lane < hits.size() && column >= 0 && column < columns)
            ++hits[lane][column];
    }
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const int y = laneTop + lane * lh;
        if (y > plot.bottom())
            break;
        if (lane % 2)
            p.fillRect(QRect(0, y, width(), lh), pal.color(QPalette::AlternateBase));
        p.setPen(text);
        p.drawText(QRect(6, y, labelWidth() - 10, lh), Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(m_lanes.at(lane), Qt::ElideRight, labelWidth() - 10));
        for (int column = 0; column < columns; ++column) {
            const int n = hits.at(lane).at(column);
            if (n == 0)
                continue;
            QColor c = accent;
            c.setAlpha(std::clamp(110 + 25 * n, 110, 255));
            p.setPen(c);
            const int extra = qMin(lh / 2 - 3, n - 1); // a column of many fires is taller
            p.drawLine(plot.left() + column, y + lh / 4 - extra, plot.left() + column, y + lh - lh / 4 + extra);
        }
    }
    if (m_fires.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(plot.adjusted(0, stripHeight(), 0, 0), Qt::AlignCenter, tr("No fires in this period"));
    }
}

} // namespace Qronos
