#include "quartzobserverwindow.h"

#include "asynccall.h"
#include "connectionprofiles.h"
#include "models/displaytext.h"
#include "models/quartzcalendarsmodel.h"
#include "models/quartzfiredtriggersmodel.h"
#include "models/quartzinstancesmodel.h"
#include "models/quartzjobsmodel.h"
#include "models/quartztriggersmodel.h"
#include "views/errorlabel.h"
#include "views/listpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Qronos {

namespace {

const QString kSettingsGroup = QStringLiteral("quartzObserver");
/// The property naming what a window shows, so that opening the same scheduler again raises it.
const char *const kSourceProperty = "quartzSource";

/// Everything one refresh reads.
struct Snapshot
{
    qint64 now = 0;
    QList<QuartzJob> jobs;
    QList<QuartzTrigger> triggers;
    QList<QuartzCalendar> calendars;
    QStringList pausedGroups;
    QList<QuartzInstance> instances;
    QList<QuartzFiredTrigger> fired;
};

Result<Snapshot> readSnapshot(const QuartzDatabase &db)
{
    Snapshot s;
    if (Result<qint64> now = db.databaseTime(); now)
        s.now = *now;
    else
        return fail(now.error());
    Result<QList<QuartzJob>> jobs = db.jobs();
    if (!jobs)
        return fail(jobs.error());
    s.jobs = std::move(jobs).value();
    Result<QList<QuartzTrigger>> triggers = db.triggers();
    if (!triggers)
        return fail(triggers.error());
    s.triggers = std::move(triggers).value();
    Result<QList<QuartzCalendar>> calendars = db.calendars();
    if (!calendars)
        return fail(calendars.error());
    s.calendars = std::move(calendars).value();
    Result<QStringList> paused = db.pausedTriggerGroups();
    if (!paused)
        return fail(paused.error());
    s.pausedGroups = std::move(paused).value();
    Result<QList<QuartzInstance>> instances = db.instances();
    if (!instances)
        return fail(instances.error());
    s.instances = std::move(instances).value();
    Result<QList<QuartzFiredTrigger>> fired = db.firedTriggers();
    if (!fired)
        return fail(fired.error());
    s.fired = std::move(fired).value();
    return s;
}

QString sourceKey(const QString &displayUrl, const QString &prefix, const QString &scheduler)
{
    return displayUrl + QLatin1Char('\n') + prefix + QLatin1Char('\n') + scheduler;
}

} // namespace

QuartzObserverWindow::QuartzObserverWindow(std::unique_ptr<QuartzDatabase> database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_jobs(new QuartzJobsModel(this))
    , m_triggers(new QuartzTriggersModel(this))
    , m_calendars(new QuartzCalendarsModel(this))
    , m_instances(new QuartzInstancesModel(this))
    , m_fired(new QuartzFiredTriggersModel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("quartzObserverWindow"));
    setProperty(kSourceProperty, sourceKey(m_database->displayUrl(), m_database->tablePrefix(), m_database->schedulerName()));
    setWindowTitle(tr("%1 \u2014 Java Quartz \u2014 %2").arg(m_database->schedulerName(), m_database->displayUrl()));

    m_banner = new QLabel(tr("Java Quartz cluster \u201c%1\u201d (%2, tables %3\u2026), observed by Qronos: read "
                             "only. Qronos never runs its Java jobs and writes to its tables only for an action you "
                             "confirm.")
                              .arg(m_database->schedulerName(), m_database->displayUrl(), m_database->tablePrefix()));
    m_banner->setObjectName(QStringLiteral("observerBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral("background: #cfe2ff; color: #052c65; border: 1px solid #9ec5fe;"));

    m_errorBanner = new ErrorLabel;
    m_errorBanner->setObjectName(QStringLiteral("readError"));
    m_errorBanner->setMargin(6);

    const auto addPage = [this](const QString &name, QAbstractItemModel *model, const QString &title,
                                const QString &placeholder) {
        auto *page = new ListPage(name, model, Qt::UserRole, ListPage::Filtering::InView);
        page->setFilterPlaceholder(placeholder);
        const Page which = Page(m_pages.size());
        connect(page, &ListPage::selectionChanged, this, &QuartzObserverWindow::updateActions);
        connect(page, &ListPage::contextMenuRequested, this,
                [this, which](const QPoint &pos) { contextMenu(which, pos); });
        m_pages.append(page);
        m_tabs->addTab(page, title);
    };
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    addPage(QStringLiteral("quartzJobs"), m_jobs, tr("&Jobs"), tr("Filter jobs by group, name, class or description"));
    addPage(QStringLiteral("quartzTriggers"), m_triggers, tr("&Triggers"),
            tr("Filter triggers by group, name, job, state or schedule"));
    addPage(QStringLiteral("quartzCalendars"), m_calendars, tr("&Calendars"), tr("Filter calendars"));
    addPage(QStringLiteral("quartzSchedulers"), m_instances, tr("&Schedulers"), tr("Filter Java nodes"));
    addPage(QStringLiteral("quartzRunning"), m_fired, tr("&Running now"), tr("Filter what runs now"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &QuartzObserverWindow::updateActions);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_updatedLabel = new QLabel(tr("Reading\u2026"));
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));
    statusBar()->addPermanentWidget(m_updatedLabel);

    createActions();
    restoreSettings();
    updateActions();

    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &QuartzObserverWindow::refresh);
    m_timer->start();
    refresh();
}

