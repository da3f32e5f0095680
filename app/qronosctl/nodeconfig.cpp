#include "nodeconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <vector>

namespace Qronos::NodeConfig {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::NodeConfig)
};

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[std::size_t(j)];
            row[std::size_t(j)] = std::min({above + 1, row[std::size_t(j - 1)] + 1,
                                            diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}
} // namespace

const QStringList &knownKeys()
{
    static const QStringList keys{
        QStringLiteral("db"),          QStringLiteral("instance-id"),  QStringLiteral("threads"),
        QStringLiteral("tags"),        QStringLiteral("allow-job-types"), QStringLiteral("metrics"),
        QStringLiteral("plugin-dir"),  QStringLiteral("data-sources"), QStringLiteral("grace-period"),
        QStringLiteral("batch-size"),  QStringLiteral("idle-wait"),    QStringLiteral("misfire-threshold"),
        QStringLiteral("log-format"),  QStringLiteral("history-retention"), QStringLiteral("history-max-rows"),
        QStringLiteral("checkin-interval"), QStringLiteral("failure-grace"),
    };
    return keys;
}

QString nearestKey(const QString &key)
{
    const QString wanted = key.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    QString best;
    int bestDistance = 4; // more edits than this is no longer a typo
    for (const QString &known : knownKeys()) {
        // A shortened key ("batch" for "batch-size") is as near as a one-letter typo.
        const bool shortened = wanted.size() >= 3 && known.startsWith(wanted);
        const int d = shortened ? 1 : editDistance(wanted, known);
        if (d < bestDistance) {
            bestDistance = d;
            best = known;
        }
    }
    return best;
}

Result<QMap<QString, QString>> parse(const QString &text, const QString &fileName)
{
    QMap<QString, QString> values;
    QMap<QString, int> lineOf;
    const QList<QStringView> lines = QStringView(text).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i + 1);
        const QStringView line = lines[i].trimmed(); // also drops the \r of CRLF files
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto problem = [&](const QString &what) {
            return fail(QStringLiteral("%1:%2: %3").arg(fileName).arg(number).arg(what));
        };
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0)
            return problem(Tr::tr("expected \"key = value\", found \"%1\".").arg(line));
        const QString key = line.left(equals).trimmed().toString();
        const QString value = line.mid(equals + 1).trimmed().toString();
        if (key.isEmpty())
            return problem(Tr::tr("a key is missing before '='."));
        if (!knownKeys().contains(key)) {
            const QString nearest = nearestKey(key);
            return problem(nearest.isEmpty()
                               ? Tr::tr("unknown key \"%1\"; the keys are: %2.").arg(key, knownKeys().join(QStringLiteral(", ")))
                               : Tr::tr("unknown key \"%1\"; did you mean \"%2\"?").arg(key, nearest));
        }
        if (lineOf.contains(key))
            return problem(Tr::tr("\"%1\" is already set on line %2; set each key once.").arg(key).arg(lineOf.value(key)));
        if (value.isEmpty())
            return problem(Tr::tr("\"%1\" has no value; remove the line to keep the default.").arg(key));
        values.insert(key, value);
        lineOf.insert(key, number);
    }
    return values;
}

QStringList asArguments(const QMap<QString, QString> &values)
{
    QStringList arguments;
    for (const QString &key : knownKeys()) {
        if (values.contains(key))
            arguments << QStringLiteral("--%1=%2").arg(key, values.value(key));
    }
    return arguments;
}

Result<QMap<QString, QString>> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("Cannot read the configuration file %1: %2.").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(Tr::tr("Cannot read the configuration file %1: %2.").arg(path, file.errorString()));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return fail(Tr::tr("The configuration file %1 is not UTF-8 text.").arg(path));
    return parse(text, path);
}

} // namespace Qronos::NodeConfig
