#pragma once

#include <QMainWindow>

namespace Qronos {

class SchedulePreviewWidget;

/// The console's main window. For now it holds the schedule preview; connections, jobs, nodes and
/// history join it once the database store exists.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    SchedulePreviewWidget *schedulePreview() const { return m_preview; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();
    void saveSettings() const;
    void restoreSettings();

    SchedulePreviewWidget *m_preview = nullptr;
};

} // namespace Qronos
