#include "jobeditordialog.h"

#include "jobs/jobtyperegistry.h"
#include "views/errorlabel.h"
#include "views/formwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace Qronos {

using namespace FormWidgets;

namespace {

constexpr double MaxSeconds = 366.0 * 24 * 3600; // JobDataReader::seconds() accepts up to a year
constexpr qint64 MaxOptionMs = 9'000'000'000'000'000; // JobDetail::setOptionsFromJson()'s bound

/// One job-data key shown by a field of a type page.
///
/// A field that was not changed since it was loaded gives back the stored value as it was (type and
/// spelling included), so that loading a job and reading it back never changes its data.
struct Binding
{
    QString key;
    QWidget *widget = nullptr;   // disabled while the job-data table holds the key
    ErrorLabel *error = nullptr; // parse errors and the validator's messages about the key
    QString toolTip;             // the widget's own tool tip, restored when it is enabled again
    std::function<bool(const QVariant &)> accepts; // can the field show this stored value?
    std::function<void(const QVariant &)> show;    // an invalid variant: the key is absent
    std::function<QString()> state;                // the field's content, to tell whether it changed
    std::function<Result<QVariant>()> read;        // an invalid variant: leave the key out
    QVariant loaded;
    QString loadedState;
};

bool hasType(const QVariant &v, QMetaType::Type type)
{
    return v.isValid() && v.typeId() == int(type);
}

void putValue(JobDataMap &data, const QString &key, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong: data.put(key, v.toLongLong()); break;
    case QMetaType::Double: data.put(key, v.toDouble()); break;
    case QMetaType::Bool: data.put(key, v.toBool()); break;
    default: data.put(key, v.toString()); break;
    }
}

QString compact(const QJsonDocument &doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString doubleText(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

/// The JSON value held as text in \a v, when it is text that parses.
std::optional<QJsonDocument> jsonIn(const QVariant &v)
{
    if (!hasType(v, QMetaType::QString))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

QPushButton *newButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

/// A list or table with its buttons in a column beside it.
QWidget *withButtons(QWidget *view, std::initializer_list<QPushButton *> buttons)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 1);
    auto *column = new QVBoxLayout;
    for (QPushButton *b : buttons)
        column->addWidget(b);
    column->addStretch(1);
    layout->addLayout(column);
    return box;
}

/// A field whose content is its text: empty means the key is absent.
Binding textBinding(const QString &key, std::function<QString()> text, std::function<void(const QString &)> setText)
{
    Binding b;
    b.key = key;
    b.accepts = [](const QVariant &v) { return hasType(v, QMetaType::QString); };
    b.show = [setText](const QVariant &v) { setText(v.isValid() ? v.toString() : QString()); };
    b.state = text;
    b.read = [text]() -> Result<QVariant> {
        const QString t = text();
        return t.isEmpty() ? QVariant() : QVariant(t);
    };
    return b;
}

Binding lineBinding(const QString &key, QLineEdit *edit)
{
    return textBinding(key, [edit] { return edit->text(); }, [edit](const QString &t) { edit->setText(t); });
}

Binding plainTextBinding(const QString &key, QPlainTextEdit *edit)
{
    return textBinding(key, [edit] { return edit->toPlainText(); },
                       [edit](const QString &t) { edit->setPlainText(t); });
}

/// An editable combo box; \a absentText is what it shows when the key is absent.
Binding comboTextBinding(const QString &key, QComboBox *combo, const QString &absentText)
{
    Binding b = textBinding(key, [combo] { return combo->currentText(); },
                            [combo, absentText](const QString &t) { combo->setEditText(t.isEmpty() ? absentText : t); });
    return b;
}

Binding checkBinding(const QString &key, QCheckBox *check, bool fallback)
{
    Binding b;
    b.key = key;
    b.accepts = [](const QVariant &v) { return hasType(v, QMetaType::Bool); };
    b.show = [check, fallback](const QVariant &v) { check->setChecked(v.isValid() ? v.toBool() : fallback); };
    b.state = [check] { return check->isChecked() ? QStringLiteral("1") : QStringLiteral("0"); };
    b.read = [check]() -> Result<QVariant> { return QVariant(check->isChecked()); };
    return b;
}

/// Seconds in a spin box; 0 ("no limit") leaves the key out.
Binding secondsBinding(const QString &key, QDoubleSpinBox *spin)
{
    Binding b;
    b.key = key;
    b.accepts = [](const QVariant &v) {
        if (!hasType(v, QMetaType::LongLong) && !hasType(v, QMetaType::Double))
            return false;
        const double d = v.toDouble();
        return std::isfinite(d) && d >= 0 && d <= MaxSeconds;
    };
    b.show = [spin](const QVariant &v) { spin->setValue(v.isValid() ? v.toDouble() : 0.0); };
    b.state = [spin] { return doubleText(spin->value()); };
    b.read = [spin]() -> Result<QVariant> { return spin->value() == 0 ? QVariant() : QVariant(spin->value()); };
    return b;
}

/// A whole number, or text when it is not one (exit codes and statuses: "0" or "200-299,304").
Binding integerOrTextBinding(const QString &key, QLineEdit *edit)
{
    Binding b = lineBinding(key, edit);
    b.accepts = [](const QVariant &v) { return hasType(v, QMetaType::LongLong) || hasType(v, QMetaType::QString); };
    b.show = [edit](const QVariant &v) { edit->setText(v.isValid() ? v.toString() : QString()); };
    b.read = [edit]() -> Result<QVariant> {
        const QString t = edit->text().trimmed();
        if (t.isEmpty())
            return QVariant();
        bool ok = false;
        const qint64 n = t.toLongLong(&ok);
        return ok ? QVariant(n) : QVariant(t);
    };
    return b;
}

Binding integerBinding(const QString &key, QLineEdit *edit)
{
    Binding b = lineBinding(key, edit);
    b.accepts = [](const QVariant &v) { return hasType(v, QMetaType::LongLong); };
    b.show = [edit](const QVariant &v) { edit->setText(v.isValid() ? QString::number(v.toLongLong()) : QString()); };
    b.read = [edit]() -> Result<QVariant> {
        const QString t = edit->text().trimmed();
        if (t.isEmpty())
            return QVariant();
        bool ok = false;
        const qint64 n = t.toLongLong(&ok);
        if (!ok)
            return fail(JobEditorDialog::tr("\"%1\" is not a whole number.").arg(t));
        return QVariant(n);
    };
    return b;
}

Binding numberBinding(const QString &key, QLineEdit *edit)
{
    Binding b = lineBinding(key, edit);
    b.accepts = [](const QVariant &v) { return hasType(v, QMetaType::LongLong) || hasType(v, QMetaType::Double); };
    b.show = [edit](const QVariant &v) {
        if (!v.isValid())
            edit->clear();
        else if (hasType(v, QMetaType::LongLong))
            edit->setText(QString::number(v.toLongLong()));
        else
            edit->setText(doubleText(v.toDouble()));
    };
    b.read = [edit]() -> Result<QVariant> {
        const QString t = edit->text().trimmed();
        if (t.isEmpty())
            return QVariant();
        bool ok = false;
        const double d = t.toDouble(&ok);
        if (!ok)
            return fail(JobEditorDialog::tr("\"%1\" is not a number.").arg(t));
        return QVariant(d);
    };
    return b;
}

/// A list of strings, stored as a JSON array in a text value.
Binding stringListBinding(const QString &key, QListWidget *list)
{
    const auto items = [list] {
        QJsonArray array;
        for (int i = 0; i < list->count(); ++i)
            array.append(list->item(i)->text());
        return array;
    };
    Binding b;
    b.key = key;
    b.accepts = [](const QVariant &v) {
        const std::optional<QJsonDocument> doc = jsonIn(v);
        if (!doc || !doc->isArray())
            return false;
        const QJsonArray array = doc->array();
        return std::all_of(array.begin(), array.end(), [](const QJsonValue &e) { return e.isString(); });
    };
    b.show = [list](const QVariant &v) {
        list->clear();
        if (const std::optional<QJsonDocument> doc = jsonIn(v)) {
            for (const QJsonValue &e : doc->array()) {
                auto *item = new QListWidgetItem(e.toString(), list);
                item->setFlags(item->flags() | Qt::ItemIsEditable);
            }
        }
    };
    b.state = [items] { return compact(QJsonDocument(items())); };
    b.read = [items]() -> Result<QVariant> {
        const QJsonArray array = items();
        return array.isEmpty() ? QVariant() : QVariant(compact(QJsonDocument(array)));
    };
    return b;
}

/// The item of a row's "unset" column: checked means a null value (shell's environment: remove the variable).
QTableWidgetItem *newUnsetItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

bool isUnset(const QTableWidget *table, int row)
{
    const QTableWidgetItem *item = table->columnCount() > 2 ? table->item(row, 2) : nullptr;
    return item && item->checkState() == Qt::Checked;
}

/// Names and values in a table, stored as a JSON object of strings in a text value. A table with a
/// third column takes null values too: a checked box in that column.
Binding stringMapBinding(const QString &key, QTableWidget *table)
{
    const bool allowNull = table->columnCount() > 2;
    Binding b;
    b.key = key;
    b.accepts = [allowNull](const QVariant &v) {
        const std::optional<QJsonDocument> doc = jsonIn(v);
        if (!doc || !doc->isObject())
            return false;
        const QJsonObject object = doc->object();
        return std::all_of(object.begin(), object.end(),
                           [allowNull](const QJsonValue &e) { return e.isString() || (allowNull && e.isNull()); });
    };
    b.show = [table, allowNull](const QVariant &v) {
        table->setRowCount(0);
        if (const std::optional<QJsonDocument> doc = jsonIn(v)) {
            const QJsonObject object = doc->object();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const int row = table->rowCount();
                table->insertRow(row);
                table->setItem(row, 0, new QTableWidgetItem(it.key()));
                table->setItem(row, 1, new QTableWidgetItem(it.value().toString()));
                if (allowNull)
                    table->setItem(row, 2, newUnsetItem(it.value().isNull()));
            }
        }
    };
    b.state = [table] {
        QJsonArray rows;
        for (int r = 0; r < table->rowCount(); ++r)
            rows.append(QJsonArray{cellText(table, r, 0), cellText(table, r, 1), isUnset(table, r)});
        return compact(QJsonDocument(rows));
    };
    b.read = [table]() -> Result<QVariant> {
        QJsonObject object;
        for (int r = 0; r < table->rowCount(); ++r) {
            const QString name = cellText(table, r, 0);
            if (name.trimmed().isEmpty())
                return fail(JobEditorDialog::tr("Row %1 has no name.").arg(r + 1));
            if (object.contains(name))
                return fail(JobEditorDialog::tr("\"%1\" appears more than once.").arg(name));
            object.insert(name, isUnset(table, r) ? QJsonValue(QJsonValue::Null) : QJsonValue(cellText(table, r, 1)));
        }
        return object.isEmpty() ? QVariant() : QVariant(compact(QJsonDocument(object)));
    };
    return b;
}

