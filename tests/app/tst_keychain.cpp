// Database passwords in the OS keychain, end to end and without mocks: the real qronosctl binary against a real
// Secret Service (a throw-away gnome-keyring-daemon on a private D-Bus session, tests/support/withkeyring.sh, which
// CTest wraps around this test) and real PostgreSQL and MariaDB servers this test starts itself
// (tests/support/pgserver.sh, switched to password (SCRAM) logins, and mariadbserver.sh).
//
// Without dbus-run-session / gnome-keyring / libsecret, or without the server binaries, the cases are skipped
// with the install command, unless QRONOS_REQUIRE_SERVERS=1 (CI), where that is a failure.

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusReply>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <pty.h>
#include <unistd.h>
#endif

namespace {

const QByteArray kPassword = "kc-Secret-7f3a";

bool serversRequired() { return qEnvironmentVariable("QRONOS_REQUIRE_SERVERS") == QLatin1String("1"); }

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

} // namespace

class tst_Keychain final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void refusesWhatItCannotStore();
    void setFromTerminalShowsNothing();
    void storeOpensWithTheKeychainPassword_data();
    void storeOpensWithTheKeychainPassword();
    void silentBusTimesOut();

private:
    /// qronosctl with \a arguments, \a input on stdin; none of the other password sources unless in \a extra.
    Run ctl(const QStringList &arguments, const QByteArray &input = {}, const QProcessEnvironment &extra = {});
    /// Unlocked Secret Service items with the Qronos service and \a key.
    int itemsFor(const QString &key);
    /// Fails the test when a file under $HOME (the throw-away one) holds \a secret in clear text.
    void checkNoPlainTextCopy(const QByteArray &secret);
    /// tests/support/<script> <command> <dir>: its exit code (-1 when it hangs), output in \a out.
    /// Gives the user postgres the password kPassword and makes TCP logins need it (SCRAM), on the server of
    /// pgserver.sh's \a serverDir.
    void requirePostgresPassword(const QUrl &url, const QString &serverDir);
    int server(const QString &script, const QString &command, const QString &dir, QByteArray *out = nullptr);
};

void tst_Keychain::initTestCase()
{
    const QString missing = qEnvironmentVariable("QRONOS_TEST_KEYRING_MISSING");
    if (!missing.isEmpty()) {
        const QString message
            = QStringLiteral("no private Secret Service can run here; install it with: %1").arg(missing);
        if (serversRequired())
            QFAIL(qPrintable(message + QStringLiteral(" (QRONOS_REQUIRE_SERVERS=1)")));
        QSKIP(qPrintable(message));
    }
    if (qEnvironmentVariable("QRONOS_TEST_KEYRING") != QLatin1String("1")) {
        // Never against the keyring of the person running the test.
        const QString message = QStringLiteral("run through tests/support/withkeyring.sh (ctest does)");
        if (serversRequired())
            QFAIL(qPrintable(message));
        QSKIP(qPrintable(message));
    }
    QVERIFY(QDBusConnection::sessionBus().isConnected());
    qDBusRegisterMetaType<QMap<QString, QString>>();
}

Run tst_Keychain::ctl(const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QRONOS_DB", "QRONOS_DB_PASSWORD", "QRONOS_DB_PASSWORD_FILE", "QRONOS_KEYCHAIN_TIMEOUT"})
        env.remove(QLatin1String(name));
    for (const QString &name : extra.keys())
        env.insert(name, extra.value(name));
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(QRONOSCTL_PATH), arguments);
    Run run;
    if (!p.waitForStarted(10000))
        return run;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        qWarning("qronosctl %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
        return run;
    }
    run.elapsedMs = timer.elapsed();
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

int tst_Keychain::itemsFor(const QString &key)
{
    QDBusInterface service(QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                           QStringLiteral("org.freedesktop.Secret.Service"), QDBusConnection::sessionBus());
    const QMap<QString, QString> attributes{{QStringLiteral("server"), QStringLiteral("Qronos")},
                                            {QStringLiteral("user"), key}};
    const QDBusMessage reply = service.call(QStringLiteral("SearchItems"), QVariant::fromValue(attributes));
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2) {
        qWarning("SearchItems failed: %s", qPrintable(reply.errorMessage()));
        return -1;
    }
    const auto paths = [](const QVariant &v) {
        QList<QDBusObjectPath> list;
        v.value<QDBusArgument>() >> list;
        return list.size();
    };
    return paths(reply.arguments().at(0)) + paths(reply.arguments().at(1));
}

