#include "forecastexport.h"

#include "exchange/isotime.h"
#include "schedule/civiltime.h"
#include "schedule/forecast.h"
#include "store/jobstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QIODevice>
#include <QSet>

namespace Qronos::ForecastExport {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::ForecastExport)
};

const char *const columns[] = {"trigger_group",   "trigger_name", "job_group",         "job_name", "fire_time_utc",
                               "fire_time_local", "zone",         "required_node_tag", "calendar"};

constexpr qint64 flushBytes = 1 << 16;

// ---------------------------------------------------------------------------------------------------------------
// Recurrence rules

/// Java's day numbering (1 = Sunday ... 7 = Saturday), as Civil::dayOfWeek() counts.
const char *const dayNames[] = {nullptr, "SU", "MO", "TU", "WE", "TH", "FR", "SA"};

struct Rule
{
    qint64 stepMs = 0;  ///< FREQ times INTERVAL (no BYDAY)
    quint8 days = 0;    ///< BYDAY, bit d = Java day d; only with FREQ=WEEKLY;INTERVAL=1
    qint64 count = -1;  ///< -1 = no COUNT
};

Result<Rule> parseRule(const QString &text)
{
    Rule rule;
    qint64 unit = 0;
    qint64 interval = 1;
    bool weekly = false;
    QSet<QString> seen;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString name = part.left(eq);
        const QString value = eq < 0 ? QString() : part.mid(eq + 1);
        if (eq <= 0 || value.isEmpty() || seen.contains(name))
            return fail(Tr::tr("The recurrence rule part \"%1\" is not NAME=VALUE, or repeats a name.").arg(part));
        seen.insert(name);
        bool ok = false;
        if (name == QLatin1String("FREQ")) {
            const std::pair<const char *, qint64> freqs[] = {{"SECONDLY", 1000}, {"MINUTELY", 60000}, {"HOURLY", 3600000},
                                                              {"DAILY", 86400000}, {"WEEKLY", 604800000}};
            for (const auto &[freq, ms] : freqs) {
                if (value == QLatin1String(freq))
                    unit = ms;
            }
            weekly = value == QLatin1String("WEEKLY");
            if (!unit)
                return fail(Tr::tr("The recurrence rule frequency \"%1\" is not one this export writes.").arg(value));
        } else if (name == QLatin1String("INTERVAL")) {
            interval = value.toLongLong(&ok);
            if (!ok || interval < 1)
                return fail(Tr::tr("The recurrence rule INTERVAL \"%1\" is not a positive number.").arg(value));
        } else if (name == QLatin1String("COUNT")) {
            rule.count = value.toLongLong(&ok);
            if (!ok || rule.count < 1)
                return fail(Tr::tr("The recurrence rule COUNT \"%1\" is not a positive number.").arg(value));
        } else if (name == QLatin1String("BYDAY")) {
            for (const QString &day : value.split(QLatin1Char(','))) {
                int d = 1;
                while (d <= 7 && day != QLatin1String(dayNames[d]))
                    ++d;
                if (d > 7)
                    return fail(Tr::tr("The recurrence rule BYDAY value \"%1\" is not one this export writes.").arg(day));
                rule.days |= quint8(1 << d);
            }
        } else {
            return fail(Tr::tr("The recurrence rule part \"%1\" is not one this export writes.").arg(name));
        }
    }
    if (!unit)
        return fail(Tr::tr("The recurrence rule has no FREQ."));
    if (rule.days && (!weekly || interval != 1))
        return fail(Tr::tr("This export writes BYDAY only with FREQ=WEEKLY and INTERVAL=1."));
    rule.stepMs = unit * interval;
    return rule;
}

/// The instances of a rule one at a time, DTSTART first (RFC 5545 counts it as the first instance).
class Expander final
{
public:
    Expander(const Rule &rule, qint64 startMs) : m_rule(rule), m_start(startMs) {}

