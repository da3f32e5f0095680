// diffSchedules(): two schedules compared as the dry-run of importing A into B plus what only B holds, on a table
// of cases (identical, only in A, only in B, changed fields, paused, calendars, selection scoping), runtime state
// that never differs, the agreement with planImport(), and the JSON rendering.

#include "exchange/importplan.h"
#include "exchange/schedulediff.h"
#include "exchange/schedulejson.h"

#include <QTest>

using namespace Qronos;

namespace {

/// A noop job "group.name" (durable, so that a schedule may hold it without triggers).
QByteArray noopJob(const char *key, const char *extra = "")
{
    const QList<QByteArray> parts = QByteArray(key).split('.');
    return "{\"group\": \"" + parts.at(0) + "\", \"name\": \"" + parts.at(1) + "\", \"type\": \"noop\", \"durable\": true"
        + extra + '}';
}

/// A cron trigger "group.name" of job "group.name".
QByteArray cronTrigger(const char *key, const char *jobKey, const char *expression, const char *extra = "")
{
    const QList<QByteArray> t = QByteArray(key).split('.');
    const QList<QByteArray> j = QByteArray(jobKey).split('.');
    return "{\"group\": \"" + t.at(0) + "\", \"name\": \"" + t.at(1) + "\", \"jobGroup\": \"" + j.at(0)
        + "\", \"jobName\": \"" + j.at(1) + "\", \"kind\": \"cron\", \"cron\": \"" + expression
        + "\", \"startTime\": \"2026-01-01T00:00:00Z\"" + extra + '}';
}

QByteArray holidays(const char *name, const char *dates)
{
    return QByteArray("{\"name\": \"") + name + "\", \"kind\": \"holiday\", \"excludedDates\": [" + dates + "]}";
}

/// A "qronos/1" document of these calendars, jobs and triggers.
QByteArray schedule(const QByteArrayList &calendars, const QByteArrayList &jobs, const QByteArrayList &triggers)
{
    return "{\"format\": \"qronos/1\", \"calendars\": [" + calendars.join(", ") + "], \"jobs\": [" + jobs.join(", ")
        + "], \"triggers\": [" + triggers.join(", ") + "]}";
}

ScheduleDocument parsed(const QByteArray &text)
{
    ScheduleJson::ReadResult result = ScheduleJson::read(text);
    if (!result.ok())
        qFatal("bad test schedule: %s\n%s", qPrintable(result.problems.constFirst().toString()), text.constData());
    return result.document;
}

ExportSelection selectionOf(const QStringList &groups, const QStringList &jobs)
{
    ExportSelection selection;
    selection.groups = groups;
    for (const QString &job : jobs)
        selection.jobs << JobKey(job.section(QLatin1Char('.'), 1), job.section(QLatin1Char('.'), 0, 0));
    return selection;
}

} // namespace

class tst_ScheduleDiff final : public QObject
{
    Q_OBJECT

private slots:
    void diff_data();
    void diff();
    void runtimeStateIsNoDifference();
    void agreesWithTheDryRunImport();
    void json();
};

