#pragma once

// Shared by the widget tests: find a widget by its object name, or stop the test run with a message naming it.

#include <QString>
#include <QWidget>

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

} // namespace Qronos::Testing
