#include "keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

#include <atomic>

namespace Qronos::Keychain {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::Keychain)
};

// Set when a job did not answer in time. QtKeychain runs its jobs one after another, so every later job would
// wait behind that one: the process does not ask again.
std::atomic_bool g_unresponsive{false};

/// Runs \a job (created here, not started) to its end or to the timeout.
Outcome run(QKeychain::Job *job)
{
    if (g_unresponsive) {
        delete job;
        return {Status::Failed, {}, Tr::tr("the keychain did not answer earlier in this process")};
    }
    job->setAutoDelete(false);
    // Explicitly: a password never goes to a plain-text settings file when no keychain is available.
    job->setInsecureFallback(false);

    Outcome outcome;
    bool finished = false;
    QEventLoop loop;
    // The loop is the context: destroying it disconnects, so a job that answers after the timeout finds nothing
    // of this stack frame.
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *) {
        finished = true;
        switch (job->error()) {
        case QKeychain::NoError:
            outcome.status = Status::Ok;
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
                outcome.password = read->textData();
            break;
        case QKeychain::EntryNotFound:
            outcome.status = Status::NotFound;
            break;
        default:
            outcome.status = Status::Failed;
            outcome.message = job->errorString().trimmed();
            if (outcome.message.isEmpty())
                outcome.message = Tr::tr("keychain error %1").arg(int(job->error()));
            break;
        }
        loop.quit();
    });
    const int timeout = timeoutMs();
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        g_unresponsive = true;
        // The job may still answer (or never): it deletes itself then; its callbacks must find it alive.
        job->setAutoDelete(true);
        return {Status::Failed, {},
                Tr::tr("the keychain did not answer within %1 s (is the Secret Service running and unlocked?)")
                    .arg(timeout / 1000.0)};
    }
    delete job;
    return outcome;
}

// Fragments of the servers' refusals of a login (PostgreSQL's libpq and server, MySQL and MariaDB: error 1045).
const char *const kRefusals[] = {
    "password authentication failed", "no password supplied", "authentication failed", "28P01",
    "Access denied for user",
};

} // namespace

QString serviceName()
{
    return QStringLiteral("Qronos");
}

int timeoutMs()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("QRONOS_KEYCHAIN_TIMEOUT").toDouble(&ok);
    if (ok && seconds > 0 && seconds < 3600)
        return qMax(1, int(seconds * 1000));
    return 10000;
}

QString entryKey(const DatabaseUrl &url)
{
    if (url.kind() == DatabaseUrl::Kind::Sqlite)
        return {};
    QUrl key;
    key.setScheme(url.kind() == DatabaseUrl::Kind::PostgreSql ? QStringLiteral("postgresql") : QStringLiteral("mysql"));
    key.setUserName(url.userName());
    key.setHost(url.host());
    key.setPort(url.port());
    key.setPath(QLatin1Char('/') + url.database());
    return key.toString(QUrl::FullyEncoded);
}

Outcome readPassword(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(key);
    return run(job);
}

Outcome writePassword(const QString &key, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(key);
    job->setTextData(password);
    return run(job);
}

Outcome deletePassword(const QString &key)
{
    // Some back ends (libsecret) do not say whether anything was deleted: look first.
    const Outcome existing = readPassword(key);
    if (existing.status != Status::Ok)
        return existing;
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(key);
    return run(job);
}

DatabasePassword lookUpDatabasePassword(const DatabaseUrl &url)
{
    DatabasePassword result{url, {}, Status::NotFound, {}};
    if (url.kind() == DatabaseUrl::Kind::Sqlite || url.passwordSource() != DatabaseUrl::PasswordSource::None)
        return result;
    result.key = entryKey(url);
    const Outcome found = readPassword(result.key);
    result.status = found.status;
    result.message = found.message;
    if (found.status == Status::Ok)
        result.url = url.withPassword(found.password);
    return result;
}

bool isLoginRefused(const QString &error)
{
    for (const char *fragment : kRefusals) {
        if (error.contains(QLatin1String(fragment), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString explainOpenFailure(const QString &error, const DatabasePassword &lookup)
{
    if (lookup.key.isEmpty() || !isLoginRefused(error))
        return error;
    if (lookup.status == Status::Ok)
        return Tr::tr("%1\nThe server refused the password from the keychain entry \"%2\" (service \"%3\"); store the "
                      "right one with: qronosctl password set --db %4")
            .arg(error, lookup.key, serviceName(), lookup.url.toString());
    const QString keychain = lookup.status == Status::NotFound
        ? Tr::tr("the keychain has no entry \"%1\"").arg(lookup.key)
        : Tr::tr("the keychain could not be asked: %1").arg(lookup.message);
    return Tr::tr("%1\nNo password was given for %2 (%3). Give it in one of three ways:\n"
                  "  - the environment variable QRONOS_DB_PASSWORD;\n"
                  "  - a password file named by ?passwordFile= in the URL or by QRONOS_DB_PASSWORD_FILE;\n"
                  "  - the OS keychain: qronosctl password set --db %2")
        .arg(error, lookup.url.toString(), keychain);
}

} // namespace Qronos::Keychain