void tst_ScheduleDiff::diff_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QStringList>("jobs");
    QTest::addColumn<QString>("text"); // toText(true)
    QTest::addColumn<bool>("differs");
    QTest::addColumn<QString>("problems");

    const QByteArray base = schedule({holidays("xmas", "\"2026-12-25\"")}, {noopJob("g.a")},
                                     {cronTrigger("g.t", "g.a", "0 0 2 * * ?", ", \"calendar\": \"xmas\"")});
    const QByteArray empty = schedule({}, {}, {});

    QTest::newRow("identical") << base << base << QStringList() << QStringList()
                               << "= calendar xmas (unchanged)\n= job g.a (unchanged)\n= trigger g.t (unchanged)\n"
                                  "0 added, 0 changed, 0 removed, 3 unchanged, 0 skipped.\n"
                               << false << "";
    QTest::newRow("both empty") << empty << empty << QStringList() << QStringList()
                                << "0 added, 0 changed, 0 removed, 0 unchanged, 0 skipped.\n" << false << "";
    QTest::newRow("a job only in A")
        << schedule({}, {noopJob("g.a"), noopJob("g.b")}, {}) << schedule({}, {noopJob("g.a")}, {})
        << QStringList() << QStringList()
        << "= job g.a (unchanged)\n+ job g.b\n1 added, 0 changed, 0 removed, 1 unchanged, 0 skipped.\n"
        << true << "";
    QTest::newRow("a trigger only in B")
        << schedule({}, {noopJob("g.a")}, {}) << schedule({}, {noopJob("g.a")}, {cronTrigger("g.t", "g.a", "0 0 2 * * ?")})
        << QStringList() << QStringList()
        << "= job g.a (unchanged)\n- trigger g.t\n0 added, 0 changed, 1 removed, 1 unchanged, 0 skipped.\n" << true << "";
    QTest::newRow("everything only in B")
        << empty << base << QStringList() << QStringList()
        << "- calendar xmas\n- job g.a\n- trigger g.t\n0 added, 0 changed, 3 removed, 0 unchanged, 0 skipped.\n" << true
        << "";
    QTest::newRow("changed cron: B's value -> A's")
        << schedule({}, {noopJob("g.a")}, {cronTrigger("g.t", "g.a", "0 30 2 * * ?")})
        << schedule({}, {noopJob("g.a")}, {cronTrigger("g.t", "g.a", "0 0 2 * * ?")}) << QStringList() << QStringList()
        << "= job g.a (unchanged)\n~ trigger g.t: cron \"0 0 2 * * ?\" -> \"0 30 2 * * ?\"\n"
           "0 added, 1 changed, 0 removed, 1 unchanged, 0 skipped.\n"
        << true << "";
    QTest::newRow("paused only in B")
        << schedule({}, {noopJob("g.a")}, {cronTrigger("g.t", "g.a", "0 0 2 * * ?")})
        << schedule({}, {noopJob("g.a")}, {cronTrigger("g.t", "g.a", "0 0 2 * * ?", ", \"paused\": true")})
        << QStringList() << QStringList()
        << "= job g.a (unchanged)\n~ trigger g.t: paused true -> false\n0 added, 1 changed, 0 removed, 1 unchanged, 0 skipped.\n"
        << true << "";
    QTest::newRow("job data and description")
        << schedule({}, {noopJob("g.a", ", \"description\": \"new\", \"data\": {\"n\": 2}")}, {})
        << schedule({}, {noopJob("g.a", ", \"data\": {\"n\": 1, \"old\": \"x\"}")}, {}) << QStringList() << QStringList()
        << "~ job g.a: description (none) -> \"new\"; data.n 1 -> 2; data.old \"x\" -> (none)\n"
           "0 added, 1 changed, 0 removed, 0 unchanged, 0 skipped.\n"
        << true << "";
    QTest::newRow("calendar changed")
        << base
        << schedule({holidays("xmas", "\"2026-12-24\", \"2026-12-25\"")}, {noopJob("g.a")},
                    {cronTrigger("g.t", "g.a", "0 0 2 * * ?", ", \"calendar\": \"xmas\"")})
        << QStringList() << QStringList()
        << "~ calendar xmas: excludedDates [\"2026-12-24\", \"2026-12-25\"] -> [\"2026-12-25\"]\n"
           "= job g.a (unchanged)\n= trigger g.t (unchanged)\n0 added, 1 changed, 0 removed, 2 unchanged, 0 skipped.\n"
        << true << "";
    QTest::newRow("a calendar's base changed")
        << schedule({R"({"name": "c", "kind": "weekly", "excludedDays": [1], "base": {"kind": "monthly", "excludedDays": [1]}})"},
                    {}, {})
        << schedule({R"({"name": "c", "kind": "weekly", "excludedDays": [1], "base": {"kind": "monthly", "excludedDays": [2]}})"},
                    {}, {})
        << QStringList() << QStringList() << "~ calendar c: base {\"kind\": \"monthly\", \"timeZone\": \"UTC\", \"excludedDays\": [2]} -> "
                                             "{\"kind\": \"monthly\", \"timeZone\": \"UTC\", \"excludedDays\": [1]}\n"
                                             "0 added, 1 changed, 0 removed, 0 unchanged, 0 skipped.\n"
        << true << "";

    // Selection: group g only. h differs (a job, its trigger and the calendar only h's trigger uses) but is not
    // compared; the calendar g's trigger uses on one side is, on both.
    const QByteArray wideA = schedule({holidays("xmas", "\"2026-12-25\""), holidays("only-h", "\"2026-01-01\"")},
                                      {noopJob("g.a"), noopJob("h.x")},
                                      {cronTrigger("g.t", "g.a", "0 0 2 * * ?", ", \"calendar\": \"xmas\""),
                                       cronTrigger("h.t", "h.x", "0 0 3 * * ?", ", \"calendar\": \"only-h\"")});
    const QByteArray wideB = schedule({holidays("xmas", "\"2026-12-24\""), holidays("only-h", "\"2026-01-02\"")},
                                      {noopJob("g.a"), noopJob("h.y")},
                                      {cronTrigger("g.t", "g.a", "0 0 2 * * ?"), cronTrigger("h.t", "h.y", "0 0 4 * * ?")});
    QTest::newRow("selection: a group")
        << wideA << wideB << QStringList{QStringLiteral("g")} << QStringList()
        << "~ calendar xmas: excludedDates [\"2026-12-24\"] -> [\"2026-12-25\"]\n= job g.a (unchanged)\n"
           "~ trigger g.t: calendar (none) -> \"xmas\"\n0 added, 2 changed, 0 removed, 1 unchanged, 0 skipped.\n"
        << true << "";
    QTest::newRow("selection: everything")
        << wideA << wideB << QStringList() << QStringList()
        << "~ calendar only-h: excludedDates [\"2026-01-02\"] -> [\"2026-01-01\"]\n"
           "~ calendar xmas: excludedDates [\"2026-12-24\"] -> [\"2026-12-25\"]\n"
           "= job g.a (unchanged)\n+ job h.x\n- job h.y\n"
           "~ trigger g.t: calendar (none) -> \"xmas\"\n"
           "~ trigger h.t: jobName \"y\" -> \"x\"; cron \"0 0 4 * * ?\" -> \"0 0 3 * * ?\"; calendar (none) -> \"only-h\"\n"
           "1 added, 4 changed, 1 removed, 1 unchanged, 0 skipped.\n"
        << true << "";
    QTest::newRow("selection: a job only in A, a group in neither")
        << wideA << wideB << QStringList{QStringLiteral("nowhere")} << QStringList{QStringLiteral("h.x")}
        << "~ calendar only-h: excludedDates [\"2026-01-02\"] -> [\"2026-01-01\"]\n+ job h.x\n"
           "~ trigger h.t: jobName \"y\" -> \"x\"; cron \"0 0 4 * * ?\" -> \"0 0 3 * * ?\"; calendar (none) -> \"only-h\"\n"
           "1 added, 2 changed, 0 removed, 0 unchanged, 0 skipped.\n"
        << true << "";
    QTest::newRow("selection: the same within, different outside")
        << wideA << schedule({holidays("xmas", "\"2026-12-25\"")}, {noopJob("g.a")},
                             {cronTrigger("g.t", "g.a", "0 0 2 * * ?", ", \"calendar\": \"xmas\"")})
        << QStringList{QStringLiteral("g")} << QStringList()
        << "= calendar xmas (unchanged)\n= job g.a (unchanged)\n= trigger g.t (unchanged)\n"
           "0 added, 0 changed, 0 removed, 3 unchanged, 0 skipped.\n"
        << false << "";
    QTest::newRow("selection: a job in neither")
        << base << base << QStringList() << QStringList{QStringLiteral("g.nope")}
        << "0 added, 0 changed, 0 removed, 0 unchanged, 0 skipped.\n" << false
        << "There is no job g.nope in either schedule.";
}

