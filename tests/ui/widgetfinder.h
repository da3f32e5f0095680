#pragma once

// Shared by the widget tests: find a widget by its object name (or stop the test run with a message naming it), and
// fill in the next modal dialog that opens.

#include <QApplication>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace Qronos::Testing {

template <typename T>
T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    return child<T>(parent, QString::fromLatin1(name));
}

/// Runs \a fill on the next modal dialog of type D that opens (from an exec() the test triggers next).
template <typename D>
void onNextDialog(std::function<void(D *)> fill)
{
    auto *poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, fill] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        fill(dialog);
    });
    poll->start(10);
}

} // namespace Qronos::Testing
