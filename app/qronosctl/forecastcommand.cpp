#include "forecastcommand.h"

#include "ctlsupport.h"
#include "exchange/forecastexport.h"
#include "exchange/isotime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QTimeZone>

#include <climits>

namespace Qronos::Ctl {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qronosctl)
};


} // namespace

int runForecast(const QStringList &arguments, const QString &databaseUrl, std::FILE *out, std::FILE *err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes every fire of a period, calendars applied, as CSV or iCalendar (.ics): the fires the "
               "scheduler will run, in the order it runs them. Paused triggers are left out."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption from(QStringLiteral("from"),
                                  Tr::tr("Start of the period, ISO-8601 with offset (default: now)."), Tr::tr("time"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Tr::tr("End of the period (not included), ISO-8601 with offset (default: 24 hours "
                                       "after the start)."),
                                Tr::tr("time"));
    const QCommandLineOption zone(QStringLiteral("zone"),
                                  Tr::tr("IANA time zone of the local fire times (default: this computer's)."),
                                  Tr::tr("zone"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Tr::tr("csv or ics (default: ics when --out ends in .ics, else csv)."),
                                    Tr::tr("format"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   Tr::tr("Only the triggers of jobs of this group (repeatable)."),
                                   Tr::tr("group"));
    const QCommandLineOption job(QStringLiteral("job"), Tr::tr("Only triggers of this job, group.name (repeatable)."),
                                 Tr::tr("job"));
    const QCommandLineOption outFile(QStringLiteral("out"), Tr::tr("Write to this file (default: standard output)."),
                                     Tr::tr("file"));
    const QCommandLineOption maxFires(QStringLiteral("max-fires"),
                                      Tr::tr("Write at most this many fires, the earliest (default 100000; 0: no "
                                             "limit)."),
                                      Tr::tr("n"), QStringLiteral("100000"));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 Tr::tr("CSV: start with a UTF-8 byte order mark (for spreadsheet programs)."));
    parser.addOptions({db, from, to, zone, format, group, job, outFile, maxFires, bom});
    if (const int code = parseOrExit(parser, arguments, out, err); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return failWith(err, Tr::tr("forecast takes no arguments besides its options, not \"%1\".")
                                 .arg(parser.positionalArguments().join(QLatin1Char(' '))),
                        ExitUsage);

    ForecastExport::Options options;
    options.fromMs = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(from)) {
        const std::optional<qint64> t = IsoTime::parse(parser.value(from));
        if (!t)
            return failWith(err,
                            Tr::tr("--from \"%1\" is not an ISO-8601 time with an offset, e.g. "
                                   "2026-03-01T08:00:00+08:00.")
                                .arg(parser.value(from)),
                            ExitUsage);
        options.fromMs = *t;
    }
    options.toMs = options.fromMs + 24 * 3600 * 1000;
    if (parser.isSet(to)) {
        const std::optional<qint64> t = IsoTime::parse(parser.value(to));
        if (!t)
            return failWith(err,
                            Tr::tr("--to \"%1\" is not an ISO-8601 time with an offset, e.g. "
                                   "2026-03-02T08:00:00+08:00.")
                                .arg(parser.value(to)),
                            ExitUsage);
        options.toMs = *t;
    }
    if (options.toMs <= options.fromMs)
        return failWith(err,
                        Tr::tr("--to (%1) must be later than --from (%2).")
                            .arg(IsoTime::formatUtc(options.toMs), IsoTime::formatUtc(options.fromMs)),
                        ExitUsage);
    const QByteArray zoneId = parser.isSet(zone) ? parser.value(zone).toUtf8() : QTimeZone::systemTimeZoneId();
    Result<ZoneRulesPtr> rules = ZoneRules::forId(zoneId);
    if (!rules)
        return failWith(err, Tr::tr("--zone: %1").arg(rules.error()), ExitUsage);
    options.zone = *rules;

    const QString path = parser.value(outFile);
    QString formatText = parser.value(format).toLower();
    if (formatText.isEmpty())
        formatText = path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive) ? QStringLiteral("ics") : QStringLiteral("csv");
    if (formatText == QLatin1String("csv"))
        options.format = ForecastExport::Format::Csv;
    else if (formatText == QLatin1String("ics") || formatText == QLatin1String("ical")
             || formatText == QLatin1String("icalendar"))
        options.format = ForecastExport::Format::ICalendar;
    else
        return failWith(err, Tr::tr("--format must be csv or ics, not \"%1\".").arg(parser.value(format)), ExitUsage);
    bool ok = false;
    options.maxFires = parser.value(maxFires).toLongLong(&ok);
    if (!ok || options.maxFires < 0)
        return failWith(err,
                        Tr::tr("--max-fires must be a whole number of zero or more (0: no limit), not \"%1\".")
                            .arg(parser.value(maxFires)),
                        ExitUsage);
    options.byteOrderMark = parser.isSet(bom);

    ForecastExport::Selection selection;
    selection.groups = parser.values(group);
    Result<QList<JobKey>> jobs = jobKeysFrom(parser.values(job));
    if (!jobs)
        return failWith(err, jobs.error(), ExitUsage);
    selection.jobs = *jobs;

    Result<std::shared_ptr<SqlJobStore>> store = openStore(parser.isSet(db) ? parser.value(db) : databaseUrl);
    if (!store)
        return failWith(err, store.error(), ExitFailure);
    Result<ForecastExport::Source> source = ForecastExport::load(**store, selection);
    if (!source)
        return failWith(err, source.error(), ExitFailure);
    if (!source->unknownGroups.isEmpty())
        return failWith(err,
                        Tr::tr("--group: there is no job group %1.")
                            .arg(source->unknownGroups.join(QStringLiteral(", "))),
                        ExitUsage);
    if (!source->unknownJobs.isEmpty()) {
        QStringList names;
        for (const JobKey &key : std::as_const(source->unknownJobs))
            names << key.toString();
        return failWith(err, Tr::tr("--job: there is no job %1.").arg(names.join(QStringLiteral(", "))), ExitUsage);
    }

    // A file is replaced only once the whole forecast is written.
    QSaveFile file(path);
    QFile standardOutput;
    QIODevice *device = nullptr;
    if (path.isEmpty()) {
        if (!standardOutput.open(out, QIODevice::WriteOnly))
            return failWith(err, Tr::tr("Cannot write to standard output: %1").arg(standardOutput.errorString()),
                            ExitFailure);
        device = &standardOutput;
    } else {
        if (!file.open(QIODevice::WriteOnly))
            return failWith(err, Tr::tr("Cannot open %1 for writing: %2").arg(path, file.errorString()), ExitFailure);
        device = &file;
    }
    Result<ForecastExport::Summary> summary = ForecastExport::write(*source, device, options);
    if (!summary)
        return failWith(err, summary.error(), ExitFailure);
    if (!path.isEmpty() && !file.commit())
        return failWith(err, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()), ExitFailure);
    standardOutput.close();

    for (const TriggerKey &key : std::as_const(summary->missingCalendars))
        print(err, Tr::tr("Note: trigger %1 names a calendar that does not exist; its fires are left out.\n")
                       .arg(key.toString()));
    if (source->pausedTriggers > 0)
        print(err, Tr::tr("Note: %n paused trigger(s) left out.\n", nullptr, source->pausedTriggers));
    if (summary->truncated)
        print(err, Tr::tr("Note: the forecast was cut at %1 fires, the earliest; give a shorter period or a larger "
                          "--max-fires for the rest.\n")
                       .arg(options.maxFires));
    if (!path.isEmpty()) {
        if (options.format == ForecastExport::Format::Csv)
            print(out, Tr::tr("Wrote %n fire(s) to %1.\n", nullptr, int(std::min<qint64>(summary->fires, INT_MAX))).arg(path));
        else
            print(out, Tr::tr("Wrote %1 fires in %2 events (%3 with a recurrence rule) to %4.\n")
                           .arg(summary->fires)
                           .arg(summary->events)
                           .arg(summary->recurrenceRules)
                           .arg(path));
    }
    return ExitOk;
}

} // namespace Qronos::Ctl
