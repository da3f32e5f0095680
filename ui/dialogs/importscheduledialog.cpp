#include "importscheduledialog.h"

#include "asynccall.h"
#include "views/errorlabel.h"
#include "exchange/schedulejson.h"
#include "exchangefiles.h"
#include "views/formwidgets.h"
#include "runtime/scheduler.h"
#include "store/jobstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace Qronos {

namespace {

/// What reading and planning a file off the GUI thread gives back.
struct PlanOutcome
{
    ScheduleDocument document;
    std::optional<ImportPlan> plan;
    ImportProblems problems;
    ImportProblems warnings;
    QString error; ///< the file, the mapping or the store could not be read
};

/// What the planning needs, copied for the worker thread.
struct PlanInput
{
    QString path;
    QString mappingFile;
    bool unmappedAsNoop = false;
    QByteArray zone;
};

/// Reads, checks and plans a file: what `qronosctl import --dry-run` does.
PlanOutcome planFile(JobStore &store, const JobTypeRegistry &registry, const PlanInput &input)
{
    PlanOutcome outcome;
    QFile file(input.path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.error = ImportScheduleDialog::tr("Cannot read %1: %2")
                            .arg(QDir::toNativeSeparators(input.path), file.errorString());
        return outcome;
    }
    const QByteArray bytes = file.read(ScheduleJson::MaxInputBytes + 1);
    const ScheduleFormat format = scheduleFormatOf(input.path, bytes);
    JobClassMapping mapping;
    if (format == ScheduleFormat::QuartzXml && !input.mappingFile.isEmpty()) {
        Result<JobClassMapping> loaded = JobClassMapping::load(input.mappingFile);
        if (!loaded) {
            outcome.error = loaded.error();
            return outcome;
        }
        mapping = *loaded;
    }
    QuartzXmlReadOptions options;
    options.importUnmappedAsPausedNoop = input.unmappedAsNoop;
    options.defaultTimeZone = input.zone;
    ScheduleFileRead read = readScheduleFile(bytes, format, mapping, options);
    outcome.problems = std::move(read.problems);
    outcome.warnings = std::move(read.warnings);
    outcome.document = std::move(read.document);
    if (!outcome.problems.isEmpty())
        return outcome;

    outcome.problems = checkJobData(outcome.document, registry);
    outcome.warnings << unknownJobTypes(outcome.document, registry);
    if (!outcome.problems.isEmpty())
        return outcome;
    Result<ImportPlan> plan = planImport(store, outcome.document);
    if (!plan) {
        outcome.error = plan.error();
        return outcome;
    }
    outcome.problems = plan->problems;
    outcome.plan = std::move(*plan);
    return outcome;
}

QString objectText(PlanObject object)
{
    switch (object) {
    case PlanObject::Calendar: return ImportScheduleDialog::tr("Calendar");
    case PlanObject::Job: return ImportScheduleDialog::tr("Job");
    case PlanObject::Trigger: return ImportScheduleDialog::tr("Trigger");
    }
    return {};
}

QString actionHeading(PlanAction action, int count)
{
    switch (action) {
    case PlanAction::Added: return ImportScheduleDialog::tr("Added (%n)", nullptr, count);
    case PlanAction::Changed: return ImportScheduleDialog::tr("Changed (%n)", nullptr, count);
    case PlanAction::Removed: return ImportScheduleDialog::tr("Removed (%n)", nullptr, count);
    case PlanAction::Skipped: return ImportScheduleDialog::tr("Kept as stored, the file's skipped (%n)", nullptr, count);
    case PlanAction::Unchanged: return ImportScheduleDialog::tr("Unchanged (%n)", nullptr, count);
    }
    return {};
}

QColor actionColor(PlanAction action, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (action) {
    case PlanAction::Added: return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x7a, 0x2e);
    case PlanAction::Changed: return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa0, 0x5a, 0x00);
    case PlanAction::Removed: return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb0, 0x1c, 0x1c);
    case PlanAction::Skipped:
    case PlanAction::Unchanged: return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::Text);
}

