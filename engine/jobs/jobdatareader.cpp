#include "jobdatareader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::JobDataReader)
};

QString typeName(JobDataMap::Type t)
{
    switch (t) {
    case JobDataMap::Type::String: return Tr::tr("text");
    case JobDataMap::Type::Integer: return Tr::tr("an integer");
    case JobDataMap::Type::Double: return Tr::tr("a number");
    case JobDataMap::Type::Boolean: return Tr::tr("a boolean");
    }
    return {};
}

bool parseWhole(const QString &s, qint64 *out)
{
    bool ok = false;
    *out = s.trimmed().toLongLong(&ok);
    return ok;
}
} // namespace

Result<QString> JobDataReader::text(const QString &key, bool required, const QString &fallback) const
{
    if (!m_data.contains(key)) {
        if (required)
            return fail(Tr::tr("\"%1\" is required: set it to text.").arg(key));
        return fallback;
    }
    if (m_data.type(key) != JobDataMap::Type::String)
        return fail(Tr::tr("\"%1\" must be text, not %2.").arg(key, typeName(m_data.type(key))));
    const QString value = m_data.string(key);
    if (required && value.trimmed().isEmpty())
        return fail(Tr::tr("\"%1\" is required and must not be empty.").arg(key));
    return value;
}

Result<bool> JobDataReader::boolean(const QString &key, bool fallback) const
{
    if (!m_data.contains(key))
        return fallback;
    switch (m_data.type(key)) {
    case JobDataMap::Type::Boolean: return m_data.boolean(key);
    case JobDataMap::Type::String: {
        const QString s = m_data.string(key).trimmed().toLower();
        if (s == QLatin1String("true"))
            return true;
        if (s == QLatin1String("false"))
            return false;
        break;
    }
    default: break;
    }
    return fail(Tr::tr("\"%1\" must be a boolean (true or false).").arg(key));
}

Result<qint64> JobDataReader::integer(const QString &key, qint64 fallback, qint64 min, qint64 max) const
{
    if (!m_data.contains(key))
        return fallback;
    qint64 v = 0;
    bool ok = false;
    switch (m_data.type(key)) {
    case JobDataMap::Type::Integer:
        v = m_data.integer(key);
        ok = true;
        break;
    case JobDataMap::Type::Double: {
        const double d = m_data.number(key);
        ok = std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9e15;
        v = ok ? qint64(d) : 0;
        break;
    }
    case JobDataMap::Type::String: ok = parseWhole(m_data.string(key), &v); break;
    case JobDataMap::Type::Boolean: break;
    }
    if (!ok || v < min || v > max)
        return fail(Tr::tr("\"%1\" must be a whole number from %2 to %3.").arg(key).arg(min).arg(max));
    return v;
}

Result<double> JobDataReader::seconds(const QString &key) const
{
    if (!m_data.contains(key))
        return 0.0;
    double d = 0;
    bool ok = false;
    switch (m_data.type(key)) {
    case JobDataMap::Type::Integer:
    case JobDataMap::Type::Double:
        d = m_data.number(key);
        ok = true;
        break;
    case JobDataMap::Type::String: d = m_data.string(key).trimmed().toDouble(&ok); break;
    case JobDataMap::Type::Boolean: break;
    }
    // Upper bound: a year, far past any sensible job and well inside qint64 milliseconds.
    if (!ok || !std::isfinite(d) || d < 0 || d > 366.0 * 24 * 3600)
        return fail(Tr::tr("\"%1\" must be a number of seconds from 0 (no limit) to 31622400.").arg(key));
    return d;
}

Result<QJsonDocument> JobDataReader::jsonText(const QString &key, const QString &expected) const
{
    if (m_data.type(key) != JobDataMap::Type::String)
        return fail(expected + Tr::tr("; it is %1.").arg(typeName(m_data.type(key))));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(m_data.string(key).toUtf8(), &err);
    if (err.error != QJsonParseError::NoError)
        return fail(expected + Tr::tr("; the JSON is invalid at offset %1: %2.").arg(err.offset).arg(err.errorString()));
    return doc;
}

Result<QStringList> JobDataReader::stringList(const QString &key) const
{
    if (!m_data.contains(key))
        return QStringList();
    const QString expected = Tr::tr("\"%1\" must be a JSON array of strings in a text value, e.g. [\"-l\", \"/tmp\"]")
                                 .arg(key);
    const Result<QJsonDocument> parsed = jsonText(key, expected);
    if (!parsed)
        return fail(parsed.error());
    const QJsonDocument &doc = *parsed;
    if (!doc.isArray())
        return fail(expected + Tr::tr("; it is not an array."));
    QStringList out;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return fail(expected + Tr::tr("; element %1 is not a string.").arg(i));
        out.append(array.at(i).toString());
    }
    return out;
}

Result<QMap<QString, QString>> JobDataReader::stringMap(const QString &key, bool allowNull) const
{
    if (!m_data.contains(key))
        return QMap<QString, QString>();
    const QString expected =
        Tr::tr("\"%1\" must be a JSON object of strings in a text value, e.g. {\"NAME\": \"value\"}").arg(key);
    const Result<QJsonDocument> parsed = jsonText(key, expected);
    if (!parsed)
        return fail(parsed.error());
    const QJsonDocument &doc = *parsed;
    if (!doc.isObject())
        return fail(expected + Tr::tr("; it is not an object."));
    QMap<QString, QString> out;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().isEmpty())
            return fail(expected + Tr::tr("; a name is empty."));
        if (it.value().isString())
            out.insert(it.key(), it.value().toString());
        else if (allowNull && it.value().isNull())
            out.insert(it.key(), QString());
        else
            return fail(expected + Tr::tr("; the value of \"%1\" is not a string.").arg(it.key()));
    }
    return out;
}

Result<QList<JobDataReader::Range>> JobDataReader::ranges(const QString &key, const QList<Range> &fallback,
                                                          qint64 min, qint64 max) const
{
    if (!m_data.contains(key))
        return fallback;
    const QString expected = Tr::tr("\"%1\" must be a number or a list of numbers and ranges from %2 to %3, "
                                    "e.g. \"0\", \"0,2\" or \"200-299,304\"")
                                 .arg(key)
                                 .arg(min)
                                 .arg(max);
    QString spec;
    switch (m_data.type(key)) {
    case JobDataMap::Type::Integer: spec = QString::number(m_data.integer(key)); break;
    case JobDataMap::Type::String: spec = m_data.string(key); break;
    default: return fail(expected + Tr::tr("; it is %1.").arg(typeName(m_data.type(key))));
    }
    QList<Range> out;
    const QStringList parts = spec.split(QLatin1Char(','));
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        // A leading '-' is a sign (exit codes can be negative on some systems), so look past it.
        const qsizetype dash = part.indexOf(QLatin1Char('-'), 1);
        Range r{0, 0};
        bool ok = false;
        if (dash < 0) {
            ok = parseWhole(part, &r.first);
            r.last = r.first;
        } else {
            ok = parseWhole(part.left(dash), &r.first) && parseWhole(part.mid(dash + 1), &r.last);
        }
        if (!ok)
            return fail(expected + Tr::tr("; \"%1\" is not a number or range.").arg(part));
        if (r.first > r.last || r.first < min || r.last > max)
            return fail(expected + Tr::tr("; \"%1\" is out of order or out of bounds.").arg(part));
        out.append(r);
    }
    return out;
}

bool JobDataReader::inRanges(const QList<Range> &ranges, qint64 value)
{
    for (const Range &r : ranges) {
        if (r.contains(value))
            return true;
    }
    return false;
}

} // namespace Qronos
