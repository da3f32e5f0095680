#include "jobdatamap.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace Qronos {

namespace {
constexpr double MaxExactInteger = 9007199254740992.0; // 2^53: beyond this JSON numbers lose integers
}

JobDataMap::Type JobDataMap::type(const QString &key) const
{
    switch (m_values.value(key).typeId()) {
    case QMetaType::LongLong: return Type::Integer;
    case QMetaType::Double: return Type::Double;
    case QMetaType::Bool: return Type::Boolean;
    default: return Type::String;
    }
}

QString JobDataMap::string(const QString &key, const QString &fallback) const
{
    const QVariant v = m_values.value(key);
    return v.isValid() ? v.toString() : fallback;
}

qint64 JobDataMap::integer(const QString &key, qint64 fallback) const
{
    bool ok = false;
    const qint64 v = m_values.value(key).toLongLong(&ok);
    return ok ? v : fallback;
}

double JobDataMap::number(const QString &key, double fallback) const
{
    bool ok = false;
    const double v = m_values.value(key).toDouble(&ok);
    return ok ? v : fallback;
}

bool JobDataMap::boolean(const QString &key, bool fallback) const
{
    const QVariant v = m_values.value(key);
    if (!v.isValid())
        return fallback;
    if (v.typeId() == QMetaType::QString)
        return v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return v.toBool();
}

JobDataMap JobDataMap::mergedWith(const JobDataMap &other) const
{
    JobDataMap merged = *this;
    for (auto it = other.m_values.cbegin(); it != other.m_values.cend(); ++it)
        merged.m_values.insert(it.key(), it.value());
    return merged;
}

QJsonObject JobDataMap::toJson() const
{
    QJsonObject json;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const QVariant &v = it.value();
        switch (v.typeId()) {
        case QMetaType::LongLong: {
            const qint64 i = v.toLongLong();
            constexpr qint64 exact = qint64(1) << 53;
            if (i >= -exact && i <= exact)
                json.insert(it.key(), i);
            else
                json.insert(it.key(), QJsonObject{{QStringLiteral("integer"), QString::number(i)}});
            break;
        }
        case QMetaType::Double: {
            const double d = v.toDouble();
            if (std::isfinite(d) && d == std::floor(d))
                json.insert(it.key(), QJsonObject{{QStringLiteral("double"), d}});
            else if (std::isfinite(d))
                json.insert(it.key(), d);
            else
                json.insert(it.key(), QJsonObject{{QStringLiteral("double"), QString::number(d)}});
            break;
        }
        case QMetaType::Bool: json.insert(it.key(), v.toBool()); break;
        default: json.insert(it.key(), v.toString()); break;
        }
    }
    return json;
}

Result<JobDataMap> JobDataMap::fromJson(const QJsonObject &json)
{
    JobDataMap map;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QJsonValue v = it.value();
        switch (v.type()) {
        case QJsonValue::String: map.put(it.key(), v.toString()); break;
        case QJsonValue::Bool: map.put(it.key(), v.toBool()); break;
        case QJsonValue::Double: {
            const double d = v.toDouble();
            if (d == std::floor(d) && std::fabs(d) <= MaxExactInteger)
                map.put(it.key(), qint64(d));
            else
                map.put(it.key(), d);
            break;
        }
        case QJsonValue::Object: {
            const QJsonObject o = v.toObject();
            if (o.size() == 1 && o.contains(QStringLiteral("double"))) {
                const QJsonValue d = o.value(QStringLiteral("double"));
                bool ok = d.isDouble();
                const double value = ok ? d.toDouble() : d.toString().toDouble(&ok);
                if (ok) {
                    map.put(it.key(), value);
                    break;
                }
            } else if (o.size() == 1 && o.value(QStringLiteral("integer")).isString()) {
                bool ok = false;
                const qint64 value = o.value(QStringLiteral("integer")).toString().toLongLong(&ok);
                if (ok) {
                    map.put(it.key(), value);
                    break;
                }
            }
            return fail(QCoreApplication::translate("Qronos::JobDataMap",
                                                    "Job data \"%1\": an object value must be {\"double\": number} "
                                                    "or {\"integer\": \"digits\"}")
                            .arg(it.key()));
        }
        default:
            return fail(QCoreApplication::translate("Qronos::JobDataMap",
                                                    "Job data \"%1\": the value must be text, a number or "
                                                    "true/false")
                            .arg(it.key()));
        }
    }
    return map;
}

bool operator==(const JobDataMap &a, const JobDataMap &b)
{
    if (a.m_values.size() != b.m_values.size())
        return false;
    for (auto it = a.m_values.cbegin(); it != a.m_values.cend(); ++it) {
        const auto other = b.m_values.constFind(it.key());
        if (other == b.m_values.cend() || other->typeId() != it->typeId() || *other != *it)
            return false;
    }
    return true;
}

} // namespace Qronos
