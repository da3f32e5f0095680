#include "mainwindow.h"

#include "schedulepreviewwidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>

namespace Qronos {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_preview(new SchedulePreviewWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Qronos \u2014 Schedule preview"));
    setCentralWidget(m_preview);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    connect(m_preview, &SchedulePreviewWidget::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    // QKeySequence::Quit is empty on Windows; the console uses Ctrl+Q everywhere.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcutContext(Qt::ApplicationShortcut);
    quit->setMenuRole(QAction::QuitRole);
    quit->setStatusTip(tr("Close the console"));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Qronos"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
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
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    m_preview->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // First start: most of the screen, but no bigger than the form and a comfortable table need.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(QSize(1200, 760).boundedTo(available.size() * 0.9));
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_preview->restoreSettings(settings);
}

} // namespace Qronos
