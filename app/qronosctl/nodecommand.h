#pragma once

#include <QStringList>

#include <cstdio>

namespace Qronos::Ctl {

/// `qronosctl node`: runs a headless scheduler node until SIGINT or SIGTERM, then lets running jobs finish
/// within the grace period. Prints one line per execution unless --quiet. Returns the exit code.
int runNode(const QStringList &arguments, const QString &databaseUrl, std::FILE *out, std::FILE *err);

} // namespace Qronos::Ctl
