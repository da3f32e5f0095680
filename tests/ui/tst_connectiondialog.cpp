// Connection profiles, the connection manager and the preferences: profiles and the recent list through
// QSettings, the URL each kind builds, no password ever in the settings file, the PasswordStore written on Connect
// only with "remember", the messages next to the fields with Connect disabled, "Test connection" against a real
// SQLite file and a folder, and the notification settings. Offscreen, TZ=UTC.

#include "connectionprofiles.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/preferencesdialog.h"
#include "notificationsettings.h"
#include "passwordstore.h"
#include "translationloader.h"
#include "views/errorlabel.h"
#include "widgetfinder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Qronos;
using Qronos::Testing::child;
using Kind = ConnectionProfile::Kind;
using TlsMode = ConnectionProfile::TlsMode;
Q_DECLARE_METATYPE(Qronos::ConnectionProfile)

namespace {

/// A PasswordStore in memory that records what it was asked to do.
class FakePasswordStore final : public PasswordStore
{
public:
    QMap<QString, QString> entries;
    QStringList writes;  ///< "key=password"
    QStringList removals;
    int reads = 0;

    QString location() const override { return QStringLiteral("the test store"); }
    QString entryName(const DatabaseUrl &url) const override
    {
        if (url.kind() == DatabaseUrl::Kind::Sqlite)
            return {};
        return QStringLiteral("%1@%2:%3/%4").arg(url.userName(), url.host()).arg(url.port()).arg(url.database());
    }
    Outcome read(const DatabaseUrl &url) override
    {
        ++reads;
        const QString key = entryName(url);
        if (!entries.contains(key))
            return {Status::NotFound, {}, {}};
        return {Status::Ok, entries.value(key), {}};
    }
    Outcome write(const DatabaseUrl &url, const QString &password) override
    {
        const QString key = entryName(url);
        writes.append(key + QLatin1Char('=') + password);
        entries.insert(key, password);
        return {Status::Ok, {}, {}};
    }
    Outcome remove(const DatabaseUrl &url) override
    {
        const QString key = entryName(url);
        removals.append(key);
        return {entries.remove(key) ? Status::Ok : Status::NotFound, {}, {}};
    }
};

ConnectionProfile server(Kind kind, const QString &name, const QString &host, const QString &database,
                         const QString &user)
{
    ConnectionProfile p = ConnectionProfile::create(kind, name);
    p.host = host;
    p.database = database;
    p.user = user;
    return p;
}

QString settingsText()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

const QString kSecret = QStringLiteral("S3cret-Pa55!");

} // namespace

class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void urlOfEachKind_data();
    void urlOfEachKind();
    void profilesRoundTrip();
    void recentOrderAndCap();
    void consoleOptionsTakeThePassword();

    void dialogShowsSavedProfiles();
    void rememberWritesOnConnect_data();
    void rememberWritesOnConnect();
    void storedPasswordIsShownAndRemoved();
    void noPasswordInSettings();
    void messagesDisableConnect_data();
    void messagesDisableConnect();
    void addDuplicateRemove();
    void closeAsksAboutUnsavedChanges();
    void testConnectionSqliteFile();
    void testConnectionFolderFails();
    void testConnectionServerRefuses();
    void testConnectionRealServer_data();
    void testConnectionRealServer();
    void fitsSmallScreens();
    void javaQuartzProfile();
    void javaQuartzSavedAndLoaded();
    void javaQuartzInTheDialog();

    void preferencesStored();
    void preferencesSwitchLanguage();
    void wants_data();
    void wants();
};

void tst_ConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QronosTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectiondialog"));
}

void tst_ConnectionDialog::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void tst_ConnectionDialog::urlOfEachKind_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("url");

    ConnectionProfile sqlite = ConnectionProfile::create(Kind::Sqlite, QStringLiteral("local"));
    sqlite.sqliteFile = QStringLiteral("/var/lib/qronos/qronos.db");
    QTest::newRow("sqlite") << sqlite << QStringLiteral("sqlite:///var/lib/qronos/qronos.db");

    ConnectionProfile spaced = sqlite;
    spaced.sqliteFile = QStringLiteral("/home/li/My Jobs/q.db");
    spaced.tablePrefix = QStringLiteral("TEST_");
    QTest::newRow("sqlite, space, prefix") << spaced << QStringLiteral("sqlite:///home/li/My%20Jobs/q.db?prefix=TEST_");

    QTest::newRow("postgresql, defaults")
        << server(Kind::PostgreSql, QStringLiteral("pg"), QStringLiteral("db.example.com"), QStringLiteral("qronos"),
                  QStringLiteral("alice"))
        << QStringLiteral("postgresql://alice@db.example.com:5432/qronos");

    ConnectionProfile full = server(Kind::PostgreSql, QStringLiteral("pg tls"), QStringLiteral("db.example.com"),
                                    QStringLiteral("qronos"), QStringLiteral("alice"));
    full.port = 6543;
    full.tls = TlsMode::VerifyFull;
    full.caFile = QStringLiteral("/etc/ssl/qronos-ca.pem");
    full.schedulerName = QStringLiteral("Nightly");
    QTest::newRow("postgresql, verify-full, CA, port, scheduler")
        << full
        << QStringLiteral("postgresql://alice@db.example.com:6543/qronos?scheduler=Nightly&sslmode=verify-full&"
                          "sslrootcert=/etc/ssl/qronos-ca.pem");

    ConnectionProfile disabled = server(Kind::PostgreSql, QStringLiteral("pg plain"), QStringLiteral("::1"),
                                        QStringLiteral("q"), QStringLiteral("a@corp"));
    disabled.tls = TlsMode::Disable;
    disabled.extraOptions.insert(QStringLiteral("connectTimeout"), QStringLiteral("5"));
    QTest::newRow("postgresql, IPv6, user with @, disable, extra option")
        << disabled << QStringLiteral("postgresql://a%40corp@[::1]:5432/q?connectTimeout=5&sslmode=disable");

    QTest::newRow("mysql, defaults")
        << server(Kind::MySql, QStringLiteral("my"), QStringLiteral("mysql.local"), QStringLiteral("jobs"),
                  QStringLiteral("bob"))
        << QStringLiteral("mysql://bob@mysql.local:3306/jobs");

    ConnectionProfile mysqlTls = server(Kind::MySql, QStringLiteral("my tls"), QStringLiteral("10.0.0.5"),
                                        QStringLiteral("jobs"), QStringLiteral("bob"));
    mysqlTls.port = 3307;
    mysqlTls.tls = TlsMode::VerifyCa;
    mysqlTls.caFile = QStringLiteral("/etc/mysql/ca.pem");
    mysqlTls.tablePrefix = QStringLiteral("ops_");
    QTest::newRow("mysql, CA, prefix")
        << mysqlTls << QStringLiteral("mysql://bob@10.0.0.5:3307/jobs?prefix=ops_&sslca=/etc/mysql/ca.pem");
}

