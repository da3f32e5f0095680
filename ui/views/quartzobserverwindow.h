#pragma once

#include "store/quartzdatabase.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QTabWidget;
class QTimer;

namespace Qronos {

class ErrorLabel;
class ListPage;
class QuartzCalendarsModel;
class QuartzFiredTriggersModel;
class QuartzInstancesModel;
class QuartzJobsModel;
class QuartzTriggersModel;
struct ConnectionProfile;

/// A window on one Java Quartz scheduler opened in observer mode (QuartzDatabase): its jobs, triggers, calendars,
/// Java nodes (SCHEDULER_STATE) and what they run now (FIRED_TRIGGERS), read off the GUI thread every few seconds
/// and on F5. A banner says that the cluster is Java's and that Qronos only reads it; a read that fails is shown
/// in the window (never as a dialog) and the lists recover when the database answers again.
///
/// The actions (pause or resume triggers or their groups, fire a job now, delete a trigger) each ask first in a
/// QMessageBox "quartzConfirmation" that says what will be written to which table, default No; only Yes writes,
/// with QuartzConfirmation::Confirmed. The outcome goes to the status bar and the lists are read again.
///
/// Object names: "quartzObserverWindow", "observerBanner", "readError", "tabs", the ListPages "quartzJobs",
/// "quartzTriggers", "quartzCalendars", "quartzSchedulers", "quartzRunning" (their views "<name>View", filters
/// "<name>Filter"), the actions "refreshAction", "pauseTriggerAction", "resumeTriggerAction",
/// "pauseGroupAction", "resumeGroupAction", "fireJobAction", "deleteTriggerAction".
class QuartzObserverWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuartzObserverWindow)

public:
    enum class Page { Jobs, Triggers, Calendars, Schedulers, Running, Count };
    Q_ENUM(Page)

    /// Shows \a database (opened by QuartzDatabase::open()) and reads it at once.
    explicit QuartzObserverWindow(std::unique_ptr<QuartzDatabase> database, QWidget *parent = nullptr);
    ~QuartzObserverWindow() override;

    /// Opens the Java Quartz database of \a profile at \a url (the profile's URL with its password) off the GUI
    /// thread, then shows a new window for it that deletes itself when closed; a window already showing the same
    /// scheduler comes to the front instead. When the database cannot be opened, a message parented to \a parent
    /// names it and the reason. \a opened, when given, is told the window (null on failure) and the error.
    static void openProfile(const ConnectionProfile &profile, const DatabaseUrl &url, QWidget *parent,
                            std::function<void(QuartzObserverWindow *window, const QString &error)> opened = {});

    QuartzDatabase &database() const { return *m_database; }
    ListPage *listPage(Page page) const;
    Page currentPage() const;
    void showPage(Page page);

    QuartzJobsModel *jobsModel() const { return m_jobs; }
    QuartzTriggersModel *triggersModel() const { return m_triggers; }
    QuartzCalendarsModel *calendarsModel() const { return m_calendars; }
    QuartzInstancesModel *instancesModel() const { return m_instances; }
    QuartzFiredTriggersModel *firedTriggersModel() const { return m_fired; }

    /// Why the last read failed; empty when it succeeded.
    QString readError() const { return m_readError; }
    /// Milliseconds between automatic reads (5000 by default).
    int refreshInterval() const;
    void setRefreshInterval(int ms);

public slots:
    /// Reads every list again (off the GUI thread); a read already running is followed by one more.
    void refresh();
    void pauseSelectedTriggers();
    void resumeSelectedTriggers();
    void pauseSelectedGroups();
    void resumeSelectedGroups();
    /// The jobs selected on the Jobs page, or the jobs of the selected triggers on the Triggers page.
    void fireSelectedJobs();
    void deleteSelectedTriggers();

signals:
    /// A read finished; \a error is empty when it succeeded.
    void refreshed(const QString &error);
    /// A confirmed action finished (or failed); \a message is what the status bar shows.
    void actionFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// What an action did, for the status bar.
    struct Outcome
    {
        bool ok = true;
        QString message;
    };
    using Work = std::function<Outcome(QuartzDatabase &)>;

    void createActions();
    void updateActions();
    void contextMenu(Page page, const QPoint &globalPos);
    /// Pauses (\a pause) the selected triggers that are not paused, or resumes the paused ones, after asking.
    void changeSelectedTriggers(bool pause);
    /// Pauses (\a pause) or resumes the groups of the selected triggers, after asking.
    void changeSelectedGroups(bool pause);
    QList<TriggerKey> selectedTriggers() const;
    QList<JobKey> selectedJobs() const;
    QStringList selectedGroups() const;
    /// "reports.nightly" for one key, "3 triggers: a.b, c.d, …" for several.
    static QString keyList(const QStringList &keys);
    /// Asks \a question, saying what \a writes; on Yes runs \a work off the GUI thread, then shows its outcome and
    /// refreshes. \a yesText labels the Yes button.
    void confirmAndRun(const QString &title, const QString &question, const QString &writes, const QString &yesText,
                       bool destructive, Work work);
    QString table(const char *name) const;
    void saveSettings() const;
    void restoreSettings();

    std::shared_ptr<QuartzDatabase> m_database;
    QuartzJobsModel *m_jobs = nullptr;
    QuartzTriggersModel *m_triggers = nullptr;
    QuartzCalendarsModel *m_calendars = nullptr;
    QuartzInstancesModel *m_instances = nullptr;
    QuartzFiredTriggersModel *m_fired = nullptr;
    QList<ListPage *> m_pages;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_banner = nullptr;
    ErrorLabel *m_errorBanner = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QTimer *m_timer = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_pauseGroupAction = nullptr;
    QAction *m_resumeGroupAction = nullptr;
    QAction *m_fireAction = nullptr;
    QAction *m_deleteAction = nullptr;

    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_acting = false;
    bool m_loaded = false;
    QString m_readError;
};

} // namespace Qronos
