// The history view: HistoryModel's lazy keyset pages over a SQLite store of 5,000 executions (tester, order,
// filters, stale answers, refresh), and HistoryView's filter bar, output pane, run chart, showExecution() and
// export. Runs on the offscreen platform with TZ=UTC.

#include "clock.h"
#include "models/historymodel.h"
#include "store/databaseurl.h"
#include "store/sqljobstore.h"
#include "views/historyview.h"
#include "views/jobrunchart.h"
#include "widgetfinder.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qronos;
using Qronos::Testing::child;

namespace {

constexpr int RowCount = 5000;

QString idOf(const ExecutionRecord &r)
{
    return QStringLiteral("%1#%2").arg(r.fireInstanceId).arg(r.attempt);
}

QStringList modelIds(const HistoryModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << idOf(model.record(row));
    return ids;
}

/// Asks for pages until the model has every row of its query.
bool loadAll(HistoryModel &model)
{
    for (int pages = 0; pages < 1000; ++pages) {
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 5000))
            return false;
        if (!model.canFetchMore({}))
            return true;
        model.fetchMore({});
    }
    return false;
}

} // namespace

class tst_HistoryModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void modelTesterAndAllPages();
    void filters_data();
    void filters();
    void staleAnswersDropped();
    void refreshMergesNewRows();
    void storeErrorIsReported();

    void viewTextFilterDebounced();
    void viewSelectionShowsOutputAndChart();
    void viewJobFilterAndRange();
    void viewShowExecution();
    void viewExport();
    void viewExportCancelled();
    void viewSettingsRoundTrip();

private:
    /// The rows of \a keep in the model's order (newest first), from the rows written.
    QStringList expected(const std::function<bool(const ExecutionRecord &)> &keep) const;
    std::shared_ptr<SqlJobStore> openStore(const QString &name);

    QTemporaryDir m_dir;
    std::shared_ptr<SqlJobStore> m_store;
    QList<ExecutionRecord> m_rows; // as written
    qint64 m_newest = 0;
};

std::shared_ptr<SqlJobStore> tst_HistoryModel::openStore(const QString &name)
{
    SqlJobStore::Options options;
    options.instanceId = QStringLiteral("node-a");
    auto store = SqlJobStore::open(DatabaseUrl::parse(QStringLiteral("sqlite://") + m_dir.filePath(name)).value(),
                                   options);
    if (!store)
        qFatal("cannot open the store: %s", qPrintable(store.error()));
    return std::shared_ptr<SqlJobStore>(std::move(store).value());
}

void tst_HistoryModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = openStore(QStringLiteral("history.db"));
    // 2,500 fires of two attempts each, four rows every 4 s (two fires share a fire time), the newest a second
    // ago, the oldest 83 min earlier; five jobs in two groups, two nodes, four statuses, errors on the failed ones.
    m_newest = (QDateTime::currentMSecsSinceEpoch() / 1000 - 1) * 1000;
    const ExecutionStatus statuses[] = {ExecutionStatus::Succeeded, ExecutionStatus::Succeeded, ExecutionStatus::Failed,
                                        ExecutionStatus::TimedOut, ExecutionStatus::Interrupted};
    QList<CompletedFire> fires;
    for (int i = 0; i < RowCount; ++i) {
        ExecutionRecord r;
        r.fireInstanceId = QStringLiteral("fire-%1").arg(i / 2, 5, 10, QLatin1Char('0'));
        r.attempt = 1 + i % 2;
        const int job = (i / 2) % 5;
        r.job = JobKey(QStringLiteral("job%1").arg(job), QStringLiteral("g%1").arg(job % 2));
        r.trigger = TriggerKey(QStringLiteral("trigger%1").arg(job), QStringLiteral("triggers"));
        r.instanceId = (i / 2) % 3 ? QStringLiteral("node-a") : QStringLiteral("node-b");
        r.fireTime = m_newest - (i / 4) * 4000;
        r.scheduledTime = r.fireTime - 3;
        r.endTime = r.fireTime + 10 + (i % 97) * 13;
        r.status = statuses[i % 5];
        if (r.status == ExecutionStatus::Failed)
            r.errorMessage = QStringLiteral("Disk full in row %1\nsecond line").arg(i);
        r.output = QStringLiteral("output of row %1\nline 2, \"quoted\"").arg(i);
        m_rows << r;
        if (r.attempt == 1) {
            CompletedFire fire;
            fire.fireInstanceId = r.fireInstanceId;
            fire.job = r.job;
            fire.trigger = r.trigger;
            fires << fire;
        }
        fires.last().attempts << r;
    }
    for (qsizetype start = 0; start < fires.size(); start += 500)
        QVERIFY(m_store->triggeredJobsComplete(fires.mid(start, 500)));
    for (int job = 0; job < 5; ++job) {
        JobDetail detail(JobKey(QStringLiteral("job%1").arg(job), QStringLiteral("g%1").arg(job % 2)), QStringLiteral("noop"));
        detail.setDurable(true);
        QVERIFY(m_store->storeJob(detail, false));
    }
}

