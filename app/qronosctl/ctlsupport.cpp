#include "ctlsupport.h"

#include "keychain.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Qronos::Ctl {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qronosctl)
};

QString cellText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String: return v.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QString();
    default: return QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                                          .toJson(QJsonDocument::Compact));
    }
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

void print(std::FILE *f, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), f);
}

int failWith(std::FILE *err, const QString &message, int code)
{
    print(err, Tr::tr("qronosctl: %1\n").arg(message));
    return code;
}

QString defaultDatabaseUrl()
{
    const QString fromEnv = QProcessEnvironment::systemEnvironment().value(QStringLiteral("QRONOS_DB"));
    if (!fromEnv.isEmpty())
        return fromEnv;
    // The console's embedded store: one place per user, shared by `qronos` and `qronosctl`.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QStringLiteral("sqlite://") + QDir(dir).filePath(QStringLiteral("qronos/qronos.db"));
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              Tr::tr("Database URL (default: $QRONOS_DB, else %1).").arg(defaultDatabaseUrl()),
                              Tr::tr("url"));
}

Result<std::shared_ptr<SqlJobStore>> openStore(const QString &urlText, const QString &instanceId,
                                               qint64 misfireThresholdMs, std::shared_ptr<Clock> clock)
{
    Result<DatabaseUrl> url = DatabaseUrl::parse(urlText.isEmpty() ? defaultDatabaseUrl() : urlText);
    if (!url)
        return fail(url.error());
    if (url->kind() == DatabaseUrl::Kind::Sqlite && url->database() != QLatin1String(":memory:")) {
        // The default file lives in a folder that may not exist yet.
        const QFileInfo file(url->database());
        if (!QDir().mkpath(file.absolutePath()))
            return fail(Tr::tr("Cannot create the folder %1 for the database.").arg(file.absolutePath()));
    }
    SqlJobStore::Options options;
    if (!instanceId.isEmpty())
        options.instanceId = instanceId;
    options.misfireThresholdMs = misfireThresholdMs;
    if (clock)
        options.clock = std::move(clock);
    // No password from the URL, the environment or a file: the OS keychain's, if it has one (quietly none otherwise).
    const Keychain::DatabasePassword password = Keychain::lookUpDatabasePassword(*url);
    Result<std::unique_ptr<SqlJobStore>> store = SqlJobStore::open(password.url, options);
    if (!store)
        return fail(Keychain::explainOpenFailure(store.error(), password));
    return std::shared_ptr<SqlJobStore>(std::move(store).value());
}

std::shared_ptr<JobTypeRegistry> builtInRegistry()
{
    auto registry = std::make_shared<JobTypeRegistry>();
    if (Result<Done> r = registerBuiltInJobTypes(*registry); !r)
        print(stderr, r.error() + QLatin1Char('\n'));
    return registry;
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), Tr::tr("Output format: table (default), csv or json."),
                              Tr::tr("format"), QStringLiteral("table"));
}

Result<Format> formatFrom(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString value = parser.value(option);
    if (value == QLatin1String("table"))
        return Format::Table;
    if (value == QLatin1String("csv"))
        return Format::Csv;
    if (value == QLatin1String("json"))
        return Format::Json;
    return fail(Tr::tr("--format must be table, csv or json, not \"%1\".").arg(value));
}

void printRows(std::FILE *out, Format format, const QStringList &columns, const QList<QJsonObject> &rows)
{
    if (format == Format::Json) {
        // Keys in column order (QJsonObject would sort them), one object per line: stable and diff-friendly.
        const auto valueText = [](const QJsonValue &v) {
            const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
            return a.mid(1, a.size() - 2);
        };
        QByteArray text = "[";
        for (qsizetype r = 0; r < rows.size(); ++r) {
            text += r ? ",\n  {" : "\n  {";
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (i)
                    text += ", ";
                text += valueText(columns.at(i)) + ": " + valueText(rows.at(r).value(columns.at(i)));
            }
            text += '}';
        }
        text += rows.isEmpty() ? "]\n" : "\n]\n";
        std::fwrite(text.constData(), 1, size_t(text.size()), out);
        return;
    }
    if (format == Format::Csv) {
        QStringList header;
        for (const QString &c : columns)
            header.append(csvField(c));
        QString text = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        for (const QJsonObject &row : rows) {
            QStringList fields;
            for (const QString &c : columns)
                fields.append(csvField(cellText(row.value(c))));
            text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
        print(out, text);
        return;
    }
    QList<int> widths;
    for (const QString &c : columns)
        widths.append(int(c.size()));
    QList<QStringList> cells;
    for (const QJsonObject &row : rows) {
        QStringList line;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            QString t = cellText(row.value(columns.at(i))).simplified();
            if (t.size() > 60)
                t = t.left(57) + QStringLiteral("...");
            widths[i] = qMax(widths[i], int(t.size()));
            line.append(t);
        }
        cells.append(line);
    }
    const auto emitLine = [&](const QStringList &line) {
        QString text;
        for (qsizetype i = 0; i < line.size(); ++i)
            text += i + 1 < line.size() ? line.at(i).leftJustified(widths.at(i) + 2) : line.at(i);
        print(out, text + QLatin1Char('\n'));
    };
    QStringList header;
    for (const QString &c : columns)
        header.append(c.toUpper());
    emitLine(header);
    for (const QStringList &line : cells)
        emitLine(line);
}

int parseOrExit(QCommandLineParser &parser, const QStringList &arguments, std::FILE *out, std::FILE *err)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        print(err, parser.errorText() + QLatin1Char('\n'));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its path; say "qronosctl <command>" as the caller passed it.
        QString text = parser.helpText();
        const QString exe = QCoreApplication::arguments().value(0);
        if (!exe.isEmpty() && text.startsWith(QLatin1String("Usage: ") + exe))
            text.replace(7, exe.size(), arguments.value(0));
        print(out, text);
        return ExitOk;
    }
    return -1;
}

Result<QList<JobKey>> jobKeysFrom(const QStringList &values)
{
    QList<JobKey> keys;
    for (const QString &text : values) {
        const JobKey key = keyFromText<JobKey>(text);
        if (key.name().isEmpty())
            return fail(Tr::tr("--job \"%1\" is not a job name or group.name.").arg(text));
        keys.append(key);
    }
    return keys;
}

std::optional<qint64> parseDurationMs(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    double factor = 1000;
    if (unit == QLatin1String("ms"))
        factor = 1;
    else if (unit == QLatin1String("m"))
        factor = 60000;
    else if (unit == QLatin1String("h"))
        factor = 3600000;
    else if (unit == QLatin1String("d"))
        factor = 86400000;
    const double ms = value * factor;
    if (ms > 9.0e15)
        return std::nullopt;
    return qint64(ms);
}

} // namespace Qronos::Ctl
