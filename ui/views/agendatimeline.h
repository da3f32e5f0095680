#pragma once

#include "schedule/forecast.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QScrollBar;

namespace Qronos {

/// The fires of a period on a time axis: a density strip on top (fires per bucket, the busiest marked) and one
/// lane per group below, each fire a tick. Ctrl+wheel or zoomIn()/zoomOut() change the scale; the horizontal
/// scroll bar pans. Tooltips list the fires under the pointer. Painted with QPainter from a sorted fire list,
/// so 100,000 fires draw in a few milliseconds.
class AgendaTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaTimeline)

public:
    explicit AgendaTimeline(QWidget *parent = nullptr);

    /// \a lanes names each lane; \a laneOf gives each fire's lane (index into lanes), one per fire.
    void setFires(QList<ForecastFire> fires, QStringList lanes, QList<int> laneOf, qint64 fromMs, qint64 toMs);
    const QList<ForecastFire> &fires() const { return m_fires; }
    QStringList lanes() const { return m_lanes; }

    /// Milliseconds per pixel.
    double scale() const { return m_msPerPixel; }
    void zoomIn();
    void zoomOut();
    /// Fits the whole period into the width.
    void zoomToFit();

    /// The density strip's bucket length at the current zoom (an hour unless zoomed far in or out).
    qint64 bucketMs() const;
    /// Fires per bucket from the period's start, and the busiest bucket's index (-1 when there are no fires).
    QList<int> bucketCounts() const;
    /// The start of bucket \a index (bucket boundaries fall on whole local hours or days).
    qint64 bucketStart(int index) const;
    int busiestBucket() const;

    /// The fires within \a radius pixels of x (widget coordinates), at most \a limit of them.
    QList<ForecastFire> firesNear(int x, int radius = 3, int limit = 12) const;
    /// The x of an instant at the current zoom and scroll position.
    int xOf(qint64 ms) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void scaleChanged(double msPerPixel);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override;

private:
    int labelWidth() const;
    int stripHeight() const { return 48 + fontMetrics().height(); }
    int laneHeight() const;
    int axisHeight() const;
    QRect plotRect() const;
    void setScale(double msPerPixel, int anchorX);
    void updateScrollBar();
    qint64 timeAt(int x) const;

    QList<ForecastFire> m_fires;
    QList<int> m_laneOf;
    QStringList m_lanes;
    qint64 m_from = 0;
    qint64 m_to = 0;
    double m_msPerPixel = 60000;
    QScrollBar *m_scroll = nullptr;
};

} // namespace Qronos
