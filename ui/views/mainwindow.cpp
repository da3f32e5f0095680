#include "mainwindow.h"

#include "asynccall.h"
#include "profileinstanceguard.h"
#include "listpage.h"
#include "appicon.h"
#include "models/calendarsmodel.h"
#include "models/failurewatcher.h"
#include "models/displaytext.h"
#include "models/jobsmodel.h"
#include "models/misfiresmodel.h"
#include "models/nodesmodel.h"
#include "models/runningmodel.h"
#include "models/triggersmodel.h"
#include "agendaview.h"
#include "connectionprofiles.h"
#include "dialogs/calendareditordialog.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/exchangefiles.h"
#include "dialogs/exportscheduledialog.h"
#include "dialogs/forecastdialog.h"
#include "dialogs/importscheduledialog.h"
#include "dialogs/scheduleselectionwidget.h"
#include "dialogs/preferencesdialog.h"
#include "notificationsettings.h"
#include "translationloader.h"
#include "dialogs/jobeditordialog.h"
#include "dialogs/triggereditordialog.h"
#include "historyview.h"
#include "schedulepreviewwidget.h"
#include "quartzobserverwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QElapsedTimer>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QPainter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Qronos {

namespace {
constexpr int PageRole = Qt::UserRole;

/// The misfire log rows shown at most.
constexpr int MisfireLimit = 2000;
} // namespace

MainWindow::MainWindow(PasswordStore *passwords, QWidget *parent)
    : QMainWindow(parent)
    , m_passwords(passwords)
    , m_jobsModel(new JobsModel(this))
    , m_triggersModel(new TriggersModel(this))
    , m_calendarsModel(new CalendarsModel(this))
    , m_nodesModel(new NodesModel(this))
    , m_runningModel(new RunningModel(this))
    , m_misfiresModel(new MisfiresModel(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Qronos"));
    createPages();
    createActions();
    createMenus();
    createStatusBar();
    createTray();
    restoreSettings();
    updateActions();

    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &MainWindow::tick);
}

MainWindow::~MainWindow() = default;

// ---- pages ----------------------------------------------------------------------------------------------------

