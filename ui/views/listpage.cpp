#include "listpage.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Qronos {

ListPage::ListPage(const QString &name, QAbstractItemModel *model, int sortRole, Filtering filtering, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_filtering(filtering)
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(name + QStringLiteral("Page"));
    m_filter->setObjectName(name + QStringLiteral("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter"));
    m_view->setObjectName(name + QStringLiteral("View"));
    m_status->setObjectName(name + QStringLiteral("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setDynamicSortFilter(true);

    m_view->setModel(m_proxy);
    if (m_filtering == Filtering::InView) {
        m_view->setSortingEnabled(true);
        m_view->sortByColumn(-1, Qt::AscendingOrder); // the engine's order until a header is clicked
    } else {
        // The rows are one page of the engine's order: sorting them here would sort the page, not the list.
        QHeaderView *header = m_view->horizontalHeader();
        header->setSectionsClickable(true);
        header->setSortIndicatorShown(true);
        header->setSortIndicator(-1, Qt::AscendingOrder);
        connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section, Qt::SortOrder order) {
            if (section == m_engineSortColumn && order == m_engineSortOrder)
                return;
            if (section >= 0 && m_engineSortable && !m_engineSortable(section)) {
                const QSignalBlocker blocker(header);
                header->setSortIndicator(m_engineSortColumn, m_engineSortOrder);
                return;
            }
            m_engineSortColumn = section;
            m_engineSortOrder = order;
            emit engineSortChanged();
        });
    }
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Sizing columns to their contents measures this many rows, not a whole page of 500.
    m_view->horizontalHeader()->setResizeContentsPrecision(60);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(100); // a pause in typing, short enough to feel instant
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_filtering == Filtering::InView)
            m_proxy->setFilterFixedString(text);
        else
            m_debounce->start();
    });
    connect(m_debounce, &QTimer::timeout, this, [this] { emit engineFilterChanged(filterText()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListPage::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ListPage::selectionChanged);
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { emit activated(m_proxy->mapToSource(index).row()); });
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { emit contextMenuRequested(m_view->viewport()->mapToGlobal(pos)); });
    // Size the columns to their contents once, when the first rows arrive (unless the settings restored them).
    const auto sizeColumnsOnce = [this] {
        if (m_columnsSized || m_proxy->rowCount() == 0)
            return;
        m_columnsSized = true;
        QTimer::singleShot(0, this, [this] {
            m_view->resizeColumnsToContents();
            for (int c = 0; c < m_view->model()->columnCount(); ++c)
                m_view->setColumnWidth(c, qMin(m_view->columnWidth(c) + 12, 360));
        });
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, sizeColumnsOnce);
    connect(model, &QAbstractItemModel::modelReset, this, sizeColumnsOnce);
}

ListPage::~ListPage() = default;

QString ListPage::filterText() const
{
    return m_filter->text().trimmed();
}

QList<int> ListPage::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty() && currentSourceRow() >= 0 && m_view->selectionModel()->isSelected(m_view->currentIndex()))
        rows.append(currentSourceRow());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

int ListPage::currentSourceRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void ListPage::selectSourceRow(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ListPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c01c28;") : QString());
}

void ListPage::setFilterPlaceholder(const QString &text)
{
    m_filter->setPlaceholderText(text);
}

void ListPage::setEngineSortable(std::function<bool(int)> sortable)
{
    m_engineSortable = std::move(sortable);
}

int ListPage::engineSortColumn() const
{
    return m_engineSortColumn;
}

Qt::SortOrder ListPage::engineSortOrder() const
{
    return m_engineSortOrder;
}

void ListPage::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("lists/%1/header").arg(m_name), m_view->horizontalHeader()->saveState());
}

void ListPage::restoreSettings(const QSettings &settings)
{
    const QByteArray state = settings.value(QStringLiteral("lists/%1/header").arg(m_name)).toByteArray();
    if (!state.isEmpty() && m_view->horizontalHeader()->restoreState(state))
        m_columnsSized = true;
    if (m_filtering == Filtering::InEngine) {
        // The saved order, when the engine can still sort by it; the page's first load uses it.
        QHeaderView *header = m_view->horizontalHeader();
        const int column = header->sortIndicatorSection();
        const bool usable = column >= 0 && column < m_view->model()->columnCount()
                            && (!m_engineSortable || m_engineSortable(column));
        m_engineSortColumn = usable ? column : -1;
        m_engineSortOrder = header->sortIndicatorOrder();
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_engineSortColumn, m_engineSortOrder);
    }
}

} // namespace Qronos
