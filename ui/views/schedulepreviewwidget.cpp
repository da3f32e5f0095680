#include "schedulepreviewwidget.h"

#include "dialogs/cronbuilder.h"
#include "errorlabel.h"
#include "formwidgets.h"
#include "models/firetimemodel.h"
#include "schedule/calendarspec.h"
#include "schedule/cronexpression.h"
#include "schedule/firetimes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Qronos {

using namespace FormWidgets;

namespace {

const char *const DateTimeFormat = "yyyy-MM-dd HH:mm:ss";
const char *const TimeFormat = "HH:mm:ss";

/// A widget that takes the width of the row, with small ones (a button, a check box) beside it.
QWidget *growingRow(QWidget *before, QWidget *growing, QWidget *after)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    if (before)
        layout->addWidget(before);
    layout->addWidget(growing, 1);
    if (after)
        layout->addWidget(after);
    return box;
}

struct UnitChoice
{
    IntervalUnit unit;
    qint64 ms;
};

/// The engine names a trigger in every message ("Trigger "DEFAULT.preview": ..."); the preview has
/// only one trigger, so drop that part when it is there.
QString withoutTriggerName(const QString &message, const QString &key)
{
    const qsizetype at = message.indexOf(key);
    if (at < 0 || at > 24)
        return message;
    qsizetype from = at + key.size();
    static const QString separators = QStringLiteral("\"'\u201d\u300d\u300f:\uff1a ,\uff0c");
    while (from < message.size() && separators.contains(message.at(from)))
        ++from;
    QString rest = message.mid(from);
    if (rest.isEmpty())
        return message;
    rest[0] = rest.at(0).toUpper();
    return rest;
}

qint64 floorMod(qint64 a, qint64 b)
{
    return ((a % b) + b) % b;
}

QString utcText(qint64 utcMs)
{
    return SchedulePreviewWidget::tr("= %1 UTC")
        .arg(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(QString::fromLatin1(DateTimeFormat)));
}

} // namespace

SchedulePreviewWidget::SchedulePreviewWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new FireTimeModel(this))
    , m_preview(new FireTimePreview(this))
    , m_updateTimer(new QTimer(this))
    , m_busyTimer(new QTimer(this))
{
    m_base = Trigger(TriggerKey(QStringLiteral("preview")), JobKey(QStringLiteral("preview")), CronSchedule{});
    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(0); // edits made in one event-loop pass lead to one update
    connect(m_updateTimer, &QTimer::timeout, this, &SchedulePreviewWidget::updatePreview);
    m_busyTimer->setSingleShot(true);
    m_busyTimer->setInterval(200); // say "computing" only when it is slow enough to notice
    connect(m_busyTimer, &QTimer::timeout, this, [this]() {
        m_summary->setPalette(QPalette());
        m_summary->setText(tr("Computing fire times\u2026"));
    });
    connect(m_preview, &FireTimePreview::finished, this, &SchedulePreviewWidget::showOutcome);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("previewSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildForm());
    m_splitter->addWidget(buildResults());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    fillMisfireInstructions();
    updateKindPage();
    watchEdits();
    updatePreview();
}

SchedulePreviewWidget::~SchedulePreviewWidget() = default;

QWidget *SchedulePreviewWidget::buildForm()
{
    auto *panel = new QWidget;
    auto *column = new QVBoxLayout(panel);

    // Schedule: the kind and its page
    auto *scheduleGroup = new QGroupBox(tr("Schedule"));
    auto *scheduleLayout = new QVBoxLayout(scheduleGroup);
    auto *kindForm = newForm(nullptr);
    m_kindCombo = new QComboBox;
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindCombo->addItem(tr("Cron expression"), int(TriggerKind::Cron));
    m_kindCombo->addItem(tr("Simple (fixed interval)"), int(TriggerKind::Simple));
    m_kindCombo->addItem(tr("Calendar interval"), int(TriggerKind::CalendarInterval));
    m_kindCombo->addItem(tr("Daily time interval"), int(TriggerKind::DailyTimeInterval));
    m_kindCombo->setItemData(0, tr("Fires when a Quartz cron expression matches (CronTrigger)"), Qt::ToolTipRole);
    m_kindCombo->setItemData(1, tr("Fires at the start, then every interval, a number of times or forever (SimpleTrigger)"),
                             Qt::ToolTipRole);
    m_kindCombo->setItemData(2, tr("Fires every N seconds to years, counted on the calendar (CalendarIntervalTrigger)"),
                             Qt::ToolTipRole);
    m_kindCombo->setItemData(3, tr("Fires every N seconds, minutes or hours within a time of day, on chosen weekdays "
                                   "(DailyTimeIntervalTrigger)"),
                             Qt::ToolTipRole);
    kindForm->addRow(tr("&Kind:"), m_kindCombo);
    scheduleLayout->addLayout(kindForm);

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("kindPages"));
    m_pages->addWidget(buildCronPage());
    m_pages->addWidget(buildSimplePage());
    m_pages->addWidget(buildCalendarIntervalPage());
    m_pages->addWidget(buildDailyPage());
    scheduleLayout->addWidget(m_pages);
    column->addWidget(scheduleGroup);

    column->addWidget(buildRangeGroup());
    column->addWidget(buildMisfireGroup());
    column->addStretch(1);

    alignFormLabels(panel);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("formScrollArea"));
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Never so narrow that the fields need a horizontal scroll bar (word-wrapped notes can wrap more).
    const int scrollBar = scroll->verticalScrollBar()->sizeHint().width();
    scroll->setMinimumWidth(panel->minimumSizeHint().width() + scrollBar);
    m_formWidth = std::max(scroll->minimumWidth(), std::min(panel->sizeHint().width() + scrollBar, 480));
    return scroll;
}

