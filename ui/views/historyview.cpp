#include "historyview.h"

#include "asynccall.h"
#include "errorlabel.h"
#include "exchange/historyexport.h"
#include "jobrunchart.h"
#include "models/historymodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStringListModel>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace Qronos {

namespace {

constexpr int DebounceMs = 300;
constexpr int MaxSearchPages = 25; // showExecution(): how far down the history it looks
constexpr qint64 CompletionsMaxAgeMs = 60 * 1000; // refresh() reloads the job and node names this often at most

const char *const TimeFormat = "yyyy-MM-dd HH:mm:ss";

QString localTime(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

bool sameQuery(const HistoryQuery &a, const HistoryQuery &b)
{
    return a.jobName == b.jobName && a.jobGroup == b.jobGroup && a.instanceId == b.instanceId && a.status == b.status
        && a.since == b.since && a.until == b.until && a.textContains == b.textContains;
}

} // namespace

HistoryView::HistoryView(std::shared_ptr<JobStore> store, QWidget *parent)
    : QWidget(parent)
    , m_store(std::move(store))
    , m_model(new HistoryModel(m_store, this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setObjectName(QStringLiteral("historyDebounce"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &HistoryView::applyFilters);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int timeWidth = metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59.999")) + 16;
    m_table->setColumnWidth(HistoryModel::FiredAtColumn, timeWidth);
    m_table->setColumnWidth(HistoryModel::ScheduledAtColumn, timeWidth);
    m_table->setColumnWidth(HistoryModel::JobColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 24);
    m_table->setColumnWidth(HistoryModel::TriggerColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 20);
    m_table->setColumnWidth(HistoryModel::AttemptColumn, metrics.horizontalAdvance(tr("Attempt")) + 20);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("historyError"));

    m_output = new QPlainTextEdit;
    m_output->setObjectName(QStringLiteral("historyOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setPlaceholderText(tr("Select an execution to see its output and error."));

    m_chart = new JobRunChart(m_store);
    m_chart->setObjectName(QStringLiteral("historyChart"));

    m_detailSplitter = new QSplitter(Qt::Horizontal);
    m_detailSplitter->setObjectName(QStringLiteral("historyDetailSplitter"));
    m_detailSplitter->addWidget(m_output);
    m_detailSplitter->addWidget(m_chart);
    m_detailSplitter->setStretchFactor(0, 3);
    m_detailSplitter->setStretchFactor(1, 2);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    topLayout->addLayout(summaryRow);
    topLayout->addWidget(m_error);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("historySplitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_detailSplitter);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryView::showCurrentExecution);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::showCurrentExecution);
    connect(m_model, &HistoryModel::loadingChanged, this, &HistoryView::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateSummary);
    connect(m_model, &HistoryModel::pageLoaded, this, [this] {
        m_error->setMessage({});
        if (!m_keepFire.isEmpty()) {
            selectFire(m_keepFire, m_keepAttempt);
            m_keepFire.clear();
        }
        continueShowExecution();
    });
    connect(m_model, &HistoryModel::refreshed, this, [this](int rows) {
        m_error->setMessage({});
        if (rows > 0 && !m_chart->job().isNull())
            m_chart->setJob(m_chart->job()); // its job may have run again
        continueShowExecution();
    });
    connect(m_model, &HistoryModel::errorOccurred, this, [this](const QString &message) {
        m_error->setMessage(tr("Cannot load the execution history: %1").arg(message));
        updateSummary();
        if (!m_pendingFire.isEmpty())
            finishShowExecution(tr("Cannot look for execution %1: %2").arg(m_pendingFire, message));
    });
    connect(m_chart, &JobRunChart::runClicked, this, [this](const QString &fireInstanceId, int attempt) {
        selectFire(fireInstanceId, attempt);
    });

    updateRangeFields();
    applyFilters();
    loadCompletions();
}

HistoryView::~HistoryView()
{
    // A running export stops at its next page; QSaveFile then leaves no file behind.
    if (m_exportCancel)
        m_exportCancel->store(true);
}

QWidget *HistoryView::buildFilterBar()
{
    const auto lineEdit = [this](const char *name, const QString &placeholder, const QString &toolTip) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        edit->setToolTip(toolTip);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
        return edit;
    };
    m_jobName = lineEdit("historyJobName", tr("Job name"), tr("Only executions of the job with exactly this name"));
    m_jobGroup = lineEdit("historyJobGroup", tr("Job group"), tr("Only executions of jobs of exactly this group"));
    m_node = lineEdit("historyNode", tr("Node"), tr("Only executions that ran on the node with this instance id"));
    const auto completer = [this](QLineEdit *edit) {
        auto *c = new QCompleter(new QStringListModel(this), this);
        c->setCaseSensitivity(Qt::CaseInsensitive);
        c->setFilterMode(Qt::MatchContains);
        edit->setCompleter(c);
        return c;
    };
    m_jobNameCompleter = completer(m_jobName);
    m_jobGroupCompleter = completer(m_jobGroup);
    m_nodeCompleter = completer(m_node);
    m_text = lineEdit("historyText", tr("Text in error or output"),
                      tr("Only executions whose error message or output contains this text (case-insensitive)"));

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->addItem(tr("All statuses"), -1);
    for (ExecutionStatus status : {ExecutionStatus::Succeeded, ExecutionStatus::Failed, ExecutionStatus::TimedOut,
                                   ExecutionStatus::Interrupted, ExecutionStatus::Refused, ExecutionStatus::Recovered})
        m_status->addItem(HistoryModel::statusIcon(status), HistoryModel::statusText(status), int(status));
    connect(m_status, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilters);

    m_range = new QComboBox;
    m_range->setObjectName(QStringLiteral("historyRange"));
    m_range->addItem(tr("Last hour"), int(Range::LastHour));
    m_range->addItem(tr("Last 24 hours"), int(Range::Last24Hours));
    m_range->addItem(tr("Last 7 days"), int(Range::Last7Days));
    m_range->addItem(tr("All time"), int(Range::All));
    m_range->addItem(tr("Custom range"), int(Range::Custom));
    m_range->setCurrentIndex(m_range->findData(int(Range::All)));
    for (QLineEdit *edit : {m_jobName, m_jobGroup, m_node, m_text})
        connect(edit, &QLineEdit::returnPressed, this, &HistoryView::applyFilters); // no need to wait then
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        updateRangeFields();
        applyFilters();
    });

    const QDateTime now = QDateTime::currentDateTime();
    const auto dateEdit = [this](const char *name, const QDateTime &value, const QString &toolTip) {
        auto *edit = new QDateTimeEdit(value);
        edit->setObjectName(QLatin1String(name));
        edit->setDisplayFormat(QString::fromLatin1(TimeFormat));
        edit->setCalendarPopup(true);
        edit->setToolTip(toolTip);
        connect(edit, &QDateTimeEdit::dateTimeChanged, m_debounce, qOverload<>(&QTimer::start));
        return edit;
    };
    m_from = dateEdit("historyFrom", now.addDays(-1), tr("Executions fired at or after this time (this computer's zone)"));
    m_to = dateEdit("historyTo", now.addSecs(3600), tr("Executions fired before this time (this computer's zone)"));
    m_rangeError = new ErrorLabel;
    m_rangeError->setObjectName(QStringLiteral("historyRangeError"));

    m_refreshButton = new QPushButton(tr("Refresh"));
    m_refreshButton->setObjectName(QStringLiteral("historyRefresh"));
    m_refreshButton->setToolTip(tr("Show executions that finished since the table was loaded"));
    connect(m_refreshButton, &QPushButton::clicked, this, &HistoryView::refresh);
    m_exportButton = new QPushButton(tr("Export CSV…"));
    m_exportButton->setObjectName(QStringLiteral("historyExport"));
    m_exportButton->setToolTip(tr("Write every execution the filters select to a CSV or JSON Lines file"));
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryView::chooseExportFile);

    auto *bar = new QWidget;
    bar->setObjectName(QStringLiteral("historyFilterBar"));
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *first = new QHBoxLayout;
    first->addWidget(m_jobName, 2);
    first->addWidget(m_jobGroup, 1);
    first->addWidget(m_node, 1);
    first->addWidget(m_status);
    first->addWidget(m_range);
    first->addWidget(m_from);
    first->addWidget(m_to);
    auto *second = new QHBoxLayout;
    second->addWidget(m_text, 1);
    second->addWidget(m_refreshButton);
    second->addWidget(m_exportButton);
    layout->addLayout(first);
    layout->addWidget(m_rangeError);
    layout->addLayout(second);
    return bar;
}

std::optional<HistoryQuery> HistoryView::queryFromFilters() const
{
    HistoryQuery query;
    query.jobName = m_jobName->text().trimmed();
    query.jobGroup = m_jobGroup->text().trimmed();
    query.instanceId = m_node->text().trimmed();
    query.textContains = m_text->text();
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        query.status = ExecutionStatus(status);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (Range(m_range->currentData().toInt())) {
    case Range::LastHour: query.since = now - 3600 * 1000; break;
    case Range::Last24Hours: query.since = now - 24 * 3600 * 1000; break;
    case Range::Last7Days: query.since = now - qint64(7) * 24 * 3600 * 1000; break;
    case Range::All: break;
    case Range::Custom:
        if (m_from->dateTime() >= m_to->dateTime())
            return std::nullopt;
        query.since = m_from->dateTime().toMSecsSinceEpoch();
        query.until = m_to->dateTime().toMSecsSinceEpoch();
        break;
    }
    return query;
}

void HistoryView::applyFilters()
{
    m_debounce->stop();
    const std::optional<HistoryQuery> query = queryFromFilters();
    const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
    m_rangeError->setMessage(custom && !query ? tr("The end of the range must be later than its start.") : QString());
    if (!query)
        return;
    // Relative ranges move with the clock, so the same choice still asks again.
    const bool relative = query->since && !query->until;
    if (!relative && sameQuery(*query, m_model->query()) && (m_model->rowCount() > 0 || m_model->isLoading()))
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid()) {
        m_keepFire = m_model->record(current.row()).fireInstanceId;
        m_keepAttempt = m_model->record(current.row()).attempt;
    }
    m_model->setQuery(*query);
}

