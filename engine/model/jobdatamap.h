#pragma once

#include "result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVariant>

namespace Qronos {

/// Job data: string keys to typed values (text, integer, floating point or boolean), Quartz's JobDataMap.
///
/// Round-trips through JSON with types intact: text, booleans and integers are plain JSON values;
/// a floating-point value that happens to be whole is written as {"double": 2} so that it reads back
/// as a double.
class JobDataMap final
{
public:
    enum class Type { String, Integer, Double, Boolean };

    bool isEmpty() const { return m_values.isEmpty(); }
    qsizetype size() const { return m_values.size(); }
    QStringList keys() const { return m_values.keys(); }
    bool contains(const QString &key) const { return m_values.contains(key); }
    void remove(const QString &key) { m_values.remove(key); }
    void clear() { m_values.clear(); }

    void put(const QString &key, const QString &value) { m_values.insert(key, value); }
    void put(const QString &key, const char *value) { m_values.insert(key, QString::fromUtf8(value)); }
    void put(const QString &key, qint64 value) { m_values.insert(key, value); }
    void put(const QString &key, int value) { m_values.insert(key, qint64(value)); }
    void put(const QString &key, double value) { m_values.insert(key, value); }
    void put(const QString &key, bool value) { m_values.insert(key, value); }

    /// The stored value (an invalid QVariant if absent). Its type is one of QString, qint64, double, bool.
    QVariant value(const QString &key) const { return m_values.value(key); }
    Type type(const QString &key) const;
    QString string(const QString &key, const QString &fallback = {}) const;
    qint64 integer(const QString &key, qint64 fallback = 0) const;
    double number(const QString &key, double fallback = 0) const;
    bool boolean(const QString &key, bool fallback = false) const;

    /// Entries of `other` override entries here (Quartz's merge of job data with trigger data).
    JobDataMap mergedWith(const JobDataMap &other) const;

    QJsonObject toJson() const;
    static Result<JobDataMap> fromJson(const QJsonObject &json);

    friend bool operator==(const JobDataMap &a, const JobDataMap &b);
    friend bool operator!=(const JobDataMap &a, const JobDataMap &b) { return !(a == b); }

private:
    QMap<QString, QVariant> m_values;
};

} // namespace Qronos
