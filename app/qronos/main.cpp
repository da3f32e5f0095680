#include "translationloader.h"
#include "views/appicon.h"
#include "views/mainwindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Qronos"));
    QApplication::setApplicationName(QStringLiteral("Qronos"));
    QApplication::setApplicationVersion(QStringLiteral(QRONOS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("qronos"));
    QApplication::setWindowIcon(Qronos::applicationIcon());
    Qronos::TranslationLoader::install(&app);

    Qronos::MainWindow window;
    window.show();
    return QApplication::exec();
}
