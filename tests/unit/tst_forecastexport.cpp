// Schedule forecasts as CSV and iCalendar (ForecastExport), and the streaming forecast they are built on
// (visitForecastFires): every fire written is checked against the engine's own fire-time computation
// (FireTimes::computeFireTimes); the iCalendar output is read back with a strict reader (CRLF, 75-octet lines,
// TEXT escapes) and its recurrence rules expanded; `qronosctl forecast` runs as a real process on an SQLite store.

#include "exchange/forecastexport.h"
#include "exchange/isotime.h"
#include "schedule/calendarspec.h"
#include "schedule/cronexpression.h"
#include "schedule/firetimes.h"
#include "schedule/forecast.h"
#include "store/sqljobstore.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qronos;

namespace {

qint64 ms(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    Q_ASSERT(t.isValid());
    return t.toMSecsSinceEpoch();
}

Trigger make(const QString &name, Schedule schedule, const char *zone, const char *start,
             const QString &calendar = {}, const QString &job = {})
{
    Trigger t(TriggerKey(name, QStringLiteral("reports")), JobKey(job.isEmpty() ? name : job, QStringLiteral("jobs")),
              std::move(schedule));
    t.setTimeZoneId(zone);
    t.setStartTime(ms(start));
    t.setCalendarName(calendar);
    return t;
}

Trigger cron(const QString &name, const char *expression, const char *zone, const char *start,
             const QString &calendar = {})
{
    return make(name, CronSchedule{CronExpression::parse(QString::fromLatin1(expression)).value()}, zone, start,
                calendar);
}

Trigger simple(const QString &name, const char *start, qint64 intervalMs, int repeatCount = -1)
{
    return make(name, SimpleSchedule{intervalMs, repeatCount}, "UTC", start);
}

/// The trigger as the store holds it: with its first fire time computed.
Trigger stored(Trigger t, const Calendar *calendar)
{
    FireTimes::computeFirstFireTime(t, calendar);
    return t;
}

/// An export's source of one trigger (its first fire computed), with \a cal under \a calendar when given.
ForecastExport::Source sourceOf(const Trigger &trigger, const QString &calendar, const CalendarPtr &cal)
{
    ForecastExport::Source source;
    source.triggers = {stored(trigger, cal.get())};
    if (cal)
        source.calendars.insert(calendar, cal);
    return source;
}

/// The engine's fire times of a trigger in [from, to), by computeFireTimes.
QList<qint64> engineFires(const Trigger &t, const Calendar *calendar, qint64 from, qint64 to)
{
    QList<qint64> out;
    for (qint64 at : FireTimes::computeFireTimes(t, calendar, 20000)) {
        if (at >= from && at < to)
            out.append(at);
    }
    return out;
}

CalendarPtr holidays()
{
    // National Day and the weekends off, read in Shanghai.
    return parseCalendarSpec(QStringLiteral("holiday:2026-10-01,2026-10-02,2026-03-31+weekly:1,7"),
                             ZoneRules::forId("Asia/Shanghai").value())
        .value();
}

/// RFC 4180, strictly: CRLF row ends, quoted fields with doubled quotes and embedded line breaks. Empty on error.
QList<QStringList> readCsv(const QByteArray &bytes, QString *error)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    qsizetype i = 0;
    bool quoted = false;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                if (i < text.size() && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')) {
                    *error = QStringLiteral("text after a closing quote at %1").arg(i);
                    return {};
                }
                continue;
            }
            field += c;
            ++i;
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty()) {
                *error = QStringLiteral("quote inside an unquoted field at %1").arg(i);
                return {};
            }
            quoted = true;
            ++i;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            ++i;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                *error = QStringLiteral("CR without LF at %1").arg(i);
                return {};
            }
            row << field;
            field.clear();
            rows << row;
            row.clear();
            i += 2;
        } else if (c == QLatin1Char('\n')) {
            *error = QStringLiteral("LF without CR at %1").arg(i);
            return {};
        } else {
            field += c;
            ++i;
        }
    }
    if (quoted || !row.isEmpty() || !field.isEmpty()) {
        *error = QStringLiteral("the last row does not end with CRLF");
        return {};
    }
    return rows;
}

struct IcsEvent
{
    QHash<QString, QString> properties; // raw values (TEXT still escaped)
};

struct IcsFile
{
    QHash<QString, QString> calendar;
    QList<IcsEvent> events;
};

/// RFC 5545 TEXT unescaping, strictly: only \\ \; \, \n \N; an unescaped ; or , is an error.
std::optional<QString> unescapeText(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char(';') || c == QLatin1Char(','))
            return std::nullopt;
        if (c != QLatin1Char('\\')) {
            out += c;
            continue;
        }
        if (++i >= value.size())
            return std::nullopt;
        const QChar e = value.at(i);
        if (e == QLatin1Char('\\') || e == QLatin1Char(';') || e == QLatin1Char(','))
            out += e;
        else if (e == QLatin1Char('n') || e == QLatin1Char('N'))
            out += QLatin1Char('\n');
        else
            return std::nullopt;
    }
    return out;
}