    std::optional<qint64> next()
    {
        if (m_rule.count >= 0 && m_produced >= m_rule.count)
            return std::nullopt;
        qint64 at = m_start;
        if (m_produced > 0) {
            if (!m_rule.days) {
                at = m_last + m_rule.stepMs;
            } else {
                // The next day of the set, at DTSTART's time of day (UTC).
                const qint64 timeOfDay = Civil::floorMod(m_start, Civil::MsPerDay);
                qint64 day = Civil::floorDiv(m_last, Civil::MsPerDay) + 1;
                while (!(m_rule.days & (1 << Civil::dayOfWeek(day))))
                    ++day;
                at = day * Civil::MsPerDay + timeOfDay;
            }
        }
        ++m_produced;
        m_last = at;
        return at;
    }

private:
    Rule m_rule;
    qint64 m_start;
    qint64 m_produced = 0;
    qint64 m_last = 0;
};

/// What the first pass learns of one trigger's fires, enough to propose a recurrence rule.
struct Shape
{
    qint64 count = 0;
    qint64 first = 0;
    qint64 last = 0;
    qint64 gap = -1;        ///< the gap between fires while all are equal
    bool equalGaps = true;
    bool sameTimeOfDay = true; ///< every fire at the first one's UTC time of day
    quint8 days = 0;           ///< the Java weekdays fired on (UTC)

    void add(qint64 at)
    {
        if (count == 0) {
            first = at;
        } else {
            const qint64 g = at - last;
            if (gap < 0)
                gap = g;
            else if (g != gap)
                equalGaps = false;
            if (Civil::floorMod(at, Civil::MsPerDay) != Civil::floorMod(first, Civil::MsPerDay))
                sameTimeOfDay = false;
        }
        days |= quint8(1 << Civil::dayOfWeek(Civil::floorDiv(at, Civil::MsPerDay)));
        last = at;
        ++count;
    }

    /// The rule these fires suggest (to be verified), or empty. iCalendar times have whole seconds only.
    QString proposal() const
    {
        if (count < 2 || first % 1000 != 0)
            return {};
        const QString countPart = QStringLiteral(";COUNT=") + QString::number(count);
        if (equalGaps && gap > 0 && gap % 1000 == 0) {
            const std::pair<const char *, qint64> freqs[] = {{"WEEKLY", 604800000}, {"DAILY", 86400000},
                                                              {"HOURLY", 3600000}, {"MINUTELY", 60000},
                                                              {"SECONDLY", 1000}};
            for (const auto &[freq, ms] : freqs) {
                if (gap % ms == 0) {
                    QString rule = QStringLiteral("FREQ=") + QLatin1String(freq);
                    if (gap / ms != 1)
                        rule += QStringLiteral(";INTERVAL=") + QString::number(gap / ms);
                    return rule + countPart;
                }
            }
        }
        if (sameTimeOfDay) {
            QStringList names;
            for (int d : {2, 3, 4, 5, 6, 7, 1}) { // Monday first, as people read a week
                if (days & (1 << d))
                    names << QLatin1String(dayNames[d]);
            }
            return QStringLiteral("FREQ=WEEKLY;BYDAY=") + names.join(QLatin1Char(',')) + countPart;
        }
        return {};
    }
};

// ---------------------------------------------------------------------------------------------------------------
// Text

void appendCsvField(QByteArray *out, const QString &field)
{
    bool quote = false;
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote) {
        *out += field.toUtf8();
        return;
    }
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    *out += '"' + quoted.toUtf8() + '"';
}

/// RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as \n; other control characters (not allowed
/// in TEXT) dropped.
QString icsText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c.unicode() >= 0x20 && c.unicode() != 0x7F) {
            out += c;
        } else if (c == QLatin1Char('\t')) {
            out += c;
        }
    }
    return out;
}