QWidget *SchedulePreviewWidget::buildCronPage()
{
    auto *page = new QWidget;
    auto *form = newForm(page);
    form->setContentsMargins(0, 0, 0, 0);

    m_cronBuilder = new CronBuilder;
    m_cronBuilder->setObjectName(QStringLiteral("cronBuilder"));
    m_cronBuilder->setExpression(QStringLiteral("0 0/15 9-17 ? * MON-FRI"));
    form->addRow(tr("E&xpression:"), m_cronBuilder);
    form->addRow(QString(), noteLabel(tr("Second, minute, hour, day of month, month, day of week and an optional year. "
                                         "Special characters: * ? - , / L W # (e.g. 6L, 15W, 2#1).")));
    return page;
}

QWidget *SchedulePreviewWidget::buildSimplePage()
{
    auto *page = new QWidget;
    auto *form = newForm(page);
    form->setContentsMargins(0, 0, 0, 0);

    m_simpleInterval = new QSpinBox;
    m_simpleInterval->setObjectName(QStringLiteral("simpleIntervalSpin"));
    m_simpleInterval->setRange(0, 999999);
    m_simpleInterval->setValue(10);
    m_simpleUnit = new QComboBox;
    m_simpleUnit->setObjectName(QStringLiteral("simpleUnitCombo"));
    m_simpleUnit->addItem(tr("milliseconds"), qint64(1));
    m_simpleUnit->addItem(tr("seconds"), qint64(1000));
    m_simpleUnit->addItem(tr("minutes"), qint64(60000));
    m_simpleUnit->addItem(tr("hours"), qint64(3600000));
    m_simpleUnit->addItem(tr("days"), qint64(86400000));
    m_simpleUnit->addItem(tr("weeks"), qint64(7) * 86400000);
    m_simpleUnit->setCurrentIndex(2);
    form->addRow(tr("&Every:"), row({m_simpleInterval, m_simpleUnit}));

    m_simpleRepeat = new QSpinBox;
    m_simpleRepeat->setObjectName(QStringLiteral("simpleRepeatSpin"));
    m_simpleRepeat->setRange(0, std::numeric_limits<int>::max());
    m_simpleRepeat->setValue(10);
    m_simpleRepeat->setToolTip(tr("How many times the trigger repeats after its first fire (Quartz's repeat count)"));
    m_simpleForever = new QCheckBox(tr("&Forever"));
    m_simpleForever->setObjectName(QStringLiteral("simpleForeverCheck"));
    m_simpleForever->setChecked(true);
    m_simpleRepeat->setEnabled(false);
    connect(m_simpleForever, &QCheckBox::toggled, m_simpleRepeat, [this](bool on) { m_simpleRepeat->setEnabled(!on); });
    form->addRow(tr("&Repeats:"), row({m_simpleRepeat, m_simpleForever}));
    form->addRow(QString(), noteLabel(tr("Fires at the start time, then once per interval.")));
    return page;
}

QWidget *SchedulePreviewWidget::buildCalendarIntervalPage()
{
    auto *page = new QWidget;
    auto *form = newForm(page);
    form->setContentsMargins(0, 0, 0, 0);

    m_calInterval = new QSpinBox;
    m_calInterval->setObjectName(QStringLiteral("calendarIntervalSpin"));
    m_calInterval->setRange(1, 999999);
    m_calUnit = new QComboBox;
    m_calUnit->setObjectName(QStringLiteral("calendarUnitCombo"));
    m_calUnit->addItem(tr("seconds"), int(IntervalUnit::Second));
    m_calUnit->addItem(tr("minutes"), int(IntervalUnit::Minute));
    m_calUnit->addItem(tr("hours"), int(IntervalUnit::Hour));
    m_calUnit->addItem(tr("days"), int(IntervalUnit::Day));
    m_calUnit->addItem(tr("weeks"), int(IntervalUnit::Week));
    m_calUnit->addItem(tr("months"), int(IntervalUnit::Month));
    m_calUnit->addItem(tr("years"), int(IntervalUnit::Year));
    m_calUnit->setCurrentIndex(3);
    form->addRow(tr("&Every:"), row({m_calInterval, m_calUnit}));

    m_calPreserveHour = new QCheckBox(tr("&Preserve the hour of day across daylight saving time changes"));
    m_calPreserveHour->setObjectName(QStringLiteral("preserveHourCheck"));
    m_calSkipDay = new QCheckBox(tr("Skip the day when that &hour does not exist"));
    m_calSkipDay->setObjectName(QStringLiteral("skipDayCheck"));
    m_calSkipDay->setEnabled(false);
    m_calSkipDay->setToolTip(tr("Only with the hour of day preserved: otherwise the fire moves to the next hour that exists"));
    connect(m_calPreserveHour, &QCheckBox::toggled, m_calSkipDay, &QCheckBox::setEnabled);
    form->addRow(QString(), m_calPreserveHour);
    form->addRow(QString(), m_calSkipDay);
    return page;
}

