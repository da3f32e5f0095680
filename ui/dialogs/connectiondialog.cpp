#include "connectiondialog.h"

#include "asynccall.h"
#include "passwordstore.h"
#include "store/quartzdatabase.h"
#include "store/schemamigrator.h"
#include "views/errorlabel.h"
#include "views/formwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>

namespace Qronos {

using namespace FormWidgets;

namespace {

using Field = ConnectionProfile::Field;
using Kind = ConnectionProfile::Kind;
using TlsMode = ConnectionProfile::TlsMode;

QWidget *stretchRow(std::initializer_list<QWidget *> widgets, int stretchIndex = 0)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (QWidget *w : widgets)
        layout->addWidget(w, i++ == stretchIndex ? 1 : 0);
    return box;
}

QLineEdit *lineEdit(const char *objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QString::fromLatin1(objectName));
    return edit;
}

/// The port field's text: empty = the default (0), else 1..65535, anything else -1 (invalid).
int portFromText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    bool ok = false;
    const int n = t.toInt(&ok);
    return ok && n >= 1 && n <= 65535 ? n : -1;
}

std::atomic_int g_probeCount{0};

/// \a url with connectTimeout=10 unless it sets one: a server that does not answer should not keep a test waiting
/// for minutes.
DatabaseUrl withConnectTimeout(const DatabaseUrl &url)
{
    if (url.kind() == DatabaseUrl::Kind::Sqlite || !url.option(QStringLiteral("connectTimeout")).isEmpty())
        return url;
    const QString text = url.toString();
    const Result<DatabaseUrl> bounded = DatabaseUrl::parse(
        text + (text.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + QStringLiteral("connectTimeout=10"),
        QProcessEnvironment());
    if (!bounded)
        return url;
    return url.password().isEmpty() ? *bounded : bounded->withPassword(url.password());
}

} // namespace