void HistoryView::clearFilters()
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_jobName, m_jobGroup, m_node, m_text, m_status, m_range})
        w->blockSignals(true);
    m_jobName->clear();
    m_jobGroup->clear();
    m_node->clear();
    m_text->clear();
    m_status->setCurrentIndex(0);
    m_range->setCurrentIndex(m_range->findData(int(Range::All)));
    for (QWidget *w : std::initializer_list<QWidget *>{m_jobName, m_jobGroup, m_node, m_text, m_status, m_range})
        w->blockSignals(false);
    updateRangeFields();
    applyFilters();
}

void HistoryView::updateRangeFields()
{
    const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (!custom)
        m_rangeError->setMessage({});
}

void HistoryView::updateSummary()
{
    const int rows = m_model->rowCount();
    QString text;
    if (m_model->isLoading())
        text = tr("%n execution(s) shown, loading…", nullptr, rows);
    else if (!m_model->isComplete())
        text = tr("%n execution(s) shown, more below", nullptr, rows);
    else
        text = tr("%n execution(s)", nullptr, rows);
    m_summary->setText(text);
}

void HistoryView::loadCompletions()
{
    if (!m_store)
        return;
    m_completionsAge.start();
    struct Names
    {
        QStringList jobNames;
        QStringList jobGroups;
        QStringList nodes;
    };
    std::shared_ptr<JobStore> store = m_store;
    runAsync(
        this,
        [store] {
            Names names;
            if (const auto jobs = store->listJobs({}); jobs) {
                for (const JobDetail &job : jobs.value()) {
                    names.jobNames << job.key().name();
                    names.jobGroups << job.key().group();
                }
            }
            if (const auto nodes = store->nodes(kDefaultFailureGraceMs); nodes) {
                for (const NodeRecord &node : nodes.value())
                    names.nodes << node.instanceId;
            }
            for (QStringList *list : {&names.jobNames, &names.jobGroups, &names.nodes}) {
                list->sort();
                list->removeDuplicates();
            }
            return names;
        },
        [this](Names names) {
            static_cast<QStringListModel *>(m_jobNameCompleter->model())->setStringList(names.jobNames);
            static_cast<QStringListModel *>(m_jobGroupCompleter->model())->setStringList(names.jobGroups);
            static_cast<QStringListModel *>(m_nodeCompleter->model())->setStringList(names.nodes);
        });
}