QWidget *SchedulePreviewWidget::buildDailyPage()
{
    auto *page = new QWidget;
    auto *form = newForm(page);
    form->setContentsMargins(0, 0, 0, 0);

    m_dailyInterval = new QSpinBox;
    m_dailyInterval->setObjectName(QStringLiteral("dailyIntervalSpin"));
    m_dailyInterval->setRange(1, 1440);
    m_dailyInterval->setValue(30);
    m_dailyUnit = new QComboBox;
    m_dailyUnit->setObjectName(QStringLiteral("dailyUnitCombo"));
    m_dailyUnit->addItem(tr("seconds"), int(IntervalUnit::Second));
    m_dailyUnit->addItem(tr("minutes"), int(IntervalUnit::Minute));
    m_dailyUnit->addItem(tr("hours"), int(IntervalUnit::Hour));
    m_dailyUnit->setCurrentIndex(1);
    connect(m_dailyUnit, &QComboBox::currentIndexChanged, this, [this]() {
        // Quartz accepts at most 24 hours.
        const auto unit = IntervalUnit(m_dailyUnit->currentData().toInt());
        m_dailyInterval->setMaximum(unit == IntervalUnit::Second ? 86400 : unit == IntervalUnit::Minute ? 1440 : 24);
    });
    form->addRow(tr("&Every:"), row({m_dailyInterval, m_dailyUnit}));

    // Weekdays in the order of the user's locale, labelled in its language.
    auto *days = new QWidget;
    auto *daysLayout = new QHBoxLayout(days);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    const int first = int(locale.firstDayOfWeek());
    for (int i = 0; i < 7; ++i) {
        const int qtDay = (first - 1 + i) % 7 + 1; // 1 = Monday ... 7 = Sunday
        const int javaDay = qtDay % 7 + 1;         // 1 = Sunday ... 7 = Saturday
        auto *box = new QCheckBox(locale.dayName(qtDay, QLocale::ShortFormat));
        box->setObjectName(QStringLiteral("dayCheck%1").arg(javaDay));
        box->setProperty("javaDay", javaDay);
        box->setChecked(qtDay <= 5);
        box->setToolTip(locale.dayName(qtDay, QLocale::LongFormat));
        daysLayout->addWidget(box);
        m_dailyDays.append(box);
    }
    daysLayout->addStretch(1);
    m_dailyDaysError = new ErrorLabel;
    m_dailyDaysError->setObjectName(QStringLiteral("dailyDaysError"));
    form->addRow(tr("On:"), withError(days, m_dailyDaysError));

    m_dailyFrom = new QTimeEdit(QTime(9, 0));
    m_dailyFrom->setObjectName(QStringLiteral("dailyFromEdit"));
    m_dailyFrom->setDisplayFormat(QString::fromLatin1(TimeFormat));
    m_dailyUntil = new QTimeEdit(QTime(17, 0));
    m_dailyUntil->setObjectName(QStringLiteral("dailyUntilEdit"));
    m_dailyUntil->setDisplayFormat(QString::fromLatin1(TimeFormat));
    auto *until = new QLabel(tr("to", "time of day from ... to ..."));
    m_dailyTimeError = new ErrorLabel;
    m_dailyTimeError->setObjectName(QStringLiteral("dailyTimeError"));
    form->addRow(tr("&Between:"), withError(row({m_dailyFrom, until, m_dailyUntil}), m_dailyTimeError));

    m_dailyRepeat = new QSpinBox;
    m_dailyRepeat->setObjectName(QStringLiteral("dailyRepeatSpin"));
    m_dailyRepeat->setRange(0, std::numeric_limits<int>::max());
    m_dailyRepeat->setValue(10);
    m_dailyRepeat->setToolTip(tr("How many times the trigger repeats after its first fire, over all days"));
    m_dailyForever = new QCheckBox(tr("&Forever"));
    m_dailyForever->setObjectName(QStringLiteral("dailyForeverCheck"));
    m_dailyForever->setChecked(true);
    m_dailyRepeat->setEnabled(false);
    connect(m_dailyForever, &QCheckBox::toggled, m_dailyRepeat, [this](bool on) { m_dailyRepeat->setEnabled(!on); });
    form->addRow(tr("&Repeats:"), row({m_dailyRepeat, m_dailyForever}));
    return page;
}

