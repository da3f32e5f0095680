#include "previewcommand.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace {

const char *const usage = QT_TRANSLATE_NOOP("qronosctl", "Usage: qronosctl <command> [options]\n"
                          "\n"
                          "Commands:\n"
                          "  preview   next fire times of a cron expression; --batch for the line protocol\n"
                          "\n"
                          "Run 'qronosctl <command> --help' for a command's options.\n");

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qronosctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QRONOS_VERSION));
    // Messages in the user's language (the translations are embedded in the engine).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("qronos"), QStringLiteral("_"), QStringLiteral(":/qronos/i18n")))
        QCoreApplication::installTranslator(&translator);
    QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("preview")) {
        args.removeAt(1);
        return Qronos::runPreview(args, stdout, stderr);
    }
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        std::printf("qronosctl %s\n", QRONOS_VERSION);
        return 0;
    }
    if (command.isEmpty() || command == QLatin1String("help") || command == QLatin1String("--help")
        || command == QLatin1String("-h")) {
        std::fputs(QCoreApplication::translate("qronosctl", usage).toUtf8().constData(), stdout);
        return 0;
    }
    std::fputs(QCoreApplication::translate("qronosctl", "qronosctl: unknown command \"%1\".\n")
                   .arg(command)
                   .toUtf8()
                   .constData(),
               stderr);
    std::fputs(QCoreApplication::translate("qronosctl", usage).toUtf8().constData(), stderr);
    return 2;
}
