// Fuzzes the Quartz XML reader and writer. Input: 1 byte of options (bit 0: import unmapped classes as paused noop
// jobs), then the file. Besides crashes and sanitizer reports, it aborts when
//  - a problem has no message or no line,
//  - a file the reader accepted, once written, is refused when read back,
//  - writing what was read back does not give the same bytes again (write → read → write is stable).

#include "exchange/quartzxml.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qronos;

namespace {

[[noreturn]] void failure(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "%s\n%s\n", what, detail.constData());
    std::abort();
}

QByteArray problemsText(const ImportProblems &problems)
{
    QByteArray text;
    for (const ImportProblem &p : problems)
        text += p.toString().toUtf8() + '\n';
    return text;
}

void checkProblems(const ImportProblems &problems)
{
    for (const ImportProblem &p : problems) {
        if (p.message.isEmpty() || p.location.line <= 0)
            failure("a problem without a message or a line", problemsText(problems));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    static const int init = [] {
        static int argc = 1;
        static char name[] = "fuzz_quartzxml";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
        return 0;
    }();
    (void)init;
    static const JobClassMapping mapping = *JobClassMapping::parse(QStringLiteral("com.acme.A = shell:/bin/true\n"
                                                                                  "com.acme.B = http\n"
                                                                                  "com.acme.C = noop\n"
                                                                                  "com.acme.D = log:hello\n"
                                                                                  "com.acme.E = sql:reporting\n"));

    QuartzXmlReadOptions options;
    options.importUnmappedAsPausedNoop = data[0] & 1;
    options.nowMs = 1767225600000;
    const QByteArray xml(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const QuartzXmlReadResult read = QuartzXml::read(xml, mapping, options);
    checkProblems(read.problems);
    checkProblems(read.warnings);
    if (!read.ok())
        return 0;

    const QuartzXmlWriteResult first = QuartzXml::write(read.document, mapping);
    const QuartzXmlReadResult again = QuartzXml::read(first.xml, mapping, options);
    if (!again.ok())
        failure("an export is refused when read back", problemsText(again.problems) + first.xml);
    const QuartzXmlWriteResult second = QuartzXml::write(again.document, mapping);
    if (second.xml != first.xml)
        failure("write → read → write is not stable", first.xml + "\n----\n" + second.xml);
    return 0;
}