ConnectionDialog::ConnectionDialog(PasswordStore *passwords, QWidget *parent)
    : QDialog(parent)
    , m_passwords(passwords)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to a Database"));

    // ---- left: the profiles
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_add = new QToolButton;
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setText(tr("&Add"));
    m_add->setToolTip(tr("Add a connection"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *addMenu = new QMenu(m_add);
    addMenu->setObjectName(QStringLiteral("addMenu"));
    const auto addAction = [this, addMenu](const char *objectName, Kind kind) {
        QAction *action = addMenu->addAction(ConnectionProfile::kindText(kind));
        action->setObjectName(QString::fromLatin1(objectName));
        connect(action, &QAction::triggered, this, [this, kind]() { addProfile(kind); });
    };
    addAction("addSqliteAction", Kind::Sqlite);
    addAction("addPostgreSqlAction", Kind::PostgreSql);
    addAction("addMySqlAction", Kind::MySql);
    m_add->setMenu(addMenu);

    m_duplicate = new QPushButton(tr("D&uplicate"));
    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    connect(m_duplicate, &QPushButton::clicked, this, &ConnectionDialog::duplicateProfile);
    connect(m_remove, &QPushButton::clicked, this, [this]() { removeProfile(true); });

    auto *left = new QWidget;
    left->setObjectName(QStringLiteral("profilePane"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("&Connections:"));
    listLabel->setObjectName(QStringLiteral("profileListLabel"));
    listLabel->setBuddy(m_list);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    leftLayout->addLayout(listButtons);

    // ---- right: the selected profile
    m_editor = new QWidget;
    m_editor->setObjectName(QStringLiteral("profileEditor"));
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto *formBox = new QWidget;
    formBox->setObjectName(QStringLiteral("profileForm"));
    editorLayout->addWidget(formBox);
    editorLayout->addStretch(1);
    auto *form = newForm(formBox);

    m_name = lineEdit("nameEdit");
    m_name->setPlaceholderText(tr("e.g. Production cluster"));
    m_nameError = errorLabel("nameError");
    form->addRow(tr("&Name:"), withError(m_name, m_nameError));

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (Kind kind : {Kind::Sqlite, Kind::PostgreSql, Kind::MySql})
        m_kind->addItem(ConnectionProfile::kindText(kind), int(kind));
    form->addRow(tr("&Database:"), m_kind);

    m_javaQuartz = new QCheckBox(tr("&Java Quartz database (observe only)"));
    m_javaQuartz->setObjectName(QStringLiteral("javaQuartzCheck"));
    m_javaQuartz->setToolTip(tr("A Java Quartz 2.x cluster's own tables (QRTZ_\u2026), made by Quartz's DDL"));
    m_javaQuartzNote = noteLabel(tr("Qronos observes the Java Quartz cluster's own tables: it never runs its Java "
                                    "jobs, and writes to them only when you confirm an action (pause, resume, fire "
                                    "now, delete)."));
    m_javaQuartzNote->setObjectName(QStringLiteral("javaQuartzNote"));
    m_javaQuartzError = errorLabel("javaQuartzError");
    form->addRow(QString(), withError(m_javaQuartz, m_javaQuartzError));
    // A row of its own across the form, as the SQLite page's note: a wrapped label in a field column takes extra room.
    form->addRow(m_javaQuartzNote);

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("kindPages"));
    m_pages->addWidget(buildSqlitePage());
    m_pages->addWidget(buildServerPage());
    form->addRow(m_pages);

    auto *advanced = new QGroupBox(tr("Scheduler in the database"));
    advanced->setObjectName(QStringLiteral("advancedGroup"));
    auto *advancedForm = newForm(advanced);
    m_prefix = lineEdit("prefixEdit");
    m_prefix->setPlaceholderText(DatabaseUrl::defaultTablePrefix());
    m_prefixError = errorLabel("prefixError");
    advancedForm->addRow(tr("Table &prefix:"), withError(m_prefix, m_prefixError));
    m_scheduler = lineEdit("schedulerEdit");
    m_schedulerError = errorLabel("schedulerError");
    m_schedulerChoice = new QComboBox;
    m_schedulerChoice->setObjectName(QStringLiteral("schedulerChoice"));
    m_schedulerChoice->setToolTip(tr("The schedulers the test found in the Java Quartz tables"));
    m_schedulerChoice->hide();
    advancedForm->addRow(tr("&Scheduler name:"), withError(stretchRow({m_scheduler, m_schedulerChoice}), m_schedulerError));
    form->addRow(advanced);

    m_runJobs = new QCheckBox(tr("R&un jobs on this computer"));
    m_runJobs->setObjectName(QStringLiteral("runJobsCheck"));
    m_runJobs->setToolTip(tr("The console joins the cluster as a node and runs jobs; otherwise it only watches and "
                             "edits the schedule while other nodes run it"));
    form->addRow(m_runJobs);

    m_urlLabel = new QLabel;
    m_urlLabel->setObjectName(QStringLiteral("urlLabel"));
    m_urlLabel->setTextFormat(Qt::PlainText);
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_urlLabel->setWordWrap(true);
    m_urlError = errorLabel("urlError");
    form->addRow(tr("URL:"), withError(m_urlLabel, m_urlError));

    m_test = new QPushButton(tr("&Test Connection"));
    m_test->setObjectName(QStringLiteral("testButton"));
    m_testResult = new QLabel;
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testError = errorLabel("testError");
    auto *testBox = new QWidget;
    auto *testLayout = new QHBoxLayout(testBox);
    testLayout->setContentsMargins(0, 0, 0, 0);
    testLayout->addWidget(m_test, 0, Qt::AlignTop);
    auto *testText = new QVBoxLayout;
    testText->addWidget(m_testResult);
    testText->addWidget(m_testError);
    testLayout->addLayout(testText, 1);
    form->addRow(testBox);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("profileScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({210, 570});
    splitter->setChildrenCollapsible(false);

    m_buttons = new QDialogButtonBox;
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_connect = m_buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    m_save = m_buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_connect, &QPushButton::clicked, this, &ConnectionDialog::accept);
    connect(m_save, &QPushButton::clicked, this, &ConnectionDialog::save);
    connect(close, &QPushButton::clicked, this, &ConnectionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    // ---- wiring
    for (QLineEdit *edit : {m_name, m_file, m_host, m_port, m_database, m_user, m_caFile, m_prefix, m_scheduler})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::fieldsChanged);
    connect(m_password, &QLineEdit::textEdited, this, [this]() {
        if (m_showing || m_current < 0)
            return;
        Entry &entry = m_entries[m_current];
        entry.password = m_password->text();
        entry.passwordEdited = true;
        entry.passwordLoaded = true;
        m_testResult->clear();
        m_testError->setMessage({});
        ++m_testGeneration;
    });
    connect(m_remember, &QCheckBox::toggled, this, [this](bool on) {
        if (m_showing || m_current < 0)
            return;
        m_entries[m_current].remember = on;
        updatePasswordLocation();
    });
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectionDialog::fieldsChanged);
    connect(m_runJobs, &QCheckBox::toggled, this, &ConnectionDialog::fieldsChanged);
    connect(m_javaQuartz, &QCheckBox::toggled, this, &ConnectionDialog::javaQuartzChanged);
    connect(m_schedulerChoice, &QComboBox::activated, this, [this](int index) {
        if (index > 0) // the first item only says what the list is
            m_scheduler->setText(m_schedulerChoice->itemText(index));
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::kindChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionDialog::showEntry);

    // ---- the saved profiles
    const ConnectionProfiles saved = ConnectionProfiles::load();
    for (const ConnectionProfile &profile : saved.profiles()) {
        Entry entry;
        entry.profile = profile;
        entry.originalName = profile.name;
        m_entries.append(entry);
    }
    m_recent = saved.recent();
    rebuildList();
    if (m_entries.isEmpty()) {
        m_editor->setEnabled(false);
        showJavaQuartz(ConnectionProfile());
        validate();
    } else {
        int first = 0;
        if (!m_recent.isEmpty()) {
            for (int i = 0; i < m_entries.size(); ++i) {
                if (m_entries.at(i).profile.name == m_recent.constFirst())
                    first = i;
            }
        }
        selectRow(first);
    }
    resize(800, 560);
}

ConnectionDialog::~ConnectionDialog() = default;

QWidget *ConnectionDialog::buildSqlitePage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("sqlitePage"));
    auto *form = newForm(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_file = lineEdit("fileEdit");
    m_file->setPlaceholderText(tr("e.g. %1").arg(QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral("qronos.db")))));
    auto *browse = new QPushButton(tr("&Browse\u2026"));
    browse->setObjectName(QStringLiteral("fileBrowseButton"));
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browseSqliteFile);
    m_fileError = errorLabel("fileError");
    form->addRow(tr("&File:"), withError(stretchRow({m_file, browse}), m_fileError));
    auto *note = new QLabel(tr("A file that does not exist yet is created when you connect. A SQLite file has no "
                               "password and takes one node: the console runs its jobs."));
    note->setObjectName(QStringLiteral("sqliteNote"));
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget *ConnectionDialog::buildServerPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("serverPage"));
    auto *form = newForm(page);
    form->setContentsMargins(0, 0, 0, 0);

    m_host = lineEdit("hostEdit");
    m_host->setPlaceholderText(tr("e.g. db.example.com"));
    m_hostError = errorLabel("hostError");
    m_port = lineEdit("portEdit");
    m_port->setMaximumWidth(80);
    m_port->setToolTip(tr("Empty: the default port"));
    m_portError = errorLabel("portError");
    auto *portLabel = new QLabel(tr("P&ort:"));
    portLabel->setObjectName(QStringLiteral("portLabel"));
    portLabel->setBuddy(m_port);
    auto *hostBox = new QWidget;
    auto *hostLayout = new QVBoxLayout(hostBox);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    hostLayout->setSpacing(2);
    hostLayout->addWidget(stretchRow({m_host, portLabel, m_port}));
    hostLayout->addWidget(m_hostError);
    hostLayout->addWidget(m_portError);
    form->addRow(tr("&Host:"), hostBox);

    m_database = lineEdit("databaseEdit");
    m_database->setPlaceholderText(tr("e.g. qronos"));
    m_databaseError = errorLabel("databaseError");
    form->addRow(tr("Database na&me:"), withError(m_database, m_databaseError));

    m_user = lineEdit("userEdit");
    form->addRow(tr("&User:"), m_user);

    m_password = lineEdit("passwordEdit");
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(m_passwords ? tr("Remember in the &keychain") : tr("Remember (no keychain available)"));
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setEnabled(m_passwords != nullptr);
    m_passwordLocation = new QLabel;
    m_passwordLocation->setObjectName(QStringLiteral("passwordLocation"));
    m_passwordLocation->setWordWrap(true);
    m_passwordLocation->setTextFormat(Qt::PlainText);
    m_passwordError = errorLabel("passwordError");
    auto *passwordBox = new QWidget;
    auto *passwordLayout = new QVBoxLayout(passwordBox);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->setSpacing(2);
    passwordLayout->addWidget(stretchRow({m_password, m_remember}));
    passwordLayout->addWidget(m_passwordLocation);
    passwordLayout->addWidget(m_passwordError);
    form->addRow(tr("Pass&word:"), passwordBox);

    m_tls = new QComboBox;
    m_tls->setObjectName(QStringLiteral("tlsCombo"));
    m_tlsError = errorLabel("tlsError");
    form->addRow(tr("&TLS:"), withError(m_tls, m_tlsError));

    m_caFile = lineEdit("caFileEdit");
    m_caFile->setPlaceholderText(tr("the CA certificate (PEM) that signed the server's certificate"));
    m_caFileBrowse = new QPushButton(tr("B&rowse\u2026"));
    m_caFileBrowse->setObjectName(QStringLiteral("caFileBrowseButton"));
    connect(m_caFileBrowse, &QPushButton::clicked, this, &ConnectionDialog::browseCaFile);
    m_caFileError = errorLabel("caFileError");
    form->addRow(tr("CA f&ile:"), withError(stretchRow({m_caFile, m_caFileBrowse}), m_caFileError));
    return page;
}

