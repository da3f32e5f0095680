#include "shelljob.h"

#include "jobdatareader.h"
#include "outputcapture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

#include <limits>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif

namespace Qronos {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Qronos::ShellJob)
};

constexpr int PollMs = 25; // how quickly an interrupt or a timeout takes effect

struct Spec
{
    QString program;
    QStringList arguments;
    QString workingDirectory;
    QMap<QString, QString> environment; // null value: remove the variable
    double timeoutSeconds = 0;
    QList<JobDataReader::Range> successExitCodes;
    bool useShell = false;
    qint64 maxOutputBytes = -1; // -1: the context's default
};

Result<Spec> parse(const JobDataMap &data)
{
    const JobDataReader reader(data);
    Spec s;
    QString e;
    constexpr qint64 intMin = std::numeric_limits<int>::min();
    constexpr qint64 intMax = std::numeric_limits<int>::max();
    if (!take(reader.text(QStringLiteral("program"), true), &s.program, &e)
        || !take(reader.stringList(QStringLiteral("arguments")), &s.arguments, &e)
        || !take(reader.text(QStringLiteral("workingDirectory"), false), &s.workingDirectory, &e)
        || !take(reader.stringMap(QStringLiteral("environment"), true), &s.environment, &e)
        || !take(reader.seconds(QStringLiteral("timeoutSeconds")), &s.timeoutSeconds, &e)
        || !take(reader.ranges(QStringLiteral("successExitCodes"), {{0, 0}}, intMin, intMax), &s.successExitCodes, &e)
        || !take(reader.boolean(QStringLiteral("useShell"), false), &s.useShell, &e)
        || !take(reader.integer(QStringLiteral("maxOutputBytes"), -1, 0, 256LL * 1024 * 1024), &s.maxOutputBytes, &e))
        return fail(e);
    for (auto it = s.environment.cbegin(); it != s.environment.cend(); ++it) {
        if (it.key().contains(QLatin1Char('=')))
            return fail(Tr::tr("\"environment\": the variable name \"%1\" must not contain '='.").arg(it.key()));
    }
    return s;
}

void killProcessTree(QProcess &process)
{
#ifdef Q_OS_UNIX
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL); // the group the child created for itself: the whole tree
#endif
    process.kill();
    process.waitForFinished(5000);
}
} // namespace

Result<Done> ShellJob::validate(const JobDataMap &data)
{
    const Result<Spec> spec = parse(data);
    if (!spec)
        return fail(spec.error());
    return Done{};
}

