#include "clusterharness.h"

#include "schedule/cronexpression.h"
#include "schedule/firetimes.h"
#include "exchange/isotime.h"
#include "store/databaseurl.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace Qronos::ClusterTest {

namespace {

QString binary() { return QStringLiteral(QRONOSCTL_PATH); }

bool serversRequired() { return qEnvironmentVariable("QRONOS_REQUIRE_SERVERS") == QLatin1String("1"); }

// At most this many examples of each kind of problem go into the failure message.
constexpr int kExamples = 10;

void note(QStringList &problems, int &counter, const QString &problem)
{
    if (++counter <= kExamples)
        problems << problem;
}

} // namespace

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QString isoAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString fireKey(const TriggerKey &trigger, qint64 scheduledMs)
{
    return trigger.toString() + QLatin1Char('@') + isoAt(scheduledMs);
}

qint64 percentile(QList<qint64> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qBound<qsizetype>(0, qsizetype(std::ceil(q * double(values.size()))) - 1, values.size() - 1);
    return values.at(rank);
}

void addServerRows()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("package");
    QTest::newRow("postgresql") << QStringLiteral("pgserver.sh") << QStringLiteral("postgresql");
    QTest::newRow("mariadb") << QStringLiteral("mariadbserver.sh") << QStringLiteral("mariadb-server");
}

void waitMs(qint64 ms)
{
    if (ms > 0)
        QTest::qWait(int(ms));
}

ClusterHarness::ClusterHarness() = default;

ClusterHarness::~ClusterHarness()
{
    const bool failed = QTest::currentTestFailed();
    for (const auto &n : m_nodes) {
        if (n->running()) {
            n->process->kill();
            n->process->waitForFinished(5000);
        }
        if (failed) {
            // The end of each log: what the node said last is what explains a failure.
            const QByteArray err = readFile(logPath(n->id, ".err"));
            qWarning("%s stderr (last 4000 bytes):\n%s", qPrintable(n->id), err.right(4000).constData());
        }
    }
    if (failed) {
        m_dir.setAutoRemove(false);
        qWarning("the node logs are kept in %s", qPrintable(m_dir.path()));
    }
    m_store.reset();
    if (m_serverStarted)
        server(QStringLiteral("stop"));
}

int ClusterHarness::server(const QString &command, QByteArray *out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral("bash"), {QStringLiteral(QRONOS_SOURCE_DIR "/tests/support/") + m_script, command, m_serverDir});
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        qWarning("%s %s did not finish", qPrintable(m_script), qPrintable(command));
        return -1;
    }
    const QByteArray err = p.readAllStandardError();
    if (p.exitCode() != 0 && p.exitCode() != 3)
        qWarning("%s %s exited %d: %s", qPrintable(m_script), qPrintable(command), p.exitCode(), err.constData());
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool ClusterHarness::startServer()
{
    QFETCH(QString, script);
    QFETCH(QString, package);
    [&] { QVERIFY(m_dir.isValid()); }();
    if (QTest::currentTestFailed())
        return false;
    m_script = script;
    m_serverDir = m_dir.filePath(QStringLiteral("server"));
    QByteArray url;
    const int started = server(QStringLiteral("start"), &url);
    m_serverStarted = started != 3;
    if (started == 3) {
        const QString message = QStringLiteral("%1 found no server binaries; install them with: sudo apt-get install %2")
                                    .arg(script, package);
        if (serversRequired())
            [&] { QFAIL(qPrintable(message + QStringLiteral(" (QRONOS_REQUIRE_SERVERS=1)"))); }();
        else
            [&] { QSKIP(qPrintable(message)); }();
        return false;
    }
    m_db = QString::fromUtf8(url.trimmed());
    if (started != 0 || m_db.isEmpty()) {
        [&] { QFAIL(qPrintable(QStringLiteral("%1 start failed (exit code %2)").arg(script).arg(started))); }();
        return false;
    }
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(m_db);
    if (!parsed) {
        [&] { QFAIL(qPrintable(parsed.error())); }();
        return false;
    }
    SqlJobStore::Options options;
    options.instanceId = QStringLiteral("cluster-test");
    Result<std::unique_ptr<SqlJobStore>> store = SqlJobStore::open(*parsed, options);
    if (!store) {
        [&] { QFAIL(qPrintable(store.error())); }();
        return false;
    }
    m_store = std::move(store).value();
    return true;
}