/// The tree's rows for one action, in the order the plan lists them.
constexpr PlanAction kActionOrder[] = {PlanAction::Added, PlanAction::Changed, PlanAction::Removed,
                                       PlanAction::Skipped, PlanAction::Unchanged};

/// More rows than this under an action start folded.
constexpr int kExpandLimit = 200;

} // namespace

ImportScheduleDialog::ImportScheduleDialog(std::shared_ptr<JobStore> store, std::shared_ptr<Scheduler> scheduler,
                                           QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_scheduler(std::move(scheduler))
{
    setWindowTitle(tr("Import a Schedule"));
    setObjectName(QStringLiteral("importScheduleDialog"));

    m_fileLabel = new QLabel(tr("No file chosen"));
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *chooseButton = new QPushButton(tr("&Choose a file…"));
    chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    connect(chooseButton, &QPushButton::clicked, this, &ImportScheduleDialog::chooseFile);
    QWidget *fileRow = FormWidgets::withButton(m_fileLabel, chooseButton);

    // Quartz XML's options, shown for an XML file only.
    m_mapping = new QLineEdit;
    m_mapping->setObjectName(QStringLiteral("mappingEdit"));
    m_mapping->setPlaceholderText(tr("none"));
    m_mapping->setClearButtonEnabled(true);
    auto *browseMapping = new QPushButton(tr("Browse…"));
    connect(browseMapping, &QPushButton::clicked, this, &ImportScheduleDialog::chooseMappingFile);
    QWidget *mappingRow = FormWidgets::withButton(m_mapping, browseMapping);
    m_unmappedAsNoop = new QCheckBox(tr("Import a job whose Java class has no mapping as a paused no-op job"));
    m_unmappedAsNoop->setObjectName(QStringLiteral("unmappedAsNoopCheck"));
    m_zone = FormWidgets::zoneCombo(QStringLiteral("zoneCombo"));
    m_zone->setEditText(QStringLiteral("UTC")); // as qronosctl import reads such times
    m_zone->setCurrentIndex(m_zone->findText(QStringLiteral("UTC")));
    m_xmlOptions = new QWidget;
    QFormLayout *xmlForm = FormWidgets::newForm(m_xmlOptions);
    xmlForm->setContentsMargins(0, 0, 0, 0);
    xmlForm->addRow(tr("Job class &mapping:"), mappingRow);
    xmlForm->addRow(QString(), m_unmappedAsNoop);
    xmlForm->addRow(tr("&Zone of times without an offset:"), m_zone);
    m_xmlOptions->hide();

    auto *top = new QWidget;
    QFormLayout *form = FormWidgets::newForm(top);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("File:"), fileRow);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Item"), tr("Field"), tr("Now"), tr("After the import")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(ItemColumn, 320);
    m_tree->setColumnWidth(FieldColumn, 120);
    m_tree->setColumnWidth(BeforeColumn, 200);

    m_problemList = new QTreeWidget;
    m_problemList->setObjectName(QStringLiteral("problemList"));
    m_problemList->setColumnCount(2);
    m_problemList->setHeaderLabels({tr("Where"), tr("Problem")});
    m_problemList->setRootIsDecorated(false);
    m_problemList->setUniformRowHeights(true);
    m_problemList->setColumnWidth(0, 280);
    m_problemList->setWordWrap(true);
    m_problemList->hide();

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_problemList);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_error = FormWidgets::errorLabel("importError");

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_applyButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportScheduleDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(top);
    layout->addWidget(m_xmlOptions);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(FormWidgets::noteLabel(
        tr("Nothing is written until you click Import. The import is one transaction: a file with any problem "
           "changes nothing.")));
    layout->addWidget(buttons);

    connect(m_mapping, &QLineEdit::editingFinished, this, &ImportScheduleDialog::replan);
    connect(m_unmappedAsNoop, &QCheckBox::toggled, this, &ImportScheduleDialog::replan);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &ImportScheduleDialog::replan);
    resize(900, 600);
}

