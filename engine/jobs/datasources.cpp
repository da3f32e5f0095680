#include "datasources.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::DataSources)
};

constexpr qsizetype MaxNameLength = 64;

/// The part of the variable names that stands for \a name: upper case, '-' as '_'.
QString variableStem(const QString &name)
{
    QString stem = name.toUpper();
    stem.replace(QLatin1Char('-'), QLatin1Char('_'));
    return stem;
}

QString fileVariable(const QString &name)
{
    return QLatin1String("QRONOS_DS_") + variableStem(name) + QLatin1String("_PASSWORD_FILE");
}
} // namespace

bool DataSources::isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > MaxNameLength)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool letter = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
        const bool other = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('-');
        if (!letter && (i == 0 || !other))
            return false;
    }
    return true;
}

QString DataSources::passwordVariable(const QString &name)
{
    return QLatin1String("QRONOS_DS_") + variableStem(name) + QLatin1String("_PASSWORD");
}

QProcessEnvironment DataSources::environmentFor(const QString &name) const
{
    QProcessEnvironment env; // empty: nothing of the node's own environment
    if (const QString var = passwordVariable(name); m_environment.contains(var))
        env.insert(QStringLiteral("QRONOS_DB_PASSWORD"), m_environment.value(var));
    if (const QString var = fileVariable(name); m_environment.contains(var))
        env.insert(QStringLiteral("QRONOS_DB_PASSWORD_FILE"), m_environment.value(var));
    return env;
}

Result<DataSources> DataSources::parse(const QString &text, const QString &origin, const QProcessEnvironment &environment)
{
    DataSources sources;
    sources.m_environment = environment;
    sources.m_origin = origin;
    const QString where = origin.isEmpty() ? Tr::tr("data sources") : origin;

    QHash<QString, int> lineOfName;     // for "already defined on line N"
    QHash<QString, QString> nameOfStem; // two names must not share a password variable
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0) {
            return fail(Tr::tr("%1:%2: expected \"name = URL\", e.g. \"reporting = "
                               "postgresql://report@db.example.com:5432/reports\".")
                            .arg(where)
                            .arg(lineNumber));
        }
        const QString name = line.left(eq).trimmed();
        const QString url = line.mid(eq + 1).trimmed();
        if (!isValidName(name)) {
            return fail(Tr::tr("%1:%2: \"%3\" is not a data source name: use a letter followed by letters, digits, "
                               "'_' or '-' (at most %4).")
                            .arg(where)
                            .arg(lineNumber)
                            .arg(name)
                            .arg(MaxNameLength));
        }
        if (const auto it = lineOfName.constFind(name); it != lineOfName.cend()) {
            return fail(Tr::tr("%1:%2: the data source \"%3\" is already defined on line %4.")
                            .arg(where)
                            .arg(lineNumber)
                            .arg(name)
                            .arg(*it));
        }
        const QString stem = variableStem(name);
        if (const auto it = nameOfStem.constFind(stem); it != nameOfStem.cend()) {
            return fail(Tr::tr("%1:%2: the data sources \"%3\" and \"%4\" would share the password variable %5; "
                               "rename one of them.")
                            .arg(where)
                            .arg(lineNumber)
                            .arg(*it, name, passwordVariable(name)));
        }
        if (url.isEmpty())
            return fail(Tr::tr("%1:%2: the data source \"%3\" has no URL after '='.").arg(where).arg(lineNumber).arg(name));
        sources.m_urls.insert(name, url);
        const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url, sources.environmentFor(name));
        if (!parsed) {
            return fail(Tr::tr("%1:%2: data source \"%3\": %4").arg(where).arg(lineNumber).arg(name, parsed.error()));
        }
        lineOfName.insert(name, lineNumber);
        nameOfStem.insert(stem, name);
    }
    return sources;
}

Result<DataSources> DataSources::load(const QString &path, const QProcessEnvironment &environment)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(Tr::tr("Cannot read the data-sources file \"%1\": %2.").arg(path, file.errorString()));
    return parse(QString::fromUtf8(file.readAll()), path, environment);
}

Result<DatabaseUrl> DataSources::resolve(const QString &name) const
{
    const auto it = m_urls.constFind(name);
    if (it == m_urls.cend()) {
        if (m_urls.isEmpty() && m_origin.isEmpty())
            return fail(Tr::tr("Unknown data source \"%1\": this node has no data sources (it was started without a "
                               "data-sources file).")
                            .arg(name));
        if (m_urls.isEmpty())
            return fail(Tr::tr("Unknown data source \"%1\": this node has no data sources (its data-sources file "
                               "\"%2\" defines none).")
                            .arg(name, m_origin));
        return fail(Tr::tr("Unknown data source \"%1\"; this node knows: %2 (from %3).")
                        .arg(name, names().join(QLatin1String(", ")),
                             m_origin.isEmpty() ? Tr::tr("its data sources") : m_origin));
    }
    const Result<DatabaseUrl> url = DatabaseUrl::parse(*it, environmentFor(name));
    if (!url)
        return fail(Tr::tr("Data source \"%1\": %2").arg(name, url.error()));
    return url;
}

} // namespace Qronos
