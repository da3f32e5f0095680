#pragma once

#include "consolesession.h"
#include "notificationsettings.h"
#include "store/jobstore.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;

namespace Qronos {

class ProfileInstanceGuard;

class AgendaView;
class CalendarsModel;
class PasswordStore;
class FailureWatcher;
class HistoryView;
class JobsModel;
class KeyedTableModel;
class ListPage;
class MisfiresModel;
class NodesModel;
class RunningModel;
class SchedulePreviewWidget;
class TriggersModel;

/// The console's main window: navigation between the lists of one open database (jobs, triggers, calendars,
/// nodes, running now, misfires, history), the actions on their rows, and a status bar with the connection, this
/// computer's node and the cluster. Every read and write runs off the GUI thread (runAsync); lists refresh when
/// this process changes the schedule, and on a timer for what other nodes do.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Jobs, Triggers, Calendars, Nodes, Running, Misfires, History, Agenda, Count };
    Q_ENUM(Page)

    /// \a passwords keeps the servers' passwords (the OS keychain in the app); may be null (no saved passwords).
    explicit MainWindow(PasswordStore *passwords = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a database in this window (closing the one open before). The window says "Connecting…" until the
    /// store is open; a failure is shown in the window and in a message box. With \a runJobs, this computer
    /// starts a node.
    void openDatabase(const ConsoleOptions &options, bool runJobs);
    ConsoleSession *session() const { return m_session; }

    Page currentPage() const;
    void showPage(Page page);
    /// The list of a page; null for History and Agenda.
    ListPage *listPage(Page page) const;
    /// Null until a database is open.
    HistoryView *historyView() const { return m_historyView; }
    AgendaView *agendaView() const { return m_agendaView; }
    /// Watches the cluster for failures and misfires; null until a database is open.
    FailureWatcher *failureWatcher() const { return m_watcher; }
    /// Null where the desktop has no system tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    JobsModel *jobsModel() const { return m_jobsModel; }
    TriggersModel *triggersModel() const { return m_triggersModel; }
    CalendarsModel *calendarsModel() const { return m_calendarsModel; }
    NodesModel *nodesModel() const { return m_nodesModel; }
    RunningModel *runningModel() const { return m_runningModel; }
    MisfiresModel *misfiresModel() const { return m_misfiresModel; }
    /// The standalone schedule preview (Tools menu), created on first use.
    SchedulePreviewWidget *schedulePreview();

    /// Reloads a page from the store now.
    void reload(Page page);
    /// Rows the Jobs and Triggers pages load at a time (the next page comes when the view scrolls to the end).
    static constexpr int ListPageSize = 500;

signals:
    /// The database is open (or failed to open: \a error is set).
    void databaseOpened(const QString &error);
    /// A page got fresh rows from the store.
    void pageReloaded(Qronos::MainWindow::Page page);
    /// A change made through this window was written (or failed: \a error is set).
    void changeApplied(const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createPages();
    void createActions();
    void createMenus();
    void createStatusBar();
    void replacePage(Page page, QWidget *widget);
    void sessionReady();
    void updateActions();
    void updateStatusBar();
    void tick();

    /// What the editors need to check names and offer choices: the whole schedule, read off the GUI thread.
    struct EditorContext
    {
        QList<JobDetail> jobs;
        QList<StoredTrigger> triggers;
        QMap<QString, CalendarPtr> calendars;
        QSet<JobKey> jobKeys() const;
        QSet<TriggerKey> triggerKeys() const;
    };
    void withEditorContext(std::function<void(const EditorContext &)> open);
    void editJob(const EditorContext &context, std::optional<JobDetail> existing, bool duplicate);
    void editTrigger(const EditorContext &context, std::optional<Trigger> existing, bool duplicate,
                     const JobKey &forJob);
    void editCalendar(const EditorContext &context, const QString &existingName);
    void openSelected(bool duplicate);

    // Actions on the current page's selection.
    void newItem();
    void editItem();
    void duplicateItem();
    void pauseSelection(bool pause);
    void fireSelection();
    void interruptSelection();
    void deleteSelection();
    void setNodeRunning(bool run);
    void showContextMenu(const QPoint &globalPos);

    /// Runs a change off the GUI thread and reports its outcome in the status bar (and a message box on failure).
    void applyChange(const QString &what, std::function<QString()> change);

    void createTray();
    void showConnections();
    void openProfile(const QString &name);
    void fillRecentMenu();
    void showPreferences();
    void notify(const QString &title, const QString &text, Page page, const QString &id);
    void showPendingNotices();
    void noticeClicked();
    void updateBadge();
    void showAbout();
    void showSchedulePreview();
    // File menu: the exchange dialogs.
    void showImport();
    /// The export or the forecast dialog (ExportScheduleDialog, ForecastDialog) on the selected jobs.
    template <typename Dialog>
    void showExportDialog();
    /// The jobs selected on the Jobs page, or the jobs of the triggers selected on the Triggers page.
    QList<JobKey> selectedJobKeys() const;
    void saveSettings() const;
    void restoreSettings();
    /// The engine query of the Jobs or Triggers page: its filter box and sort indicator.
    ListQuery listQuery(Page page) const;
    /// "100,000 triggers (the first 500 are listed; scroll for more)".
    QString listStatus(Page page) const;
    /// The model of the Jobs or Triggers page (the lists the engine pages).
    KeyedTableModel *pagedModel(Page page) const;
    /// The next page of the Jobs or Triggers list, from \a offset.
    void loadMore(Page page, int offset);
    /// The earliest fire of the whole schedule, for the status bar (the Triggers page holds only a page of it).
    void reloadNextFire();

    PasswordStore *m_passwords = nullptr;
    QMenu *m_recentMenu = nullptr;
    ConsoleSession *m_session = nullptr;
    std::unique_ptr<ProfileInstanceGuard> m_instanceGuard; // this window's claim on the open profile
    bool m_runJobsWanted = false;
    bool m_stoppingNode = false;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QHash<Page, ListPage *> m_lists;
    HistoryView *m_historyView = nullptr;
    AgendaView *m_agendaView = nullptr;
    JobsModel *m_jobsModel = nullptr;
    TriggersModel *m_triggersModel = nullptr;
    CalendarsModel *m_calendarsModel = nullptr;
    NodesModel *m_nodesModel = nullptr;
    RunningModel *m_runningModel = nullptr;
    MisfiresModel *m_misfiresModel = nullptr;
    QHash<Page, quint64> m_generation; // answers of older reloads are dropped
    QHash<Page, QString> m_loadedShape;  // the filter and order the Jobs / Triggers rows were loaded with
    std::optional<StoredTrigger> m_nextFire;
    bool m_nextFireLoaded = false;
    quint64 m_nextFireGeneration = 0;
    QTimer *m_ticker = nullptr;
    int m_ticks = 0;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_fireAction = nullptr;
    QAction *m_interruptAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_nodeAction = nullptr;
    QAction *m_pauseAllAction = nullptr;
    QAction *m_resumeAllAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_forecastAction = nullptr;
    QAction *m_historyExportAction = nullptr;

    QLabel *m_connectionLabel = nullptr;
    QLabel *m_nodeLabel = nullptr;
    QLabel *m_clusterLabel = nullptr;
    QLabel *m_nextFireLabel = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_readOnlyBanner = nullptr;

    QSystemTrayIcon *m_tray = nullptr;
    FailureWatcher *m_watcher = nullptr;
    struct Notice
    {
        Page page = Page::History;
        QString id; // the fire instance id (History) or trigger key (Misfires)
    };
    Notice m_lastNotice;
    struct PendingNotice
    {
        QString title;
        QString text;
        Page page = Page::History;
        QString id;
    };
    QList<PendingNotice> m_pendingNotices; // shown together by showPendingNotices()
    NotificationSettings m_notificationSettings;
    bool m_quitting = false;

    QPointer<QWidget> m_previewWindow;
    SchedulePreviewWidget *m_preview = nullptr;
};

} // namespace Qronos
