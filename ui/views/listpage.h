#pragma once

#include <QModelIndexList>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSettings;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace Qronos {

/// One list of the main window: a filter box over a sortable table. The filter either narrows the rows already
/// loaded (small lists: nodes, running, misfires) or, with engine filtering, is handed to the page's loader so
/// that the engine query does the matching (jobs and triggers, which can number 100,000). Typing is debounced.
/// Engine-filtered lists also sort in the engine: clicking a header sets the sort indicator, which the page's loader
/// reads (engineSortColumn()) to order its query; the view itself never reorders a page it was given.
class ListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPage)

public:
    enum class Filtering { InView, InEngine };

    /// \a sortRole is the model's role holding raw sortable values. \a name is used for object names and settings.
    ListPage(const QString &name, QAbstractItemModel *model, int sortRole, Filtering filtering,
             QWidget *parent = nullptr);
    ~ListPage() override;

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QString filterText() const;
    /// Rows of the source model that are selected, in view order, each once.
    QList<int> selectedSourceRows() const;
    /// The source row under the current index, or -1.
    int currentSourceRow() const;
    /// Selects the source row and scrolls to it.
    void selectSourceRow(int row);
    /// A line under the table ("1,204 jobs", "Loading…", an error).
    void setStatus(const QString &text, bool error = false);
    /// Placeholder text of the filter box.
    void setFilterPlaceholder(const QString &text);
    /// Engine filtering: which columns the engine can sort by; a click on another column leaves the order as it is.
    void setEngineSortable(std::function<bool(int column)> sortable);
    /// Engine filtering: the column to order by (-1: the engine's default order) and its direction.
    int engineSortColumn() const;
    Qt::SortOrder engineSortOrder() const;

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    /// The filter text after the user stopped typing (engine filtering only).
    void engineFilterChanged(const QString &text);
    /// A header was clicked (engine filtering only): reload in engineSortColumn()'s order.
    void engineSortChanged();
    void selectionChanged();
    /// A row was double-clicked or Return was pressed on it.
    void activated(int sourceRow);
    /// The context menu was asked for at \a globalPos.
    void contextMenuRequested(const QPoint &globalPos);

private:
    QString m_name;
    Filtering m_filtering;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_columnsSized = false;
    std::function<bool(int)> m_engineSortable;
    int m_engineSortColumn = -1;
    Qt::SortOrder m_engineSortOrder = Qt::AscendingOrder;
};

} // namespace Qronos