QStringList tst_HistoryModel::expected(const std::function<bool(const ExecutionRecord &)> &keep) const
{
    QList<ExecutionRecord> rows;
    for (const ExecutionRecord &r : m_rows) {
        if (keep(r))
            rows << r;
    }
    std::sort(rows.begin(), rows.end(), [](const ExecutionRecord &a, const ExecutionRecord &b) {
        return std::tuple(a.fireTime, a.fireInstanceId, a.attempt) > std::tuple(b.fireTime, b.fireInstanceId, b.attempt);
    });
    QStringList ids;
    for (const ExecutionRecord &r : rows)
        ids << idOf(r);
    return ids;
}

void tst_HistoryModel::modelTesterAndAllPages()
{
    HistoryModel model(m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
    QSignalSpy pages(&model, &HistoryModel::pageLoaded);
    model.setQuery(HistoryQuery{});
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0); // the answer comes later, never on the GUI thread's call
    QTRY_COMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), RowCount);
    QVERIFY(model.isComplete());
    const QStringList ids = modelIds(model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), RowCount);
    QCOMPARE(ids, expected([](const ExecutionRecord &) { return true; }));
    QVERIFY(pages.size() >= RowCount / 200);

    // Roles and columns of a row.
    const ExecutionRecord &failed = model.record(1); // fire-00001 attempt 1 (row 2 written)
    QCOMPARE(failed.status, ExecutionStatus::Failed);
    QCOMPARE(failed.status, ExecutionStatus::Failed);
    QCOMPARE(model.index(1, HistoryModel::ErrorColumn).data().toString(), QStringLiteral("Disk full in row 2"));
    QCOMPARE(model.index(1, HistoryModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
    QVERIFY(!model.index(1, HistoryModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(1, HistoryModel::JobColumn).data().toString(), QStringLiteral("g1.job1"));
    QCOMPARE(model.index(1, HistoryModel::TriggerColumn).data().toString(), QStringLiteral("triggers.trigger1"));
    QCOMPARE(model.index(1, HistoryModel::NodeColumn).data().toString(), QStringLiteral("node-a"));
    QCOMPARE(model.index(1, HistoryModel::AttemptColumn).data().toInt(), 1);
    QCOMPARE(model.index(1, HistoryModel::DurationColumn).data().toString(), QStringLiteral("36 ms"));
    QCOMPARE(model.index(1, 0).data(HistoryModel::OutputRole).toString(), failed.output);
    QCOMPARE(model.index(1, 0).data(HistoryModel::ErrorMessageRole).toString(), failed.errorMessage);
    QCOMPARE(model.index(1, 0).data(HistoryModel::FireTimeRole).toLongLong(), m_newest);
    QCOMPARE(model.index(1, 0).data(HistoryModel::DurationRole).toLongLong(), qint64(36));
    QCOMPARE(model.index(1, 0).data(HistoryModel::StatusNameRole).toString(), QStringLiteral("FAILED"));
    QCOMPARE(model.index(1, HistoryModel::FiredAtColumn).data().toString(),
             QDateTime::fromMSecsSinceEpoch(m_newest).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    QCOMPARE(model.index(1, HistoryModel::ScheduledAtColumn).data().toString(),
             QDateTime::fromMSecsSinceEpoch(m_newest - 3).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    QCOMPARE(model.rowOfFire(QStringLiteral("fire-00001")), 0); // attempt 2 first
    QCOMPARE(model.rowOfFire(QStringLiteral("fire-99999")), -1);
}

void tst_HistoryModel::filters_data()
{
    QTest::addColumn<HistoryQuery>("query");
    QTest::addColumn<std::function<bool(const ExecutionRecord &)>>("keep");
    using Keep = std::function<bool(const ExecutionRecord &)>;
    HistoryQuery q;
    q.jobName = QStringLiteral("job1");
    q.jobGroup = QStringLiteral("g1");
    QTest::newRow("job") << q << Keep([](const ExecutionRecord &r) { return r.job.name() == QLatin1String("job1"); });
    q = {};
    q.jobGroup = QStringLiteral("g0");
    QTest::newRow("group") << q << Keep([](const ExecutionRecord &r) { return r.job.group() == QLatin1String("g0"); });
    q = {};
    q.instanceId = QStringLiteral("node-b");
    QTest::newRow("node") << q << Keep([](const ExecutionRecord &r) { return r.instanceId == QLatin1String("node-b"); });
    q = {};
    q.status = ExecutionStatus::TimedOut;
    QTest::newRow("status") << q << Keep([](const ExecutionRecord &r) { return r.status == ExecutionStatus::TimedOut; });
    q = {};
    const qint64 since = m_newest - 300 * 1000;
    const qint64 until = m_newest - 100 * 1000;
    q.since = since;
    q.until = until;
    QTest::newRow("time range") << q << Keep([=](const ExecutionRecord &r) { return r.fireTime >= since && r.fireTime < until; });
    q = {};
    q.textContains = QStringLiteral("DISK FULL IN ROW 12");
    QTest::newRow("text in error") << q << Keep([](const ExecutionRecord &r) {
        return r.errorMessage.contains(QLatin1String("Disk full in row 12"));
    });
    q = {};
    q.textContains = QStringLiteral("output of row 49");
    QTest::newRow("text in output") << q << Keep([](const ExecutionRecord &r) {
        return r.output.contains(QLatin1String("output of row 49"));
    });
    q = {};
    q.jobName = QStringLiteral("job2");
    q.jobGroup = QStringLiteral("g0");
    q.status = ExecutionStatus::Failed;
    q.instanceId = QStringLiteral("node-a");
    q.since = m_newest - 1000 * 1000;
    QTest::newRow("combined") << q << Keep([this](const ExecutionRecord &r) {
        return r.job.name() == QLatin1String("job2") && r.status == ExecutionStatus::Failed
            && r.instanceId == QLatin1String("node-a") && r.fireTime >= m_newest - 1000 * 1000;
    });
    q = {};
    q.jobName = QStringLiteral("nobody");
    QTest::newRow("nothing") << q << Keep([](const ExecutionRecord &) { return false; });
}

void tst_HistoryModel::filters()
{
    QFETCH(HistoryQuery, query);
    QFETCH(std::function<bool(const ExecutionRecord &)>, keep);
    HistoryModel model(m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(query);
    QVERIFY(loadAll(model));
    const QStringList want = expected(keep);
    QVERIFY(want.size() < RowCount);
    QCOMPARE(modelIds(model), want);
}

void tst_HistoryModel::staleAnswersDropped()
{
    HistoryModel model(m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    HistoryQuery all;
    model.setQuery(all);
    HistoryQuery failed;
    failed.status = ExecutionStatus::Failed;
    model.setQuery(failed); // the first query's page is on its way
    QTRY_VERIFY(!model.isLoading());
    QTest::qWait(50); // let a late answer to the first query arrive, if one could
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 200);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.record(row).status, ExecutionStatus::Failed);

    // A page of the old query asked by fetchMore() is dropped too.
    model.fetchMore({});
    QVERIFY(model.isLoading());
    HistoryQuery node;
    node.instanceId = QStringLiteral("node-b");
    model.setQuery(node);
    QTRY_VERIFY(!model.isLoading());
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(modelIds(model), expected([](const ExecutionRecord &r) { return r.instanceId == QLatin1String("node-b"); }).mid(0, 200));
}

void tst_HistoryModel::refreshMergesNewRows()
{
    auto store = openStore(QStringLiteral("refresh.db"));
    const auto add = [&](const QString &id, qint64 fireTime) {
        CompletedFire fire;
        fire.fireInstanceId = id;
        fire.job = JobKey(QStringLiteral("j"));
        fire.trigger = TriggerKey(QStringLiteral("t"));
        ExecutionRecord r;
        r.fireInstanceId = id;
        r.job = fire.job;
        r.trigger = fire.trigger;
        r.fireTime = r.scheduledTime = fireTime;
        r.endTime = fireTime + 5;
        fire.attempts << r;
        return bool(store->triggeredJobsComplete({fire}));
    };
    for (int i = 0; i < 30; ++i)
        QVERIFY(add(QStringLiteral("old-%1").arg(i, 2, 10, QLatin1Char('0')), 1000000 + i * 1000));
    HistoryModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(10);
    model.setQuery({});
    QTRY_COMPARE(model.rowCount(), 10);
    // Two new fires, and one that finished late with a fire time among the rows shown.
    QVERIFY(add(QStringLiteral("new-1"), 2000000));
    QVERIFY(add(QStringLiteral("new-2"), 2000001));
    QVERIFY(add(QStringLiteral("late"), 1000000 + 25 * 1000 + 500));
    QVERIFY(add(QStringLiteral("later-page"), 1000000 + 5 * 1000 + 500)); // older than the rows shown: comes with fetchMore
    QSignalSpy refreshed(&model, &HistoryModel::refreshed);
    model.refresh();
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(refreshed.first().first().toInt(), 3);
    // (The tester may have fetched a page meanwhile: it calls fetchMore() itself; that page comes at the bottom.)
    QCOMPARE(model.record(0).fireInstanceId, QStringLiteral("new-2"));
    QCOMPARE(model.record(1).fireInstanceId, QStringLiteral("new-1"));
    QCOMPARE(model.record(6).fireInstanceId, QStringLiteral("late"));
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), 34);
    QStringList ids = modelIds(model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 34);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.record(row - 1).fireTime >= model.record(row).fireTime);

    // More new rows than a page holds: the refresh reads on until it reaches the rows shown, and inserts them all.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (int i = 0; i < 15; ++i)
        QVERIFY(add(QStringLiteral("burst-%1").arg(i, 2, 10, QLatin1Char('0')), 3000000 + i));
    model.refresh();
    QTRY_COMPARE(refreshed.size(), 2);
    QCOMPARE(refreshed.last().first().toInt(), 15);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 49);
    ids = modelIds(model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 49);
    QCOMPARE(model.record(0).fireInstanceId, QStringLiteral("burst-14"));
    QCOMPARE(model.record(15).fireInstanceId, QStringLiteral("new-2"));

    // More than MaxRefreshPages pages of new rows: the model starts over rather than leave a gap.
    for (int i = 0; i < HistoryModel::MaxRefreshPages * 10 + 1; ++i)
        QVERIFY(add(QStringLiteral("flood-%1").arg(i, 2, 10, QLatin1Char('0')), 4000000 + i));
    model.refresh();
    QTRY_COMPARE(reset.size(), 1);
    QTRY_VERIFY(model.rowCount() >= 10);
    QCOMPARE(model.record(0).fireInstanceId, QStringLiteral("flood-50"));
}