/// The key at the start of a validator's message: the earliest of \a keys that appears in quotes.
QString quotedKeyIn(const QString &message, const QStringList &keys)
{
    QString best;
    qsizetype bestAt = -1;
    for (const QString &key : keys) {
        for (const QString &quoted : {QLatin1Char('"') + key + QLatin1Char('"'), QChar(0x201c) + key + QChar(0x201d),
                                      QChar(0x300c) + key + QChar(0x300d)}) {
            const qsizetype at = message.indexOf(quoted);
            if (at >= 0 && (bestAt < 0 || at < bestAt)) {
                bestAt = at;
                best = key;
            }
        }
    }
    return best;
}

QString durationText(qint64 ms)
{
    if (ms <= 0)
        return {};
    if (ms % 3'600'000 == 0)
        return QStringLiteral("%1 h").arg(ms / 3'600'000);
    if (ms % 60'000 == 0)
        return QStringLiteral("%1 min").arg(ms / 60'000);
    if (ms % 1000 == 0)
        return QStringLiteral("%1 s").arg(ms / 1000);
    return QStringLiteral("%1 ms").arg(ms);
}

/// "250", "250 ms", "1.5 s", "5 min", "2 h"; a bare number is milliseconds. Empty is 0.
std::optional<qint64> parseDuration(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*(ms|s|sec|m|min|h)?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(2).toLower();
    const double factor = unit == QLatin1String("h")                                   ? 3'600'000.0
                          : unit == QLatin1String("m") || unit == QLatin1String("min") ? 60'000.0
                          : unit == QLatin1String("s") || unit == QLatin1String("sec") ? 1000.0
                                                                                       : 1.0;
    const double ms = m.captured(1).toDouble() * factor;
    if (!std::isfinite(ms) || ms != std::floor(ms) || ms > double(MaxOptionMs))
        return std::nullopt;
    return qint64(ms);
}

QString webhookProblem(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return JobEditorDialog::tr("Enter an absolute http:// or https:// URL with a host, or leave the field empty.");
    return {};
}

} // namespace

struct JobEditorDialog::Page
{
    QString typeName;
    QWidget *widget = nullptr;
    std::vector<Binding> bindings;

    Binding *binding(const QString &key)
    {
        for (Binding &b : bindings) {
            if (b.key == key)
                return &b;
        }
        return nullptr;
    }

    /// Binds \a widget to the key of \a b, with an error label named \a errorName; returns the label.
    ErrorLabel *add(Binding b, QWidget *w, const QString &errorName)
    {
        b.widget = w;
        b.toolTip = w->toolTip();
        b.error = errorLabel(errorName);
        bindings.push_back(std::move(b));
        return bindings.back().error;
    }
};

JobEditorDialog::JobEditorDialog(const JobTypeRegistry &registry, QSet<JobKey> takenKeys, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_takenKeys(std::move(takenKeys))
{
    m_loading = true; // no checks while the widgets are being built
    setObjectName(QStringLiteral("jobEditorDialog"));
    setWindowTitle(tr("New Job"));

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("jobEditorContent"));
    auto *columns = new QHBoxLayout(content);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    left->addWidget(buildGeneralGroup());
    auto *pageGroup = new QGroupBox(tr("Type settings"));
    pageGroup->setObjectName(QStringLiteral("typeSettingsGroup"));
    auto *pageLayout = new QVBoxLayout(pageGroup);
    // One page per type, only the current one shown: a hidden page takes no room, unlike in a
    // QStackedWidget, which is as tall as its tallest page.
    m_pageHost = new QWidget;
    m_pageHost->setObjectName(QStringLiteral("typePages"));
    auto *hostLayout = new QVBoxLayout(m_pageHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_pageHost);
    left->addWidget(pageGroup);
    left->addStretch(1);
    right->addWidget(buildOptionsGroup());
    right->addWidget(buildDataGroup(), 1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("jobEditorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_summary = errorLabel(QStringLiteral("problemSummary"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    buildPages();
    for (const std::unique_ptr<Page> &page : m_pages)
        resetPage(page.get());
    const int shell = m_typeCombo->findData(QStringLiteral("shell"));
    m_typeCombo->setCurrentIndex(shell >= 0 ? shell : 0);
    updateTypeDescription();

    QCompleter *groups = nullptr;
    {
        QStringList names{JobKey::defaultGroup()};
        for (const JobKey &key : std::as_const(m_takenKeys)) {
            if (!names.contains(key.group()))
                names.append(key.group());
        }
        names.sort();
        groups = new QCompleter(names, m_groupEdit);
        groups->setCaseSensitivity(Qt::CaseInsensitive);
    }
    m_groupEdit->setCompleter(groups);

    resize(900, 650);
    m_loading = false;
    validate();
}

JobEditorDialog::~JobEditorDialog()
{
    // The lists and tables signal edits while they are destroyed; let them go while this object
    // (which those signals reach) is still whole, and ignore what they say.
    m_loading = true;
    qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
}

QWidget *JobEditorDialog::buildGeneralGroup()
{
    auto *group = new QGroupBox(tr("Job"));
    group->setObjectName(QStringLiteral("generalGroup"));
    QFormLayout *form = newForm(group, Qt::AlignTop);

    m_nameEdit = new QLineEdit;
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setMaxLength(190);
    m_nameError = errorLabel(QStringLiteral("nameError"));
    form->addRow(tr("&Name:"), withError(m_nameEdit, m_nameError));

    m_groupEdit = new QLineEdit;
    m_groupEdit->setObjectName(QStringLiteral("groupEdit"));
    m_groupEdit->setMaxLength(190);
    m_groupEdit->setPlaceholderText(JobKey::defaultGroup());
    m_groupError = errorLabel(QStringLiteral("groupError"));
    form->addRow(tr("&Group:"), withError(m_groupEdit, m_groupError));

    m_descriptionEdit = new QPlainTextEdit;
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setMaximumHeight(m_descriptionEdit->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Description:"), m_descriptionEdit);

    m_typeCombo = new QComboBox;
    m_typeCombo->setObjectName(QStringLiteral("typeCombo"));
    m_typeDescription = noteLabel();
    m_typeDescription->setObjectName(QStringLiteral("typeDescription"));
    m_typeError = errorLabel(QStringLiteral("typeError"));
    auto *typeBox = withError(m_typeCombo, m_typeError);
    typeBox->layout()->addWidget(m_typeDescription);
    form->addRow(tr("&Type:"), typeBox);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &JobEditorDialog::validate);
    connect(m_groupEdit, &QLineEdit::textChanged, this, &JobEditorDialog::validate);
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, &JobEditorDialog::validate);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateTypeDescription();
        validate();
    });
    return group;
}