QGroupBox *SchedulePreviewWidget::buildRangeGroup()
{
    auto *group = new QGroupBox(tr("When"));
    auto *form = newForm(group);

    m_startEdit = new QDateTimeEdit;
    m_startEdit->setObjectName(QStringLiteral("startEdit"));
    // Plain wall times: they are read in the trigger's zone, never in this computer's.
    m_startEdit->setTimeSpec(Qt::UTC);
    m_startEdit->setDisplayFormat(QString::fromLatin1(DateTimeFormat));
    m_startEdit->setCalendarPopup(true);
    m_startEdit->setToolTip(tr("Wall time in the trigger's time zone"));
    auto *now = new QPushButton(tr("&Now"));
    now->setObjectName(QStringLiteral("nowButton"));
    now->setToolTip(tr("Start now (the current time in the trigger's time zone)"));
    connect(now, &QPushButton::clicked, this, &SchedulePreviewWidget::setStartToNow);
    m_startUtc = noteLabel();
    m_startUtc->setObjectName(QStringLiteral("startUtcLabel"));
    auto *start = new QWidget;
    auto *startLayout = new QVBoxLayout(start);
    startLayout->setContentsMargins(0, 0, 0, 0);
    startLayout->setSpacing(2);
    startLayout->addWidget(growingRow(nullptr, m_startEdit, now));
    startLayout->addWidget(m_startUtc);
    form->addRow(tr("&Start:"), start);

    m_endCheck = new QCheckBox;
    m_endCheck->setObjectName(QStringLiteral("endCheck"));
    m_endCheck->setToolTip(tr("Stop firing at an end time"));
    m_endEdit = new QDateTimeEdit;
    m_endEdit->setObjectName(QStringLiteral("endEdit"));
    m_endEdit->setTimeSpec(Qt::UTC);
    m_endEdit->setDisplayFormat(QString::fromLatin1(DateTimeFormat));
    m_endEdit->setCalendarPopup(true);
    m_endEdit->setEnabled(false);
    m_endEdit->setToolTip(tr("Wall time in the trigger's time zone"));
    connect(m_endCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_endEdit->setEnabled(on);
        if (on && m_endEdit->dateTime() <= m_startEdit->dateTime())
            m_endEdit->setDateTime(m_startEdit->dateTime().addDays(7));
    });
    m_endUtc = noteLabel();
    m_endUtc->setObjectName(QStringLiteral("endUtcLabel"));
    m_endError = new ErrorLabel;
    m_endError->setObjectName(QStringLiteral("endError"));
    auto *end = new QWidget;
    auto *endLayout = new QVBoxLayout(end);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endLayout->setSpacing(2);
    endLayout->addWidget(growingRow(m_endCheck, m_endEdit, nullptr));
    endLayout->addWidget(m_endUtc);
    endLayout->addWidget(m_endError);
    form->addRow(tr("En&d:"), end);

    m_zoneCombo = zoneCombo(QStringLiteral("zoneCombo"));
    m_zoneCombo->setToolTip(tr("IANA time zone of the trigger: its schedule, start, end and calendar are read there"));
    m_zoneError = new ErrorLabel;
    m_zoneError->setObjectName(QStringLiteral("zoneError"));
    form->addRow(tr("Time &zone:"), withError(m_zoneCombo, m_zoneError));

    m_calendarEdit = new QLineEdit;
    m_calendarEdit->setObjectName(QStringLiteral("calendarEdit"));
    m_calendarEdit->setPlaceholderText(QStringLiteral("holiday:2026-10-01,2026-10-02+weekly:1,7"));
    m_calendarEdit->setClearButtonEnabled(true);
    m_calendarEdit->setToolTip(
        tr("Times to skip, read in the trigger's time zone. Kinds: holiday:YYYY-MM-DD,... weekly:D,... (1 = Sunday) "
           "monthly:N,... annual:MM-DD,... cron:EXPR daily:HH:MM-HH:MM dailyinv:HH:MM-HH:MM. "
           "Join calendars with +."));
    m_calendarError = new ErrorLabel;
    m_calendarError->setObjectName(QStringLiteral("calendarError"));
    m_calendarCombo = new QComboBox;
    m_calendarCombo->setObjectName(QStringLiteral("calendarCombo"));
    m_calendarCombo->setToolTip(tr("The calendar whose excluded times the trigger skips"));
    m_calendarCombo->setVisible(false);
    auto *calendarBox = new QWidget;
    auto *calendarLayout = new QVBoxLayout(calendarBox);
    calendarLayout->setContentsMargins(0, 0, 0, 0);
    calendarLayout->setSpacing(2);
    calendarLayout->addWidget(m_calendarEdit);
    calendarLayout->addWidget(m_calendarCombo);
    calendarLayout->addWidget(m_calendarError);
    form->addRow(tr("&Calendar:"), calendarBox);

    m_countSpin = new QSpinBox;
    m_countSpin->setObjectName(QStringLiteral("countSpin"));
    m_countSpin->setRange(1, 1000);
    m_countSpin->setValue(20);
    form->addRow(tr("Sho&w:"), row({m_countSpin, new QLabel(tr("fire times"))}));

    setStartToNow();
    m_endEdit->setDateTime(m_startEdit->dateTime().addDays(7));
    return group;
}

QGroupBox *SchedulePreviewWidget::buildMisfireGroup()
{
    auto *group = new QGroupBox(tr("Misfire"));
    auto *form = newForm(group);
    m_misfireCombo = new QComboBox;
    m_misfireCombo->setObjectName(QStringLiteral("misfireCombo"));
    m_misfireCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("&Instruction:"), m_misfireCombo);
    m_misfireExplanation = new QLabel;
    m_misfireExplanation->setObjectName(QStringLiteral("misfireExplanation"));
    m_misfireExplanation->setWordWrap(true);
    m_misfireExplanation->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_misfireExplanation);
    form->addRow(QString(), noteLabel(tr("Applies when a fire was missed, e.g. while every node was down; "
                                         "it does not change the fire times shown.")));
    return group;
}

QWidget *SchedulePreviewWidget::buildResults()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("fireTimeTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_table, 1);
    return panel;
}

