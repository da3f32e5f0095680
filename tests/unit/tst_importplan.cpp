// The dry-run of an import: planImport() on a table of store contents and files (added, changed field by field,
// removed by a command, unchanged, skipped, and the problems that stop an import), and its text rendering.

#include "exchange/importplan.h"
#include "exchange/schedulejson.h"
#include "jobs/jobtyperegistry.h"

#include <QTest>

using namespace Qronos;

namespace {

QByteArray job(const char *name, bool durable = true, const char *extra = "")
{
    return QByteArray(R"({"group": "g", "name": ")") + name + R"(", "type": "noop", "durable": )"
        + (durable ? "true" : "false") + extra + "}";
}

QByteArray cron(const char *name, const char *jobName, const char *expression, const char *extra = "")
{
    return QByteArray(R"({"group": "g", "name": ")") + name + R"(", "jobGroup": "g", "jobName": ")" + jobName
        + R"(", "kind": "cron", "cron": ")" + expression + R"(", "startTime": "2026-01-01T00:00:00Z")" + extra + "}";
}

const QByteArray weekend = R"({"name": "weekend", "kind": "weekly", "excludedDays": [1, 7]})";

QByteArray file(const QList<QByteArray> &jobs, const QList<QByteArray> &triggers, const QList<QByteArray> &calendars = {},
                const QByteArray &directives = {})
{
    QByteArray text = "{\n  \"format\": \"qronos/1\",\n";
    if (!directives.isEmpty())
        text += "  \"directives\": " + directives + ",\n";
    const auto list = [](const QList<QByteArray> &items) {
        QByteArray out;
        for (const QByteArray &item : items)
            out += (out.isEmpty() ? "\n    " : ",\n    ") + item;
        return out;
    };
    text += "  \"calendars\": [" + list(calendars) + "],\n";
    text += "  \"jobs\": [" + list(jobs) + "],\n";
    text += "  \"triggers\": [" + list(triggers) + "]\n}\n";
    return text;
}

ScheduleDocument read(const QByteArray &text)
{
    ScheduleJson::ReadResult result = ScheduleJson::read(text);
    if (!result.ok())
        qFatal("bad test file: %s\n%s", qPrintable(result.problems.constFirst().toString()), text.constData());
    return result.document;
}

} // namespace

class tst_ImportPlan final : public QObject
{
    Q_OBJECT

private slots:
    void plan_data();
    void plan();
    void structuredItems();
    void jobDataOfKnownTypes();
};

