#pragma once

#include <QStringList>

#include <cstdio>

namespace Qronos::Ctl {

/// `qronosctl password set|delete|check`: a database's password in the OS keychain (see app/common/keychain.h).
/// \a arguments starts with how help names the command ("qronosctl password") followed by its own arguments;
/// \a databaseUrl is the global --db (may be empty). \a in is where `set` reads the password.
/// Returns the exit code: 0 ok (check: a password is stored), 1 runtime failure (check: none is stored),
/// 2 bad usage or input.
int runPassword(const QStringList &arguments, const QString &databaseUrl, std::FILE *in, std::FILE *out,
                std::FILE *err);

} // namespace Qronos::Ctl
