// Fuzzes the qronos/1 reader (ScheduleJson::read, with its own JSON parser). Besides crashes, hangs and sanitizer
// reports, it aborts when
//  - a rejected input has a problem without a message, or a location outside the input,
//  - an accepted document, written and read again, is not accepted, or does not write the same bytes again.

#include "exchange/schedulejson.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qronos;

namespace {

[[noreturn]] void failure(const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 65536)
        return 0;
    static const int init = [] {
        static int argc = 1;
        static char name[] = "fuzz_schedulejson";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
        return 0;
    }();
    (void)init;

    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const ScheduleJson::ReadResult read = ScheduleJson::read(input);
    if (!read.ok()) {
        const qsizetype lines = input.count('\n') + 1;
        for (const ImportProblem &p : read.problems) {
            if (p.message.isEmpty())
                failure("a problem without a message", p.location.toString());
            if (p.location.line < 0 || p.location.line > lines || p.location.column < 0
                || p.location.column > qsizetype(size) + 1)
                failure("a location outside the input", p.toString());
        }
        return 0;
    }
    const QByteArray written = ScheduleJson::write(read.document);
    const ScheduleJson::ReadResult again = ScheduleJson::read(written);
    if (!again.ok())
        failure("the writer's output is refused", again.problems.constFirst().toString() + QLatin1Char('\n')
                                                      + QString::fromUtf8(written));
    if (ScheduleJson::write(again.document) != written)
        failure("writing is not stable", QString::fromUtf8(written));
    return 0;
}
