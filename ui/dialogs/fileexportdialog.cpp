#include "fileexportdialog.h"

#include "scheduleselectionwidget.h"
#include "views/errorlabel.h"
#include "views/formwidgets.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Qronos {

FileExportDialog::FileExportDialog(std::shared_ptr<JobStore> store, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
{
    m_selection = new ScheduleSelectionWidget;
    m_error = FormWidgets::errorLabel("exportError");
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_exportButton = m_buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FileExportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_selection, &ScheduleSelectionWidget::changed, this, &FileExportDialog::update);
    connect(m_selection, &ScheduleSelectionWidget::groupsFailed, m_error, &ErrorLabel::setMessage);
    m_selection->loadGroups(m_store);
}

QString FileExportDialog::problem() const
{
    return m_selection->problem();
}

void FileExportDialog::setForm(QWidget *form, QWidget *below)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addWidget(m_error);
    if (below)
        layout->addWidget(below);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    update();
}

void FileExportDialog::update()
{
    const QString p = problem();
    m_error->setMessage(p);
    m_exportButton->setEnabled(!m_busy && p.isEmpty());
}

void FileExportDialog::setBusy(bool busy)
{
    m_busy = busy;
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    m_exportButton->setText(busy ? tr("Exporting…") : tr("&Export…"));
    update();
}

void FileExportDialog::finish(const QString &error, const QString &summary, bool keepOpen)
{
    setBusy(false);
    if (!error.isEmpty()) {
        m_error->setMessage(error);
        emit exported(error);
        return;
    }
    m_summary = summary;
    emit exported(QString());
    if (!keepOpen)
        accept();
}

void FileExportDialog::leaveOnlyClose()
{
    m_exportButton->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
}

} // namespace Qronos
