#pragma once

#include "fileexportdialog.h"

#include <QDateTime>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QSpinBox;

namespace Qronos {

/// File → Export a forecast: every fire of a period (all triggers or a selection, calendars applied) as a CSV file
/// for spreadsheets or an iCalendar file for calendar applications, the same files `qronosctl forecast` writes.
/// The period is read in the chosen zone, which is also the zone of the local times in the file.
class ForecastDialog final : public FileExportDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForecastDialog)

public:
    enum class Format { Csv, ICalendar };

    explicit ForecastDialog(std::shared_ptr<JobStore> store, QWidget *parent = nullptr);

    Format format() const;
    void setFormat(Format format);
    /// The period, [from, to), as wall-clock times in zone().
    void setPeriod(const QDateTime &from, const QDateTime &to);
    QString zone() const;
    void setZone(const QString &zoneId);
    void setMaxFires(int maxFires);
    /// Besides the selection's: an unknown zone, a period that ends before it starts.
    QString problem() const override;

    void exportTo(const QString &path) override;

private:
    void chooseFile() override;
    void showFormat();

    QComboBox *m_format = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_zone = nullptr;
    QSpinBox *m_maxFires = nullptr;
    QCheckBox *m_recurrence = nullptr;
    QCheckBox *m_byteOrderMark = nullptr;
};

} // namespace Qronos
