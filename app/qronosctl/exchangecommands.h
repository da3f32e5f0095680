#pragma once

#include <QStringList>

#include <cstdio>

namespace Qronos::Ctl {

/// `qronosctl export [--out FILE] [--group G]... [--job GROUP.NAME]... [--format json|quartz-xml]` and
/// `qronosctl import FILE [--dry-run] [--format json|quartz-xml]`: the schedule as a "qronos/1" JSON file (or Quartz
/// XML), and a safe import of one (the plan first; applying in one transaction). \a arguments starts with how help
/// names the command ("qronosctl export") followed by its own arguments; \a databaseUrl is the global --db.
/// Returns the exit code: 0 ok, 1 runtime failure, 2 bad usage or input (every located problem on \a err, nothing
/// changed). -1 when \a command is neither.
int runExchangeCommand(const QString &command, const QStringList &arguments, const QString &databaseUrl,
                       std::FILE *out, std::FILE *err);

} // namespace Qronos::Ctl