void tst_ConnectionDialog::urlOfEachKind()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, url);
    QCOMPARE(profile.urlText(), url);

    // The engine reads it, without a password even when the environment has one, and gives the profile back.
    qputenv("QRONOS_DB_PASSWORD", "from-the-environment");
    const Result<DatabaseUrl> parsed = profile.url();
    qunsetenv("QRONOS_DB_PASSWORD");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QVERIFY(parsed->password().isEmpty());
    QCOMPARE(parsed->kind(), profile.kind);
    QCOMPARE(ConnectionProfile::fromUrl(*parsed, profile.name), profile);
}

void tst_ConnectionDialog::profilesRoundTrip()
{
    ConnectionProfile sqlite = ConnectionProfile::create(Kind::Sqlite, QStringLiteral("Laptop"));
    sqlite.sqliteFile = QStringLiteral("/tmp/laptop.db");
    ConnectionProfile pg = server(Kind::PostgreSql, QStringLiteral("Production \u751f\u4ea7"),
                                  QStringLiteral("db.example.com"), QStringLiteral("qronos"), QStringLiteral("ops"));
    pg.port = 5433;
    pg.tls = TlsMode::VerifyCa;
    pg.caFile = QStringLiteral("/etc/ssl/ca.pem");
    pg.runJobsHere = true;
    pg.extraOptions.insert(QStringLiteral("applicationName"), QStringLiteral("console"));
    ConnectionProfile my = server(Kind::MySql, QStringLiteral("Staging"), QStringLiteral("maria"), QStringLiteral("q"),
                                  QStringLiteral("root"));
    my.schedulerName = QStringLiteral("Staging");

    ConnectionProfiles profiles;
    profiles.setProfiles({sqlite, pg, my});
    profiles.noteUsed(QStringLiteral("Staging"));
    profiles.noteUsed(QStringLiteral("Laptop"));
    profiles.save();

    const ConnectionProfiles loaded = ConnectionProfiles::load();
    QCOMPARE(loaded.profiles().size(), 3);
    QCOMPARE(loaded.profiles().at(0), sqlite);
    QCOMPARE(loaded.profiles().at(1), pg);
    QCOMPARE(loaded.profiles().at(2), my);
    QCOMPARE(loaded.recent(), (QStringList{QStringLiteral("Laptop"), QStringLiteral("Staging")}));
    QCOMPARE(loaded.recentProfiles().constFirst(), sqlite);

    // Saving fewer removes the others.
    ConnectionProfiles fewer = loaded;
    QVERIFY(fewer.remove(QStringLiteral("Laptop")));
    fewer.save();
    const ConnectionProfiles again = ConnectionProfiles::load();
    QCOMPARE(again.profiles(), (QList<ConnectionProfile>{pg, my}));
    QCOMPARE(again.recent(), QStringList{QStringLiteral("Staging")});
}

void tst_ConnectionDialog::recentOrderAndCap()
{
    ConnectionProfiles profiles;
    QList<ConnectionProfile> list;
    for (int i = 1; i <= 10; ++i) {
        ConnectionProfile p = ConnectionProfile::create(Kind::Sqlite, QStringLiteral("db%1").arg(i));
        p.sqliteFile = QStringLiteral("/tmp/db%1.db").arg(i);
        list.append(p);
    }
    profiles.setProfiles(list);
    for (int i = 1; i <= 10; ++i)
        profiles.noteUsed(QStringLiteral("db%1").arg(i));
    QCOMPARE(profiles.recent().size(), ConnectionProfiles::MaxRecent);
    QCOMPARE(profiles.recent().constFirst(), QStringLiteral("db10"));
    QCOMPARE(profiles.recent().constLast(), QStringLiteral("db3"));

    profiles.noteUsed(QStringLiteral("db5")); // to the front, once
    QCOMPARE(profiles.recent().mid(0, 3), (QStringList{QStringLiteral("db5"), QStringLiteral("db10"), QStringLiteral("db9")}));
    QCOMPARE(profiles.recent().count(QStringLiteral("db5")), 1);
    QCOMPARE(profiles.recent().size(), ConnectionProfiles::MaxRecent);

    profiles.noteUsed(QStringLiteral("nowhere")); // not a profile: ignored
    QVERIFY(!profiles.recent().contains(QStringLiteral("nowhere")));

    profiles.rename(QStringLiteral("db10"), QStringLiteral("main"));
    QCOMPARE(profiles.recent().at(1), QStringLiteral("main"));
    QVERIFY(profiles.remove(QStringLiteral("db5")));
    QCOMPARE(profiles.recent().constFirst(), QStringLiteral("main"));

    // A URL opened with --db becomes a profile once.
    const Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("postgresql://ops@db.example.com/qronos"));
    QVERIFY(url.ok());
    const QString name = profiles.adopt(*url);
    QCOMPARE(name, QStringLiteral("qronos on db.example.com"));
    QCOMPARE(profiles.adopt(*url), name);
    QCOMPARE(profiles.profiles().size(), 10);
    QVERIFY(!profiles.find(name)->runJobsHere);

    // What QSettings holds is capped as well.
    profiles.save();
    QCOMPARE(ConnectionProfiles::load().recent(), profiles.recent());
}