JobResult ShellJob::execute(JobExecutionContext &context)
{
    const Result<Spec> parsed = parse(context.mergedJobData());
    if (!parsed)
        return JobResult::failed(parsed.error());
    const Spec &spec = *parsed;
    if (context.isInterrupted())
        return JobResult::interrupted(Tr::tr("Interrupted before it started."));

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setInputChannelMode(QProcess::ManagedInputChannel);
#ifdef Q_OS_UNIX
    // Runs in the child between fork and exec: a process group of its own, so that killing the
    // group reaches everything the program starts.
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    if (!spec.workingDirectory.isEmpty()) {
        if (!QDir(spec.workingDirectory).exists())
            return JobResult::failed(Tr::tr("\"workingDirectory\": the directory \"%1\" does not exist on this node.")
                                         .arg(spec.workingDirectory));
        process.setWorkingDirectory(spec.workingDirectory);
    }
    if (!spec.environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = spec.environment.cbegin(); it != spec.environment.cend(); ++it) {
            if (it.value().isNull())
                env.remove(it.key());
            else
                env.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(env);
    }

    QString program = spec.program;
    QStringList arguments = spec.arguments;
    if (spec.useShell) {
        // sh -c 'command' sh arg1 arg2 ...: the arguments become $1, $2, ... of the command.
        arguments = QStringList{QStringLiteral("-c"), spec.program, QStringLiteral("sh")} + spec.arguments;
        program = QStringLiteral("/bin/sh");
    }

    const qsizetype maxOutput = spec.maxOutputBytes >= 0 ? spec.maxOutputBytes : context.maxOutputBytes();
    OutputCapture capture(maxOutput);
    process.start(program, arguments);
    process.closeWriteChannel();
    if (!process.waitForStarted(30000)) {
        return JobResult::failed(Tr::tr("Could not start \"%1\": %2. Check \"program\" and the PATH of this node.")
                                     .arg(program, process.errorString()));
    }

    const QDeadlineTimer deadline = spec.timeoutSeconds > 0 ? QDeadlineTimer(qint64(spec.timeoutSeconds * 1000))
                                                            : QDeadlineTimer(QDeadlineTimer::Forever);
    enum class Stop { No, Interrupted, TimedOut } stop = Stop::No;
    while (process.state() != QProcess::NotRunning) {
        if (process.waitForFinished(PollMs))
            break;
        capture.append(process.readAll());
        if (context.isInterrupted())
            stop = Stop::Interrupted;
        else if (deadline.hasExpired())
            stop = Stop::TimedOut;
        if (stop != Stop::No) {
            killProcessTree(process);
            break;
        }
    }
    capture.append(process.readAll());

    JobResult result;
    switch (stop) {
    case Stop::Interrupted:
        result = JobResult::interrupted(Tr::tr("Interrupted; \"%1\" and its child processes were killed.").arg(program));
        break;
    case Stop::TimedOut:
        result = JobResult::timedOut(Tr::tr("\"%1\" did not finish within %2 s (\"timeoutSeconds\"); it and its child "
                                            "processes were killed.")
                                         .arg(program)
                                         .arg(spec.timeoutSeconds));
        break;
    case Stop::No:
        if (process.exitStatus() == QProcess::CrashExit) {
            result = JobResult::failed(Tr::tr("\"%1\" crashed or was killed by a signal: %2.")
                                           .arg(program, process.errorString()));
        } else {
            result.setResultCode(process.exitCode());
            if (!JobDataReader::inRanges(spec.successExitCodes, process.exitCode())) {
                result = JobResult::failed(Tr::tr("\"%1\" exited with code %2, which \"successExitCodes\" does not "
                                                  "accept.")
                                               .arg(program)
                                               .arg(process.exitCode()));
                result.setResultCode(process.exitCode());
            }
        }
        break;
    }
    result.setOutput(capture.text());
    result.setOutputTruncated(capture.isTruncated());
    return result;
}

JobTypeInfo ShellJob::typeInfo()
{
    JobTypeInfo info;
    info.name = QStringLiteral("shell");
    info.description = Tr::tr("Runs a program (optionally through /bin/sh) and checks its exit code.");
    info.dataSchema = QString::fromUtf8(R"json({
  "type": "object",
  "required": ["program"],
  "properties": {
    "program": {"type": "string", "description": "program to run (PATH is searched); with useShell, the shell command line"},
    "arguments": {"type": "string", "format": "JSON array of strings", "default": "[]", "example": "[\"-l\", \"/tmp\"]"},
    "workingDirectory": {"type": "string", "default": "the worker's current directory"},
    "environment": {"type": "string", "format": "JSON object of strings (null removes a variable)", "default": "{}", "description": "laid over the worker's environment", "example": "{\"LANG\": \"C\"}"},
    "timeoutSeconds": {"type": "number", "default": 0, "description": "0 means no limit; on expiry the process group is killed"},
    "successExitCodes": {"type": ["integer", "string"], "default": "0", "example": "0,2,10-19"},
    "useShell": {"type": "boolean", "default": false, "description": "run /bin/sh -c program; arguments become $1, $2, ..."},
    "maxOutputBytes": {"type": "integer", "default": 65536, "description": "stdout+stderr kept; the rest is counted and dropped"}
  }
})json");
    info.factory = [] { return std::make_unique<ShellJob>(); };
    info.validator = &ShellJob::validate;
    return info;
}

} // namespace Qronos
