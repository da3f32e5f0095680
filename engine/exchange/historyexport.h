#pragma once

#include "result.h"
#include "store/jobstore.h"

#include <QTimeZone>

#include <atomic>
#include <functional>

class QIODevice;

namespace Qronos::HistoryExport {

enum class Format {
    Csv,       ///< RFC 4180: a header row, fields quoted when they hold a comma, quote or line break, CRLF rows
    JsonLines, ///< one JSON object per line (LF), the CSV header's names as keys
};

struct Options
{
    Format format = Format::Csv;
    /// The zone of the *_local columns (each time is written in UTC too).
    QTimeZone zone = QTimeZone::utc();
    /// CSV only: starts the file with a UTF-8 byte order mark, which spreadsheet programs need to read non-ASCII text
    /// (Chinese job names, output) as UTF-8 rather than in the system's code page.
    bool byteOrderMark = false;
    /// Rows fetched per history() call; memory stays bounded by one page whatever the number of rows.
    int pageSize = 1000;
    /// Called after each page is written, with the rows written so far (on the calling thread).
    std::function<void(qint64 rowsWritten)> progress;
    /// Checked before each page: once true, the export stops and fails (the device keeps what was written).
    const std::atomic_bool *cancel = nullptr;
};

/// The column names, in order: fired_at_utc, fired_at_local, scheduled_at_utc, scheduled_at_local, ended_at_utc,
/// ended_at_local, zone, duration_ms, status, attempt, node, job_group, job_name, trigger_group, trigger_name,
/// fire_instance_id, recovering, error, output. Times are `YYYY-MM-DDTHH:MM:SS.mmmZ` in UTC and
/// `YYYY-MM-DDTHH:MM:SS.mmm±HH:MM` in the chosen zone; a running attempt has no end and no duration.
QStringList columnNames();

/// Writes every row \a query selects (its limit and offset are ignored; its olderThan, if set, is where the export
/// starts), newest first, to \a device, which must be open for writing. Pages through the store with the keyset
/// cursor. Returns the rows written, or a failure naming the store error, the write error, or the cancellation.
/// Blocks: run it off the GUI thread.
Result<qint64> write(JobStore &store, const HistoryQuery &query, QIODevice *device, const Options &options = {});

} // namespace Qronos::HistoryExport