void tst_ConnectionDialog::consoleOptionsTakeThePassword()
{
    FakePasswordStore store;
    const ConnectionProfile pg = server(Kind::PostgreSql, QStringLiteral("pg"), QStringLiteral("h"),
                                        QStringLiteral("d"), QStringLiteral("u"));
    store.entries.insert(QStringLiteral("u@h:5432/d"), kSecret);

    Result<ConsoleOptions> options = pg.consoleOptions(&store);
    QVERIFY(options.ok());
    QCOMPARE(options->url.password(), kSecret);
    QVERIFY(!options->displayUrl().contains(kSecret));

    options = pg.consoleOptions(&store, QStringLiteral("typed"));
    QCOMPARE(options->url.password(), QStringLiteral("typed"));

    ConnectionProfile sqlite = ConnectionProfile::create(Kind::Sqlite, QStringLiteral("s"));
    sqlite.sqliteFile = QStringLiteral("/tmp/x.db");
    options = sqlite.consoleOptions(&store);
    QVERIFY(options.ok());
    QCOMPARE(options->url.database(), QStringLiteral("/tmp/x.db"));
    QVERIFY(options->url.password().isEmpty());
}

void tst_ConnectionDialog::dialogShowsSavedProfiles()
{
    ConnectionProfile a = server(Kind::PostgreSql, QStringLiteral("A"), QStringLiteral("h"), QStringLiteral("d"),
                                 QStringLiteral("u"));
    ConnectionProfile b = server(Kind::MySql, QStringLiteral("B"), QStringLiteral("m"), QStringLiteral("jobs"),
                                 QStringLiteral("v"));
    b.port = 3310;
    ConnectionProfiles saved;
    saved.setProfiles({a, b});
    saved.noteUsed(QStringLiteral("B"));
    saved.save();

    FakePasswordStore store;
    ConnectionDialog dialog(&store);
    auto *list = child<QListWidget>(&dialog, "profileList");
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("B")); // the most recent
    QCOMPARE(dialog.profile(), b);
    QCOMPARE(child<QLineEdit>(&dialog, "portEdit")->text(), QStringLiteral("3310"));
    QCOMPARE(child<QComboBox>(&dialog, "tlsCombo")->count(), 2);
    QCOMPARE(child<QLabel>(&dialog, "urlLabel")->text(), QStringLiteral("mysql://v@m:3310/jobs"));
    QVERIFY(child<QPushButton>(&dialog, "connectButton")->isEnabled());

    QVERIFY(dialog.selectProfile(QStringLiteral("A")));
    QCOMPARE(child<QComboBox>(&dialog, "kindCombo")->currentData().toInt(), int(Kind::PostgreSql));
    QCOMPARE(child<QComboBox>(&dialog, "tlsCombo")->count(), 6);
    QVERIFY(!child<QCheckBox>(&dialog, "runJobsCheck")->isChecked());
}

void tst_ConnectionDialog::rememberWritesOnConnect_data()
{
    QTest::addColumn<bool>("remember");
    QTest::addColumn<QStringList>("writes");
    QTest::newRow("remember") << true << QStringList{QStringLiteral("ops@db.example.com:5432/qronos=") + kSecret};
    QTest::newRow("do not remember") << false << QStringList{};
}