void HistoryView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("history/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("history/detailSplitter"), m_detailSplitter->saveState());
    settings.setValue(QStringLiteral("history/columns"), m_table->horizontalHeader()->saveState());
}

void HistoryView::restoreSettings(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("history/splitter")).toByteArray());
    m_detailSplitter->restoreState(settings.value(QStringLiteral("history/detailSplitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("history/columns")).toByteArray());
}

void HistoryView::setJobFilter(const JobKey &job)
{
    m_jobName->blockSignals(true);
    m_jobGroup->blockSignals(true);
    m_jobName->setText(job.isNull() ? QString() : job.name());
    m_jobGroup->setText(job.isNull() ? QString() : job.group());
    m_jobName->blockSignals(false);
    m_jobGroup->blockSignals(false);
    applyFilters();
}

void HistoryView::refresh()
{
    // The newest rows are merged in without a reset, so that the main window may call this every few seconds. (A
    // relative range keeps its start until the filters change: rows that leave the window stay shown till then.)
    m_model->refresh();
    if (!m_completionsAge.isValid() || m_completionsAge.hasExpired(CompletionsMaxAgeMs))
        loadCompletions();
}

void HistoryView::showCurrentExecution()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_output->clear();
        m_chart->setHighlighted({}, 0);
        return;
    }
    const ExecutionRecord &r = m_model->record(current.row());
    QStringList lines;
    lines << tr("Job:       %1").arg(r.job.toString());
    lines << tr("Trigger:   %1").arg(r.trigger.toString());
    lines << tr("Execution: %1, attempt %2%3")
                 .arg(r.fireInstanceId)
                 .arg(r.attempt)
                 .arg(r.recovering ? tr(" (recovery run)") : QString());
    lines << tr("Node:      %1").arg(r.instanceId);
    lines << tr("Status:    %1").arg(HistoryModel::statusText(r.status));
    lines << tr("Scheduled: %1").arg(localTime(r.scheduledTime));
    lines << tr("Fired:     %1").arg(localTime(r.fireTime));
    lines << tr("Ended:     %1 (%2)")
                 .arg(r.endTime ? localTime(*r.endTime) : tr("unknown"),
                      r.endTime ? HistoryModel::durationText(*r.endTime - r.fireTime) : tr("duration unknown"));
    lines << QString();
    if (!r.errorMessage.isEmpty()) {
        lines << tr("Error:") << r.errorMessage << QString();
    }
    lines << (r.output.isEmpty() ? tr("No output.") : tr("Output:"));
    if (!r.output.isEmpty())
        lines << r.output;
    m_output->setPlainText(lines.join(QLatin1Char('\n')));
    if (m_chart->job() != r.job)
        m_chart->setJob(r.job);
    m_chart->setHighlighted(r.fireInstanceId, r.attempt);
}

