#pragma once

#include "store/databaseurl.h"

#include <QString>

/// Database passwords in the operating system's keychain (the Secret Service on Linux, e.g. GNOME Keyring or
/// KWallet; the Keychain on macOS; the Credential Manager on Windows), through QtKeychain. Shared by qronosctl and
/// the console.
///
/// Every call runs synchronously: it starts a QtKeychain job and waits for it in a local QEventLoop, at most
/// timeoutMs(), so a missing or silent D-Bus cannot hang a command. Call from the thread that runs the
/// application's event dispatcher (the main thread). QtKeychain's insecure plain-text fallback is never used.
namespace Qronos::Keychain {

/// The keychain's service name of every Qronos entry: "Qronos".
QString serviceName();

/// How long one keychain call may take: $QRONOS_KEYCHAIN_TIMEOUT seconds when set to a positive number, else 10 s.
int timeoutMs();

/// The key of a database's entry, its identity without password or options:
///   postgresql://user@host:port/database   or   mysql://user@host:port/database
/// The scheme is the kind (postgres:// counts as postgresql://, mariadb:// as mysql://), the port is always written
/// (the default when the URL has none), the user and database are percent-encoded as in a URL. Options such as
/// ?prefix= or ?sslmode= are not part of it: one login, one entry. Empty for SQLite, which has no password.
QString entryKey(const DatabaseUrl &url);

/// What a keychain call found.
enum class Status {
    Ok,       ///< done (a read found the entry)
    NotFound, ///< no entry under the key
    Failed    ///< the keychain is unavailable, refused, or did not answer in time: see message
};

struct Outcome
{
    Status status = Status::Failed;
    QString password; ///< what a read found
    QString message;  ///< why it Failed, for a person
};

Outcome readPassword(const QString &key);
Outcome writePassword(const QString &key, const QString &password);
/// NotFound when there was no entry to delete (as far as the keychain tells).
Outcome deletePassword(const QString &key);

/// The password a store connects with, after the keychain was asked.
struct DatabasePassword
{
    DatabaseUrl url;  ///< the URL to open: with the keychain's password when one was found there
    QString key;      ///< the entry looked up; empty when the keychain was not asked
    Status status = Status::NotFound; ///< of the lookup (NotFound when not asked)
    QString message;  ///< why the keychain could not answer (Failed)
};

/// The fourth source of a store's password: for a PostgreSQL or MySQL URL that got none from the URL,
/// QRONOS_DB_PASSWORD or a password file, reads the keychain entry entryKey(url). Never fails: when there is no
/// entry or no keychain, the URL comes back as it was (and the server decides whether it needs a password).
DatabasePassword lookUpDatabasePassword(const DatabaseUrl &url);

/// True when \a error, from opening a store, is the server refusing the login (a wrong or missing password).
bool isLoginRefused(const QString &error);

/// \a error, from opening the store of \a lookup, explained: when the server refused the login and no password
/// was given, the three ways to give one; when the keychain's password was refused, which entry to update.
/// Otherwise \a error unchanged.
QString explainOpenFailure(const QString &error, const DatabasePassword &lookup);

} // namespace Qronos::Keychain