/// A small strict iCalendar reader: every line ends with CRLF, no physical line is longer than 75 octets or splits
/// a UTF-8 sequence, folded lines unfold, BEGIN/END nest as VCALENDAR > VEVENT, properties are NAME:VALUE.
std::optional<IcsFile> readIcs(const QByteArray &bytes, QString *error)
{
    if (!bytes.endsWith("\r\n")) {
        *error = QStringLiteral("does not end with CRLF");
        return std::nullopt;
    }
    QList<QByteArray> physical = bytes.split('\n');
    physical.removeLast(); // after the final LF
    QStringList logical;
    for (qsizetype n = 0; n < physical.size(); ++n) {
        QByteArray line = physical.at(n);
        if (!line.endsWith('\r') || line.count('\r') != 1) {
            *error = QStringLiteral("line %1 does not end with CRLF (or holds a CR)").arg(n + 1);
            return std::nullopt;
        }
        line.chop(1);
        if (line.size() > 75) {
            *error = QStringLiteral("line %1 has %2 octets").arg(n + 1).arg(line.size());
            return std::nullopt;
        }
        const QString text = QString::fromUtf8(line);
        if (text.toUtf8() != line || text.contains(QChar::ReplacementCharacter)) {
            *error = QStringLiteral("line %1 is not whole UTF-8").arg(n + 1);
            return std::nullopt;
        }
        if (text.startsWith(QLatin1Char(' ')) || text.startsWith(QLatin1Char('\t'))) {
            if (logical.isEmpty()) {
                *error = QStringLiteral("the first line is a continuation");
                return std::nullopt;
            }
            logical.last() += text.mid(1);
        } else {
            logical << text;
        }
    }
    IcsFile file;
    QStringList open;
    for (const QString &line : std::as_const(logical)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *error = QStringLiteral("no NAME:VALUE in \"%1\"").arg(line);
            return std::nullopt;
        }
        const QString name = line.left(colon);
        const QString value = line.mid(colon + 1);
        static const QRegularExpression propertyName(QStringLiteral("^[A-Z][A-Z0-9-]*$"));
        if (!propertyName.match(name).hasMatch()) {
            *error = QStringLiteral("bad property name \"%1\"").arg(name);
            return std::nullopt;
        }
        if (name == QLatin1String("BEGIN")) {
            if ((open.isEmpty() && value != QLatin1String("VCALENDAR"))
                || (open.size() == 1 && value != QLatin1String("VEVENT")) || open.size() > 1) {
                *error = QStringLiteral("unexpected BEGIN:%1").arg(value);
                return std::nullopt;
            }
            open << value;
            if (value == QLatin1String("VEVENT"))
                file.events.append(IcsEvent{});
            continue;
        }
        if (name == QLatin1String("END")) {
            if (open.isEmpty() || open.last() != value) {
                *error = QStringLiteral("unexpected END:%1").arg(value);
                return std::nullopt;
            }
            open.removeLast();
            continue;
        }
        if (open.isEmpty()) {
            *error = QStringLiteral("property %1 outside VCALENDAR").arg(name);
            return std::nullopt;
        }
        auto &properties = open.size() == 2 ? file.events.last().properties : file.calendar;
        if (properties.contains(name)) {
            *error = QStringLiteral("property %1 twice").arg(name);
            return std::nullopt;
        }
        properties.insert(name, value);
    }
    if (!open.isEmpty()) {
        *error = QStringLiteral("%1 not ended").arg(open.last());
        return std::nullopt;
    }
    return file;
}

std::optional<qint64> icsTime(const QString &value)
{
    const QDateTime t = QDateTime::fromString(value, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!t.isValid() || value.size() != 16)
        return std::nullopt;
    return QDateTime(t.date(), t.time(), QTimeZone::utc()).toMSecsSinceEpoch();
}

struct Written
{
    QByteArray bytes;
    ForecastExport::Summary summary;
};

Written exportOf(const ForecastExport::Source &source, const ForecastExport::Options &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<ForecastExport::Summary> summary = ForecastExport::write(source, &buffer, options);
    if (!summary)
        qWarning("%s", qPrintable(summary.error()));
    return {buffer.data(), summary ? *summary : ForecastExport::Summary{}};
}

/// The fires each VEVENT stands for (DTSTART, or its RRULE expanded), by SUMMARY. \a problem names the first event
/// that lacks a required property, repeats a UID, or has a value that does not read back.
QHash<QString, QList<qint64>> firesOf(const IcsFile &file, QString *problem, QStringList *rules = nullptr)
{
    const auto report = [problem](const QString &text) {
        if (problem->isEmpty())
            *problem = text;
    };
    QHash<QString, QList<qint64>> fires;
    QSet<QString> uids;
    for (const IcsEvent &e : file.events) {
        for (const char *required : {"UID", "DTSTAMP", "DTSTART", "DURATION", "SUMMARY", "DESCRIPTION"}) {
            if (!e.properties.contains(QLatin1String(required)))
                report(QStringLiteral("an event has no %1").arg(QLatin1String(required)));
        }
        const QString uid = e.properties.value(QStringLiteral("UID"));
        if (uids.contains(uid))
            report(QStringLiteral("UID %1 twice").arg(uid));
        uids.insert(uid);
        const std::optional<qint64> start = icsTime(e.properties.value(QStringLiteral("DTSTART")));
        const std::optional<QString> summary = unescapeText(e.properties.value(QStringLiteral("SUMMARY")));
        if (!start || !summary || !icsTime(e.properties.value(QStringLiteral("DTSTAMP")))
            || !unescapeText(e.properties.value(QStringLiteral("DESCRIPTION")))) {
            report(QStringLiteral("bad event %1").arg(uid));
            continue;
        }
        const QString rule = e.properties.value(QStringLiteral("RRULE"));
        if (rule.isEmpty()) {
            fires[*summary].append(*start);
            continue;
        }
        if (rules)
            rules->append(rule);
        const Result<QList<qint64>> instances = ForecastExport::expandRecurrenceRule(rule, *start, 10000000);
        if (!instances)
            report(QStringLiteral("bad rule %1: %2").arg(rule, instances.error()));
        else
            fires[*summary].append(*instances);
    }
    for (auto &list : fires)
        std::sort(list.begin(), list.end());
    return fires;
}

QString summaryOf(const Trigger &t) { return t.jobKey().toString() + QStringLiteral(" / ") + t.key().toString(); }

/// Runs the real qronosctl binary.
struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

Run qronosctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(QRONOSCTL_PATH), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        r.err = QStringLiteral("did not finish");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class tst_ForecastExport : public QObject
{
    Q_OBJECT

private slots:
    void visitMatchesForecastFires();
    void visitStopsWhenAsked();
    void csvMatchesTheEngine_data();
    void csvMatchesTheEngine();
    void csvQuotesAndBom_data();
    void csvQuotesAndBom();
    void icsMatchesTheEngine_data();
    void icsMatchesTheEngine();
    void icsFoldsAndEscapes();
    void icsUidsAreStable();
    void recurrenceRules_data();
    void recurrenceRules();
    void capTruncates_data();
    void capTruncates();
    void badInputIsRefused();
    void expanderFollowsRfc5545_data();
    void expanderFollowsRfc5545();
    void expanderRefusesWhatItDoesNotWrite_data();
    void expanderRefusesWhatItDoesNotWrite();
    void selection();
    void commandLine();
    void commandLineErrors_data();
    void commandLineErrors();
};