void ConnectionDialog::rebuildList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        auto *item = new QListWidgetItem(m_entries.at(i).profile.name, m_list);
        item->setToolTip(m_entries.at(i).profile.urlText());
    }
    if (m_current >= 0 && m_current < m_list->count())
        m_list->setCurrentRow(m_current);
    m_duplicate->setEnabled(m_current >= 0);
    m_remove->setEnabled(m_current >= 0);
}

void ConnectionDialog::selectRow(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    if (m_list->currentRow() == row)
        showEntry(row);
    else
        m_list->setCurrentRow(row); // showEntry() through currentRowChanged
}

void ConnectionDialog::showEntry(int row)
{
    m_current = row;
    m_duplicate->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_editor->setEnabled(row >= 0);
    ++m_testGeneration;
    m_testing = false;
    m_testResult->clear();
    m_testError->setMessage({});
    if (row < 0) {
        validate();
        return;
    }
    Entry &entry = m_entries[row];
    if (entry.profile.kind != Kind::Sqlite && !entry.passwordLoaded)
        loadPassword(entry);

    const ConnectionProfile &p = entry.profile;
    m_showing = true;
    m_name->setText(p.name);
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    m_pages->setCurrentIndex(p.kind == Kind::Sqlite ? 0 : 1);
    // The stack as tall as the page shown, not as the tallest page.
    for (int i = 0; i < m_pages->count(); ++i) {
        const bool shown = i == m_pages->currentIndex();
        m_pages->widget(i)->setSizePolicy(shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                          shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_pages->adjustSize();
    m_file->setText(QDir::toNativeSeparators(p.sqliteFile));
    m_host->setText(p.host);
    m_port->setPlaceholderText(QString::number(ConnectionProfile::defaultPort(p.kind == Kind::Sqlite ? Kind::PostgreSql : p.kind)));
    m_port->setText(p.port > 0 ? QString::number(p.port) : p.port < 0 ? QStringLiteral("?") : QString());
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_password->setText(entry.password);
    m_remember->setChecked(entry.remember);
    fillTlsModes(p.kind, p.tls);
    m_caFile->setText(QDir::toNativeSeparators(p.caFile));
    m_prefix->setText(p.tablePrefix);
    m_scheduler->setText(p.schedulerName);
    m_runJobs->setChecked(p.runJobsHere);
    m_javaQuartz->setChecked(p.javaQuartz);
    m_schedulerChoice->clear();
    m_schedulerChoice->hide();
    showJavaQuartz(p);
    m_showing = false;
    m_passwordError->setMessage(entry.passwordProblem);
    updatePasswordLocation();
    validate();
}

void ConnectionDialog::fillTlsModes(Kind kind, TlsMode mode)
{
    const QSignalBlocker blocker(m_tls);
    m_tls->clear();
    for (TlsMode m : ConnectionProfile::tlsModes(kind))
        m_tls->addItem(ConnectionProfile::tlsModeText(kind, m), int(m));
    const int index = m_tls->findData(int(mode));
    m_tls->setCurrentIndex(index >= 0 ? index : 0);
}

void ConnectionDialog::loadPassword(Entry &entry)
{
    entry.passwordLoaded = true;
    if (!m_passwords)
        return;
    const Result<DatabaseUrl> url = entry.profile.url();
    if (!url)
        return;
    const PasswordStore::Outcome found = m_passwords->read(*url);
    switch (found.status) {
    case PasswordStore::Status::Ok:
        entry.password = found.password;
        entry.passwordStored = true;
        entry.remember = true;
        break;
    case PasswordStore::Status::NotFound:
        break;
    case PasswordStore::Status::Failed:
        entry.passwordProblem = tr("The password could not be read from %1: %2").arg(m_passwords->location(), found.message);
        break;
    }
}

void ConnectionDialog::updatePasswordLocation()
{
    if (m_current < 0)
        return;
    const Entry &entry = m_entries.at(m_current);
    QString text;
    if (!m_passwords) {
        text = tr("The password is not kept: it is used for this connection only.");
    } else if (entry.remember) {
        const Result<DatabaseUrl> url = entry.profile.url();
        const QString key = url ? m_passwords->entryName(*url) : QString();
        text = key.isEmpty() ? tr("Kept in %1.").arg(m_passwords->location())
                             : tr("Kept in %1 as \u201c%2\u201d.").arg(m_passwords->location(), key);
    } else if (entry.passwordStored) {
        text = tr("Not kept: Save or Connect removes it from %1.").arg(m_passwords->location());
    } else {
        text = tr("Not kept: used for this connection only (never written to the settings file).");
    }
    m_passwordLocation->setText(text);
}

void ConnectionDialog::kindChanged()
{
    if (m_showing || m_current < 0)
        return;
    Entry &entry = m_entries[m_current];
    const auto kind = Kind(m_kind->currentData().toInt());
    if (kind == entry.profile.kind)
        return;
    entry.profile.kind = kind;
    // The new kind's defaults for what the kinds do not share.
    entry.profile.runJobsHere = kind == Kind::Sqlite && !entry.profile.javaQuartz;
    if (!ConnectionProfile::tlsModes(kind).contains(entry.profile.tls))
        entry.profile.tls = TlsMode::Default;
    if (kind != Kind::Sqlite && !entry.passwordLoaded)
        loadPassword(entry);
    showEntry(m_current);
}

void ConnectionDialog::fieldsChanged()
{
    if (m_showing || m_current < 0)
        return;
    Entry &entry = m_entries[m_current];
    ConnectionProfile &p = entry.profile;
    p.name = m_name->text().trimmed();
    p.sqliteFile = QDir::fromNativeSeparators(m_file->text().trimmed());
    p.host = m_host->text().trimmed();
    p.port = portFromText(m_port->text());
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    if (m_tls->currentIndex() >= 0)
        p.tls = TlsMode(m_tls->currentData().toInt());
    p.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    p.tablePrefix = m_prefix->text().trimmed();
    p.schedulerName = m_scheduler->text().trimmed();
    p.runJobsHere = m_runJobs->isChecked() && !p.javaQuartz;
    if (QListWidgetItem *item = m_list->item(m_current)) {
        item->setText(p.name);
        item->setToolTip(p.urlText());
    }
    // A test answer belongs to the fields it was asked with.
    ++m_testGeneration;
    m_testing = false;
    m_testResult->clear();
    m_testError->setMessage({});
    updatePasswordLocation();
    validate();
}

QList<std::pair<Field, QString>> ConnectionDialog::problemsOf(int row) const
{
    const ConnectionProfile &p = m_entries.at(row).profile;
    QList<std::pair<Field, QString>> problems = p.problems();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (i != row && !p.name.isEmpty() && m_entries.at(i).profile.name.compare(p.name, Qt::CaseInsensitive) == 0) {
            problems.prepend({Field::Name, tr("Another connection is named \u201c%1\u201d.").arg(m_entries.at(i).profile.name)});
            break;
        }
    }
    return problems;
}

void ConnectionDialog::validate()
{
    bool allValid = true;
    for (int i = 0; i < m_entries.size(); ++i) {
        const bool ok = problemsOf(i).isEmpty();
        allValid = allValid && ok;
        if (QListWidgetItem *item = m_list->item(i))
            item->setIcon(ok ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }

    QMap<Field, QString> messages;
    if (m_current >= 0) {
        for (const auto &[field, message] : problemsOf(m_current)) {
            if (!messages.contains(field))
                messages.insert(field, message);
        }
    }
    m_valid = m_current >= 0 && messages.isEmpty();
    m_nameError->setMessage(messages.value(Field::Name));
    m_fileError->setMessage(messages.value(Field::File));
    m_hostError->setMessage(messages.value(Field::Host));
    m_portError->setMessage(messages.value(Field::Port));
    m_databaseError->setMessage(messages.value(Field::Database));
    m_tlsError->setMessage(messages.value(Field::Tls));
    m_caFileError->setMessage(messages.value(Field::CaFile));
    m_prefixError->setMessage(messages.value(Field::Prefix));
    m_schedulerError->setMessage(messages.value(Field::Scheduler));
    m_javaQuartzError->setMessage(messages.value(Field::JavaQuartz));
    QString urlProblem = messages.value(Field::Url);
    if (urlProblem.isEmpty() && messages.contains(Field::User))
        urlProblem = messages.value(Field::User);
    m_urlError->setMessage(urlProblem);

    if (m_current >= 0) {
        const ConnectionProfile &p = m_entries.at(m_current).profile;
        m_urlLabel->setText(p.urlText());
        const bool needsCa = p.kind == Kind::MySql ? p.tls == TlsMode::VerifyCa : p.tls != TlsMode::Disable;
        m_caFile->setEnabled(needsCa || !p.caFile.isEmpty());
        m_caFileBrowse->setEnabled(m_caFile->isEnabled());
    } else {
        m_urlLabel->clear();
    }
    m_connect->setEnabled(m_valid);
    m_test->setEnabled(m_valid);
    m_save->setEnabled(allValid);
}

ConnectionProfile ConnectionDialog::profile() const
{
    return m_current >= 0 ? m_entries.at(m_current).profile : ConnectionProfile();
}

QString ConnectionDialog::password() const
{
    if (m_current < 0 || m_entries.at(m_current).profile.kind == Kind::Sqlite)
        return {};
    return m_entries.at(m_current).password;
}

bool ConnectionDialog::remembersPassword() const
{
    return m_current >= 0 && m_entries.at(m_current).remember;
}

Result<ConsoleOptions> ConnectionDialog::consoleOptions() const
{
    // The password field already holds what the store keeps: no second read.
    return profile().consoleOptions(nullptr, password());
}

QList<ConnectionProfile> ConnectionDialog::profiles() const
{
    QList<ConnectionProfile> result;
    for (const Entry &entry : m_entries)
        result.append(entry.profile);
    return result;
}

bool ConnectionDialog::selectProfile(const QString &name)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).profile.name == name) {
            selectRow(i);
            return true;
        }
    }
    return false;
}