void tst_ImportPlan::plan_data()
{
    QTest::addColumn<QByteArray>("current");
    QTest::addColumn<QByteArray>("incoming");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problems");

    const QByteArray empty = file({}, {});
    const QByteArray base = file({job("a")}, {cron("t", "a", "0 0 2 * * ?")});

    QTest::newRow("add into an empty store")
        << empty << file({job("a")}, {cron("t", "a", "0 0 2 * * ?")}, {weekend})
        << "+ calendar weekend\n+ job g.a\n+ trigger g.t\n3 added, 0 changed, 0 removed, 0 unchanged, 0 skipped.\n"
        << "";
    QTest::newRow("change a field")
        << base << file({job("a")}, {cron("t", "a", "0 30 2 * * ?")})
        << "= job g.a (unchanged)\n~ trigger g.t: cron \"0 0 2 * * ?\" -> \"0 30 2 * * ?\"\n"
           "0 added, 1 changed, 0 removed, 1 unchanged, 0 skipped.\n"
        << "";
    QTest::newRow("change several fields and data")
        << file({job("a", true, R"(, "data": {"n": 1, "old": "x"})")}, {cron("t", "a", "0 0 2 * * ?")})
        << file({job("a", true, R"(, "description": "new", "data": {"n": 2})")},
                {cron("t", "a", "0 0 2 * * ?", R"(, "priority": 9, "paused": true)")})
        << "~ job g.a: description (none) -> \"new\"; data.n 1 -> 2; data.old \"x\" -> (none)\n"
           "~ trigger g.t: priority 5 -> 9; paused false -> true\n"
           "0 added, 2 changed, 0 removed, 0 unchanged, 0 skipped.\n"
        << "";
    QTest::newRow("remove by command")
        << file({job("a"), job("old")}, {cron("t", "a", "0 0 2 * * ?"), cron("old-t", "old", "0 0 3 * * ?")})
        << file({}, {}, {}, R"({"deleteJobs": [{"group": "g", "name": "old"}]})")
        << "- job g.old\n- trigger g.old-t\n0 added, 0 changed, 2 removed, 0 unchanged, 0 skipped.\n"
        << "";
    QTest::newRow("delete triggers in every group takes non-durable jobs along")
        << file({job("a"), job("b", false)}, {cron("t", "a", "0 0 2 * * ?"), cron("u", "b", "0 0 3 * * ?")})
        << file({}, {}, {}, R"({"deleteTriggersInGroups": ["*"]})")
        << "- job g.b\n- trigger g.t\n- trigger g.u\n0 added, 0 changed, 3 removed, 0 unchanged, 0 skipped.\n"
        << "";
    QTest::newRow("delete and re-add is a change")
        << base << file({job("a")}, {cron("t", "a", "0 0 4 * * ?")}, {}, R"({"deleteJobsInGroups": ["g"]})")
        << "= job g.a (unchanged)\n~ trigger g.t: cron \"0 0 2 * * ?\" -> \"0 0 4 * * ?\"\n"
           "0 added, 1 changed, 0 removed, 1 unchanged, 0 skipped.\n"
        << "";
    QTest::newRow("unchanged")
        << base << base << "= job g.a (unchanged)\n= trigger g.t (unchanged)\n0 added, 0 changed, 0 removed, 2 unchanged, 0 skipped.\n"
        << "";
    QTest::newRow("ignore duplicates")
        << base
        << file({job("a", true, R"(, "description": "other")"), job("b")}, {cron("t", "a", "0 0 5 * * ?")}, {},
                R"({"overwriteExistingData": false, "ignoreDuplicates": true})")
        << "! job g.a (exists; kept as stored: ignore-duplicates)\n+ job g.b\n"
           "! trigger g.t (exists; kept as stored: ignore-duplicates)\n"
           "1 added, 0 changed, 0 removed, 0 unchanged, 2 skipped.\n"
        << "";
    QTest::newRow("overwrite off")
        << base << file({job("a")}, {cron("t", "a", "0 0 5 * * ?")}, {}, R"({"overwriteExistingData": false})")
        << "= job g.a (unchanged)\n~ trigger g.t: cron \"0 0 2 * * ?\" -> \"0 0 5 * * ?\"\n"
           "0 added, 1 changed, 0 removed, 1 unchanged, 0 skipped.\n"
        << "line 6, column 5 ($.jobs[0]): Job g.a exists already; overwrite-existing-data is off and ignore-duplicates is off.\n"
           "line 8, column 5 ($.triggers[0]): Trigger g.t exists already; overwrite-existing-data is off and "
           "ignore-duplicates is off.";
    QTest::newRow("job from the store, calendar from the store")
        << file({job("a")}, {}, {weekend}) << file({}, {cron("t", "a", "0 0 2 * * ?", R"(, "calendar": "weekend")")})
        << "+ trigger g.t\n1 added, 0 changed, 0 removed, 0 unchanged, 0 skipped.\n"
        << "";
    QTest::newRow("missing job and calendar")
        << base << file({}, {cron("u", "nobody", "0 0 2 * * ?", R"(, "calendar": "nothing")")})
        << "+ trigger g.u\n1 added, 0 changed, 0 removed, 0 unchanged, 0 skipped.\n"
        << "line 6, column 5 ($.triggers[0]): Trigger g.u: its job g.nobody is neither in the file nor in the store.\n"
           "line 6, column 5 ($.triggers[0]): Trigger g.u: its calendar \"nothing\" is neither in the file nor in the "
           "store.";
    QTest::newRow("job deleted by a command is missing")
        << base << file({}, {cron("u", "a", "0 0 2 * * ?")}, {}, R"({"deleteJobs": [{"group": "g", "name": "a"}]})")
        << "- job g.a\n- trigger g.t\n+ trigger g.u\n1 added, 0 changed, 2 removed, 0 unchanged, 0 skipped.\n"
        << "line 7, column 5 ($.triggers[0]): Trigger g.u: its job g.a is neither in the file nor in the store.";
    QTest::newRow("non-durable job without trigger")
        << empty << file({job("lonely", false)}, {})
        << "+ job g.lonely\n1 added, 0 changed, 0 removed, 0 unchanged, 0 skipped.\n"
        << "line 5, column 5 ($.jobs[0]): Job g.lonely is not durable and no trigger would use it: make it durable or "
           "add a trigger for it.";
    QTest::newRow("never fires")
        << base << file({}, {cron("past", "a", "0 0 0 1 1 ? 2020")})
        << "+ trigger g.past\n1 added, 0 changed, 0 removed, 0 unchanged, 0 skipped.\n"
        << "line 6, column 5 ($.triggers[0]): Based on its schedule, trigger g.past will never fire.";
}