QWidget *JobEditorDialog::buildOptionsGroup()
{
    auto *group = new QGroupBox(tr("Options"));
    group->setObjectName(QStringLiteral("optionsGroup"));
    QFormLayout *form = newForm(group, Qt::AlignTop);

    const auto check = [&](const QString &text, const QString &name, const QString &tip) {
        auto *box = new QCheckBox(text);
        box->setObjectName(name);
        box->setToolTip(tip);
        form->addRow(box);
        connect(box, &QCheckBox::toggled, this, &JobEditorDialog::validate);
        return box;
    };
    m_durableCheck = check(tr("Durab&le"), QStringLiteral("durableCheck"),
                           tr("Keep the job when no trigger points at it any more."));
    m_recoveryCheck = check(tr("Re-run if its node &fails"), QStringLiteral("recoveryCheck"),
                            tr("Requests recovery: another node runs it again when the node running it died."));
    m_nonConcurrentCheck = check(tr("No &concurrent executions"), QStringLiteral("nonConcurrentCheck"),
                                 tr("Disallow concurrent execution: a fire waits until the running execution ended."));
    m_persistDataCheck = check(tr("Sa&ve job data changed by a run"), QStringLiteral("persistDataCheck"),
                               tr("Persist job data after execution, for the next run."));

    const auto line = [&](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit;
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textChanged, this, &JobEditorDialog::validate);
        return edit;
    };
    const QString durationTip = tr("A number of milliseconds, or a number with a unit: ms, s, min or h "
                                   "(e.g. 1500, 30 s, 5 min).");

    m_timeoutEdit = line(QStringLiteral("timeoutEdit"), tr("None, e.g. 30 s or 5 min"));
    m_timeoutEdit->setToolTip(tr("How long one attempt may run before it is interrupted.") + QLatin1Char(' ')
                              + durationTip);
    m_timeoutError = errorLabel(QStringLiteral("timeoutError"));
    form->addRow(tr("Attempt t&imeout:"), withError(m_timeoutEdit, m_timeoutError));

    m_retriesSpin = new QSpinBox;
    m_retriesSpin->setObjectName(QStringLiteral("retriesSpin"));
    m_retriesSpin->setRange(0, 1000);
    m_retriesSpin->setSpecialValueText(tr("None"));
    m_retriesSpin->setToolTip(tr("How many times a failed or timed-out attempt is tried again."));
    connect(m_retriesSpin, &QSpinBox::valueChanged, this, &JobEditorDialog::validate);
    form->addRow(tr("&Retries:"), m_retriesSpin);

    m_retryDelayEdit = line(QStringLiteral("retryDelayEdit"), tr("None, e.g. 10 s"));
    m_retryDelayEdit->setToolTip(tr("The pause before each retry.") + QLatin1Char(' ') + durationTip);
    m_retryDelayError = errorLabel(QStringLiteral("retryDelayError"));
    form->addRow(tr("Retr&y delay:"), withError(m_retryDelayEdit, m_retryDelayError));

    m_webhookEdit = line(QStringLiteral("webhookEdit"), tr("None, e.g. https://hooks.example.com/qronos"));
    m_webhookEdit->setToolTip(tr("Receives a JSON POST describing the execution when the last attempt failed."));
    m_webhookError = errorLabel(QStringLiteral("webhookError"));
    form->addRow(tr("Failure &webhook:"), withError(m_webhookEdit, m_webhookError));

    m_nodeTagEdit = line(QStringLiteral("nodeTagEdit"), tr("Any node"));
    m_nodeTagEdit->setToolTip(tr("Only nodes carrying this tag run the job."));
    form->addRow(tr("Re&quired node tag:"), m_nodeTagEdit);

    m_pinnedInstanceEdit = line(QStringLiteral("pinnedInstanceEdit"), tr("Any node"));
    m_pinnedInstanceEdit->setToolTip(tr("Only the node with this instance id runs the job."));
    form->addRow(tr("Pinned to node:"), m_pinnedInstanceEdit);
    return group;
}