void tst_ConnectionDialog::rememberWritesOnConnect()
{
    QFETCH(bool, remember);
    QFETCH(QStringList, writes);

    FakePasswordStore store;
    ConnectionDialog dialog(&store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.addProfile(Kind::PostgreSql);
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Production"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "hostEdit"), QStringLiteral("db.example.com"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "databaseEdit"), QStringLiteral("qronos"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "userEdit"), QStringLiteral("ops"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), kSecret);
    child<QCheckBox>(&dialog, "rememberCheck")->setChecked(remember);
    QCOMPARE(child<QLabel>(&dialog, "passwordLocation")->text().contains(QStringLiteral("ops@db.example.com")), remember);

    auto *connectButton = child<QPushButton>(&dialog, "connectButton");
    QVERIFY(connectButton->isEnabled());
    QVERIFY(store.writes.isEmpty()); // nothing before Connect
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(store.writes, writes);
    QVERIFY(store.removals.isEmpty());

    QCOMPARE(dialog.password(), kSecret);
    QCOMPARE(dialog.profile().name, QStringLiteral("Production"));
    const Result<ConsoleOptions> options = dialog.consoleOptions();
    QVERIFY(options.ok());
    QCOMPARE(options->url.password(), kSecret);
    QCOMPARE(options->url.host(), QStringLiteral("db.example.com"));

    // Connect saved the profile and made it the most recent.
    const ConnectionProfiles saved = ConnectionProfiles::load();
    QCOMPARE(saved.recent(), QStringList{QStringLiteral("Production")});
    QCOMPARE(saved.find(QStringLiteral("Production"))->user, QStringLiteral("ops"));
    QVERIFY(!settingsText().contains(kSecret));
}

void tst_ConnectionDialog::storedPasswordIsShownAndRemoved()
{
    ConnectionProfiles saved;
    saved.setProfiles({server(Kind::PostgreSql, QStringLiteral("P"), QStringLiteral("h"), QStringLiteral("d"),
                              QStringLiteral("u"))});
    saved.save();
    FakePasswordStore store;
    store.entries.insert(QStringLiteral("u@h:5432/d"), kSecret);

    ConnectionDialog dialog(&store);
    QCOMPARE(child<QLineEdit>(&dialog, "passwordEdit")->text(), kSecret);
    auto *remember = child<QCheckBox>(&dialog, "rememberCheck");
    QVERIFY(remember->isChecked());
    QVERIFY(child<QLabel>(&dialog, "passwordLocation")->text().contains(QStringLiteral("the test store")));

    // Saving again without a change writes nothing; unchecking removes the entry.
    QVERIFY(dialog.save());
    QVERIFY(store.writes.isEmpty());
    remember->setChecked(false);
    QVERIFY(dialog.save());
    QCOMPARE(store.removals, QStringList{QStringLiteral("u@h:5432/d")});
    QVERIFY(store.entries.isEmpty());
}

void tst_ConnectionDialog::noPasswordInSettings()
{
    FakePasswordStore store;
    {
        ConnectionDialog dialog(&store);
        for (Kind kind : {Kind::PostgreSql, Kind::MySql}) {
            dialog.addProfile(kind);
            child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("server"));
            child<QLineEdit>(&dialog, "databaseEdit")->setText(QStringLiteral("qronos"));
            child<QLineEdit>(&dialog, "userEdit")->setText(kind == Kind::MySql ? QStringLiteral("my") : QStringLiteral("pg"));
            QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), kSecret);
            child<QCheckBox>(&dialog, "rememberCheck")->setChecked(kind == Kind::MySql);
        }
        QVERIFY(child<QPushButton>(&dialog, "saveButton")->isEnabled());
        QVERIFY(dialog.save());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(store.writes.size(), 1);
    const QString text = settingsText();
    QVERIFY2(text.contains(QStringLiteral("server")), qPrintable(text)); // the profiles are there ...
    QVERIFY(!text.contains(kSecret));                                     // ... their passwords are not
    QVERIFY(!text.contains(QStringLiteral("Pa55")));
    QVERIFY(!text.contains(QStringLiteral("password"), Qt::CaseInsensitive));
}

void tst_ConnectionDialog::messagesDisableConnect_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty host") << int(Kind::PostgreSql) << "hostEdit" << "" << "hostError"
                                << "Enter the server's host name or address.";
    QTest::newRow("host with a space") << int(Kind::PostgreSql) << "hostEdit" << "db server" << "hostError"
                                       << "\u201cdb server\u201d is not a host name or address.";
    QTest::newRow("port not a number") << int(Kind::PostgreSql) << "portEdit" << "54x2" << "portError"
                                       << "The port must be a number from 1 to 65535 (empty: 5432).";
    QTest::newRow("port too big") << int(Kind::MySql) << "portEdit" << "70000" << "portError"
                                  << "The port must be a number from 1 to 65535 (empty: 3306).";
    QTest::newRow("no database") << int(Kind::MySql) << "databaseEdit" << "" << "databaseError"
                                 << "Enter the name of the database.";
    QTest::newRow("missing CA file") << int(Kind::PostgreSql) << "caFileEdit" << "/nonexistent/ca.pem"
                                     << "caFileError" << "The CA file \u201c/nonexistent/ca.pem\u201d does not exist.";
    QTest::newRow("missing folder") << int(Kind::Sqlite) << "fileEdit" << "/nonexistent-qronos-folder/q.db"
                                    << "fileError" << "The folder \u201c/nonexistent-qronos-folder\u201d does not exist.";
    QTest::newRow("no file") << int(Kind::Sqlite) << "fileEdit" << "" << "fileError" << "Choose the database file.";
    QTest::newRow("no name") << int(Kind::Sqlite) << "nameEdit" << "" << "nameError"
                             << "Enter a name for the connection.";
    QTest::newRow("taken name") << int(Kind::Sqlite) << "nameEdit" << "Other" << "nameError"
                                << "Another connection is named \u201cOther\u201d.";
    QTest::newRow("bad prefix") << int(Kind::Sqlite) << "prefixEdit" << "1QRTZ" << "prefixError"
                                << "Use up to 32 letters, digits and underscores, not starting with a digit "
                                   "(default QRTZ_).";
    QTest::newRow("no scheduler name") << int(Kind::PostgreSql) << "schedulerEdit" << "" << "schedulerError"
                                       << "Enter a scheduler name of 1 to 120 characters (default QronosScheduler).";
}

void tst_ConnectionDialog::messagesDisableConnect()
{
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, errorLabel);
    QFETCH(QString, message);

    QTemporaryDir dir;
    ConnectionDialog dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.addProfile(Kind::Sqlite);
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Other"));
    dialog.addProfile(Kind(kind));
    child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("db.example.com"));
    child<QLineEdit>(&dialog, "databaseEdit")->setText(QStringLiteral("qronos"));
    child<QLineEdit>(&dialog, "fileEdit")->setText(dir.filePath(QStringLiteral("q.db")));
    auto *connectButton = child<QPushButton>(&dialog, "connectButton");
    auto *testButton = child<QPushButton>(&dialog, "testButton");
    QVERIFY(dialog.isFormValid());
    QVERIFY(connectButton->isEnabled());

    auto *edit = dialog.findChild<QLineEdit *>(field);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
    auto *error = dialog.findChild<ErrorLabel *>(errorLabel);
    QVERIFY(error);
    QCOMPARE(error->text(), message);
    QVERIFY(error->isVisible());
    QVERIFY(!dialog.isFormValid());
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(!testButton->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isEnabled());
    QVERIFY(!child<QListWidget>(&dialog, "profileList")->currentItem()->icon().isNull()); // marked in the list

    // Connect does nothing while the form is invalid.
    dialog.accept();
    QVERIFY(dialog.isVisible());
}