QString ConnectionDialog::addProfile(Kind kind)
{
    ConnectionProfiles names;
    names.setProfiles(profiles());
    Entry entry;
    entry.profile = ConnectionProfile::create(kind, names.uniqueName(tr("New connection")));
    if (kind == Kind::Sqlite)
        entry.profile.sqliteFile = QDir::home().filePath(QStringLiteral("qronos.db"));
    entry.passwordLoaded = true; // a new login: nothing to look up
    m_entries.append(entry);
    m_current = int(m_entries.size()) - 1;
    rebuildList();
    selectRow(m_current);
    m_name->setFocus();
    m_name->selectAll();
    return entry.profile.name;
}

void ConnectionDialog::duplicateProfile()
{
    if (m_current < 0)
        return;
    ConnectionProfiles names;
    names.setProfiles(profiles());
    Entry copy = m_entries.at(m_current);
    copy.profile.name = names.uniqueName(copy.profile.name);
    copy.originalName.clear();
    // The copy's login is the same until it is edited; its entry in the store is not its own to remove.
    copy.passwordStored = false;
    copy.passwordEdited = !copy.password.isEmpty();
    m_entries.append(copy);
    m_current = int(m_entries.size()) - 1;
    rebuildList();
    selectRow(m_current);
}

void ConnectionDialog::removeProfile(bool ask)
{
    if (m_current < 0)
        return;
    const QString name = m_entries.at(m_current).profile.name;
    if (ask) {
        QMessageBox box(QMessageBox::Question, tr("Remove Connection"),
                        tr("Remove the connection \u201c%1\u201d? The database itself is not touched.").arg(name),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("removeConfirmation"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.button(QMessageBox::Yes)->setText(tr("Remove"));
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    m_entries.removeAt(m_current);
    m_current = qMin(m_current, int(m_entries.size()) - 1);
    rebuildList();
    if (m_current >= 0)
        selectRow(m_current);
    else
        showEntry(-1);
}

bool ConnectionDialog::persistPassword(Entry &entry, QString *error)
{
    if (!m_passwords || entry.profile.kind == Kind::Sqlite || !entry.passwordLoaded)
        return true;
    const Result<DatabaseUrl> url = entry.profile.url();
    if (!url)
        return true;
    if (entry.remember) {
        if (entry.password.isEmpty() || (entry.passwordStored && !entry.passwordEdited))
            return true;
        const PasswordStore::Outcome written = m_passwords->write(*url, entry.password);
        if (written.status != PasswordStore::Status::Ok) {
            *error = tr("The password could not be kept in %1: %2. Uncheck \u201cRemember\u201d to connect without "
                        "keeping it.").arg(m_passwords->location(), written.message);
            return false;
        }
        entry.passwordStored = true;
        entry.passwordEdited = false;
    } else if (entry.passwordStored) {
        const PasswordStore::Outcome removed = m_passwords->remove(*url);
        if (removed.status == PasswordStore::Status::Failed) {
            *error = tr("The password could not be removed from %1: %2").arg(m_passwords->location(), removed.message);
            return false;
        }
        entry.passwordStored = false;
    }
    return true;
}

bool ConnectionDialog::save()
{
    validate();
    for (int i = 0; i < m_entries.size(); ++i) {
        QString error;
        if (!persistPassword(m_entries[i], &error)) {
            m_entries[i].passwordProblem = error;
            selectRow(i);
            m_passwordError->setMessage(error);
            return false;
        }
        m_entries[i].passwordProblem.clear();
    }
    if (m_current >= 0)
        m_passwordError->setMessage({});

    ConnectionProfiles stored = ConnectionProfiles::load();
    QStringList recent = stored.recent();
    // Follow renames into the recent list; the ones removed drop out in setProfiles().
    ConnectionProfiles saved;
    saved.setProfiles(profiles());
    for (int i = int(recent.size()) - 1; i >= 0; --i) {
        QString name = recent.at(i);
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.originalName == name)
                name = entry.profile.name;
        }
        saved.noteUsed(name);
    }
    saved.save();
    for (Entry &entry : m_entries)
        entry.originalName = entry.profile.name;
    m_recent = saved.recent();
    updatePasswordLocation();
    return true;
}

void ConnectionDialog::accept()
{
    validate();
    if (!m_valid)
        return;
    if (!save())
        return;
    ConnectionProfiles saved = ConnectionProfiles::load();
    saved.noteUsed(profile().name);
    saved.save();
    m_recent = saved.recent();
    QDialog::accept();
}

bool ConnectionDialog::hasUnsavedChanges() const
{
    if (profiles() != ConnectionProfiles::load().profiles())
        return true;
    for (const Entry &entry : m_entries) {
        if (entry.profile.kind == Kind::Sqlite || !m_passwords)
            continue;
        if ((entry.remember && entry.passwordEdited && !entry.password.isEmpty()) || (!entry.remember && entry.passwordStored))
            return true;
    }
    return false;
}

void ConnectionDialog::reject()
{
    if (hasUnsavedChanges()) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                        tr("Save the changes to the connections before closing?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedChanges"));
        box.setDefaultButton(QMessageBox::Save);
        const bool allValid = m_save->isEnabled();
        box.button(QMessageBox::Save)->setEnabled(allValid);
        if (!allValid)
            box.setInformativeText(tr("A connection marked in the list has a field to correct before it can be saved."));
        switch (box.exec()) {
        case QMessageBox::Save:
            if (!save())
                return;
            break;
        case QMessageBox::Discard:
            break;
        default:
            return;
        }
    }
    QDialog::reject();
}

