#pragma once

#include <QStringList>

#include <cstdio>

namespace Qronos::Ctl {

/// The commands that read or change a store without running a node: init, jobs, triggers, calendars,
/// history, pause, resume, fire, delete, add-job, add-trigger. \a arguments starts with the program name
/// followed by the command's own arguments; \a databaseUrl is the global --db (may be empty).
/// Returns the exit code (0 ok, 1 runtime failure, 2 bad usage or input). -1 when \a command is not one of them.
int runStoreCommand(const QString &command, const QStringList &arguments, const QString &databaseUrl,
                    std::FILE *out, std::FILE *err);

} // namespace Qronos::Ctl
