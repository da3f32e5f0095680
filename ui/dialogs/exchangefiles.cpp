#include "exchangefiles.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace Qronos::ExchangeFiles {

namespace {

const QString kDirectoryKey = QStringLiteral("exchange/directory");

QString lastDirectory()
{
    const QString dir = QSettings().value(kDirectoryKey).toString();
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? dir : QDir::homePath();
}

void remember(const QString &file)
{
    if (!file.isEmpty())
        QSettings().setValue(kDirectoryKey, QFileInfo(file).absolutePath());
}

} // namespace

QString chooseSaveFile(QWidget *parent, const QString &title, const QString &defaultName, const QString &filter,
                       const QString &extension)
{
    QString file = QFileDialog::getSaveFileName(parent, title, QDir(lastDirectory()).filePath(defaultName), filter);
    if (file.isEmpty())
        return file;
    if (QFileInfo(file).suffix().isEmpty())
        file += extension;
    remember(file);
    return file;
}

QString chooseOpenFile(QWidget *parent, const QString &title, const QString &filter)
{
    const QString file = QFileDialog::getOpenFileName(parent, title, lastDirectory(), filter);
    remember(file);
    return file;
}

} // namespace Qronos::ExchangeFiles
