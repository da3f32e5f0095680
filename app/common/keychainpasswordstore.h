#pragma once

#include "keychain.h"
#include "passwordstore.h"

#include <QCoreApplication>

namespace Qronos {

/// The console's PasswordStore: the OS keychain through Qronos::Keychain, the same entries `qronosctl password`
/// reads and writes. Header-only so that only the console (which links both qronos_ui and qronos_keychain)
/// compiles it: `KeychainPasswordStore passwords; ConnectionDialog dialog(&passwords, &window);`.
class KeychainPasswordStore final : public PasswordStore
{
public:
    KeychainPasswordStore() = default;

    QString location() const override
    {
        return QCoreApplication::translate("Qronos::KeychainPasswordStore",
                                           "the keychain of this computer (service \u201c%1\u201d)")
            .arg(Keychain::serviceName());
    }

    QString entryName(const DatabaseUrl &url) const override { return Keychain::entryKey(url); }

    Outcome read(const DatabaseUrl &url) override { return convert(url, [](const QString &key) { return Keychain::readPassword(key); }); }

    Outcome write(const DatabaseUrl &url, const QString &password) override
    {
        return convert(url, [&password](const QString &key) { return Keychain::writePassword(key, password); });
    }

    Outcome remove(const DatabaseUrl &url) override
    {
        return convert(url, [](const QString &key) { return Keychain::deletePassword(key); });
    }

private:
    template <typename Call>
    static Outcome convert(const DatabaseUrl &url, Call call)
    {
        const QString key = Keychain::entryKey(url);
        if (key.isEmpty())
            return {Status::NotFound, {}, {}};
        const Keychain::Outcome outcome = call(key);
        Outcome result;
        result.password = outcome.password;
        result.message = outcome.message;
        switch (outcome.status) {
        case Keychain::Status::Ok: result.status = Status::Ok; break;
        case Keychain::Status::NotFound: result.status = Status::NotFound; break;
        case Keychain::Status::Failed: result.status = Status::Failed; break;
        }
        return result;
    }
};

} // namespace Qronos