QString ClusterHarness::logPath(const QString &id, const char *suffix) const
{
    return m_dir.filePath(id + QLatin1String(suffix));
}

ClusterHarness::Node &ClusterHarness::addNode(const QString &id, const QStringList &extraArguments)
{
    auto n = std::make_unique<Node>();
    n->id = id;
    n->extraArguments = extraArguments;
    m_nodes.push_back(std::move(n));
    return *m_nodes.back();
}

ClusterHarness::Node &ClusterHarness::node(const QString &id)
{
    const auto it = std::find_if(m_nodes.begin(), m_nodes.end(), [&](const auto &n) { return n->id == id; });
    Q_ASSERT(it != m_nodes.end());
    return **it;
}

bool ClusterHarness::startNode(Node &n)
{
    n.process = std::make_unique<QProcess>();
    // A restarted node appends to the same files: its whole life is in one log.
    n.process->setStandardOutputFile(logPath(n.id, ".out"), QIODevice::Append);
    n.process->setStandardErrorFile(logPath(n.id, ".err"), QIODevice::Append);
    // Batches of 20: the 200 fires of a second take ten claims, so every node gets some. With the default 100,
    // two claims take a whole second's fires and the third node may get next to none (a node claims all it can).
    const QStringList common{QStringLiteral("--db"),         m_db,
                             QStringLiteral("node"),         QStringLiteral("--instance-id"),
                             n.id,                           QStringLiteral("--idle-wait"),
                             QStringLiteral("200ms"),        QStringLiteral("--threads"),
                             QStringLiteral("4"),            QStringLiteral("--batch-size"),
                             QStringLiteral("20"),           QStringLiteral("--grace-period"),
                             QStringLiteral("10"),           QStringLiteral("--log-format"),
                             QStringLiteral("json")};
#ifdef Q_OS_LINUX
    // A node dies with the test: when the test is killed (a timeout, a crash), no node lives on without it.
    n.process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    n.startedAt.append(nowMs());
    n.process->start(binary(), common + n.extraArguments);

    const int start = int(n.startedAt.size());
    const QString errPath = logPath(n.id, ".err");
    const QByteArray running = "qronosctl node: node " + n.id.toUtf8() + " runs on ";
    const qint64 deadline = nowMs() + 20000;
    while (nowMs() < deadline) {
        if (readFile(errPath).count(running) >= start)
            return true;
        if (n.process->state() == QProcess::NotRunning) {
            qWarning("node %s ended (exit code %d): %s", qPrintable(n.id), n.process->exitCode(),
                     readFile(errPath).right(4000).constData());
            return false;
        }
        QTest::qWait(50);
    }
    qWarning("node %s did not start within 20 s: %s", qPrintable(n.id), readFile(errPath).right(4000).constData());
    return false;
}

bool ClusterHarness::startNodes(const QStringList &ids, const QStringList &extraArguments)
{
    // Start them all, then wait for each: they start side by side, as a cluster does.
    for (const QString &id : ids)
        addNode(id, extraArguments);
    bool ok = true;
    for (const QString &id : ids)
        ok = startNode(node(id)) && ok;
    return ok;
}

qint64 ClusterHarness::killNode(Node &n)
{
    n.process->kill();
    if (!n.process->waitForFinished(10000))
        qWarning("node %s did not end within 10 s of SIGKILL", qPrintable(n.id));
    const qint64 at = nowMs();
    n.killedAt.append(at);
    return at;
}

void ClusterHarness::stopNodes()
{
    std::vector<Node *> stopping;
    for (const auto &n : m_nodes) {
        if (n->running()) {
            n->process->terminate();
            stopping.push_back(n.get());
        }
    }
    for (Node *n : stopping) {
        QVERIFY2(n->process->waitForFinished(30000), qPrintable(n->id + QStringLiteral(" did not stop")));
        QVERIFY2(n->process->exitStatus() == QProcess::NormalExit && n->process->exitCode() == 0,
                 readFile(logPath(n->id, ".err")).right(4000).constData());
    }
}

void ClusterHarness::checkAllRunning()
{
    for (const auto &n : m_nodes)
        QVERIFY2(n->running(), qPrintable(n->id + QStringLiteral(" ended")));
}

QStringList ClusterHarness::logLines(const QString &id, const QString &text) const
{
    return QString::fromUtf8(readFile(logPath(id, ".err"))).split(QLatin1Char('\n')).filter(text);
}

