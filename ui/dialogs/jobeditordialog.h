#pragma once

#include "model/jobdetail.h"
#include "model/keys.h"

#include <QDialog>
#include <QSet>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Qronos {

class ErrorLabel;
class JobTypeRegistry;

/// Creates or edits one job definition (a JobDetail) without touching a store: the caller passes the
/// job types and the keys already taken, and reads job() after the dialog was accepted.
///
/// The form has the key, the description and the type; a page for the type's data (shell, http and
/// sql have their own pages, every other type gets one built from its data schema); a table of the
/// remaining job-data keys, so that nothing the pages do not show is lost; and the execution options.
/// Every field is checked as it is typed, each problem is shown under its field, and OK stays
/// disabled until the whole form is valid. Loading a job and reading it back without edits gives an
/// equal JobDetail.
class JobEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEditorDialog)

public:
    /// \a registry must outlive the dialog. \a takenKeys are the keys a new job may not use.
    JobEditorDialog(const JobTypeRegistry &registry, QSet<JobKey> takenKeys, QWidget *parent = nullptr);
    ~JobEditorDialog() override;

    /// Edits an existing job: every field shows \a job, name and group are read-only.
    void setJob(const JobDetail &job);
    /// A new job that copies everything from \a job but gets a free name ("report (copy)").
    void setDuplicateOf(const JobDetail &job);

    /// The job as the fields describe it; meaningful when isValid().
    JobDetail job() const;
    /// True when every field is valid: the key, the type's data (the registry's validator), the
    /// job-data table and the options.
    bool isValid() const;

    /// A name based on \a name that no key of \a taken in \a group uses: "name (copy)", "name (copy 2)", ...
    static QString freeCopyName(const QString &name, const QString &group, const QSet<JobKey> &taken);

private:
    struct Page;
    struct Problem
    {
        ErrorLabel *label;
        QString message;
    };
    struct Collected
    {
        JobDetail job;
        QList<Problem> problems;
    };

    QWidget *buildGeneralGroup();
    QWidget *buildOptionsGroup();
    QWidget *buildDataGroup();
    void buildPages();
    std::unique_ptr<Page> newPage(const QString &objectName);
    /// Adds a built page to the page area, hidden until its type is chosen.
    Page *installPage(std::unique_ptr<Page> page);
    Page *buildShellPage();
    Page *buildHttpPage();
    Page *buildSqlPage();
    Page *buildGenericPage(const QString &typeName, const QString &schema);
    Page *pageFor(const QString &typeName) const;
    Page *currentPage() const;
    QString currentType() const;
    int addTypeItem(const QString &typeName);

    void load(const JobDetail &job, bool editing);
    void resetPage(Page *page);
    void addDataRow(const QString &key, int type, const QString &value);
    void updateTypeDescription();
    /// Reads every field into a job and lists every problem with the label it belongs under.
    Collected collect() const;
    void validate();

    const JobTypeRegistry &m_registry;
    QSet<JobKey> m_takenKeys;
    bool m_editing = false;
    bool m_loading = false;
    QString m_unregisteredType; // a loaded job's type that the registry does not know

    QLineEdit *m_nameEdit = nullptr;
    ErrorLabel *m_nameError = nullptr;
    QLineEdit *m_groupEdit = nullptr;
    ErrorLabel *m_groupError = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QLabel *m_typeDescription = nullptr;
    ErrorLabel *m_typeError = nullptr;
    QWidget *m_pageHost = nullptr;
    std::vector<std::unique_ptr<Page>> m_pages;

    QTableWidget *m_dataTable = nullptr;
    QPushButton *m_addDataButton = nullptr;
    QPushButton *m_removeDataButton = nullptr;
    ErrorLabel *m_dataError = nullptr;

    QCheckBox *m_durableCheck = nullptr;
    QCheckBox *m_recoveryCheck = nullptr;
    QCheckBox *m_nonConcurrentCheck = nullptr;
    QCheckBox *m_persistDataCheck = nullptr;
    QLineEdit *m_nodeTagEdit = nullptr;
    QLineEdit *m_pinnedInstanceEdit = nullptr;
    QSpinBox *m_retriesSpin = nullptr;
    QLineEdit *m_retryDelayEdit = nullptr;
    ErrorLabel *m_retryDelayError = nullptr;
    QLineEdit *m_timeoutEdit = nullptr;
    ErrorLabel *m_timeoutError = nullptr;
    QLineEdit *m_webhookEdit = nullptr;
    ErrorLabel *m_webhookError = nullptr;

    ErrorLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Qronos