void SchedulePreviewWidget::alignFormLabels(QWidget *root)
{
    // The form rows live in several layouts (one per group and per kind page); give all their labels
    // one width so that the fields line up in a single column.
    QList<QWidget *> labels;
    int width = 0;
    for (QFormLayout *form : root->findChildren<QFormLayout *>()) {
        for (int i = 0; i < form->rowCount(); ++i) {
            if (QLayoutItem *item = form->itemAt(i, QFormLayout::LabelRole); item && item->widget()) {
                labels.append(item->widget());
                width = std::max(width, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : labels)
        label->setMinimumWidth(width);
    // Rows with an empty label have no label widget; they are only notes and check boxes.
}

void SchedulePreviewWidget::watchEdits()
{
    const auto update = [this]() { scheduleUpdate(); };
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this]() {
        updateKindPage();
        fillMisfireInstructions();
        scheduleUpdate();
    });
    connect(m_misfireCombo, &QComboBox::currentIndexChanged, this, [this]() {
        updateMisfireExplanation();
        scheduleUpdate();
    });
    connect(m_cronBuilder, &CronBuilder::expressionChanged, this, [this]() {
        // The builder shows its error at once; empty the table at the same moment.
        if (kind() == TriggerKind::Cron && !m_cronBuilder->isValid()) {
            m_updateTimer->stop();
            updatePreview();
        } else {
            scheduleUpdate();
        }
    });
    connect(m_calendarEdit, &QLineEdit::textChanged, this, update);
    connect(m_calendarCombo, &QComboBox::currentIndexChanged, this, update);
    connect(m_zoneCombo, &QComboBox::editTextChanged, this, update);
    for (QSpinBox *spin : {m_simpleInterval, m_simpleRepeat, m_calInterval, m_dailyInterval, m_dailyRepeat, m_countSpin})
        connect(spin, &QSpinBox::valueChanged, this, update);
    for (QComboBox *combo : {m_simpleUnit, m_calUnit, m_dailyUnit})
        connect(combo, &QComboBox::currentIndexChanged, this, update);
    for (QCheckBox *box : {m_simpleForever, m_calPreserveHour, m_calSkipDay, m_dailyForever, m_endCheck})
        connect(box, &QCheckBox::toggled, this, update);
    for (QCheckBox *box : std::as_const(m_dailyDays))
        connect(box, &QCheckBox::toggled, this, update);
    for (QDateTimeEdit *edit : {m_startEdit, m_endEdit})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, update);
    for (QTimeEdit *edit : {m_dailyFrom, m_dailyUntil})
        connect(edit, &QTimeEdit::timeChanged, this, update);
}

TriggerKind SchedulePreviewWidget::kind() const
{
    return TriggerKind(m_kindCombo->currentData().toInt());
}

void SchedulePreviewWidget::setKind(TriggerKind kind)
{
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
}

void SchedulePreviewWidget::updateKindPage()
{
    const int current = m_kindCombo->currentIndex();
    m_pages->setCurrentIndex(current);
    // A stacked widget is as tall as its tallest page; let the hidden pages take no room.
    for (int i = 0; i < m_pages->count(); ++i) {
        m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                          i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_pages->adjustSize();
}

void SchedulePreviewWidget::fillMisfireInstructions()
{
    const TriggerKind k = kind();
    const QVariant previous = m_misfireCombo->currentData();
    const QSignalBlocker blocker(m_misfireCombo);
    m_misfireCombo->clear();
    for (int instruction : Misfire::instructionsFor(k)) {
        m_misfireCombo->addItem(Misfire::label(k, instruction), instruction);
        // The Quartz constant for people who know it, with what it does.
        m_misfireCombo->setItemData(m_misfireCombo->count() - 1,
                                    QStringLiteral("MISFIRE_INSTRUCTION_%1\n%2")
                                        .arg(Misfire::name(k, instruction), Misfire::explanation(k, instruction)),
                                    Qt::ToolTipRole);
    }
    const int index = previous.isValid() ? m_misfireCombo->findData(previous) : -1;
    m_misfireCombo->setCurrentIndex(index >= 0 ? index : m_misfireCombo->findData(Misfire::SmartPolicy));
    updateMisfireExplanation();
}

void SchedulePreviewWidget::updateMisfireExplanation()
{
    m_misfireExplanation->setText(Misfire::explanation(kind(), m_misfireCombo->currentData().toInt()));
}

void SchedulePreviewWidget::setStartToNow()
{
    // Now, as a wall time in the trigger's zone (this computer's when the zone field is not valid yet).
    const Result<ZoneRulesPtr> zone = ZoneRules::forId(m_zoneCombo ? m_zoneCombo->currentText().trimmed().toUtf8()
                                                                   : QTimeZone::systemTimeZoneId());
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    const qint64 wall = zone ? (*zone)->utcToWall(now) : QDateTime::currentDateTime().toMSecsSinceEpoch();
    m_startEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(wall / 1000 * 1000, Qt::UTC));
}

void SchedulePreviewWidget::scheduleUpdate()
{
    m_preview->cancel(); // its answer would be for the fields as they were
    m_updateTimer->start();
}

bool SchedulePreviewWidget::isUpToDate() const
{
    return !m_updateTimer->isActive() && !m_preview->isRunning();
}

std::optional<qint64> SchedulePreviewWidget::instantFromWall(const QDateTimeEdit *edit, const ZoneRules &zone) const
{
    const QDateTime wall = edit->dateTime();
    if (!wall.isValid())
        return std::nullopt;
    return zone.wallToUtc(QDateTime(wall.date(), wall.time(), Qt::UTC).toMSecsSinceEpoch());
}