void tst_ImportPlan::plan()
{
    QFETCH(QByteArray, current);
    QFETCH(QByteArray, incoming);
    QFETCH(QString, text);
    QFETCH(QString, problems);
    ScheduleDocument stored = read(current);
    for (DocumentJob &j : stored.jobs)
        j.location = {}; // a store's content has no file locations
    const ImportPlan plan = planImport(stored, read(incoming));
    QCOMPARE(plan.toText(true), text);
    QStringList lines;
    for (const ImportProblem &p : plan.problems)
        lines << p.toString();
    QCOMPARE(lines.join(QLatin1Char('\n')), problems);
    QCOMPARE(plan.ok(), problems.isEmpty());
}

void tst_ImportPlan::structuredItems()
{
    const ScheduleDocument current = read(file({job("a")}, {cron("t", "a", "0 0 2 * * ?")}));
    const ImportPlan plan = planImport(current, read(file({job("a"), job("b")}, {cron("t", "a", "0 30 2 * * ?")})));
    QVERIFY(plan.ok());
    QVERIFY(plan.changesSomething());
    QCOMPARE(plan.items.size(), 3);
    QCOMPARE(plan.count(PlanAction::Added), 1);
    QCOMPARE(plan.count(PlanObject::Trigger, PlanAction::Changed), 1);
    const PlanItem &changed = plan.items.at(2);
    QCOMPARE(changed.object, PlanObject::Trigger);
    QCOMPARE(changed.key(), QStringLiteral("g.t"));
    QCOMPARE(changed.location.path, QStringLiteral("$.triggers[0]"));
    QCOMPARE(changed.changes.size(), 1);
    QCOMPARE(changed.changes.at(0).field, QStringLiteral("cron"));
    QCOMPARE(changed.changes.at(0).oldValue, QStringLiteral("\"0 0 2 * * ?\""));
    QCOMPARE(changed.changes.at(0).newValue, QStringLiteral("\"0 30 2 * * ?\""));
    QCOMPARE(planActionName(changed.action), QStringLiteral("changed"));
    QCOMPARE(planObjectName(changed.object), QStringLiteral("trigger"));
    QVERIFY(!planImport(current, current).changesSomething());
}

void tst_ImportPlan::jobDataOfKnownTypes()
{
    JobTypeRegistry registry;
    QVERIFY(registerBuiltInJobTypes(registry));
    const ScheduleDocument document = read(file({R"({"group": "g", "name": "bad", "type": "http", "durable": true})",
                                                 R"({"group": "g", "name": "good", "type": "noop", "durable": true})",
                                                 R"({"group": "g", "name": "plugin", "type": "acme-report", "durable": true})"},
                                                {}));
    const ImportProblems problems = checkJobData(document, registry);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).location.path, QStringLiteral("$.jobs[0]"));
    QVERIFY2(problems.at(0).message.startsWith(QLatin1String("Job g.bad: ")), qPrintable(problems.at(0).message));
}

QTEST_GUILESS_MAIN(tst_ImportPlan)
#include "tst_importplan.moc"