void tst_HistoryModel::storeErrorIsReported()
{
    auto store = openStore(QStringLiteral("broken.db"));
    {
        // Break the table under the store: every history() call fails from now on.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_breaker"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("broken.db")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE name LIKE '%EXECUTION_HISTORY'")));
        QVERIFY(query.next());
        const QString table = query.value(0).toString();
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE %1 RENAME TO GONE").arg(table)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst_breaker"));
    HistoryModel model(store);
    QSignalSpy errors(&model, &HistoryModel::errorOccurred);
    model.setQuery({});
    QTRY_COMPARE(errors.size(), 1);
    QVERIFY(!model.lastError().isEmpty());
    QVERIFY(!model.canFetchMore({})); // no retry loop through the view
    QCOMPARE(model.rowCount(), 0);
}

void tst_HistoryModel::viewTextFilterDebounced()
{
    HistoryView view(m_store, nullptr);
    view.resize(1000, 700);
    view.show();
    QTRY_COMPARE(view.model()->rowCount(), 200);
    auto *text = child<QLineEdit>(&view, "historyText");
    QTest::keyClicks(text, QStringLiteral("row 123"));
    QVERIFY(view.model()->query().textContains.isEmpty()); // not yet: the debounce waits for the typing to stop
    const QStringList want = expected([](const ExecutionRecord &r) { return r.output.contains(QLatin1String("row 123")); });
    QCOMPARE(want.size(), 11 + 1 - 1); // rows 123 and 1230..1239
    QTRY_COMPARE(view.model()->query().textContains, QStringLiteral("row 123"));
    QTRY_COMPARE(modelIds(*view.model()), want);

    auto *status = child<QComboBox>(&view, "historyStatus");
    status->setCurrentIndex(status->findData(int(ExecutionStatus::Failed)));
    QTRY_COMPARE(modelIds(*view.model()), expected([](const ExecutionRecord &r) {
                     return r.output.contains(QLatin1String("row 123")) && r.status == ExecutionStatus::Failed;
                 }));
    QVERIFY(view.model()->rowCount() > 0);

    // Enter applies at once.
    text->clear();
    QTest::keyClicks(text, QStringLiteral("row 4999"));
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(view.model()->query().textContains, QStringLiteral("row 4999"));
}