/// Appends one content line, folded so that no line exceeds 75 octets (CRLF excluded), never inside a UTF-8
/// sequence; continuation lines start with a space.
void appendLine(QByteArray *out, const QByteArray &line)
{
    qsizetype pos = 0;
    qsizetype room = 75;
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        while (cut > pos && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut; // back to the start of the UTF-8 sequence
        out->append(line.constData() + pos, cut - pos);
        out->append("\r\n ");
        pos = cut;
        room = 74;
    }
    out->append(line.constData() + pos, line.size() - pos);
    out->append("\r\n");
}

void appendProperty(QByteArray *out, const char *name, const QString &value)
{
    appendLine(out, QByteArray(name) + ':' + value.toUtf8());
}

/// 20260301T101500Z (seconds: iCalendar has no milliseconds; a fire at .250 is shown at its whole second).
QString icsUtc(qint64 utcMs)
{
    const qint64 days = Civil::floorDiv(utcMs, Civil::MsPerDay);
    const qint64 s = Civil::floorMod(utcMs, Civil::MsPerDay) / 1000;
    const Civil::Date d = Civil::civilFromDays(days);
    return QStringLiteral("%1%2%3T%4%5%6Z")
        .arg(d.year, 4, 10, QLatin1Char('0'))
        .arg(d.month, 2, 10, QLatin1Char('0'))
        .arg(d.day, 2, 10, QLatin1Char('0'))
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString icsDuration(qint64 ms)
{
    const qint64 s = std::max<qint64>(ms, 0) / 1000;
    if (s > 0 && s % 3600 == 0)
        return QStringLiteral("PT%1H").arg(s / 3600);
    if (s > 0 && s % 60 == 0)
        return QStringLiteral("PT%1M").arg(s / 60);
    return QStringLiteral("PT%1S").arg(s);
}

/// A stable id of a trigger for UIDs: the same trigger gives the same id in every export.
QString triggerId(const TriggerKey &key)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QByteArray group = key.group().toUtf8();
    const QByteArray name = key.name().toUtf8();
    hash.addData(QByteArray::number(group.size()) + ':' + group + QByteArray::number(name.size()) + ':' + name);
    return QString::fromLatin1(hash.result().toHex().left(20));
}

Result<Done> flush(QIODevice *device, QByteArray *buffer)
{
    if (!buffer->isEmpty() && device->write(*buffer) != buffer->size())
        return fail(Tr::tr("Cannot write the forecast: %1").arg(device->errorString()));
    buffer->clear();
    return Done{};
}

// ---------------------------------------------------------------------------------------------------------------
// Writers

class Writer final
{
public:
    Writer(const Source &source, QIODevice *device, const Options &options)
        : m_source(source), m_device(device), m_options(options), m_zoneId(QString::fromUtf8(options.zone->id())),
          m_stamp(icsUtc(options.stampMs.value_or(QDateTime::currentMSecsSinceEpoch())))
    {
        for (const Trigger &t : source.triggers)
            m_triggers.insert(t.key(), &t);
    }

    Q_DISABLE_COPY_MOVE(Writer)

    Result<Summary> csv();
    Result<Summary> icalendar();

private:
    std::function<CalendarPtr(const QString &)> calendarOf() const
    {
        return [this](const QString &name) { return m_source.calendars.value(name); };
    }
    /// Visits the fires in order up to the cap; sets m_summary.truncated when a fire past the cap exists.
    ForecastVisit visitCapped(const std::function<bool(const ForecastFire &)> &visit)
    {
        qint64 seen = 0;
        ForecastVisit v = visitForecastFires(m_source.triggers, calendarOf(), m_options.fromMs, m_options.toMs,
                                             [&](const ForecastFire &f) {
                                                 if (m_options.maxFires > 0 && seen == m_options.maxFires) {
                                                     m_summary.truncated = true;
                                                     return false;
                                                 }
                                                 ++seen;
                                                 return visit(f);
                                             });
        m_summary.missingCalendars = v.missingCalendars;
        return v;
    }
    bool verified(const Trigger &trigger, const QString &rule, qint64 start, qint64 count) const;
    Result<Done> writeEvent(QByteArray *out, const Trigger &trigger, qint64 start, const QString &rule, qint64 count);
    QString local(qint64 utcMs) const { return IsoTime::formatWithOffset(utcMs, m_options.zone->offsetAtUtc(utcMs)); }