void tst_ForecastExport::visitMatchesForecastFires()
{
    const CalendarPtr work = holidays();
    QList<Trigger> triggers = {
        stored(cron(QStringLiteral("weekdays"), "0 30 9 ? * MON-FRI", "Asia/Shanghai", "2026-09-01T00:00:00Z",
                    QStringLiteral("work")),
               work.get()),
        stored(cron(QStringLiteral("quarter"), "0 0/15 * * * ?", "Europe/Berlin", "2026-09-28T00:00:00Z"), nullptr),
        stored(simple(QStringLiteral("every-7m"), "2026-09-27T23:58:30Z", 7 * 60000), nullptr),
        stored(cron(QStringLiteral("same-time"), "0 0/15 * * * ?", "UTC", "2026-09-28T00:00:00Z"), nullptr),
        stored(cron(QStringLiteral("gone"), "0 0 * * * ?", "UTC", "2026-09-28T00:00:00Z", QStringLiteral("nope")),
               nullptr),
    };
    triggers[3].setPriority(9);
    const auto calendarOf = [&](const QString &name) { return name == QLatin1String("work") ? work : CalendarPtr(); };
    const qint64 from = ms("2026-09-28T00:00:00Z");
    const qint64 to = ms("2026-10-06T00:00:00Z");
    const Forecast all = forecastFires(triggers, calendarOf, from, to, 1000000);
    QList<ForecastFire> visited;
    const ForecastVisit v = visitForecastFires(triggers, calendarOf, from, to, [&](const ForecastFire &f) {
        visited.append(f);
        return true;
    });
    QVERIFY(!v.stopped);
    QCOMPARE(v.missingCalendars, all.missingCalendars);
    QCOMPARE(visited.size(), all.fires.size());
    QVERIFY(visited.size() > 3000);
    for (qsizetype i = 0; i < visited.size(); ++i) {
        const ForecastFire &a = visited.at(i);
        const ForecastFire &b = all.fires.at(i);
        QVERIFY2(a.fireTime == b.fireTime && a.trigger == b.trigger && a.job == b.job && a.priority == b.priority,
                 qPrintable(QStringLiteral("fire %1: %2 %3 vs %4 %5")
                                .arg(i)
                                .arg(IsoTime::formatUtc(a.fireTime), a.trigger.toString(),
                                     IsoTime::formatUtc(b.fireTime), b.trigger.toString())));
    }
}

void tst_ForecastExport::visitStopsWhenAsked()
{
    const QList<Trigger> triggers = {stored(simple(QStringLiteral("s"), "2026-01-01T00:00:00Z", 1000), nullptr)};
    int seen = 0;
    const ForecastVisit v = visitForecastFires(triggers, {}, ms("2026-01-01T00:00:00Z"), ms("2027-01-01T00:00:00Z"),
                                               [&](const ForecastFire &) { return ++seen < 5; });
    QVERIFY(v.stopped);
    QCOMPARE(seen, 5);
}

void tst_ForecastExport::csvMatchesTheEngine_data()
{
    QTest::addColumn<Trigger>("trigger");
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("expected");

    // Spring forward in Berlin (29 March 2026): 02:30 does not exist that day.
    QTest::newRow("cron-berlin-spring") << cron(QStringLiteral("c1"), "0 30 2 * * ?", "Europe/Berlin", "2026-03-20T00:00:00Z")
                                        << QString() << QByteArray("Europe/Berlin") << "2026-03-27T00:00:00Z"
                                        << "2026-04-01T00:00:00Z" << -1;
    // Fall back in New York (1 November 2026): 01:30 happens twice.
    QTest::newRow("cron-newyork-fall") << cron(QStringLiteral("c2"), "0 30 1 * * ?", "America/New_York", "2026-10-25T00:00:00Z")
                                       << QString() << QByteArray("Asia/Shanghai") << "2026-10-30T00:00:00Z"
                                       << "2026-11-04T00:00:00Z" << -1;
    QTest::newRow("cron-weekdays-holidays")
        << cron(QStringLiteral("c3"), "0 15 10 ? * MON-FRI", "Asia/Shanghai", "2026-09-01T00:00:00Z", QStringLiteral("work"))
        << QStringLiteral("work") << QByteArray("UTC") << "2026-09-28T00:00:00Z" << "2026-10-12T00:00:00Z" << 8;
    QTest::newRow("simple-90min") << simple(QStringLiteral("s1"), "2026-03-28T00:10:00Z", 90 * 60000)
                                  << QString() << QByteArray("Europe/Berlin") << "2026-03-28T00:00:00Z"
                                  << "2026-03-30T00:00:00Z" << 32;
    QTest::newRow("calendar-interval-day-berlin")
        << make(QStringLiteral("ci"), CalendarIntervalSchedule{1, IntervalUnit::Day, true, false}, "Europe/Berlin",
                "2026-03-25T08:00:00Z")
        << QString() << QByteArray("Europe/Berlin") << "2026-03-25T00:00:00Z" << "2026-04-02T00:00:00Z" << 8;
    DailyTimeIntervalSchedule daily;
    daily.repeatInterval = 2;
    daily.unit = IntervalUnit::Hour;
    daily.daysOfWeek = 0b01111100; // Monday to Friday
    daily.startTimeOfDay = {9, 0, 0};
    daily.endTimeOfDay = {17, 0, 0};
    QTest::newRow("daily-time-interval-holidays")
        << make(QStringLiteral("dti"), daily, "Asia/Shanghai", "2026-09-20T00:00:00Z", QStringLiteral("work"))
        << QStringLiteral("work") << QByteArray("Asia/Shanghai") << "2026-09-28T00:00:00Z" << "2026-10-06T00:00:00Z"
        << 20;
}

void tst_ForecastExport::csvMatchesTheEngine()
{
    QFETCH(Trigger, trigger);
    QFETCH(QString, calendar);
    QFETCH(QByteArray, zone);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, expected);
    const CalendarPtr cal = calendar.isEmpty() ? CalendarPtr() : holidays();
    ForecastExport::Source source = sourceOf(trigger, calendar, cal);
    source.requiredNodeTags.insert(trigger.jobKey(), QStringLiteral("gpu"));
    ForecastExport::Options options;
    options.fromMs = IsoTime::parse(from).value();
    options.toMs = IsoTime::parse(to).value();
    options.zone = ZoneRules::forId(zone).value();
    const Written w = exportOf(source, options);
    QString error;
    const QList<QStringList> rows = readCsv(w.bytes, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.value(0), ForecastExport::csvColumnNames());

    const QList<qint64> fires = engineFires(source.triggers.first(), cal.get(), options.fromMs, options.toMs);
    if (expected >= 0)
        QCOMPARE(fires.size(), expected);
    QVERIFY(!fires.isEmpty());
    QCOMPARE(rows.size() - 1, fires.size());
    QCOMPARE(w.summary.fires, fires.size());
    QVERIFY(!w.summary.truncated);
    const QTimeZone qtZone(zone);
    for (qsizetype i = 0; i < fires.size(); ++i) {
        const QStringList &row = rows.at(i + 1);
        QCOMPARE(row.size(), 9);
        QCOMPARE(row.at(0), trigger.key().group());
        QCOMPARE(row.at(1), trigger.key().name());
        QCOMPARE(row.at(2), trigger.jobKey().group());
        QCOMPARE(row.at(3), trigger.jobKey().name());
        QCOMPARE(row.at(4), IsoTime::formatUtc(fires.at(i)));
        // The local time is the same instant, with Qt's own offset for that zone.
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(fires.at(i), QTimeZone::utc());
        QCOMPARE(row.at(5), IsoTime::formatWithOffset(fires.at(i), qint64(qtZone.offsetFromUtc(utc)) * 1000));
        QCOMPARE(IsoTime::parse(row.at(5)), fires.at(i));
        QCOMPARE(row.at(6), QString::fromLatin1(zone));
        QCOMPARE(row.at(7), QStringLiteral("gpu"));
        QCOMPARE(row.at(8), calendar);
    }
}

