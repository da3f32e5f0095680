#pragma once

#include "jobs/jobtyperegistry.h"
#include "result.h"
#include "store/sqljobstore.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <cstdio>
#include <memory>

namespace Qronos::Ctl {

/// Exit codes of every qronosctl command.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

void print(std::FILE *f, const QString &text);
/// Prints "qronosctl: \a message" to \a err and returns \a code (an ExitCode).
int failWith(std::FILE *err, const QString &message, int code);

/// The database a command uses when --db is not given: $QRONOS_DB, else the embedded SQLite file the console
/// uses (in the platform's app-data folder).
QString defaultDatabaseUrl();

/// Adds --db to a command's parser.
QCommandLineOption databaseOption();

/// Opens (creating and migrating) the store at \a urlText for \a instanceId, with the node's misfire threshold and
/// clock (the system clock when null).
/// When the URL, QRONOS_DB_PASSWORD and a password file give no password, the OS keychain's is used (see
/// app/common/keychain.h); a refused login then says how to give one.
Result<std::shared_ptr<SqlJobStore>> openStore(const QString &urlText, const QString &instanceId = {},
                                               qint64 misfireThresholdMs = 60000,
                                               std::shared_ptr<Clock> clock = nullptr);

/// The job types a qronosctl process knows: the built-in ones (plus plugins and data sources once given).
std::shared_ptr<JobTypeRegistry> builtInRegistry();

/// Output format of the listing commands.
enum class Format { Table, Csv, Json };
QCommandLineOption formatOption();
/// Reads --format; fails naming the value.
Result<Format> formatFrom(const QCommandLineParser &parser, const QCommandLineOption &option);

/// Prints rows as an aligned table (headers upper-cased), RFC 4180 CSV (headers as given), or a JSON array of
/// objects (keys as given, values keeping their JSON types). Every row has the columns' keys.
void printRows(std::FILE *out, Format format, const QStringList &columns, const QList<QJsonObject> &rows);

/// Parses a command's arguments (the first is how help names the command, e.g. "qronosctl node"): prints help
/// (returns ExitOk) or the parser's error (ExitUsage); returns -1 when the command should go on.
int parseOrExit(QCommandLineParser &parser, const QStringList &arguments, std::FILE *out, std::FILE *err);

/// "group.name" or "name" (group DEFAULT).
template <typename KeyT>
KeyT keyFromText(const QString &text, const QString &groupOverride = {})
{
    if (!groupOverride.isEmpty())
        return KeyT(text, groupOverride);
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return KeyT(text);
    return KeyT(text.mid(dot + 1), text.left(dot));
}

/// The jobs of a repeatable --job option, each "group.name" or "name" (group DEFAULT); fails naming the first value
/// that is neither.
Result<QList<JobKey>> jobKeysFrom(const QStringList &values);

/// A duration such as 500ms, 30s, 5m, 2h, 1d (a bare number is seconds); nullopt when unreadable.
std::optional<qint64> parseDurationMs(const QString &text);

} // namespace Qronos::Ctl
