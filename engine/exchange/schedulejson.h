#pragma once

#include "exchange/scheduledocument.h"

#include <QByteArray>
#include <QString>

namespace Qronos {

/// The native exchange format "qronos/1": a ScheduleDocument as UTF-8 JSON. docs/formats.md documents every
/// field and docs/qronos-1.schema.json is its JSON schema.
///
/// The writer's output is stable: a fixed key order (identity first, then what the object does, then details),
/// calendars sorted by name, jobs and triggers by group then name, two-space indentation, a trailing newline.
/// Runtime state (next and previous fire times, fire counts) is not written, so that an export of an unchanged
/// schedule gives the same bytes whenever it is taken.
///
/// The reader reports every problem it finds, each with its JSON path ("$.triggers[3].cron") and 1-based line and
/// column: a syntax error (it stops at the first one, after which positions mean nothing), duplicate object keys,
/// a missing or other "format", unknown or mistyped fields, unknown kinds, units and misfire instructions, cron
/// expressions the engine's parser refuses, invalid calendars, and what checkDocument() finds (the same key twice,
/// definitions the engine would refuse). What depends on a store (a trigger whose job or calendar is neither in
/// the file nor in the store, a key already taken) is found by planImport(). Safe on any input: nesting deeper
/// than MaxDepth and inputs larger than MaxInputBytes are refused with a located problem.
///
/// Both calls are pure functions of their arguments and may run on any thread.
class ScheduleJson final
{
public:
    ScheduleJson() = delete;

    /// The value of the top-level "format" key this reader and writer speak: "qronos/1".
    static QString formatName();
    static constexpr int MaxDepth = 64;
    static constexpr qsizetype MaxInputBytes = qsizetype(64) * 1024 * 1024;
    /// At most this many problems are listed; one more says how many were left out.
    static constexpr qsizetype MaxProblems = 500;

    /// The document as "qronos/1" JSON text (UTF-8). Directives are written only when they differ from the
    /// defaults (overwrite on, ignore-duplicates off, no delete commands).
    static QByteArray write(const ScheduleDocument &document);

    struct ReadResult
    {
        ScheduleDocument document; ///< what could be read; import it only when ok()
        ImportProblems problems;   ///< every problem, in the order of the file
        bool ok() const { return problems.isEmpty(); }
    };
    /// Reads "qronos/1" JSON text. Each item's location is its object's JSON path, line and column.
    static ReadResult read(const QByteArray &json);
};

} // namespace Qronos