void MainWindow::createPages()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_pages = new QStackedWidget(this);

    struct PageInfo
    {
        Page page;
        QString title;
        QStyle::StandardPixmap icon;
    };
    const PageInfo infos[] = {
        {Page::Jobs, tr("Jobs"), QStyle::SP_FileIcon},
        {Page::Triggers, tr("Triggers"), QStyle::SP_BrowserReload},
        {Page::Calendars, tr("Calendars"), QStyle::SP_FileDialogDetailedView},
        {Page::Nodes, tr("Nodes"), QStyle::SP_ComputerIcon},
        {Page::Running, tr("Running now"), QStyle::SP_MediaPlay},
        {Page::Misfires, tr("Misfires"), QStyle::SP_MessageBoxWarning},
        {Page::History, tr("History"), QStyle::SP_FileDialogContentsView},
        {Page::Agenda, tr("Agenda"), QStyle::SP_FileDialogListView},
    };

    const auto addList = [this](Page page, const QString &name, QAbstractItemModel *model, int sortRole,
                                ListPage::Filtering filtering, const QString &placeholder) {
        auto *list = new ListPage(name, model, sortRole, filtering, m_pages);
        list->setFilterPlaceholder(placeholder);
        m_lists.insert(page, list);
        m_pages->addWidget(list);
        connect(list, &ListPage::selectionChanged, this, &MainWindow::updateActions);
        connect(list, &ListPage::activated, this, [this] { editItem(); });
        connect(list, &ListPage::contextMenuRequested, this, &MainWindow::showContextMenu);
        connect(list, &ListPage::engineFilterChanged, this, [this, page] { reload(page); });
    };
    addList(Page::Jobs, QStringLiteral("jobs"), m_jobsModel, JobsModel::SortRole, ListPage::Filtering::InEngine,
            tr("Filter jobs by name, group, description or type"));
    addList(Page::Triggers, QStringLiteral("triggers"), m_triggersModel, TriggersModel::SortRole,
            ListPage::Filtering::InEngine, tr("Filter triggers by name, group, description or job"));
    // Jobs and triggers can number 100,000: the engine sorts them and hands them over a page at a time.
    m_lists.value(Page::Jobs)->setEngineSortable([](int c) { return JobsModel::engineOrder(c).has_value(); });
    m_lists.value(Page::Triggers)->setEngineSortable([](int c) { return TriggersModel::engineOrder(c).has_value(); });
    for (Page page : {Page::Jobs, Page::Triggers})
        connect(m_lists.value(page), &ListPage::engineSortChanged, this, [this, page] { reload(page); });
    connect(m_jobsModel, &KeyedTableModel::moreRowsWanted, this, [this](int offset) { loadMore(Page::Jobs, offset); });
    connect(m_triggersModel, &KeyedTableModel::moreRowsWanted, this,
            [this](int offset) { loadMore(Page::Triggers, offset); });
    addList(Page::Calendars, QStringLiteral("calendars"), m_calendarsModel, CalendarsModel::SortRole,
            ListPage::Filtering::InView, tr("Filter calendars"));
    addList(Page::Nodes, QStringLiteral("nodes"), m_nodesModel, NodesModel::SortRole, ListPage::Filtering::InView,
            tr("Filter nodes by id, host, state or tag"));
    addList(Page::Running, QStringLiteral("running"), m_runningModel, RunningModel::SortRole,
            ListPage::Filtering::InView, tr("Filter by job, trigger or node"));
    addList(Page::Misfires, QStringLiteral("misfires"), m_misfiresModel, MisfiresModel::SortRole,
            ListPage::Filtering::InView, tr("Filter by trigger, job, group or node"));
    // History and Agenda are built once a database is open (they need the store); until then empty pages hold
    // their places.
    m_pages->addWidget(new QWidget(m_pages));
    m_pages->addWidget(new QWidget(m_pages));

    for (const PageInfo &info : infos) {
        auto *item = new QListWidgetItem(style()->standardIcon(info.icon), info.title, m_navigation);
        item->setData(PageRole, int(info.page));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(info.title).arg(int(info.page) + 1));
    }
    m_navigation->setFixedWidth(qMax(150, m_navigation->sizeHintForColumn(0) + 24));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (m_watcher && (Page(row) == Page::History || Page(row) == Page::Misfires))
            m_watcher->markAllRead();
        updateActions();
        if (m_session)
            reload(Page(row));
    });

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(QStringLiteral("background: #fff3cd; color: #664d03; border: 1px solid #ffe69c;"));
    m_banner->hide();
    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setMargin(6);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("background: #cfe2ff; color: #052c65; border: 1px solid #9ec5fe;"));
    m_readOnlyBanner->hide();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 6, 6, 0);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_readOnlyBanner);
    rightLayout->addWidget(m_pages, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(right, 1);
    setCentralWidget(central);
    m_navigation->setCurrentRow(0);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

ListPage *MainWindow::listPage(Page page) const
{
    return m_lists.value(page);
}

// ---- actions and menus -----------------------------------------------------------------------------------------

void MainWindow::createActions()
{
    const auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut,
                             QStyle::StandardPixmap icon, void (MainWindow::*slot)()) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText))
                                   .remove(QLatin1Char('&')));
        }
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = make(QStringLiteral("newAction"), tr("&New…"), QKeySequence::New, QStyle::SP_FileDialogNewFolder,
                       &MainWindow::newItem);
    m_editAction = make(QStringLiteral("editAction"), tr("&Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                        QStyle::SP_FileDialogInfoView, &MainWindow::editItem);
    m_duplicateAction = make(QStringLiteral("duplicateAction"), tr("D&uplicate…"), QKeySequence(Qt::CTRL | Qt::Key_D),
                             QStyle::SP_FileLinkIcon, &MainWindow::duplicateItem);
    m_pauseAction = make(QStringLiteral("pauseAction"), tr("&Pause"), QKeySequence(Qt::CTRL | Qt::Key_P),
                         QStyle::SP_MediaPause, nullptr);
    connect(m_pauseAction, &QAction::triggered, this, [this] { pauseSelection(true); });
    m_resumeAction = make(QStringLiteral("resumeAction"), tr("&Resume"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QStyle::SP_MediaPlay, nullptr);
    connect(m_resumeAction, &QAction::triggered, this, [this] { pauseSelection(false); });
    m_fireAction = make(QStringLiteral("fireAction"), tr("&Fire now"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                        QStyle::SP_MediaSeekForward, &MainWindow::fireSelection);
    m_interruptAction = make(QStringLiteral("interruptAction"), tr("&Interrupt"), QKeySequence(Qt::CTRL | Qt::Key_I),
                             QStyle::SP_MediaStop, &MainWindow::interruptSelection);
    m_deleteAction = make(QStringLiteral("deleteAction"), tr("&Delete…"), QKeySequence::Delete,
                          QStyle::SP_TrashIcon, &MainWindow::deleteSelection);
    m_refreshAction = make(QStringLiteral("refreshAction"), tr("Re&fresh"), QKeySequence::Refresh,
                           QStyle::SP_BrowserReload, nullptr);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_session)
            reload(currentPage());
    });
    // Edit works on the focused list only: Return in a dialog's field must not reach it.
    for (QAction *action : {m_editAction, m_deleteAction})
        action->setShortcutContext(Qt::WindowShortcut);

    m_nodeAction = new QAction(tr("&Run jobs on this computer"), this);
    m_nodeAction->setObjectName(QStringLiteral("nodeAction"));
    m_nodeAction->setCheckable(true);
    m_nodeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_nodeAction->setStatusTip(tr("Make this console a node of the cluster that claims and runs jobs; off, it only "
                                  "watches and edits the schedule"));
    connect(m_nodeAction, &QAction::triggered, this, &MainWindow::setNodeRunning);

    m_pauseAllAction = new QAction(tr("Pause &all triggers"), this);
    m_pauseAllAction->setObjectName(QStringLiteral("pauseAllAction"));
    connect(m_pauseAllAction, &QAction::triggered, this, [this] {
        if (QMessageBox::question(this, tr("Pause all triggers"),
                                  tr("Pause every trigger of the schedule, on every node? Triggers added later are "
                                     "paused too, until Resume all."))
            != QMessageBox::Yes)
            return;
        std::shared_ptr<Scheduler> s = m_session->schedulerHandle();
        applyChange(tr("Paused all triggers"), [s] {
            const Result<Done> r = s->pauseAll();
            return r ? QString() : r.error();
        });
    });
    m_resumeAllAction = new QAction(tr("Resume a&ll triggers"), this);
    m_resumeAllAction->setObjectName(QStringLiteral("resumeAllAction"));
    connect(m_resumeAllAction, &QAction::triggered, this, [this] {
        std::shared_ptr<Scheduler> s = m_session->schedulerHandle();
        applyChange(tr("Resumed all triggers"), [s] {
            const Result<Done> r = s->resumeAll();
            return r ? QString() : r.error();
        });
    });

    for (int i = 0; i < int(Page::Count); ++i) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
        addAction(go);
    }
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (ListPage *list = listPage(currentPage())) {
            list->filterEdit()->setFocus(Qt::ShortcutFocusReason);
            list->filterEdit()->selectAll();
        }
    });
    addAction(find);

    auto *toolbar = addToolBar(tr("Actions"));
    toolbar->setObjectName(QStringLiteral("actionsToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_duplicateAction);
    toolbar->addSeparator();
    toolbar->addAction(m_pauseAction);
    toolbar->addAction(m_resumeAction);
    toolbar->addAction(m_fireAction);
    toolbar->addAction(m_interruptAction);
    toolbar->addSeparator();
    toolbar->addAction(m_deleteAction);
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = file->addAction(style()->standardIcon(QStyle::SP_DriveNetIcon), tr("&Connect to a database…"));
    connectAction->setObjectName(QStringLiteral("connectAction"));
    connectAction->setShortcut(QKeySequence::Open);
    connectAction->setStatusTip(tr("Open another database: the embedded store, or a cluster's PostgreSQL or MySQL"));
    connect(connectAction, &QAction::triggered, this, &MainWindow::showConnections);
    m_recentMenu = file->addMenu(tr("&Recent connections"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import a schedule…"));
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Add or update jobs, triggers and calendars from a Qronos JSON or Quartz XML "
                                    "file, after a dry run that shows every change"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::showImport);
    m_exportAction = file->addAction(tr("&Export the schedule…"));
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Write all or part of the schedule as Qronos JSON or Quartz XML"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExportDialog<ExportScheduleDialog>);
    m_forecastAction = file->addAction(tr("Export a &forecast…"));
    m_forecastAction->setObjectName(QStringLiteral("forecastAction"));
    m_forecastAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_forecastAction->setStatusTip(tr("Write every fire of a period as CSV or iCalendar, for people without the "
                                      "console"));
    connect(m_forecastAction, &QAction::triggered, this, &MainWindow::showExportDialog<ForecastDialog>);
    m_historyExportAction = file->addAction(tr("Export the execution &history…"));
    m_historyExportAction->setObjectName(QStringLiteral("historyExportAction"));
    m_historyExportAction->setStatusTip(tr("Write the executions the History page's filters select as CSV or JSON "
                                           "Lines"));
    connect(m_historyExportAction, &QAction::triggered, this, [this] {
        if (!m_historyView)
            return;
        // The History page's filters choose the rows: the user sees them while choosing the file.
        showPage(Page::History);
        m_historyView->chooseExportFile();
    });
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    // QKeySequence::Quit is empty on Windows; the console uses Ctrl+Q everywhere.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcutContext(Qt::ApplicationShortcut);
    quit->setMenuRole(QAction::QuitRole);
    quit->setStatusTip(tr("Close the console"));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_newAction, m_editAction, m_duplicateAction});
    edit->addSeparator();
    edit->addActions({m_pauseAction, m_resumeAction, m_fireAction, m_interruptAction});
    edit->addSeparator();
    edit->addAction(m_deleteAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction *go = view->addAction(m_navigation->item(i)->icon(), m_navigation->item(i)->text());
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        go->setShortcutContext(Qt::WidgetShortcut); // the window-wide shortcut is above; this one only shows it
        connect(go, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }
    view->addSeparator();
    view->addAction(m_refreshAction);

    QMenu *node = menuBar()->addMenu(tr("&Scheduler"));
    node->addAction(m_nodeAction);
    node->addSeparator();
    node->addAction(m_pauseAllAction);
    node->addAction(m_resumeAllAction);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *preview = tools->addAction(tr("Schedule &preview…"));
    preview->setObjectName(QStringLiteral("schedulePreviewAction"));
    preview->setStatusTip(tr("Try out a trigger and see when it would fire, without saving anything"));
    connect(preview, &QAction::triggered, this, &MainWindow::showSchedulePreview);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Qronos"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    const auto label = [this](const QString &name) {
        auto *l = new QLabel(this);
        l->setObjectName(name);
        statusBar()->addPermanentWidget(l);
        return l;
    };
    m_nextFireLabel = label(QStringLiteral("nextFireStatus"));
    m_clusterLabel = label(QStringLiteral("clusterStatus"));
    m_nodeLabel = label(QStringLiteral("nodeStatus"));
    m_connectionLabel = label(QStringLiteral("connectionStatus"));
    m_connectionLabel->setText(tr("No database"));
}

void MainWindow::updateActions()
{
    if (!m_newAction) // the navigation selects its first page before the actions exist
        return;
    const Page page = currentPage();
    ListPage *list = listPage(page);
    const int selected = list ? int(list->selectedSourceRows().size()) : 0;
    const bool open = m_session != nullptr;
    const bool definitions = page == Page::Jobs || page == Page::Triggers || page == Page::Calendars;
    const bool jobsOrTriggers = page == Page::Jobs || page == Page::Triggers;

    // A database user who may only read changes nothing: every action that writes is off (the banner says why).
    const bool writable = open && m_session->mayChangeSchedule();
    m_newAction->setEnabled(writable && definitions);
    m_editAction->setEnabled(writable && definitions && selected == 1);
    m_duplicateAction->setEnabled(writable && (page == Page::Jobs || page == Page::Triggers) && selected == 1);
    m_pauseAction->setEnabled(writable && jobsOrTriggers && selected > 0);
    m_resumeAction->setEnabled(writable && jobsOrTriggers && selected > 0);
    m_fireAction->setEnabled(writable && jobsOrTriggers && selected > 0);
    m_interruptAction->setEnabled(writable && (page == Page::Running || page == Page::Jobs) && selected > 0);
    m_deleteAction->setEnabled(writable && definitions && selected > 0);
    m_refreshAction->setEnabled(open);
    m_pauseAllAction->setEnabled(writable);
    m_resumeAllAction->setEnabled(writable);
    m_nodeAction->setEnabled(writable && !m_stoppingNode);
    if (m_importAction) { // the menus come after the first page is shown
        m_importAction->setEnabled(writable);
        m_exportAction->setEnabled(open);
        m_forecastAction->setEnabled(open);
        m_historyExportAction->setEnabled(open);
    }
    m_nodeAction->setChecked(open && m_session->isNodeRunning());

    const QString noun = page == Page::Jobs       ? tr("job")
                         : page == Page::Triggers ? tr("trigger")
                                                  : tr("calendar");
    m_newAction->setText(definitions ? tr("&New %1…").arg(noun) : tr("&New…"));
}

