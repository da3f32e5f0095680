#pragma once

#include <QString>

#include <optional>

namespace Qronos::IsoTime {

/// Parses `YYYY-MM-DDTHH:MM:SS[.mmm](Z|±HH:MM)` strictly; the offset only locates the instant.
/// Returns epoch milliseconds UTC, or nullopt for anything else (missing offset, 24:00, Feb 30...).
std::optional<qint64> parse(QStringView text);

/// Formats an instant as `YYYY-MM-DDTHH:MM:SS.mmmZ`.
QString formatUtc(qint64 utcMs);

/// Formats an instant as wall time with its offset, `YYYY-MM-DDTHH:MM:SS.mmm±HH:MM`, given the offset in ms.
QString formatWithOffset(qint64 utcMs, qint64 offsetMs);

} // namespace Qronos::IsoTime