void tst_ForecastExport::csvQuotesAndBom_data()
{
    QTest::addColumn<QString>("triggerName");
    QTest::addColumn<QString>("jobName");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("bom");
    QTest::newRow("plain") << "nightly" << "report" << "" << false;
    QTest::newRow("comma") << "a,b" << "job, with comma" << "x,y" << false;
    QTest::newRow("quotes") << "say \"hi\"" << "\"quoted\"" << "q\"" << true;
    QTest::newRow("newlines") << "line1\nline2" << "crlf\r\nend" << "t" << false;
    QTest::newRow("cjk") << QStringLiteral("每日报表") << QStringLiteral("数据，备份") << QStringLiteral("北京") << true;
}

void tst_ForecastExport::csvQuotesAndBom()
{
    QFETCH(QString, triggerName);
    QFETCH(QString, jobName);
    QFETCH(QString, tag);
    QFETCH(bool, bom);
    Trigger t = cron(triggerName, "0 0 * * * ?", "UTC", "2026-01-01T00:00:00Z");
    t.setJobKey(JobKey(jobName, QStringLiteral("g,1")));
    ForecastExport::Source source;
    source.triggers = {stored(t, nullptr)};
    if (!tag.isEmpty())
        source.requiredNodeTags.insert(t.jobKey(), tag);
    ForecastExport::Options options;
    options.fromMs = ms("2026-01-01T00:00:00Z");
    options.toMs = ms("2026-01-01T03:00:00Z");
    options.byteOrderMark = bom;
    const Written w = exportOf(source, options);
    QCOMPARE(w.bytes.startsWith("\xEF\xBB\xBF"), bom);
    QString error;
    const QList<QStringList> rows = readCsv(bom ? w.bytes.mid(3) : w.bytes, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 4);
    for (int i = 1; i < 4; ++i) {
        QCOMPARE(rows.at(i).at(1), triggerName);
        QCOMPARE(rows.at(i).at(2), QStringLiteral("g,1"));
        QCOMPARE(rows.at(i).at(3), jobName);
        QCOMPARE(rows.at(i).at(4), IsoTime::formatUtc(options.fromMs + (i - 1) * 3600000));
        QCOMPARE(rows.at(i).at(7), tag);
    }
}

void tst_ForecastExport::icsMatchesTheEngine_data() { csvMatchesTheEngine_data(); }

