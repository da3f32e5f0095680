#pragma once

#include <QStringList>

#include <cstdio>

namespace Qronos::Ctl {

/// True when \a arguments (the program's, the program name first) ask for a Java Quartz database: a global
/// --quartz-db URL (or --quartz-db=URL) before the command.
bool wantsQuartzDatabase(const QStringList &arguments);

/// `qronosctl --quartz-db URL [--quartz-prefix QRTZ_] [--quartz-scheduler NAME] <command> ...`: reads an existing Java
/// Quartz 2.x database (schedulers, jobs, triggers, calendars, nodes, running) and, with --yes, pauses/resumes a
/// trigger or group, fires a job now or deletes a trigger the way Quartz would. \a arguments are the program's.
/// Returns the exit code (0 ok, 1 runtime failure, 2 bad usage or input).
int runQuartzDatabase(const QStringList &arguments, std::FILE *out, std::FILE *err);

} // namespace Qronos::Ctl