void tst_ScheduleDiff::diff()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(QStringList, groups);
    QFETCH(QStringList, jobs);
    QFETCH(QString, text);
    QFETCH(bool, differs);
    QFETCH(QString, problems);

    const ImportPlan plan = diffSchedules(parsed(a), parsed(b), selectionOf(groups, jobs));
    QStringList found;
    for (const ImportProblem &problem : plan.problems)
        found << problem.toString();
    QCOMPARE(found.join(QLatin1Char('\n')), problems);
    QCOMPARE(plan.toText(true), text);
    QCOMPARE(plan.changesSomething(), differs);
    for (const PlanItem &item : plan.items) {
        QVERIFY(item.location.path.isEmpty());
        QCOMPARE(item.changes.isEmpty(), item.action != PlanAction::Changed);
    }
}

void tst_ScheduleDiff::runtimeStateIsNoDifference()
{
    const QByteArray text = schedule({}, {noopJob("g.a")}, {cronTrigger("g.t", "g.a", "0 0 2 * * ?")});
    const ScheduleDocument a = parsed(text);
    ScheduleDocument b = parsed(text);
    Trigger &trigger = b.triggers[0].trigger;
    trigger.setNextFireTime(1767232800000);
    trigger.setPreviousFireTime(1767146400000);
    trigger.setTimesTriggered(41);
    trigger.setComplete(true);
    ImportPlan plan = diffSchedules(a, b);
    QVERIFY2(!plan.changesSomething(), qPrintable(plan.toText()));
    QCOMPARE(plan.count(PlanAction::Unchanged), 2);

    // The paused state is no runtime state.
    b.triggers[0].paused = true;
    plan = diffSchedules(a, b);
    QCOMPARE(plan.toText(), QStringLiteral("~ trigger g.t: paused true -> false\n"
                                           "0 added, 1 changed, 0 removed, 1 unchanged, 0 skipped.\n"));
}