void ConnectionDialog::testConnection()
{
    validate();
    if (!m_valid)
        return;
    const Result<ConsoleOptions> options = consoleOptions();
    if (!options) {
        m_testError->setMessage(options.error());
        emit connectionTested(false, options.error());
        return;
    }
    const quint64 generation = ++m_testGeneration;
    m_testing = true;
    m_testError->setMessage({});
    m_testResult->setText(tr("Connecting to %1\u2026").arg(options->displayUrl()));
    const ConnectionProfile p = profile();
    if (p.javaQuartz) {
        runAsync(
            this, [url = options->url, p]() { return probeQuartz(url, p.tablePrefix, p.schedulerName); },
            [this, generation](const QuartzProbe &found) {
                if (generation != m_testGeneration)
                    return;
                const QSignalBlocker blocker(m_schedulerChoice);
                m_schedulerChoice->clear();
                if (!found.schedulers.isEmpty()) {
                    m_schedulerChoice->addItem(tr("Found: %n scheduler(s)", nullptr, int(found.schedulers.size())));
                    m_schedulerChoice->addItems(found.schedulers);
                }
                m_schedulerChoice->setVisible(!found.schedulers.isEmpty());
                const bool ok = found.error.isEmpty();
                showTestAnswer(ok, ok ? found.description : found.error);
            });
        return;
    }
    runAsync(this, [opts = *options]() { return probe(opts); }, [this, generation](Result<QString> answer) {
        if (generation != m_testGeneration)
            return; // the fields changed meanwhile
        showTestAnswer(answer.ok(), answer ? *answer : answer.error());
    });
}