void tst_ConnectionDialog::addDuplicateRemove()
{
    ConnectionDialog dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QListWidget>(&dialog, "profileList");
    QCOMPARE(list->count(), 0);
    QVERIFY(!child<QPushButton>(&dialog, "connectButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "removeButton")->isEnabled());

    const QString first = dialog.addProfile(Kind::PostgreSql);
    QCOMPARE(first, QStringLiteral("New connection"));
    QCOMPARE(dialog.addProfile(Kind::PostgreSql), QStringLiteral("New connection (2)"));
    QVERIFY(!child<QCheckBox>(&dialog, "runJobsCheck")->isChecked());
    // A change of kind brings that kind's defaults.
    auto *kind = child<QComboBox>(&dialog, "kindCombo");
    kind->setCurrentIndex(kind->findData(int(Kind::Sqlite)));
    QVERIFY(child<QCheckBox>(&dialog, "runJobsCheck")->isChecked());
    QVERIFY(child<QLineEdit>(&dialog, "fileEdit")->isVisible());
    QVERIFY(!child<QLineEdit>(&dialog, "hostEdit")->isVisible());

    dialog.duplicateProfile();
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("New connection (3)"));
    QCOMPARE(dialog.profile().kind, Kind::Sqlite);

    // Remove asks first: Cancel keeps it, Remove removes it.
    const auto answer = [&dialog](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, &dialog, [&dialog, button]() {
            auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("removeConfirmation"));
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("New connection (3)")));
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 3);
    answer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 2);
    QCOMPARE(dialog.profiles().constLast().name, QStringLiteral("New connection (2)"));
}

void tst_ConnectionDialog::closeAsksAboutUnsavedChanges()
{
    ConnectionProfiles saved;
    saved.setProfiles({server(Kind::PostgreSql, QStringLiteral("P"), QStringLiteral("old-host"), QStringLiteral("d"),
                              QStringLiteral("u"))});
    saved.save();
    const auto answer = [](QWidget *dialog, QMessageBox::StandardButton button) {
        QTimer::singleShot(0, dialog, [dialog, button]() {
            auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("unsavedChanges"));
            QVERIFY(box);
            box->button(button)->click();
        });
    };
    const auto savedHost = []() { return ConnectionProfiles::load().profiles().constFirst().host; };

    ConnectionDialog dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.hasUnsavedChanges()); // showing a profile changes nothing
    auto *close = child<QPushButton>(&dialog, "closeButton");
    child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("new-host"));
    QVERIFY(dialog.hasUnsavedChanges());

    answer(&dialog, QMessageBox::Cancel); // stay
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(savedHost(), QStringLiteral("old-host"));

    answer(&dialog, QMessageBox::Save);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(savedHost(), QStringLiteral("new-host"));

    ConnectionDialog second(nullptr);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    child<QLineEdit>(&second, "hostEdit")->setText(QStringLiteral("discarded"));
    answer(&second, QMessageBox::Discard);
    second.reject();
    QVERIFY(!second.isVisible());
    QCOMPARE(savedHost(), QStringLiteral("new-host"));
}

void tst_ConnectionDialog::testConnectionSqliteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("test.db"));
    {
        QFile file(path); // an existing (empty) SQLite file
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    ConnectionDialog dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.addProfile(Kind::Sqlite);
    child<QLineEdit>(&dialog, "fileEdit")->setText(path);
    QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    QVERIFY(dialog.isTesting()); // the answer comes later: the GUI thread did not wait
    QVERIFY(child<QLabel>(&dialog, "testResult")->text().startsWith(QStringLiteral("Connecting to sqlite:")));
    QTRY_COMPARE(tested.size(), 1);
    QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
    const QString message = tested.at(0).at(1).toString();
    QVERIFY2(message.startsWith(QStringLiteral("Connected to SQLite 3.")), qPrintable(message)); // its version
    QVERIFY(message.contains(QStringLiteral("No Qronos tables yet")));
    QVERIFY(child<QLabel>(&dialog, "testResult")->text().contains(message));
    QVERIFY(!child<ErrorLabel>(&dialog, "testError")->isVisible());
    QCOMPARE(QFileInfo(path).size(), 0); // the test changed nothing

    // A file that does not exist yet is not created by a test.
    child<QLineEdit>(&dialog, "fileEdit")->setText(dir.filePath(QStringLiteral("new.db")));
    QVERIFY(child<QLabel>(&dialog, "testResult")->text().isEmpty()); // the old answer is gone with the edit
    dialog.testConnection();
    QTRY_COMPARE(tested.size(), 2);
    QVERIFY(tested.at(1).at(0).toBool());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("new.db"))));
}

void tst_ConnectionDialog::testConnectionFolderFails()
{
    QTemporaryDir dir;
    ConnectionDialog dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.addProfile(Kind::Sqlite);
    child<QLineEdit>(&dialog, "fileEdit")->setText(dir.path()); // a folder, not a file
    QVERIFY(dialog.isFormValid());
    QSignalSpy tested(&dialog, &ConnectionDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    QTRY_COMPARE(tested.size(), 1);
    QVERIFY(!tested.at(0).at(0).toBool());
    const QString message = tested.at(0).at(1).toString();
    // The engine's own words, naming the database.
    QVERIFY2(message.startsWith(QStringLiteral("Cannot connect to")), qPrintable(message));
    QVERIFY2(message.contains(dir.path()), qPrintable(message));
    auto *error = child<ErrorLabel>(&dialog, "testError");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), message);

    // An answer that comes after the fields changed is dropped.
    dialog.testConnection();
    child<QLineEdit>(&dialog, "prefixEdit")->setText(QStringLiteral("OTHER_"));
    QTest::qWait(300);
    QCOMPARE(tested.size(), 1);
    QVERIFY(!error->isVisible());
}