QuartzObserverWindow::~QuartzObserverWindow() = default;

void QuartzObserverWindow::openProfile(const ConnectionProfile &profile, const DatabaseUrl &url, QWidget *parent,
                                       std::function<void(QuartzObserverWindow *, const QString &)> opened)
{
    // An empty scheduler name means "the only one": any window on these tables shows it.
    const QString key = sourceKey(url.toString(), profile.tablePrefix, profile.schedulerName);
    const auto showsIt = [&key, &profile](const QString &shown) {
        return profile.schedulerName.isEmpty() ? shown.startsWith(key) : shown == key;
    };
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<QuartzObserverWindow *>(w);
        if (window && !window->isHidden() && showsIt(window->property(kSourceProperty).toString())) {
            window->showNormal();
            window->raise();
            window->activateWindow();
            if (opened)
                opened(window, {});
            return;
        }
    }
    QObject *context = parent ? static_cast<QObject *>(parent) : qApp;
    const QPointer<QWidget> guardedParent(parent);
    const QString prefix = profile.tablePrefix;
    const QString scheduler = profile.schedulerName;
    // A server that does not answer can take a while to say so; the GUI goes on meanwhile.
    QApplication::setOverrideCursor(Qt::BusyCursor);
    runAsync(
        context, [url, prefix, scheduler] { return QuartzDatabase::open(url, prefix, scheduler); },
        [guardedParent, url, opened](Result<std::unique_ptr<QuartzDatabase>> db) {
            QApplication::restoreOverrideCursor();
            if (!db) {
                const QString error = db.error();
                QMessageBox box(QMessageBox::Warning, tr("Cannot open the Java Quartz database"),
                                tr("Cannot open the Java Quartz database %1.\n\n%2").arg(url.toString(), error),
                                QMessageBox::Ok, guardedParent);
                box.setObjectName(QStringLiteral("quartzOpenError"));
                if (opened)
                    QTimer::singleShot(0, &box, [opened, error] { opened(nullptr, error); });
                box.exec();
                return;
            }
            auto *window = new QuartzObserverWindow(std::move(db).value());
            window->setAttribute(Qt::WA_DeleteOnClose);
            window->show();
            window->raise();
            window->activateWindow();
            if (opened)
                opened(window, {});
        });
}

ListPage *QuartzObserverWindow::listPage(Page page) const
{
    return m_pages.value(int(page));
}

QuartzObserverWindow::Page QuartzObserverWindow::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void QuartzObserverWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

int QuartzObserverWindow::refreshInterval() const
{
    return m_timer->interval();
}

void QuartzObserverWindow::setRefreshInterval(int ms)
{
    m_timer->setInterval(ms);
}

// ---- actions -------------------------------------------------------------------------------------------------

