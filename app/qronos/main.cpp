#include "connectionprofiles.h"
#include "consolesession.h"
#include "keychain.h"
#include "keychainpasswordstore.h"
#include "profileinstanceguard.h"
#include "translationloader.h"
#include "views/appicon.h"
#include "views/mainwindow.h"
#include "views/quartzobserverwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QThreadPool>

namespace {

/// The embedded store: one file per user, the same one `qronosctl` uses by default.
QString embeddedDatabaseUrl()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QStringLiteral("sqlite://") + QDir(dir).filePath(QStringLiteral("qronos/qronos.db"));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Qronos"));
    QApplication::setApplicationName(QStringLiteral("Qronos"));
    QApplication::setApplicationVersion(QStringLiteral(QRONOS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("qronos"));
    QApplication::setWindowIcon(Qronos::applicationIcon());
    // The language chosen in the preferences, else the system's.
    Qronos::TranslationLoader::install(
        &app, Qronos::TranslationLoader::localeForLanguage(Qronos::TranslationLoader::languageSetting()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "qronos", "The Qronos console: edit the schedule, watch the cluster, and run jobs on this computer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("qronos", "Database URL (default: $QRONOS_DB, else the last "
                                                                  "connection, else the embedded store %1).")
                                    .arg(embeddedDatabaseUrl()),
                                QApplication::translate("qronos", "url"));
    const QCommandLineOption runJobs(QStringLiteral("run-jobs"),
                                     QApplication::translate("qronos", "Run jobs on this computer (the default for "
                                                                       "SQLite)."));
    const QCommandLineOption observe(QStringLiteral("observe"),
                                     QApplication::translate("qronos", "Only watch and edit; run no jobs here (the "
                                                                       "default for PostgreSQL and MySQL)."));
    const QCommandLineOption instanceId(QStringLiteral("instance-id"),
                                        QApplication::translate("qronos", "This console's node id in the cluster."),
                                        QApplication::translate("qronos", "id"));
    parser.addOptions({db, runJobs, observe, instanceId});
    parser.process(app);

    Qronos::KeychainPasswordStore passwords;
    Qronos::MainWindow window(&passwords);

    QString urlText = parser.value(db);
    if (urlText.isEmpty())
        urlText = QProcessEnvironment::systemEnvironment().value(QStringLiteral("QRONOS_DB"));
    Qronos::ConnectionProfiles profiles = Qronos::ConnectionProfiles::load();
    // Without a URL: the connection used last, else the embedded store (a first start).
    const QList<Qronos::ConnectionProfile> recent = profiles.recentProfiles();
    const bool embedded = urlText.isEmpty() && recent.isEmpty();
    // The last connection was a Java Quartz database: its observer window opens (over a console with no store of its
    // own), never a Qronos store.
    if (urlText.isEmpty() && !recent.isEmpty() && recent.first().javaQuartz) {
        const Qronos::Result<Qronos::ConsoleOptions> last = recent.first().consoleOptions(&passwords);
        if (!last) {
            QMessageBox::critical(&window, QApplication::translate("qronos", "Cannot open the last connection"),
                                  last.error());
            return 2;
        }
        window.show();
        Qronos::QuartzObserverWindow::openProfile(recent.first(), last->url, &window);
        const int code = QApplication::exec();
        QThreadPool::globalInstance()->waitForDone();
        return code;
    }
    Qronos::ConsoleOptions options;
    bool run = false;
    if (urlText.isEmpty() && !recent.isEmpty()) {
        Qronos::Result<Qronos::ConsoleOptions> last = recent.first().consoleOptions(&passwords);
        if (!last) {
            QMessageBox::critical(&window, QApplication::translate("qronos", "Cannot open the last connection"),
                                  last.error());
            return 2;
        }
        options = *last;
        run = recent.first().runJobsHere;
    } else {
        if (embedded)
            urlText = embeddedDatabaseUrl();
        Qronos::Result<Qronos::DatabaseUrl> url = Qronos::DatabaseUrl::parse(urlText);
        if (!url) {
            QMessageBox::critical(&window, QApplication::translate("qronos", "Invalid database URL"), url.error());
            return 2;
        }
        options.url = Qronos::Keychain::lookUpDatabasePassword(*url).url;
        // One node on SQLite, and it is this console; on a shared server it watches unless asked to run jobs.
        run = url->kind() == Qronos::DatabaseUrl::Kind::Sqlite;
        // The URL joins the recent connections (as a profile, without its password).
        profiles.noteUsed(profiles.adopt(*url));
        profiles.save();
    }
    if (parser.isSet(runJobs))
        run = true;
    if (parser.isSet(observe))
        run = false;
    options.instanceId = parser.value(instanceId);
    // The demo schedule on the first start with the embedded store (it is empty then), so that a new user sees a
    // living system at once.
    options.installDemoIntoEmptyStore = embedded;
    // A console that has this profile open already comes to the front; this one has nothing to add. (The window
    // claims the profile itself when it opens it.)
    if (!Qronos::ProfileInstanceGuard(options.displayUrl()).claim())
        return 0;
    window.show();
    window.openDatabase(options, run);
    const int code = QApplication::exec();
    // Store reads still running on the pool finish while the window and its session (their receivers) exist;
    // otherwise they would run on into ~QApplication, after the database drivers are gone.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
