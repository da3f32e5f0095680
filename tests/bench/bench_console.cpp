// The console against a big schedule: prints how long the first lists take to paint, how long filtering the
// trigger list takes, the longest stall of the GUI thread's event loop while scrolling the lists, and the memory.
//
//   bench_console --db URL [--triggers 100000] [--history 1000000] [--seed] [--node-load]
//
// --seed fills the store first (jobs of 100 cron triggers each, history rows through the store's own completion
// writes), when it holds fewer triggers than asked. --node-load ends with the console running jobs as a node, 1,000
// no-op fires a second, measuring the stalls meanwhile. Run it with QT_QPA_PLATFORM=offscreen or on a display.
// The numbers go into docs/benchmarks.md.

#include "consolesession.h"
#include "models/historymodel.h"
#include "models/triggersmodel.h"
#include "model/misfireinstruction.h"
#include "schedule/firetimes.h"
#include "store/sqljobstore.h"
#include "views/historyview.h"
#include "views/listpage.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

using namespace Qronos;

namespace {

/// Resident memory of this process in MB, now (VmRSS) or at its peak (VmHWM).
double memoryMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

/// Runs the event loop for \a ms (unlike QTest::qWait, which sleeps between its turns).
void runEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Measures the longest gap between turns of the event loop: a 1 ms timer notes how late each tick comes.
class StallProbe
{
public:
    StallProbe()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_worst = qMax(m_worst, now - m_last);
            m_last = now;
        });
        m_timer.setTimerType(Qt::PreciseTimer);
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start(1);
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

