#pragma once

#include "store/jobstore.h"

#include <QElapsedTimer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QCompleter;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressDialog;
class QSettings;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace Qronos {

class ErrorLabel;
class HistoryModel;
class JobRunChart;

/// The execution history: a filter bar (job name and group, node, status, time range, text in the error or the
/// output), the table of executions newest first (a lazy HistoryModel), the selected execution's output and error,
/// a chart of its job's last runs (JobRunChart), and "Export CSV…". Every store call runs on a worker thread.
///
/// The main window embeds it, points it at a job (setJobFilter()) and at an execution a notification names
/// (showExecution()), and calls refresh() when executions may have finished.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    /// The choices of the time-range combo box (its item data).
    enum class Range { LastHour, Last24Hours, Last7Days, All, Custom };

    explicit HistoryView(std::shared_ptr<JobStore> store, QWidget *parent = nullptr);
    ~HistoryView() override;

    HistoryModel *model() const { return m_model; }
    JobRunChart *chart() const { return m_chart; }

    /// Shows the executions of \a job only (a null key clears the job filter), at once.
    void setJobFilter(const JobKey &job);
    /// Merges executions that finished since the table was loaded in at the top (no reset: the scroll position and
    /// the selection stay), and the chart's job's new runs. Cheap enough for a timer of a few seconds.
    void refresh();
    /// Selects the newest attempt of the fire \a fireInstanceId, loading more rows (and dropping the filters when
    /// they hide it) until it is found; says so in statusMessage() when the history does not hold it.
    void showExecution(const QString &fireInstanceId);
    /// Writes every execution the filters select to \a path (CSV, or JSON Lines when it ends in .jsonl) on a
    /// worker thread, with a progress dialog that can cancel; a cancelled or failed export leaves no file behind.
    /// "Export CSV…" asks for the path and calls this.
    void exportTo(const QString &path);
    /// Asks for the file (CSV or JSON Lines) and exports to it: the "Export…" button and File › Export the execution
    /// history.
    void chooseExportFile();

    /// The query the filter bar describes (relative ranges end now), or nullopt while the custom range is wrong.
    std::optional<HistoryQuery> queryFromFilters() const;

    /// Splitter positions and column widths, under "history/".
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    /// A one-line note for the status bar.
    void statusMessage(const QString &message);
    /// An export ended: \a ok with \a rows rows written, or not with the reason (also when cancelled).
    void exportFinished(bool ok, qint64 rows, const QString &message);

private:
    QWidget *buildFilterBar();
    void applyFilters();
    void clearFilters();
    void updateRangeFields();
    void updateSummary();
    void showCurrentExecution();
    void continueShowExecution();
    void finishShowExecution(const QString &message);
    /// Fills the completers of the job name, group and node fields from the store (asynchronously).
    void loadCompletions();
    bool selectFire(const QString &fireInstanceId, int attempt = 0);

    std::shared_ptr<JobStore> m_store;
    HistoryModel *m_model = nullptr;

    QLineEdit *m_jobName = nullptr;
    QLineEdit *m_jobGroup = nullptr;
    QLineEdit *m_node = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_range = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    ErrorLabel *m_rangeError = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTimer *m_debounce = nullptr;
    QCompleter *m_jobNameCompleter = nullptr;
    QCompleter *m_jobGroupCompleter = nullptr;
    QCompleter *m_nodeCompleter = nullptr;
    QElapsedTimer m_completionsAge;

    QSplitter *m_splitter = nullptr;
    QSplitter *m_detailSplitter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    ErrorLabel *m_error = nullptr;
    QPlainTextEdit *m_output = nullptr;
    JobRunChart *m_chart = nullptr;

    // the execution selected before the filters changed, selected again when the new first page holds it
    QString m_keepFire;
    int m_keepAttempt = 0;

    // showExecution() in progress
    QString m_pendingFire;
    int m_pendingPages = 0;
    bool m_pendingFiltersCleared = false;

    // the running export
    std::shared_ptr<std::atomic_bool> m_exportCancel;
    std::shared_ptr<std::atomic<qint64>> m_exportRows;
    QProgressDialog *m_exportProgress = nullptr;
    QTimer *m_exportTimer = nullptr;
};

} // namespace Qronos