QWidget *JobEditorDialog::buildDataGroup()
{
    auto *group = new QGroupBox(tr("Job data"));
    group->setObjectName(QStringLiteral("dataGroup"));
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(noteLabel(tr("Keys the type settings do not show. A key here wins over the same key above.")));

    m_dataTable = new QTableWidget(0, 3);
    m_dataTable->setObjectName(QStringLiteral("dataTable"));
    m_dataTable->setHorizontalHeaderLabels({tr("Key"), tr("Type"), tr("Value")});
    m_dataTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_dataTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    {
        // The type column holds combo boxes, which ResizeToContents does not measure.
        QComboBox sample;
        sample.addItems({tr("Text"), tr("Integer"), tr("Double"), tr("Boolean")});
        m_dataTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
        m_dataTable->setColumnWidth(1, sample.sizeHint().width());
    }
    m_dataTable->verticalHeader()->setVisible(false);
    m_dataTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dataTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dataTable->setMinimumHeight(140);

    m_addDataButton = newButton(tr("Add"), QStringLiteral("addDataButton"));
    m_removeDataButton = newButton(tr("Remove"), QStringLiteral("removeDataButton"));
    layout->addWidget(withButtons(m_dataTable, {m_addDataButton, m_removeDataButton}), 1);
    m_dataError = errorLabel(QStringLiteral("dataError"));
    layout->addWidget(m_dataError);

    connect(m_dataTable, &QTableWidget::itemChanged, this, &JobEditorDialog::validate);
    connect(m_addDataButton, &QPushButton::clicked, this, [this] {
        addDataRow(QString(), int(JobDataMap::Type::String), QString());
        const int row = m_dataTable->rowCount() - 1;
        validate();
        m_dataTable->setCurrentCell(row, 0);
        m_dataTable->editItem(m_dataTable->item(row, 0));
    });
    connect(m_removeDataButton, &QPushButton::clicked, this, [this] {
        const int row = m_dataTable->currentRow();
        if (row < 0)
            return;
        m_dataTable->removeRow(row);
        validate();
    });
    return group;
}

void JobEditorDialog::addDataRow(const QString &key, int type, const QString &value)
{
    const QSignalBlocker blocker(m_dataTable);
    const int row = m_dataTable->rowCount();
    m_dataTable->insertRow(row);
    m_dataTable->setItem(row, 0, new QTableWidgetItem(key));
    m_dataTable->setItem(row, 2, new QTableWidgetItem(value));
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("dataTypeCombo"));
    combo->addItem(tr("Text"), int(JobDataMap::Type::String));
    combo->addItem(tr("Integer"), int(JobDataMap::Type::Integer));
    combo->addItem(tr("Double"), int(JobDataMap::Type::Double));
    combo->addItem(tr("Boolean"), int(JobDataMap::Type::Boolean));
    combo->setItemData(1, tr("A whole number (64 bits: int and long alike)"), Qt::ToolTipRole);
    combo->setItemData(2, tr("A floating-point number"), Qt::ToolTipRole);
    combo->setItemData(3, tr("true or false"), Qt::ToolTipRole);
    combo->setCurrentIndex(std::max(0, combo->findData(type)));
    connect(combo, &QComboBox::currentIndexChanged, this, &JobEditorDialog::validate);
    m_dataTable->setCellWidget(row, 1, combo);
}

void JobEditorDialog::buildPages()
{
    for (const QString &name : m_registry.typeNames()) {
        Page *page = nullptr;
        if (name == QLatin1String("shell"))
            page = buildShellPage();
        else if (name == QLatin1String("http"))
            page = buildHttpPage();
        else if (name == QLatin1String("sql"))
            page = buildSqlPage();
        else
            page = buildGenericPage(name, m_registry.type(name).value_or(JobTypeInfo{}).dataSchema);
        page->typeName = name;
        addTypeItem(name);
    }
}

int JobEditorDialog::addTypeItem(const QString &typeName)
{
    const std::optional<JobTypeInfo> info = m_registry.type(typeName);
    m_typeCombo->addItem(info ? typeName : tr("%1 (not available here)").arg(typeName), typeName);
    const int index = m_typeCombo->count() - 1;
    if (info)
        m_typeCombo->setItemData(index, info->description, Qt::ToolTipRole);
    return index;
}

std::unique_ptr<JobEditorDialog::Page> JobEditorDialog::newPage(const QString &objectName)
{
    auto page = std::make_unique<Page>();
    page->widget = new QWidget;
    page->widget->setObjectName(objectName);
    return page;
}

JobEditorDialog::Page *JobEditorDialog::installPage(std::unique_ptr<Page> page)
{
    page->widget->setVisible(false);
    m_pageHost->layout()->addWidget(page->widget);
    m_pages.push_back(std::move(page));
    return m_pages.back().get();
}

