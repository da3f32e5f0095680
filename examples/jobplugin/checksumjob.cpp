#include "checksumjob.h"

#include "jobs/jobdatareader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace QronosExamples {

using namespace Qronos;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QronosExamples::ChecksumJob)
};

constexpr qint64 ChunkBytes = 1024 * 1024; // between chunks the job looks for an interrupt

struct Spec
{
    QString file;
    QByteArray expected; // lower-case hex
    QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256;
    QString algorithmName;
};

Result<Spec> parse(const JobDataMap &data)
{
    const JobDataReader reader(data);
    Spec spec;
    const Result<QString> file = reader.text(QStringLiteral("file"), true);
    if (!file)
        return fail(file.error());
    spec.file = *file;

    const Result<QString> algorithm = reader.text(QStringLiteral("algorithm"), false, QStringLiteral("sha256"));
    if (!algorithm)
        return fail(algorithm.error());
    spec.algorithmName = algorithm->trimmed().toLower();
    qsizetype hexDigits = 0;
    if (spec.algorithmName == QLatin1String("sha256")) {
        spec.algorithm = QCryptographicHash::Sha256;
        hexDigits = 64;
    } else if (spec.algorithmName == QLatin1String("sha512")) {
        spec.algorithm = QCryptographicHash::Sha512;
        hexDigits = 128;
    } else {
        return fail(Tr::tr("\"algorithm\" must be sha256 or sha512, not \"%1\".").arg(*algorithm));
    }

    const Result<QString> expected = reader.text(QStringLiteral("expected"), true);
    if (!expected)
        return fail(expected.error());
    const QString hex = expected->trimmed().toLower();
    bool allHex = true;
    for (const QChar c : hex)
        allHex = allHex && ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')));
    if (hex.size() != hexDigits || !allHex)
        return fail(Tr::tr("\"expected\" must be the %1 digest of the file as %2 hexadecimal digits (as printed by "
                           "%3sum).")
                        .arg(spec.algorithmName)
                        .arg(hexDigits)
                        .arg(spec.algorithmName));
    spec.expected = hex.toLatin1();
    return spec;
}
} // namespace

Result<Done> ChecksumJob::validate(const JobDataMap &data)
{
    if (const Result<Spec> spec = parse(data); !spec)
        return fail(spec.error());
    return Done{};
}

JobResult ChecksumJob::execute(JobExecutionContext &context)
{
    const Result<Spec> parsed = parse(context.mergedJobData());
    if (!parsed)
        return JobResult::failed(parsed.error());
    const Spec &spec = *parsed;

    QFile file(spec.file);
    if (QFileInfo(spec.file).isDir())
        return JobResult::failed(Tr::tr("\"file\": \"%1\" is a folder, not a file.").arg(spec.file));
    if (!file.open(QIODevice::ReadOnly))
        return JobResult::failed(Tr::tr("\"file\": cannot read \"%1\" on this node: %2.").arg(spec.file, file.errorString()));

    QCryptographicHash hash(spec.algorithm);
    while (!file.atEnd()) {
        if (context.isInterrupted())
            return JobResult::interrupted(Tr::tr("Interrupted after %1 bytes of \"%2\".").arg(file.pos()).arg(spec.file));
        const QByteArray chunk = file.read(ChunkBytes);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return JobResult::failed(Tr::tr("\"file\": reading \"%1\" failed: %2.").arg(spec.file, file.errorString()));
        hash.addData(chunk);
    }
    const QByteArray actual = hash.result().toHex();
    // The same line sha256sum prints, so the output can be checked with `sha256sum -c`.
    const QString output = QString::fromLatin1(actual) + QLatin1String("  ") + spec.file;
    if (actual != spec.expected) {
        return JobResult::failed(Tr::tr("The %1 digest of \"%2\" is %3, but \"expected\" is %4: the file has changed or "
                                        "is damaged.")
                                     .arg(spec.algorithmName, spec.file, QString::fromLatin1(actual),
                                          QString::fromLatin1(spec.expected)),
                                 output);
    }
    return JobResult::succeeded(output);
}

JobTypeInfo ChecksumJob::typeInfo()
{
    JobTypeInfo info;
    info.name = QStringLiteral("checksum");
    info.description = Tr::tr("Computes the SHA-256 or SHA-512 digest of a file and fails when it differs from the "
                              "expected one.");
    info.dataSchema = QString::fromUtf8(R"json({
  "type": "object",
  "required": ["file", "expected"],
  "properties": {
    "file": {"type": "string", "description": "path of the file on the node that runs the job"},
    "expected": {"type": "string", "description": "the digest the file must have, in hexadecimal (case does not matter)", "example": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
    "algorithm": {"type": "string", "enum": ["sha256", "sha512"], "default": "sha256"}
  }
})json");
    info.factory = [] { return std::make_unique<ChecksumJob>(); };
    info.validator = &ChecksumJob::validate;
    return info;
}

} // namespace QronosExamples