bool seed(SqlJobStore &store, int triggerCount, int historyCount)
{
    QElapsedTimer timer;
    timer.start();
    ListQuery probe;
    probe.limit = 0;
    const Result<QList<StoredTrigger>> existing = store.listTriggers(probe);
    if (existing && existing->size() >= triggerCount) {
        std::printf("store already holds %lld triggers\n", qlonglong(existing->size()));
    } else {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int j = 0; j * 100 < triggerCount; ++j) {
            JobDetail job(JobKey(QStringLiteral("report-%1").arg(j, 5, 10, QLatin1Char('0')),
                                 QStringLiteral("team-%1").arg(j % 40)),
                          QStringLiteral("noop"));
            job.setDurable(true);
            job.setDescription(QStringLiteral("Nightly report %1 for department %2").arg(j).arg(j % 97));
            QList<Trigger> triggers;
            for (int t = 0; t < 100 && j * 100 + t < triggerCount; ++t) {
                const int n = j * 100 + t;
                Trigger trigger(TriggerKey(QStringLiteral("t-%1").arg(n, 6, 10, QLatin1Char('0')), job.key().group()),
                                job.key(),
                                CronSchedule{CronExpression::parse(QStringLiteral("0 %1 %2 * * ?").arg(n % 60).arg(n % 24)).value()});
                trigger.setStartTime(now);
                trigger.setNextFireTime(now + qint64(n % 86400) * 1000);
                triggers.append(trigger);
            }
            if (Result<Done> r = store.storeJobAndTriggers(job, triggers, true); !r) {
                std::fprintf(stderr, "seeding triggers: %s\n", qPrintable(r.error()));
                return false;
            }
        }
        std::printf("seeded %d triggers in %.1f s\n", triggerCount, timer.elapsed() / 1000.0);
    }
    HistoryQuery any;
    any.limit = 1;
    any.offset = historyCount - 1;
    const Result<QList<ExecutionRecord>> last = store.history(any);
    if (last && !last->isEmpty()) {
        std::printf("store already holds %d history rows\n", historyCount);
        return true;
    }
    timer.restart();
    const qint64 newest = QDateTime::currentMSecsSinceEpoch();
    QList<CompletedFire> batch;
    for (int i = 0; i < historyCount; ++i) {
        ExecutionRecord r;
        r.fireInstanceId = QStringLiteral("bench-%1").arg(i, 8, 10, QLatin1Char('0'));
        r.job = JobKey(QStringLiteral("report-%1").arg(i % 1000, 5, 10, QLatin1Char('0')),
                       QStringLiteral("team-%1").arg((i % 1000) % 40));
        r.trigger = TriggerKey(QStringLiteral("t-%1").arg(i % 100000, 6, 10, QLatin1Char('0')), r.job.group());
        r.instanceId = QStringLiteral("node-%1").arg(i % 3);
        r.fireTime = newest - qint64(i) * 1000;
        r.scheduledTime = r.fireTime - 2;
        r.endTime = r.fireTime + 20 + i % 500;
        r.status = i % 50 ? ExecutionStatus::Succeeded : ExecutionStatus::Failed;
        if (r.status == ExecutionStatus::Failed)
            r.errorMessage = QStringLiteral("exit code 3");
        r.output = QStringLiteral("rows written: %1").arg(i % 9973);
        CompletedFire fire;
        fire.fireInstanceId = r.fireInstanceId;
        fire.job = r.job;
        fire.trigger = r.trigger;
        fire.attempts << r;
        batch << fire;
        if (batch.size() == 5000 || i + 1 == historyCount) {
            if (Result<Done> w = store.triggeredJobsComplete(batch); !w) {
                std::fprintf(stderr, "seeding history: %s\n", qPrintable(w.error()));
                return false;
            }
            batch.clear();
        }
    }
    std::printf("seeded %d history rows in %.1f s\n", historyCount, timer.elapsed() / 1000.0);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QronosBench"));
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // every line at once, also when piped
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database URL."), QStringLiteral("url"));
    const QCommandLineOption triggers(QStringLiteral("triggers"), QStringLiteral("Triggers (default 100000)."),
                                      QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption history(QStringLiteral("history"), QStringLiteral("History rows (default 1000000)."),
                                     QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Fill the store first."));
    const QCommandLineOption loadOption(QStringLiteral("node-load"),
                                        QStringLiteral("At the end, run this console as a node firing 1,000 jobs/s."));
    parser.addOptions({db, triggers, history, seedOption, loadOption});
    parser.addHelpOption();
    parser.process(app);
    const Result<DatabaseUrl> url = DatabaseUrl::parse(parser.value(db));
    if (!url) {
        std::fprintf(stderr, "%s\n", qPrintable(url.error()));
        return 2;
    }
    const int triggerCount = parser.value(triggers).toInt();
    if (parser.isSet(seedOption)) {
        SqlJobStore::Options options;
        options.instanceId = QStringLiteral("bench-seed");
        Result<std::unique_ptr<SqlJobStore>> store = SqlJobStore::open(*url, options);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error()));
            return 1;
        }
        if (!seed(**store, triggerCount, parser.value(history).toInt()))
            return 1;
    }
    std::printf("memory before the console: %.0f MB\n", memoryMb("VmRSS:"));

    // 1. From opening the connection to the first painted list (Jobs, the first page).
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QElapsedTimer timer;
    timer.start();
    QSignalSpy reloaded(&window, &MainWindow::pageReloaded);
    ConsoleOptions options;
    options.url = *url;
    options.instanceId = QStringLiteral("bench-console");
    options.threadCount = 10; // as a qronosctl node
    window.openDatabase(options, false);
    const auto waitForPage = [&](MainWindow::Page page, int timeoutMs) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            for (const QList<QVariant> &args : std::as_const(reloaded)) {
                if (args.at(0).value<MainWindow::Page>() == page)
                    return true;
            }
            QTest::qWait(1);
        }
        return false;
    };
    if (!waitForPage(MainWindow::Page::Jobs, 60000)) {
        std::fprintf(stderr, "the jobs list did not load\n");
        return 1;
    }
    window.repaint();
    std::printf("open to first painted list (jobs, %d rows): %lld ms\n",
                window.listPage(MainWindow::Page::Jobs)->view()->model()->rowCount(), timer.elapsed());

    // 2. The triggers page: from showing it to its first page painted.
    const auto waitForReload = [&](MainWindow::Page page, int timeoutMs) {
        reloaded.clear();
        return waitForPage(page, timeoutMs);
    };
    StallProbe probe;
    probe.start();
    timer.restart();
    reloaded.clear();
    window.showPage(MainWindow::Page::Triggers);
    if (!waitForPage(MainWindow::Page::Triggers, 60000)) {
        std::fprintf(stderr, "the triggers list did not load\n");
        return 1;
    }
    window.repaint();
    std::printf("show the triggers to their first page painted (%d of %lld rows): %lld ms, longest stall %lld ms\n",
                window.triggersModel()->rowCount(), window.triggersModel()->totalRows(), timer.elapsed(), probe.stop());

    // 3. Filtering the triggers by a substring: from the last key to the filtered list painted (the debounce included).
    QTest::qWait(500);
    ListPage *list = window.listPage(MainWindow::Page::Triggers);
    reloaded.clear();
    probe.start();
    QTest::keyClicks(list->filterEdit(), QStringLiteral("t-0123"));
    timer.restart();
    if (!waitForPage(MainWindow::Page::Triggers, 60000)) {
        std::fprintf(stderr, "the filter did not answer\n");
        return 1;
    }
    window.repaint();
    std::printf("filter \"t-0123\" (%lld matches): %lld ms after the last key; longest event-loop stall meanwhile: "
                "%lld ms\n",
                window.triggersModel()->totalRows(), timer.elapsed(), probe.stop());
    list->filterEdit()->clear();
    waitForReload(MainWindow::Page::Triggers, 60000);
    QTest::qWait(300);

    // 4. Scrolling the trigger list, a page at a time (the next 500 rows come as the end is reached), then to the end
    // of what is loaded.
    QScrollBar *bar = list->view()->verticalScrollBar();
    probe.start();
    timer.restart();
    for (int i = 0; i < 200; ++i) {
        bar->setValue(bar->value() + bar->pageStep());
        QTest::qWait(2);
    }
    bar->setValue(bar->maximum());
    QTest::qWait(50);
    std::printf("scrolling the triggers (200 screens and to the end, %d rows loaded): %lld ms, longest stall %lld ms\n",
                window.triggersModel()->rowCount(), timer.elapsed(), probe.stop());

    // 5. Sorting the triggers by next fire (a header click: the engine sorts 100,000 rows, the first page comes back).
    QHeaderView *header = list->view()->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(TriggersModel::NextFireColumn)
                        + header->sectionSize(TriggersModel::NextFireColumn) / 2,
                    header->height() / 2);
    reloaded.clear();
    probe.start();
    timer.restart();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    if (!waitForPage(MainWindow::Page::Triggers, 60000)) {
        std::fprintf(stderr, "sorting did not answer\n");
        return 1;
    }
    window.repaint();
    std::printf("sort the triggers by next fire: %lld ms, longest stall %lld ms\n", timer.elapsed(), probe.stop());

    // 4. History: the first page, then scrolling down through 20,000 rows with lazy fetching.
    window.showPage(MainWindow::Page::History);
    HistoryModel *historyModel = window.historyView()->model();
    timer.restart();
    while (historyModel->rowCount() == 0 && timer.elapsed() < 60000)
        QTest::qWait(1);
    std::printf("history first page: %lld ms\n", timer.elapsed());
    auto *historyTable = window.historyView()->findChild<QTableView *>(QStringLiteral("historyTable"));
    probe.start();
    timer.restart();
    while (historyModel->rowCount() < 20000 && timer.elapsed() < 120000) {
        historyTable->verticalScrollBar()->setValue(historyTable->verticalScrollBar()->maximum());
        QTest::qWait(5);
    }
    std::printf("history scrolled to %d rows: %lld ms, longest stall %lld ms\n", historyModel->rowCount(),
                timer.elapsed(), probe.stop());

    std::printf("memory: %.0f MB now, %.0f MB at the peak\n", memoryMb("VmRSS:"), memoryMb("VmHWM:"));

    // 6. The console runs jobs itself: 1,000 triggers fire every second (no-op jobs) while the lists scroll.
    if (parser.isSet(loadOption)) {
        std::shared_ptr<JobStore> store = window.session()->store();
        JobDetail load(JobKey(QStringLiteral("load"), QStringLiteral("bench-load")), QStringLiteral("noop"));
        load.setDurable(true);
        QList<Trigger> loadTriggers;
        const qint64 start = QDateTime::currentMSecsSinceEpoch() + 3000;
        for (int i = 0; i < 1000; ++i) {
            Trigger t(TriggerKey(QStringLiteral("every-second-%1").arg(i, 4, 10, QLatin1Char('0')),
                                 QStringLiteral("bench-load")),
                      load.key(), SimpleSchedule{1000, SimpleSchedule::RepeatIndefinitely});
            t.setStartTime(start);
            t.setMisfireInstruction(Misfire::RescheduleNextWithRemainingCount);
            FireTimes::computeFirstFireTime(t, nullptr);
            loadTriggers << t;
        }
        if (Result<Done> stored = store->storeJobAndTriggers(load, loadTriggers, true); !stored) {
            std::fprintf(stderr, "storing the load: %s\n", qPrintable(stored.error()));
            return 1;
        }
        int finished = 0;
        QObject::connect(window.session(), &ConsoleSession::jobFinished, [&finished] { ++finished; });
        if (Result<Done> started = window.session()->startNode(); !started) {
            std::fprintf(stderr, "starting the node: %s\n", qPrintable(started.error()));
            return 1;
        }
        QTest::qWait(8000); // the first fires, and the node settles
        window.showPage(MainWindow::Page::Running);
        finished = 0;
        probe.start();
        timer.restart();
        runEventLoop(5000);
        const qint64 runningStall = probe.stop();
        const double runningRate = finished * 1000.0 / timer.elapsed();
        window.showPage(MainWindow::Page::Triggers);
        QTest::qWait(500);
        probe.start();
        runEventLoop(5000);
        std::printf("node firing, the triggers shown (not scrolled): longest stall %lld ms\n", probe.stop());
        finished = 0;
        probe.start();
        timer.restart();
        {
            // Driven by the event loop itself (QTest::qWait sleeps between its turns, which the probe would count).
            QEventLoop loop;
            QTimer step;
            int i = 0;
            QObject::connect(&step, &QTimer::timeout, [&] {
                bar->setValue(i % 2 ? bar->minimum() : bar->value() + bar->pageStep() * 5);
                if (++i == 100)
                    loop.quit();
            });
            step.start(50);
            loop.exec();
        }
        const qint64 scrollStall = probe.stop();
        const double scrollRate = finished * 1000.0 / timer.elapsed();
        std::printf("node firing: %.0f jobs/s with the Running page shown (longest stall %lld ms); %.0f jobs/s while "
                    "the triggers scroll (longest stall %lld ms)\n",
                    runningRate, runningStall, scrollRate, scrollStall);
        std::printf("memory with the node: %.0f MB now, %.0f MB at the peak\n", memoryMb("VmRSS:"), memoryMb("VmHWM:"));
        window.session()->stopNode();
        if (Result<bool> removed = store->removeJob(load.key()); !removed)
            std::fprintf(stderr, "removing the load: %s\n", qPrintable(removed.error()));
    }
    QThreadPool::globalInstance()->waitForDone(); // reads in flight end before the window does
    return 0;
}