void tst_HistoryModel::viewSelectionShowsOutputAndChart()
{
    HistoryView view(m_store, nullptr);
    view.resize(1000, 700);
    view.show();
    QTRY_COMPARE(view.model()->rowCount(), 200);
    auto *table = child<QTableView>(&view, "historyTable");
    auto *output = child<QPlainTextEdit>(&view, "historyOutput");
    auto *chart = child<JobRunChart>(&view, "historyChart");
    QVERIFY(output->isReadOnly());
    QVERIFY(output->font().fixedPitch() || output->font().styleHint() == QFont::Monospace
            || QFontInfo(output->font()).fixedPitch());
    QSignalSpy loaded(chart, &JobRunChart::runsLoaded);
    table->selectRow(2);
    const ExecutionRecord &r = view.model()->record(2);
    QVERIFY(output->toPlainText().contains(r.output));
    QVERIFY(output->toPlainText().contains(r.errorMessage));
    QVERIFY(output->toPlainText().contains(r.fireInstanceId));

    // The chart: the last 50 runs of the row's job, oldest first, one bar each.
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(chart->job(), r.job);
    QCOMPARE(chart->runs().size(), JobRunChart::DefaultRunCount);
    for (int i = 0; i < chart->runs().size(); ++i) {
        QCOMPARE(chart->runs().at(i).job, r.job);
        QVERIFY(!chart->barRect(i).isEmpty());
        QVERIFY(chart->rect().toRectF().contains(chart->barRect(i)));
        if (i > 0)
            QVERIFY(chart->runs().at(i - 1).fireTime <= chart->runs().at(i).fireTime);
    }
    QCOMPARE(chart->runs().constLast().fireInstanceId, r.fireInstanceId); // the selected row is the newest of its job
    QCOMPARE(chart->highlightedIndex(), int(chart->runs().size()) - 1);     // and is outlined
    QVERIFY(chart->title().contains(r.job.toString()));
    // The longest run reaches the top of the plot; the tooltip names the run.
    int longest = 0;
    for (int i = 1; i < chart->runs().size(); ++i) {
        const auto duration = [&](int k) { return *chart->runs().at(k).endTime - chart->runs().at(k).fireTime; };
        if (duration(i) > duration(longest))
            longest = i;
    }
    for (int i = 0; i < chart->runs().size(); ++i)
        QVERIFY(chart->barRect(i).height() <= chart->barRect(longest).height());
    QCOMPARE(chart->runAt(chart->barRect(longest).center().toPoint()), longest);
    QVERIFY(chart->toolTipFor(longest).contains(HistoryModel::statusText(chart->runs().at(longest).status)));
    const QImage image = chart->grab().toImage();
    QCOMPARE(image.pixelColor(chart->barRect(longest).center().toPoint()),
             HistoryModel::statusColor(chart->runs().at(longest).status));

    // Another job's row: the chart follows.
    table->selectRow(4); // fire-00002: job2
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(chart->job(), view.model()->record(4).job);

    // A filter that keeps the selected execution keeps it selected.
    const QString selected = view.model()->record(4).fireInstanceId;
    const int attempt = view.model()->record(4).attempt;
    auto *node = child<QLineEdit>(&view, "historyNode");
    node->setText(view.model()->record(4).instanceId);
    QTRY_COMPARE(view.model()->query().instanceId, view.model()->record(0).instanceId);
    QTRY_COMPARE(table->currentIndex().data(HistoryModel::FireInstanceIdRole).toString(), selected);
    QCOMPARE(table->currentIndex().data(HistoryModel::AttemptRole).toInt(), attempt);
    QVERIFY(output->toPlainText().contains(selected));

    // The main window's timer calls refresh(): no reset, the selection stays, also with a relative range.
    auto *range = child<QComboBox>(&view, "historyRange");
    range->setCurrentIndex(range->findData(int(HistoryView::Range::LastHour)));
    QTRY_COMPARE(table->currentIndex().data(HistoryModel::FireInstanceIdRole).toString(), selected);
    QSignalSpy reset(view.model(), &QAbstractItemModel::modelReset);
    QSignalSpy refreshed(view.model(), &HistoryModel::refreshed);
    view.refresh();
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(table->currentIndex().data(HistoryModel::FireInstanceIdRole).toString(), selected);
}

