#include "jobdetail.h"

#include <QCoreApplication>

namespace Qronos {

namespace {
// Gives lupdate and the translator the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::JobDetail)
};
}

QString JobDetail::validationError() const
{
    if (const QString p = keyPartProblem(m_key.name()); !p.isEmpty())
        return Tr::tr("Job name %1.").arg(p);
    if (const QString p = keyPartProblem(m_key.group()); !p.isEmpty())
        return Tr::tr("Job group %1.").arg(p);
    if (m_jobType.trimmed().isEmpty())
        return Tr::tr("Job \"%1\" has no job type.").arg(m_key.toString());
    return {};
}

QJsonObject JobDetail::toJson() const
{
    QJsonObject json{
        {QStringLiteral("name"), m_key.name()},
        {QStringLiteral("group"), m_key.group()},
        {QStringLiteral("type"), m_jobType},
        {QStringLiteral("durable"), m_durable},
        {QStringLiteral("requestsRecovery"), m_requestsRecovery},
        {QStringLiteral("concurrentExecutionDisallowed"), m_nonConcurrent},
        {QStringLiteral("persistJobDataAfterExecution"), m_persistData},
    };
    if (!m_description.isEmpty())
        json.insert(QStringLiteral("description"), m_description);
    if (!m_jobData.isEmpty())
        json.insert(QStringLiteral("data"), m_jobData.toJson());
    return json;
}

Result<JobDetail> JobDetail::fromJson(const QJsonObject &json)
{
    JobDetail job(JobKey(json.value(QStringLiteral("name")).toString(), json.value(QStringLiteral("group")).toString()),
                  json.value(QStringLiteral("type")).toString());
    job.m_description = json.value(QStringLiteral("description")).toString();
    job.m_durable = json.value(QStringLiteral("durable")).toBool();
    job.m_requestsRecovery = json.value(QStringLiteral("requestsRecovery")).toBool();
    job.m_nonConcurrent = json.value(QStringLiteral("concurrentExecutionDisallowed")).toBool();
    job.m_persistData = json.value(QStringLiteral("persistJobDataAfterExecution")).toBool();
    const QJsonValue data = json.value(QStringLiteral("data"));
    if (!data.isUndefined() && !data.isObject())
        return fail(Tr::tr("Job \"%1\": \"data\" must be an object.").arg(job.key().toString()));
    Result<JobDataMap> map = JobDataMap::fromJson(data.toObject());
    if (!map)
        return fail(map.error());
    job.m_jobData = std::move(map).value();
    if (const QString problem = job.validationError(); !problem.isEmpty())
        return fail(problem);
    return job;
}

bool operator==(const JobDetail &a, const JobDetail &b)
{
    return a.m_key == b.m_key && a.m_description == b.m_description && a.m_jobType == b.m_jobType
        && a.m_durable == b.m_durable && a.m_requestsRecovery == b.m_requestsRecovery
        && a.m_nonConcurrent == b.m_nonConcurrent && a.m_persistData == b.m_persistData && a.m_jobData == b.m_jobData;
}

} // namespace Qronos
