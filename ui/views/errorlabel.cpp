#include "errorlabel.h"

#include <QEvent>

namespace Qronos {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setPalette(errorPalette(palette()));
    setVisible(false);
}

void ErrorLabel::setMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

QPalette ErrorLabel::errorPalette(const QPalette &base)
{
    QPalette p = base;
    const bool dark = base.color(QPalette::Window).lightness() < 128;
    const QColor red = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    p.setColor(QPalette::WindowText, red);
    p.setColor(QPalette::Text, red);
    return p;
}

void ErrorLabel::changeEvent(QEvent *event)
{
    // Follow a switch between light and dark themes.
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::StyleChange)
        setPalette(errorPalette(QPalette()));
    QLabel::changeEvent(event);
}

} // namespace Qronos