void ConnectionDialog::showTestAnswer(bool ok, const QString &message)
{
    m_testing = false;
    if (ok) {
        m_testResult->setText(QStringLiteral("\u2714 ") + message);
        m_testError->setMessage({});
    } else {
        m_testResult->clear();
        m_testError->setMessage(message);
    }
    emit connectionTested(ok, message);
}

ConnectionDialog::QuartzProbe ConnectionDialog::probeQuartz(const DatabaseUrl &url, const QString &tablePrefix,
                                                            const QString &schedulerName)
{
    QuartzProbe found;
    const DatabaseUrl bounded = withConnectTimeout(url);
    Result<QStringList> names = QuartzDatabase::schedulerNames(bounded, tablePrefix);
    if (!names) {
        found.error = names.error();
        return found;
    }
    found.schedulers = *names;
    const Result<std::unique_ptr<QuartzDatabase>> opened = QuartzDatabase::open(bounded, tablePrefix, schedulerName);
    if (!opened) {
        found.error = opened.error();
        return found;
    }
    const QuartzDatabase &db = **opened;
    const Result<QList<QuartzInstance>> nodes = db.instances();
    if (!nodes) {
        found.error = nodes.error();
        return found;
    }
    const QString what = tr("Java Quartz scheduler \u201c%1\u201d found in the %2 tables.")
                             .arg(db.schedulerName(), db.tablePrefix());
    const QString nodesText = nodes->isEmpty() ? tr("No Java node has checked in (not clustered, or stopped).")
                                               : tr("%n Java node(s) checked in.", nullptr, int(nodes->size()));
    found.description = what + QLatin1Char(' ') + nodesText;
    const auto overdue = std::count_if(nodes->cbegin(), nodes->cend(), [](const QuartzInstance &i) { return i.overdue; });
    if (overdue > 0)
        found.description += QLatin1Char(' ') + tr("%n of them presumed dead (silent longer than their interval plus "
                                                   "Quartz's grace).", nullptr, int(overdue));
    if (found.schedulers.size() > 1)
        found.description += QLatin1Char(' ') + tr("Schedulers in the database: %1.").arg(found.schedulers.join(QStringLiteral(", ")));
    return found;
}

