#include "nodecommand.h"

#include "ctlsupport.h"
#include "exchange/isotime.h"
#include "jobs/datasources.h"
#include "jobs/pluginloader.h"
#include "jobs/sqljob.h"
#include "metricsserver.h"
#include "nodeconfig.h"
#include "runtime/demoschedule.h"
#include "runtime/metrics.h"
#include "runtime/scheduler.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace Qronos::Ctl {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qronosctl)
};

int g_signalPipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = char(signal);
    // Only async-signal-safe calls here: the event loop reads the pipe and stops the node.
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

/// Quartz's AUTO instance id: host name plus something unique to this start.
QString autoInstanceId()
{
    return QHostInfo::localHostName() + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')
        + QString::number(QRandomGenerator::global()->bounded(0x10000), 16);
}

QStringList listValue(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items.append(item.trimmed());
    items.removeAll(QString());
    return items;
}

QString executionLine(const ExecutionRecord &r)
{
    const qint64 took = r.endTime.value_or(r.fireTime) - r.fireTime;
    QString line = QStringLiteral("%1  %2  %3  ")
                       .arg(IsoTime::formatUtc(r.fireTime), executionStatusName(r.status).leftJustified(11),
                            r.job.toString());
    line += Tr::tr("(trigger %1, %2 ms late, took %3 ms%4)")
                .arg(r.trigger.toString())
                .arg(r.fireTime - r.scheduledTime)
                .arg(took)
                .arg(r.attempt > 1 ? Tr::tr(", attempt %1").arg(r.attempt) : QString());
    if (!r.errorMessage.isEmpty())
        line += QStringLiteral("\n    ") + r.errorMessage.simplified();
    const QString output = r.output.trimmed();
    if (!output.isEmpty()) {
        const QStringList lines = output.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < qMin<qsizetype>(lines.size(), 3); ++i)
            line += QStringLiteral("\n    | ") + lines.at(i);
        if (lines.size() > 3)
            line += QStringLiteral("\n    | ") + Tr::tr("... %n more line(s)", nullptr, int(lines.size() - 3));
    }
    return line + QLatin1Char('\n');
}

QByteArray executionJson(const ExecutionRecord &r)
{
    const QJsonObject o{{QStringLiteral("event"), QStringLiteral("execution")},
                        {QStringLiteral("job"), r.job.name()},
                        {QStringLiteral("group"), r.job.group()},
                        {QStringLiteral("trigger"), r.trigger.name()},
                        {QStringLiteral("trigger_group"), r.trigger.group()},
                        {QStringLiteral("node"), r.instanceId},
                        {QStringLiteral("scheduled_time"), IsoTime::formatUtc(r.scheduledTime)},
                        {QStringLiteral("fire_time"), IsoTime::formatUtc(r.fireTime)},
                        {QStringLiteral("end_time"), r.endTime ? QJsonValue(IsoTime::formatUtc(*r.endTime)) : QJsonValue()},
                        {QStringLiteral("status"), executionStatusName(r.status).toLower()},
                        {QStringLiteral("attempt"), r.attempt},
                        {QStringLiteral("recovering"), r.recovering},
                        {QStringLiteral("error"), r.errorMessage},
                        {QStringLiteral("fire_instance_id"), r.fireInstanceId}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

bool positiveNumber(const QString &text, qint64 *out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v <= 0)
        return false;
    *out = v;
    return true;
}
} // namespace