    const Source &m_source;
    QIODevice *m_device;
    const Options &m_options;
    const QString m_zoneId;
    const QString m_stamp; ///< DTSTAMP: one for the whole export
    QHash<TriggerKey, const Trigger *> m_triggers;
    Summary m_summary;
};

Result<Summary> Writer::csv()
{
    QByteArray buffer;
    if (m_options.byteOrderMark)
        buffer += "\xEF\xBB\xBF";
    for (int i = 0; i < int(std::size(columns)); ++i) {
        if (i > 0)
            buffer += ',';
        buffer += columns[i];
    }
    buffer += "\r\n";
    // The fields that do not change from fire to fire, quoted once per trigger.
    QHash<TriggerKey, std::pair<QByteArray, QByteArray>> fixed;
    const QByteArray zone = [this] {
        QByteArray z;
        appendCsvField(&z, m_zoneId);
        return z;
    }();
    Result<Done> written = Done{};
    visitCapped([&](const ForecastFire &f) {
        auto it = fixed.find(f.trigger);
        if (it == fixed.end()) {
            const Trigger *t = m_triggers.value(f.trigger);
            QByteArray head, tail;
            for (const QString &field : {f.trigger.group(), f.trigger.name(), f.job.group(), f.job.name()}) {
                appendCsvField(&head, field);
                head += ',';
            }
            tail += ',' + zone + ',';
            appendCsvField(&tail, m_source.requiredNodeTags.value(f.job));
            tail += ',';
            appendCsvField(&tail, t ? t->calendarName() : QString());
            tail += "\r\n";
            it = fixed.insert(f.trigger, {head, tail});
        }
        buffer += it->first;
        buffer += IsoTime::formatUtc(f.fireTime).toLatin1();
        buffer += ',';
        buffer += local(f.fireTime).toLatin1();
        buffer += it->second;
        ++m_summary.fires;
        if (buffer.size() >= flushBytes) {
            written = flush(m_device, &buffer);
            return bool(written);
        }
        return true;
    });
    if (!written)
        return fail(written.error());
    if (auto done = flush(m_device, &buffer); !done)
        return fail(done.error());
    return m_summary;
}

bool Writer::verified(const Trigger &trigger, const QString &ruleText, qint64 start, qint64 count) const
{
    const Result<Rule> rule = parseRule(ruleText);
    if (!rule || rule->count != count)
        return false;
    Expander expander(*rule, start);
    bool same = true;
    qint64 compared = 0;
    visitForecastFires({trigger}, calendarOf(), m_options.fromMs, m_options.toMs, [&](const ForecastFire &f) {
        if (compared == count)
            return false; // the cap ended the rule here: later fires are not part of the export
        const std::optional<qint64> instance = expander.next();
        same = instance && *instance == f.fireTime;
        ++compared;
        return same;
    });
    return same && compared == count && !expander.next();
}