void tst_ForecastExport::icsMatchesTheEngine()
{
    QFETCH(Trigger, trigger);
    QFETCH(QString, calendar);
    QFETCH(QByteArray, zone);
    QFETCH(QString, from);
    QFETCH(QString, to);
    const CalendarPtr cal = calendar.isEmpty() ? CalendarPtr() : holidays();
    ForecastExport::Source source = sourceOf(trigger, calendar, cal);
    ForecastExport::Options options;
    options.format = ForecastExport::Format::ICalendar;
    options.fromMs = IsoTime::parse(from).value();
    options.toMs = IsoTime::parse(to).value();
    options.zone = ZoneRules::forId(zone).value();
    options.stampMs = ms("2026-01-01T00:00:00Z");
    const QList<qint64> fires = engineFires(source.triggers.first(), cal.get(), options.fromMs, options.toMs);
    for (const bool rules : {true, false}) {
        options.recurrenceRules = rules;
        const Written w = exportOf(source, options);
        QString error;
        const std::optional<IcsFile> file = readIcs(w.bytes, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->calendar.value(QStringLiteral("VERSION")), QStringLiteral("2.0"));
        QVERIFY(!file->calendar.value(QStringLiteral("PRODID")).isEmpty());
        QString problem;
        const QHash<QString, QList<qint64>> byTrigger = firesOf(*file, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(byTrigger.size(), 1);
        QCOMPARE(byTrigger.value(summaryOf(trigger)), fires);
        QCOMPARE(w.summary.fires, fires.size());
        if (!rules)
            QCOMPARE(file->events.size(), fires.size());
    }
}

void tst_ForecastExport::icsFoldsAndEscapes()
{
    // Long names of multi-byte characters with every TEXT special: lines fold at 75 octets between characters.
    const QString name = QStringLiteral("报表,备份;清理\\归档\n第二行") + QString(40, QChar(0x6570)) + QStringLiteral("😀x");
    Trigger t = cron(name, "0 0 12 * * ?", "UTC", "2026-01-01T00:00:00Z", QStringLiteral("节假日, 中国"));
    t.setDescription(QStringLiteral("描述 \"quoted\"; a\\b"));
    ForecastExport::Source source;
    source.calendars.insert(t.calendarName(), parseCalendarSpec(QStringLiteral("holiday:2026-01-02"), ZoneRules::utc()).value());
    source.triggers = {stored(t, source.calendars.value(t.calendarName()).get())};
    source.requiredNodeTags.insert(t.jobKey(), QStringLiteral("tag;1"));
    ForecastExport::Options options;
    options.format = ForecastExport::Format::ICalendar;
    options.fromMs = ms("2026-01-01T00:00:00Z");
    options.toMs = ms("2026-01-10T00:00:00Z");
    const Written w = exportOf(source, options);
    QString error;
    const std::optional<IcsFile> file = readIcs(w.bytes, &error);
    QVERIFY2(file, qPrintable(error));
    QVERIFY(w.bytes.contains("\r\n ")); // something was folded
    QCOMPARE(file->events.size(), 8); // 1 and 3 to 9 January: the 2nd is a holiday, so no rule
    for (const IcsEvent &e : file->events) {
        QCOMPARE(unescapeText(e.properties.value(QStringLiteral("SUMMARY"))), summaryOf(t));
        const std::optional<QString> description = unescapeText(e.properties.value(QStringLiteral("DESCRIPTION")));
        QVERIFY(description);
        QVERIFY2(description->contains(name), qPrintable(*description));
        QVERIFY(description->contains(QStringLiteral("节假日, 中国")));
        QVERIFY(description->contains(QStringLiteral("tag;1")));
        QVERIFY(description->contains(t.description()));
        QVERIFY(!e.properties.contains(QStringLiteral("RRULE")));
    }
}

void tst_ForecastExport::icsUidsAreStable()
{
    ForecastExport::Source source;
    source.triggers = {stored(cron(QStringLiteral("a"), "0 0 * * * ?", "UTC", "2026-01-01T00:00:00Z"), nullptr),
                       stored(cron(QStringLiteral("b"), "0 0 * * * ?", "UTC", "2026-01-01T00:00:00Z"), nullptr)};
    ForecastExport::Options options;
    options.format = ForecastExport::Format::ICalendar;
    options.recurrenceRules = false;
    options.fromMs = ms("2026-01-01T00:00:00Z");
    options.toMs = ms("2026-01-01T05:00:00Z");
    QStringList uids[2];
    for (int run = 0; run < 2; ++run) {
        options.stampMs = ms("2026-01-01T00:00:00Z") + run * 1000;
        QString error;
        const std::optional<IcsFile> file = readIcs(exportOf(source, options).bytes, &error);
        QVERIFY2(file, qPrintable(error));
        for (const IcsEvent &e : file->events)
            uids[run] << e.properties.value(QStringLiteral("UID"));
    }
    QCOMPARE(uids[0].size(), 10);
    QCOMPARE(uids[0], uids[1]);
    QCOMPARE(QSet<QString>(uids[0].cbegin(), uids[0].cend()).size(), 10);
}

void tst_ForecastExport::recurrenceRules_data()
{
    QTest::addColumn<Trigger>("trigger");
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("rule"); // empty: one event per fire

    QTest::newRow("simple-15min") << simple(QStringLiteral("s"), "2026-03-01T00:00:00Z", 15 * 60000) << QString()
                                  << "2026-03-01T00:00:00Z" << "2026-03-02T00:00:00Z"
                                  << "FREQ=MINUTELY;INTERVAL=15;COUNT=96";
    QTest::newRow("simple-1s") << simple(QStringLiteral("s"), "2026-03-01T09:59:00Z", 1000) << QString()
                               << "2026-03-01T10:00:00Z" << "2026-03-01T11:00:00Z" << "FREQ=SECONDLY;COUNT=3600";
    QTest::newRow("simple-6h-repeat-3") << simple(QStringLiteral("s"), "2026-03-01T00:00:00Z", 6 * 3600000, 3)
                                        << QString() << "2026-02-01T00:00:00Z" << "2026-04-01T00:00:00Z"
                                        << "FREQ=HOURLY;INTERVAL=6;COUNT=4";
    QTest::newRow("cron-daily-utc") << cron(QStringLiteral("c"), "0 0 10 * * ?", "UTC", "2026-01-01T00:00:00Z")
                                    << QString() << "2026-03-01T00:00:00Z" << "2026-04-01T00:00:00Z"
                                    << "FREQ=DAILY;COUNT=31";
    // Shanghai has no daylight saving time: a weekday cron is a weekly rule at 02:15 UTC.
    QTest::newRow("cron-weekdays-shanghai")
        << cron(QStringLiteral("c"), "0 15 10 ? * MON-FRI", "Asia/Shanghai", "2026-01-01T00:00:00Z") << QString()
        << "2026-03-02T00:00:00Z" << "2026-03-16T00:00:00Z" << "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10";
    // 01:00 on Monday in Shanghai is Sunday 17:00 UTC.
    QTest::newRow("cron-monday-shanghai")
        << cron(QStringLiteral("c"), "0 0 1 ? * MON", "Asia/Shanghai", "2026-01-01T00:00:00Z") << QString()
        << "2026-03-01T00:00:00Z" << "2026-03-31T00:00:00Z" << "FREQ=WEEKLY;COUNT=5";
    // Berlin in summer only: no transition in the period, so the rule holds there.
    QTest::newRow("cron-weekdays-berlin-summer")
        << cron(QStringLiteral("c"), "0 15 10 ? * MON-FRI", "Europe/Berlin", "2026-01-01T00:00:00Z") << QString()
        << "2026-06-01T00:00:00Z" << "2026-06-15T00:00:00Z" << "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10";
    QTest::newRow("calendar-interval-2-weeks")
        << make(QStringLiteral("ci"), CalendarIntervalSchedule{2, IntervalUnit::Week, false, false}, "UTC",
                "2026-01-05T09:00:00Z")
        << QString() << "2026-01-01T00:00:00Z" << "2026-03-01T00:00:00Z" << "FREQ=WEEKLY;INTERVAL=2;COUNT=4";

    // Falling back to one event per fire:
    QTest::newRow("cron-weekdays-berlin-dst")
        << cron(QStringLiteral("c"), "0 15 10 ? * MON-FRI", "Europe/Berlin", "2026-01-01T00:00:00Z") << QString()
        << "2026-03-23T00:00:00Z" << "2026-04-04T00:00:00Z" << QString();
    QTest::newRow("cron-fall-back-newyork")
        << cron(QStringLiteral("c"), "0 30 1 * * ?", "America/New_York", "2026-01-01T00:00:00Z") << QString()
        << "2026-10-29T00:00:00Z" << "2026-11-04T00:00:00Z" << QString();
    QTest::newRow("cron-with-holidays")
        << cron(QStringLiteral("c"), "0 15 10 ? * MON-FRI", "Asia/Shanghai", "2026-01-01T00:00:00Z", QStringLiteral("work"))
        << QStringLiteral("work") << "2026-09-28T00:00:00Z" << "2026-10-12T00:00:00Z" << QString();
    QTest::newRow("simple-1500ms") << simple(QStringLiteral("s"), "2026-03-01T00:00:00Z", 1500) << QString()
                                   << "2026-03-01T00:00:00Z" << "2026-03-01T00:10:00Z" << QString();
    QTest::newRow("simple-milliseconds-start") << simple(QStringLiteral("s"), "2026-03-01T00:00:00.250Z", 60000)
                                               << QString() << "2026-03-01T00:00:00Z" << "2026-03-01T01:00:00Z"
                                               << QString();
    QTest::newRow("cron-month-ends") << cron(QStringLiteral("c"), "0 0 12 L * ?", "UTC", "2026-01-01T00:00:00Z")
                                     << QString() << "2026-01-01T00:00:00Z" << "2026-07-01T00:00:00Z" << QString();
}

void tst_ForecastExport::recurrenceRules()
{
    QFETCH(Trigger, trigger);
    QFETCH(QString, calendar);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, rule);
    const CalendarPtr cal = calendar.isEmpty() ? CalendarPtr() : holidays();
    ForecastExport::Source source = sourceOf(trigger, calendar, cal);
    ForecastExport::Options options;
    options.format = ForecastExport::Format::ICalendar;
    options.fromMs = IsoTime::parse(from).value();
    options.toMs = IsoTime::parse(to).value();
    const Written w = exportOf(source, options);
    QString error;
    const std::optional<IcsFile> file = readIcs(w.bytes, &error);
    QVERIFY2(file, qPrintable(error));
    QStringList rules;
    QString problem;
    const QHash<QString, QList<qint64>> byTrigger = firesOf(*file, &problem, &rules);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QList<qint64> fires = engineFires(source.triggers.first(), cal.get(), options.fromMs, options.toMs);
    QVERIFY(fires.size() > 1);
    // Every event's fires (a rule expanded) are the engine's, rule or not (iCalendar has whole seconds only).
    QList<qint64> seconds;
    for (qint64 at : fires)
        seconds << at / 1000 * 1000;
    QCOMPARE(byTrigger.value(summaryOf(trigger)), seconds);
    if (rule.isEmpty()) {
        QVERIFY2(rules.isEmpty(), qPrintable(rules.join(QLatin1Char(' '))));
        QCOMPARE(file->events.size(), fires.size());
        QCOMPARE(w.summary.recurrenceRules, 0);
    } else {
        QCOMPARE(rules, QStringList{rule});
        QCOMPARE(file->events.size(), 1);
        QCOMPARE(w.summary.recurrenceRules, 1);
        QCOMPARE(file->events.first().properties.value(QStringLiteral("DTSTART")),
                 QDateTime::fromMSecsSinceEpoch(fires.first(), QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    }
}

void tst_ForecastExport::capTruncates_data()
{
    QTest::addColumn<bool>("ics");
    QTest::addColumn<bool>("rules");
    QTest::newRow("csv") << false << false;
    QTest::newRow("ics-rule") << true << true;
    QTest::newRow("ics-events") << true << false;
}

void tst_ForecastExport::capTruncates()
{
    QFETCH(bool, ics);
    QFETCH(bool, rules);
    // A per-second trigger over a year and an hourly one: the cap keeps the earliest 1,000 fires of both together.
    ForecastExport::Source source;
    source.triggers = {stored(simple(QStringLiteral("second"), "2026-01-01T00:00:00Z", 1000), nullptr),
                       stored(cron(QStringLiteral("hourly"), "0 0 * * * ?", "UTC", "2026-01-01T00:00:00Z"), nullptr)};
    ForecastExport::Options options;
    options.format = ics ? ForecastExport::Format::ICalendar : ForecastExport::Format::Csv;
    options.recurrenceRules = rules;
    options.fromMs = ms("2026-01-01T00:00:00Z");
    options.toMs = ms("2027-01-01T00:00:00Z");
    options.maxFires = 1000;
    QElapsedTimer timer;
    timer.start();
    const Written w = exportOf(source, options);
    QVERIFY2(timer.elapsed() < 5000, "the cap must stop the work, not only the writing");
    QVERIFY(w.summary.truncated);
    QCOMPARE(w.summary.fires, 1000);
    // 00:00:00 fires both triggers (the hourly one first: same priority, "hourly" < "second"), then 998 seconds.
    QList<qint64> seconds;
    for (int i = 0; i < 999; ++i)
        seconds << options.fromMs + i * 1000;
    if (!ics) {
        QString error;
        const QList<QStringList> rows = readCsv(w.bytes, &error);
        QCOMPARE(rows.size(), 1001);
        QCOMPARE(rows.at(1).at(1), QStringLiteral("hourly"));
        QCOMPARE(rows.last().at(4), IsoTime::formatUtc(seconds.last()));
        return;
    }
    QString error;
    const std::optional<IcsFile> file = readIcs(w.bytes, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->calendar.value(QStringLiteral("X-QRONOS-TRUNCATED")), QStringLiteral("TRUE"));
    QString problem;
    const QHash<QString, QList<qint64>> byTrigger = firesOf(*file, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(byTrigger.value(summaryOf(source.triggers.at(0))), seconds);
    QCOMPARE(byTrigger.value(summaryOf(source.triggers.at(1))), QList<qint64>{options.fromMs});
    QCOMPARE(file->events.size(), rules ? 2 : 1000);

    // No limit: every fire (a day here).
    options.maxFires = 0;
    options.toMs = ms("2026-01-02T00:00:00Z");
    const Written all = exportOf(source, options);
    QVERIFY(!all.summary.truncated);
    QCOMPARE(all.summary.fires, 86400 + 24);
}

void tst_ForecastExport::badInputIsRefused()
{
    ForecastExport::Source source;
    source.triggers = {stored(simple(QStringLiteral("s"), "2026-01-01T00:00:00Z", 1000), nullptr)};
    ForecastExport::Options options;
    options.fromMs = ms("2026-01-02T00:00:00Z");
    options.toMs = options.fromMs;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Result<ForecastExport::Summary> r = ForecastExport::write(source, &buffer, options);
    QVERIFY(!r);
    QVERIFY2(r.error().contains(QLatin1String("2026-01-02T00:00:00.000Z")), qPrintable(r.error()));
    QVERIFY(buffer.data().isEmpty());
    QBuffer closed;
    options.toMs = options.fromMs + 1000;
    r = ForecastExport::write(source, &closed, options);
    QVERIFY(!r);
    QVERIFY(r.error().contains(QLatin1String("not open")));

    // A calendar that is not in the source: the trigger has no fires and is reported.
    Trigger t = cron(QStringLiteral("c"), "0 * * * * ?", "UTC", "2026-01-01T00:00:00Z", QStringLiteral("gone"));
    source.triggers = {stored(t, nullptr)};
    const Written w = exportOf(source, options);
    QCOMPARE(w.summary.fires, 0);
    QCOMPARE(w.summary.missingCalendars, QList<TriggerKey>{t.key()});
}

void tst_ForecastExport::expanderFollowsRfc5545_data()
{
    // Expected instances written out by hand from RFC 5545 section 3.3.10 (and checked with python-dateutil).
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QStringList>("instances");
    QTest::newRow("secondly") << "FREQ=SECONDLY;COUNT=3" << "2026-01-01T23:59:59Z"
                              << QStringList{"2026-01-01T23:59:59Z", "2026-01-02T00:00:00Z", "2026-01-02T00:00:01Z"};
    QTest::newRow("minutely-15") << "FREQ=MINUTELY;INTERVAL=15;COUNT=3" << "2026-03-29T00:50:00Z"
                                 << QStringList{"2026-03-29T00:50:00Z", "2026-03-29T01:05:00Z", "2026-03-29T01:20:00Z"};
    QTest::newRow("hourly-6") << "FREQ=HOURLY;INTERVAL=6;COUNT=2" << "2026-12-31T20:00:00Z"
                              << QStringList{"2026-12-31T20:00:00Z", "2027-01-01T02:00:00Z"};
    QTest::newRow("daily-utc-across-dst") << "FREQ=DAILY;COUNT=3" << "2026-03-28T10:00:00Z"
                                          << QStringList{"2026-03-28T10:00:00Z", "2026-03-29T10:00:00Z",
                                                         "2026-03-30T10:00:00Z"};
    QTest::newRow("weekly-2") << "FREQ=WEEKLY;INTERVAL=2;COUNT=3" << "2026-02-26T09:00:00Z"
                              << QStringList{"2026-02-26T09:00:00Z", "2026-03-12T09:00:00Z", "2026-03-26T09:00:00Z"};
    QTest::newRow("weekdays-from-friday") << "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=4" << "2026-01-02T02:15:00Z"
                                          << QStringList{"2026-01-02T02:15:00Z", "2026-01-05T02:15:00Z",
                                                         "2026-01-06T02:15:00Z", "2026-01-07T02:15:00Z"};
    QTest::newRow("weekend-across-year") << "FREQ=WEEKLY;BYDAY=SA,SU;COUNT=3" << "2026-12-27T17:00:00Z"
                                         << QStringList{"2026-12-27T17:00:00Z", "2027-01-02T17:00:00Z",
                                                        "2027-01-03T17:00:00Z"};
}

void tst_ForecastExport::expanderFollowsRfc5545()
{
    QFETCH(QString, rule);
    QFETCH(QString, start);
    QFETCH(QStringList, instances);
    const Result<QList<qint64>> expanded = ForecastExport::expandRecurrenceRule(rule, IsoTime::parse(start).value(), 100);
    QVERIFY2(expanded, qPrintable(expanded.error()));
    QStringList actual;
    for (qint64 at : *expanded)
        actual << IsoTime::formatUtc(at).replace(QLatin1String(".000Z"), QLatin1String("Z"));
    QCOMPARE(actual, instances);
}

void tst_ForecastExport::expanderRefusesWhatItDoesNotWrite_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("monthly") << "FREQ=MONTHLY;COUNT=3" << "MONTHLY";
    QTest::newRow("until") << "FREQ=DAILY;UNTIL=20260101T000000Z" << "UNTIL";
    QTest::newRow("byday-interval") << "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO" << "BYDAY";
    QTest::newRow("byday-daily") << "FREQ=DAILY;BYDAY=MO" << "BYDAY";
    QTest::newRow("numbered-day") << "FREQ=WEEKLY;BYDAY=1MO" << "1MO";
    QTest::newRow("zero-interval") << "FREQ=DAILY;INTERVAL=0" << "INTERVAL";
    QTest::newRow("no-freq") << "COUNT=3" << "FREQ";
    QTest::newRow("twice") << "FREQ=DAILY;FREQ=DAILY" << "FREQ";
}

void tst_ForecastExport::expanderRefusesWhatItDoesNotWrite()
{
    QFETCH(QString, rule);
    QFETCH(QString, mentions);
    const Result<QList<qint64>> r = ForecastExport::expandRecurrenceRule(rule, 0, 10);
    QVERIFY(!r);
    QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
    // And what it does write, it expands as RFC 5545 says: DTSTART first, then the set days.
    const qint64 monday = ms("2026-03-02T02:15:00Z");
    QCOMPARE(ForecastExport::expandRecurrenceRule(QStringLiteral("FREQ=WEEKLY;BYDAY=MO,FR;COUNT=4"), monday, 10).value(),
             (QList<qint64>{monday, monday + 4 * 86400000, monday + 7 * 86400000, monday + 11 * 86400000}));
}

void tst_ForecastExport::selection()
{
    ForecastExport::Selection s;
    const Trigger t = cron(QStringLiteral("t"), "0 0 * * * ?", "UTC", "2026-01-01T00:00:00Z"); // reports.t -> jobs.t
    QVERIFY(s.isAll() && s.includes(t));
    s.groups = {QStringLiteral("other")};
    QVERIFY(!s.includes(t));
    s.groups = {QStringLiteral("reports")}; // the trigger's own group does not select it: jobs do
    QVERIFY(!s.includes(t));
    s.groups = {QStringLiteral("jobs")};
    QVERIFY(s.includes(t));
    s.groups.clear();
    s.jobs = {JobKey(QStringLiteral("t"), QStringLiteral("jobs"))};
    QVERIFY(s.includes(t));
    s.jobs = {JobKey(QStringLiteral("t"), QStringLiteral("reports"))};
    QVERIFY(!s.includes(t));
}

void tst_ForecastExport::commandLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("forecast.db"));
    const CalendarPtr work = holidays();
    {
        SqlJobStore::Options storeOptions;
        auto store = SqlJobStore::open(DatabaseUrl::parse(url).value(), storeOptions);
        QVERIFY2(store, qPrintable(store.error()));
        QVERIFY((*store)->storeCalendar(QStringLiteral("work"), work, false, false));
        JobDetail report(JobKey(QStringLiteral("报表"), QStringLiteral("finance")), QStringLiteral("noop"));
        report.setRequiredNodeTag(QStringLiteral("gpu"));
        JobDetail backup(JobKey(QStringLiteral("backup"), QStringLiteral("ops")), QStringLiteral("noop"));
        Trigger weekdays = cron(QStringLiteral("weekdays"), "0 15 10 ? * MON-FRI", "Asia/Shanghai",
                                "2026-09-01T00:00:00Z", QStringLiteral("work"));
        weekdays.setJobKey(report.key());
        Trigger hourly = cron(QStringLiteral("hourly"), "0 0 * * * ?", "Europe/Berlin", "2026-09-01T00:00:00Z");
        hourly.setJobKey(backup.key());
        Trigger paused = cron(QStringLiteral("paused"), "0 * * * * ?", "UTC", "2026-09-01T00:00:00Z");
        paused.setJobKey(backup.key());
        QVERIFY((*store)->storeJobAndTriggers(report, {stored(weekdays, work.get())}, false));
        QVERIFY((*store)->storeJobAndTriggers(backup, {stored(hourly, nullptr), stored(paused, nullptr)}, false));
        QVERIFY((*store)->pauseTrigger(paused.key()).value());
    }
    const QStringList period = {QStringLiteral("--db"), url, QStringLiteral("--from"),
                                QStringLiteral("2026-09-28T00:00:00+08:00"), QStringLiteral("--to"),
                                QStringLiteral("2026-10-12T00:00:00+08:00"), QStringLiteral("--zone"),
                                QStringLiteral("Asia/Shanghai")};
    const qint64 from = ms("2026-09-28T00:00:00+08:00");
    const qint64 to = ms("2026-10-12T00:00:00+08:00");

    // CSV to stdout, one group: the weekday report on the 8 working days, with its tag and calendar.
    Run r = qronosctl(QStringList{QStringLiteral("forecast")} + period
                      + QStringList{QStringLiteral("--group"), QStringLiteral("finance"), QStringLiteral("--bom")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith("\xEF\xBB\xBF"));
    QString error;
    QList<QStringList> rows = readCsv(r.out.mid(3), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Trigger weekdays = cron(QStringLiteral("weekdays"), "0 15 10 ? * MON-FRI", "Asia/Shanghai", "2026-09-01T00:00:00Z",
                            QStringLiteral("work"));
    const QList<qint64> expected = engineFires(stored(weekdays, work.get()), work.get(), from, to);
    QCOMPARE(expected.size(), 8);
    QCOMPARE(rows.size(), 9);
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(rows.at(i + 1).at(3), QStringLiteral("报表"));
        QCOMPARE(rows.at(i + 1).at(4), IsoTime::formatUtc(expected.at(i)));
        QVERIFY(rows.at(i + 1).at(5).endsWith(QLatin1String("T10:15:00.000+08:00")));
        QCOMPARE(rows.at(i + 1).at(7), QStringLiteral("gpu"));
        QCOMPARE(rows.at(i + 1).at(8), QStringLiteral("work"));
    }

    // One job: its hourly trigger only (the paused one is not counted: it is left out).
    r = qronosctl(QStringList{QStringLiteral("forecast")} + period
                  + QStringList{QStringLiteral("--job"), QStringLiteral("ops.backup"), QStringLiteral("--format"),
                                QStringLiteral("csv")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    rows = readCsv(r.out, &error);
    QCOMPARE(rows.size(), 1 + 14 * 24);
    for (qsizetype i = 1; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).at(1), QStringLiteral("hourly"));

    // Everything, with a cap: the paused trigger is left out (and said so), the cap noted.
    r = qronosctl(QStringList{QStringLiteral("forecast")} + period
                  + QStringList{QStringLiteral("--max-fires"), QStringLiteral("100")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    rows = readCsv(r.out, &error);
    QCOMPARE(rows.size(), 101);
    QVERIFY2(r.err.contains(QLatin1String("1 paused trigger")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("100")), qPrintable(r.err));

    // iCalendar to a file, chosen by its name: the hourly backup crosses no DST change (Berlin in autumn before 25
    // October) and becomes one rule; the working days fall back to one event each.
    const QString ics = dir.filePath(QStringLiteral("forecast.ics"));
    r = qronosctl(QStringList{QStringLiteral("forecast")} + period + QStringList{QStringLiteral("--out"), ics});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const std::optional<IcsFile> calendar = readIcs(file.readAll(), &error);
    QVERIFY2(calendar, qPrintable(error));
    QStringList rules;
    QString problem;
    const QHash<QString, QList<qint64>> byTrigger = firesOf(*calendar, &problem, &rules);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(byTrigger.value(QStringLiteral("finance.报表 / reports.weekdays")), expected);
    QCOMPARE(byTrigger.value(QStringLiteral("ops.backup / reports.hourly")).size(), 14 * 24);
    QCOMPARE(rules, QStringList{QStringLiteral("FREQ=HOURLY;COUNT=336")});
    QCOMPARE(calendar->events.size(), 9);
    QVERIFY2(QString::fromUtf8(r.out).contains(ics), r.out.constData());
}

void tst_ForecastExport::commandLineErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString from = QStringLiteral("2026-09-28T00:00:00Z");
    QTest::newRow("bad-from") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-09-28 00:00")} << "--from";
    QTest::newRow("bad-to") << QStringList{QStringLiteral("--from"), from, QStringLiteral("--to"), QStringLiteral("2026-02-30T00:00:00Z")}
                            << "--to";
    QTest::newRow("empty-period") << QStringList{QStringLiteral("--from"), from, QStringLiteral("--to"), from} << "--to";
    QTest::newRow("backwards") << QStringList{QStringLiteral("--from"), from, QStringLiteral("--to"), QStringLiteral("2026-09-27T00:00:00Z")}
                               << "later";
    QTest::newRow("unknown-zone") << QStringList{QStringLiteral("--zone"), QStringLiteral("Mars/Olympus")} << "Mars/Olympus";
    QTest::newRow("unknown-group") << QStringList{QStringLiteral("--group"), QStringLiteral("nosuch")} << "nosuch";
    QTest::newRow("unknown-job") << QStringList{QStringLiteral("--job"), QStringLiteral("ops.nosuch")} << "ops.nosuch";
    QTest::newRow("bad-format") << QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")} << "xlsx";
    QTest::newRow("bad-max") << QStringList{QStringLiteral("--max-fires"), QStringLiteral("-1")} << "--max-fires";
}

void tst_ForecastExport::commandLineErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("never.csv"));
    const Run r = qronosctl(QStringList{QStringLiteral("forecast"), QStringLiteral("--db"),
                                        QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("e.db")),
                                        QStringLiteral("--out"), out}
                            + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(tst_ForecastExport)
#include "tst_forecastexport.moc"