void ConnectionDialog::javaQuartzChanged(bool on)
{
    if (m_showing || m_current < 0)
        return;
    ConnectionProfile &p = m_entries[m_current].profile;
    if (p.javaQuartz == on)
        return;
    p.setJavaQuartz(on);
    m_schedulerChoice->clear();
    m_schedulerChoice->hide();
    m_showing = true;
    m_scheduler->setText(p.schedulerName);
    m_runJobs->setChecked(p.runJobsHere);
    m_showing = false;
    showJavaQuartz(p);
    fieldsChanged();
}

void ConnectionDialog::showJavaQuartz(const ConnectionProfile &p)
{
    m_javaQuartzNote->setVisible(p.javaQuartz);
    // A SQLite profile cannot be a Java Quartz one: the box only stays to be unchecked.
    m_javaQuartz->setEnabled(p.kind != Kind::Sqlite || p.javaQuartz);
    m_runJobs->setVisible(!p.javaQuartz);
    m_runJobs->setEnabled(!p.javaQuartz);
    if (p.javaQuartz) {
        m_scheduler->setPlaceholderText(tr("empty: the only one in the database"));
        m_scheduler->setToolTip(tr("Quartz's org.quartz.scheduler.instanceName, the tables' SCHED_NAME; empty: the "
                                   "only scheduler in the database"));
        m_prefix->setToolTip(tr("Quartz's org.quartz.jobStore.tablePrefix (default %1)").arg(DatabaseUrl::defaultTablePrefix()));
        m_urlLabel->setToolTip(tr("The same database for qronosctl --quartz-db (the password is never part of it)"));
    } else {
        m_scheduler->setPlaceholderText(DatabaseUrl::defaultSchedulerName());
        m_scheduler->setToolTip(tr("The scheduler name (SCHED_NAME): several schedulers can share one set of tables"));
        m_prefix->setToolTip(tr("The prefix of the scheduler's table names; nodes with the same prefix share a schedule"));
        m_urlLabel->setToolTip(tr("The same database for qronosctl --db (the password is never part of it)"));
    }
}

