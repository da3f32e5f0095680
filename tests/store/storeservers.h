#pragma once

// The database servers of the store tests: the URL of the PostgreSQL or MariaDB server that ctest's store_servers
// fixture started (tests/support/storeservers.sh), or one given in the environment.

#include <QFile>
#include <QProcessEnvironment>
#include <QString>

namespace Qronos::StoreTest {

/// The URL in $\a envName, else the one the fixture wrote to $QRONOS_TEST_SERVERS_DIR/\a fixtureName/url; empty when
/// neither exists (the test then runs on SQLite only, or fails when the servers are required).
inline QString serverUrl(const char *envName, const char *fixtureName)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString direct = env.value(QLatin1String(envName));
    if (!direct.isEmpty())
        return direct;
    const QString dir = env.value(QStringLiteral("QRONOS_TEST_SERVERS_DIR"));
    if (dir.isEmpty())
        return {};
    QFile file(dir + QLatin1Char('/') + QLatin1String(fixtureName) + QStringLiteral("/url"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

/// \a url with one more query option ("prefix=T1_").
inline QString withOption(const QString &url, const QString &option)
{
    return url + (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + option;
}

} // namespace Qronos::StoreTest
