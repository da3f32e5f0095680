#include "logjob.h"

#include "jobdatareader.h"

#include <QCoreApplication>
#include <QDebug>

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::LogJob)
};
} // namespace

Result<Done> LogJob::validate(const JobDataMap &data)
{
    const JobDataReader reader(data);
    if (Result<QString> m = reader.text(QStringLiteral("message"), false); !m)
        return fail(m.error());
    if (Result<bool> f = reader.boolean(QStringLiteral("fail"), false); !f)
        return fail(f.error());
    return Done{};
}

JobResult LogJob::execute(JobExecutionContext &context)
{
    const JobDataReader reader(context.mergedJobData());
    const Result<QString> message = reader.text(QStringLiteral("message"), false);
    const Result<bool> shouldFail = reader.boolean(QStringLiteral("fail"), false);
    if (!message)
        return JobResult::failed(message.error());
    if (!shouldFail)
        return JobResult::failed(shouldFail.error());
    if (context.isInterrupted())
        return JobResult::interrupted(Tr::tr("Interrupted before it started."));

    const QString key = context.jobDetail().key().toString();
    if (*shouldFail) {
        const QString reason = message->isEmpty() ? Tr::tr("Failed on request (\"fail\" is true).") : *message;
        qWarning().noquote() << key << reason;
        return JobResult::failed(reason);
    }
    qInfo().noquote() << key << *message;
    return JobResult::succeeded(*message);
}

JobTypeInfo LogJob::typeInfo()
{
    JobTypeInfo info;
    info.name = QStringLiteral("log");
    info.description = Tr::tr("Writes a message to the log; can be told to fail.");
    info.dataSchema = QString::fromUtf8(R"json({
  "type": "object",
  "properties": {
    "message": {"type": "string", "default": "", "description": "text to log (also the job's output)"},
    "fail": {"type": "boolean", "default": false, "description": "fail with the message instead of logging it"}
  }
})json");
    info.factory = [] { return std::make_unique<LogJob>(); };
    info.validator = &LogJob::validate;
    return info;
}

} // namespace Qronos