void tst_HistoryModel::viewJobFilterAndRange()
{
    HistoryView view(m_store, nullptr);
    QTRY_COMPARE(view.model()->rowCount(), 200);
    view.setJobFilter(JobKey(QStringLiteral("job3"), QStringLiteral("g1")));
    QCOMPARE(child<QLineEdit>(&view, "historyJobName")->text(), QStringLiteral("job3"));
    QCOMPARE(view.model()->query().jobName, QStringLiteral("job3")); // at once, no debounce
    QTRY_VERIFY(!view.model()->isLoading());
    for (int row = 0; row < view.model()->rowCount(); ++row)
        QCOMPARE(view.model()->record(row).job.name(), QStringLiteral("job3"));
    view.setJobFilter(JobKey());
    QVERIFY(view.model()->query().jobName.isEmpty());
    // The job fields complete the stored jobs' names and groups.
    QCompleter *names = child<QLineEdit>(&view, "historyJobName")->completer();
    QVERIFY(names);
    QTRY_COMPARE(names->model()->rowCount(), 5);
    QCOMPARE(names->model()->index(3, 0).data().toString(), QStringLiteral("job3"));
    QTRY_COMPARE(child<QLineEdit>(&view, "historyJobGroup")->completer()->model()->rowCount(), 2);

    // Last hour: only rows fired within it.
    auto *range = child<QComboBox>(&view, "historyRange");
    range->setCurrentIndex(range->findData(int(HistoryView::Range::LastHour)));
    QVERIFY(view.model()->query().since.has_value());
    QVERIFY(loadAll(*view.model()));
    const qint64 hourAgo = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    QVERIFY(view.model()->rowCount() > 0 && view.model()->rowCount() < RowCount);
    for (int row = 0; row < view.model()->rowCount(); ++row)
        QVERIFY(view.model()->record(row).fireTime >= hourAgo - 60 * 1000);

    // A custom range that ends before it starts: a message next to the fields, and the table keeps its query.
    auto *from = child<QDateTimeEdit>(&view, "historyFrom");
    auto *to = child<QDateTimeEdit>(&view, "historyTo");
    range->setCurrentIndex(range->findData(int(HistoryView::Range::Custom)));
    QVERIFY(from->isVisible() || !view.isVisible());
    from->setDateTime(QDateTime::fromMSecsSinceEpoch(m_newest - 10 * 1000));
    to->setDateTime(QDateTime::fromMSecsSinceEpoch(m_newest - 20 * 1000));
    QTRY_VERIFY(!child<QWidget>(&view, "historyRangeError")->isHidden());
    QVERIFY(!view.queryFromFilters());
    to->setDateTime(QDateTime::fromMSecsSinceEpoch(m_newest));
    QTRY_VERIFY(child<QWidget>(&view, "historyRangeError")->isHidden());
    QTRY_COMPARE(view.model()->query().until, std::optional<qint64>(m_newest));
    QVERIFY(loadAll(*view.model()));
    QCOMPARE(modelIds(*view.model()), expected([this](const ExecutionRecord &r) {
                 return r.fireTime >= m_newest - 10 * 1000 && r.fireTime < m_newest;
             }));
}

