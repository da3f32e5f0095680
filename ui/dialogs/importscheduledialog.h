#pragma once

#include "exchange/importplan.h"
#include "exchange/schedulefile.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Qronos {

class ErrorLabel;
class JobStore;
class Scheduler;

/// File → Import schedule: reads a "qronos/1" JSON or Quartz XML file, shows the dry-run of importing it into the
/// open store (what it adds, changes field by field, removes, leaves or skips) and every problem with its place in
/// the file, and applies it only when asked, in one transaction through the scheduler facade
/// (Scheduler::importSchedule()), so a file with any problem changes nothing. The same plan as
/// `qronosctl import --dry-run`. Reading and planning run off the GUI thread, again whenever a file or an option
/// changes.
class ImportScheduleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportScheduleDialog)

public:
    /// Tree columns of the plan.
    enum Column { ItemColumn, FieldColumn, BeforeColumn, AfterColumn, ColumnCount };

    ImportScheduleDialog(std::shared_ptr<JobStore> store, std::shared_ptr<Scheduler> scheduler,
                         QWidget *parent = nullptr);

    /// Reads and plans \a path; planned() tells when the plan (or the problems) are shown.
    void setFile(const QString &path);
    QString file() const;
    /// Quartz XML: the job class mapping file, whether unmapped classes become paused noop jobs, and the zone of
    /// times without an offset. Each change plans again.
    void setMappingFile(const QString &path);
    void setUnmappedAsNoop(bool on);
    void setDefaultTimeZone(const QString &zoneId);

    /// The plan shown; empty before the first one.
    const ImportPlan &plan() const { return m_plan; }
    /// Problems of the file (and of the plan): nothing can be applied while there is one.
    const ImportProblems &problems() const { return m_problems; }
    const ImportProblems &warnings() const { return m_warnings; }
    QTreeWidget *planTree() const { return m_tree; }
    /// True when the plan is free of problems and changes something.
    bool canApply() const;
    /// Applies the import (one transaction); applied() tells the end, and the dialog closes on success.
    void apply();
    /// "Imported: 2 added, 1 changed, 0 removed.", after a successful apply.
    QString summary() const { return m_summary; }

signals:
    /// The plan of the current file and options is shown (or the problems that stop it).
    void planned();
    /// An apply ended; \a error is empty when the import was written.
    void applied(const QString &error);

private:
    void chooseFile();
    void chooseMappingFile();
    void replan();
    void showPlan();
    void setBusy(const QString &what);
    QTreeWidgetItem *addItem(QTreeWidgetItem *parent, const PlanItem &item);

    std::shared_ptr<JobStore> m_store;
    std::shared_ptr<Scheduler> m_scheduler;
    QString m_file;
    quint64 m_generation = 0;
    bool m_busy = false;
    ScheduleDocument m_document;
    ImportPlan m_plan;
    ImportProblems m_problems;
    ImportProblems m_warnings;
    QString m_summary;

    QLabel *m_fileLabel = nullptr;
    QWidget *m_xmlOptions = nullptr;
    QLineEdit *m_mapping = nullptr;
    QCheckBox *m_unmappedAsNoop = nullptr;
    QComboBox *m_zone = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTreeWidget *m_problemList = nullptr;
    ErrorLabel *m_error = nullptr;
    QPushButton *m_applyButton = nullptr;
};

} // namespace Qronos