bool ClusterHarness::storeJob(const JobDetail &job, const QList<Trigger> &triggers)
{
    if (job.requestsRecovery())
        m_recoverableJobs.insert(job.key().toString());
    if (Result<Done> r = m_store->storeJobAndTriggers(job, triggers, false); !r) {
        [&] { QFAIL(qPrintable(r.error())); }();
        return false;
    }
    return true;
}

QSet<QString> ClusterHarness::storeSchedule(const ScheduleSpec &spec)
{
    QSet<QString> expected;
    const qint64 endMs = spec.startMs + qint64(spec.seconds) * 1000 - 1;
    const Result<CronExpression> everySecond = CronExpression::parse(QStringLiteral("* * * * * ?"));
    [&] { QVERIFY2(everySecond, qPrintable(everySecond.error())); }();
    if (!everySecond)
        return expected;
    // Trigger i of job `name`: even ones cron, odd ones simple, both firing on the same whole seconds.
    const auto everySecondTrigger = [&](const JobDetail &job, const QString &name, int i) {
        const TriggerKey key(name, job.key().group());
        Trigger t = i % 2 == 0 ? Trigger(key, job.key(), CronSchedule{*everySecond})
                               : Trigger(key, job.key(), SimpleSchedule{1000, spec.seconds - 1});
        t.setStartTime(spec.startMs);
        t.setEndTime(endMs);
        t.setTimeZoneId("UTC");
        if (spec.mixedMisfireInstructions) {
            const bool ignore = (i / 2) % 2 == 1;
            t.setMisfireInstruction(ignore ? Misfire::IgnoreMisfirePolicy
                                           : i % 2 == 0 ? Misfire::DoNothing : Misfire::RescheduleNextWithRemainingCount);
        }
        FireTimes::computeFirstFireTime(t, nullptr);
        const QList<qint64> fires = FireTimes::computeFireTimes(t, nullptr, spec.seconds + 5);
        [&] { QCOMPARE(fires.size(), spec.seconds); }();
        for (qint64 fire : fires)
            expected.insert(fireKey(key, fire));
        return t;
    };
    for (int j = 0; j < spec.jobCount; ++j) {
        const QString group = QStringLiteral("cluster-g%1").arg(j % spec.groupCount);
        const JobDetail job(JobKey(QStringLiteral("job%1").arg(j), group), QStringLiteral("noop"));
        QList<Trigger> triggers;
        for (int i = j; i < spec.triggerCount; i += spec.jobCount)
            triggers.append(everySecondTrigger(job, QStringLiteral("t%1").arg(i, 3, 10, QLatin1Char('0')), i));
        if (!storeJob(job, triggers))
            return expected;
    }
    if (spec.recoverableTriggerCount > 0) {
        JobDetail job(JobKey(QStringLiteral("recoverable"), QStringLiteral("cluster-recovery")), QStringLiteral("noop"));
        job.setRequestsRecovery(true);
        job.jobData().put(QStringLiteral("sleepMs"), spec.recoverableSleepMs);
        QList<Trigger> triggers;
        for (int i = 0; i < spec.recoverableTriggerCount; ++i)
            triggers.append(everySecondTrigger(job, QStringLiteral("r%1").arg(i, 3, 10, QLatin1Char('0')), i));
        if (!storeJob(job, triggers))
            return expected;
    }
    // One-shots at odd moments within the window.
    const JobDetail once(JobKey(QStringLiteral("once"), QStringLiteral("cluster-oneshots")), QStringLiteral("noop"));
    QList<Trigger> oneShots;
    for (int i = 0; i < spec.oneShotCount; ++i) {
        const TriggerKey key(QStringLiteral("once%1").arg(i), once.key().group());
        Trigger t(key, once.key(), SimpleSchedule{0, 0});
        t.setStartTime(spec.startMs + 1250 + qint64(i) * (qint64(spec.seconds) * 1000 - 2500) / spec.oneShotCount);
        t.setTimeZoneId("UTC");
        FireTimes::computeFirstFireTime(t, nullptr);
        expected.insert(fireKey(key, t.startTime()));
        oneShots.append(t);
    }
    if (!oneShots.isEmpty())
        storeJob(once, oneShots);
    return expected;
}

QSet<QString> ClusterHarness::scheduleFromNow(ScheduleSpec &spec, int leadSeconds)
{
    spec.startMs = (nowMs() / 1000 + leadSeconds) * 1000;
    const QSet<QString> expected = storeSchedule(spec);
    if (!QTest::currentTestFailed())
        [&] { QVERIFY2(nowMs() < spec.startMs - 500, "storing the schedule took too long for the planned window"); }();
    return expected;
}