void tst_HistoryModel::viewShowExecution()
{
    HistoryView view(m_store, nullptr);
    view.resize(1000, 700);
    view.show();
    QTRY_COMPARE(view.model()->rowCount(), 200);
    auto *table = child<QTableView>(&view, "historyTable");
    // Loaded already: selected at once.
    view.showExecution(QStringLiteral("fire-00010"));
    QCOMPARE(table->currentIndex().data(HistoryModel::FireInstanceIdRole).toString(), QStringLiteral("fire-00010"));
    QCOMPARE(table->currentIndex().data(HistoryModel::AttemptRole).toInt(), 2);

    // Deep in the history and hidden by the filters: pages are loaded and the filters dropped until it shows.
    view.setJobFilter(JobKey(QStringLiteral("job0"), QStringLiteral("g0")));
    QTRY_VERIFY(!view.model()->isLoading());
    view.showExecution(QStringLiteral("fire-02001")); // job1, row 4003
    QTRY_COMPARE(table->currentIndex().data(HistoryModel::FireInstanceIdRole).toString(), QStringLiteral("fire-02001"));
    QVERIFY(child<QLineEdit>(&view, "historyJobName")->text().isEmpty());
    QVERIFY(child<QPlainTextEdit>(&view, "historyOutput")->toPlainText().contains(QStringLiteral("output of row 4003")));

    QSignalSpy messages(&view, &HistoryView::statusMessage);
    view.showExecution(QStringLiteral("no-such-fire"));
    QTRY_COMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(QStringLiteral("no-such-fire")));
}