Result<QString> ConnectionDialog::probe(const ConsoleOptions &options)
{
    const DatabaseUrl url = withConnectTimeout(options.url);
    if (url.kind() == DatabaseUrl::Kind::Sqlite && url.database() != QLatin1String(":memory:")
        && !QFileInfo::exists(url.database())) {
        const QFileInfo file(url.database());
        if (!file.absoluteDir().exists())
            return fail(tr("The folder \u201c%1\u201d does not exist.").arg(QDir::toNativeSeparators(file.absolutePath())));
        return tr("The file does not exist yet: it is created when you connect.");
    }
    const QString connection = QStringLiteral("qronos-connection-test-%1").arg(++g_probeCount);
    SchemaMigrator migrator(url, connection);
    if (Result<Done> opened = migrator.open(); !opened)
        return fail(opened.error());
    const QString kind = migrator.dialect().displayName();
    QString server = migrator.serverVersion();
    if (!server.contains(kind, Qt::CaseInsensitive))
        server = server.isEmpty() ? kind : kind + QLatin1Char(' ') + server;
    const Result<int> version = migrator.currentVersion();
    if (!version)
        return fail(version.error());
    const int latest = migrator.latestVersion();
    QString schema;
    if (*version == 0)
        schema = tr("No Qronos tables yet: they are created when you connect.");
    else if (*version < latest)
        schema = tr("Schema version %1: connecting brings it up to version %2.").arg(*version).arg(latest);
    else if (*version == latest)
        schema = tr("Schema version %1, up to date.").arg(*version);
    else
        schema = tr("Schema version %1 is newer than this program knows (%2): update Qronos.").arg(*version).arg(latest);
    return tr("Connected to %1. %2").arg(server, schema);
}

void ConnectionDialog::browseSqliteFile()
{
    const QString start = m_file->text().isEmpty() ? QDir::homePath() : m_file->text();
    const QString file = QFileDialog::getSaveFileName(this, tr("Database File"), start,
                                                      tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_file->setText(QDir::toNativeSeparators(file));
}

void ConnectionDialog::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificate"), m_caFile->text(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(file));
}

} // namespace Qronos