bool HistoryView::selectFire(const QString &fireInstanceId, int attempt)
{
    int row = m_model->rowOfFire(fireInstanceId); // its newest attempt
    if (row >= 0 && attempt > 0 && m_model->record(row).attempt != attempt) {
        row = -1;
        for (int r = 0; r < m_model->rowCount() && row < 0; ++r) {
            if (m_model->record(r).fireInstanceId == fireInstanceId && m_model->record(r).attempt == attempt)
                row = r;
        }
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, HistoryModel::FiredAtColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void HistoryView::showExecution(const QString &fireInstanceId)
{
    if (fireInstanceId.isEmpty())
        return;
    m_pendingFire = fireInstanceId;
    m_pendingPages = 0;
    m_pendingFiltersCleared = false;
    if (selectFire(fireInstanceId)) {
        finishShowExecution({});
        return;
    }
    if (!m_model->isLoading())
        m_model->refresh(); // a notification names a recent execution: look at the newest rows first
}

void HistoryView::continueShowExecution()
{
    if (m_pendingFire.isEmpty())
        return;
    if (selectFire(m_pendingFire)) {
        finishShowExecution({});
        return;
    }
    if (m_model->isLoading())
        return; // the next page or refresh continues
    if (m_model->canFetchMore({}) && m_pendingPages < MaxSearchPages) {
        ++m_pendingPages;
        m_model->fetchMore({});
        return;
    }
    const bool filtered = !sameQuery(m_model->query(), HistoryQuery{});
    if (!m_pendingFiltersCleared && filtered) {
        m_pendingFiltersCleared = true;
        m_pendingPages = 0;
        clearFilters();
        return;
    }
    finishShowExecution(tr("Execution %1 is not in the history: it may still run, or its rows were purged.")
                            .arg(m_pendingFire));
}

void HistoryView::finishShowExecution(const QString &message)
{
    m_pendingFire.clear();
    if (!message.isEmpty())
        emit statusMessage(message);
}

void HistoryView::chooseExportFile()
{
    QString selectedFilter;
    const QString csv = tr("CSV files (*.csv)");
    const QString jsonLines = tr("JSON Lines files (*.jsonl)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the execution history"),
                                                QDir::home().filePath(QStringLiteral("qronos-history.csv")),
                                                csv + QStringLiteral(";;") + jsonLines, &selectedFilter);
    if (path.isEmpty())
        return;
    if (selectedFilter == jsonLines && !path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive))
        path += QLatin1String(".jsonl");
    exportTo(path);
}

