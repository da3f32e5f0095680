#include "previewcommand.h"

#include "exchange/isotime.h"
#include "exchange/previewprotocol.h"
#include "schedule/calendarspec.h"
#include "schedule/civiltime.h"
#include "schedule/cronexpression.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <iostream>
#include <string>

namespace Qronos {

namespace {

// Gives lupdate and the translator the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qronosctl)
};

void print(std::FILE *f, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), f);
}

int runBatch(std::FILE *out)
{
    std::ios::sync_with_stdio(false);
    std::string line;
    for (;;) {
        // Flush whenever no further input is waiting: a co-process sees each answer without delay.
        if (std::cin.rdbuf()->in_avail() <= 0)
            std::fflush(out);
        if (!std::getline(std::cin, line))
            break;
        const QString request = QString::fromUtf8(line.data(), qsizetype(line.size()));
        QByteArray answer = PreviewProtocol::answer(request).toUtf8();
        answer.append('\n');
        std::fwrite(answer.constData(), 1, size_t(answer.size()), out);
    }
    std::fflush(out);
    return 0;
}

} // namespace

int runPreview(const QStringList &arguments, std::FILE *out, std::FILE *err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Prints the next fire times of a Quartz cron expression, in a time zone and in UTC.\n"
           "With --batch, answers the line protocol of docs/preview-protocol.md on stdin/stdout."));
    parser.addHelpOption();
    const QCommandLineOption cronOption(QStringLiteral("cron"), Tr::tr("Quartz cron expression, e.g. \"0 15 10 ? * 6L\"."),
                                        Tr::tr("expression"));
    const QCommandLineOption tzOption(QStringLiteral("tz"), Tr::tr("IANA time zone (default: this computer's zone)."),
                                      Tr::tr("zone"));
    const QCommandLineOption countOption(QStringLiteral("count"), Tr::tr("How many fire times (1-10000, default 10)."),
                                         Tr::tr("n"), QStringLiteral("10"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        Tr::tr("Start after this ISO-8601 time with offset (default: now)."), Tr::tr("time"));
    const QCommandLineOption calendarOption(
        QStringLiteral("calendar"),
        Tr::tr("Skip times a calendar excludes, e.g. \"holiday:2026-10-01,2026-10-02+weekly:1,7\"."), Tr::tr("spec"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), Tr::tr("Answer protocol requests from stdin."));
    parser.addOptions({cronOption, tzOption, countOption, fromOption, calendarOption, batchOption});
    if (!parser.parse(arguments)) {
        print(err, parser.errorText() + QLatin1Char('\n'));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(out, parser.helpText());
        return 0;
    }
    if (parser.isSet(batchOption))
        return runBatch(out);

    if (!parser.isSet(cronOption)) {
        print(err, Tr::tr("qronosctl preview: give --cron EXPRESSION (or --batch); see --help.\n"));
        return 2;
    }
    const Result<CronExpression> cron = CronExpression::parse(parser.value(cronOption));
    if (!cron) {
        print(err, cron.error() + QLatin1Char('\n'));
        return 2;
    }
    const QByteArray zoneId = parser.isSet(tzOption) ? parser.value(tzOption).toUtf8() : QTimeZone::systemTimeZoneId();
    const Result<ZoneRulesPtr> zone = ZoneRules::forId(zoneId);
    if (!zone) {
        print(err, zone.error() + QLatin1Char('\n'));
        return 2;
    }
    bool ok = false;
    const int count = parser.value(countOption).toInt(&ok);
    if (!ok || count < 1 || count > 10000) {
        print(err, Tr::tr("--count must be a number from 1 to 10000, not \"%1\".\n").arg(parser.value(countOption)));
        return 2;
    }
    qint64 from = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(fromOption)) {
        const std::optional<qint64> t = IsoTime::parse(parser.value(fromOption));
        if (!t) {
            print(err, Tr::tr("--from \"%1\" is not an ISO-8601 time with an offset, e.g. 2026-03-01T08:00:00+08:00.\n")
                           .arg(parser.value(fromOption)));
            return 2;
        }
        from = *t;
    }
    const Result<CalendarPtr> calendar = parseCalendarSpec(parser.value(calendarOption), *zone);
    if (!calendar) {
        print(err, calendar.error() + QLatin1Char('\n'));
        return 2;
    }

    const ZoneRules &rules = **zone;
    print(out, Tr::tr("Cron expression %1 in %2\n").arg(cron->expression(), QString::fromUtf8(zoneId)));
    std::fflush(out);
    for (const QString &note : cron->notes())
        print(err, Tr::tr("Note: %1\n").arg(note));
    std::optional<qint64> t = Civil::floorDiv(from, 1000) * 1000;
    int printed = 0;
    while (printed < count) {
        t = cron->timeAfter(*t, rules);
        while (t && *calendar && !(*calendar)->isTimeIncluded(*t))
            t = cron->timeAfter(*t, rules);
        if (!t)
            break;
        ++printed;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(*t, rules.timeZone());
        print(out, QStringLiteral("%1  %2 %3  %4\n")
                       .arg(printed, 5)
                       .arg(IsoTime::formatWithOffset(*t, rules.offsetAtUtc(*t)),
                            QLocale::c().dayName(local.date().dayOfWeek(), QLocale::ShortFormat),
                            IsoTime::formatUtc(*t)));
    }
    if (printed < count)
        print(out, printed == 0 ? Tr::tr("It never fires after this time.\n")
                                : Tr::tr("No further fire times (%1 of %2).\n").arg(printed).arg(count));
    return 0;
}

} // namespace Qronos