JobEditorDialog::Page *JobEditorDialog::buildShellPage()
{
    std::unique_ptr<Page> page = newPage(QStringLiteral("shellPage"));
    QFormLayout *form = newForm(page->widget, Qt::AlignTop);

    auto *program = new QLineEdit;
    program->setObjectName(QStringLiteral("shellProgramEdit"));
    program->setPlaceholderText(tr("Required, e.g. /usr/local/bin/backup"));
    auto *useShell = new QCheckBox(tr("Run through /bin/sh -c"));
    useShell->setObjectName(QStringLiteral("shellUseShellCheck"));
    useShell->setToolTip(tr("The program field is then a shell command line; the arguments become $1, $2, ..."));
    ErrorLabel *programError = page->add(lineBinding(QStringLiteral("program"), program), program,
                                   QStringLiteral("shellProgramError"));
    page->add(checkBinding(QStringLiteral("useShell"), useShell, false), useShell, QStringLiteral("shellUseShellError"));
    form->addRow(tr("&Program:"), withError(program, programError));
    form->addRow(QString(), withError(useShell, page->bindings.back().error));

    // Arguments: an editable list.
    auto *arguments = new QListWidget;
    arguments->setObjectName(QStringLiteral("shellArgumentsList"));
    arguments->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::SelectedClicked);
    arguments->setMinimumHeight(90);
    arguments->setMaximumHeight(arguments->fontMetrics().lineSpacing() * 8);
    auto *addArgument = newButton(tr("Add"), QStringLiteral("shellAddArgumentButton"));
    auto *removeArgument = newButton(tr("Remove"), QStringLiteral("shellRemoveArgumentButton"));
    auto *upArgument = newButton(tr("Up"), QStringLiteral("shellMoveArgumentUpButton"));
    auto *downArgument = newButton(tr("Down"), QStringLiteral("shellMoveArgumentDownButton"));
    QWidget *argumentsBox = withButtons(arguments, {addArgument, removeArgument, upArgument, downArgument});
    ErrorLabel *argumentsError = page->add(stringListBinding(QStringLiteral("arguments"), arguments), argumentsBox,
                                     QStringLiteral("shellArgumentsError"));
    form->addRow(tr("&Arguments:"), withError(argumentsBox, argumentsError));
    connect(addArgument, &QPushButton::clicked, this, [arguments] {
        auto *item = new QListWidgetItem(QString(), arguments);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        arguments->setCurrentItem(item);
        arguments->editItem(item);
    });
    connect(removeArgument, &QPushButton::clicked, this, [arguments] { delete arguments->currentItem(); });
    const auto moveArgument = [arguments](int by) {
        const int row = arguments->currentRow();
        const int to = row + by;
        if (row < 0 || to < 0 || to >= arguments->count())
            return;
        QListWidgetItem *item = arguments->takeItem(row);
        arguments->insertItem(to, item);
        arguments->setCurrentRow(to);
    };
    connect(upArgument, &QPushButton::clicked, this, [moveArgument] { moveArgument(-1); });
    connect(downArgument, &QPushButton::clicked, this, [moveArgument] { moveArgument(+1); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(arguments->model(), signal, this, &JobEditorDialog::validate);
    connect(arguments->model(), &QAbstractItemModel::dataChanged, this, &JobEditorDialog::validate);

    auto *workingDirectory = new QLineEdit;
    workingDirectory->setObjectName(QStringLiteral("shellWorkingDirectoryEdit"));
    workingDirectory->setPlaceholderText(tr("The worker's current directory"));
    ErrorLabel *wdError = page->add(lineBinding(QStringLiteral("workingDirectory"), workingDirectory), workingDirectory,
                              QStringLiteral("shellWorkingDirectoryError"));
    form->addRow(tr("Wor&king directory:"), withError(workingDirectory, wdError));

    // Environment: names and values.
    auto *environment = new QTableWidget(0, 3);
    environment->setObjectName(QStringLiteral("shellEnvironmentTable"));
    environment->setHorizontalHeaderLabels({tr("Variable"), tr("Value"), tr("Unset")});
    environment->horizontalHeaderItem(2)->setToolTip(tr("Remove the variable from the environment the program "
                                                        "inherits"));
    environment->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    environment->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    environment->verticalHeader()->setVisible(false);
    environment->setMinimumHeight(90);
    environment->setMaximumHeight(environment->fontMetrics().lineSpacing() * 8);
    auto *addVariable = newButton(tr("Add"), QStringLiteral("shellAddVariableButton"));
    auto *removeVariable = newButton(tr("Remove"), QStringLiteral("shellRemoveVariableButton"));
    QWidget *environmentBox = withButtons(environment, {addVariable, removeVariable});
    ErrorLabel *envError = page->add(stringMapBinding(QStringLiteral("environment"), environment), environmentBox,
                               QStringLiteral("shellEnvironmentError"));
    form->addRow(tr("&Environment:"), withError(environmentBox, envError));
    connect(addVariable, &QPushButton::clicked, this, [environment] {
        const int row = environment->rowCount();
        environment->insertRow(row);
        environment->setItem(row, 0, new QTableWidgetItem);
        environment->setItem(row, 1, new QTableWidgetItem);
        environment->setItem(row, 2, newUnsetItem(false));
        environment->setCurrentCell(row, 0);
        environment->editItem(environment->item(row, 0));
    });
    connect(removeVariable, &QPushButton::clicked, this, [environment] {
        if (environment->currentRow() >= 0)
            environment->removeRow(environment->currentRow());
    });
    connect(environment, &QTableWidget::itemChanged, this, &JobEditorDialog::validate);
    connect(environment->model(), &QAbstractItemModel::rowsRemoved, this, &JobEditorDialog::validate);

    auto *timeout = new QDoubleSpinBox;
    timeout->setObjectName(QStringLiteral("shellTimeoutSpin"));
    timeout->setRange(0, MaxSeconds);
    timeout->setDecimals(3);
    timeout->setSuffix(tr(" s"));
    timeout->setSpecialValueText(tr("No limit"));
    timeout->setToolTip(tr("On expiry the program and its child processes are killed."));
    ErrorLabel *timeoutError = page->add(secondsBinding(QStringLiteral("timeoutSeconds"), timeout), timeout,
                                   QStringLiteral("shellTimeoutError"));
    form->addRow(tr("Process time&out:"), withError(timeout, timeoutError));
    connect(timeout, &QDoubleSpinBox::valueChanged, this, &JobEditorDialog::validate);

    auto *exitCodes = new QLineEdit;
    exitCodes->setObjectName(QStringLiteral("shellExitCodesEdit"));
    exitCodes->setPlaceholderText(tr("0; e.g. 0,2,10-19"));
    ErrorLabel *exitError = page->add(integerOrTextBinding(QStringLiteral("successExitCodes"), exitCodes), exitCodes,
                                QStringLiteral("shellExitCodesError"));
    form->addRow(tr("Accepted e&xit codes:"), withError(exitCodes, exitError));

    for (QLineEdit *edit : {program, workingDirectory, exitCodes})
        connect(edit, &QLineEdit::textChanged, this, &JobEditorDialog::validate);
    connect(useShell, &QCheckBox::toggled, this, &JobEditorDialog::validate);

    return installPage(std::move(page));
}

JobEditorDialog::Page *JobEditorDialog::buildHttpPage()
{
    std::unique_ptr<Page> page = newPage(QStringLiteral("httpPage"));
    QFormLayout *form = newForm(page->widget, Qt::AlignTop);

    auto *method = new QComboBox;
    method->setObjectName(QStringLiteral("httpMethodCombo"));
    method->setEditable(true);
    method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                      QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")});
    ErrorLabel *methodError = page->add(comboTextBinding(QStringLiteral("method"), method, QStringLiteral("GET")), method,
                                  QStringLiteral("httpMethodError"));
    form->addRow(tr("&Method:"), withError(method, methodError));
    connect(method, &QComboBox::currentTextChanged, this, &JobEditorDialog::validate);

    auto *url = new QLineEdit;
    url->setObjectName(QStringLiteral("httpUrlEdit"));
    url->setPlaceholderText(tr("Required, e.g. https://example.com/api/report"));
    ErrorLabel *urlError = page->add(lineBinding(QStringLiteral("url"), url), url, QStringLiteral("httpUrlError"));
    form->addRow(tr("&URL:"), withError(url, urlError));

    auto *headers = new QTableWidget(0, 2);
    headers->setObjectName(QStringLiteral("httpHeadersTable"));
    headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    headers->horizontalHeader()->setStretchLastSection(true);
    headers->verticalHeader()->setVisible(false);
    headers->setMinimumHeight(90);
    headers->setMaximumHeight(headers->fontMetrics().lineSpacing() * 8);
    auto *addHeader = newButton(tr("Add"), QStringLiteral("httpAddHeaderButton"));
    auto *removeHeader = newButton(tr("Remove"), QStringLiteral("httpRemoveHeaderButton"));
    QWidget *headersBox = withButtons(headers, {addHeader, removeHeader});
    ErrorLabel *headersError = page->add(stringMapBinding(QStringLiteral("headers"), headers), headersBox,
                                   QStringLiteral("httpHeadersError"));
    form->addRow(tr("&Headers:"), withError(headersBox, headersError));
    connect(addHeader, &QPushButton::clicked, this, [headers] {
        const int row = headers->rowCount();
        headers->insertRow(row);
        headers->setItem(row, 0, new QTableWidgetItem);
        headers->setItem(row, 1, new QTableWidgetItem);
        headers->setCurrentCell(row, 0);
        headers->editItem(headers->item(row, 0));
    });
    connect(removeHeader, &QPushButton::clicked, this, [headers] {
        if (headers->currentRow() >= 0)
            headers->removeRow(headers->currentRow());
    });
    connect(headers, &QTableWidget::itemChanged, this, &JobEditorDialog::validate);
    connect(headers->model(), &QAbstractItemModel::rowsRemoved, this, &JobEditorDialog::validate);

    auto *body = new QPlainTextEdit;
    body->setObjectName(QStringLiteral("httpBodyEdit"));
    body->setTabChangesFocus(true);
    body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    body->setMinimumHeight(80);
    ErrorLabel *bodyError = page->add(plainTextBinding(QStringLiteral("body"), body), body, QStringLiteral("httpBodyError"));
    form->addRow(tr("&Body:"), withError(body, bodyError));
    connect(body, &QPlainTextEdit::textChanged, this, &JobEditorDialog::validate);

    auto *statuses = new QLineEdit;
    statuses->setObjectName(QStringLiteral("httpStatusesEdit"));
    statuses->setPlaceholderText(tr("200-299; e.g. 200-299,304"));
    ErrorLabel *statusError = page->add(integerOrTextBinding(QStringLiteral("acceptedStatus"), statuses), statuses,
                                  QStringLiteral("httpStatusesError"));
    form->addRow(tr("Accepted &statuses:"), withError(statuses, statusError));

    auto *timeout = new QDoubleSpinBox;
    timeout->setObjectName(QStringLiteral("httpTimeoutSpin"));
    timeout->setRange(0, MaxSeconds);
    timeout->setDecimals(3);
    timeout->setSuffix(tr(" s"));
    timeout->setSpecialValueText(tr("No limit"));
    ErrorLabel *timeoutError = page->add(secondsBinding(QStringLiteral("timeoutSeconds"), timeout), timeout,
                                   QStringLiteral("httpTimeoutError"));
    form->addRow(tr("Request time&out:"), withError(timeout, timeoutError));
    connect(timeout, &QDoubleSpinBox::valueChanged, this, &JobEditorDialog::validate);

    auto *verifyTls = new QCheckBox(tr("Verify TLS certificates"));
    verifyTls->setObjectName(QStringLiteral("httpVerifyTlsCheck"));
    verifyTls->setToolTip(tr("Turn off only for test servers with self-signed certificates."));
    ErrorLabel *tlsError = page->add(checkBinding(QStringLiteral("verifyTls"), verifyTls, true), verifyTls,
                               QStringLiteral("httpVerifyTlsError"));
    form->addRow(QString(), withError(verifyTls, tlsError));
    connect(verifyTls, &QCheckBox::toggled, this, &JobEditorDialog::validate);

    for (QLineEdit *edit : {url, statuses})
        connect(edit, &QLineEdit::textChanged, this, &JobEditorDialog::validate);

    return installPage(std::move(page));
}

JobEditorDialog::Page *JobEditorDialog::buildSqlPage()
{
    std::unique_ptr<Page> page = newPage(QStringLiteral("sqlPage"));
    QFormLayout *form = newForm(page->widget, Qt::AlignTop);

    auto *dataSource = new QLineEdit;
    dataSource->setObjectName(QStringLiteral("sqlDataSourceEdit"));
    dataSource->setPlaceholderText(tr("Required: a data source of the node, e.g. reporting"));
    ErrorLabel *sourceError = page->add(lineBinding(QStringLiteral("dataSource"), dataSource), dataSource,
                                  QStringLiteral("sqlDataSourceError"));
    form->addRow(tr("Data &source:"), withError(dataSource, sourceError));
    connect(dataSource, &QLineEdit::textChanged, this, &JobEditorDialog::validate);

    auto *statement = new QPlainTextEdit;
    statement->setObjectName(QStringLiteral("sqlStatementEdit"));
    statement->setTabChangesFocus(true);
    statement->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    statement->setPlaceholderText(tr("One SQL statement, with ? or :name placeholders for the parameters"));
    statement->setMinimumHeight(120);
    ErrorLabel *statementError = page->add(plainTextBinding(QStringLiteral("statement"), statement), statement,
                                     QStringLiteral("sqlStatementError"));
    form->addRow(tr("Stat&ement:"), withError(statement, statementError));
    connect(statement, &QPlainTextEdit::textChanged, this, &JobEditorDialog::validate);

    auto *parameters = new QLineEdit;
    parameters->setObjectName(QStringLiteral("sqlParametersEdit"));
    parameters->setPlaceholderText(tr("None; JSON, e.g. [\"open\", 30] or {\"id\": 42}"));
    ErrorLabel *parametersError = page->add(lineBinding(QStringLiteral("parameters"), parameters), parameters,
                                      QStringLiteral("sqlParametersError"));
    form->addRow(tr("&Parameters:"), withError(parameters, parametersError));
    connect(parameters, &QLineEdit::textChanged, this, &JobEditorDialog::validate);

    return installPage(std::move(page));
}

JobEditorDialog::Page *JobEditorDialog::buildGenericPage(const QString &typeName, const QString &schema)
{
    std::unique_ptr<Page> page = newPage(typeName + QLatin1String("Page"));
    QFormLayout *form = newForm(page->widget, Qt::AlignTop);

    const QJsonObject root = QJsonDocument::fromJson(schema.toUtf8()).object();
    const QJsonObject properties = root.value(QStringLiteral("properties")).toObject();
    const QJsonArray requiredArray = root.value(QStringLiteral("required")).toArray();
    QStringList required;
    for (const QJsonValue &r : requiredArray)
        required.append(r.toString());
    // In the order the schema lists them, not the sorted order of QJsonObject.
    QStringList keys = properties.keys();
    std::stable_sort(keys.begin(), keys.end(), [&schema](const QString &a, const QString &b) {
        return schema.indexOf(QLatin1Char('"') + a + QLatin1Char('"'))
             < schema.indexOf(QLatin1Char('"') + b + QLatin1Char('"'));
    });

    if (keys.isEmpty())
        form->addRow(noteLabel(tr("This type describes no settings; enter its data in the job data table.")));

    for (const QString &key : keys) {
        const QJsonObject property = properties.value(key).toObject();
        QStringList types;
        const QJsonValue typeValue = property.value(QStringLiteral("type"));
        if (typeValue.isArray()) {
            for (const QJsonValue &t : typeValue.toArray())
                types.append(t.toString());
        } else {
            types.append(typeValue.toString());
        }
        const QString fieldName = typeName + QLatin1Char('_') + key + QLatin1String("Field");

        QStringList hints;
        const QJsonValue defaultValue = property.value(QStringLiteral("default"));
        if (required.contains(key))
            hints.append(tr("Required"));
        else if (!defaultValue.isUndefined())
            hints.append(tr("Default: %1").arg(defaultValue.isString() ? defaultValue.toString()
                                                                       : defaultValue.toVariant().toString()));
        if (property.contains(QStringLiteral("example")))
            hints.append(tr("e.g. %1").arg(property.value(QStringLiteral("example")).toVariant().toString()));
        QString toolTip = property.value(QStringLiteral("description")).toString();
        if (const QString format = property.value(QStringLiteral("format")).toString(); !format.isEmpty())
            toolTip = toolTip.isEmpty() ? format : toolTip + QLatin1String(" (") + format + QLatin1Char(')');

        Binding b;
        QWidget *widget = nullptr;
        if (types.size() == 1 && types.first() == QLatin1String("boolean")) {
            auto *check = new QCheckBox(key);
            check->setObjectName(fieldName);
            b = checkBinding(key, check, defaultValue.toBool());
            connect(check, &QCheckBox::toggled, this, &JobEditorDialog::validate);
            widget = check;
        } else if (property.value(QStringLiteral("enum")).isArray()) {
            auto *combo = new QComboBox;
            combo->setObjectName(fieldName);
            combo->setEditable(true);
            for (const QJsonValue &e : property.value(QStringLiteral("enum")).toArray())
                combo->addItem(e.toVariant().toString());
            combo->lineEdit()->setPlaceholderText(hints.join(QLatin1String("; ")));
            b = comboTextBinding(key, combo, QString());
            connect(combo, &QComboBox::currentTextChanged, this, &JobEditorDialog::validate);
            widget = combo;
        } else {
            auto *edit = new QLineEdit;
            edit->setObjectName(fieldName);
            edit->setPlaceholderText(hints.join(QLatin1String("; ")));
            if (types.size() == 1 && types.first() == QLatin1String("integer"))
                b = integerBinding(key, edit);
            else if (types.size() == 1 && types.first() == QLatin1String("number"))
                b = numberBinding(key, edit);
            else if (types.contains(QLatin1String("integer")) && types.contains(QLatin1String("string")))
                b = integerOrTextBinding(key, edit);
            else
                b = lineBinding(key, edit);
            connect(edit, &QLineEdit::textChanged, this, &JobEditorDialog::validate);
            widget = edit;
        }
        widget->setToolTip(toolTip);
        b.widget = widget;
        b.toolTip = toolTip;
        b.error = errorLabel(fieldName + QLatin1String("Error"));
        const bool isCheck = qobject_cast<QCheckBox *>(widget) != nullptr;
        form->addRow(isCheck ? QString() : key + QLatin1Char(':'), withError(widget, b.error));
        page->bindings.push_back(std::move(b));
    }

    return installPage(std::move(page));
}

JobEditorDialog::Page *JobEditorDialog::pageFor(const QString &typeName) const
{
    for (const std::unique_ptr<Page> &page : m_pages) {
        if (page->typeName == typeName)
            return page.get();
    }
    return nullptr;
}

QString JobEditorDialog::currentType() const
{
    return m_typeCombo->currentData().toString();
}

JobEditorDialog::Page *JobEditorDialog::currentPage() const
{
    return pageFor(currentType());
}

void JobEditorDialog::updateTypeDescription()
{
    const QString type = currentType();
    if (const std::optional<JobTypeInfo> info = m_registry.type(type))
        m_typeDescription->setText(info->description);
    else if (!type.isEmpty())
        m_typeDescription->setText(tr("This console does not know the type \"%1\" (a plugin of the nodes?): its data "
                                      "is kept as it is but cannot be checked here.")
                                       .arg(type));
    else
        m_typeDescription->clear();

    Page *current = currentPage();
    for (const std::unique_ptr<Page> &page : m_pages)
        page->widget->setVisible(page.get() == current);
}

void JobEditorDialog::resetPage(Page *page)
{
    for (Binding &b : page->bindings) {
        b.show(QVariant());
        b.loaded = QVariant();
        b.loadedState = b.state();
    }
}

void JobEditorDialog::setJob(const JobDetail &job)
{
    load(job, true);
    setWindowTitle(tr("Edit Job %1").arg(job.key().toString()));
}

void JobEditorDialog::setDuplicateOf(const JobDetail &job)
{
    JobDetail copy = job;
    copy.setKey(JobKey(freeCopyName(job.key().name(), job.key().group(), m_takenKeys), job.key().group()));
    load(copy, false);
    setWindowTitle(tr("Duplicate Job %1").arg(job.key().toString()));
}

QString JobEditorDialog::freeCopyName(const QString &name, const QString &group, const QSet<JobKey> &taken)
{
    const auto copyName = [](const QString &base, int n) {
        return n == 1 ? tr("%1 (copy)").arg(base) : tr("%1 (copy %2)").arg(base).arg(n);
    };
    for (int n = 1;; ++n) {
        QString candidate = copyName(name, n);
        if (candidate.size() > 190) // a name has at most 190 characters
            candidate = copyName(name.left(std::max<qsizetype>(1, name.size() - (candidate.size() - 190))), n);
        if (!taken.contains(JobKey(candidate, group)))
            return candidate;
    }
}

void JobEditorDialog::load(const JobDetail &job, bool editing)
{
    m_loading = true;
    m_editing = editing;
    m_nameEdit->setText(job.key().name());
    m_groupEdit->setText(job.key().group());
    m_nameEdit->setReadOnly(editing);
    m_groupEdit->setReadOnly(editing);
    m_descriptionEdit->setPlainText(job.description());

    int index = m_typeCombo->findData(job.jobType());
    if (!job.jobType().isEmpty() && !m_registry.contains(job.jobType()))
        m_unregisteredType = job.jobType();
    if (index < 0 && !job.jobType().isEmpty()) {
        Page *page = buildGenericPage(job.jobType(), QString());
        page->typeName = job.jobType();
        index = addTypeItem(job.jobType());
    }
    m_typeCombo->setCurrentIndex(index);

    for (const std::unique_ptr<Page> &page : m_pages)
        resetPage(page.get());
    Page *page = pageFor(job.jobType());

    m_dataTable->setRowCount(0);
    const JobDataMap &data = job.jobData();
    for (const QString &key : data.keys()) {
        const QVariant value = data.value(key);
        Binding *b = page ? page->binding(key) : nullptr;
        if (b && b->accepts(value)) {
            b->show(value);
            b->loaded = value;
            b->loadedState = b->state();
            continue;
        }
        QString text;
        switch (data.type(key)) {
        case JobDataMap::Type::String: text = data.string(key); break;
        case JobDataMap::Type::Integer: text = QString::number(data.integer(key)); break;
        case JobDataMap::Type::Double: text = doubleText(data.number(key)); break;
        case JobDataMap::Type::Boolean:
            text = data.boolean(key) ? QStringLiteral("true") : QStringLiteral("false");
            break;
        }
        addDataRow(key, int(data.type(key)), text);
    }

    m_durableCheck->setChecked(job.isDurable());
    m_recoveryCheck->setChecked(job.requestsRecovery());
    m_nonConcurrentCheck->setChecked(job.isConcurrentExecutionDisallowed());
    m_persistDataCheck->setChecked(job.isPersistJobDataAfterExecution());
    m_timeoutEdit->setText(durationText(job.timeoutMs()));
    m_retriesSpin->setValue(job.retryCount());
    m_retryDelayEdit->setText(durationText(job.retryDelayMs()));
    m_webhookEdit->setText(job.failureWebhook());
    m_nodeTagEdit->setText(job.requiredNodeTag());
    m_pinnedInstanceEdit->setText(job.pinnedInstanceId());

    m_loading = false;
    updateTypeDescription();
    validate();
}

JobEditorDialog::Collected JobEditorDialog::collect() const
{
    Collected c;
    JobDetail &job = c.job;
    const auto problem = [&c](ErrorLabel *label, const QString &message) { c.problems.append({label, message}); };

    const QString name = m_nameEdit->text();
    job.setKey(JobKey(name, m_groupEdit->text()));
    job.setDescription(m_descriptionEdit->toPlainText());
    job.setJobType(currentType());
    if (const QString keyError = job.validationError(); !keyError.isEmpty()) {
        if (!keyPartProblem(name).isEmpty())
            problem(m_nameError, keyError);
        else if (!keyPartProblem(job.key().group()).isEmpty())
            problem(m_groupError, keyError);
        else
            problem(m_typeError, keyError);
    } else if (!m_editing && m_takenKeys.contains(job.key())) {
        problem(m_nameError, tr("A job named \"%1\" already exists in the group \"%2\"; choose another name.")
                                 .arg(name, job.key().group()));
    }

    // The job-data table.
    JobDataMap tableData;
    QSet<QString> tableKeys;
    QStringList dataProblems;
    for (int row = 0; row < m_dataTable->rowCount(); ++row) {
        const QString key = cellText(m_dataTable, row, 0);
        const QString text = cellText(m_dataTable, row, 2);
        const auto *typeCombo = qobject_cast<const QComboBox *>(m_dataTable->cellWidget(row, 1));
        const auto type = JobDataMap::Type(typeCombo ? typeCombo->currentData().toInt() : 0);
        tableKeys.insert(key);
        if (key.trimmed().isEmpty()) {
            dataProblems.append(tr("Row %1: enter a key.").arg(row + 1));
            continue;
        }
        if (tableData.contains(key)) {
            dataProblems.append(tr("The key \"%1\" appears more than once.").arg(key));
            continue;
        }
        bool ok = true;
        switch (type) {
        case JobDataMap::Type::String: tableData.put(key, text); break;
        case JobDataMap::Type::Integer: {
            const qint64 v = text.trimmed().toLongLong(&ok);
            if (ok)
                tableData.put(key, v);
            else
                dataProblems.append(tr("\"%1\": \"%2\" is not a whole number.").arg(key, text));
            break;
        }
        case JobDataMap::Type::Double: {
            const double v = text.trimmed().toDouble(&ok);
            if (ok)
                tableData.put(key, v);
            else
                dataProblems.append(tr("\"%1\": \"%2\" is not a number.").arg(key, text));
            break;
        }
        case JobDataMap::Type::Boolean: {
            const QString t = text.trimmed().toLower();
            if (t == QLatin1String("true") || t == QLatin1String("false"))
                tableData.put(key, t == QLatin1String("true"));
            else
                dataProblems.append(tr("\"%1\": enter true or false.").arg(key));
            break;
        }
        }
    }
    for (const QString &p : std::as_const(dataProblems))
        problem(m_dataError, p);

    // The type page, then the table over it.
    JobDataMap data;
    bool pageProblems = false;
    Page *page = currentPage();
    if (page) {
        for (const Binding &b : page->bindings) {
            if (tableKeys.contains(b.key))
                continue;
            if (b.state() == b.loadedState) {
                if (b.loaded.isValid())
                    putValue(data, b.key, b.loaded);
                continue;
            }
            const Result<QVariant> value = b.read();
            if (!value) {
                problem(b.error, value.error());
                pageProblems = true;
            } else if (value->isValid()) {
                putValue(data, b.key, *value);
            }
        }
    }
    data = data.mergedWith(tableData);
    job.setJobData(data);

    // The type's own checks, once every field could be read.
    if (!pageProblems && dataProblems.isEmpty()) {
        const QString type = currentType();
        if (type.isEmpty()) {
            problem(m_typeError, tr("Choose a job type."));
        } else if (m_registry.contains(type)) {
            if (const Result<Done> r = m_registry.validate(type, data); !r) {
                QStringList keys = tableKeys.values();
                if (page) {
                    for (const Binding &b : page->bindings)
                        keys.append(b.key);
                }
                const QString key = quotedKeyIn(r.error(), keys);
                const Binding *b = page && !key.isEmpty() && !tableKeys.contains(key) ? page->binding(key) : nullptr;
                problem(b ? b->error : tableKeys.contains(key) ? m_dataError : m_typeError, r.error());
            }
        } else if (type != m_unregisteredType) {
            problem(m_typeError, tr("The job type \"%1\" is not registered.").arg(type));
        }
    }

    // Options.
    job.setDurable(m_durableCheck->isChecked());
    job.setRequestsRecovery(m_recoveryCheck->isChecked());
    job.setConcurrentExecutionDisallowed(m_nonConcurrentCheck->isChecked());
    job.setPersistJobDataAfterExecution(m_persistDataCheck->isChecked());
    job.setRetryCount(m_retriesSpin->value());
    const QString durationProblem = tr("Enter a duration such as 1500 (milliseconds), 30 s, 5 min or 2 h, or leave "
                                       "the field empty for none.");
    if (const std::optional<qint64> ms = parseDuration(m_timeoutEdit->text()))
        job.setTimeoutMs(*ms);
    else
        problem(m_timeoutError, durationProblem);
    if (const std::optional<qint64> ms = parseDuration(m_retryDelayEdit->text()))
        job.setRetryDelayMs(*ms);
    else
        problem(m_retryDelayError, durationProblem);
    job.setFailureWebhook(m_webhookEdit->text().trimmed());
    if (const QString p = webhookProblem(m_webhookEdit->text()); !p.isEmpty())
        problem(m_webhookError, p);
    job.setRequiredNodeTag(m_nodeTagEdit->text().trimmed());
    job.setPinnedInstanceId(m_pinnedInstanceEdit->text().trimmed());
    return c;
}

void JobEditorDialog::validate()
{
    if (m_loading)
        return;
    const Collected c = collect();

    QList<ErrorLabel *> labels{m_nameError, m_groupError, m_typeError, m_dataError,
                               m_timeoutError, m_retryDelayError, m_webhookError};
    for (const std::unique_ptr<Page> &page : m_pages) {
        for (const Binding &b : page->bindings)
            labels.append(b.error);
    }
    QHash<ErrorLabel *, QStringList> messages;
    for (const Problem &p : c.problems) {
        if (!messages[p.label].contains(p.message))
            messages[p.label].append(p.message);
    }
    for (ErrorLabel *label : std::as_const(labels))
        label->setMessage(messages.value(label).join(QLatin1Char('\n')));

    // A key the table holds is edited there; its field on the page waits.
    QSet<QString> tableKeys;
    for (int row = 0; row < m_dataTable->rowCount(); ++row)
        tableKeys.insert(cellText(m_dataTable, row, 0));
    if (Page *page = currentPage()) {
        for (Binding &b : page->bindings) {
            const bool inTable = tableKeys.contains(b.key);
            b.widget->setEnabled(!inTable);
            b.widget->setToolTip(inTable ? tr("The job data table holds \"%1\"; remove it there to edit it here.")
                                               .arg(b.key)
                                         : b.toolTip);
        }
    }

    const bool valid = c.problems.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    if (valid)
        m_summary->setMessage(QString());
    else if (c.problems.size() == 1)
        m_summary->setMessage(c.problems.first().message);
    else
        m_summary->setMessage(tr("%1 (and %n more problem(s))", nullptr, int(c.problems.size() - 1))
                                  .arg(c.problems.first().message));
}

JobDetail JobEditorDialog::job() const
{
    return collect().job;
}

bool JobEditorDialog::isValid() const
{
    return collect().problems.isEmpty();
}

} // namespace Qronos
