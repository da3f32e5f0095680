#include "forecastdialog.h"

#include "asynccall.h"
#include "exchange/forecastexport.h"
#include "exchangefiles.h"
#include "views/errorlabel.h"
#include "views/formwidgets.h"
#include "scheduleselectionwidget.h"
#include "store/jobstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QSaveFile>
#include <QSpinBox>
#include <QTimeZone>

#include <algorithm>
#include <climits>

namespace Qronos {

namespace {

struct ForecastOutcome
{
    QString error;
    ForecastExport::Summary summary;
    int pausedTriggers = 0;
};

/// A wall-clock time of an edit (held in UTC so that this computer's own DST never shifts it) in \a zone.
QDateTime inZone(const QDateTime &wall, const QTimeZone &zone)
{
    return QDateTime(wall.date(), wall.time(), zone);
}

} // namespace

ForecastDialog::ForecastDialog(std::shared_ptr<JobStore> store, QWidget *parent)
    : FileExportDialog(std::move(store), parent)
{
    setWindowTitle(tr("Export a Forecast"));
    setObjectName(QStringLiteral("forecastDialog"));

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("CSV, for spreadsheets (one row per fire)"), int(Format::Csv));
    m_format->addItem(tr("iCalendar (.ics), for calendar applications"), int(Format::ICalendar));

    const QString displayFormat = QStringLiteral("yyyy-MM-dd HH:mm");
    m_from = new QDateTimeEdit;
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to = new QDateTimeEdit;
    m_to->setObjectName(QStringLiteral("toEdit"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC); // a wall-clock time of the chosen zone, not of this computer
        edit->setDisplayFormat(displayFormat);
        edit->setCalendarPopup(true);
    }
    m_zone = FormWidgets::zoneCombo(QStringLiteral("zoneCombo"));
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(QTimeZone(m_zone->currentText().toUtf8()));
    const QDateTime start(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC);
    m_from->setDateTime(start);
    m_to->setDateTime(start.addDays(7));

    m_maxFires = new QSpinBox;
    m_maxFires->setObjectName(QStringLiteral("maxFiresSpin"));
    m_maxFires->setRange(1, 10'000'000);
    m_maxFires->setValue(100'000);
    m_maxFires->setGroupSeparatorShown(true);
    m_maxFires->setToolTip(tr("The earliest fires up to this number are written"));

    m_recurrence = new QCheckBox(tr("One event with a repeat rule for a trigger whose fires follow one exactly"));
    m_recurrence->setObjectName(QStringLiteral("recurrenceCheck"));
    m_recurrence->setChecked(true);
    m_byteOrderMark = new QCheckBox(tr("Start with a byte order mark, so that spreadsheet programs read names as "
                                       "UTF-8"));
    m_byteOrderMark->setObjectName(QStringLiteral("byteOrderMarkCheck"));
    m_byteOrderMark->setChecked(true);

    auto *formBox = new QWidget;
    QFormLayout *form = FormWidgets::newForm(formBox, Qt::AlignTop);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("F&rom:"), m_from);
    form->addRow(tr("&Until:"), m_to);
    form->addRow(tr("&Zone:"), m_zone);
    form->addRow(QString(), FormWidgets::noteLabel(tr("The period is read in this zone, and local times in the file "
                                                      "are given in it (UTC times too).")));
    form->addRow(tr("At &most:"), FormWidgets::row({m_maxFires, new QLabel(tr("fires"))}));
    form->addRow(QString(), m_recurrence);
    form->addRow(QString(), m_byteOrderMark);
    form->addRow(tr("Which triggers:"), m_selection);
    form->addRow(QString(), FormWidgets::noteLabel(tr("Paused triggers are left out; calendars are applied, so "
                                                      "excluded days have no fires.")));

    setForm(formBox);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ForecastDialog::showFormat);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &ForecastDialog::update);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &ForecastDialog::update);
    connect(m_zone, &QComboBox::currentTextChanged, this, &ForecastDialog::update);
    showFormat();
}

ForecastDialog::Format ForecastDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

void ForecastDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ForecastDialog::setPeriod(const QDateTime &from, const QDateTime &to)
{
    m_from->setDateTime(QDateTime(from.date(), from.time(), Qt::UTC));
    m_to->setDateTime(QDateTime(to.date(), to.time(), Qt::UTC));
}

QString ForecastDialog::zone() const
{
    return m_zone->currentText().trimmed();
}

