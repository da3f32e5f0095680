#include "jobdetail.h"

#include <QCoreApplication>
#include <QUrl>

#include <cmath>

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
    const QJsonObject options = optionsJson();
    for (auto it = options.begin(); it != options.end(); ++it)
        json.insert(it.key(), it.value());
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
    if (Result<Done> options = job.setOptionsFromJson(json); !options)
        return fail(options.error());
    if (const QString problem = job.validationError(); !problem.isEmpty())
        return fail(problem);
    return job;
}

QJsonObject JobDetail::optionsJson() const
{
    QJsonObject json;
    if (m_timeoutMs > 0)
        json.insert(QStringLiteral("timeoutMs"), m_timeoutMs);
    if (m_retryCount > 0)
        json.insert(QStringLiteral("retryCount"), m_retryCount);
    if (m_retryDelayMs > 0)
        json.insert(QStringLiteral("retryDelayMs"), m_retryDelayMs);
    if (!m_failureWebhook.isEmpty())
        json.insert(QStringLiteral("failureWebhook"), m_failureWebhook);
    if (!m_requiredNodeTag.isEmpty())
        json.insert(QStringLiteral("requiredNodeTag"), m_requiredNodeTag);
    if (!m_pinnedInstanceId.isEmpty())
        json.insert(QStringLiteral("pinnedInstanceId"), m_pinnedInstanceId);
    return json;
}

Result<Done> JobDetail::setOptionsFromJson(const QJsonObject &json)
{
    const auto integer = [&](const char *name, qint64 *out) -> Result<Done> {
        const QJsonValue v = json.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return Done{};
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d != std::floor(d) || d > 9.0e15)
            return fail(Tr::tr("Job \"%1\": \"%2\" must be a whole number of zero or more.")
                            .arg(m_key.toString(), QLatin1String(name)));
        *out = qint64(d);
        return Done{};
    };
    const auto text = [&](const char *name, QString *out) -> Result<Done> {
        const QJsonValue v = json.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return Done{};
        if (!v.isString())
            return fail(Tr::tr("Job \"%1\": \"%2\" must be a string.").arg(m_key.toString(), QLatin1String(name)));
        *out = v.toString();
        return Done{};
    };
    qint64 retries = m_retryCount;
    for (const Result<Done> &r : {integer("timeoutMs", &m_timeoutMs), integer("retryCount", &retries),
                                  integer("retryDelayMs", &m_retryDelayMs), text("failureWebhook", &m_failureWebhook),
                                  text("requiredNodeTag", &m_requiredNodeTag),
                                  text("pinnedInstanceId", &m_pinnedInstanceId)}) {
        if (!r)
            return r;
    }
    m_retryCount = int(qMin<qint64>(retries, 1000));
    return Done{};
}

bool operator==(const JobDetail &a, const JobDetail &b)
{
    return a.m_key == b.m_key && a.m_description == b.m_description && a.m_jobType == b.m_jobType
        && a.m_durable == b.m_durable && a.m_requestsRecovery == b.m_requestsRecovery
        && a.m_nonConcurrent == b.m_nonConcurrent && a.m_persistData == b.m_persistData && a.m_jobData == b.m_jobData
        && a.m_timeoutMs == b.m_timeoutMs && a.m_retryCount == b.m_retryCount && a.m_retryDelayMs == b.m_retryDelayMs
        && a.m_failureWebhook == b.m_failureWebhook && a.m_requiredNodeTag == b.m_requiredNodeTag
        && a.m_pinnedInstanceId == b.m_pinnedInstanceId;
}

} // namespace Qronos
