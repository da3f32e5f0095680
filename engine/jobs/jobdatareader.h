#pragma once

#include "model/jobdatamap.h"
#include "result.h"

#include <QJsonDocument>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Qronos {

/// Typed, checked reads of job data for job types. Every failure names the key and says what was
/// expected, so that validate() and execute() can pass it on unchanged.
///
/// JobDataMap only holds scalars, so lists and maps are encoded as JSON text in a string value:
/// a list of strings as `["-l", "/tmp"]`, a map as `{"LANG": "C"}`.
class JobDataReader final
{
public:
    /// An inclusive range of integers, for exit codes and HTTP statuses.
    struct Range
    {
        qint64 first;
        qint64 last;
        bool contains(qint64 v) const { return v >= first && v <= last; }
    };

    explicit JobDataReader(const JobDataMap &data) : m_data(data) {}

    /// A text value; when required, absent or blank is an error. Absent and optional gives `fallback`.
    Result<QString> text(const QString &key, bool required, const QString &fallback = {}) const;
    /// A boolean, or the text "true"/"false".
    Result<bool> boolean(const QString &key, bool fallback) const;
    /// A whole number (integer, whole double, or digits in text) within [min, max].
    Result<qint64> integer(const QString &key, qint64 fallback, qint64 min, qint64 max) const;
    /// Seconds as a positive number (integer, double, or text); 0 or absent means "no limit" and gives 0.
    Result<double> seconds(const QString &key) const;
    /// A JSON array of strings in a text value; absent gives an empty list.
    Result<QStringList> stringList(const QString &key) const;
    /// A JSON object of strings in a text value; absent gives an empty map. When allowNull, a JSON
    /// null value is kept as a null QString (meaning "remove").
    Result<QMap<QString, QString>> stringMap(const QString &key, bool allowNull) const;
    /// A list like "0", "0,2" or "200-299,304" (an integer value is a one-element list). Each
    /// number must lie in [min, max]. Absent gives `fallback`.
    Result<QList<Range>> ranges(const QString &key, const QList<Range> &fallback, qint64 min, qint64 max) const;

    static bool inRanges(const QList<Range> &ranges, qint64 value);

private:
    /// The JSON held in the text value of `key`; errors start with `expected` (what the key must hold).
    Result<QJsonDocument> jsonText(const QString &key, const QString &expected) const;

    const JobDataMap &m_data;
};

} // namespace Qronos
