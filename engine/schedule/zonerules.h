#pragma once

#include "result.h"

#include <QByteArray>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace Qronos {

/// The offset history of one time zone, precomputed for fast lookups.
///
/// Quartz computes wall times with java.util.GregorianCalendar, whose rules this class reproduces:
/// an instant maps to its offset as usual; a wall time is resolved with the offset of the last
/// transition whose *new* wall time has begun. So a wall time inside a spring-forward gap is read
/// with the offset before the gap (02:30 becomes 03:30 daylight time), and an ambiguous wall time
/// in a fall-back overlap is read as standard time (the second occurrence).
///
/// Instances are immutable and shared; get them with forId().
class ZoneRules final
{
public:
    /// The rules of an IANA zone id ("Europe/Berlin", "UTC"). Cached: each id is loaded once per process.
    static Result<std::shared_ptr<const ZoneRules>> forId(const QByteArray &ianaId);
    /// The rules of UTC (never fails).
    static std::shared_ptr<const ZoneRules> utc();

    explicit ZoneRules(const QTimeZone &zone);

    QByteArray id() const { return m_id; }
    QTimeZone timeZone() const { return m_zone; }
    /// True when the zone never changes its offset (UTC, Etc/GMT+5).
    bool isFixed() const { return m_fixed; }

    /// An interval [from, to) of instants (or of wall times) that share one offset.
    struct Span
    {
        qint64 from = 0;
        qint64 to = 0;
        qint64 offset = 0;
        bool contains(qint64 t) const { return t >= from && t < to; }
    };

    /// Offset from UTC in milliseconds at the instant utcMs.
    qint64 offsetAtUtc(qint64 utcMs) const { return utcSpan(utcMs).offset; }
    /// Offset in milliseconds to subtract from a wall time (local milliseconds) to get the instant, by Java's rule.
    qint64 offsetForWall(qint64 wallMs) const { return wallSpan(wallMs).offset; }
    /// The instants around utcMs with the same offset, so that callers can skip further lookups.
    Span utcSpan(qint64 utcMs) const;
    /// The wall times around wallMs that resolve with the same offset.
    Span wallSpan(qint64 wallMs) const;
    /// The wall time to instant conversion by Java's rule.
    qint64 wallToUtc(qint64 wallMs) const { return wallMs - offsetForWall(wallMs); }
    qint64 utcToWall(qint64 utcMs) const { return utcMs + offsetAtUtc(utcMs); }

    /// The first instant strictly after utcMs at which the offset changes, or INT64_MAX.
    qint64 nextTransitionAfter(qint64 utcMs) const;
    /// The last instant at or before utcMs at which the offset changed, or INT64_MIN.
    qint64 previousTransitionAtOrBefore(qint64 utcMs) const;

private:
    qint64 slowOffsetAtUtc(qint64 utcMs) const;

    QByteArray m_id;
    QTimeZone m_zone;
    bool m_hasTransitions = false;    // QTimeZone::hasTransitions(), cached: it is a virtual call into Qt
    bool m_fixed = true;
    qint64 m_initialOffset = 0;       // before the first cached transition
    qint64 m_rangeStart = 0;          // cache covers [m_rangeStart, m_rangeEnd)
    qint64 m_rangeEnd = 0;
    std::vector<qint64> m_utcMs;      // transition instants, ascending
    std::vector<qint64> m_wallStartMs; // transition instant + offset after it
    std::vector<qint64> m_offsetMs;   // offset after each transition
};

using ZoneRulesPtr = std::shared_ptr<const ZoneRules>;

} // namespace Qronos
