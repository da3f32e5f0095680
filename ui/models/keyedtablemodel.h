#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace Qronos {

/// A table model whose rows have a key and are replaced by fresh lists from the engine (every second for the live
/// views). replaceRows() turns the new list into row removals, insertions and one dataChanged() instead of a reset,
/// so that selection, scroll position and sorting survive a refresh; a first list, or a change of more than
/// MaxRowInsertions rows, is a reset.
///
/// A list the engine pages (jobs, triggers: 100,000 rows would cost seconds and hundreds of megabytes to load whole)
/// holds the first rows of its query and knows how many the query matches (setTotalRows()). When the view scrolls
/// to the end, canFetchMore() / fetchMore() ask for the next page through moreRowsWanted(); the page's owner loads
/// it off the GUI thread and hands it to the subclass, which appends it with appendRows().
class KeyedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyedTableModel)

public:
    using QAbstractTableModel::QAbstractTableModel;

    /// The column count every subclass reports; its rows are flat (no children).
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : rowsSize(); }

    /// More insertions or removals than this in one replaceRows() make it a reset.
    static constexpr qsizetype MaxRowInsertions = 500;

    /// The engine pages this list and its query matches \a total rows (rowCount() of them are loaded); -1 when
    /// every row is loaded. Also ends a fetchMore() that is waiting for its page.
    void setTotalRows(qint64 total)
    {
        m_totalRows = total;
        m_morePending = false;
    }
    /// What the list's query matches, or rowCount() when the list is not paged.
    qint64 totalRows() const { return m_totalRows < 0 ? rowsSize() : m_totalRows; }
    /// A page asked for with moreRowsWanted() failed: canFetchMore() may ask again (when the view scrolls again).
    void moreRowsFailed() { m_morePending = false; }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_morePending && m_totalRows > rowsSize();
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        m_morePending = true;
        emit moreRowsWanted(rowsSize());
    }

signals:
    /// The view wants the rows from \a offset on; answer with the subclass's append call (or moreRowsFailed()).
    void moreRowsWanted(int offset);

protected:
    virtual int rowsSize() const = 0;

    /// Appends a page to \a rows, leaving out rows already there (a change between two pages shifts the offsets:
    /// a row may come twice, or be missed until the next refresh).
    template <typename T, typename KeyOf>
    void appendRows(QList<T> &rows, QList<T> more, KeyOf keyOf)
    {
        QSet<QString> have;
        have.reserve(rows.size());
        for (const T &row : std::as_const(rows))
            have.insert(keyOf(row));
        QList<T> fresh;
        fresh.reserve(more.size());
        for (T &row : more) {
            if (!have.contains(keyOf(row)))
                fresh.append(std::move(row));
        }
        if (fresh.isEmpty()) {
            // Nothing new at this offset: the list is shorter than counted; stop asking until the next refresh.
            m_totalRows = rows.size();
            m_morePending = false;
            return;
        }
        // Still pending while the rows go in: a view (or tester) asking for more from inside the insertion would ask
        // for this page again.
        beginInsertRows({}, int(rows.size()), int(rows.size() + fresh.size() - 1));
        for (T &row : fresh)
            rows.append(std::move(row));
        m_morePending = false;
        endInsertRows();
    }

    /// Makes \a rows equal to \a fresh, in fresh's order, with keys from \a keyOf (unique within each list).
    template <typename T, typename KeyOf>
    void replaceRows(QList<T> &rows, QList<T> fresh, KeyOf keyOf)
    {
        // A first list, or one that changes most rows, is one reset: row-by-row signals for 100,000 rows would
        // keep the GUI busy for seconds, and there is no selection worth keeping across such a change.
        if (rows.isEmpty() || fresh.isEmpty()) {
            if (rows.isEmpty() && fresh.isEmpty())
                return;
            beginResetModel();
            rows = std::move(fresh);
            endResetModel();
            return;
        }
        QSet<QString> freshKeys;
        freshKeys.reserve(fresh.size());
        for (const T &row : fresh)
            freshKeys.insert(keyOf(row));
        qsizetype kept = 0;
        for (const T &row : std::as_const(rows))
            kept += freshKeys.contains(keyOf(row)) ? 1 : 0;
        if (fresh.size() - kept > MaxRowInsertions || rows.size() - kept > MaxRowInsertions) {
            beginResetModel();
            rows = std::move(fresh);
            endResetModel();
            return;
        }
        // Removals first, in contiguous runs from the end.
        for (qsizetype i = rows.size() - 1; i >= 0;) {
            if (freshKeys.contains(keyOf(rows.at(i)))) {
                --i;
                continue;
            }
            qsizetype first = i;
            while (first > 0 && !freshKeys.contains(keyOf(rows.at(first - 1))))
                --first;
            beginRemoveRows({}, int(first), int(i));
            rows.remove(first, i - first + 1);
            endRemoveRows();
            i = first - 1;
        }
        // Then walk the fresh list: a row in place is updated, a missing one inserted. Rows that moved end up
        // inserted again at their new place and removed at the end.
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (i < rows.size() && keyOf(rows.at(i)) == keyOf(fresh.at(i))) {
                rows[i] = std::move(fresh[i]);
                continue;
            }
            beginInsertRows({}, int(i), int(i));
            rows.insert(i, std::move(fresh[i]));
            endInsertRows();
        }
        if (rows.size() > fresh.size()) {
            beginRemoveRows({}, int(fresh.size()), int(rows.size() - 1));
            rows.resize(fresh.size());
            endRemoveRows();
        }
        if (!rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(rows.size() - 1), columnCount() - 1));
    }

private:
    qint64 m_totalRows = -1;
    bool m_morePending = false;
};

} // namespace Qronos