/// The options of `qronosctl node`, shared by its two parses (with and without the --config file's values).
struct NodeOptions
{
    QCommandLineOption db = databaseOption();
    QCommandLineOption instanceId {
        QStringLiteral("instance-id"),
        Tr::tr("This node's id in the cluster, or AUTO (host, pid and a random part). Default: the host name."),
        Tr::tr("id")
    };
    QCommandLineOption threads { QStringLiteral("threads"), Tr::tr("Worker threads (default 10)."), Tr::tr("n"),
                                 QStringLiteral("10") };
    QCommandLineOption tags { QStringLiteral("tags"),
                              Tr::tr("Tags of this node, comma-separated; jobs may require one."), Tr::tr("list") };
    QCommandLineOption allow { QStringLiteral("allow-job-types"),
                               Tr::tr("Only run these job types (comma-separated); others are never claimed here."),
                               Tr::tr("list") };
    QCommandLineOption pluginDir { QStringLiteral("plugin-dir"), Tr::tr("Load job-type plugins from this folder."),
                                   Tr::tr("dir") };
    QCommandLineOption grace { QStringLiteral("grace-period"),
                               Tr::tr("Seconds running jobs get to finish after SIGTERM (default 30)."),
                               Tr::tr("seconds"), QStringLiteral("30") };
    QCommandLineOption batch { QStringLiteral("batch-size"),
                               Tr::tr("Maximum number of triggers claimed at once (default 100)."), Tr::tr("n"),
                               QStringLiteral("100") };
    QCommandLineOption idle {
        QStringLiteral("idle-wait"),
        Tr::tr("How far ahead triggers are claimed, and the longest sleep when nothing is due (default 2s)."),
        Tr::tr("duration"), QStringLiteral("2s")
    };
    QCommandLineOption misfire { QStringLiteral("misfire-threshold"),
                                 Tr::tr("Lateness after which a fire counts as missed (default 60s)."),
                                 Tr::tr("duration"), QStringLiteral("60s") };
    QCommandLineOption demo { QStringLiteral("demo"),
                              Tr::tr("Add the demo schedule (group \"demo\") when it is not there.") };
    QCommandLineOption quiet { QStringLiteral("quiet"), Tr::tr("Do not print each execution.") };
    QCommandLineOption logFormat { QStringLiteral("log-format"), Tr::tr("Execution lines as text (default) or json."),
                                   Tr::tr("format"), QStringLiteral("text") };
    QCommandLineOption configFile {
        QStringLiteral("config"), Tr::tr("Read options from this file (key = value lines; command-line options win)."),
        Tr::tr("file")
    };
    QCommandLineOption metricsAddress {
        QStringLiteral("metrics"),
        Tr::tr("Serve /metrics (Prometheus) and /healthz on this address, e.g. 127.0.0.1:9464 "
               "(a bare port listens on loopback only). Off by default."),
        Tr::tr("address")
    };
    QCommandLineOption dataSources { QStringLiteral("data-sources"),
                                     Tr::tr("File of named databases for sql jobs (name = URL lines)."),
                                     Tr::tr("file") };
    QCommandLineOption retention { QStringLiteral("history-retention"),
                                   Tr::tr("Delete execution history older than this, e.g. 30d (default: keep)."),
                                   Tr::tr("duration") };
    QCommandLineOption maxRows { QStringLiteral("history-max-rows"),
                                 Tr::tr("Keep only this many of the newest history rows (default: no limit)."),
                                 Tr::tr("n") };
    QCommandLineOption checkin { QStringLiteral("checkin-interval"),
                                 Tr::tr("How often the node checks in, on the database server's clock (default 1s)."),
                                 Tr::tr("duration"), QStringLiteral("1s") };
    QCommandLineOption failureGrace {
        QStringLiteral("failure-grace"),
        Tr::tr("A node silent for its check-in interval plus this long is presumed dead and recovered by another "
               "(default 1s)."),
        Tr::tr("duration"), QStringLiteral("1s")
    };
    QCommandLineOption clockOffset {
        QStringLiteral("clock-offset"),
        Tr::tr("For tests of clock skew: shift this node's own clock by this many milliseconds (may be negative). "
               "The node still schedules on the database server's time."),
        Tr::tr("ms"), QStringLiteral("0")
    };

    QList<QCommandLineOption> all() const
    {
        return { db,          instanceId,  threads,   tags,    allow,       pluginDir,    grace,
                 batch,       idle,        misfire,   demo,    quiet,       logFormat,    configFile,
                 metricsAddress, dataSources, retention, maxRows, checkin, failureGrace, clockOffset };
    }
};

int runNodeWith(const QCommandLineParser &parser, const NodeOptions &o, const QString &databaseUrl, std::FILE *out,
                std::FILE *err);

