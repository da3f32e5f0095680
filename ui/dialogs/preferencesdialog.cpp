#include "preferencesdialog.h"

#include "model/keys.h"
#include "translationloader.h"
#include "views/errorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Qronos {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));

    m_languageGroup = new QGroupBox;
    m_languageGroup->setObjectName(QStringLiteral("languageGroup"));
    auto *languageForm = new QFormLayout(m_languageGroup);
    languageForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language in its own words, so that someone who cannot read the current one finds theirs.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("\u7b80\u4f53\u4e2d\u6587"), QStringLiteral("zh_CN"));
    m_languageLabel = new QLabel;
    m_languageLabel->setObjectName(QStringLiteral("languageLabel"));
    m_languageLabel->setBuddy(m_language);
    languageForm->addRow(m_languageLabel, m_language);
    m_languageNote = new QLabel;
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    languageForm->addRow(m_languageNote);

    m_notificationGroup = new QGroupBox;
    m_notificationGroup->setObjectName(QStringLiteral("notificationGroup"));
    auto *notificationForm = new QFormLayout(m_notificationGroup);
    notificationForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_failed = new QCheckBox;
    m_failed->setObjectName(QStringLiteral("failedCheck"));
    m_misfires = new QCheckBox;
    m_misfires->setObjectName(QStringLiteral("misfireCheck"));
    notificationForm->addRow(m_failed);
    notificationForm->addRow(m_misfires);
    m_groups = new QLineEdit;
    m_groups->setObjectName(QStringLiteral("groupsEdit"));
    m_groupsError = new ErrorLabel;
    m_groupsError->setObjectName(QStringLiteral("groupsError"));
    m_groupsLabel = new QLabel;
    m_groupsLabel->setObjectName(QStringLiteral("groupsLabel"));
    m_groupsLabel->setBuddy(m_groups);
    auto *groupsBox = new QWidget;
    auto *groupsLayout = new QVBoxLayout(groupsBox);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    groupsLayout->setSpacing(2);
    groupsLayout->addWidget(m_groups);
    groupsLayout->addWidget(m_groupsError);
    notificationForm->addRow(m_groupsLabel, groupsBox);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_languageGroup);
    layout->addWidget(m_notificationGroup);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    retranslate();

    // What is stored now.
    m_savedLanguage = QSettings().value(kLanguage).toString();
    const int languageIndex = m_language->findData(m_savedLanguage);
    m_language->setCurrentIndex(languageIndex >= 0 ? languageIndex : 0);
    const NotificationSettings notifications = NotificationSettings::load();
    m_failed->setChecked(notifications.failedExecutions);
    m_misfires->setChecked(notifications.misfires);
    m_groups->setText(NotificationSettings::groupsText(notifications.groups));

    connect(m_groups, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    connect(m_failed, &QCheckBox::toggled, this, &PreferencesDialog::validate);
    connect(m_misfires, &QCheckBox::toggled, this, &PreferencesDialog::validate);
    validate();
    resize(560, 380);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_languageGroup->setTitle(tr("Language"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_languageNote->setText(tr("The new language applies when you click OK. Some windows that are already open "
                               "change their language only after you restart Qronos."));
    m_notificationGroup->setTitle(tr("Notifications"));
    m_failed->setText(tr("Notify me of &failed executions"));
    m_misfires->setText(tr("Notify me of &misfires"));
    m_groupsLabel->setText(tr("Only for the job &groups:"));
    m_groups->setPlaceholderText(tr("all groups; or e.g. reports, billing"));
    m_groups->setToolTip(tr("Comma-separated job groups; empty: every group"));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::validate()
{
    QString problem;
    for (const QString &group : NotificationSettings::parseGroups(m_groups->text())) {
        const QString reason = keyPartProblem(group);
        if (!reason.isEmpty()) {
            problem = tr("The group \u201c%1\u201d: %2").arg(group, reason);
            break;
        }
    }
    m_groupsError->setMessage(problem);
    m_groups->setEnabled(m_failed->isChecked() || m_misfires->isChecked());
    m_valid = problem.isEmpty();
    m_ok->setEnabled(m_valid);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

NotificationSettings PreferencesDialog::notificationSettings() const
{
    NotificationSettings settings;
    settings.failedExecutions = m_failed->isChecked();
    settings.misfires = m_misfires->isChecked();
    settings.groups = NotificationSettings::parseGroups(m_groups->text());
    return settings;
}

void PreferencesDialog::accept()
{
    validate();
    if (!m_valid)
        return;
    QSettings settings;
    settings.setValue(kLanguage, language());
    notificationSettings().save(settings);
    const QString chosen = language();
    const bool changed = chosen != m_savedLanguage;
    m_savedLanguage = chosen;
    QDialog::accept();
    if (changed) {
        TranslationLoader::reinstall(QCoreApplication::instance(), TranslationLoader::localeForLanguage(chosen));
        emit languageChanged(chosen);
    }
}

} // namespace Qronos