void tst_ConnectionDialog::testConnectionServerRefuses()
{
    // Nothing listens on port 1: the engine's message comes back (or the one saying the driver is missing).
    ConnectionProfile pg = server(Kind::PostgreSql, QStringLiteral("pg"), QStringLiteral("127.0.0.1"),
                                  QStringLiteral("qronos"), QStringLiteral("ops"));
    pg.port = 1;
    const Result<ConsoleOptions> options = pg.consoleOptions(nullptr, kSecret);
    QVERIFY(options.ok());
    const Result<QString> answer = ConnectionDialog::probe(*options);
    QVERIFY(!answer.ok());
    QVERIFY2(answer.error().startsWith(QStringLiteral("Cannot connect to"))
                 || answer.error().startsWith(QStringLiteral("The Qt SQL driver")),
             qPrintable(answer.error()));
    QVERIFY(!answer.error().contains(kSecret));
}

void tst_ConnectionDialog::testConnectionRealServer_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("postgresql") << qEnvironmentVariable("QRONOS_TEST_PG_URL");
    QTest::newRow("mysql") << qEnvironmentVariable("QRONOS_TEST_MYSQL_URL");
}

void tst_ConnectionDialog::testConnectionRealServer()
{
    QFETCH(QString, url);
    if (url.isEmpty())
        QSKIP("set QRONOS_TEST_PG_URL / QRONOS_TEST_MYSQL_URL (tests/support/pgserver.sh start DIR prints one)");
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    // Through a profile, as the dialog does: the URL's password is not part of it, the typed one is given.
    const ConnectionProfile profile = ConnectionProfile::fromUrl(*parsed);
    const Result<ConsoleOptions> options = profile.consoleOptions(nullptr, parsed->password());
    QVERIFY(options.ok());
    const Result<QString> answer = ConnectionDialog::probe(*options);
    QVERIFY2(answer.ok(), qPrintable(answer.error()));
    qInfo().noquote() << *answer;
    QVERIFY2(answer->startsWith(QStringLiteral("Connected to ")), qPrintable(*answer));
    QVERIFY2(answer->contains(QStringLiteral("Schema version")) || answer->contains(QStringLiteral("No Qronos tables")),
             qPrintable(*answer));

    // A wrong password: the server's refusal, without the password. (A server that trusts local logins, as the
    // test PostgreSQL does, lets it in.)
    const QString wrong = QStringLiteral("wrong-%1").arg(kSecret);
    const Result<QString> refused = ConnectionDialog::probe(*profile.consoleOptions(nullptr, wrong));
    if (!refused.ok()) {
        QVERIFY2(refused.error().startsWith(QStringLiteral("Cannot connect to")), qPrintable(refused.error()));
        QVERIFY(!refused.error().contains(wrong));
    }
}

void tst_ConnectionDialog::fitsSmallScreens()
{
    ConnectionDialog dialog(nullptr);
    dialog.addProfile(Kind::PostgreSql);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.minimumSizeHint().width() <= 800);
    QVERIFY(dialog.minimumSizeHint().height() <= 560);
    QCOMPARE(dialog.size(), QSize(800, 560));
    PreferencesDialog preferences;
    if (const QString grabs = qEnvironmentVariable("QRONOS_GRAB_DIR"); !grabs.isEmpty()) { // to look at them
        child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("db example"));
        dialog.grab().save(grabs + QStringLiteral("/connectiondialog.png"));
        preferences.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preferences));
        preferences.grab().save(grabs + QStringLiteral("/preferencesdialog.png"));
    }
    QVERIFY(preferences.minimumSizeHint().width() <= 800);
    QVERIFY(preferences.minimumSizeHint().height() <= 560);

    // Every widget has an object name (for tests and screenshots).
    for (QWidget *parent : {static_cast<QWidget *>(&dialog), static_cast<QWidget *>(&preferences)}) {
        for (QWidget *w : parent->findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QPushButton *>(w) || qobject_cast<QCheckBox *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<ErrorLabel *>(w) || qobject_cast<QListWidget *>(w)) {
                if (w->parent() && qobject_cast<QComboBox *>(w->parent()))
                    continue; // a combo box's own line edit
                QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            }
        }
    }
}

