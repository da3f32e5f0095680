#include "zonerules.h"

#include "civiltime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMutex>

#include <algorithm>
#include <limits>

namespace Qronos {

namespace {

// Transitions are cached for these years; outside them the zone is asked directly (slow but correct).
constexpr int FirstCachedYear = 1900;
constexpr int LastCachedYear = 2300;

struct Registry
{
    QMutex mutex;
    QHash<QByteArray, ZoneRulesPtr> zones;
};

// Ids are case-sensitive, as in Java and the tz database, but QTimeZone also takes "utc" for "UTC".
bool isMiscasedId(const QByteArray &id)
{
    static const QList<QByteArray> known = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &k : known) {
        if (k.size() == id.size() && k != id && k.compare(id, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

ZoneRules::ZoneRules(const QTimeZone &zone)
    : m_id(zone.id())
    , m_zone(zone)
{
    m_rangeStart = Civil::daysFromCivil(FirstCachedYear, 1, 1) * Civil::MsPerDay;
    m_rangeEnd = Civil::daysFromCivil(LastCachedYear, 1, 1) * Civil::MsPerDay;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_rangeStart, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(m_rangeEnd, Qt::UTC);
    m_initialOffset = qint64(zone.offsetFromUtc(from)) * 1000;
    m_hasTransitions = zone.hasTransitions();
    m_fixed = !m_hasTransitions;
    if (!m_hasTransitions)
        return;
    qint64 previous = m_initialOffset;
    auto append = [this, &previous](const QTimeZone::OffsetData &t) {
        const qint64 offset = qint64(t.offsetFromUtc) * 1000;
        if (offset == previous)
            return; // a change of abbreviation or of the DST flag only
        const qint64 at = t.atUtc.toMSecsSinceEpoch();
        m_utcMs.push_back(at);
        m_wallStartMs.push_back(at + offset);
        m_offsetMs.push_back(offset);
        previous = offset;
    };
    // transitions() stops where the zone file's table ends (2037 for most zones); nextTransition()
    // goes on with the zone's rule for the future, so continue with it up to the end of the cache.
    const QTimeZone::OffsetDataList table = zone.transitions(from, to);
    for (const QTimeZone::OffsetData &t : table)
        append(t);
    QDateTime cursor = table.isEmpty() ? from : table.last().atUtc;
    for (;;) {
        const QTimeZone::OffsetData next = zone.nextTransition(cursor.addMSecs(1));
        if (!next.atUtc.isValid() || next.atUtc >= to || next.atUtc <= cursor)
            break;
        append(next);
        cursor = next.atUtc;
    }
    m_fixed = m_utcMs.empty() && qint64(zone.offsetFromUtc(to)) * 1000 == m_initialOffset;
}

Result<ZoneRulesPtr> ZoneRules::forId(const QByteArray &ianaId)
{
    Registry &r = registry();
    {
        QMutexLocker lock(&r.mutex);
        if (auto it = r.zones.constFind(ianaId); it != r.zones.cend())
            return *it;
    }
    // isTimeZoneIdAvailable() misses ids such as Etc/UTC that load fine, so ask the zone itself.
    const QTimeZone zone = ianaId.isEmpty() ? QTimeZone() : QTimeZone(ianaId);
    if (!zone.isValid() || isMiscasedId(ianaId)) {
        return fail(QCoreApplication::translate("Qronos::ZoneRules", "Unknown time zone \"%1\": use an IANA id such as "
                                                                     "Europe/Berlin, Asia/Shanghai or UTC.")
                        .arg(QString::fromUtf8(ianaId)));
    }
    auto rules = std::make_shared<const ZoneRules>(zone);
    QMutexLocker lock(&r.mutex);
    auto it = r.zones.constFind(ianaId);
    if (it != r.zones.cend())
        return *it;
    r.zones.insert(ianaId, rules);
    return ZoneRulesPtr(rules);
}

ZoneRulesPtr ZoneRules::utc()
{
    static const ZoneRulesPtr utcRules = *forId("UTC");
    return utcRules;
}

qint64 ZoneRules::slowOffsetAtUtc(qint64 utcMs) const
{
    return qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC))) * 1000;
}

ZoneRules::Span ZoneRules::utcSpan(qint64 utcMs) const
{
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    constexpr qint64 highest = std::numeric_limits<qint64>::max();
    if (!m_hasTransitions)
        return {lowest, highest, m_initialOffset};
    if (utcMs < m_rangeStart || utcMs >= m_rangeEnd)
        return {utcMs, utcMs + 1, slowOffsetAtUtc(utcMs)};
    const size_t i = size_t(std::upper_bound(m_utcMs.begin(), m_utcMs.end(), utcMs) - m_utcMs.begin());
    return {i > 0 ? m_utcMs[i - 1] : m_rangeStart, i < m_utcMs.size() ? m_utcMs[i] : m_rangeEnd,
            i > 0 ? m_offsetMs[i - 1] : m_initialOffset};
}

ZoneRules::Span ZoneRules::wallSpan(qint64 wallMs) const
{
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    constexpr qint64 highest = std::numeric_limits<qint64>::max();
    if (!m_hasTransitions)
        return {lowest, highest, m_initialOffset};
    // Keep a day away from the cache's ends, where a wall time may belong to an uncached offset.
    const qint64 low = m_rangeStart + Civil::MsPerDay;
    const qint64 high = m_rangeEnd - Civil::MsPerDay;
    if (wallMs < low || wallMs >= high) {
        // Outside the cache: apply the same rule with the zone's own offsets around this wall time.
        const qint64 before = slowOffsetAtUtc(wallMs - 14 * Civil::MsPerHour - Civil::MsPerDay);
        const qint64 after = slowOffsetAtUtc(wallMs + 14 * Civil::MsPerHour + Civil::MsPerDay);
        // A transition is near: the wall time belongs to the later offset once that offset's wall time has begun.
        const qint64 offset = before == after || slowOffsetAtUtc(wallMs - after) == after ? after : before;
        return {wallMs, wallMs + 1, offset};
    }
    const size_t i = size_t(std::upper_bound(m_wallStartMs.begin(), m_wallStartMs.end(), wallMs) - m_wallStartMs.begin());
    return {std::max(i > 0 ? m_wallStartMs[i - 1] : low, low), std::min(i < m_wallStartMs.size() ? m_wallStartMs[i] : high, high),
            i > 0 ? m_offsetMs[i - 1] : m_initialOffset};
}

qint64 ZoneRules::nextTransitionAfter(qint64 utcMs) const
{
    if (utcMs < m_rangeStart || utcMs >= m_rangeEnd) {
        if (!m_hasTransitions)
            return std::numeric_limits<qint64>::max();
        const QTimeZone::OffsetData next = m_zone.nextTransition(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
        return next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    }
    const auto it = std::upper_bound(m_utcMs.begin(), m_utcMs.end(), utcMs);
    if (it == m_utcMs.end())
        return m_hasTransitions ? m_rangeEnd : std::numeric_limits<qint64>::max();
    return *it;
}

qint64 ZoneRules::previousTransitionAtOrBefore(qint64 utcMs) const
{
    if (utcMs < m_rangeStart || utcMs >= m_rangeEnd) {
        if (!m_hasTransitions)
            return std::numeric_limits<qint64>::min();
        const QTimeZone::OffsetData prev = m_zone.previousTransition(QDateTime::fromMSecsSinceEpoch(utcMs + 1, Qt::UTC));
        return prev.atUtc.isValid() ? prev.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    }
    const auto it = std::upper_bound(m_utcMs.begin(), m_utcMs.end(), utcMs);
    if (it == m_utcMs.begin())
        return m_hasTransitions ? m_rangeStart : std::numeric_limits<qint64>::min();
    return *(it - 1);
}

} // namespace Qronos