QStringList SchedulePreviewWidget::Reading::problems() const
{
    QStringList list;
    for (const QString *p : {&cronProblem, &daysProblem, &timeProblem, &endProblem, &zoneProblem, &calendarProblem}) {
        if (!p->isEmpty())
            list.append(*p);
    }
    return list;
}

Schedule SchedulePreviewWidget::scheduleFromFields(Reading *r) const
{
    switch (kind()) {
    case TriggerKind::Cron: {
        if (!m_cronBuilder->isValid()) {
            r->cronProblem = m_cronBuilder->errorMessage();
            return CronSchedule{};
        }
        return CronSchedule{*CronExpression::parse(m_cronBuilder->expression())};
    }
    case TriggerKind::Simple: {
        SimpleSchedule s;
        s.repeatIntervalMs = qint64(m_simpleInterval->value()) * m_simpleUnit->currentData().toLongLong();
        s.repeatCount = m_simpleForever->isChecked() ? SimpleSchedule::RepeatIndefinitely : m_simpleRepeat->value();
        return s;
    }
    case TriggerKind::CalendarInterval: {
        CalendarIntervalSchedule s;
        s.repeatInterval = m_calInterval->value();
        s.unit = IntervalUnit(m_calUnit->currentData().toInt());
        s.preserveHourOfDayAcrossDaylightSavings = m_calPreserveHour->isChecked();
        s.skipDayIfHourDoesNotExist = m_calPreserveHour->isChecked() && m_calSkipDay->isChecked();
        return s;
    }
    case TriggerKind::DailyTimeInterval: {
        DailyTimeIntervalSchedule s;
        s.repeatInterval = m_dailyInterval->value();
        s.unit = IntervalUnit(m_dailyUnit->currentData().toInt());
        s.repeatCount = m_dailyForever->isChecked() ? DailyTimeIntervalSchedule::RepeatIndefinitely
                                                    : m_dailyRepeat->value();
        s.daysOfWeek = 0;
        for (const QCheckBox *box : std::as_const(m_dailyDays)) {
            if (box->isChecked())
                s.daysOfWeek |= quint8(1u << box->property("javaDay").toInt());
        }
        if (s.daysOfWeek == 0)
            r->daysProblem = tr("Choose at least one day of the week.");
        const QTime from = m_dailyFrom->time();
        const QTime until = m_dailyUntil->time();
        s.startTimeOfDay = TimeOfDay{from.hour(), from.minute(), from.second()};
        s.endTimeOfDay = TimeOfDay{until.hour(), until.minute(), until.second()};
        if (from > until)
            r->timeProblem = tr("The start of the daily window comes after its end.");
        return s;
    }
    }
    return CronSchedule{};
}

SchedulePreviewWidget::Reading SchedulePreviewWidget::read() const
{
    Reading r;
    Trigger &t = r.trigger;
    t = m_base;
    t.setSchedule(scheduleFromFields(&r));
    t.setMisfireInstruction(m_misfireCombo->currentData().toInt());

    const QString zoneText = m_zoneCombo->currentText().trimmed();
    if (zoneText.isEmpty()) {
        r.zoneProblem = tr("Enter a time zone, e.g. Asia/Shanghai or UTC.");
    } else if (Result<ZoneRulesPtr> rules = ZoneRules::forId(zoneText.toUtf8()); rules) {
        r.zone = *rules;
    } else {
        r.zoneProblem = rules.error();
    }

    // Start and end are wall times in the trigger's zone; without a valid zone, show UTC for now.
    const ZoneRules &rules = r.zone ? *r.zone : *ZoneRules::utc();
    if (r.zone)
        t.setTimeZoneId(r.zone->id());
    // The fields show whole seconds; an instant set by setTrigger() keeps its milliseconds while its
    // second is unchanged.
    const auto keepMs = [](std::optional<qint64> shown, std::optional<qint64> given) {
        return shown && given && *shown == *given - floorMod(*given, 1000) ? given : shown;
    };
    r.start = keepMs(instantFromWall(m_startEdit, rules), m_base.startTime());
    t.setStartTime(r.start.value_or(0));
    t.setEndTime(std::nullopt);
    if (m_endCheck->isChecked()) {
        r.end = keepMs(instantFromWall(m_endEdit, rules), m_base.endTime());
        t.setEndTime(r.end);
        if (r.end && r.start && *r.end < *r.start)
            r.endProblem = tr("The end time is before the start time.");
    }

    if (m_namedCalendars) {
        const QString name = m_calendarCombo->currentData().toString();
        t.setCalendarName(name);
        if (!name.isEmpty()) {
            r.calendar = m_calendars.value(name);
            if (!r.calendar)
                r.calendarProblem = tr("There is no calendar named \u201c%1\u201d.").arg(name);
        }
    } else if (Result<CalendarPtr> calendar = parseCalendarSpec(m_calendarEdit->text(), r.zone ? r.zone : ZoneRules::utc());
               calendar) {
        r.calendar = *calendar;
    } else {
        r.calendarProblem = calendar.error();
    }
    return r;
}

