// Fuzzes the cron parser and evaluator. Input: 1 byte zone, 4 bytes instant, then the expression.
// Besides crashes and sanitizer reports, it aborts when
//  - the fast path and the Quartz-faithful reference disagree,
//  - a fire time is not strictly after the instant it was asked for, or not a whole second,
//  - isSatisfiedBy() denies a fire time that timeAfter() returned.

#include "schedule/cronexpression.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Qronos;

namespace {

const char *const zones[] = {"UTC", "America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Shanghai",
                             "Asia/Kolkata", "Pacific/Chatham", "Australia/Lord_Howe", "America/Sao_Paulo",
                             "Europe/London", "Asia/Tehran", "America/St_Johns"};

[[noreturn]] void failure(const char *what, const QString &expr, qint64 t, const char *zone)
{
    std::fprintf(stderr, "%s: \"%s\" after %lld in %s\n", what, expr.toUtf8().constData(), static_cast<long long>(t), zone);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 5 || size > 200)
        return 0;
    const char *zoneId = zones[data[0] % (sizeof(zones) / sizeof(zones[0]))];
    uint32_t raw;
    std::memcpy(&raw, data + 1, 4);
    // 1990 .. ~2126, in whole or odd milliseconds.
    const qint64 after = 631152000000LL + qint64(raw) * 997LL + (raw & 1 ? 0 : raw % 1000);
    const QString expr = QString::fromUtf8(reinterpret_cast<const char *>(data + 5), qsizetype(size - 5));

    static const int init = [] {
        static int argc = 1;
        static char name[] = "fuzz_cron";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
        return 0;
    }();
    (void)init;

    const Result<CronExpression> cron = CronExpression::parse(expr);
    if (!cron) {
        if (cron.error().isEmpty())
            failure("rejected without a message", expr, after, zoneId);
        return 0;
    }
    const ZoneRulesPtr zone = *ZoneRules::forId(zoneId);
    qint64 t = after;
    for (int step = 0; step < 3; ++step) {
        const std::optional<qint64> fast = cron->timeAfter(t, *zone);
        const std::optional<qint64> reference = cron->referenceTimeAfter(t, *zone);
        if (fast != reference)
            failure("fast path differs from reference", expr, t, zoneId);
        if (!fast)
            break;
        if (*fast <= t - (t % 1000 + 1000) % 1000 || *fast % 1000 != 0)
            failure("fire time not after the start or not a whole second", expr, t, zoneId);
        if (!cron->isSatisfiedBy(*fast, *zone))
            failure("isSatisfiedBy denies a fire time", expr, t, zoneId);
        t = *fast;
    }
    return 0;
}
