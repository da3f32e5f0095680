#include "historyexport.h"

#include "exchange/isotime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace Qronos::HistoryExport {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::HistoryExport)
};

const char *const names[] = {"fired_at_utc",   "fired_at_local", "scheduled_at_utc", "scheduled_at_local",
                             "ended_at_utc",   "ended_at_local", "zone",             "duration_ms",
                             "status",         "attempt",        "node",             "job_group",
                             "job_name",       "trigger_group",  "trigger_name",     "fire_instance_id",
                             "recovering",     "error",          "output"};
constexpr int columnCount = int(std::size(names));

QString local(qint64 utcMs, const QTimeZone &zone)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
    return IsoTime::formatWithOffset(utcMs, qint64(zone.offsetFromUtc(at)) * 1000);
}

/// One row's fields as text; numbers and flags stay text in CSV and become numbers and booleans in JSON.
QStringList fields(const ExecutionRecord &r, const QTimeZone &zone, const QString &zoneId)
{
    const auto end = [&](bool utc) {
        return r.endTime ? (utc ? IsoTime::formatUtc(*r.endTime) : local(*r.endTime, zone)) : QString();
    };
    return {IsoTime::formatUtc(r.fireTime),
            local(r.fireTime, zone),
            IsoTime::formatUtc(r.scheduledTime),
            local(r.scheduledTime, zone),
            end(true),
            end(false),
            zoneId,
            r.endTime ? QString::number(*r.endTime - r.fireTime) : QString(),
            executionStatusName(r.status),
            QString::number(r.attempt),
            r.instanceId,
            r.job.group(),
            r.job.name(),
            r.trigger.group(),
            r.trigger.name(),
            r.fireInstanceId,
            r.recovering ? QStringLiteral("true") : QStringLiteral("false"),
            r.errorMessage,
            r.output};
}

void appendCsvField(QByteArray *out, const QString &field)
{
    static const auto needsQuotes = [](const QString &s) {
        for (const QChar c : s) {
            if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                return true;
        }
        return false;
    };
    if (!needsQuotes(field)) {
        *out += field.toUtf8();
        return;
    }
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    *out += '"' + quoted.toUtf8() + '"';
}

void appendCsvRow(QByteArray *out, const QStringList &row)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            *out += ',';
        appendCsvField(out, row.at(i));
    }
    *out += "\r\n";
}

void appendJsonRow(QByteArray *out, const QStringList &row, const ExecutionRecord &r)
{
    QJsonObject object;
    for (int i = 0; i < columnCount; ++i)
        object.insert(QLatin1String(names[i]), row.at(i).isEmpty() ? QJsonValue() : QJsonValue(row.at(i)));
    object.insert(QLatin1String("duration_ms"), r.endTime ? QJsonValue(double(*r.endTime - r.fireTime)) : QJsonValue());
    object.insert(QLatin1String("attempt"), r.attempt);
    object.insert(QLatin1String("recovering"), r.recovering);
    object.insert(QLatin1String("error"), r.errorMessage);
    object.insert(QLatin1String("output"), r.output);
    *out += QJsonDocument(object).toJson(QJsonDocument::Compact);
    *out += '\n';
}

Result<Done> writeAll(QIODevice *device, const QByteArray &bytes)
{
    if (device->write(bytes) != bytes.size())
        return fail(Tr::tr("Cannot write the history export: %1").arg(device->errorString()));
    return Done{};
}

} // namespace

QStringList columnNames()
{
    QStringList list;
    for (const char *name : names)
        list << QLatin1String(name);
    return list;
}

Result<qint64> write(JobStore &store, const HistoryQuery &query, QIODevice *device, const Options &options)
{
    if (!device || !device->isWritable())
        return fail(Tr::tr("Cannot write the history export: the file is not open for writing."));
    const QString zoneId = QString::fromUtf8(options.zone.id());
    HistoryQuery page = query;
    page.limit = std::max(options.pageSize, 1);
    page.offset = 0;
    qint64 written = 0;
    QByteArray buffer;
    if (options.format == Format::Csv) {
        if (options.byteOrderMark)
            buffer += "\xEF\xBB\xBF";
        appendCsvRow(&buffer, columnNames());
        if (auto done = writeAll(device, buffer); !done)
            return fail(done.error());
    }
    for (;;) {
        if (options.cancel && options.cancel->load())
            return fail(Tr::tr("The history export was cancelled after %n row(s).", nullptr, int(written)));
        auto rows = store.history(page);
        if (!rows)
            return fail(Tr::tr("Cannot read the execution history: %1").arg(rows.error()));
        if (rows->isEmpty())
            break;
        buffer.clear();
        for (const ExecutionRecord &r : rows.value()) {
            const QStringList row = fields(r, options.zone, zoneId);
            if (options.format == Format::Csv)
                appendCsvRow(&buffer, row);
            else
                appendJsonRow(&buffer, row, r);
        }
        if (auto done = writeAll(device, buffer); !done)
            return fail(done.error());
        written += rows->size();
        if (options.progress)
            options.progress(written);
        if (rows->size() < page.limit)
            break;
        page.olderThan = HistoryCursor::of(rows->last());
    }
    return written;
}

} // namespace Qronos::HistoryExport