void MainWindow::showContextMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    const Page page = currentPage();
    if (page == Page::Jobs || page == Page::Triggers || page == Page::Calendars) {
        menu.addActions({m_editAction, m_duplicateAction});
        menu.addSeparator();
        if (page != Page::Calendars)
            menu.addActions({m_pauseAction, m_resumeAction, m_fireAction});
        if (page == Page::Jobs)
            menu.addAction(m_interruptAction);
        menu.addSeparator();
        menu.addAction(m_deleteAction);
        menu.addSeparator();
        menu.addAction(m_newAction);
    } else if (page == Page::Running) {
        menu.addAction(m_interruptAction);
    }
    menu.addAction(m_refreshAction);
    menu.exec(globalPos);
}

// ---- the database ----------------------------------------------------------------------------------------------

void MainWindow::openDatabase(const ConsoleOptions &options, bool runJobs)
{
    // One console per profile: another one that has it open comes to the front instead.
    const QString profileKey = options.displayUrl();
    if (!m_instanceGuard || m_instanceGuard->profileKey() != profileKey) {
        auto guard = std::make_unique<ProfileInstanceGuard>(profileKey);
        if (!guard->claim()) {
            const QString error = tr("%1 is open in another Qronos window, which was brought to the front.")
                                      .arg(options.displayUrl());
            if (!m_session) {
                m_connectionLabel->setText(tr("Not connected"));
                m_banner->setText(error);
                m_banner->show();
            } else {
                QMessageBox::information(this, tr("Already open"), error);
            }
            emit databaseOpened(error);
            return;
        }
        connect(guard.get(), &ProfileInstanceGuard::activationRequested, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_instanceGuard = std::move(guard);
    }
    if (m_session) {
        m_ticker->stop();
        m_watcher = nullptr; // a child of the session
        replacePage(Page::History, new QWidget(m_pages));
        replacePage(Page::Agenda, new QWidget(m_pages));
        m_historyView = nullptr;
        m_agendaView = nullptr;
        delete m_session;
        m_session = nullptr;
        m_loadedShape.clear();
        m_nextFire.reset();
        m_nextFireLoaded = false;
        ++m_nextFireGeneration;
    }
    m_runJobsWanted = runJobs;
    m_connectionLabel->setText(tr("Connecting to %1…").arg(options.displayUrl()));
    setWindowTitle(tr("Qronos \u2014 %1").arg(options.displayUrl()));
    updateActions();
    runAsync(
        this, [options] { return ConsoleSession::open(options); },
        [this, options](Result<ConsoleSession::Opened> opened) {
            if (!opened) {
                m_connectionLabel->setText(tr("Not connected"));
                m_banner->setText(tr("Cannot open %1: %2").arg(options.displayUrl(), opened.error()));
                m_banner->show();
                emit databaseOpened(opened.error());
                QMessageBox::critical(this, tr("Cannot open the database"),
                                      tr("Cannot open %1.\n\n%2").arg(options.displayUrl(), opened.error()));
                return;
            }
            if (!opened->demoError.isEmpty())
                statusBar()->showMessage(tr("The demo schedule could not be added: %1").arg(opened->demoError));
            m_session = new ConsoleSession(std::move(opened).value(), options, this);
            sessionReady();
            emit databaseOpened(QString());
        });
}

void MainWindow::replacePage(Page page, QWidget *widget)
{
    QWidget *old = m_pages->widget(int(page));
    const bool current = m_pages->currentIndex() == int(page);
    m_pages->removeWidget(old);
    delete old;
    m_pages->insertWidget(int(page), widget);
    if (current)
        m_pages->setCurrentIndex(int(page));
}

void MainWindow::sessionReady()
{
    m_banner->hide();
    const QString user = m_session->options().url.userName();
    m_readOnlyBanner->setText(
        user.isEmpty() ? tr("Read only: this connection may read the schedule but not change it, so editing, pausing, "
                            "firing and running jobs on this computer are off.")
                       : tr("Read only: the database user \u201c%1\u201d may read the schedule but not change it, so "
                            "editing, pausing, firing and running jobs on this computer are off.")
                             .arg(user));
    m_readOnlyBanner->setVisible(!m_session->mayChangeSchedule());
    m_connectionLabel->setText(m_session->options().displayUrl());
    m_connectionLabel->setToolTip(tr("This console's node id: %1").arg(m_session->instanceId()));
    m_nodesModel->setOwnInstanceId(m_session->instanceId());
    replacePage(Page::History, m_historyView = new HistoryView(m_session->store(), m_pages));
    ConsoleSession *session = m_session;
    replacePage(Page::Agenda,
                m_agendaView = new AgendaView(m_session->store(), [session] { return session->clock().nowMs(); }, m_pages));

    connect(m_session, &ConsoleSession::scheduleChanged, this, [this] {
        for (Page page : {Page::Jobs, Page::Triggers, Page::Calendars})
            reload(page);
        reloadNextFire();
    });
    connect(m_session, &ConsoleSession::nodeRunningChanged, this, [this] {
        updateActions();
        updateStatusBar();
    });
    // The agenda forwards its summary to the page's own signal, as the lists do.
    connect(m_agendaView, &AgendaView::reloaded, this, [this] { emit pageReloaded(Page::Agenda); });
    connect(m_session, &ConsoleSession::databaseAvailabilityChanged, this,
            [this](bool available, const QString &message) {
                m_banner->setText(tr("The database cannot be reached: %1").arg(message));
                m_banner->setVisible(!available);
            });

    m_notificationSettings = NotificationSettings::load(); // read once here, again after the preferences
    m_watcher = new FailureWatcher(m_session->store(), [session] { return session->clock().nowMs(); }, m_session);
    connect(m_watcher, &FailureWatcher::executionFailed, this, [this](const ExecutionRecord &r) {
        if (!m_notificationSettings.wants(NotificationSettings::Kind::FailedExecution, r.job.group()))
            return;
        notify(r.status == ExecutionStatus::TimedOut ? tr("%1 timed out").arg(r.job.toString())
                                                     : tr("%1 failed").arg(r.job.toString()),
               tr("On node %1 at %2%3")
                   .arg(r.instanceId, DisplayText::instant(r.fireTime),
                        r.errorMessage.isEmpty() ? QString() : QStringLiteral(": ") + r.errorMessage.simplified().left(200)),
               Page::History, r.fireInstanceId);
    });
    connect(m_watcher, &FailureWatcher::misfired, this, [this](const MisfireRecord &m) {
        if (!m_notificationSettings.wants(NotificationSettings::Kind::Misfire, m.job.group()))
            return;
        notify(tr("%1 misfired").arg(m.trigger.toString()),
               tr("It was due at %1 and was found late by node %2.").arg(DisplayText::instant(m.scheduledTime), m.instanceId),
               Page::Misfires, m.trigger.toString());
    });
    connect(m_watcher, &FailureWatcher::unreadCountChanged, this, &MainWindow::updateBadge);
    m_watcher->start();

    if (m_runJobsWanted && m_session->mayChangeSchedule())
        setNodeRunning(true);
    // The page shown, and what the status bar needs (the cluster's nodes, the next fire); the other pages load when
    // they are shown.
    reload(currentPage());
    if (currentPage() != Page::Nodes)
        reload(Page::Nodes);
    reloadNextFire();
    updateActions();
    updateStatusBar();
    m_ticker->start();
}

namespace {

/// One page of a list query and how many rows the query matches, off the GUI thread; \a done gets both.
template <typename Row, typename Done>
void loadCountedPage(QObject *context, std::shared_ptr<JobStore> store, const ListQuery &query,
                     Result<QList<Row>> (JobStore::*list)(const ListQuery &),
                     Result<qint64> (JobStore::*count)(const ListQuery &), Done done)
{
    runAsync(context, [store, query, list, count]() -> Result<std::pair<QList<Row>, qint64>> {
        Result<QList<Row>> rows = (store.get()->*list)(query);
        if (!rows)
            return fail(rows.error());
        // A page shorter than asked for is the whole list: no second scan to count it.
        Result<qint64> total = rows->size() < query.limit ? Result<qint64>(rows->size()) : (store.get()->*count)(query);
        if (!total)
            return fail(total.error());
        return std::make_pair(std::move(rows).value(), *total);
    }, std::move(done));
}

} // namespace

void MainWindow::reload(Page page)
{
    if (!m_session)
        return;
    const quint64 generation = ++m_generation[page];
    const auto current = [this, page, generation] { return m_generation.value(page) == generation; };
    std::shared_ptr<JobStore> store = m_session->store();
    ListPage *list = listPage(page);
    const QString filter = list ? list->filterText() : QString();

    switch (page) {
    case Page::Jobs:
    case Page::Triggers: {
        // Refreshing the same query keeps as many rows as were scrolled into view; a new filter or order starts
        // again with one page.
        ListQuery query = listQuery(page);
        const QString shape = QStringLiteral("%1\x1f%2\x1f%3").arg(filter).arg(int(query.order)).arg(query.descending);
        const bool sameQuery = m_loadedShape.value(page) == shape;
        KeyedTableModel *model = pagedModel(page);
        query.limit = sameQuery ? std::max(ListPageSize, model->rowCount()) : ListPageSize;
        // What both lists do with a page that arrives; \a setRows hands the rows to the model.
        const auto apply = [this, page, list, model, current, shape, sameQuery](
                               const QString &error, qint64 total, const std::function<void()> &setRows) {
            if (!current())
                return;
            if (!error.isEmpty()) {
                model->moreRowsFailed();
                list->setStatus(error, true);
                return;
            }
            m_loadedShape.insert(page, shape);
            // The count first: the view asks for more as soon as the rows change, if the count says there is.
            if (!sameQuery)
                list->view()->scrollToTop(); // a new filter or order starts at its first row
            model->setTotalRows(total);
            setRows();
            list->setStatus(listStatus(page));
            updateActions();
            emit pageReloaded(page);
        };
        if (page == Page::Jobs) {
            loadCountedPage(this, store, query, &JobStore::listJobs, &JobStore::countJobs,
                            [this, apply](Result<std::pair<QList<JobDetail>, qint64>> jobs) {
                                if (!jobs)
                                    return apply(jobs.error(), 0, {});
                                apply({}, jobs->second, [&] { m_jobsModel->setJobs(std::move(jobs->first)); });
                            });
        } else {
            loadCountedPage(this, store, query, &JobStore::listTriggers, &JobStore::countTriggers,
                            [this, apply](Result<std::pair<QList<StoredTrigger>, qint64>> triggers) {
                                if (!triggers)
                                    return apply(triggers.error(), 0, {});
                                apply({}, triggers->second, [&] {
                                    m_triggersModel->setNow(m_session->clock().nowMs());
                                    m_triggersModel->setTriggers(std::move(triggers->first));
                                });
                            });
        }
        break;
    }
    case Page::Calendars:
        runAsync(this, [store]() -> Result<QList<CalendarsModel::Row>> {
            Result<QStringList> names = store->calendarNames();
            if (!names)
                return fail(names.error());
            Result<QHash<QString, qint64>> uses = store->calendarUseCounts();
            if (!uses)
                return fail(uses.error());
            QList<CalendarsModel::Row> rows;
            for (const QString &name : *names) {
                Result<CalendarPtr> calendar = store->retrieveCalendar(name);
                if (!calendar)
                    return fail(calendar.error());
                rows.append({name, *calendar, int(uses->value(name))});
            }
            return rows;
        }, [this, list, current](Result<QList<CalendarsModel::Row>> rows) {
            if (!current())
                return;
            if (!rows) {
                list->setStatus(rows.error(), true);
                return;
            }
            m_calendarsModel->setCalendars(std::move(rows).value());
            list->setStatus(tr("%n calendar(s)", nullptr, m_calendarsModel->rowCount()));
            updateActions();
            emit pageReloaded(Page::Calendars);
        });
        break;
    case Page::Nodes:
        runAsync(this, [store] { return store->nodes(kDefaultFailureGraceMs); },
                 [this, list, current](Result<QList<NodeRecord>> nodes) {
                     if (!current())
                         return;
                     if (!nodes) {
                         list->setStatus(nodes.error(), true);
                         return;
                     }
                     m_nodesModel->setNodes(std::move(nodes).value());
                     list->setStatus(tr("%n node(s), %1 active", nullptr, m_nodesModel->rowCount())
                                         .arg(m_nodesModel->activeCount()));
                     updateStatusBar();
                     emit pageReloaded(Page::Nodes);
                 });
        break;
    case Page::Running: {
        runAsync(this, [store]() -> Result<std::pair<QList<RunningExecution>, qint64>> {
            Result<QList<RunningExecution>> running = store->runningExecutions();
            if (!running)
                return fail(running.error());
            Result<qint64> now = store->databaseTime();
            if (!now)
                return fail(now.error());
            return std::pair(std::move(running).value(), *now);
        }, [this, list, current](Result<std::pair<QList<RunningExecution>, qint64>> running) {
            if (!current())
                return;
            if (!running) {
                list->setStatus(running.error(), true);
                return;
            }
            m_runningModel->setExecutions(std::move(running->first), running->second);
            list->setStatus(tr("%n execution(s) running in the cluster", nullptr, m_runningModel->rowCount()));
            updateActions();
            emit pageReloaded(Page::Running);
        });
        break;
    }
    case Page::Misfires:
        runAsync(this, [store]() -> Result<std::pair<QList<MisfireRecord>, QHash<QString, TriggerKind>>> {
            Result<QList<MisfireRecord>> misfires = store->misfireLog(std::nullopt, MisfireLimit);
            if (!misfires)
                return fail(misfires.error());
            // The instruction numbers mean different things per trigger kind: look the kinds up.
            QHash<QString, TriggerKind> kinds;
            for (const MisfireRecord &m : *misfires) {
                const QString key = m.trigger.toString();
                if (kinds.contains(key))
                    continue;
                Result<std::optional<StoredTrigger>> t = store->retrieveTrigger(m.trigger);
                if (t && *t)
                    kinds.insert(key, (*t)->trigger.kind());
                if (kinds.size() > 200)
                    break;
            }
            return std::pair(std::move(misfires).value(), kinds);
        }, [this, list, current](Result<std::pair<QList<MisfireRecord>, QHash<QString, TriggerKind>>> misfires) {
            if (!current())
                return;
            if (!misfires) {
                list->setStatus(misfires.error(), true);
                return;
            }
            m_misfiresModel->setMisfires(std::move(misfires->first), std::move(misfires->second));
            const int n = m_misfiresModel->rowCount();
            list->setStatus(n >= MisfireLimit ? tr("The newest %n misfire(s)", nullptr, n)
                                              : tr("%n misfire(s)", nullptr, n));
            emit pageReloaded(Page::Misfires);
        });
        break;
    case Page::History:
        if (m_historyView)
            m_historyView->refresh();
        emit pageReloaded(Page::History);
        break;
    case Page::Agenda:
        if (m_agendaView)
            m_agendaView->reload();
        break;
    case Page::Count:
        break;
    }
}

void MainWindow::tick()
{
    ++m_ticks;
    const Page page = currentPage();
    // What other nodes do shows within a second on the live pages, within five on the others.
    // A Jobs or Triggers page scrolled far down holds thousands of rows: refreshing them costs more, so less often.
    const int listed = page == Page::Jobs || page == Page::Triggers ? pagedModel(page)->rowCount() : 0;
    const int every = listed > 4 * ListPageSize ? 30 : 5;
    if (page == Page::Nodes || page == Page::Running)
        reload(page);
    else if (m_ticks % every == 0 && page != Page::History && page != Page::Agenda)
        reload(page);
    else if (m_ticks % 3 == 0 && page == Page::History)
        reload(page); // new executions on top
    else if (m_ticks % 60 == 0 && page == Page::Agenda)
        reload(page); // the period moves on
    if (m_ticks % 5 == 0 && page != Page::Nodes)
        reload(Page::Nodes); // for the cluster count in the status bar
    // Other nodes change the schedule too; and the next fire, once passed, gives way to the one after it.
    if (m_ticks % 5 == 0
        || (m_nextFire && *m_nextFire->trigger.nextFireTime() <= m_session->clock().nowMs()))
        reloadNextFire();
    updateStatusBar();
}

ListQuery MainWindow::listQuery(Page page) const
{
    const ListPage *list = m_lists.value(page);
    ListQuery query;
    query.textContains = list->filterText();
    const int column = list->engineSortColumn();
    const std::optional<ListOrder> order = page == Page::Jobs ? JobsModel::engineOrder(column)
                                                              : TriggersModel::engineOrder(column);
    if (column >= 0 && order) {
        query.order = *order;
        query.descending = list->engineSortOrder() == Qt::DescendingOrder;
    }
    return query;
}

QString MainWindow::listStatus(Page page) const
{
    const KeyedTableModel *model = pagedModel(page);
    const int total = int(model->totalRows());
    const QString filter = m_lists.value(page)->filterText();
    const QString count = page == Page::Jobs
        ? (filter.isEmpty() ? tr("%n job(s)", nullptr, total)
                            : tr("%n job(s) match \u201c%1\u201d", nullptr, total).arg(filter))
        : (filter.isEmpty() ? tr("%n trigger(s)", nullptr, total)
                            : tr("%n trigger(s) match \u201c%1\u201d", nullptr, total).arg(filter));
    if (model->rowCount() >= total)
        return count;
    return tr("%1 (the first %2 are listed; scroll for more)").arg(count, QLocale().toString(model->rowCount()));
}

void MainWindow::loadMore(Page page, int offset)
{
    if (!m_session)
        return;
    const quint64 generation = m_generation.value(page);
    const auto current = [this, page, generation] { return m_generation.value(page) == generation; };
    std::shared_ptr<JobStore> store = m_session->store();
    ListQuery query = listQuery(page);
    query.offset = offset;
    query.limit = ListPageSize;
    ListPage *list = m_lists.value(page);
    KeyedTableModel *model = pagedModel(page);
    // What both lists do with the page that arrives; \a append hands its rows to the model.
    const auto settle = [this, page, list, model, current](const QString &error, const std::function<void()> &append) {
        if (!current())
            return;
        if (!error.isEmpty()) {
            model->moreRowsFailed();
            list->setStatus(error, true);
            return;
        }
        append();
        list->setStatus(listStatus(page));
    };
    if (page == Page::Jobs) {
        runAsync(this, [store, query] { return store->listJobs(query); }, [this, settle](Result<QList<JobDetail>> jobs) {
            if (!jobs)
                return settle(jobs.error(), {});
            settle({}, [&] { m_jobsModel->appendJobs(std::move(jobs).value()); });
        });
    } else {
        runAsync(this, [store, query] { return store->listTriggers(query); },
                 [this, settle](Result<QList<StoredTrigger>> triggers) {
                     if (!triggers)
                         return settle(triggers.error(), {});
                     settle({}, [&] { m_triggersModel->appendTriggers(std::move(triggers).value()); });
                 });
    }
}

KeyedTableModel *MainWindow::pagedModel(Page page) const
{
    return page == Page::Jobs ? static_cast<KeyedTableModel *>(m_jobsModel) : m_triggersModel;
}

void MainWindow::reloadNextFire()
{
    if (!m_session)
        return;
    const quint64 generation = ++m_nextFireGeneration;
    std::shared_ptr<JobStore> store = m_session->store();
    runAsync(this, [store] {
        ListQuery query;
        query.states = {TriggerState::Waiting};
        query.order = ListOrder::NextFireTime;
        query.limit = 1;
        return store->listTriggers(query);
    }, [this, generation](Result<QList<StoredTrigger>> next) {
        if (generation != m_nextFireGeneration || !next)
            return; // an unreachable database shows in the banner; the label keeps its last answer
        m_nextFireLoaded = true;
        m_nextFire.reset();
        if (!next->isEmpty() && next->constFirst().trigger.nextFireTime())
            m_nextFire = next->constFirst();
        updateStatusBar();
    });
}

void MainWindow::updateStatusBar()
{
    if (!m_session) {
        m_nodeLabel->clear();
        m_clusterLabel->clear();
        m_nextFireLabel->clear();
        return;
    }
    if (m_stoppingNode)
        m_nodeLabel->setText(tr("Stopping this node: waiting for %n job(s)…", nullptr, m_session->runningHereCount()));
    else if (m_session->isNodeRunning())
        m_nodeLabel->setText(tr("Running jobs here (%n running)", nullptr, m_session->runningHereCount()));
    else
        m_nodeLabel->setText(tr("Observer (runs no jobs)"));
    const int active = m_nodesModel->activeCount();
    m_clusterLabel->setText(tr("%n active node(s)", nullptr, active));
    m_clusterLabel->setStyleSheet(active == 0 ? QStringLiteral("color: #c01c28;") : QString());
    m_clusterLabel->setToolTip(active == 0 ? tr("No node runs the schedule: nothing will fire. Turn on \u201cRun jobs "
                                                "on this computer\u201d or start a qronosctl node.")
                                           : QString());

    if (!m_nextFireLoaded) {
        m_nextFireLabel->clear();
        m_nextFireLabel->setToolTip(QString());
        return;
    }
    if (m_nextFire) {
        const Trigger &next = m_nextFire->trigger;
        const qint64 at = *next.nextFireTime();
        m_nextFireLabel->setText(tr("Next: %1 %2").arg(next.jobKey().name(),
                                                       DisplayText::relative(at, m_session->clock().nowMs())));
        m_nextFireLabel->setToolTip(tr("%1 at %2").arg(next.key().toString(), DisplayText::instant(at)));
    } else {
        m_nextFireLabel->setText(tr("Nothing scheduled"));
        m_nextFireLabel->setToolTip(QString());
    }
}

void MainWindow::setNodeRunning(bool run)
{
    if (!m_session || m_stoppingNode)
        return;
    if (run) {
        // Joining takes a few round trips to the database (the clock offset); short enough for the GUI thread.
        const Result<Done> started = m_session->startNode();
        if (!started) {
            QMessageBox::warning(this, tr("This computer cannot run jobs"), started.error());
            m_banner->setText(tr("This console only watches: %1").arg(started.error()));
            m_banner->show();
        } else {
            m_banner->hide();
        }
    } else if (m_session->isNodeRunning()) {
        const int running = m_session->runningHereCount();
        bool interrupt = false;
        if (running > 0) {
            QMessageBox box(QMessageBox::Question, tr("Jobs are running"),
                            tr("%n job(s) run on this computer now.", nullptr, running), QMessageBox::Cancel, this);
            box.setObjectName(QStringLiteral("stopNodeWhileRunning"));
            box.setInformativeText(tr("Wait lets them finish (up to 30 seconds); this computer takes no new jobs "
                                      "meanwhile. Interrupt asks them to stop at once; they are recorded as "
                                      "interrupted."));
            QPushButton *wait = box.addButton(tr("Wait"), QMessageBox::AcceptRole);
            QPushButton *stop = box.addButton(tr("Interrupt"), QMessageBox::DestructiveRole);
            box.setDefaultButton(wait);
            box.exec();
            if (box.clickedButton() != static_cast<QAbstractButton *>(wait)
                && box.clickedButton() != static_cast<QAbstractButton *>(stop)) {
                updateActions(); // the action's check mark goes back
                return;
            }
            interrupt = box.clickedButton() == static_cast<QAbstractButton *>(stop);
        }
        if (running > 0 && !interrupt) {
            // No new claims; the window stays responsive while the running jobs finish, then the node stops (what is
            // still running after 30 s is interrupted).
            m_stoppingNode = true;
            m_session->scheduler().standby();
            ConsoleSession *session = m_session;
            auto *poll = new QTimer(this);
            QElapsedTimer waited;
            waited.start();
            connect(poll, &QTimer::timeout, this, [this, poll, session, waited] {
                if (m_session != session) { // another database was opened meanwhile; its session went with it
                    poll->deleteLater();
                    m_stoppingNode = false;
                    return;
                }
                if (m_session->runningHereCount() > 0 && waited.elapsed() < 30000) {
                    updateStatusBar();
                    return;
                }
                poll->deleteLater();
                m_session->stopNode(false);
                m_stoppingNode = false;
                updateActions();
                updateStatusBar();
                reload(Page::Nodes);
            });
            poll->start(200);
            updateActions();
            updateStatusBar();
            return;
        }
        m_session->stopNode(false);
    }
    updateActions();
    updateStatusBar();
    reload(Page::Nodes);
}

// ---- changes ---------------------------------------------------------------------------------------------------

void MainWindow::applyChange(const QString &what, std::function<QString()> change)
{
    runAsync(this, std::move(change), [this, what](QString error) {
        if (error.isEmpty()) {
            statusBar()->showMessage(what, 5000);
        } else {
            statusBar()->showMessage(error, 10000);
            QMessageBox::warning(this, tr("The change was not made"), error);
        }
        // Jobs, triggers and calendars reload on the scheduler's scheduleChanged(); what runs changes without it.
        reload(Page::Running);
        emit changeApplied(error);
    });
}

void MainWindow::withEditorContext(std::function<void(const EditorContext &)> open)
{
    if (!m_session)
        return;
    // The editors check names against everything stored, not only the rows a filter shows: read it all first.
    std::shared_ptr<JobStore> store = m_session->store();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    runAsync(this, [store]() -> Result<EditorContext> {
        EditorContext c;
        Result<QList<JobDetail>> jobs = store->listJobs({});
        if (!jobs)
            return fail(jobs.error());
        c.jobs = std::move(jobs).value();
        Result<QList<StoredTrigger>> triggers = store->listTriggers({});
        if (!triggers)
            return fail(triggers.error());
        c.triggers = std::move(triggers).value();
        Result<QStringList> names = store->calendarNames();
        if (!names)
            return fail(names.error());
        for (const QString &name : *names) {
            Result<CalendarPtr> calendar = store->retrieveCalendar(name);
            if (!calendar)
                return fail(calendar.error());
            c.calendars.insert(name, *calendar);
        }
        return c;
    }, [this, open = std::move(open)](Result<EditorContext> context) {
        QApplication::restoreOverrideCursor();
        if (!context) {
            QMessageBox::warning(this, tr("Cannot read the schedule"), context.error());
            return;
        }
        open(*context);
    });
}

QSet<JobKey> MainWindow::EditorContext::jobKeys() const
{
    QSet<JobKey> keys;
    for (const JobDetail &j : jobs)
        keys.insert(j.key());
    return keys;
}

QSet<TriggerKey> MainWindow::EditorContext::triggerKeys() const
{
    QSet<TriggerKey> keys;
    for (const StoredTrigger &t : triggers)
        keys.insert(t.trigger.key());
    return keys;
}

void MainWindow::editJob(const EditorContext &context, std::optional<JobDetail> existing, bool duplicate)
{
    JobEditorDialog dialog(m_session->registry(), context.jobKeys(), this);
    if (existing && duplicate)
        dialog.setDuplicateOf(*existing);
    else if (existing)
        dialog.setJob(*existing);
    dialog.setWindowTitle(existing && !duplicate ? tr("Edit job %1").arg(existing->key().toString()) : tr("New job"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    JobDetail job = dialog.job();
    std::shared_ptr<Scheduler> s = m_session->schedulerHandle();
    if (existing && !duplicate) {
        applyChange(tr("Saved job %1").arg(job.key().toString()), [s, job] {
            const Result<Done> r = s->updateJob(job);
            return r ? QString() : r.error();
        });
        return;
    }
    if (job.isDurable()) {
        applyChange(tr("Added job %1").arg(job.key().toString()), [s, job] {
            const Result<Done> r = s->addJob(job);
            return r ? QString() : r.error();
        });
        return;
    }
    // A job that is not durable lives only with a trigger: ask for its first one now, and store both at once.
    QList<JobKey> jobs;
    for (const JobDetail &j : context.jobs)
        jobs.append(j.key());
    jobs.append(job.key());
    TriggerEditorDialog triggerDialog(jobs, context.calendars, context.triggerKeys(), this);
    triggerDialog.setWindowTitle(tr("First trigger of %1").arg(job.key().toString()));
    triggerDialog.setJob(job.key());
    if (triggerDialog.exec() != QDialog::Accepted) {
        const auto answer = QMessageBox::question(
            this, tr("Job without a trigger"),
            tr("Job %1 is not durable, so it cannot be stored without a trigger. Store it as a durable job that runs "
               "only when fired by hand or by a trigger added later?")
                .arg(job.key().toString()),
            QMessageBox::Save | QMessageBox::Discard, QMessageBox::Save);
        if (answer != QMessageBox::Save)
            return;
        job.setDurable(true);
        applyChange(tr("Added job %1").arg(job.key().toString()), [s, job] {
            const Result<Done> r = s->addJob(job);
            return r ? QString() : r.error();
        });
        return;
    }
    const Trigger trigger = triggerDialog.trigger();
    applyChange(tr("Added job %1 with trigger %2").arg(job.key().toString(), trigger.key().toString()),
                [s, job, trigger] {
                    const Result<qint64> r = s->scheduleJob(job, trigger);
                    return r ? QString() : r.error();
                });
}

void MainWindow::editTrigger(const EditorContext &context, std::optional<Trigger> existing, bool duplicate,
                             const JobKey &forJob)
{
    QList<JobKey> jobs;
    for (const JobDetail &j : context.jobs)
        jobs.append(j.key());
    if (jobs.isEmpty()) {
        QMessageBox::information(this, tr("New trigger"), tr("A trigger runs a job: add a job first."));
        return;
    }
    TriggerEditorDialog dialog(jobs, context.calendars, context.triggerKeys(), this);
    const qint64 now = m_session->clock().nowMs();
    if (existing) {
        Trigger shown = *existing;
        if (duplicate) {
            QSet<JobKey> taken; // freeCopyName works on job keys; the trigger keys are mapped onto them
            for (const TriggerKey &k : context.triggerKeys())
                taken.insert(JobKey(k.name(), k.group()));
            shown.setKey(TriggerKey(JobEditorDialog::freeCopyName(shown.key().name(), shown.key().group(), taken),
                                    shown.key().group()));
        }
        dialog.setTrigger(shown);
        dialog.setWindowTitle(duplicate ? tr("Duplicate trigger %1").arg(existing->key().toString())
                                        : tr("Edit trigger %1").arg(existing->key().toString()));
    } else {
        dialog.setWindowTitle(tr("New trigger"));
        if (!forJob.name().isEmpty())
            dialog.setJob(forJob);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    Trigger trigger = dialog.trigger();
    // A changed trigger starts again from its start time, as Quartz's rescheduleJob does; one in the past would
    // make its first fire a misfire at once. So an edited trigger starts now at the earliest.
    if (trigger.startTime() < now)
        trigger.setStartTime(now);
    std::shared_ptr<Scheduler> s = m_session->schedulerHandle();
    if (existing && !duplicate) {
        const TriggerKey original = dialog.originalKey().value_or(existing->key());
        applyChange(tr("Saved trigger %1").arg(trigger.key().toString()), [s, original, trigger] {
            const Result<std::optional<qint64>> r = s->rescheduleTrigger(original, trigger);
            if (!r)
                return r.error();
            return *r ? QString()
                      : tr("Trigger %1 no longer exists; it was deleted meanwhile.").arg(original.toString());
        });
        return;
    }
    applyChange(tr("Added trigger %1").arg(trigger.key().toString()), [s, trigger] {
        const Result<qint64> r = s->scheduleTrigger(trigger);
        return r ? QString() : r.error();
    });
}

void MainWindow::editCalendar(const EditorContext &context, const QString &existingName)
{
    CalendarEditorDialog::Context c;
    c.calendars = context.calendars;
    for (auto it = context.calendars.cbegin(); it != context.calendars.cend(); ++it)
        c.takenNames.insert(it.key());
    // Preview with the triggers that use this calendar, else with any (a few are enough to choose from).
    for (const StoredTrigger &t : context.triggers) {
        if (!existingName.isEmpty() && t.trigger.calendarName() == existingName)
            c.previewTriggers.append(t.trigger);
    }
    for (const StoredTrigger &t : context.triggers) {
        if (c.previewTriggers.size() >= 50)
            break;
        if (existingName.isEmpty() || t.trigger.calendarName() != existingName)
            c.previewTriggers.append(t.trigger);
    }
    CalendarEditorDialog dialog(c, this);
    if (!existingName.isEmpty()) {
        dialog.setCalendar(existingName, context.calendars.value(existingName));
        dialog.setWindowTitle(tr("Edit calendar %1").arg(existingName));
    } else {
        dialog.setWindowTitle(tr("New calendar"));
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.name();
    const CalendarPtr calendar = dialog.calendar();
    if (!calendar)
        return;
    const bool replace = !existingName.isEmpty();
    std::shared_ptr<Scheduler> s = m_session->schedulerHandle();
    applyChange(replace ? tr("Saved calendar %1; its triggers' next fire times were updated").arg(name)
                        : tr("Added calendar %1").arg(name),
                [s, name, calendar, replace] {
                    const Result<Done> r = s->addCalendar(name, calendar, replace, true);
                    return r ? QString() : r.error();
                });
}

void MainWindow::newItem()
{
    const Page page = currentPage();
    JobKey forJob;
    if (ListPage *list = listPage(page); list && list->currentSourceRow() >= 0) {
        if (page == Page::Jobs)
            forJob = m_jobsModel->job(list->currentSourceRow()).key();
        else if (page == Page::Triggers)
            forJob = m_triggersModel->trigger(list->currentSourceRow()).trigger.jobKey();
    }
    withEditorContext([this, page, forJob](const EditorContext &context) {
        if (page == Page::Jobs)
            editJob(context, std::nullopt, false);
        else if (page == Page::Triggers)
            editTrigger(context, std::nullopt, false, forJob);
        else if (page == Page::Calendars)
            editCalendar(context, QString());
    });
}

void MainWindow::editItem()
{
    if (m_editAction->isEnabled()) // a double-click on a read-only database opens nothing it could not save
        openSelected(false);
}

void MainWindow::duplicateItem()
{
    openSelected(true);
}

void MainWindow::openSelected(bool duplicate)
{
    const Page page = currentPage();
    ListPage *list = listPage(page);
    if (!m_session || !list || list->currentSourceRow() < 0)
        return;
    const int row = list->currentSourceRow();
    if (page == Page::Jobs) {
        const JobDetail job = m_jobsModel->job(row);
        withEditorContext([this, job, duplicate](const EditorContext &c) { editJob(c, job, duplicate); });
    } else if (page == Page::Triggers) {
        const Trigger trigger = m_triggersModel->trigger(row).trigger;
        withEditorContext([this, trigger, duplicate](const EditorContext &c) {
            editTrigger(c, trigger, duplicate, trigger.jobKey());
        });
    } else if (page == Page::Calendars && !duplicate) {
        const QString name = m_calendarsModel->row(row).name;
        withEditorContext([this, name](const EditorContext &c) { editCalendar(c, name); });
    }
}

void MainWindow::pauseSelection(bool pause)
{
    ListPage *list = listPage(currentPage());
    if (!m_session || !list)
        return;
    std::shared_ptr<Scheduler> s = m_session->schedulerHandle();
    const QList<int> rows = list->selectedSourceRows();
    if (currentPage() == Page::Jobs) {
        QList<JobKey> keys;
        for (int row : rows)
            keys.append(m_jobsModel->job(row).key());
        applyChange(pause ? tr("Paused %n job(s)", nullptr, int(keys.size()))
                          : tr("Resumed %n job(s)", nullptr, int(keys.size())),
                    [s, keys, pause] {
                        for (const JobKey &key : keys) {
                            const Result<bool> r = pause ? s->pauseJob(key) : s->resumeJob(key);
                            if (!r)
                                return r.error();
                        }
                        return QString();
                    });
    } else if (currentPage() == Page::Triggers) {
        QList<TriggerKey> keys;
        for (int row : rows)
            keys.append(m_triggersModel->trigger(row).trigger.key());
        applyChange(pause ? tr("Paused %n trigger(s)", nullptr, int(keys.size()))
                          : tr("Resumed %n trigger(s)", nullptr, int(keys.size())),
                    [s, keys, pause] {
                        for (const TriggerKey &key : keys) {
                            const Result<bool> r = pause ? s->pauseTrigger(key) : s->resumeTrigger(key);
                            if (!r)
                                return r.error();
                        }
                        return QString();
                    });
    }
}

void MainWindow::fireSelection()
{
    ListPage *list = listPage(currentPage());
    if (!m_session || !list)
        return;
    QList<JobKey> jobs;
    for (int row : list->selectedSourceRows()) {
        const JobKey key = currentPage() == Page::Jobs ? m_jobsModel->job(row).key()
                                                       : m_triggersModel->trigger(row).trigger.jobKey();
        if (!jobs.contains(key))
            jobs.append(key);
    }
    if (jobs.isEmpty())
        return;
    std::shared_ptr<Scheduler> s = m_session->schedulerHandle();
    applyChange(tr("Fired %n job(s) now", nullptr, int(jobs.size())), [s, jobs] {
        for (const JobKey &key : jobs) {
            const Result<TriggerKey> r = s->triggerJob(key);
            if (!r)
                return r.error();
        }
        return QString();
    });
}

void MainWindow::interruptSelection()
{
    ListPage *list = listPage(currentPage());
    if (!m_session || !list)
        return;
    std::shared_ptr<Scheduler> s = m_session->schedulerHandle();
    const QList<int> rows = list->selectedSourceRows();
    if (currentPage() == Page::Running) {
        QStringList fires;
        for (int row : rows)
            fires.append(m_runningModel->execution(row).fireInstanceId);
        applyChange(tr("Asked %n execution(s) to stop", nullptr, int(fires.size())), [s, fires] {
            for (const QString &fire : fires) {
                const Result<bool> r = s->interruptFireEverywhere(fire);
                if (!r)
                    return r.error();
            }
            return QString();
        });
    } else if (currentPage() == Page::Jobs) {
        QList<JobKey> keys;
        for (int row : rows)
            keys.append(m_jobsModel->job(row).key());
        applyChange(tr("Asked every running execution of %n job(s) to stop", nullptr, int(keys.size())), [s, keys] {
            for (const JobKey &key : keys) {
                const Result<int> r = s->interruptJobEverywhere(key);
                if (!r)
                    return r.error();
            }
            return QString();
        });
    }
}

void MainWindow::deleteSelection()
{
    ListPage *list = listPage(currentPage());
    if (!m_session || !list)
        return;
    const QList<int> rows = list->selectedSourceRows();
    if (rows.isEmpty())
        return;
    std::shared_ptr<Scheduler> s = m_session->schedulerHandle();
    const Page page = currentPage();
    QStringList names;
    if (page == Page::Jobs) {
        for (int row : rows)
            names.append(m_jobsModel->job(row).key().toString());
    } else if (page == Page::Triggers) {
        for (int row : rows)
            names.append(m_triggersModel->trigger(row).trigger.key().toString());
    } else if (page == Page::Calendars) {
        for (int row : rows)
            names.append(m_calendarsModel->row(row).name);
    }
    QString question;
    if (page == Page::Jobs)
        question = tr("Delete %n job(s) and all their triggers?", nullptr, int(names.size()));
    else if (page == Page::Triggers)
        question = tr("Delete %n trigger(s)? A job that is not durable is deleted with its last trigger.", nullptr,
                      int(names.size()));
    else
        question = tr("Delete %n calendar(s)? A calendar that triggers still use cannot be deleted.", nullptr,
                      int(names.size()));
    QMessageBox box(QMessageBox::Warning, tr("Delete"), question, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteConfirmation"));
    box.setDetailedText(names.join(QLatin1Char('\n')));
    box.setInformativeText(names.size() <= 5 ? names.join(QStringLiteral(", ")) : QString());
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(remove))
        return;

    if (page == Page::Jobs) {
        QList<JobKey> keys;
        for (int row : rows)
            keys.append(m_jobsModel->job(row).key());
        applyChange(tr("Deleted %n job(s)", nullptr, int(keys.size())), [s, keys] {
            for (const JobKey &key : keys) {
                const Result<bool> r = s->deleteJob(key);
                if (!r)
                    return r.error();
            }
            return QString();
        });
    } else if (page == Page::Triggers) {
        QList<TriggerKey> keys;
        for (int row : rows)
            keys.append(m_triggersModel->trigger(row).trigger.key());
        applyChange(tr("Deleted %n trigger(s)", nullptr, int(keys.size())), [s, keys] {
            for (const TriggerKey &key : keys) {
                const Result<bool> r = s->unscheduleTrigger(key);
                if (!r)
                    return r.error();
            }
            return QString();
        });
    } else {
        applyChange(tr("Deleted %n calendar(s)", nullptr, int(names.size())), [s, names] {
            for (const QString &name : names) {
                const Result<bool> r = s->deleteCalendar(name);
                if (!r)
                    return r.error();
            }
            return QString();
        });
    }
}

// ---- window ----------------------------------------------------------------------------------------------------

SchedulePreviewWidget *MainWindow::schedulePreview()
{
    if (!m_previewWindow) {
        auto *window = new QWidget(this, Qt::Window);
        window->setObjectName(QStringLiteral("schedulePreviewWindow"));
        window->setWindowTitle(tr("Schedule preview"));
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        m_preview = new SchedulePreviewWidget(window);
        auto *layout = new QVBoxLayout(window);
        layout->addWidget(m_preview);
        auto *status = new QLabel(window);
        layout->addWidget(status);
        connect(m_preview, &SchedulePreviewWidget::statusMessage, status, &QLabel::setText);
        const QSettings settings;
        m_preview->restoreSettings(settings);
        window->resize(QSize(1100, 700).boundedTo(screen() ? screen()->availableSize() * 0.9 : QSize(1100, 700)));
        m_previewWindow = window;
    }
    return m_preview;
}

void MainWindow::showSchedulePreview()
{
    schedulePreview();
    m_previewWindow->show();
    m_previewWindow->raise();
    m_previewWindow->activateWindow();
}

QList<JobKey> MainWindow::selectedJobKeys() const
{
    QList<JobKey> keys;
    const Page page = currentPage();
    ListPage *list = listPage(page);
    if (!list || (page != Page::Jobs && page != Page::Triggers))
        return keys;
    for (int row : list->selectedSourceRows()) {
        const JobKey key = page == Page::Jobs ? m_jobsModel->job(row).key()
                                              : m_triggersModel->trigger(row).trigger.jobKey();
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

void MainWindow::showImport()
{
    if (!m_session || !m_session->mayChangeSchedule())
        return;
    const QString path = ExchangeFiles::chooseOpenFile(
        this, tr("Import a Schedule"),
        tr("Schedule files (*.json *.xml);;Qronos JSON files (*.json);;Quartz XML files (*.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportScheduleDialog dialog(m_session->store(), m_session->schedulerHandle(), this);
    dialog.setFile(path);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The lists reload on the scheduler's scheduleChanged(), as after any other change.
    statusBar()->showMessage(dialog.summary(), 10000);
}

template <typename Dialog>
void MainWindow::showExportDialog()
{
    if (!m_session)
        return;
    Dialog dialog(m_session->store(), this);
    dialog.selection()->setSelectedJobs(selectedJobKeys());
    connect(&dialog, &Dialog::exported, this, [this, &dialog](const QString &error) {
        if (error.isEmpty())
            statusBar()->showMessage(dialog.summary(), 10000);
    });
    dialog.exec();
}

void MainWindow::showConnections()
{
    ConnectionDialog dialog(m_passwords, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<ConsoleOptions> options = dialog.consoleOptions();
    if (!options) {
        QMessageBox::warning(this, tr("Cannot connect"), options.error());
        return;
    }
    if (dialog.profile().javaQuartz) {
        QuartzObserverWindow::openProfile(dialog.profile(), options->url, this);
        return;
    }
    openDatabase(*options, dialog.profile().runJobsHere);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QList<ConnectionProfile> recent = ConnectionProfiles::load().recentProfiles();
    for (const ConnectionProfile &profile : recent) {
        const Result<DatabaseUrl> url = profile.url();
        QAction *open = m_recentMenu->addAction(url ? tr("%1 \u2014 %2").arg(profile.name, url->toString()) : profile.name);
        const QString name = profile.name;
        connect(open, &QAction::triggered, this, [this, name] { openProfile(name); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent connections"))->setEnabled(false);
}

void MainWindow::openProfile(const QString &name)
{
    ConnectionProfiles profiles = ConnectionProfiles::load();
    const std::optional<ConnectionProfile> profile = profiles.find(name);
    if (!profile)
        return;
    const Result<ConsoleOptions> options = profile->consoleOptions(m_passwords);
    if (!options) {
        QMessageBox::warning(this, tr("Cannot connect"), options.error());
        return;
    }
    profiles.noteUsed(name);
    profiles.save();
    if (profile->javaQuartz) {
        QuartzObserverWindow::openProfile(*profile, options->url, this);
        return;
    }
    openDatabase(*options, profile->runJobsHere);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
    m_notificationSettings = NotificationSettings::load();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Titles, menus and lists follow a language switched in the preferences; the editors show it when next opened.
    if (event->type() == QEvent::LanguageChange && m_navigation) {
        static const char *const titles[] = {QT_TR_NOOP("Jobs"),   QT_TR_NOOP("Triggers"),    QT_TR_NOOP("Calendars"),
                                             QT_TR_NOOP("Nodes"),  QT_TR_NOOP("Running now"), QT_TR_NOOP("Misfires"),
                                             QT_TR_NOOP("History"), QT_TR_NOOP("Agenda")};
        for (int i = 0; i < m_navigation->count() && i < int(std::size(titles)); ++i)
            m_navigation->item(i)->setText(tr(titles[i]));
        updateBadge();
        updateActions();
        updateStatusBar();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(applicationIcon(), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(tr("Qronos"));
    auto *menu = new QMenu(this);
    QAction *show = menu->addAction(tr("Show the console"));
    connect(show, &QAction::triggered, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addAction(m_nodeAction);
    menu->addSeparator();
    QAction *quit = menu->addAction(tr("Quit"));
    connect(quit, &QAction::triggered, this, [this] {
        m_quitting = true;
        close();
    });
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::noticeClicked);
    m_tray->show();
}

void MainWindow::notify(const QString &title, const QString &text, Page page, const QString &id)
{
    // One poll of the watcher can bring hundreds (a node that was away and misfired its backlog): they are shown
    // as one notice once the poll's signals are handled, not one desktop notification each.
    m_pendingNotices.append({title, text, page, id});
    if (m_pendingNotices.size() == 1)
        QTimer::singleShot(0, this, &MainWindow::showPendingNotices);
}

void MainWindow::showPendingNotices()
{
    if (m_pendingNotices.isEmpty())
        return;
    const PendingNotice first = m_pendingNotices.constFirst();
    const int count = int(m_pendingNotices.size());
    m_pendingNotices.clear();
    m_lastNotice = {first.page, first.id};
    const QString title = count == 1 ? first.title : tr("%n new failure(s) or misfire(s)", nullptr, count);
    const QString text = count == 1 ? first.text : tr("The first: %1. %2").arg(first.title, first.text);
    if (m_tray && m_tray->supportsMessages())
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning, 10000);
    statusBar()->showMessage(title + QStringLiteral(": ") + text, 10000);
}

void MainWindow::noticeClicked()
{
    showNormal();
    raise();
    activateWindow();
    showPage(m_lastNotice.page);
    if (m_lastNotice.page == Page::History && m_historyView) {
        m_historyView->showExecution(m_lastNotice.id);
    } else if (m_lastNotice.page == Page::Misfires) {
        for (int row = 0; row < m_misfiresModel->rowCount(); ++row) {
            if (m_misfiresModel->misfire(row).trigger.toString() == m_lastNotice.id) {
                listPage(Page::Misfires)->selectSourceRow(row);
                break;
            }
        }
    }
}

void MainWindow::updateBadge()
{
    const int unread = m_watcher ? m_watcher->unreadCount() : 0;
    const QString base = m_session ? tr("Qronos — %1").arg(m_session->options().displayUrl()) : tr("Qronos");
    setWindowTitle(unread > 0 ? QStringLiteral("(%1) %2").arg(unread).arg(base) : base);
    QListWidgetItem *history = m_navigation->item(int(Page::History));
    history->setText(unread > 0 ? tr("History (%1)").arg(unread) : tr("History"));
    if (!m_tray)
        return;
    m_tray->setToolTip(unread > 0 ? tr("Qronos: %n unread failure(s) or misfire(s)", nullptr, unread) : tr("Qronos"));
    if (unread == 0) {
        m_tray->setIcon(applicationIcon());
        return;
    }
    // The application icon with a red badge holding the count.
    QPixmap pixmap = applicationIcon().pixmap(64, 64);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0xc0, 0x1c, 0x28));
    p.setPen(Qt::white);
    const QRect badge(28, 28, 36, 36);
    p.drawEllipse(badge);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(unread > 99 ? 14 : 20);
    p.setFont(font);
    p.drawText(badge, Qt::AlignCenter, unread > 99 ? QStringLiteral("99+") : QString::number(unread));
    p.end();
    m_tray->setIcon(QIcon(pixmap));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Qronos"),
        tr("<h3>Qronos %1</h3>"
           "<p>A clustered job scheduler with the semantics of Quartz 2.3: cron, simple, calendar-interval and "
           "daily-time-interval triggers, calendars and misfire instructions.</p>"
           "<p>Nodes share one database and never talk to each other.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session && m_session->isNodeRunning() && m_session->runningHereCount() > 0) {
        const int running = m_session->runningHereCount();
        QMessageBox box(QMessageBox::Question, tr("Jobs are running"),
                        tr("%n job(s) run on this computer now.", nullptr, running), QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("closeWhileRunning"));
        box.setInformativeText(tr("Wait lets them finish (up to 30 seconds) before the console closes. Interrupt "
                                  "asks them to stop at once; they are recorded as interrupted."));
        QPushButton *wait = box.addButton(tr("Wait"), QMessageBox::AcceptRole);
        QPushButton *interrupt = box.addButton(tr("Interrupt"), QMessageBox::DestructiveRole);
        QPushButton *tray = nullptr;
        if (m_tray && !m_quitting) {
            tray = box.addButton(tr("Keep running in the tray"), QMessageBox::ActionRole);
            box.setInformativeText(box.informativeText() + QLatin1Char(' ')
                                   + tr("Keep running hides the window; this computer goes on running jobs."));
        }
        box.setDefaultButton(tray ? tray : wait);
        box.exec();
        if (tray && box.clickedButton() == static_cast<QAbstractButton *>(tray)) {
            saveSettings();
            hide();
            event->ignore();
            return;
        }
        if (box.clickedButton() == static_cast<QAbstractButton *>(wait)) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            m_session->stopNode(true, 30000);
            QApplication::restoreOverrideCursor();
        } else if (box.clickedButton() == static_cast<QAbstractButton *>(interrupt)) {
            m_session->stopNode(false);
        } else {
            event->ignore();
            return;
        }
    }
    saveSettings();
    if (m_previewWindow)
        m_previewWindow->close();
    m_ticker->stop();
    if (m_tray)
        m_tray->hide();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/page"), int(currentPage()));
    for (ListPage *list : m_lists)
        list->saveSettings(settings);
    if (m_preview)
        m_preview->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(QSize(1280, 800).boundedTo(available.size() * 0.9));
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    for (ListPage *list : m_lists)
        list->restoreSettings(settings);
    const int page = settings.value(QStringLiteral("mainWindow/page"), 0).toInt();
    if (page >= 0 && page < int(Page::Count))
        showPage(Page(page));
}

} // namespace Qronos
