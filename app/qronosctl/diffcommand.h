#pragma once

#include <QStringList>

#include <cstdio>

namespace Qronos::Ctl {

/// `qronosctl diff --db A --db B [--group G]... [--job GROUP.NAME]... [--unchanged] [--format text|json]`: how
/// database B's schedule differs from database A's, printed as the dry-run of importing A's schedule into B
/// (`+` only in A, `~` different with B's value -> A's value, `-` only in B). \a arguments starts with how help names
/// the command ("qronosctl diff") followed by its own arguments; a global --db (\a databaseUrl, before the command)
/// counts as A when the command gives one --db.
/// Returns the exit code as diff(1) does: 0 the same, 1 different, 2 trouble (bad usage, a database that cannot be
/// opened or read: the message names A or B).
int runDiff(const QStringList &arguments, const QString &databaseUrl, std::FILE *out, std::FILE *err);

} // namespace Qronos::Ctl
