#include "historymodel.h"

#include "asynccall.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QTimeZone>

#include <algorithm>
#include <utility>

namespace Qronos {

HistoryModel::HistoryModel(std::shared_ptr<JobStore> store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(std::move(store))
{
    m_query.limit = m_pageSize;
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setQuery(const HistoryQuery &query)
{
    ++m_generation; // answers to the previous query are dropped
    beginResetModel();
    m_query = query;
    m_query.olderThan.reset();
    m_query.offset = 0;
    m_rows.clear();
    m_keys.clear();
    m_refreshRows.clear();
    m_atEnd = false;
    m_lastError.clear();
    endResetModel();
    setLoading(false, false);
    requestPage();
}

void HistoryModel::refresh()
{
    if (!m_store || m_refreshing)
        return;
    if (m_rows.isEmpty()) {
        // Nothing shown yet: the next page is the newest one.
        if (!m_fetching)
            setQuery(m_query);
        return;
    }
    m_refreshRows.clear();
    m_refreshPages = 1;
    setLoading(m_fetching, true);
    requestRefreshPage(std::nullopt);
}

void HistoryModel::requestRefreshPage(const std::optional<HistoryCursor> &after)
{
    HistoryQuery newest = m_query;
    newest.olderThan = after;
    newest.offset = 0;
    newest.limit = m_pageSize;
    const quint64 generation = m_generation;
    std::shared_ptr<JobStore> store = m_store;
    runAsync(this, [store, newest] { return store->history(newest); },
             [this, generation](Result<QList<ExecutionRecord>> rows) { refreshArrived(generation, std::move(rows)); });
}

void HistoryModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, 10000);
}

int HistoryModel::rowOfFire(const QString &fireInstanceId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).fireInstanceId == fireInstanceId)
            return row;
    }
    return -1;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && !m_atEnd;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestPage();
}

void HistoryModel::requestPage()
{
    if (!m_store || m_fetching || m_atEnd)
        return;
    HistoryQuery page = m_query;
    page.limit = m_pageSize;
    page.offset = 0;
    if (!m_rows.isEmpty())
        page.olderThan = HistoryCursor::of(m_rows.constLast());
    const quint64 generation = m_generation;
    setLoading(true, m_refreshing);
    std::shared_ptr<JobStore> store = m_store;
    runAsync(this, [store, page] { return store->history(page); },
             [this, generation](Result<QList<ExecutionRecord>> rows) { pageArrived(generation, std::move(rows)); });
}

void HistoryModel::pageArrived(quint64 generation, Result<QList<ExecutionRecord>> rows)
{
    if (generation != m_generation)
        return; // an answer to a query that was replaced
    if (!rows) {
        m_lastError = rows.error();
        m_atEnd = true; // no retry loop through canFetchMore(); refresh() or setQuery() tries again
        setLoading(false, m_refreshing);
        emit errorOccurred(m_lastError);
        return;
    }
    m_lastError.clear();
    QList<ExecutionRecord> fresh;
    fresh.reserve(rows->size());
    for (ExecutionRecord &r : rows.value()) {
        // A row refresh() already put in (it cannot be older than the cursor, but be safe).
        if (!m_keys.contains(keyOf(r)))
            fresh << std::move(r);
    }
    const bool atEnd = rows->size() < m_pageSize;
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (ExecutionRecord &r : fresh) {
            m_keys.insert(keyOf(r));
            m_rows << std::move(r);
        }
        endInsertRows();
    }
    m_atEnd = atEnd;
    setLoading(false, m_refreshing);
    emit pageLoaded(int(fresh.size()));
}

void HistoryModel::refreshArrived(quint64 generation, Result<QList<ExecutionRecord>> rows)
{
    if (generation != m_generation) {
        // setQuery() ran meanwhile (it cleared the refresh) and may itself be loading.
        return;
    }
    if (!rows) {
        m_refreshRows.clear();
        setLoading(m_fetching, false);
        m_lastError = rows.error();
        emit errorOccurred(m_lastError);
        return;
    }
    m_lastError.clear();
    // The pages read so far are the newest rows in order. While none of this page is shown yet and it is full, rows
    // between it and the table may follow: read on, and start over when that takes too many pages.
    const bool overlaps = std::any_of(rows->cbegin(), rows->cend(),
                                      [this](const ExecutionRecord &r) { return m_keys.contains(keyOf(r)); });
    const bool mayHaveMore = !overlaps && rows->size() >= m_pageSize && !m_rows.isEmpty()
        && newerThan(rows->constLast(), m_rows.constFirst());
    m_refreshRows << rows.value();
    if (mayHaveMore) {
        if (m_refreshPages < MaxRefreshPages) {
            ++m_refreshPages;
            requestRefreshPage(HistoryCursor::of(m_refreshRows.constLast()));
            return;
        }
        m_refreshRows.clear();
        setLoading(m_fetching, false);
        setQuery(m_query);
        emit refreshed(0);
        return;
    }
    const QList<ExecutionRecord> newest = std::exchange(m_refreshRows, {});
    setLoading(m_fetching, false);
    int inserted = 0;
    for (const ExecutionRecord &r : newest) {
        if (m_keys.contains(keyOf(r)))
            continue;
        // Rows older than the last loaded one come with the next fetchMore(), in order.
        if (!m_atEnd && !m_rows.isEmpty() && !newerThan(r, m_rows.constLast()))
            continue;
        const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), r,
                                         [](const ExecutionRecord &a, const ExecutionRecord &b) { return newerThan(a, b); });
        const int row = int(at - m_rows.cbegin());
        beginInsertRows({}, row, row);
        m_rows.insert(row, r);
        m_keys.insert(keyOf(r));
        endInsertRows();
        ++inserted;
    }
    emit refreshed(inserted);
}