void tst_Keychain::checkNoPlainTextCopy(const QByteArray &secret)
{
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(secret), qPrintable(path + QStringLiteral(" holds the password")));
    }
}

int tst_Keychain::server(const QString &script, const QString &command, const QString &dir, QByteArray *out)
{
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral(QRONOS_SOURCE_DIR "/tests/support/") + script, command, dir});
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    const QByteArray err = p.readAllStandardError();
    if (p.exitCode() != 0 && p.exitCode() != 3)
        qWarning("%s %s exited %d: %s", qPrintable(script), qPrintable(command), p.exitCode(), err.constData());
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void tst_Keychain::requirePostgresPassword(const QUrl &url, const QString &serverDir)
{
    const QString name = QStringLiteral("setup");
    // Declared first, so it runs after the connection and its query are gone.
    const auto remove = qScopeGuard([&] { QSqlDatabase::removeDatabase(name); });
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(QStringLiteral("qronos_test"));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("ALTER USER postgres PASSWORD '%1'").arg(QString::fromLatin1(kPassword))),
             qPrintable(q.lastError().text()));
    QFile work(serverDir + QStringLiteral("/work"));
    QVERIFY(work.open(QIODevice::ReadOnly));
    QFile hba(QString::fromUtf8(work.readAll().trimmed()) + QStringLiteral("/data/pg_hba.conf"));
    QVERIFY(hba.open(QIODevice::ReadWrite));
    QByteArray rules;
    for (QByteArray line : hba.readAll().split('\n')) {
        if (line.startsWith("host") && line.trimmed().endsWith("trust"))
            line = line.trimmed().chopped(5) + "scram-sha-256";
        rules += line + '\n';
    }
    QVERIFY(hba.resize(0));
    QVERIFY(hba.seek(0));
    QVERIFY(hba.write(rules) == rules.size());
    hba.close();
    QVERIFY2(q.exec(QStringLiteral("SELECT pg_reload_conf()")), qPrintable(q.lastError().text()));
}

void tst_Keychain::roundTrip()
{
    // Spelled differently from the URL `check` uses below: same login, same entry.
    const QString setUrl = QStringLiteral("postgres://alice@DB.example.com/qronos?prefix=X_&passwordFile=/nonexistent");
    const QString checkUrl = QStringLiteral("postgresql://alice@db.example.com:5432/qronos");
    const QString key = QStringLiteral("postgresql://alice@db.example.com:5432/qronos");

    Run r = ctl({QStringLiteral("password"), QStringLiteral("check"), QStringLiteral("--db"), checkUrl});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("No password is stored"), r.out.constData());

    r = ctl({QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--db"), setUrl}, kPassword + "\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(key.toUtf8()), r.out.constData());
    QCOMPARE(itemsFor(key), 1);
    checkNoPlainTextCopy(kPassword);

    // The global --db form.
    r = ctl({QStringLiteral("--db"), checkUrl, QStringLiteral("password"), QStringLiteral("check")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("A password is stored"), r.out.constData());
    QVERIFY(!r.out.contains(kPassword) && !r.err.contains(kPassword));

    r = ctl({QStringLiteral("password"), QStringLiteral("delete"), QStringLiteral("--db"), checkUrl});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Deleted"), r.out.constData());
    QCOMPARE(itemsFor(key), 0);

    r = ctl({QStringLiteral("password"), QStringLiteral("check"), QStringLiteral("--db"), checkUrl});
    QCOMPARE(r.exitCode, 1);
    r = ctl({QStringLiteral("password"), QStringLiteral("delete"), QStringLiteral("--db"), checkUrl});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("nothing to delete"), r.out.constData());
}

