#pragma once

#include <QStringList>

#include <cstdio>

namespace Qronos {

/// `qronosctl preview`: next fire times for people, or the --batch line protocol for tools.
/// Returns the process exit code (0 ok, 2 bad arguments).
int runPreview(const QStringList &arguments, std::FILE *out, std::FILE *err);

} // namespace Qronos