void QuartzObserverWindow::createActions()
{
    const auto make = [this](const char *name, const QString &text, const QList<QKeySequence> &shortcuts,
                             QStyle::StandardPixmap icon, const QString &tip, void (QuartzObserverWindow::*slot)()) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(shortcuts);
        action->setShortcutContext(Qt::WindowShortcut);
        QString toolTip = QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("\u2026"));
        if (!shortcuts.isEmpty())
            toolTip += QStringLiteral(" (%1)").arg(shortcuts.constFirst().toString(QKeySequence::NativeText));
        action->setToolTip(toolTip);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_refreshAction = make("refreshAction", tr("Re&fresh"), {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)},
                           QStyle::SP_BrowserReload, tr("Read the Java Quartz tables again"),
                           &QuartzObserverWindow::refresh);
    m_pauseAction = make("pauseTriggerAction", tr("&Pause trigger\u2026"), {QKeySequence(Qt::CTRL | Qt::Key_P)},
                         QStyle::SP_MediaPause, tr("Pause the selected triggers in the Java scheduler"),
                         &QuartzObserverWindow::pauseSelectedTriggers);
    m_resumeAction = make("resumeTriggerAction", tr("&Resume trigger\u2026"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
                          QStyle::SP_MediaPlay, tr("Resume the selected triggers in the Java scheduler"),
                          &QuartzObserverWindow::resumeSelectedTriggers);
    m_pauseGroupAction = make("pauseGroupAction", tr("Pause &group\u2026"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P)},
                              QStyle::SP_MediaPause, tr("Pause every trigger of the selected triggers' groups"),
                              &QuartzObserverWindow::pauseSelectedGroups);
    m_resumeGroupAction = make("resumeGroupAction", tr("Resume gr&oup\u2026"),
                               {QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_P)}, QStyle::SP_MediaPlay,
                               tr("Resume every trigger of the selected triggers' groups"),
                               &QuartzObserverWindow::resumeSelectedGroups);
    m_fireAction = make("fireJobAction", tr("Fire job &now\u2026"), {QKeySequence(Qt::CTRL | Qt::Key_Return)},
                        QStyle::SP_MediaSeekForward, tr("Have a Java node run the selected job now"),
                        &QuartzObserverWindow::fireSelectedJobs);
    m_deleteAction = make("deleteTriggerAction", tr("&Delete trigger\u2026"), {QKeySequence(QKeySequence::Delete)},
                          QStyle::SP_TrashIcon, tr("Delete the selected triggers from the Java scheduler"),
                          &QuartzObserverWindow::deleteSelectedTriggers);

    QMenu *observer = menuBar()->addMenu(tr("&Observer"));
    observer->addAction(m_refreshAction);
    observer->addSeparator();
    QAction *close = observer->addAction(tr("&Close"), this, &QWidget::close);
    close->setObjectName(QStringLiteral("closeAction"));
    close->setShortcut(QKeySequence::Close);
    QMenu *actions = menuBar()->addMenu(tr("&Actions"));
    actions->addActions({m_pauseAction, m_resumeAction});
    actions->addSeparator();
    actions->addActions({m_pauseGroupAction, m_resumeGroupAction});
    actions->addSeparator();
    actions->addActions({m_fireAction, m_deleteAction});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < int(Page::Count); ++i) {
        QAction *go = view->addAction(m_tabs->tabText(i));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }
    view->addSeparator();
    QAction *find = view->addAction(tr("&Filter"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (ListPage *page = listPage(currentPage())) {
            page->filterEdit()->setFocus();
            page->filterEdit()->selectAll();
        }
    });

    QToolBar *toolBar = addToolBar(tr("Actions"));
    toolBar->setObjectName(QStringLiteral("toolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_refreshAction);
    toolBar->addSeparator();
    toolBar->addActions({m_pauseAction, m_resumeAction, m_pauseGroupAction, m_resumeGroupAction, m_fireAction,
                         m_deleteAction});
}

void QuartzObserverWindow::updateActions()
{
    const Page page = currentPage();
    const bool triggers = page == Page::Triggers && !selectedTriggers().isEmpty();
    bool anyPausable = false;
    bool anyPaused = false;
    bool anyGroupPausable = false;
    bool anyGroupResumable = false;
    if (triggers) {
        const QStringList groups = selectedGroups();
        for (int row : listPage(Page::Triggers)->selectedSourceRows()) {
            const bool paused = m_triggers->trigger(row).state.startsWith(QLatin1String("PAUSED"));
            anyPaused = anyPaused || paused;
            anyPausable = anyPausable || !paused;
        }
        // A group can be resumed while it is marked paused or holds a paused trigger, paused while it is not marked.
        for (const QString &group : groups) {
            anyGroupPausable = anyGroupPausable || !m_triggers->isGroupPaused(group);
            anyGroupResumable = anyGroupResumable || m_triggers->isGroupPaused(group);
        }
        for (const QuartzTrigger &t : m_triggers->triggers()) {
            if (!anyGroupResumable && groups.contains(t.key.group()) && t.state.startsWith(QLatin1String("PAUSED")))
                anyGroupResumable = true;
        }
    }
    const bool idle = !m_acting;
    m_pauseAction->setEnabled(idle && triggers && anyPausable);
    m_resumeAction->setEnabled(idle && triggers && anyPaused);
    m_pauseGroupAction->setEnabled(idle && triggers && anyGroupPausable);
    m_resumeGroupAction->setEnabled(idle && triggers && anyGroupResumable);
    m_deleteAction->setEnabled(idle && triggers);
    m_fireAction->setEnabled(idle && !selectedJobs().isEmpty());
}

void QuartzObserverWindow::contextMenu(Page page, const QPoint &globalPos)
{
    QMenu menu(this);
    if (page == Page::Triggers) {
        menu.addActions({m_pauseAction, m_resumeAction});
        menu.addSeparator();
        menu.addActions({m_pauseGroupAction, m_resumeGroupAction});
        menu.addSeparator();
        menu.addActions({m_fireAction, m_deleteAction});
        menu.addSeparator();
    } else if (page == Page::Jobs) {
        menu.addAction(m_fireAction);
        menu.addSeparator();
    }
    menu.addAction(m_refreshAction);
    menu.exec(globalPos);
}

QList<TriggerKey> QuartzObserverWindow::selectedTriggers() const
{
    QList<TriggerKey> keys;
    if (currentPage() != Page::Triggers)
        return keys;
    for (int row : listPage(Page::Triggers)->selectedSourceRows())
        keys.append(m_triggers->trigger(row).key);
    return keys;
}

QList<JobKey> QuartzObserverWindow::selectedJobs() const
{
    QList<JobKey> keys;
    if (currentPage() == Page::Jobs) {
        for (int row : listPage(Page::Jobs)->selectedSourceRows())
            keys.append(m_jobs->job(row).key);
    } else if (currentPage() == Page::Triggers) {
        for (int row : listPage(Page::Triggers)->selectedSourceRows()) {
            const JobKey job = m_triggers->trigger(row).job;
            if (!keys.contains(job))
                keys.append(job);
        }
    }
    return keys;
}

QStringList QuartzObserverWindow::selectedGroups() const
{
    QStringList groups;
    for (const TriggerKey &key : selectedTriggers()) {
        if (!groups.contains(key.group()))
            groups.append(key.group());
    }
    return groups;
}

QString QuartzObserverWindow::keyList(const QStringList &keys)
{
    if (keys.size() == 1)
        return keys.constFirst();
    constexpr int Shown = 8;
    QStringList shown = keys.mid(0, Shown);
    if (keys.size() > Shown)
        shown.append(tr("and %n more", nullptr, int(keys.size() - Shown)));
    return shown.join(QStringLiteral(", "));
}

QString QuartzObserverWindow::table(const char *name) const
{
    return m_database->tablePrefix() + QLatin1String(name);
}

void QuartzObserverWindow::confirmAndRun(const QString &title, const QString &question, const QString &writes,
                                         const QString &yesText, bool destructive, Work work)
{
    if (m_acting)
        return;
    QMessageBox box(destructive ? QMessageBox::Warning : QMessageBox::Question, title,
                    question + QStringLiteral("\n\n") + writes, QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("quartzConfirmation"));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(yesText);
    if (box.exec() != QMessageBox::Yes)
        return;
    m_acting = true;
    updateActions();
    statusBar()->showMessage(tr("Writing to the Java Quartz database\u2026"));
    runAsync(
        this, [db = m_database, work = std::move(work)] { return work(*db); },
        [this](const Outcome &outcome) {
            m_acting = false;
            statusBar()->showMessage(outcome.message);
            updateActions();
            emit actionFinished(outcome.ok, outcome.message);
            refresh();
        });
}

void QuartzObserverWindow::pauseSelectedTriggers()
{
    changeSelectedTriggers(true);
}

void QuartzObserverWindow::resumeSelectedTriggers()
{
    changeSelectedTriggers(false);
}

void QuartzObserverWindow::changeSelectedTriggers(bool pause)
{
    QList<TriggerKey> keys;
    QStringList names;
    if (currentPage() == Page::Triggers) {
        // Only the triggers the action changes: pause the ones not paused, resume the paused ones.
        for (int row : listPage(Page::Triggers)->selectedSourceRows()) {
            const QuartzTrigger &t = m_triggers->trigger(row);
            if (t.state.startsWith(QLatin1String("PAUSED")) != pause) {
                keys.append(t.key);
                names.append(t.key.toString());
            }
        }
    }
    if (keys.isEmpty())
        return;
    const QString scheduler = m_database->schedulerName();
    const bool one = keys.size() == 1;
    QString title;
    QString question;
    QString writes;
    if (pause) {
        title = tr("Pause Java Quartz Trigger");
        question = one ? tr("Pause trigger %1 in the Java Quartz scheduler \u201c%2\u201d?").arg(names.constFirst(), scheduler)
                       : tr("Pause %1 triggers in the Java Quartz scheduler \u201c%2\u201d: %3?")
                             .arg(keys.size()).arg(scheduler, keyList(names));
        writes = tr("Qronos will write TRIGGER_STATE = PAUSED in %1 (PAUSED_BLOCKED for a blocked trigger); the Java "
                    "nodes honour it at their next acquisition.").arg(table("TRIGGERS"));
    } else {
        title = tr("Resume Java Quartz Trigger");
        question = one ? tr("Resume trigger %1 in the Java Quartz scheduler \u201c%2\u201d?").arg(names.constFirst(), scheduler)
                       : tr("Resume %1 triggers in the Java Quartz scheduler \u201c%2\u201d: %3?")
                             .arg(keys.size()).arg(scheduler, keyList(names));
        writes = tr("Qronos will write TRIGGER_STATE = WAITING in %1 (BLOCKED while a non-concurrent run of the job goes "
                    "on). A next fire time already past is left to the Java nodes' misfire handling.").arg(table("TRIGGERS"));
    }
    confirmAndRun(title, question, writes, pause ? tr("Pause") : tr("Resume"), false, [keys, pause](QuartzDatabase &db) {
        int changed = 0;
        for (const TriggerKey &key : keys) {
            const Result<bool> r = pause ? db.pauseTrigger(key, QuartzConfirmation::Confirmed)
                                         : db.resumeTrigger(key, QuartzConfirmation::Confirmed);
            if (!r)
                return Outcome{false, (pause ? tr("Pausing %1 failed: %2") : tr("Resuming %1 failed: %2"))
                                          .arg(key.toString(), r.error())};
            changed += *r ? 1 : 0;
        }
        const QString first = keys.constFirst().toString();
        if (keys.size() > 1)
            return Outcome{true, (pause ? tr("%1 of %2 triggers paused.") : tr("%1 of %2 triggers resumed."))
                                     .arg(changed).arg(keys.size())};
        if (changed)
            return Outcome{true, (pause ? tr("Trigger %1 paused.") : tr("Trigger %1 resumed.")).arg(first)};
        return Outcome{true, (pause ? tr("Trigger %1 unchanged: only a waiting, acquired or blocked trigger is paused.")
                                    : tr("Trigger %1 unchanged: it was not paused.")).arg(first)};
    });
}

void QuartzObserverWindow::pauseSelectedGroups()
{
    changeSelectedGroups(true);
}

void QuartzObserverWindow::resumeSelectedGroups()
{
    changeSelectedGroups(false);
}

void QuartzObserverWindow::changeSelectedGroups(bool pause)
{
    const QStringList groups = selectedGroups();
    if (groups.isEmpty())
        return;
    const QString scheduler = m_database->schedulerName();
    const QString title = pause ? tr("Pause Java Quartz Trigger Group") : tr("Resume Java Quartz Trigger Group");
    const QString question =
        (pause ? tr("Pause every trigger of the group %1 in the Java Quartz scheduler \u201c%2\u201d?")
               : tr("Resume every trigger of the group %1 in the Java Quartz scheduler \u201c%2\u201d?"))
            .arg(keyList(groups), scheduler);
    const QString writes =
        pause ? tr("Qronos will write the state of the group's triggers to PAUSED in %1 and add the group to %2, so "
                   "that triggers added to it later start paused; the Java nodes honour it at their next acquisition.")
                    .arg(table("TRIGGERS"), table("PAUSED_TRIGGER_GRPS"))
              : tr("Qronos will remove the group from %1 and write the state of its paused triggers to WAITING (or "
                   "BLOCKED) in %2.").arg(table("PAUSED_TRIGGER_GRPS"), table("TRIGGERS"));
    confirmAndRun(title, question, writes, pause ? tr("Pause Group") : tr("Resume Group"), false,
                  [groups, pause](QuartzDatabase &db) {
                      int changed = 0;
                      for (const QString &group : groups) {
                          const Result<int> r = pause ? db.pauseTriggerGroup(group, QuartzConfirmation::Confirmed)
                                                      : db.resumeTriggerGroup(group, QuartzConfirmation::Confirmed);
                          if (!r)
                              return Outcome{false, (pause ? tr("Pausing the group %1 failed: %2")
                                                           : tr("Resuming the group %1 failed: %2"))
                                                        .arg(group, r.error())};
                          changed += *r;
                      }
                      return Outcome{true, (pause ? tr("Group %1 paused: %2 trigger(s) changed.")
                                                  : tr("Group %1 resumed: %2 trigger(s) changed."))
                                               .arg(keyList(groups))
                                               .arg(changed)};
                  });
}

void QuartzObserverWindow::fireSelectedJobs()
{
    const QList<JobKey> jobs = selectedJobs();
    if (jobs.isEmpty())
        return;
    QStringList names;
    for (const JobKey &job : jobs)
        names.append(job.toString());
    confirmAndRun(
        tr("Fire Java Quartz Job Now"),
        tr("Run the job %1 now in the Java Quartz scheduler \u201c%2\u201d?").arg(keyList(names), m_database->schedulerName()),
        tr("Qronos will insert a one-shot trigger MT_\u2026 in group DEFAULT into %1 and %2, due now by the "
           "database's clock; a Java node runs the job (Qronos never runs Java jobs) and then deletes that trigger.")
            .arg(table("TRIGGERS"), table("SIMPLE_TRIGGERS")),
        tr("Fire Now"), false, [jobs, names](QuartzDatabase &db) {
            QStringList added;
            for (const JobKey &job : jobs) {
                const Result<TriggerKey> r = db.fireJobNow(job, QuartzConfirmation::Confirmed);
                if (!r)
                    return Outcome{false, tr("Firing %1 failed: %2").arg(job.toString(), r.error())};
                added.append(r->toString());
            }
            return Outcome{true, tr("Job %1 fired: trigger %2 is due now; a Java node runs it.")
                                     .arg(keyList(names), keyList(added))};
        });
}

void QuartzObserverWindow::deleteSelectedTriggers()
{
    QList<TriggerKey> keys;
    QStringList names;
    QStringList kindTables;
    QStringList jobsGoing;
    for (int row : listPage(Page::Triggers)->selectedSourceRows()) {
        if (currentPage() != Page::Triggers)
            break;
        const QuartzTrigger &t = m_triggers->trigger(row);
        keys.append(t.key);
        names.append(t.key.toString());
        const char *kind = t.type == QuartzTriggerType::Cron     ? "CRON_TRIGGERS"
                           : t.type == QuartzTriggerType::Simple ? "SIMPLE_TRIGGERS"
                           : t.type == QuartzTriggerType::Blob   ? "BLOB_TRIGGERS"
                                                                 : "SIMPROP_TRIGGERS";
        if (!kindTables.contains(table(kind)))
            kindTables.append(table(kind));
    }
    if (keys.isEmpty())
        return;
    // The jobs Quartz removes with their last trigger: not durable, and every trigger of theirs is deleted now.
    for (const QuartzJob &job : m_jobs->jobs()) {
        if (job.durable)
            continue;
        bool any = false;
        bool all = true;
        for (const QuartzTrigger &t : m_triggers->triggers()) {
            if (t.job != job.key)
                continue;
            any = true;
            all = all && keys.contains(t.key);
        }
        if (any && all)
            jobsGoing.append(job.key.toString());
    }
    QString writes = tr("Qronos will delete the rows from %1 and %2; the Java nodes will not fire them again. This "
                        "cannot be undone.").arg(table("TRIGGERS"), kindTables.join(QStringLiteral(", ")));
    if (!jobsGoing.isEmpty())
        writes += QLatin1Char(' ') + tr("The job %1 goes from %2 too: it is not durable and has no other trigger.")
                                          .arg(keyList(jobsGoing), table("JOB_DETAILS"));
    const QString scheduler = m_database->schedulerName();
    confirmAndRun(
        tr("Delete Java Quartz Trigger"),
        keys.size() == 1 ? tr("Delete trigger %1 from the Java Quartz scheduler \u201c%2\u201d?").arg(names.constFirst(), scheduler)
                         : tr("Delete %1 triggers from the Java Quartz scheduler \u201c%2\u201d: %3?")
                               .arg(keys.size()).arg(scheduler, keyList(names)),
        writes, tr("Delete"), true, [keys](QuartzDatabase &db) {
            QStringList jobsDeleted;
            for (const TriggerKey &key : keys) {
                const Result<QuartzDeletion> r = db.deleteTrigger(key, QuartzConfirmation::Confirmed);
                if (!r)
                    return Outcome{false, tr("Deleting %1 failed: %2").arg(key.toString(), r.error())};
                if (r->jobDeleted)
                    jobsDeleted.append(r->job.toString());
            }
            QString message = keys.size() == 1 ? tr("Trigger %1 deleted.").arg(keys.constFirst().toString())
                                               : tr("%1 triggers deleted.").arg(keys.size());
            if (!jobsDeleted.isEmpty())
                message += QLatin1Char(' ') + tr("Job %1 deleted with its last trigger.").arg(keyList(jobsDeleted));
            return Outcome{true, message};
        });
}

// ---- reading -------------------------------------------------------------------------------------------------

void QuartzObserverWindow::refresh()
{
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    if (!m_loaded)
        m_updatedLabel->setText(tr("Reading\u2026"));
    runAsync(
        this, [db = m_database] { return readSnapshot(*db); },
        [this](Result<Snapshot> snapshot) {
            m_refreshing = false;
            if (!snapshot) {
                m_readError = snapshot.error();
                m_errorBanner->setMessage(tr("Cannot read the Java Quartz database: %1 (trying again every %2 s; the "
                                             "lists show the last rows read).")
                                              .arg(m_readError)
                                              .arg(m_timer->interval() / 1000));
                m_updatedLabel->setText(m_loaded ? tr("Read failed; last read %1").arg(m_updatedLabel->property("at").toString())
                                                 : tr("Read failed"));
            } else {
                Snapshot s = std::move(snapshot).value();
                m_readError.clear();
                m_errorBanner->setMessage({});
                m_loaded = true;
                m_jobs->setJobs(std::move(s.jobs));
                m_triggers->setPausedGroups(s.pausedGroups);
                m_triggers->setTriggers(std::move(s.triggers));
                m_calendars->setCalendars(std::move(s.calendars));
                m_instances->setInstances(std::move(s.instances));
                m_fired->setFiredTriggers(std::move(s.fired), s.now);
                const QString at = DisplayText::instant(s.now - s.now % 1000);
                m_updatedLabel->setProperty("at", at);
                const int dead = m_instances->overdueCount();
                m_updatedLabel->setText(dead > 0 ? tr("Read at %1 (database time); %2 Java node(s) presumed dead")
                                                       .arg(at).arg(dead)
                                                 : tr("Read at %1 (database time)").arg(at));
                for (Page page : {Page::Jobs, Page::Triggers, Page::Calendars, Page::Schedulers, Page::Running}) {
                    const int rows = listPage(page)->proxy()->sourceModel()->rowCount();
                    listPage(page)->setStatus(tr("%n row(s)", nullptr, rows));
                }
                updateActions();
            }
            emit refreshed(m_readError);
            if (m_refreshAgain) {
                m_refreshAgain = false;
                refresh();
            }
        });
}

// ---- settings ------------------------------------------------------------------------------------------------

void QuartzObserverWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void QuartzObserverWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("page"), m_tabs->currentIndex());
    for (const ListPage *page : m_pages)
        page->saveSettings(settings);
    settings.endGroup();
}

void QuartzObserverWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1200, 720);
    m_tabs->setCurrentIndex(qBound(0, settings.value(QStringLiteral("page"), 1).toInt(), int(Page::Count) - 1));
    for (ListPage *page : std::as_const(m_pages))
        page->restoreSettings(settings);
    settings.endGroup();
}

} // namespace Qronos