void tst_Keychain::refusesWhatItCannotStore()
{
    const QString url = QStringLiteral("mysql://bob@db.example.com/qronos");
    Run r = ctl({QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--db"), url}, "\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("empty"), r.err.constData());
    r = ctl({QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--db"),
             QStringLiteral("sqlite::memory:")},
            kPassword);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("SQLite"), r.err.constData());
    r = ctl({QStringLiteral("password"), QStringLiteral("show"), QStringLiteral("--db"), url});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(itemsFor(QStringLiteral("mysql://bob@db.example.com:3306/qronos")), 0);

    r = ctl({QStringLiteral("password"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("service \"Qronos\"") && r.out.contains("postgresql://user@host:port/database"));
}

void tst_Keychain::setFromTerminalShowsNothing()
{
#if defined(Q_OS_LINUX)
    // stdin is a terminal (a pseudo-terminal this test holds the other end of): the password is asked twice and
    // never echoed; the prompts go to stderr.
    int master = -1;
    int slave = -1;
    QVERIFY(openpty(&master, &slave, nullptr, nullptr, nullptr) == 0);
    const auto closeTerminal = qScopeGuard([&] {
        ::close(master);
        ::close(slave);
    });
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
    const QString url = QStringLiteral("postgresql://tty@db.example.com/qronos");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QRONOS_KEYCHAIN_TIMEOUT"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([slave] { ::dup2(slave, STDIN_FILENO); });
    p.start(QStringLiteral(QRONOSCTL_PATH),
            {QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--db"), url});
    QVERIFY(p.waitForStarted(10000));
    QByteArray err;
    const auto waitForPrompt = [&](const QByteArray &prompt) {
        QElapsedTimer timer;
        timer.start();
        while (!err.contains(prompt) && timer.elapsed() < 10000) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
        }
        return err.contains(prompt);
    };
    QVERIFY2(waitForPrompt("Password for postgresql://tty@db.example.com:5432/qronos: "), err.constData());
    QVERIFY(::write(master, kPassword.constData(), size_t(kPassword.size())) == kPassword.size());
    QVERIFY(::write(master, "\n", 1) == 1);
    QVERIFY2(waitForPrompt("The same again: "), err.constData());
    QVERIFY(::write(master, kPassword.constData(), size_t(kPassword.size())) == kPassword.size());
    QVERIFY(::write(master, "\n", 1) == 1);
    QVERIFY(p.waitForFinished(30000));
    err += p.readAllStandardError();
    QVERIFY2(p.exitCode() == 0, err.constData());
    QVERIFY(p.readAllStandardOutput().contains("Stored the password"));
    QByteArray shown;
    char buffer[256];
    ssize_t n = 0;
    while ((n = ::read(master, buffer, sizeof buffer)) > 0)
        shown.append(buffer, n);
    QVERIFY2(!shown.contains(kPassword), shown.constData());
    QVERIFY(!err.contains(kPassword));

    const Run r = ctl({QStringLiteral("password"), QStringLiteral("delete"), QStringLiteral("--db"), url});
    QVERIFY2(r.exitCode == 0 && r.out.contains("Deleted"), r.err.constData());
#else
    QSKIP("pseudo-terminals are tested on Linux");
#endif
}

void tst_Keychain::storeOpensWithTheKeychainPassword_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("package");
    QTest::newRow("postgresql") << QStringLiteral("pgserver.sh") << QStringLiteral("postgresql");
    QTest::newRow("mariadb") << QStringLiteral("mariadbserver.sh") << QStringLiteral("mariadb-server");
}

void tst_Keychain::storeOpensWithTheKeychainPassword()
{
    QFETCH(QString, script);
    QFETCH(QString, package);
    const bool postgres = script == QLatin1String("pgserver.sh");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString serverDir = dir.filePath(QStringLiteral("server"));
    QByteArray printed;
    const int started = server(script, QStringLiteral("start"), serverDir, &printed);
    if (started == 3) {
        const QString message
            = QStringLiteral("%1 found no server binaries; install them with: sudo apt-get install %2")
                  .arg(script, package);
        if (serversRequired())
            QFAIL(qPrintable(message + QStringLiteral(" (QRONOS_REQUIRE_SERVERS=1)")));
        QSKIP(qPrintable(message));
    }
    const auto stopServer = qScopeGuard([&] { server(script, QStringLiteral("stop"), serverDir); });
    QCOMPARE(started, 0);
    QUrl parsed(QString::fromUtf8(printed.trimmed()));
    QVERIFY2(parsed.isValid() && parsed.port() > 0, printed.constData());
    // PostgreSQL's server starts trusting every login and gets a password below; MariaDB's user has one already,
    // which the script puts in the URL: here it goes to the keychain only.
    const QString password = postgres ? QString::fromLatin1(kPassword) : parsed.password();
    parsed.setPassword(QString());
    const QString url = parsed.toString(QUrl::FullyEncoded);
    const QString key = QStringLiteral("%1://%2@127.0.0.1:%3/qronos_test")
                            .arg(postgres ? QStringLiteral("postgresql") : QStringLiteral("mysql"), parsed.userName())
                            .arg(parsed.port());
    const QStringList jobs{QStringLiteral("--db"), url, QStringLiteral("jobs")};
    QProcessEnvironment noBus;
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                 QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("nobus")));
    Run r;

    if (postgres) {
        // While the server trusts every login: no password anywhere, keychain empty or unavailable -> quietly fine.
        r = ctl({QStringLiteral("--db"), url, QStringLiteral("init")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ctl(jobs, {}, noBus);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        // Now the server wants postgres's password (SCRAM) on TCP.
        requirePostgresPassword(parsed, serverDir);
        if (QTest::currentTestFailed())
            return;
    }

    // No password anywhere: refused, and the message says how to give one. (A reload takes a moment.)
    QTRY_VERIFY_WITH_TIMEOUT((r = ctl(jobs)).exitCode == 1, 10000);
    for (const char *hint : {"QRONOS_DB_PASSWORD", "passwordFile", "QRONOS_DB_PASSWORD_FILE", "qronosctl password set",
                             "has no entry"})
        QVERIFY2(r.err.contains(hint), r.err.constData());
    QVERIFY2(r.err.contains(key.toUtf8()), r.err.constData());

    // The password only in the keychain: every command opens the store.
    r = ctl({QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--db"), url}, password.toUtf8());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = ctl({QStringLiteral("--db"), url, QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = ctl(jobs);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    r = ctl({QStringLiteral("--db"), url, QStringLiteral("add-job"), QStringLiteral("--name"), QStringLiteral("kc"),
             QStringLiteral("--type"), QStringLiteral("noop")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = ctl(jobs);
    QVERIFY2(r.exitCode == 0 && r.out.contains("kc"), r.err.constData());

    // QRONOS_DB_PASSWORD comes before the keychain (a wrong one is refused even though the keychain is right).
    QProcessEnvironment wrongEnv;
    wrongEnv.insert(QStringLiteral("QRONOS_DB_PASSWORD"), QStringLiteral("not-it"));
    r = ctl(jobs, {}, wrongEnv);
    QCOMPARE(r.exitCode, 1);

    // A wrong password in the keychain: the message names the entry to fix.
    r = ctl({QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--db"), url}, "not-it\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = ctl(jobs);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("refused the password from the keychain entry") && r.err.contains(key.toUtf8()),
             r.err.constData());

    // The entry deleted: refused again with the three ways.
    r = ctl({QStringLiteral("password"), QStringLiteral("delete"), QStringLiteral("--db"), url});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = ctl(jobs);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("QRONOS_DB_PASSWORD") && r.err.contains("qronosctl password set"), r.err.constData());

    // No keychain at all (no session bus): refused, saying the keychain could not be asked, and promptly.
    r = ctl(jobs, {}, noBus);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("keychain could not be asked"), r.err.constData());
    QVERIFY2(r.elapsedMs < 8000, qPrintable(QString::number(r.elapsedMs)));
}

void tst_Keychain::silentBusTimesOut()
{
    // A "session bus" that accepts the connection and never says a word: the command gives up after
    // $QRONOS_KEYCHAIN_TIMEOUT instead of hanging.
    QTemporaryDir dir(QStringLiteral("/tmp/qronos-silent.XXXXXX"));
    QVERIFY(dir.isValid());
    QLocalServer silent;
    const QString socket = dir.filePath(QStringLiteral("bus"));
    QVERIFY2(silent.listen(socket), qPrintable(silent.errorString()));
    QProcessEnvironment env;
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + socket);
    env.insert(QStringLiteral("QRONOS_KEYCHAIN_TIMEOUT"), QStringLiteral("1"));
    const Run r = ctl({QStringLiteral("password"), QStringLiteral("check"), QStringLiteral("--db"),
                       QStringLiteral("postgresql://alice@db.example.com/qronos")},
                      {}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("did not answer within 1 s"), r.err.constData());
    QVERIFY2(r.elapsedMs < 8000, qPrintable(QString::number(r.elapsedMs)));
}

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