void HistoryView::exportTo(const QString &path)
{
    if (m_exportCancel) {
        emit statusMessage(tr("An export is running already."));
        return;
    }
    const std::optional<HistoryQuery> filters = queryFromFilters();
    if (!filters) {
        emit exportFinished(false, 0, tr("The time range is wrong: nothing was exported."));
        return;
    }
    HistoryExport::Options options;
    options.format = path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive) ? HistoryExport::Format::JsonLines
                                                                                 : HistoryExport::Format::Csv;
    options.zone = QTimeZone::systemTimeZone();
    options.byteOrderMark = true; // spreadsheet programs read the CSV as UTF-8 then
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto rows = std::make_shared<std::atomic<qint64>>(0);
    m_exportCancel = cancel;
    m_exportRows = rows;
    m_exportButton->setEnabled(false);

    m_exportProgress = new QProgressDialog(tr("Exporting the execution history…"), tr("Cancel"), 0, 0, this);
    m_exportProgress->setObjectName(QStringLiteral("historyExportProgress"));
    m_exportProgress->setWindowModality(Qt::WindowModal);
    m_exportProgress->setMinimumDuration(300);
    m_exportProgress->setAutoClose(false);
    m_exportProgress->setAutoReset(false);
    connect(m_exportProgress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    // The worker only counts; the GUI thread reads the count.
    m_exportTimer = new QTimer(this);
    m_exportTimer->setInterval(100);
    connect(m_exportTimer, &QTimer::timeout, this, [this, rows] {
        if (m_exportProgress)
            m_exportProgress->setLabelText(tr("Exporting the execution history… %n row(s) written", nullptr,
                                              int(std::min<qint64>(rows->load(), std::numeric_limits<int>::max()))));
    });
    m_exportTimer->start();

    std::shared_ptr<JobStore> store = m_store;
    const HistoryQuery query = *filters;
    runAsync(
        this,
        [store, query, path, options, cancel, rows]() mutable -> Result<qint64> {
            // QSaveFile writes beside the target and renames only on commit: a cancelled or failed export leaves no
            // partial file, and a file it would replace stays as it was.
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return fail(HistoryView::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            options.cancel = cancel.get();
            options.progress = [rows](qint64 written) { rows->store(written); };
            Result<qint64> written = HistoryExport::write(*store, query, &file, options);
            if (!written) {
                file.cancelWriting();
                return written;
            }
            if (!file.commit())
                return fail(HistoryView::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return written;
        },
        [this, path](Result<qint64> written) {
            m_exportTimer->stop();
            m_exportTimer->deleteLater();
            m_exportTimer = nullptr;
            m_exportProgress->deleteLater();
            m_exportProgress = nullptr;
            m_exportCancel.reset();
            m_exportRows.reset();
            m_exportButton->setEnabled(true);
            if (!written) {
                emit statusMessage(written.error());
                emit exportFinished(false, 0, written.error());
                return;
            }
            const QString message = tr("Exported %n execution(s) to %1.", nullptr, int(written.value()))
                                        .arg(QDir::toNativeSeparators(path));
            emit statusMessage(message);
            emit exportFinished(true, written.value(), message);
        });
}

} // namespace Qronos
