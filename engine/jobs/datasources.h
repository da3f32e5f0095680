#pragma once

#include "result.h"
#include "store/databaseurl.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Qronos {

/// The databases a node lets `sql` jobs use, by name: jobs name a data source, never a URL or a
/// password. Read from a file the node was given, one source a line:
///
///     # comment
///     reporting = postgresql://report@db.example.com:5432/reports?passwordFile=/etc/qronos/reporting.pw
///     local     = sqlite:///var/lib/app/app.db
///
/// A name is a letter followed by letters, digits, '_' or '-' (at most 64). The URL is a DatabaseUrl.
/// Its password comes from, in order: the URL itself (discouraged), the variable
/// QRONOS_DS_<NAME>_PASSWORD, the file named by the URL's ?passwordFile=, the file named by
/// QRONOS_DS_<NAME>_PASSWORD_FILE (<NAME>: the name in upper case, '-' as '_'). The node's own
/// QRONOS_DB_PASSWORD is never used for a data source.
///
/// Immutable once built, so one instance may be shared by every worker thread.
class DataSources final
{
public:
    DataSources() = default;

    /// Parses the text of a data-sources file. \a origin (usually the file path) starts every error,
    /// with the line number: "origin:3: ...". Each URL is checked, and its password file read, now.
    static Result<DataSources> parse(const QString &text, const QString &origin,
                                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    /// Reads and parses the file at \a path.
    static Result<DataSources> load(const QString &path,
                                    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    /// True when \a name may name a data source.
    static bool isValidName(const QString &name);
    /// The variable that holds the password of data source \a name: QRONOS_DS_<NAME>_PASSWORD.
    static QString passwordVariable(const QString &name);

    bool isEmpty() const { return m_urls.isEmpty(); }
    /// The names, sorted.
    QStringList names() const { return m_urls.keys(); }
    bool contains(const QString &name) const { return m_urls.contains(name); }
    /// Where the sources came from (the file path), for messages; empty when built from nothing.
    QString origin() const { return m_origin; }

    /// The database of data source \a name, with its password read now (so a rotated password file
    /// takes effect on the next run). An unknown name is an error that lists the known ones.
    Result<DatabaseUrl> resolve(const QString &name) const;

private:
    /// The environment DatabaseUrl::parse sees for source \a name: only its own password variables,
    /// renamed to the ones DatabaseUrl reads.
    QProcessEnvironment environmentFor(const QString &name) const;

    QMap<QString, QString> m_urls; // name -> URL text as written
    QProcessEnvironment m_environment;
    QString m_origin;
};

} // namespace Qronos
