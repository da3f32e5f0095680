#include "appicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Qronos {

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 64.0, size / 64.0); // drawn on the SVG's 64x64 grid
        const QColor blue(0x1f, 0x6f, 0xeb);
        const QColor navy(0x0b, 0x3d, 0x91);
        p.setPen(QPen(navy, 3));
        p.setBrush(blue);
        p.drawEllipse(QPointF(30, 30), 24, 24);
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(30, 30), 18, 18);
        QPainterPath hands;
        hands.moveTo(30, 16);
        hands.lineTo(30, 30);
        hands.lineTo(40, 36);
        p.setPen(QPen(navy, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(hands);
        p.setPen(QPen(navy, 6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(44, 44), QPointF(58, 58));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Qronos