Result<Done> Writer::writeEvent(QByteArray *out, const Trigger &trigger, qint64 start, const QString &rule,
                                qint64 count)
{
    const QString id = triggerId(trigger.key());
    appendProperty(out, "BEGIN", QStringLiteral("VEVENT"));
    appendProperty(out, "UID",
                   id + QLatin1Char('-') + QString::number(start) + (rule.isEmpty() ? QString() : QStringLiteral("-r"))
                       + QStringLiteral("@qronos"));
    appendProperty(out, "DTSTAMP", m_stamp);
    appendProperty(out, "DTSTART", icsUtc(start));
    appendProperty(out, "DURATION", icsDuration(m_options.eventDurationMs));
    if (!rule.isEmpty())
        appendProperty(out, "RRULE", rule);
    appendProperty(out, "SUMMARY", icsText(trigger.jobKey().toString() + QStringLiteral(" / ") + trigger.key().toString()));
    QStringList lines;
    lines << Tr::tr("Job: %1").arg(trigger.jobKey().toString()) << Tr::tr("Trigger: %1").arg(trigger.key().toString());
    if (!trigger.calendarName().isEmpty())
        lines << Tr::tr("Calendar: %1").arg(trigger.calendarName());
    const QString tag = m_source.requiredNodeTags.value(trigger.jobKey());
    if (!tag.isEmpty())
        lines << Tr::tr("Required node tag: %1").arg(tag);
    if (rule.isEmpty())
        lines << Tr::tr("Fire time in %1: %2").arg(m_zoneId, local(start));
    else
        lines << Tr::tr("Fires in the period: %1, the first at %2 in %3.").arg(count).arg(local(start), m_zoneId);
    if (!trigger.description().isEmpty())
        lines << trigger.description();
    appendProperty(out, "DESCRIPTION", icsText(lines.join(QLatin1Char('\n'))));
    appendProperty(out, "END", QStringLiteral("VEVENT"));
    ++m_summary.events;
    m_summary.fires += count;
    if (out->size() >= flushBytes)
        return flush(m_device, out);
    return Done{};
}

Result<Summary> Writer::icalendar()
{
    // First pass: each trigger's fires within the cap, reduced to their shape.
    QHash<TriggerKey, Shape> shapes;
    visitCapped([&](const ForecastFire &f) {
        shapes[f.trigger].add(f.fireTime);
        return true;
    });
    // The rules that expand to exactly the trigger's fires.
    QHash<TriggerKey, QString> rules;
    if (m_options.recurrenceRules) {
        for (auto it = shapes.cbegin(); it != shapes.cend(); ++it) {
            const QString rule = it->proposal();
            const Trigger *t = m_triggers.value(it.key());
            if (!rule.isEmpty() && t && verified(*t, rule, it->first, it->count))
                rules.insert(it.key(), rule);
        }
    }

    QByteArray buffer;
    appendProperty(&buffer, "BEGIN", QStringLiteral("VCALENDAR"));
    appendProperty(&buffer, "VERSION", QStringLiteral("2.0"));
    appendProperty(&buffer, "PRODID", QStringLiteral("-//Qronos//Schedule forecast//EN"));
    appendProperty(&buffer, "CALSCALE", QStringLiteral("GREGORIAN"));
    appendProperty(&buffer, "METHOD", QStringLiteral("PUBLISH"));
    appendProperty(&buffer, "X-WR-CALNAME",
                   icsText(Tr::tr("Qronos forecast %1 to %2").arg(IsoTime::formatUtc(m_options.fromMs),
                                                                   IsoTime::formatUtc(m_options.toMs))));
    appendProperty(&buffer, "X-WR-TIMEZONE", icsText(m_zoneId));
    if (m_summary.truncated)
        appendProperty(&buffer, "X-QRONOS-TRUNCATED", QStringLiteral("TRUE"));

    // Second pass, in fire order: one event per fire, or a trigger's rule event at its first fire.
    const bool truncated = m_summary.truncated;
    Result<Done> written = Done{};
    QSet<TriggerKey> ruleWritten;
    visitCapped([&](const ForecastFire &f) {
        const Trigger *t = m_triggers.value(f.trigger);
        if (!t)
            return true;
        const auto rule = rules.constFind(f.trigger);
        if (rule == rules.cend()) {
            written = writeEvent(&buffer, *t, f.fireTime, {}, 1);
        } else if (!ruleWritten.contains(f.trigger)) {
            ruleWritten.insert(f.trigger);
            written = writeEvent(&buffer, *t, f.fireTime, *rule, shapes.value(f.trigger).count);
            ++m_summary.recurrenceRules;
        }
        return bool(written);
    });
    m_summary.truncated = truncated;
    if (!written)
        return fail(written.error());
    appendProperty(&buffer, "END", QStringLiteral("VCALENDAR"));
    if (auto done = flush(m_device, &buffer); !done)
        return fail(done.error());
    return m_summary;
}

} // namespace