std::optional<SchedulePreviewWidget::Inputs> SchedulePreviewWidget::collectInputs()
{
    const Reading r = read();
    m_dailyDaysError->setMessage(r.daysProblem);
    m_dailyTimeError->setMessage(r.timeProblem);
    m_zoneError->setMessage(r.zoneProblem);
    m_endError->setMessage(r.endProblem);
    m_calendarError->setMessage(r.calendarProblem);
    m_startUtc->setText(r.start && r.zone ? utcText(*r.start) : QString());
    m_endUtc->setText(r.end && r.zone ? utcText(*r.end) : QString());
    m_endUtc->setVisible(!m_endUtc->text().isEmpty());

    const QStringList problems = r.problems();
    if (!problems.isEmpty()) {
        showProblem(problems.constFirst());
        return std::nullopt;
    }
    // Whatever the fields cannot catch, the engine's own check can.
    if (const Result<Done> valid = FireTimes::validate(r.trigger); !valid) {
        showProblem(withoutTriggerName(valid.error(), r.trigger.key().toString()));
        return std::nullopt;
    }
    Inputs in;
    in.trigger = r.trigger;
    // An edited trigger carries its fire state (next fire time, count); the preview starts afresh
    // from the start time, as the trigger will once it is saved.
    in.trigger.setNextFireTime(std::nullopt);
    in.trigger.setPreviousFireTime(std::nullopt);
    in.trigger.setTimesTriggered(0);
    in.trigger.setComplete(false);
    in.calendar = r.calendar;
    in.count = m_countSpin->value();
    return in;
}

std::optional<Trigger> SchedulePreviewWidget::trigger() const
{
    const Reading r = read();
    if (!r.problems().isEmpty() || !FireTimes::validate(r.trigger))
        return std::nullopt;
    return r.trigger;
}

void SchedulePreviewWidget::setWall(QDateTimeEdit *edit, qint64 utcMs, const ZoneRules &zone)
{
    const qint64 wall = zone.utcToWall(utcMs);
    edit->setDateTime(QDateTime::fromMSecsSinceEpoch(wall - floorMod(wall, 1000), Qt::UTC)); // whole seconds
}

void SchedulePreviewWidget::setTrigger(const Trigger &t)
{
    m_base = t;
    setKind(t.kind());
    if (const auto *cron = t.scheduleAs<CronSchedule>()) {
        m_cronBuilder->setExpression(cron->expression.expression());
    } else if (const auto *simple = t.scheduleAs<SimpleSchedule>()) {
        // The largest unit that shows the interval exactly.
        int unitIndex = 0;
        for (int i = m_simpleUnit->count() - 1; i >= 0; --i) {
            const qint64 unit = m_simpleUnit->itemData(i).toLongLong();
            if (simple->repeatIntervalMs % unit == 0 && simple->repeatIntervalMs / unit <= m_simpleInterval->maximum()) {
                unitIndex = i;
                break;
            }
        }
        m_simpleUnit->setCurrentIndex(unitIndex);
        m_simpleInterval->setValue(int(simple->repeatIntervalMs / m_simpleUnit->itemData(unitIndex).toLongLong()));
        m_simpleForever->setChecked(simple->repeatCount == SimpleSchedule::RepeatIndefinitely);
        if (simple->repeatCount >= 0)
            m_simpleRepeat->setValue(simple->repeatCount);
    } else if (const auto *cal = t.scheduleAs<CalendarIntervalSchedule>()) {
        m_calUnit->setCurrentIndex(std::max(0, m_calUnit->findData(int(cal->unit))));
        m_calInterval->setValue(cal->repeatInterval);
        m_calPreserveHour->setChecked(cal->preserveHourOfDayAcrossDaylightSavings);
        m_calSkipDay->setChecked(cal->skipDayIfHourDoesNotExist);
    } else if (const auto *daily = t.scheduleAs<DailyTimeIntervalSchedule>()) {
        m_dailyUnit->setCurrentIndex(std::max(0, m_dailyUnit->findData(int(daily->unit))));
        m_dailyInterval->setValue(daily->repeatInterval);
        for (QCheckBox *box : std::as_const(m_dailyDays))
            box->setChecked(daily->daysOfWeek & (1u << box->property("javaDay").toInt()));
        m_dailyFrom->setTime(QTime(daily->startTimeOfDay.hour, daily->startTimeOfDay.minute, daily->startTimeOfDay.second));
        m_dailyUntil->setTime(QTime(daily->endTimeOfDay.hour, daily->endTimeOfDay.minute, daily->endTimeOfDay.second));
        m_dailyForever->setChecked(daily->repeatCount == DailyTimeIntervalSchedule::RepeatIndefinitely);
        if (daily->repeatCount >= 0)
            m_dailyRepeat->setValue(daily->repeatCount);
    }

    const QString zoneId = QString::fromUtf8(t.timeZoneId());
    const int zoneIndex = m_zoneCombo->findText(zoneId);
    if (zoneIndex >= 0)
        m_zoneCombo->setCurrentIndex(zoneIndex);
    m_zoneCombo->setEditText(zoneId);
    const Result<ZoneRulesPtr> zone = ZoneRules::forId(t.timeZoneId());
    const ZoneRules &rules = zone ? **zone : *ZoneRules::utc();
    setWall(m_startEdit, t.startTime(), rules);
    if (t.endTime()) {
        m_endCheck->setChecked(true);
        setWall(m_endEdit, *t.endTime(), rules);
    } else {
        m_endCheck->setChecked(false);
    }

    if (m_namedCalendars) {
        int index = m_calendarCombo->findData(t.calendarName());
        if (index < 0) { // a calendar that is gone: shown, and reported by read()
            m_calendarCombo->addItem(t.calendarName(), t.calendarName());
            index = m_calendarCombo->count() - 1;
        }
        m_calendarCombo->setCurrentIndex(index);
    }
    if (const int misfire = m_misfireCombo->findData(t.misfireInstruction()); misfire >= 0)
        m_misfireCombo->setCurrentIndex(misfire); // else the kind's default stays (validate() would refuse it)
    scheduleUpdate();
}

