#pragma once

#include "model/jobdetail.h"
#include "model/trigger.h"
#include "result.h"
#include "store/jobstore.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Qronos {

/// How jobs and triggers map to Quartz's rows (see sql/README.md); shared by the SQL store's statements.
namespace StoreRows {

/// A typed SQL NULL for binding.
QVariant nullInt();
QVariant nullText();
QVariant optionalInt(std::optional<qint64> value);
/// NULL for an empty string.
QVariant optionalText(const QString &text);
/// Compact JSON text; NULL for an empty object.
QVariant jsonOrNull(const QJsonObject &json);
/// The object in \a text; empty for NULL or empty text; nullopt when it is not a JSON object.
std::optional<QJsonObject> parseJsonObject(const QVariant &text);

/// TRIGGER_TYPE: SIMPLE, CRON, CAL_INT, DAILY_I.
QString triggerTypeName(TriggerKind kind);

/// "T.TRIGGER_NAME, ..., S..., C..., P...": every column read(), in its order.
QString triggerColumns();
int triggerColumnCount();
/// "{prefix}TRIGGERS T LEFT JOIN {prefix}SIMPLE_TRIGGERS S ... LEFT JOIN ... P".
QString triggerFrom(const QString &prefix);
/// The trigger whose columns start at \a first (as triggerColumns() lists them).
Result<StoredTrigger> readTrigger(const QSqlQuery &query, int first);

/// The TRIGGERS columns in the order triggerValues() gives them.
QString triggerInsertColumns();
int triggerInsertColumnCount();
QVariantList triggerValues(const QString &schedulerName, const Trigger &trigger, TriggerState state);

/// The row of the kind table: which table, its columns (after the three key columns) and values.
struct KindRow
{
    QString table; ///< without prefix: SIMPLE_TRIGGERS, CRON_TRIGGERS, SIMPROP_TRIGGERS
    QStringList columns;
    QVariantList values;
};
KindRow kindRow(const Trigger &trigger);
/// The kind tables a trigger may have a row in, without prefix.
QStringList kindTables();

/// "J.JOB_NAME, ...": every column readJob() reads, in its order.
QString jobColumns(const QString &alias);
int jobColumnCount();
Result<JobDetail> readJob(const QSqlQuery &query, int first);
/// The JOB_DETAILS columns after SCHED_NAME in the order jobValues() gives them.
QStringList jobInsertColumns();
QVariantList jobValues(const JobDetail &job);

} // namespace StoreRows
} // namespace Qronos
