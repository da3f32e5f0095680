#pragma once

#include "notificationsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Qronos {

class ErrorLabel;

/// The console's preferences: the language (the system's, English, Simplified Chinese; QSettings "ui/language")
/// and the desktop notifications (NotificationSettings: failed executions, misfires, the job groups to notify
/// about). Shows what QSettings holds; OK saves it and switches the language at once through
/// TranslationLoader::reinstall() (windows that do not handle QEvent::LanguageChange follow after a restart,
/// as the dialog says).
///
/// Object names: "languageCombo" (item data "", "en", "zh_CN"), "languageNote", "failedCheck", "misfireCheck",
/// "groupsEdit", "groupsError", "buttonBox", "okButton", "cancelButton".
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// The chosen language: "" (the system's), "en" or "zh_CN".
    QString language() const;
    /// The notification settings as the fields describe them.
    NotificationSettings notificationSettings() const;
    /// True when every field is valid (OK is enabled).
    bool isFormValid() const { return m_valid; }

    /// Saves, applies a changed language, and closes.
    void accept() override;

signals:
    /// After OK changed the language.
    void languageChanged(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

    QString m_savedLanguage;
    bool m_valid = true;
    QGroupBox *m_languageGroup = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QGroupBox *m_notificationGroup = nullptr;
    QCheckBox *m_failed = nullptr;
    QCheckBox *m_misfires = nullptr;
    QLabel *m_groupsLabel = nullptr;
    QLineEdit *m_groups = nullptr;
    ErrorLabel *m_groupsError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Qronos
