// Next-fire computations per second on one thread, for a mix of cron expressions, in UTC and in
// DST zones. Each expression is stepped through its own fire times (t = next(t)), as a scheduler
// does, restarting from random instants. Usage: bench_cron [seconds-per-measurement]

#include "schedule/cronexpression.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qronos;

namespace {

const char *const mix[] = {
    "0 15 10 * * ?",      // daily
    "0 0/5 14,18 * * ?",  // every 5 minutes in two hours
    "0 15 10 ? * MON-FRI", // weekdays
    "*/10 * * * * ?",     // every 10 seconds
    "0 0 * * * ?",        // hourly
    "0 30 2 * * ?",       // daily, inside New York's DST gap
    "0 15 10 L * ?",      // last day of month
    "0 15 10 ? * 6L",     // last Friday
    "0 15 10 ? * 6#3",    // third Friday
    "0 0 9 1W * ?",       // nearest weekday to the 1st
};

struct Measurement
{
    double perSecond;
    qint64 checksum;
};

Measurement measure(const std::vector<CronExpression> &crons, const ZoneRules &zone, double seconds, bool reference)
{
    QRandomGenerator rng(7);
    std::vector<qint64> cursor;
    for (size_t i = 0; i < crons.size(); ++i)
        cursor.push_back(1735689600000LL + qint64(rng.bounded(10 * 365)) * 86400000LL + rng.bounded(86400) * 1000LL);
    qint64 calls = 0;
    qint64 checksum = 0;
    QElapsedTimer timer;
    timer.start();
    const qint64 budget = qint64(seconds * 1e9);
    while (timer.nsecsElapsed() < budget) {
        for (int round = 0; round < 200; ++round) {
            for (size_t i = 0; i < crons.size(); ++i) {
                const std::optional<qint64> next = reference ? crons[i].referenceTimeAfter(cursor[i], zone)
                                                             : crons[i].timeAfter(cursor[i], zone);
                ++calls;
                if (next && *next < 4102444800000LL) { // before 2100: keep stepping
                    cursor[i] = *next;
                    checksum += *next & 0xffff;
                } else {
                    cursor[i] = 1735689600000LL + qint64(rng.bounded(10 * 365)) * 86400000LL;
                }
            }
        }
    }
    return {double(calls) / (double(timer.nsecsElapsed()) / 1e9), checksum};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? QByteArray(argv[1]).toDouble() : 3.0;
    std::vector<CronExpression> crons;
    for (const char *e : mix)
        crons.push_back(*CronExpression::parse(QString::fromLatin1(e)));

    std::printf("cron next-fire computations per second, one thread, %zu expressions, %.1f s each\n", crons.size(), seconds);
    std::printf("%-22s %16s %16s\n", "zone", "timeAfter/s", "reference/s");
    for (const char *id : {"UTC", "Asia/Shanghai", "America/New_York", "Europe/Berlin", "Australia/Sydney"}) {
        const ZoneRulesPtr zone = *ZoneRules::forId(id);
        const Measurement fast = measure(crons, *zone, seconds, false);
        const Measurement slow = measure(crons, *zone, seconds / 3, true);
        std::printf("%-22s %16.0f %16.0f   (checksum %lld)\n", id, fast.perSecond, slow.perSecond,
                    static_cast<long long>(fast.checksum));
    }
    return 0;
}
