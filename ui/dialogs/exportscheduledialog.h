#pragma once

#include "exchange/schedulefile.h"
#include "fileexportdialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace Qronos {

/// File → Export the schedule: all or part of the schedule (jobs, their triggers and the calendars they use) as
/// "qronos/1" JSON or as Quartz XML, the same files `qronosctl export` writes. On success the dialog closes; when
/// Quartz XML could not carry everything it stays open and lists what the file lacks.
class ExportScheduleDialog final : public FileExportDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportScheduleDialog)

public:
    explicit ExportScheduleDialog(std::shared_ptr<JobStore> store, QWidget *parent = nullptr);

    ScheduleFormat format() const;
    void setFormat(ScheduleFormat format);
    /// Quartz XML: the Java job class mapping file (empty: none, every job is written as "qronos:<type>").
    void setMappingFile(const QString &path);

    void exportTo(const QString &path) override;

private:
    void chooseFile() override;
    void chooseMappingFile();
    void showFormat();

    QComboBox *m_format = nullptr;
    QWidget *m_mappingRow = nullptr;
    QWidget *m_mappingNote = nullptr;
    QLineEdit *m_mapping = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace Qronos
