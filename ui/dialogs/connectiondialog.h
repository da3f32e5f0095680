#pragma once

#include "connectionprofiles.h"
#include "result.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace Qronos {

class ErrorLabel;
class PasswordStore;

/// The console's connection manager: the saved ConnectionProfiles on the left (add, duplicate, remove with
/// confirmation), the selected one's fields on the right, a page per kind (a SQLite file; a PostgreSQL or
/// MySQL/MariaDB server with its login, TLS mode and CA file), the table prefix and scheduler name, and whether
/// this computer runs jobs. A server profile may instead be a Java Quartz database (ConnectionProfile::javaQuartz):
/// a Java cluster's own tables, observed, where this computer never runs jobs. Every field is checked as it is typed, the reason shown next to it; Connect stays
/// disabled until the selected profile is valid, Save until all are.
///
/// The password of a server profile is read from the PasswordStore when the profile is first shown; with
/// "Remember in the keychain" checked, Connect and Save write it there, unchecked they remove an entry that
/// existed. It never goes to QSettings. "Test connection" opens the database off the GUI thread (without
/// changing its schema) and says the server's version and the schema's state, or the engine's error; for a Java
/// Quartz database it looks for the scheduler with QuartzDatabase and offers the scheduler names it found.
///
/// Connect (accept()) saves the profiles, notes the profile as the most recent connection and closes; then
/// profile(), password() and consoleOptions() tell what to open:
///
///     ConnectionDialog dialog(&passwords, this);
///     if (dialog.exec() == QDialog::Accepted)
///         openDatabase(*dialog.consoleOptions(), dialog.profile().runJobsHere);
///
/// Object names: "profileList", "addButton" (menu: "addSqliteAction", "addPostgreSqlAction", "addMySqlAction"),
/// "duplicateButton", "removeButton", "nameEdit", "nameError", "kindCombo", "kindPages", "sqlitePage",
/// "serverPage", "fileEdit", "fileBrowseButton", "fileError", "hostEdit", "hostError", "portEdit", "portError",
/// "databaseEdit", "databaseError", "userEdit", "passwordEdit", "rememberCheck", "passwordLocation",
/// "passwordError", "tlsCombo", "tlsError", "caFileEdit", "caFileBrowseButton", "caFileError", "prefixEdit",
/// "prefixError", "schedulerEdit", "schedulerChoice", "schedulerError", "javaQuartzCheck", "javaQuartzNote", "javaQuartzError",
/// "runJobsCheck", "urlLabel", "urlError", "testButton",
/// "testResult", "testError", "buttonBox", "connectButton", "saveButton", "closeButton"; the confirmation
/// before removing: a QMessageBox "removeConfirmation"; the question on closing with unsaved changes: a
/// QMessageBox "unsavedChanges".
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    /// Loads the profiles from QSettings (ConnectionProfiles::load()) and selects the most recent one.
    /// \a passwords may be null: the password is then never kept.
    explicit ConnectionDialog(PasswordStore *passwords, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /// Selects the profile called \a name; false when there is none.
    bool selectProfile(const QString &name);
    /// Adds a profile of \a kind with its defaults, selects it and returns its name.
    QString addProfile(ConnectionProfile::Kind kind);
    /// Adds a copy of the selected profile ("<name> (2)") and selects it.
    void duplicateProfile();
    /// Removes the selected profile after asking (unless \a ask is false).
    void removeProfile(bool ask = true);

    /// The selected profile as the fields describe it.
    ConnectionProfile profile() const;
    /// The password field of the selected profile (empty for SQLite).
    QString password() const;
    /// Whether the selected profile's password is to be kept in the PasswordStore.
    bool remembersPassword() const;
    /// What to open for the selected profile: its URL with password().
    Result<ConsoleOptions> consoleOptions() const;
    /// Every profile, as edited (saved by Connect and Save only).
    QList<ConnectionProfile> profiles() const;

    /// True when the selected profile is valid (Connect is enabled).
    bool isFormValid() const { return m_valid; }
    /// True while a test runs.
    bool isTesting() const { return m_testing; }

    /// Writes the profiles to QSettings and the remembered passwords to the PasswordStore. False, with the
    /// reason next to the password, when the store refused one.
    bool save();
    void accept() override;
    /// Close: with unsaved changes, asks whether to save them, discard them or stay.
    void reject() override;
    /// True when the profiles or a password differ from what is saved.
    bool hasUnsavedChanges() const;

    /// Opens \a options' database on the calling thread without changing it and describes it (the server's
    /// version, the schema's version), or fails with the engine's message. A SQLite file that does not exist
    /// yet is not created; a server gets 10 s to answer unless the URL sets connectTimeout. Blocks: call it off
    /// the GUI thread.
    static Result<QString> probe(const ConsoleOptions &options);

    /// What a test of a Java Quartz profile found.
    struct QuartzProbe
    {
        QStringList schedulers; ///< the scheduler names (SCHED_NAME) in the tables, when they could be read
        QString description;    ///< what was found, for a person (empty on failure)
        QString error;          ///< why the scheduler cannot be opened (empty on success)
    };
    /// Looks in \a url's Java Quartz tables under \a tablePrefix for the scheduler \a schedulerName (empty: the
    /// only one), as QuartzDatabase::open() does, without writing; a server gets 10 s to answer unless the URL
    /// sets connectTimeout. Blocks: call it off the GUI thread.
    static QuartzProbe probeQuartz(const DatabaseUrl &url, const QString &tablePrefix, const QString &schedulerName);

public slots:
    /// Tests the selected profile off the GUI thread; the answer comes with connectionTested().
    void testConnection();

signals:
    void connectionTested(bool ok, const QString &message);

private:
    /// One profile in the list, with its password state.
    struct Entry
    {
        ConnectionProfile profile;
        QString originalName;     ///< as saved (empty for a new one), for the recent list
        QString password;
        bool passwordLoaded = false; ///< the store was asked (or the user typed one)
        bool passwordStored = false; ///< the store holds an entry for the login
        bool passwordEdited = false;
        bool remember = false;
        QString passwordProblem;
    };

    QWidget *buildSqlitePage();
    QWidget *buildServerPage();
    void rebuildList();
    void showEntry(int row);
    void fieldsChanged();
    void kindChanged();
    void javaQuartzChanged(bool on);
    /// The fields a Java Quartz profile changes: run jobs hidden, the scheduler's hints, the kind's note.
    void showJavaQuartz(const ConnectionProfile &p);
    void showTestAnswer(bool ok, const QString &message);
    void fillTlsModes(ConnectionProfile::Kind kind, ConnectionProfile::TlsMode mode);
    void loadPassword(Entry &entry);
    void updatePasswordLocation();
    void validate();
    QList<std::pair<ConnectionProfile::Field, QString>> problemsOf(int row) const;
    bool persistPassword(Entry &entry, QString *error);
    void browseSqliteFile();
    void browseCaFile();
    void selectRow(int row);

    PasswordStore *m_passwords = nullptr;
    QList<Entry> m_entries;
    QStringList m_recent;
    int m_current = -1;
    bool m_showing = false;
    bool m_valid = false;
    bool m_testing = false;
    quint64 m_testGeneration = 0;

    QListWidget *m_list = nullptr;
    QToolButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_editor = nullptr;
    QLineEdit *m_name = nullptr;
    ErrorLabel *m_nameError = nullptr;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_file = nullptr;
    ErrorLabel *m_fileError = nullptr;
    QLineEdit *m_host = nullptr;
    ErrorLabel *m_hostError = nullptr;
    QLineEdit *m_port = nullptr;
    ErrorLabel *m_portError = nullptr;
    QLineEdit *m_database = nullptr;
    ErrorLabel *m_databaseError = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_passwordLocation = nullptr;
    ErrorLabel *m_passwordError = nullptr;
    QComboBox *m_tls = nullptr;
    ErrorLabel *m_tlsError = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_caFileBrowse = nullptr;
    ErrorLabel *m_caFileError = nullptr;
    QLineEdit *m_prefix = nullptr;
    ErrorLabel *m_prefixError = nullptr;
    QLineEdit *m_scheduler = nullptr;
    ErrorLabel *m_schedulerError = nullptr;
    QCheckBox *m_runJobs = nullptr;
    QCheckBox *m_javaQuartz = nullptr;
    QLabel *m_javaQuartzNote = nullptr;
    ErrorLabel *m_javaQuartzError = nullptr;
    QComboBox *m_schedulerChoice = nullptr;
    QLabel *m_urlLabel = nullptr;
    ErrorLabel *m_urlError = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    ErrorLabel *m_testError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Qronos