void tst_ConnectionDialog::javaQuartzProfile()
{
    ConnectionProfile p = server(Kind::PostgreSql, QStringLiteral("java"), QStringLiteral("db.example.com"),
                                 QStringLiteral("quartz"), QStringLiteral("ops"));
    QVERIFY(!p.javaQuartz);
    QVERIFY(!p.runJobsHere);
    p.runJobsHere = true;
    p.setJavaQuartz(true);
    QVERIFY(p.javaQuartz);
    QVERIFY(!p.runJobsHere);
    // Quartz's own defaults: QRTZ_ and the only scheduler in the database.
    QCOMPARE(p.tablePrefix, QStringLiteral("QRTZ_"));
    QCOMPARE(p.schedulerName, QString());
    QVERIFY2(p.isValid(), qPrintable(p.problems().value(0).second));
    QCOMPARE(p.urlText(), QStringLiteral("postgresql://ops@db.example.com:5432/quartz"));
    // A named Java scheduler is always in the URL, as qronosctl --quartz-db takes it.
    p.schedulerName = QStringLiteral("QronosScheduler");
    QCOMPARE(p.urlText(), QStringLiteral("postgresql://ops@db.example.com:5432/quartz?scheduler=QronosScheduler"));
    p.schedulerName = QString(121, QLatin1Char('s'));
    QCOMPARE(p.problems().value(0).first, ConnectionProfile::Field::Scheduler);
    p.schedulerName.clear();

    // SQLite cannot be one: the problem names the field.
    ConnectionProfile sqlite = p;
    sqlite.kind = Kind::Sqlite;
    sqlite.sqliteFile = QStringLiteral("/tmp/q.db");
    const auto problems = sqlite.problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().first, ConnectionProfile::Field::JavaQuartz);
    QVERIFY(problems.constFirst().second.contains(QStringLiteral("Java Quartz")));

    // Back to a Qronos profile: the default scheduler name again.
    p.setJavaQuartz(false);
    QCOMPARE(p.schedulerName, QStringLiteral("QronosScheduler"));
    QVERIFY(p.isValid());
}

void tst_ConnectionDialog::javaQuartzSavedAndLoaded()
{
    ConnectionProfile java = server(Kind::MySql, QStringLiteral("Java"), QStringLiteral("maria"),
                                    QStringLiteral("quartz"), QStringLiteral("ops"));
    java.setJavaQuartz(true);
    java.tablePrefix = QStringLiteral("JQ_");
    ConnectionProfile plain = server(Kind::PostgreSql, QStringLiteral("Plain"), QStringLiteral("pg"),
                                     QStringLiteral("qronos"), QStringLiteral("ops"));
    ConnectionProfiles profiles;
    profiles.setProfiles({java, plain});
    profiles.save();
    const ConnectionProfiles loaded = ConnectionProfiles::load();
    QCOMPARE(loaded.profiles(), (QList<ConnectionProfile>{java, plain}));
    QVERIFY(loaded.profiles().constFirst().javaQuartz);
    QCOMPARE(loaded.profiles().constFirst().schedulerName, QString());

    // A profile saved before the field existed loads as a Qronos one; one edited to run jobs here does not.
    {
        QSettings settings;
        settings.beginGroup(QStringLiteral("connections"));
        settings.beginWriteArray(QStringLiteral("profiles"));
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("runJobsHere"), true);
        settings.setArrayIndex(1);
        settings.remove(QStringLiteral("javaQuartz"));
        settings.endArray();
        settings.endGroup();
    }
    const ConnectionProfiles old = ConnectionProfiles::load();
    QVERIFY(old.profiles().at(0).javaQuartz);
    QVERIFY(!old.profiles().at(0).runJobsHere);
    QVERIFY(!old.profiles().at(1).javaQuartz);
    QCOMPARE(old.profiles().at(1), plain);
}

void tst_ConnectionDialog::javaQuartzInTheDialog()
{
    FakePasswordStore store;
    ConnectionDialog dialog(&store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.addProfile(Kind::PostgreSql);
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Java cluster"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "hostEdit"), QStringLiteral("db.example.com"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "databaseEdit"), QStringLiteral("quartz"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "userEdit"), QStringLiteral("ops"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), kSecret);
    child<QCheckBox>(&dialog, "rememberCheck")->setChecked(true);

    auto *java = child<QCheckBox>(&dialog, "javaQuartzCheck");
    auto *runJobs = child<QCheckBox>(&dialog, "runJobsCheck");
    auto *note = child<QLabel>(&dialog, "javaQuartzNote");
    auto *scheduler = child<QLineEdit>(&dialog, "schedulerEdit");
    QVERIFY(java->isEnabled());
    QVERIFY(!java->isChecked());
    QVERIFY(runJobs->isVisible());
    QVERIFY(!note->isVisible());
    QCOMPARE(scheduler->text(), QStringLiteral("QronosScheduler"));

    java->setChecked(true);
    QVERIFY(dialog.profile().javaQuartz);
    QVERIFY(!runJobs->isVisible());
    QVERIFY(!dialog.profile().runJobsHere);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("never runs its Java jobs")));
    QCOMPARE(scheduler->text(), QString());
    QVERIFY(!scheduler->placeholderText().isEmpty());
    QVERIFY(dialog.isFormValid());
    QCOMPARE(child<QLabel>(&dialog, "urlLabel")->text(), QStringLiteral("postgresql://ops@db.example.com:5432/quartz"));

    // SQLite: the field says why, and Connect waits.
    auto *kind = child<QComboBox>(&dialog, "kindCombo");
    kind->setCurrentIndex(kind->findData(int(Kind::Sqlite)));
    child<QLineEdit>(&dialog, "fileEdit")->setText(QStringLiteral("/tmp/q.db"));
    auto *error = child<ErrorLabel>(&dialog, "javaQuartzError");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("SQLite")));
    QVERIFY(!dialog.isFormValid());
    QVERIFY(java->isEnabled()); // to be unchecked
    kind->setCurrentIndex(kind->findData(int(Kind::PostgreSql)));
    QVERIFY(!error->isVisible());
    QVERIFY(dialog.isFormValid());

    // Connect: the password goes to the store, the flag to the settings, never the password.
    QTest::mouseClick(child<QPushButton>(&dialog, "connectButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(store.writes, QStringList{QStringLiteral("ops@db.example.com:5432/quartz=") + kSecret});
    const std::optional<ConnectionProfile> saved = ConnectionProfiles::load().find(QStringLiteral("Java cluster"));
    QVERIFY(saved);
    QVERIFY(saved->javaQuartz);
    QVERIFY(!saved->runJobsHere);
    QVERIFY(!settingsText().contains(kSecret));
    QCOMPARE(dialog.consoleOptions()->url.password(), kSecret);

    // Unchecked again: a Qronos profile with its default scheduler name and the run-jobs box back.
    ConnectionDialog again(&store);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.selectProfile(QStringLiteral("Java cluster")));
    QVERIFY(child<QCheckBox>(&again, "javaQuartzCheck")->isChecked());
    QVERIFY(!child<QCheckBox>(&again, "runJobsCheck")->isVisible());
    child<QCheckBox>(&again, "javaQuartzCheck")->setChecked(false);
    QVERIFY(child<QCheckBox>(&again, "runJobsCheck")->isVisible());
    QCOMPARE(child<QLineEdit>(&again, "schedulerEdit")->text(), QStringLiteral("QronosScheduler"));
    QVERIFY(!again.profile().javaQuartz);
}

