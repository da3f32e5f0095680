#pragma once

#include "store/databaseurl.h"

#include <QString>

namespace Qronos {

/// Where the console keeps database passwords, seen from ui/: the application supplies the implementation (the
/// OS keychain, app/common/keychainpasswordstore.h), tests a fake. ui/ never links the keychain itself.
///
/// Calls are synchronous and quick (a keychain call waits a few seconds at most); call them on the GUI thread.
/// An entry belongs to a login (kind, user, host, port, database), not to a URL's options: entryName() tells
/// which one a URL uses. SQLite has no password: every call answers NotFound for it.
class PasswordStore
{
public:
    enum class Status {
        Ok,       ///< done (a read found the entry)
        NotFound, ///< no entry for this login
        Failed    ///< the store is unavailable, refused, or did not answer: see message
    };

    /// What one call found.
    struct Outcome
    {
        Status status = Status::Failed;
        QString password; ///< what a read found
        QString message;  ///< why it failed, for a person
    };

    PasswordStore() = default;
    virtual ~PasswordStore() = default;
    Q_DISABLE_COPY_MOVE(PasswordStore)

    /// Where the passwords are kept, for a sentence such as "Kept in <location>", e.g. "the keychain of this
    /// computer (service “Qronos”)".
    virtual QString location() const = 0;
    /// The entry \a url's password is kept under (empty for SQLite).
    virtual QString entryName(const DatabaseUrl &url) const = 0;

    virtual Outcome read(const DatabaseUrl &url) = 0;
    virtual Outcome write(const DatabaseUrl &url, const QString &password) = 0;
    /// NotFound when there was no entry to remove.
    virtual Outcome remove(const DatabaseUrl &url) = 0;
};

} // namespace Qronos
