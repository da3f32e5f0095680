#include "exportscheduledialog.h"

#include "asynccall.h"
#include "exchange/scheduleexport.h"
#include "exchangefiles.h"
#include "scheduleselectionwidget.h"
#include "store/jobstore.h"
#include "views/formwidgets.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>

namespace Qronos {

namespace {

/// What the export off the GUI thread gives back.
struct ExportOutcome
{
    QString error;
    int jobs = 0;
    int triggers = 0;
    int calendars = 0;
    QStringList notWritten;
};

} // namespace

ExportScheduleDialog::ExportScheduleDialog(std::shared_ptr<JobStore> store, QWidget *parent)
    : FileExportDialog(std::move(store), parent)
{
    setWindowTitle(tr("Export the Schedule"));
    setObjectName(QStringLiteral("exportScheduleDialog"));

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("Qronos JSON (qronos/1)"), int(ScheduleFormat::Json));
    m_format->addItem(tr("Quartz XML (job_scheduling_data_2_0)"), int(ScheduleFormat::QuartzXml));

    m_mapping = new QLineEdit;
    m_mapping->setObjectName(QStringLiteral("mappingEdit"));
    m_mapping->setPlaceholderText(tr("none: jobs are written with the class \"qronos:<type>\""));
    m_mapping->setClearButtonEnabled(true);
    auto *browseMapping = new QPushButton(tr("Browse…"));
    connect(browseMapping, &QPushButton::clicked, this, &ExportScheduleDialog::chooseMappingFile);
    m_mappingRow = FormWidgets::withButton(m_mapping, browseMapping);
    // The note belongs to the mapping row: both show only for Quartz XML.
    m_mappingNote = FormWidgets::noteLabel(tr("Quartz XML names Java job classes. A mapping file (lines such as "
                                              "\"com.acme.ReportJob = shell:/opt/acme/report.sh\") writes a job of "
                                              "that type and program with that class."));

    auto *formBox = new QWidget;
    QFormLayout *form = FormWidgets::newForm(formBox, Qt::AlignTop);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Job class mapping:"), m_mappingRow);
    form->addRow(QString(), m_mappingNote);
    form->addRow(tr("What:"), m_selection);

    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    setForm(formBox, m_result);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportScheduleDialog::showFormat);
    showFormat();
}

ScheduleFormat ExportScheduleDialog::format() const
{
    return ScheduleFormat(m_format->currentData().toInt());
}

void ExportScheduleDialog::setFormat(ScheduleFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportScheduleDialog::setMappingFile(const QString &path)
{
    m_mapping->setText(path);
}

void ExportScheduleDialog::showFormat()
{
    const bool xml = format() == ScheduleFormat::QuartzXml;
    m_mappingRow->setVisible(xml);
    m_mappingNote->setVisible(xml);
    if (auto *form = qobject_cast<QFormLayout *>(m_mappingRow->parentWidget()->layout())) {
        if (QWidget *label = form->labelForField(m_mappingRow))
            label->setVisible(xml);
    }
}

void ExportScheduleDialog::chooseMappingFile()
{
    const QString file = ExchangeFiles::chooseOpenFile(this, tr("Job Class Mapping"),
                                                       tr("Mapping files (*.txt *.properties *.map);;All files (*)"));
    if (!file.isEmpty())
        m_mapping->setText(file);
}

void ExportScheduleDialog::chooseFile()
{
    const bool xml = format() == ScheduleFormat::QuartzXml;
    const QString file = ExchangeFiles::chooseSaveFile(
        this, tr("Export the Schedule"),
        xml ? QStringLiteral("quartz_data.xml") : QStringLiteral("qronos-schedule.json"),
        xml ? tr("Quartz XML files (*.xml)") : tr("Qronos JSON files (*.json)"),
        xml ? QStringLiteral(".xml") : QStringLiteral(".json"));
    if (!file.isEmpty())
        exportTo(file);
}

void ExportScheduleDialog::exportTo(const QString &path)
{
    if (isBusy() || !problem().isEmpty())
        return;
    setBusy(true);
    m_result->hide();
    ExportSelection selection{m_selection->groups(), m_selection->jobs()};
    const ScheduleFormat fmt = format();
    const QString mappingFile = fmt == ScheduleFormat::QuartzXml ? m_mapping->text().trimmed() : QString();
    runAsync(
        this,
        [store = m_store, selection, fmt, mappingFile, path] {
            ExportOutcome outcome;
            JobClassMapping mapping;
            if (!mappingFile.isEmpty()) {
                Result<JobClassMapping> loaded = JobClassMapping::load(mappingFile);
                if (!loaded) {
                    outcome.error = loaded.error();
                    return outcome;
                }
                mapping = *loaded;
            }
            Result<ScheduleDocument> document = readSchedule(*store, selection);
            if (!document) {
                outcome.error = document.error();
                return outcome;
            }
            const ScheduleFileWrite written = writeScheduleFile(*document, fmt, mapping);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(written.content) != written.content.size()
                || !file.commit()) {
                outcome.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
                return outcome;
            }
            outcome.jobs = int(document->jobs.size());
            outcome.triggers = int(document->triggers.size());
            outcome.calendars = int(document->calendars.size());
            outcome.notWritten = written.notWritten;
            return outcome;
        },
        [this, path](const ExportOutcome &outcome) {
            const QString summary
                = tr("Exported %n job(s), %1 trigger(s) and %2 calendar(s) to %3.", nullptr, outcome.jobs)
                      .arg(outcome.triggers)
                      .arg(outcome.calendars)
                      .arg(QDir::toNativeSeparators(path));
            // Quartz XML cannot carry everything: the dialog stays to say what the file lacks.
            const bool lacks = outcome.error.isEmpty() && !outcome.notWritten.isEmpty();
            finish(outcome.error, summary, lacks);
            if (!lacks)
                return;
            m_result->setText(summary + QLatin1Char('\n') + tr("Not in the Quartz XML file, which cannot express it:")
                              + QLatin1Char('\n') + QStringLiteral("• ")
                              + outcome.notWritten.join(QStringLiteral("\n• ")));
            m_result->show();
            leaveOnlyClose();
        });
}

} // namespace Qronos
