#pragma once

#include <QString>

class QWidget;

namespace Qronos {

/// File choosers of the exchange dialogs (export, import, forecast): they start in the folder used last
/// (remembered in QSettings, the home folder at first) and remember the one chosen.
namespace ExchangeFiles {

/// A file to write, starting with \a defaultName in the last folder; empty when cancelled. When the name typed has
/// no extension, \a extension (".json") is added.
QString chooseSaveFile(QWidget *parent, const QString &title, const QString &defaultName, const QString &filter,
                       const QString &extension);
/// A file to read; empty when cancelled.
QString chooseOpenFile(QWidget *parent, const QString &title, const QString &filter);

} // namespace ExchangeFiles
} // namespace Qronos