Audit ClusterHarness::finishRun(const ScheduleSpec &spec, const QSet<QString> &expected, qint64 settleMs,
                               QList<ExecutionRecord> *rows, int pollMs)
{
    waitMs(spec.startMs + qint64(spec.seconds) * 1000 - nowMs());
    waitForHistory(expected, nowMs() + settleMs, pollMs);
    checkAllRunning();
    stopNodes();
    const QList<ExecutionRecord> all = history();
    if (rows)
        *rows = all;
    Audit a = audit(expected, all);
    auditNodeOutput(a);
    return a;
}

QList<ExecutionRecord> ClusterHarness::history()
{
    HistoryQuery query;
    query.limit = 10000000;
    Result<QList<ExecutionRecord>> rows = m_store->history(query);
    if (!rows) {
        qWarning("history: %s", qPrintable(rows.error()));
        return {};
    }
    return *rows;
}

QList<RunningExecution> ClusterHarness::running()
{
    Result<QList<RunningExecution>> rows = m_store->runningExecutions();
    if (!rows) {
        qWarning("running executions: %s", qPrintable(rows.error()));
        return {};
    }
    return *rows;
}

void ClusterHarness::waitForHistory(const QSet<QString> &expected, qint64 deadlineMs, int pollMs)
{
    // Not every 50 ms as QTRY_ would: the query must not load the server the nodes share.
    while (nowMs() < deadlineMs) {
        const Audit a = audit(expected, history());
        if (a.missed == 0 && running().isEmpty())
            return;
        QTest::qWait(pollMs);
    }
}

bool ClusterHarness::firedInKilledLife(const QString &instanceId, qint64 fireTime) const
{
    for (const auto &n : m_nodes) {
        if (n->id != instanceId)
            continue;
        for (qsizetype i = 0; i < n->killedAt.size() && i < n->startedAt.size(); ++i) {
            // killedAt[i] ends the i-th life only if the node was not started again before it: lives and kills
            // alternate, so the i-th kill ends the i-th start.
            if (fireTime >= n->startedAt.at(i) && fireTime <= n->killedAt.at(i))
                return true;
        }
    }
    return false;
}