void SchedulePreviewWidget::setCalendars(const QMap<QString, CalendarPtr> &calendars)
{
    m_calendars = calendars;
    m_namedCalendars = true;
    const QString current = m_calendarCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_calendarCombo);
        m_calendarCombo->clear();
        m_calendarCombo->addItem(tr("(none)"), QString());
        for (auto it = calendars.cbegin(); it != calendars.cend(); ++it) {
            m_calendarCombo->addItem(it.key(), it.key());
            if (it.value() && !it.value()->description().isEmpty())
                m_calendarCombo->setItemData(m_calendarCombo->count() - 1, it.value()->description(), Qt::ToolTipRole);
        }
        m_calendarCombo->setCurrentIndex(std::max(0, m_calendarCombo->findData(current)));
    }
    m_calendarEdit->setVisible(false);
    m_calendarCombo->setVisible(true);
    scheduleUpdate();
}

void SchedulePreviewWidget::setCount(int count)
{
    m_countSpin->setValue(count);
}

bool SchedulePreviewWidget::firesNever() const
{
    return isUpToDate() && m_model->fireTimes().isEmpty() && trigger().has_value();
}

void SchedulePreviewWidget::updatePreview()
{
    const std::optional<Inputs> in = collectInputs();
    if (!in)
        return;
    m_preview->request(in->trigger, in->calendar, in->count);
    m_busyTimer->start();
}

void SchedulePreviewWidget::showProblem(const QString &message)
{
    m_preview->cancel();
    m_busyTimer->stop();
    m_model->clear();
    m_summary->setPalette(ErrorLabel::errorPalette(palette()));
    m_summary->setText(tr("No fire times to show: %1").arg(message));
    emit statusMessage(tr("The trigger is not valid."));
    emit previewUpdated();
}

void SchedulePreviewWidget::showOutcome(const FireTimePreview::Outcome &outcome)
{
    m_busyTimer->stop();
    const Result<ZoneRulesPtr> zone = ZoneRules::forId(m_zoneCombo->currentText().trimmed().toUtf8());
    m_model->setFireTimes(outcome.fireTimes, zone ? *zone : ZoneRules::utc(), outcome.excludedTimes);
    const int n = int(outcome.fireTimes.size());
    m_summary->setPalette(QPalette());
    if (outcome.stopped) {
        m_summary->setPalette(ErrorLabel::errorPalette(palette()));
        m_summary->setText(tr("Stopped after %1 seconds: the calendar excludes nearly every fire time. "
                              "Showing the %n fire time(s) found until then.",
                              nullptr, n)
                               .arg(m_preview->timeLimitMs() / 1000));
    } else if (n == 0) {
        m_summary->setText(tr("This trigger never fires from its start time on."));
    } else if (n < outcome.requested) {
        m_summary->setText(tr("This trigger fires %n time(s) in all:", nullptr, n));
    } else {
        m_summary->setText(tr("The next %n fire time(s), from the start time on:", nullptr, n));
    }
    if (!m_columnsSized && n > 0) {
        // Once, unless the user's widths were restored: fit the contents, with some air.
        m_table->resizeColumnsToContents();
        const int air = m_table->fontMetrics().averageCharWidth() * 3;
        for (int column = FireTimeModel::NumberColumn + 1; column < FireTimeModel::ColumnCount - 1; ++column)
            m_table->setColumnWidth(column, m_table->columnWidth(column) + air);
        m_columnsSized = true;
    }
    if (!outcome.excludedTimes.isEmpty()) {
        const int excluded = int(outcome.excludedTimes.size());
        m_summary->setText(m_summary->text() + QLatin1Char('\n')
                           + (outcome.excludedCut
                                  ? tr("Struck through: the first %n time(s) that the calendar excludes.", nullptr, excluded)
                                  : tr("Struck through: %n time(s) that the calendar excludes.", nullptr, excluded)));
    }
    emit statusMessage(tr("%n fire time(s) computed in %1 ms.", nullptr, n)
                           .arg(QLocale().toString(double(outcome.elapsedNs) / 1e6, 'f', 2)));
    emit previewUpdated();
}

void SchedulePreviewWidget::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("schedulePreview/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("schedulePreview/columns"), m_table->horizontalHeader()->saveState());
}

void SchedulePreviewWidget::restoreSettings(const QSettings &settings)
{
    const QByteArray splitter = settings.value(QStringLiteral("schedulePreview/splitter")).toByteArray();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({m_formWidth, 10000});
    const QByteArray columns = settings.value(QStringLiteral("schedulePreview/columns")).toByteArray();
    if (!columns.isEmpty() && m_table->horizontalHeader()->restoreState(columns))
        m_columnsSized = true;
}

} // namespace Qronos