void tst_HistoryModel::viewExport()
{
    HistoryView view(m_store, nullptr);
    QTRY_VERIFY(!view.model()->isLoading());
    auto *status = child<QComboBox>(&view, "historyStatus");
    status->setCurrentIndex(status->findData(int(ExecutionStatus::TimedOut)));
    QSignalSpy finished(&view, &HistoryView::exportFinished);
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    view.exportTo(path);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    const qint64 rows = finished.first().at(1).toLongLong();
    QCOMPARE(rows, qint64(expected([](const ExecutionRecord &r) { return r.status == ExecutionStatus::TimedOut; }).size()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF" "fired_at_utc,"));
    QCOMPARE(csv.count("TIMED_OUT"), rows);
    QVERIFY(csv.contains("\"output of row 3\nline 2, \"\"quoted\"\"\""));
    QVERIFY(!view.findChild<QProgressDialog *>(QStringLiteral("historyExportProgress")));
}

void tst_HistoryModel::viewExportCancelled()
{
    HistoryView view(m_store, nullptr);
    QTRY_VERIFY(!view.model()->isLoading());
    QSignalSpy finished(&view, &HistoryView::exportFinished);
    const QString path = m_dir.filePath(QStringLiteral("cancelled.jsonl"));
    view.exportTo(path);
    auto *progress = view.findChild<QProgressDialog *>(QStringLiteral("historyExportProgress"));
    QVERIFY(progress);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click(); // before the second of five pages at the latest
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(2).toString().contains(QStringLiteral("cancelled")),
             qPrintable(finished.first().at(2).toString()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}), QStringList());
}

void tst_HistoryModel::viewSettingsRoundTrip()
{
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    {
        HistoryView view(m_store, nullptr);
        child<QTableView>(&view, "historyTable")->setColumnWidth(HistoryModel::JobColumn, 321);
        view.saveSettings(settings);
    }
    HistoryView view(m_store, nullptr);
    QVERIFY(child<QTableView>(&view, "historyTable")->columnWidth(HistoryModel::JobColumn) != 321);
    view.restoreSettings(settings);
    QCOMPARE(child<QTableView>(&view, "historyTable")->columnWidth(HistoryModel::JobColumn), 321);
    QTRY_VERIFY(!view.model()->isLoading()); // leave no request behind
}

QTEST_MAIN(tst_HistoryModel)
#include "tst_historymodel.moc"