Audit ClusterHarness::audit(const QSet<QString> &expected, const QList<ExecutionRecord> &rows)
{
    Audit a;
    a.expected = int(expected.size());
    a.rows = int(rows.size());
    Result<QList<MisfireRecord>> misfires = m_store->misfireLog(std::nullopt, 1000000);
    QList<MisfireRecord> misfireRows;
    if (misfires)
        misfireRows = *misfires;
    else
        a.problems << QStringLiteral("misfire log: ") + misfires.error();

    // Each attempt of one fire by (fire instance id, attempt): a RECOVERED attempt K must be followed by exactly
    // one re-run, attempt K + 1, of the same fire (same trigger and scheduled time), marked recovering.
    QHash<QString, const ExecutionRecord *> attempts;
    const auto attemptKey = [](const QString &fire, int attempt) { return fire + QLatin1Char('#') + QString::number(attempt); };
    QHash<QString, int> attemptCount;
    for (const ExecutionRecord &r : rows) {
        attempts.insert(attemptKey(r.fireInstanceId, r.attempt), &r);
        ++attemptCount[attemptKey(r.fireInstanceId, r.attempt)];
    }
    int duplicateCount = 0, unexpectedCount = 0, recoveryCount = 0, failureCount = 0, missedCount = 0;
    // A misfire instruction may set a fire time off the schedule (FIRE_NOW: now): that one fire is expected too.
    QSet<QString> addedByMisfire;
    for (const MisfireRecord &m : std::as_const(misfireRows)) {
        if (m.nextFireTime)
            addedByMisfire.insert(fireKey(m.trigger, *m.nextFireTime));
    }
    QHash<QString, int> finals;
    for (const ExecutionRecord &r : rows) {
        const QString key = fireKey(r.trigger, r.scheduledTime);
        const QString where = QStringLiteral("%1 (fire %2, attempt %3) on %4 at %5")
                                  .arg(key, r.fireInstanceId)
                                  .arg(r.attempt)
                                  .arg(r.instanceId, isoAt(r.fireTime));
        if (attemptCount.value(attemptKey(r.fireInstanceId, r.attempt)) > 1)
            note(a.problems, recoveryCount, QStringLiteral("the same attempt written twice: ") + where);
        if (r.recovering) {
            ++a.reruns;
            const ExecutionRecord *dead = attempts.value(attemptKey(r.fireInstanceId, r.attempt - 1));
            if (!dead || dead->status != ExecutionStatus::Recovered || dead->trigger != r.trigger
                || dead->scheduledTime != r.scheduledTime)
                note(a.problems, recoveryCount, QStringLiteral("a re-run without a RECOVERED attempt before it: ") + where);
        }
        if (r.status == ExecutionStatus::Recovered) {
            ++a.recovered;
            const ExecutionRecord *rerun = attempts.value(attemptKey(r.fireInstanceId, r.attempt + 1));
            if (!rerun || !rerun->recovering || rerun->trigger != r.trigger || rerun->scheduledTime != r.scheduledTime)
                note(a.problems, recoveryCount, QStringLiteral("RECOVERED but not re-run as the next attempt: ") + where);
            if (!m_recoverableJobs.contains(r.job.toString()))
                note(a.problems, recoveryCount, QStringLiteral("RECOVERED, of a job that does not request recovery: ") + where);
            if (!firedInKilledLife(r.instanceId, r.fireTime))
                note(a.problems, recoveryCount, QStringLiteral("RECOVERED, but its node was not killed while it ran: ") + where);
            continue; // not a final row
        }
        ++a.finals;
        if (++finals[key] == 2)
            note(a.problems, duplicateCount, QStringLiteral("fired twice: ") + where);
        if (!expected.contains(key)) {
            if (addedByMisfire.contains(key))
                ++a.addedByMisfire;
            else
                note(a.problems, unexpectedCount, QStringLiteral("not in the schedule: ") + where);
        }
        ++a.perNode[r.instanceId];
        a.lateness.append(r.fireTime - r.scheduledTime);
        if (r.status == ExecutionStatus::Succeeded)
            continue;
        ++a.failed;
        // A fire in flight on a node that died is recorded once, as failed, with a reason, if its job does not
        // request recovery; nothing else fails here (no-op jobs always succeed).
        if (r.status != ExecutionStatus::Failed)
            note(a.problems, failureCount, QStringLiteral("ended %1: ").arg(executionStatusName(r.status)) + where);
        else if (m_recoverableJobs.contains(r.job.toString()))
            note(a.problems, failureCount, QStringLiteral("FAILED instead of recovered: ") + where);
        else if (!firedInKilledLife(r.instanceId, r.fireTime))
            note(a.problems, failureCount, QStringLiteral("FAILED, but its node was not killed while it ran: ") + where);
        else if (r.errorMessage.isEmpty())
            note(a.problems, failureCount, QStringLiteral("FAILED without a reason: ") + where);
    }
    a.duplicates = duplicateCount;
    a.unexpected = unexpectedCount;
    a.recoveryProblems = recoveryCount;
    a.failureProblems = failureCount;

    // Misfire log records by trigger: a missed fire is explained by a record from its scheduled time up to (not
    // including) the next fire time the instruction set.
    QHash<QString, QList<const MisfireRecord *>> misfiresOf;
    for (const MisfireRecord &m : std::as_const(misfireRows))
        misfiresOf[m.trigger.toString()].append(&m);
    for (const QString &key : expected) {
        if (finals.contains(key))
            continue;
        const qsizetype at = key.lastIndexOf(QLatin1Char('@'));
        const qint64 scheduled = QDateTime::fromString(key.mid(at + 1), Qt::ISODateWithMs).toMSecsSinceEpoch();
        bool explained = false;
        for (const MisfireRecord *m : misfiresOf.value(key.left(at)))
            explained = explained || (scheduled >= m->scheduledTime && (!m->nextFireTime || scheduled < *m->nextFireTime));
        if (explained)
            ++a.explainedByMisfire;
        else
            note(a.problems, missedCount, QStringLiteral("never fired: ") + key);
    }
    a.missed = missedCount;
    return a;
}