QString ImportScheduleDialog::file() const
{
    return m_file;
}

void ImportScheduleDialog::setFile(const QString &path)
{
    m_file = path;
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    replan();
}

void ImportScheduleDialog::setMappingFile(const QString &path)
{
    m_mapping->setText(path);
    replan();
}

void ImportScheduleDialog::setUnmappedAsNoop(bool on)
{
    m_unmappedAsNoop->setChecked(on); // toggled() plans again when it changes
}

void ImportScheduleDialog::setDefaultTimeZone(const QString &zoneId)
{
    const int index = m_zone->findText(zoneId);
    if (index >= 0)
        m_zone->setCurrentIndex(index); // plans again when it changes
}

bool ImportScheduleDialog::canApply() const
{
    return !m_busy && m_problems.isEmpty() && m_plan.changesSomething();
}

void ImportScheduleDialog::chooseFile()
{
    const QString path = ExchangeFiles::chooseOpenFile(
        this, tr("Import a Schedule"),
        tr("Schedule files (*.json *.xml);;Qronos JSON files (*.json);;Quartz XML files (*.xml);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportScheduleDialog::chooseMappingFile()
{
    const QString path = ExchangeFiles::chooseOpenFile(this, tr("Job Class Mapping"),
                                                       tr("Mapping files (*.txt *.properties *.map);;All files (*)"));
    if (!path.isEmpty())
        setMappingFile(path);
}

void ImportScheduleDialog::setBusy(const QString &what)
{
    m_busy = !what.isEmpty();
    setCursor(m_busy ? Qt::BusyCursor : Qt::ArrowCursor);
    if (m_busy)
        m_status->setText(what);
    m_applyButton->setEnabled(canApply());
}

void ImportScheduleDialog::replan()
{
    if (m_file.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    PlanInput input{m_file, m_mapping->text().trimmed(), m_unmappedAsNoop->isChecked(),
                    m_zone->currentText().trimmed().toUtf8()};
    m_plan = {};
    m_problems.clear();
    m_warnings.clear();
    m_error->setMessage({});
    setBusy(tr("Reading and checking the file…"));
    runAsync(
        this, [store = m_store, scheduler = m_scheduler, input] { return planFile(*store, scheduler->registry(), input); },
        [this, generation](PlanOutcome outcome) {
            if (generation != m_generation) // a newer file or option is being planned
                return;
            m_document = std::move(outcome.document);
            m_problems = std::move(outcome.problems);
            m_warnings = std::move(outcome.warnings);
            m_plan = outcome.plan.value_or(ImportPlan{});
            m_error->setMessage(outcome.error);
            setBusy({});
            showPlan();
            emit planned();
        });
}

QTreeWidgetItem *ImportScheduleDialog::addItem(QTreeWidgetItem *parent, const PlanItem &item)
{
    auto *row = new QTreeWidgetItem(parent);
    row->setText(ItemColumn, tr("%1 %2").arg(objectText(item.object), item.key()));
    row->setData(ItemColumn, Qt::UserRole, item.key());
    const QString where = item.location.toString();
    if (!where.isEmpty())
        row->setToolTip(ItemColumn, tr("In the file at %1").arg(where));
    row->setForeground(ItemColumn, actionColor(item.action, palette()));
    for (const FieldChange &change : item.changes) {
        auto *field = new QTreeWidgetItem(row);
        field->setText(FieldColumn, change.field);
        field->setText(BeforeColumn, change.oldValue.isEmpty() ? tr("(none)") : change.oldValue);
        field->setText(AfterColumn, change.newValue.isEmpty() ? tr("(none)") : change.newValue);
        field->setToolTip(BeforeColumn, change.oldValue);
        field->setToolTip(AfterColumn, change.newValue);
    }
    return row;
}

void ImportScheduleDialog::showPlan()
{
    const bool xml = !m_file.isEmpty() && scheduleFormatOf(m_file) == ScheduleFormat::QuartzXml;
    m_xmlOptions->setVisible(xml || !m_mapping->text().isEmpty());

    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    for (const PlanAction action : kActionOrder) {
        const int count = m_plan.count(action);
        if (count == 0)
            continue;
        auto *heading = new QTreeWidgetItem(m_tree);
        heading->setText(ItemColumn, actionHeading(action, count));
        heading->setFirstColumnSpanned(true);
        QFont bold = heading->font(ItemColumn);
        bold.setBold(true);
        heading->setFont(ItemColumn, bold);
        heading->setForeground(ItemColumn, actionColor(action, palette()));
        const bool expand = action != PlanAction::Unchanged && count <= kExpandLimit;
        for (const PlanItem &item : m_plan.items) {
            if (item.action != action)
                continue;
            QTreeWidgetItem *row = addItem(heading, item);
            // A changed item shows its fields.
            row->setExpanded(expand && action == PlanAction::Changed);
        }
        heading->setExpanded(expand);
    }
    m_tree->setUpdatesEnabled(true);

    m_problemList->clear();
    const QIcon problemIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const ImportProblem &problem : std::as_const(m_problems)) {
        auto *row = new QTreeWidgetItem(m_problemList, {problem.location.toString(), problem.message});
        row->setIcon(0, problemIcon);
        row->setToolTip(1, problem.message);
    }
    for (const ImportProblem &warning : std::as_const(m_warnings)) {
        auto *row = new QTreeWidgetItem(m_problemList, {warning.location.toString(), warning.message});
        row->setIcon(0, warningIcon);
        row->setToolTip(1, warning.message);
    }
    m_problemList->setVisible(m_problemList->topLevelItemCount() > 0);

    QString status;
    if (!m_error->hasMessage()) {
        if (!m_problems.isEmpty()) {
            status = tr("The import cannot be applied: %n problem(s), listed below with their places. Nothing has "
                        "been changed.", nullptr, int(m_problems.size()));
        } else if (!m_plan.changesSomething()) {
            status = tr("Nothing to import: the schedule already holds what the file says.");
        } else {
            status = tr("The import adds %1, changes %2 and removes %3 jobs, triggers or calendars; %4 stay as they are.")
                         .arg(m_plan.count(PlanAction::Added))
                         .arg(m_plan.count(PlanAction::Changed))
                         .arg(m_plan.count(PlanAction::Removed))
                         .arg(m_plan.count(PlanAction::Unchanged) + m_plan.count(PlanAction::Skipped));
        }
    }
    m_status->setText(status);
    m_applyButton->setEnabled(canApply());
}

void ImportScheduleDialog::apply()
{
    if (!canApply())
        return;
    setBusy(tr("Importing…"));
    runAsync(
        this, [scheduler = m_scheduler, document = m_document] { return scheduler->importSchedule(document); },
        [this](Result<ImportReport> report) {
            setBusy({});
            if (!report) {
                m_error->setMessage(tr("The import failed and changed nothing: %1").arg(report.error()));
                showPlan();
                emit applied(report.error());
                return;
            }
            if (!report->applied) {
                // The schedule changed since the plan was shown (or the scheduler refused the job data).
                m_plan = report->plan;
                m_problems = report->plan.problems;
                showPlan();
                emit applied(tr("The import changed nothing: %n problem(s).", nullptr, int(m_problems.size())));
                return;
            }
            m_plan = report->plan;
            m_summary = tr("Imported %1: %2 added, %3 changed, %4 removed.")
                            .arg(QFileInfo(m_file).fileName())
                            .arg(m_plan.count(PlanAction::Added))
                            .arg(m_plan.count(PlanAction::Changed))
                            .arg(m_plan.count(PlanAction::Removed));
            emit applied(QString());
            accept();
        });
}

} // namespace Qronos