void ForecastDialog::setZone(const QString &zoneId)
{
    m_zone->setEditText(zoneId);
    const int index = m_zone->findText(zoneId);
    if (index >= 0)
        m_zone->setCurrentIndex(index);
}

void ForecastDialog::setMaxFires(int maxFires)
{
    m_maxFires->setValue(maxFires);
}

QString ForecastDialog::problem() const
{
    const QTimeZone tz(zone().toUtf8());
    if (!tz.isValid())
        return tr("\"%1\" is not a time zone this computer knows (e.g. Asia/Shanghai, UTC).").arg(zone());
    if (inZone(m_to->dateTime(), tz) <= inZone(m_from->dateTime(), tz))
        return tr("The period ends before it starts: \"Until\" must be later than \"From\".");
    return FileExportDialog::problem();
}

void ForecastDialog::showFormat()
{
    const bool ics = format() == Format::ICalendar;
    m_recurrence->setVisible(ics);
    m_byteOrderMark->setVisible(!ics);
}

void ForecastDialog::chooseFile()
{
    const bool ics = format() == Format::ICalendar;
    const QString file = ExchangeFiles::chooseSaveFile(
        this, tr("Export a Forecast"), ics ? QStringLiteral("qronos-forecast.ics") : QStringLiteral("qronos-forecast.csv"),
        ics ? tr("iCalendar files (*.ics)") : tr("CSV files (*.csv)"), ics ? QStringLiteral(".ics") : QStringLiteral(".csv"));
    if (!file.isEmpty())
        exportTo(file);
}

void ForecastDialog::exportTo(const QString &path)
{
    if (isBusy() || !problem().isEmpty())
        return;
    Result<ZoneRulesPtr> rules = ZoneRules::forId(zone().toUtf8());
    if (!rules) {
        m_error->setMessage(rules.error());
        return;
    }
    const QTimeZone tz(zone().toUtf8());
    ForecastExport::Options options;
    options.format = format() == Format::ICalendar ? ForecastExport::Format::ICalendar : ForecastExport::Format::Csv;
    options.fromMs = inZone(m_from->dateTime(), tz).toMSecsSinceEpoch();
    options.toMs = inZone(m_to->dateTime(), tz).toMSecsSinceEpoch();
    options.zone = *rules;
    options.maxFires = m_maxFires->value();
    options.recurrenceRules = m_recurrence->isChecked();
    options.byteOrderMark = m_byteOrderMark->isChecked();
    ForecastExport::Selection selection;
    selection.groups = m_selection->groups();
    selection.jobs = m_selection->jobs();

    setBusy(true);
    runAsync(
        this,
        [store = m_store, selection, options, path] {
            ForecastOutcome outcome;
            Result<ForecastExport::Source> source = ForecastExport::load(*store, selection);
            if (!source) {
                outcome.error = source.error();
                return outcome;
            }
            outcome.pausedTriggers = source->pausedTriggers;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                outcome.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
                return outcome;
            }
            Result<ForecastExport::Summary> summary = ForecastExport::write(*source, &file, options);
            if (!summary) {
                file.cancelWriting();
                outcome.error = summary.error();
                return outcome;
            }
            if (!file.commit()) {
                outcome.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
                return outcome;
            }
            outcome.summary = *summary;
            return outcome;
        },
        [this, path, maxFires = options.maxFires](const ForecastOutcome &outcome) {
            const ForecastExport::Summary &s = outcome.summary;
            QStringList parts;
            parts << tr("Wrote %Ln fire(s) to %1.", nullptr, int(std::min<qint64>(s.fires, INT_MAX)))
                         .arg(QDir::toNativeSeparators(path));
            if (s.recurrenceRules > 0)
                parts << tr("%n event(s) repeat by a rule.", nullptr, int(s.recurrenceRules));
            if (s.truncated)
                parts << tr("Cut at the earliest %1 fires.").arg(QLocale().toString(maxFires));
            if (outcome.pausedTriggers > 0)
                parts << tr("%n paused trigger(s) left out.", nullptr, outcome.pausedTriggers);
            if (!s.missingCalendars.isEmpty())
                parts << tr("%n trigger(s) name a calendar that does not exist and have no fires.", nullptr,
                            int(s.missingCalendars.size()));
            finish(outcome.error, parts.join(QLatin1Char(' ')));
        });
}

} // namespace Qronos
