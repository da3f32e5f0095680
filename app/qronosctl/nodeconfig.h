#pragma once

#include "result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace Qronos::NodeConfig {

/// The keys a node configuration file may set: the long options of `qronosctl node` that take a value.
const QStringList &knownKeys();

/// Reads a `qronosctl node --config FILE` file: UTF-8 text of `key = value` lines, whole-line `#`
/// comments and blank lines. Keys are knownKeys(); a value is the rest of the line after the first
/// '=', trimmed, taken literally (a '#' inside it is part of the value, no quoting). Each key at
/// most once. Fails with "FILE:LINE: problem" on the first line in error (an unknown key names the
/// nearest known one), or when the file cannot be read.
Result<QMap<QString, QString>> read(const QString &path);

/// The same for text already read; `fileName` only names the source in messages.
Result<QMap<QString, QString>> parse(const QString &text, const QString &fileName);

/// The values as `--key=value` arguments, in knownKeys() order. Put them before the command line's own
/// options: QCommandLineParser::value() answers the last occurrence, so the command line wins.
///     args = {args.first()} + NodeConfig::asArguments(*values) + args.mid(1);
QStringList asArguments(const QMap<QString, QString> &values);

/// The known key nearest to `key` (at most 3 edits, or a known key that `key` begins), or empty when none is near.
QString nearestKey(const QString &key);

} // namespace Qronos::NodeConfig