int runNode(const QStringList &arguments, const QString &databaseUrl, std::FILE *out, std::FILE *err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Runs a scheduler node until SIGINT or SIGTERM; then running jobs get the grace period to finish."));
    const NodeOptions o;
    const QList<QCommandLineOption> options = o.all();
    parser.addOptions(options);
    if (const int code = parseOrExit(parser, arguments, out, err); code >= 0)
        return code;
    if (parser.isSet(o.configFile)) {
        const Result<QMap<QString, QString>> values = NodeConfig::read(parser.value(o.configFile));
        if (!values)
            return print(err, Tr::tr("qronosctl node: %1\n").arg(values.error())), int(ExitUsage);
        // The file's values come first, so that options given on the command line win.
        const QStringList merged = QStringList{arguments.value(0)} + NodeConfig::asArguments(*values) + arguments.mid(1);
        QCommandLineParser again;
        again.setApplicationDescription(parser.applicationDescription());
        again.addOptions(options);
        if (const int code = parseOrExit(again, merged, out, err); code >= 0)
            return code;
        return runNodeWith(again, o, databaseUrl, out, err);
    }
    return runNodeWith(parser, o, databaseUrl, out, err);
}

int runNodeWith(const QCommandLineParser &parser, const NodeOptions &o, const QString &databaseUrl, std::FILE *out,
                std::FILE *err)
{
    const QCommandLineOption &db = o.db, &instanceId = o.instanceId, &threads = o.threads, &tags = o.tags,
                             &allow = o.allow, &pluginDir = o.pluginDir, &grace = o.grace, &batch = o.batch,
                             &idle = o.idle, &misfire = o.misfire, &demo = o.demo, &quiet = o.quiet,
                             &logFormat = o.logFormat, &metricsAddress = o.metricsAddress,
                             &dataSources = o.dataSources, &retention = o.retention, &maxRows = o.maxRows;

    SchedulerConfig config;
    QString id = parser.value(instanceId);
    if (id.isEmpty())
        id = QHostInfo::localHostName();
    else if (id == QLatin1String("AUTO"))
        id = autoInstanceId();
    if (const QString problem = keyPartProblem(id); !problem.isEmpty())
        return print(err, Tr::tr("qronosctl node: --instance-id %1.\n").arg(problem)), int(ExitUsage);
    config.instanceId = id;
    qint64 number = 0;
    if (!positiveNumber(parser.value(threads), &number) || number > 1000)
        return print(err, Tr::tr("qronosctl node: --threads must be 1 to 1000, not \"%1\".\n").arg(parser.value(threads))), int(ExitUsage);
    config.threadCount = int(number);
    if (!positiveNumber(parser.value(batch), &number) || number > 10000)
        return print(err, Tr::tr("qronosctl node: --batch-size must be 1 to 10000, not \"%1\".\n").arg(parser.value(batch))), int(ExitUsage);
    config.batchSize = int(number);
    const std::optional<qint64> idleMs = parseDurationMs(parser.value(idle));
    if (!idleMs || *idleMs < 10)
        return print(err, Tr::tr("qronosctl node: --idle-wait \"%1\" is not a duration of at least 10ms.\n").arg(parser.value(idle))), int(ExitUsage);
    config.idleWaitMs = *idleMs;
    config.lookAheadMs = *idleMs; // Quartz's idleWaitTime: how far ahead it claims, and how long it sleeps
    const std::optional<qint64> misfireMs = parseDurationMs(parser.value(misfire));
    if (!misfireMs)
        return print(err, Tr::tr("qronosctl node: --misfire-threshold \"%1\" is not a duration such as 60s.\n").arg(parser.value(misfire))), int(ExitUsage);
    config.misfireThresholdMs = *misfireMs;
    qint64 graceSeconds = 0;
    if (!positiveNumber(parser.value(grace), &graceSeconds) && parser.value(grace) != QLatin1String("0"))
        return print(err, Tr::tr("qronosctl node: --grace-period must be a whole number of seconds, not \"%1\".\n").arg(parser.value(grace))), int(ExitUsage);
    if (parser.isSet(retention)) {
        const std::optional<qint64> age = parseDurationMs(parser.value(retention));
        if (!age || *age <= 0)
            return print(err, Tr::tr("qronosctl node: --history-retention \"%1\" is not a duration such as 30d.\n").arg(parser.value(retention))), int(ExitUsage);
        config.historyMaxAgeMs = *age;
    }
    if (parser.isSet(maxRows)) {
        if (!positiveNumber(parser.value(maxRows), &number))
            return print(err, Tr::tr("qronosctl node: --history-max-rows must be a whole number of one or more, not \"%1\".\n").arg(parser.value(maxRows))), int(ExitUsage);
        config.historyMaxRows = number;
    }
    const std::optional<qint64> checkinMs = parseDurationMs(parser.value(o.checkin));
    if (!checkinMs || *checkinMs < 100 || *checkinMs > 3600000)
        return print(err, Tr::tr("qronosctl node: --checkin-interval \"%1\" is not a duration from 100ms to 1h.\n").arg(parser.value(o.checkin))), int(ExitUsage);
    config.checkinIntervalMs = *checkinMs;
    const std::optional<qint64> failureGraceMs = parseDurationMs(parser.value(o.failureGrace));
    if (!failureGraceMs || *failureGraceMs > 3600000)
        return print(err, Tr::tr("qronosctl node: --failure-grace \"%1\" is not a duration up to 1h, such as 1s.\n").arg(parser.value(o.failureGrace))), int(ExitUsage);
    config.failureGraceMs = *failureGraceMs;
    bool offsetOk = false;
    const qint64 clockOffsetMs = parser.value(o.clockOffset).toLongLong(&offsetOk);
    if (!offsetOk || qAbs(clockOffsetMs) > qint64(366) * 24 * 3600000)
        return print(err, Tr::tr("qronosctl node: --clock-offset must be a whole number of milliseconds within a year, not \"%1\".\n").arg(parser.value(o.clockOffset))), int(ExitUsage);
    config.tags = listValue(parser.value(tags));
    config.allowedJobTypes = listValue(parser.value(allow));
    const bool json = parser.value(logFormat) == QLatin1String("json");
    if (!json && parser.value(logFormat) != QLatin1String("text"))
        return print(err, Tr::tr("qronosctl node: --log-format must be text or json.\n")), int(ExitUsage);

    auto registry = builtInRegistry();
    // The sql job type runs only against data sources named on this node; without a file it knows none.
    auto sources = std::make_shared<DataSources>();
    if (parser.isSet(dataSources)) {
        Result<DataSources> loaded = DataSources::load(parser.value(dataSources));
        if (!loaded)
            return print(err, Tr::tr("qronosctl node: %1\n").arg(loaded.error())), int(ExitUsage);
        *sources = *loaded;
    }
    if (Result<Done> r = registerSqlJobType(*registry, sources); !r)
        return print(err, Tr::tr("qronosctl node: %1\n").arg(r.error())), int(ExitFailure);
    if (parser.isSet(pluginDir)) {
        Result<PluginLoadReport> report = loadJobTypePlugins(parser.value(pluginDir), *registry);
        if (!report)
            return print(err, Tr::tr("qronosctl node: %1\n").arg(report.error())), int(ExitUsage);
        for (const QString &line : report->errorMessages())
            print(err, Tr::tr("qronosctl node: plugin refused: %1\n").arg(line));
    }
    for (const QString &type : config.allowedJobTypes) {
        if (!registry->contains(type))
            return print(err, Tr::tr("qronosctl node: --allow-job-types names \"%1\", which this node does not know (known: %2).\n")
                                  .arg(type, registry->typeNames().join(QStringLiteral(", ")))),
                   int(ExitUsage);
    }

    // The node schedules by the database server's clock: its own, corrected by the offset its check-ins measure.
    std::shared_ptr<Clock> local = Clock::system();
    if (clockOffsetMs != 0)
        local = std::make_shared<ShiftedClock>(local, clockOffsetMs);
    auto clock = std::make_shared<DatabaseClock>(local);
    Result<std::shared_ptr<SqlJobStore>> store =
        openStore(parser.isSet(db) ? parser.value(db) : databaseUrl, id, config.misfireThresholdMs, clock);
    if (!store)
        return print(err, Tr::tr("qronosctl node: %1\n").arg(store.error())), int(ExitFailure);

    auto metrics = std::make_shared<Metrics>();
    Scheduler scheduler(*store, registry, config, clock);
    scheduler.setMetrics(metrics);
    if (parser.isSet(demo)) {
        Result<int> added = installDemoSchedule(scheduler);
        if (!added)
            return print(err, Tr::tr("qronosctl node: the demo schedule could not be added: %1\n").arg(added.error())), int(ExitFailure);
        if (*added > 0)
            print(out, Tr::tr("Added the demo schedule: %n job(s) in group \"demo\".\n", nullptr, *added));
    }

    if (!parser.isSet(quiet)) {
        QObject::connect(&scheduler, &Scheduler::jobFinished, &scheduler, [out, json](const ExecutionRecord &r) {
            if (json) {
                const QByteArray line = executionJson(r);
                std::fwrite(line.constData(), 1, size_t(line.size()), out);
            } else {
                print(out, executionLine(r));
            }
            std::fflush(out);
        });
        QObject::connect(&scheduler, &Scheduler::triggerMisfired, &scheduler, [out](const MisfireRecord &r) {
            print(out, Tr::tr("%1  MISFIRED     trigger %2 was due at %3; next fire %4\n")
                           .arg(IsoTime::formatUtc(r.detectedTime), r.trigger.toString(), IsoTime::formatUtc(r.scheduledTime),
                                r.nextFireTime ? IsoTime::formatUtc(*r.nextFireTime) : Tr::tr("none")));
            std::fflush(out);
        });
    }
    // The scheduler thread and the result writer report every failed call, and each its own recovery: print
    // only the changes, so that an outage is one line and its end another. The last problem also feeds /healthz.
    auto databaseProblem = std::make_shared<QString>();
    QObject::connect(&scheduler, &Scheduler::databaseAvailabilityChanged, &scheduler,
                     [err, databaseProblem, metrics](bool available, const QString &message) {
                         const bool wasDown = !databaseProblem->isEmpty();
                         *databaseProblem = available ? QString() : message.simplified();
                         if (available == wasDown) {
                             if (available)
                                 metrics->recordReconnect();
                             print(err, available ? Tr::tr("qronosctl node: the database answers again.\n")
                                                  : Tr::tr("qronosctl node: %1\n").arg(*databaseProblem));
                         }
                     });

    if (::pipe(g_signalPipe) != 0)
        return print(err, Tr::tr("qronosctl node: cannot install the signal handler.\n")), int(ExitFailure);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    int stopSignal = 0;
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [&] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[0], &byte, 1);
        if (stopSignal != 0)
            return; // a second signal while stopping changes nothing; SIGKILL does
        stopSignal = byte;
        print(err, Tr::tr("qronosctl node: stopping (signal %1); running jobs get %2 s to finish.\n")
                       .arg(stopSignal)
                       .arg(graceSeconds));
        QTimer::singleShot(0, [&] {
            scheduler.shutdown(true, graceSeconds * 1000);
            QCoreApplication::quit();
        });
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    std::unique_ptr<MetricsServer> metricsServer;
    if (parser.isSet(metricsAddress)) {
        metricsServer = std::make_unique<MetricsServer>(metrics, id);
        metricsServer->setHealthCallback([&scheduler, databaseProblem] {
            const Scheduler::State s = scheduler.state();
            const bool up = s == Scheduler::State::Started || s == Scheduler::State::Standby;
            return MetricsServer::Health{up && databaseProblem->isEmpty(),
                                         QString::fromLatin1(QMetaEnum::fromType<Scheduler::State>().valueToKey(int(s))).toLower(),
                                         *databaseProblem};
        });
        if (Result<Done> r = metricsServer->listen(parser.value(metricsAddress)); !r)
            return print(err, Tr::tr("qronosctl node: %1\n").arg(r.error())), int(ExitFailure);
    }

    if (Result<Done> started = scheduler.start(); !started)
        return print(err, Tr::tr("qronosctl node: %1\n").arg(started.error())), int(ExitFailure);
    print(err, Tr::tr("qronosctl node: node %1 runs on %2 with %3 worker thread(s)%4.\n")
                   .arg(id, (*store)->url().toString())
                   .arg(config.threadCount)
                   .arg(config.tags.isEmpty() ? QString() : Tr::tr(", tags %1").arg(config.tags.join(QLatin1Char(',')))));
    std::fflush(err);
    QCoreApplication::exec();
    print(err, Tr::tr("qronosctl node: node %1 stopped.\n").arg(id));
    return ExitOk;
}

} // namespace Qronos::Ctl