void ClusterHarness::auditNodeOutput(Audit &a) const
{
    struct Run
    {
        qint64 fireTime;
        QString node;
        int attempt;
    };
    QHash<QString, QList<Run>> runs;
    for (const auto &n : m_nodes) {
        const QList<QByteArray> lines = readFile(logPath(n->id, ".out")).split('\n');
        for (const QByteArray &line : lines) {
            // A line cut short by a SIGKILL is no JSON: skipped.
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QLatin1String("event")).toString() != QLatin1String("execution"))
                continue;
            const std::optional<qint64> scheduled = IsoTime::parse(o.value(QLatin1String("scheduled_time")).toString());
            const std::optional<qint64> fired = IsoTime::parse(o.value(QLatin1String("fire_time")).toString());
            if (!scheduled || !fired)
                continue;
            const TriggerKey trigger(o.value(QLatin1String("trigger")).toString(),
                                     o.value(QLatin1String("trigger_group")).toString());
            runs[fireKey(trigger, *scheduled)].append({*fired, n->id, o.value(QLatin1String("attempt")).toInt()});
        }
    }
    int count = 0;
    for (auto it = runs.begin(); it != runs.end(); ++it) {
        QList<Run> &list = it.value();
        if (list.size() < 2)
            continue;
        std::sort(list.begin(), list.end(), [](const Run &x, const Run &y) { return x.fireTime < y.fireTime; });
        for (qsizetype i = 0; i + 1 < list.size(); ++i) {
            if (!firedInKilledLife(list.at(i).node, list.at(i).fireTime)) {
                note(a.problems, count,
                     QStringLiteral("ran twice: %1 on %2 at %3 (attempt %4), which lived on, then on %5 at %6 (attempt %7)")
                         .arg(it.key(), list.at(i).node, isoAt(list.at(i).fireTime))
                         .arg(list.at(i).attempt)
                         .arg(list.at(i + 1).node, isoAt(list.at(i + 1).fireTime))
                         .arg(list.at(i + 1).attempt));
                break;
            }
        }
    }
    a.ranTwice = count;
}

QString ClusterHarness::summary(const Audit &a)
{
    QStringList shares;
    for (auto it = a.perNode.cbegin(); it != a.perNode.cend(); ++it)
        shares << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return QStringLiteral("%1 fires expected, %2 history rows, %3 final, %4 duplicates, %5 missed, %6 explained by "
                          "the misfire log, %17 set by a misfire instruction, %7 not in the schedule, %18 ran twice "
                          "by the nodes' output, %8 failed, %9 recovered and %10 re-run, %11 "
                          "unexplained recoveries, %12 unexplained failures; per node: %13; lateness p50 %14 ms, "
                          "p99 %15 ms, max %16 ms")
        .arg(a.expected)
        .arg(a.rows)
        .arg(a.finals)
        .arg(a.duplicates)
        .arg(a.missed)
        .arg(a.explainedByMisfire)
        .arg(a.unexpected)
        .arg(a.failed)
        .arg(a.recovered)
        .arg(a.reruns)
        .arg(a.recoveryProblems)
        .arg(a.failureProblems)
        .arg(shares.join(QStringLiteral(", ")))
        .arg(percentile(a.lateness, 0.5))
        .arg(percentile(a.lateness, 0.99))
        .arg(percentile(a.lateness, 1.0))
        .arg(a.addedByMisfire)
        .arg(a.ranTwice);
}

void ClusterHarness::check(const Audit &a)
{
    const QByteArray problems = a.problems.join(QLatin1Char('\n')).toUtf8();
    QVERIFY2(a.duplicates == 0, problems.constData());
    QVERIFY2(a.ranTwice == 0, problems.constData());
    QVERIFY2(a.missed == 0, problems.constData());
    QVERIFY2(a.unexpected == 0, problems.constData());
    QVERIFY2(a.recoveryProblems == 0, problems.constData());
    QVERIFY2(a.failureProblems == 0, problems.constData());
    QVERIFY2(a.reruns == a.recovered, problems.constData());
    QCOMPARE(a.finals, a.expected - a.explainedByMisfire + a.addedByMisfire);
}

int ClusterHarness::ctl(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess p;
    p.start(binary(), QStringList{QStringLiteral("--db"), m_db} + arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        qWarning("qronosctl %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

std::optional<QJsonArray> ClusterHarness::nodesJson()
{
    QByteArray out, err;
    const int code = ctl({QStringLiteral("nodes"), QStringLiteral("--format"), QStringLiteral("json")}, &out, &err);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    if (code != 0 || !doc.isArray()) {
        qWarning("qronosctl nodes --format json exited %d (%s): %s %s", code, qPrintable(parseError.errorString()),
                 out.left(2000).constData(), err.left(2000).constData());
        return std::nullopt;
    }
    return doc.array();
}

} // namespace Qronos::ClusterTest
