#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QPushButton;

namespace Qronos {

class ErrorLabel;
class JobStore;
class ScheduleSelectionWidget;

/// What the console's export dialogs (the schedule, a forecast) share: a choice of jobs, an "Export…" button that
/// asks for a file and is off while the choices have a problem, the work off the GUI thread with the dialog busy,
/// and its outcome: exported() and a summary for the status bar, or the error under the form.
class FileExportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileExportDialog)

public:
    ScheduleSelectionWidget *selection() const { return m_selection; }
    /// Why the choices cannot be used; empty when they can. This one checks the selection.
    virtual QString problem() const;
    /// Writes the file to \a path off the GUI thread; exported() tells the end. Does nothing while busy or while
    /// problem() has something to say.
    virtual void exportTo(const QString &path) = 0;
    /// What the last successful export wrote ("Exported 3 jobs, … to /tmp/x.json.").
    QString summary() const { return m_summary; }

signals:
    /// An export ended: \a error is empty when the file was written.
    void exported(const QString &error);

protected:
    FileExportDialog(std::shared_ptr<JobStore> store, QWidget *parent);

    /// Lays the dialog out: \a form, the error line, \a below (may be null), the buttons.
    void setForm(QWidget *form, QWidget *below = nullptr);
    /// Asks for the file to write and exports to it.
    virtual void chooseFile() = 0;
    /// Shows problem() and turns the Export button on or off; subclasses call it when a choice changes.
    void update();
    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);
    /// Ends an export: \a error under the form, or \a summary kept and the dialog closed unless \a keepOpen.
    void finish(const QString &error, const QString &summary, bool keepOpen = false);
    /// After an export that keeps the dialog open: only Close is left.
    void leaveOnlyClose();

    std::shared_ptr<JobStore> m_store;
    ScheduleSelectionWidget *m_selection = nullptr;
    ErrorLabel *m_error = nullptr;

private:
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
    QString m_summary;
    bool m_busy = false;
};

} // namespace Qronos