void tst_ScheduleDiff::agreesWithTheDryRunImport()
{
    // Where B holds nothing A lacks, the diff is the dry-run of importing A into B, item for item.
    const ScheduleDocument a = parsed(schedule({holidays("xmas", "\"2026-12-25\"")}, {noopJob("g.a"), noopJob("g.b")},
                                               {cronTrigger("g.t", "g.a", "0 30 2 * * ?", ", \"calendar\": \"xmas\""),
                                                cronTrigger("g.u", "g.b", "0 0 5 * * ?", ", \"paused\": true")}));
    const ScheduleDocument b = parsed(schedule({holidays("xmas", "\"2026-12-24\"")}, {noopJob("g.a")},
                                               {cronTrigger("g.t", "g.a", "0 0 2 * * ?", ", \"calendar\": \"xmas\"")}));
    const ImportPlan dryRun = planImport(b, a);
    QVERIFY(dryRun.ok());
    QCOMPARE(diffSchedules(a, b).toText(true), dryRun.toText(true));
}

void tst_ScheduleDiff::json()
{
    const ImportPlan plan = diffSchedules(
        parsed(schedule({}, {noopJob("g.a"), noopJob("g.b")},
                        {cronTrigger("g.t", "g.a", "0 30 2 * * ?", ", \"priority\": 7, \"paused\": true")})),
        parsed(schedule({holidays("x\\\"y", "\"2026-12-25\"")}, {noopJob("g.a")}, {cronTrigger("g.t", "g.a", "0 0 2 * * ?")})));
    QCOMPARE(QString::fromUtf8(planItemsJson(plan)),
             QStringLiteral(
                 "[\n"
                 "  {\"object\": \"calendar\", \"action\": \"removed\", \"key\": \"x\\\"y\", \"group\": \"\", \"name\": \"x\\\"y\", \"changes\": []},\n"
                 "  {\"object\": \"job\", \"action\": \"added\", \"key\": \"g.b\", \"group\": \"g\", \"name\": \"b\", \"changes\": []},\n"
                 "  {\"object\": \"trigger\", \"action\": \"changed\", \"key\": \"g.t\", \"group\": \"g\", \"name\": \"t\", \"changes\": "
                 "[{\"field\": \"cron\", \"old\": \"0 0 2 * * ?\", \"new\": \"0 30 2 * * ?\"}, "
                 "{\"field\": \"priority\", \"old\": 5, \"new\": 7}, {\"field\": \"paused\", \"old\": false, \"new\": true}]}\n"
                 "]\n"));
    QVERIFY(planItemsJson(plan, true).contains("{\"object\": \"job\", \"action\": \"unchanged\", \"key\": \"g.a\""));
    QCOMPARE(planItemsJson(diffSchedules({}, {})), QByteArray("[]\n"));
}

QTEST_GUILESS_MAIN(tst_ScheduleDiff)
#include "tst_schedulediff.moc"
