#pragma once

#include "store/jobstore.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>
#include <QList>
#include <QSet>

#include <memory>

namespace Qronos {

/// The execution history as a lazy table, newest first: one row per attempt of a fire.
///
/// Rows come a page at a time (pageSize(), 200 by default) from JobStore::history() on a worker thread
/// (runAsync), never on the GUI thread: setQuery() asks for the first page, fetchMore() for the next one with the
/// keyset cursor of the last row, so a deep page costs what the first costs. Answers to an older query are
/// dropped (a generation counter). refresh() merges the newest rows in without resetting the model.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column {
        FiredAtColumn,     ///< the fire time in this computer's zone
        JobColumn,         ///< "group.name"
        TriggerColumn,     ///< "group.name"
        NodeColumn,
        StatusColumn,      ///< text with a coloured icon
        AttemptColumn,
        DurationColumn,
        ScheduledAtColumn, ///< in this computer's zone
        ErrorColumn,       ///< the first line of the error message
        ColumnCount
    };
    /// Roles that expose the ExecutionRecord of a row (any column).
    enum Role {
        FireInstanceIdRole = Qt::UserRole, ///< QString
        AttemptRole,                       ///< int
        JobNameRole,                       ///< QString
        JobGroupRole,                      ///< QString
        TriggerNameRole,                   ///< QString
        TriggerGroupRole,                  ///< QString
        NodeRole,                          ///< QString: the instance id of the node that ran it
        ScheduledTimeRole,                 ///< qint64, epoch ms UTC
        FireTimeRole,                      ///< qint64, epoch ms UTC
        EndTimeRole,                       ///< qint64, epoch ms UTC; invalid QVariant while unknown
        DurationRole,                      ///< qint64 ms; invalid QVariant without an end time
        StatusRole,                        ///< int, an ExecutionStatus
        StatusNameRole,                    ///< QString, executionStatusName()
        RecoveringRole,                    ///< bool
        ErrorMessageRole,                  ///< QString, all of it
        OutputRole,                        ///< QString
    };

    explicit HistoryModel(std::shared_ptr<JobStore> store, QObject *parent = nullptr);
    ~HistoryModel() override;

    /// Empties the table and loads the first page of \a query (its limit, offset and olderThan are the model's).
    void setQuery(const HistoryQuery &query);
    const HistoryQuery &query() const { return m_query; }
    /// Loads the newest rows again and inserts those not shown yet in their place, without a reset: a page at a time
    /// until a page reaches rows already shown (at most MaxRefreshPages pages; when even more new rows came, the
    /// query starts over instead). Does nothing while the first page or another refresh is loading.
    void refresh();
    static constexpr int MaxRefreshPages = 5;

    /// Rows per page (1..10000); for tests and tuning. Takes effect with the next request.
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    /// True while a page or a refresh is on its way.
    bool isLoading() const { return m_fetching || m_refreshing; }
    /// True when every row of the query is loaded.
    bool isComplete() const { return m_atEnd; }
    /// The store's message of the last failed request; empty after a success.
    const QString &lastError() const { return m_lastError; }

    const ExecutionRecord &record(int row) const { return m_rows.at(row); }
    /// The first row of the fire \a fireInstanceId (its newest attempt) among the loaded rows, or -1.
    int rowOfFire(const QString &fireInstanceId) const;

    /// A status for people ("Succeeded", "Failed", ...) and its colour.
    static QString statusText(ExecutionStatus status);
    static QColor statusColor(ExecutionStatus status);
    /// A filled circle of statusColor(), cached.
    static QIcon statusIcon(ExecutionStatus status);
    /// "850 ms", "12.4 s", "3 min 5 s", "2 h 10 min".
    static QString durationText(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// A page of \a rows rows was appended (0 when the query has no more).
    void pageLoaded(int rows);
    /// refresh() inserted \a rows new rows.
    void refreshed(int rows);
    /// isLoading() changed.
    void loadingChanged(bool loading);
    /// A request failed; the message names what went wrong.
    void errorOccurred(const QString &message);

private:
    using RowKey = std::pair<QString, int>;
    static RowKey keyOf(const ExecutionRecord &r) { return {r.fireInstanceId, r.attempt}; }
    /// True when \a a comes before \a b in the newest-first order.
    static bool newerThan(const ExecutionRecord &a, const ExecutionRecord &b);
    void requestPage();
    void requestRefreshPage(const std::optional<HistoryCursor> &after);
    void pageArrived(quint64 generation, Result<QList<ExecutionRecord>> rows);
    void refreshArrived(quint64 generation, Result<QList<ExecutionRecord>> rows);
    void setLoading(bool fetching, bool refreshing);
    QString formatTime(qint64 utcMs) const;

    std::shared_ptr<JobStore> m_store;
    HistoryQuery m_query;
    QList<ExecutionRecord> m_rows;
    QSet<RowKey> m_keys;
    QList<ExecutionRecord> m_refreshRows; // the newest rows a refresh has read so far
    int m_refreshPages = 0;
    quint64 m_generation = 0;
    int m_pageSize = 200;
    bool m_fetching = false;
    bool m_refreshing = false;
    bool m_atEnd = false;
    QString m_lastError;
};

} // namespace Qronos