bool Selection::includes(const Trigger &trigger) const
{
    return isAll() || groups.contains(trigger.jobKey().group()) || jobs.contains(trigger.jobKey());
}

Result<Source> load(JobStore &store, const Selection &selection)
{
    Source source;
    if (!selection.groups.isEmpty()) {
        Result<QStringList> jobGroups = store.jobGroupNames();
        if (!jobGroups)
            return fail(jobGroups.error());
        for (const QString &group : selection.groups) {
            if (!jobGroups->contains(group) && !source.unknownGroups.contains(group))
                source.unknownGroups.append(group);
        }
    }
    for (const JobKey &job : selection.jobs) {
        Result<std::optional<JobDetail>> found = store.retrieveJob(job);
        if (!found)
            return fail(found.error());
        if (!found->has_value() && !source.unknownJobs.contains(job))
            source.unknownJobs.append(job);
    }
    Result<QList<StoredTrigger>> stored = store.listTriggers({});
    if (!stored)
        return fail(stored.error());
    for (const StoredTrigger &t : *stored) {
        if (!selection.includes(t.trigger))
            continue;
        if (t.state == TriggerState::Paused || t.state == TriggerState::PausedBlocked) {
            ++source.pausedTriggers;
            continue;
        }
        if (t.state == TriggerState::Complete || t.state == TriggerState::Error)
            continue; // finished or broken: no fires
        source.triggers.append(t.trigger);
        const QString &calendar = t.trigger.calendarName();
        if (!calendar.isEmpty() && !source.calendars.contains(calendar)) {
            Result<CalendarPtr> c = store.retrieveCalendar(calendar);
            if (!c)
                return fail(c.error());
            if (*c)
                source.calendars.insert(calendar, *c);
        }
    }
    if (!source.triggers.isEmpty()) {
        Result<QList<JobDetail>> jobs = store.listJobs({});
        if (!jobs)
            return fail(jobs.error());
        for (const JobDetail &job : *jobs) {
            if (!job.requiredNodeTag().isEmpty())
                source.requiredNodeTags.insert(job.key(), job.requiredNodeTag());
        }
    }
    return source;
}

QStringList csvColumnNames()
{
    QStringList list;
    for (const char *name : columns)
        list << QLatin1String(name);
    return list;
}

Result<Summary> write(const Source &source, QIODevice *device, const Options &options)
{
    if (!device || !device->isWritable())
        return fail(Tr::tr("Cannot write the forecast: the file is not open for writing."));
    if (options.toMs <= options.fromMs)
        return fail(Tr::tr("The forecast period must end after it starts (from %1, to %2).")
                        .arg(IsoTime::formatUtc(options.fromMs), IsoTime::formatUtc(options.toMs)));
    if (!options.zone)
        return fail(Tr::tr("The forecast needs a time zone."));
    Writer writer(source, device, options);
    return options.format == Format::Csv ? writer.csv() : writer.icalendar();
}

Result<QList<qint64>> expandRecurrenceRule(const QString &rule, qint64 startMs, qint64 maxInstances)
{
    const Result<Rule> parsed = parseRule(rule);
    if (!parsed)
        return fail(parsed.error());
    Expander expander(*parsed, startMs);
    QList<qint64> instances;
    while (instances.size() < maxInstances) {
        const std::optional<qint64> at = expander.next();
        if (!at)
            break;
        instances.append(*at);
    }
    return instances;
}

} // namespace Qronos::ForecastExport
