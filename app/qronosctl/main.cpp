#include "ctlsupport.h"
#include "diffcommand.h"
#include "exchangecommands.h"
#include "forecastcommand.h"
#include "nodecommand.h"
#include "passwordcommand.h"
#include "previewcommand.h"
#include "quartzdbcommands.h"
#include "storecommands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace {

const char *const usage = QT_TRANSLATE_NOOP("qronosctl", "Usage: qronosctl [--db URL] <command> [options]\n"
                          "\n"
                          "Commands:\n"
                          "  init         create the tables, or migrate them to this version\n"
                          "  node         run a headless scheduler node until SIGINT/SIGTERM\n"
                          "  jobs         list jobs\n"
                          "  triggers     list triggers with state and next fire time\n"
                          "  calendars    list calendars\n"
                          "  history      list executions (filters; table, csv or json)\n"
                          "  export-history  every execution the filters select, streamed as CSV or JSON Lines\n"
                          "  nodes        list the cluster's nodes: check-ins, clock offsets, states\n"
                          "  running      list what runs now on every node\n"
                          "  interrupt    ask the nodes running a job (or one fire) to stop it\n"
                          "  add-job      store a job (and a trigger) from options\n"
                          "  add-trigger  store a trigger for an existing job\n"
                          "  pause        pause a job, trigger, group or everything\n"
                          "  resume       resume a job, trigger, group or everything\n"
                          "  fire         run a job once now\n"
                          "  delete       delete a job, trigger or calendar\n"
                          "  preview      next fire times of a cron expression; --batch for the line protocol\n"
                          "  forecast     every fire of a period as CSV or iCalendar, calendars applied\n"
                          "  password     keep the database's password in the OS keychain (set, delete, check)\n"
                          "\n"
                          "The database is --db URL, else $QRONOS_DB, else the console's embedded SQLite file.\n"
                          "URLs: sqlite:///abs/path.db  postgresql://user@host:5432/db  mysql://user@host:3306/db\n"
                          "Exit codes: 0 ok, 1 runtime failure, 2 bad usage or input.\n"
                          "Run 'qronosctl <command> --help' for a command's options.\n");

// Java Quartz database (issue 6 item 6)
const char *const quartzUsage = QT_TRANSLATE_NOOP("qronosctl", "\n"
                          "A Java Quartz 2.x database (observer mode; writes only with --yes):\n"
                          "  qronosctl --quartz-db URL [--quartz-prefix QRTZ_] [--quartz-scheduler NAME] <command>\n"
                          "  schedulers, jobs, triggers, calendars, paused-groups, nodes, running   read only\n"
                          "  pause|resume --trigger GROUP.NAME | --group GROUP --yes\n"
                          "  fire --job GROUP.NAME --yes       a one-shot trigger, as Quartz's triggerJob\n"
                          "  delete --trigger GROUP.NAME --yes\n");

// native JSON export / import (issue 6 items 1 and 3)
const char *const exchangeUsage = QT_TRANSLATE_NOOP("qronosctl", "\n"
                          "Exchange files (qronos/1 JSON; Quartz XML with --format quartz-xml or a .xml name):\n"
                          "  export [--out FILE] [--group G]... [--job GROUP.NAME]...   write the schedule\n"
                          "  import FILE [--dry-run]   show what the file adds, changes and removes; without\n"
                          "                            --dry-run apply it in one transaction\n");

// qronosctl diff (issue 6 item 7)
const char *const diffUsage = QT_TRANSLATE_NOOP("qronosctl", "\n"
                          "Comparing two databases:\n"
                          "  diff --db A --db B [--group G]... [--job GROUP.NAME]... [--unchanged] [--format text|json]\n"
                          "      how B differs from A, as importing A's schedule into B would show it:\n"
                          "      + only in A, ~ different (B's value -> A's), - only in B.\n"
                          "      Exit codes as diff(1): 0 the same, 1 different, 2 trouble.\n");

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
    // A global --db URL (or --db=URL) may come before the command.
    QString databaseUrl;
    while (args.size() > 1 && args.at(1).startsWith(QLatin1String("--db"))) {
        if (args.at(1) == QLatin1String("--db") && args.size() > 2) {
            databaseUrl = args.at(2);
            args.remove(1, 2);
        } else if (args.at(1).startsWith(QLatin1String("--db="))) {
            databaseUrl = args.at(1).mid(5);
            args.removeAt(1);
        } else {
            break;
        }
    }
    // Java Quartz database (issue 6 item 6)
    if (Qronos::Ctl::wantsQuartzDatabase(args))
        return Qronos::Ctl::runQuartzDatabase(args, stdout, stderr);
    const QString command = args.value(1);
    if (command == QLatin1String("node")) {
        args.removeAt(1);
        args[0] = QStringLiteral("qronosctl node");
        return Qronos::Ctl::runNode(args, databaseUrl, stdout, stderr);
    }
    // forecast export (issue 6 item 4)
    if (command == QLatin1String("forecast")) {
        args.removeAt(1);
        args[0] = QStringLiteral("qronosctl forecast");
        return Qronos::Ctl::runForecast(args, databaseUrl, stdout, stderr);
    }
    if (command == QLatin1String("diff")) {
        args.removeAt(1);
        args[0] = QStringLiteral("qronosctl diff");
        return Qronos::Ctl::runDiff(args, databaseUrl, stdout, stderr);
    }
    if (command == QLatin1String("password")) {
        args.removeAt(1);
        args[0] = QStringLiteral("qronosctl password");
        return Qronos::Ctl::runPassword(args, databaseUrl, stdin, stdout, stderr);
    }
    // native JSON export / import (issue 6 items 1 and 3)
    if (command == QLatin1String("export") || command == QLatin1String("import")) {
        args.removeAt(1);
        args[0] = QStringLiteral("qronosctl ") + command;
        return Qronos::Ctl::runExchangeCommand(command, args, databaseUrl, stdout, stderr);
    }
    if (!command.startsWith(QLatin1Char('-')) && !command.isEmpty() && command != QLatin1String("preview")) {
        QStringList rest = args;
        rest.removeAt(1);
        rest[0] = QStringLiteral("qronosctl ") + command;
        const int code = Qronos::Ctl::runStoreCommand(command, rest, databaseUrl, stdout, stderr);
        if (code >= 0)
            return code;
    }
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
        std::fputs(QCoreApplication::translate("qronosctl", exchangeUsage).toUtf8().constData(), stdout); // export / import
        std::fputs(QCoreApplication::translate("qronosctl", diffUsage).toUtf8().constData(), stdout);
        std::fputs(QCoreApplication::translate("qronosctl", quartzUsage).toUtf8().constData(), stdout); // Java Quartz
        return 0;
    }
    std::fputs(QCoreApplication::translate("qronosctl", "qronosctl: unknown command \"%1\".\n")
                   .arg(command)
                   .toUtf8()
                   .constData(),
               stderr);
    std::fputs(QCoreApplication::translate("qronosctl", usage).toUtf8().constData(), stderr);
    std::fputs(QCoreApplication::translate("qronosctl", exchangeUsage).toUtf8().constData(), stderr); // export / import
    std::fputs(QCoreApplication::translate("qronosctl", diffUsage).toUtf8().constData(), stderr);
    std::fputs(QCoreApplication::translate("qronosctl", quartzUsage).toUtf8().constData(), stderr); // Java Quartz
    return 2;
}