void HistoryModel::setLoading(bool fetching, bool refreshing)
{
    const bool was = isLoading();
    m_fetching = fetching;
    m_refreshing = refreshing;
    if (was != isLoading())
        emit loadingChanged(isLoading());
}

bool HistoryModel::newerThan(const ExecutionRecord &a, const ExecutionRecord &b)
{
    if (a.fireTime != b.fireTime)
        return a.fireTime > b.fireTime;
    if (a.fireInstanceId != b.fireInstanceId)
        return a.fireInstanceId > b.fireInstanceId;
    return a.attempt > b.attempt;
}

QString HistoryModel::statusText(ExecutionStatus status)
{
    switch (status) {
    case ExecutionStatus::Succeeded: return tr("Succeeded");
    case ExecutionStatus::Failed: return tr("Failed");
    case ExecutionStatus::TimedOut: return tr("Timed out");
    case ExecutionStatus::Interrupted: return tr("Interrupted");
    case ExecutionStatus::Refused: return tr("Refused");
    case ExecutionStatus::Recovered: return tr("Recovered");
    }
    return executionStatusName(status);
}

QColor HistoryModel::statusColor(ExecutionStatus status)
{
    switch (status) {
    case ExecutionStatus::Succeeded: return QColor(0x2e, 0x9d, 0x4a);   // green
    case ExecutionStatus::Failed: return QColor(0xd3, 0x2f, 0x2f);      // red
    case ExecutionStatus::TimedOut: return QColor(0xe6, 0x7e, 0x22);    // orange
    case ExecutionStatus::Interrupted: return QColor(0x8e, 0x5b, 0xc9); // purple
    case ExecutionStatus::Refused: return QColor(0x80, 0x80, 0x80);     // grey
    case ExecutionStatus::Recovered: return QColor(0x1e, 0x88, 0xe5);   // blue
    }
    return Qt::gray;
}

QIcon HistoryModel::statusIcon(ExecutionStatus status)
{
    static QHash<int, QIcon> cache;
    const auto found = cache.constFind(int(status));
    if (found != cache.constEnd())
        return *found;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(statusColor(status).darker(130));
        painter.setBrush(statusColor(status));
        painter.drawEllipse(QRectF(2.5, 2.5, 11, 11));
    }
    const QIcon icon(pixmap);
    cache.insert(int(status), icon);
    return icon;
}

QString HistoryModel::durationText(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', ms < 10000 ? 2 : 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60);
}

QString HistoryModel::formatTime(qint64 utcMs) const
{
    return QDateTime::fromMSecsSinceEpoch(utcMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExecutionRecord &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FiredAtColumn: return formatTime(r.fireTime);
        case JobColumn: return r.job.toString();
        case TriggerColumn: return r.trigger.toString();
        case NodeColumn: return r.instanceId;
        case StatusColumn: return statusText(r.status);
        case AttemptColumn: return r.attempt;
        case DurationColumn: return r.endTime ? durationText(*r.endTime - r.fireTime) : QStringLiteral("\u2014");
        case ScheduledAtColumn: return formatTime(r.scheduledTime);
        case ErrorColumn: return r.errorMessage.section(QLatin1Char('\n'), 0, 0).trimmed();
        default: return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusIcon(r.status);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn || index.column() == ErrorColumn) {
            if (r.status == ExecutionStatus::Failed || r.status == ExecutionStatus::TimedOut)
                return statusColor(r.status);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptColumn || index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FiredAtColumn:
        case ScheduledAtColumn: {
            const qint64 t = index.column() == FiredAtColumn ? r.fireTime : r.scheduledTime;
            return QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODateWithMs);
        }
        case StatusColumn:
            return r.recovering ? tr("%1 (a recovery run after its node stopped)").arg(statusText(r.status))
                                : statusText(r.status);
        case ErrorColumn:
            return r.errorMessage.left(2000);
        default: return {};
        }
    case FireInstanceIdRole: return r.fireInstanceId;
    case AttemptRole: return r.attempt;
    case JobNameRole: return r.job.name();
    case JobGroupRole: return r.job.group();
    case TriggerNameRole: return r.trigger.name();
    case TriggerGroupRole: return r.trigger.group();
    case NodeRole: return r.instanceId;
    case ScheduledTimeRole: return r.scheduledTime;
    case FireTimeRole: return r.fireTime;
    case EndTimeRole: return r.endTime ? QVariant(*r.endTime) : QVariant();
    case DurationRole: return r.endTime ? QVariant(*r.endTime - r.fireTime) : QVariant();
    case StatusRole: return int(r.status);
    case StatusNameRole: return executionStatusName(r.status);
    case RecoveringRole: return r.recovering;
    case ErrorMessageRole: return r.errorMessage;
    case OutputRole: return r.output;
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FiredAtColumn: return tr("Fired at");
    case JobColumn: return tr("Job");
    case TriggerColumn: return tr("Trigger");
    case NodeColumn: return tr("Node");
    case StatusColumn: return tr("Status");
    case AttemptColumn: return tr("Attempt");
    case DurationColumn: return tr("Duration");
    case ScheduledAtColumn: return tr("Scheduled at");
    case ErrorColumn: return tr("Error");
    default: return {};
    }
}

} // namespace Qronos