void tst_ConnectionDialog::preferencesStored()
{
    {
        PreferencesDialog dialog;
        // The defaults: the system's language, failed executions only, every group.
        QCOMPARE(dialog.language(), QString());
        QCOMPARE(dialog.notificationSettings(), NotificationSettings());
        auto *language = child<QComboBox>(&dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        child<QCheckBox>(&dialog, "misfireCheck")->setChecked(true);
        child<QCheckBox>(&dialog, "failedCheck")->setChecked(false);
        auto *groups = child<QLineEdit>(&dialog, "groupsEdit");
        QTest::keyClicks(groups, QStringLiteral("reports, billing,, reports "));
        QVERIFY(dialog.isFormValid());
        QSignalSpy languageChanged(&dialog, &PreferencesDialog::languageChanged);
        QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(languageChanged.size(), 1);
    }
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QCOMPARE(TranslationLoader::languageSetting(), QStringLiteral("en"));
    const NotificationSettings stored = NotificationSettings::load();
    QVERIFY(!stored.failedExecutions);
    QVERIFY(stored.misfires);
    QCOMPARE(stored.groups, (QStringList{QStringLiteral("reports"), QStringLiteral("billing")}));

    // Shown again as stored; a group with a control character is refused next to the field.
    PreferencesDialog again;
    QCOMPARE(again.language(), QStringLiteral("en"));
    QCOMPARE(child<QLineEdit>(&again, "groupsEdit")->text(), QStringLiteral("reports, billing"));
    QCOMPARE(again.notificationSettings(), stored);
    child<QLineEdit>(&again, "groupsEdit")->setText(QStringLiteral("ok, bad\tgroup"));
    QVERIFY(!again.isFormValid());
    QVERIFY(!child<QPushButton>(&again, "okButton")->isEnabled());
    QVERIFY(child<ErrorLabel>(&again, "groupsError")->text().contains(QStringLiteral("bad\tgroup")));
    again.reject();
    QCOMPARE(NotificationSettings::load(), stored); // Cancel stores nothing
}

void tst_ConnectionDialog::preferencesSwitchLanguage()
{
    if (!QFile::exists(QStringLiteral(":/qronos/i18n/qronos_zh_CN.qm")))
        QSKIP("built without Qt Linguist tools");
    const auto misfire = []() { return QCoreApplication::translate("Qronos::SchedulePreviewWidget", "Misfire"); };
    QCOMPARE(misfire(), QStringLiteral("Misfire"));
    PreferencesDialog dialog;
    auto *language = child<QComboBox>(&dialog, "languageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    dialog.accept();
    QCOMPARE(misfire(), QStringLiteral("\u9519\u8fc7\u89e6\u53d1")); // at once, no restart
    QCOMPARE(TranslationLoader::languageSetting(), QStringLiteral("zh_CN"));

    // Back to English: the Chinese translators are gone, not merely outnumbered.
    QVERIFY(TranslationLoader::reinstall(qApp, TranslationLoader::localeForLanguage(QStringLiteral("en"))));
    QCOMPARE(misfire(), QStringLiteral("Misfire"));
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void tst_ConnectionDialog::wants_data()
{
    QTest::addColumn<bool>("failed");
    QTest::addColumn<bool>("misfires");
    QTest::addColumn<QString>("groups");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("group");
    QTest::addColumn<bool>("wanted");

    const int failure = int(NotificationSettings::Kind::FailedExecution);
    const int misfire = int(NotificationSettings::Kind::Misfire);
    QTest::newRow("failure, all groups") << true << false << "" << failure << "reports" << true;
    QTest::newRow("misfire not chosen") << true << false << "" << misfire << "reports" << false;
    QTest::newRow("misfire chosen") << false << true << "" << misfire << "DEFAULT" << true;
    QTest::newRow("failure not chosen") << false << true << "" << failure << "DEFAULT" << false;
    QTest::newRow("listed group") << true << true << "reports, billing" << failure << "billing" << true;
    QTest::newRow("other group") << true << true << "reports, billing" << misfire << "DEFAULT" << false;
    QTest::newRow("groups are exact") << true << true << "reports" << failure << "Reports" << false;
    QTest::newRow("nothing chosen") << false << false << "" << failure << "reports" << false;
}

void tst_ConnectionDialog::wants()
{
    QFETCH(bool, failed);
    QFETCH(bool, misfires);
    QFETCH(QString, groups);
    QFETCH(int, kind);
    QFETCH(QString, group);
    QFETCH(bool, wanted);

    NotificationSettings settings;
    settings.failedExecutions = failed;
    settings.misfires = misfires;
    settings.groups = NotificationSettings::parseGroups(groups);
    QCOMPARE(settings.wants(NotificationSettings::Kind(kind), group), wanted);
    // The same after a trip through QSettings.
    settings.save();
    QCOMPARE(NotificationSettings::load().wants(NotificationSettings::Kind(kind), group), wanted);
}

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
