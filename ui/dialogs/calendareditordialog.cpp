#include "calendareditordialog.h"

#include "exchange/icsholidays.h"
#include "models/firetimemodel.h"
#include "schedule/annualcalendar.h"
#include "schedule/croncalendar.h"
#include "schedule/crondescription.h"
#include "schedule/dailycalendar.h"
#include "schedule/firetimes.h"
#include "schedule/holidaycalendar.h"
#include "schedule/monthlycalendar.h"
#include "schedule/weeklycalendar.h"
#include "schedule/workdaycalendar.h"
#include "views/errorlabel.h"
#include "views/formwidgets.h"
#include "views/monthgridwidget.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeEdit>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Qronos {

using namespace FormWidgets;

namespace {

/// The base combo's data for a base calendar that is none of the named ones (kept as it was).
const QString KeptBase = QStringLiteral("\x01kept");

const char *const TimeFormat = "HH:mm:ss.zzz";

/// Java day numbers (1 = Sunday) in the locale's order, its first day of the week first.
QList<int> javaDaysInLocaleOrder()
{
    QList<int> days;
    const int first = int(QLocale().firstDayOfWeek()); // 1 = Monday ... 7 = Sunday
    for (int i = 0; i < 7; ++i) {
        const int qtDay = (first - 1 + i) % 7 + 1;
        days.append(qtDay % 7 + 1);
    }
    return days;
}

QString dayName(int javaDay)
{
    const int qtDay = javaDay == 1 ? 7 : javaDay - 1;
    return QLocale().dayName(qtDay, QLocale::LongFormat);
}

QTime toQTime(const DailyCalendar::TimeOfDay &t) { return QTime(t.hour, t.minute, t.second, t.millis); }
DailyCalendar::TimeOfDay fromQTime(QTime t) { return {t.hour(), t.minute(), t.second(), t.msec()}; }

/// The year a date grid opens on: the first marked date from this year on, else the last one, else this year.
int yearToShow(const QList<QDate> &dates)
{
    const int thisYear = QDate::currentDate().year();
    for (const QDate &date : dates) {
        if (date.year() >= thisYear)
            return date.year();
    }
    return dates.isEmpty() ? thisYear : dates.last().year();
}

} // namespace

CalendarEditorDialog::CalendarEditorDialog(const Context &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_previewModel(new FireTimeModel(this))
{
    setWindowTitle(tr("New Calendar"));
    setObjectName(QStringLiteral("calendarEditorDialog"));

    // Which named calendar is each one's base (bases are stored as copies, so compare them).
    for (auto it = m_context.calendars.cbegin(); it != m_context.calendars.cend(); ++it) {
        if (!it.value() || !it.value()->baseCalendar())
            continue;
        const QJsonObject base = it.value()->baseCalendar()->toJson();
        for (auto other = m_context.calendars.cbegin(); other != m_context.calendars.cend(); ++other) {
            if (other.key() != it.key() && other.value() && other.value()->toJson() == base) {
                m_baseNames.insert(it.key(), other.key());
                break;
            }
        }
    }

    m_loading = true;
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildGeneral());

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("kindPages"));
    // In the order of Calendar::Kind.
    m_pages->addWidget(buildHolidayPage());
    m_pages->addWidget(buildAnnualPage());
    m_pages->addWidget(buildMonthlyPage());
    m_pages->addWidget(buildWeeklyPage());
    m_pages->addWidget(buildDailyPage());
    m_pages->addWidget(buildCronPage());
    m_pages->addWidget(buildWorkdayPage());
    leftLayout->addWidget(m_pages, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("calendarSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(buildPreview());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({660, 440});

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = m_buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (m_valid)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    fillBaseCombo(nullptr);
    setCurrentKind(Calendar::Kind::Workday);
    m_loading = false;
    refresh();
    resize(1100, 760);
}

CalendarEditorDialog::~CalendarEditorDialog() = default;

QWidget *CalendarEditorDialog::buildGeneral()
{
    auto *box = new QWidget;
    auto *form = newForm(box);
    form->setContentsMargins(0, 0, 0, 0);

    m_nameEdit = new QLineEdit;
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. china-workdays"));
    m_nameError = new ErrorLabel;
    m_nameError->setObjectName(QStringLiteral("nameError"));
    form->addRow(tr("&Name:"), withError(m_nameEdit, m_nameError));
    connect(m_nameEdit, &QLineEdit::textChanged, this, &CalendarEditorDialog::refresh);

    m_descriptionEdit = new QLineEdit;
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    form->addRow(tr("&Description:"), m_descriptionEdit);
    connect(m_descriptionEdit, &QLineEdit::textChanged, this, &CalendarEditorDialog::refresh);

    m_kindCombo = new QComboBox;
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    const auto addKind = [this](const QString &text, Calendar::Kind kind, const QString &tip) {
        m_kindCombo->addItem(text, int(kind));
        m_kindCombo->setItemData(m_kindCombo->count() - 1, tip, Qt::ToolTipRole);
    };
    addKind(tr("Working days"), Calendar::Kind::Workday,
            tr("Weekdays off, public holidays and make-up working days (调休); a Qronos extension"));
    addKind(tr("Holidays (dates)"), Calendar::Kind::Holiday, tr("Excludes whole days by date (HolidayCalendar)"));
    addKind(tr("Days of every year"), Calendar::Kind::Annual,
            tr("Excludes the same month and day every year (AnnualCalendar)"));
    addKind(tr("Days of the month"), Calendar::Kind::Monthly,
            tr("Excludes days of the month, 1 to 31, every month (MonthlyCalendar)"));
    addKind(tr("Weekdays"), Calendar::Kind::Weekly, tr("Excludes days of the week (WeeklyCalendar)"));
    addKind(tr("Time of day"), Calendar::Kind::Daily,
            tr("Excludes a time range of every day, or everything outside it (DailyCalendar)"));
    addKind(tr("Cron expression"), Calendar::Kind::Cron,
            tr("Excludes every second a cron expression matches (CronCalendar)"));
    form->addRow(tr("&Kind:"), m_kindCombo);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this]() {
        m_pages->setCurrentIndex(int(currentKind()));
        refresh();
    });

    m_zoneCombo = zoneCombo(QStringLiteral("zoneCombo"));
    m_zoneCombo->setToolTip(tr("IANA time zone in which the calendar's days and times are read"));
    m_zoneError = new ErrorLabel;
    m_zoneError->setObjectName(QStringLiteral("zoneError"));
    form->addRow(tr("Time &zone:"), withError(m_zoneCombo, m_zoneError));
    connect(m_zoneCombo, &QComboBox::editTextChanged, this, &CalendarEditorDialog::refresh);

    m_baseCombo = new QComboBox;
    m_baseCombo->setObjectName(QStringLiteral("baseCombo"));
    m_baseCombo->setToolTip(tr("Another calendar whose exclusions add to this one's"));
    m_baseError = new ErrorLabel;
    m_baseError->setObjectName(QStringLiteral("baseError"));
    form->addRow(tr("&Based on:"), withError(m_baseCombo, m_baseError));
    connect(m_baseCombo, &QComboBox::currentIndexChanged, this, &CalendarEditorDialog::refresh);
    return box;
}

QWidget *CalendarEditorDialog::yearNavigation(const QString &prefix, MonthGridWidget *grid, QSpinBox **spin)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *previous = new QToolButton;
    previous->setObjectName(prefix + QStringLiteral("PreviousYear"));
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous year"));
    auto *year = new QSpinBox;
    year->setObjectName(prefix + QStringLiteral("YearSpin"));
    year->setRange(1971, 2999);
    year->setValue(grid->year());
    year->setAccessibleName(tr("Year"));
    auto *next = new QToolButton;
    next->setObjectName(prefix + QStringLiteral("NextYear"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next year"));
    layout->addWidget(previous);
    layout->addWidget(year);
    layout->addWidget(next);
    layout->addStretch(1);
    connect(previous, &QToolButton::clicked, year, [year]() { year->setValue(year->value() - 1); });
    connect(next, &QToolButton::clicked, year, [year]() { year->setValue(year->value() + 1); });
    connect(year, &QSpinBox::valueChanged, grid, &MonthGridWidget::setYear);
    connect(grid, &MonthGridWidget::yearChanged, year, &QSpinBox::setValue);
    *spin = year;
    return box;
}

namespace {

QScrollArea *scrolled(QWidget *widget, const QString &name)
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(name);
    scroll->setWidget(widget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Always there: a scroll bar that comes and goes would change the width, the months' columns and
    // so the height that decides whether it is needed.
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    return scroll;
}

} // namespace

QWidget *CalendarEditorDialog::buildHolidayPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    m_holidayGrid = new MonthGridWidget;
    m_holidayGrid->setObjectName(QStringLiteral("holidayGrid"));
    m_holidayGrid->setHolidayLegend(tr("Excluded date"));
    connect(m_holidayGrid, &MonthGridWidget::marksChanged, this, &CalendarEditorDialog::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(yearNavigation(QStringLiteral("holiday"), m_holidayGrid, &m_holidayYear));
    m_holidayCount = new QLabel;
    m_holidayCount->setObjectName(QStringLiteral("holidayCount"));
    top->addWidget(m_holidayCount, 1);
    auto *import = new QPushButton(tr("&Import .ics\u2026"));
    import->setObjectName(QStringLiteral("holidayImportButton"));
    import->setToolTip(tr("Adds the dates of the events of an iCalendar file, e.g. a public-holiday feed"));
    connect(import, &QPushButton::clicked, this, &CalendarEditorDialog::chooseIcsFile);
    auto *clear = new QPushButton(tr("C&lear"));
    clear->setObjectName(QStringLiteral("holidayClearButton"));
    connect(clear, &QPushButton::clicked, m_holidayGrid, &MonthGridWidget::clearMarks);
    top->addWidget(import);
    top->addWidget(clear);
    layout->addLayout(top);

    layout->addWidget(noteLabel(tr("Click a date to exclude it; click it again to include it. The dates are days in "
                                   "the calendar's time zone.")));
    m_holidayImportSummary = noteLabel();
    m_holidayImportSummary->setObjectName(QStringLiteral("holidayImportSummary"));
    m_holidayImportSummary->hide();
    layout->addWidget(m_holidayImportSummary);
    m_holidayImportError = new ErrorLabel;
    m_holidayImportError->setObjectName(QStringLiteral("holidayImportError"));
    layout->addWidget(m_holidayImportError);
    layout->addWidget(scrolled(m_holidayGrid, QStringLiteral("holidayScrollArea")), 1);
    return page;
}

QWidget *CalendarEditorDialog::buildAnnualPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    m_annualGrid = new MonthGridWidget;
    m_annualGrid->setObjectName(QStringLiteral("annualGrid"));
    m_annualGrid->setAnnual(true);
    m_annualGrid->setHolidayLegend(tr("Excluded every year"));
    connect(m_annualGrid, &MonthGridWidget::marksChanged, this, &CalendarEditorDialog::refresh);

    auto *top = new QHBoxLayout;
    m_annualCount = new QLabel;
    m_annualCount->setObjectName(QStringLiteral("annualCount"));
    top->addWidget(m_annualCount, 1);
    auto *clear = new QPushButton(tr("C&lear"));
    clear->setObjectName(QStringLiteral("annualClearButton"));
    connect(clear, &QPushButton::clicked, m_annualGrid, &MonthGridWidget::clearMarks);
    top->addWidget(clear);
    layout->addLayout(top);
    layout->addWidget(noteLabel(tr("Click a day to exclude it every year (29 February only in leap years).")));
    layout->addWidget(scrolled(m_annualGrid, QStringLiteral("annualScrollArea")), 1);
    return page;
}

QWidget *CalendarEditorDialog::buildMonthlyPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Days of the month to exclude:")));
    auto *grid = new QGridLayout;
    grid->setSpacing(4);
    for (int day = 1; day <= 31; ++day) {
        auto *button = new QToolButton;
        button->setObjectName(QStringLiteral("monthlyDay%1").arg(day));
        button->setText(QString::number(day));
        button->setCheckable(true);
        button->setMinimumSize(36, 30);
        button->setToolTip(tr("Exclude day %1 of every month").arg(day));
        grid->addWidget(button, (day - 1) / 7, (day - 1) % 7);
        connect(button, &QToolButton::toggled, this, &CalendarEditorDialog::refresh);
        m_monthlyDays.append(button);
    }
    layout->addLayout(grid);
    m_monthlyError = new ErrorLabel;
    m_monthlyError->setObjectName(QStringLiteral("monthlyError"));
    layout->addWidget(m_monthlyError);
    layout->addWidget(noteLabel(tr("Days 29 to 31 exclude nothing in months that are shorter.")));
    layout->addStretch(1);
    return page;
}

QWidget *CalendarEditorDialog::buildWeeklyPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Days of the week to exclude:")));
    m_weeklyDays.resize(7);
    auto *row = new QHBoxLayout;
    for (int javaDay : javaDaysInLocaleOrder()) {
        auto *box = new QCheckBox(dayName(javaDay));
        box->setObjectName(QStringLiteral("weeklyDay%1").arg(javaDay));
        row->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &CalendarEditorDialog::refresh);
        m_weeklyDays[javaDay - 1] = box;
    }
    row->addStretch(1);
    layout->addLayout(row);
    m_weeklyError = new ErrorLabel;
    m_weeklyError->setObjectName(QStringLiteral("weeklyError"));
    layout->addWidget(m_weeklyError);
    layout->addStretch(1);
    return page;
}

QWidget *CalendarEditorDialog::buildDailyPage()
{
    auto *page = new QWidget;
    auto *form = newForm(page);
    m_dailyStart = new QTimeEdit(QTime(8, 0));
    m_dailyStart->setObjectName(QStringLiteral("dailyStartEdit"));
    m_dailyStart->setDisplayFormat(QString::fromLatin1(TimeFormat));
    m_dailyEnd = new QTimeEdit(QTime(17, 0));
    m_dailyEnd->setObjectName(QStringLiteral("dailyEndEdit"));
    m_dailyEnd->setDisplayFormat(QString::fromLatin1(TimeFormat));
    form->addRow(tr("&From:"), m_dailyStart);
    form->addRow(tr("&Until:"), m_dailyEnd);
    m_dailyError = new ErrorLabel;
    m_dailyError->setObjectName(QStringLiteral("dailyError"));
    form->addRow(QString(), m_dailyError);
    m_dailyInvert = new QCheckBox(tr("&Invert: exclude everything outside this range"));
    m_dailyInvert->setObjectName(QStringLiteral("dailyInvertCheck"));
    form->addRow(QString(), m_dailyInvert);
    m_dailyExplanation = noteLabel();
    m_dailyExplanation->setObjectName(QStringLiteral("dailyExplanation"));
    form->addRow(QString(), m_dailyExplanation);
    connect(m_dailyStart, &QTimeEdit::timeChanged, this, &CalendarEditorDialog::refresh);
    connect(m_dailyEnd, &QTimeEdit::timeChanged, this, &CalendarEditorDialog::refresh);
    connect(m_dailyInvert, &QCheckBox::toggled, this, &CalendarEditorDialog::refresh);
    return page;
}

QWidget *CalendarEditorDialog::buildCronPage()
{
    auto *page = new QWidget;
    auto *form = newForm(page);
    m_cronEdit = new QLineEdit(QStringLiteral("* * 0-7 ? * *"));
    m_cronEdit->setObjectName(QStringLiteral("cronEdit"));
    m_cronEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cronError = new ErrorLabel;
    m_cronError->setObjectName(QStringLiteral("cronError"));
    form->addRow(tr("E&xpression:"), withError(m_cronEdit, m_cronError));
    m_cronDescription = noteLabel();
    m_cronDescription->setObjectName(QStringLiteral("cronDescription"));
    form->addRow(QString(), m_cronDescription);
    form->addRow(QString(), noteLabel(tr("Every second the expression matches is excluded, e.g. \"* * 0-7 ? * *\" "
                                         "excludes midnight to 07:59:59 every day.")));
    connect(m_cronEdit, &QLineEdit::textChanged, this, &CalendarEditorDialog::refresh);
    return page;
}

QWidget *CalendarEditorDialog::buildWorkdayPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    m_workdayGrid = new MonthGridWidget;
    m_workdayGrid->setObjectName(QStringLiteral("workdayGrid"));
    m_workdayGrid->setMakeUpDaysShown(true);
    m_workdayGrid->setHolidayLegend(tr("Holiday (excluded)"));
    connect(m_workdayGrid, &MonthGridWidget::marksChanged, this, &CalendarEditorDialog::refresh);

    auto *offRow = new QHBoxLayout;
    offRow->addWidget(new QLabel(tr("Days off every week:")));
    m_workdayOff.resize(7);
    for (int javaDay : javaDaysInLocaleOrder()) {
        auto *box = new QCheckBox(dayName(javaDay));
        box->setObjectName(QStringLiteral("workdayOff%1").arg(javaDay));
        box->setChecked(javaDay == 1 || javaDay == 7);
        offRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &CalendarEditorDialog::refresh);
        m_workdayOff[javaDay - 1] = box;
    }
    offRow->addStretch(1);
    layout->addLayout(offRow);
    m_workdayError = new ErrorLabel;
    m_workdayError->setObjectName(QStringLiteral("workdayError"));
    layout->addWidget(m_workdayError);

    auto *top = new QHBoxLayout;
    top->addWidget(yearNavigation(QStringLiteral("workday"), m_workdayGrid, &m_workdayYear));
    auto *markHoliday = new QRadioButton(tr("Clicks mark &holidays"));
    markHoliday->setObjectName(QStringLiteral("workdayMarkHoliday"));
    markHoliday->setChecked(true);
    auto *markMakeUp = new QRadioButton(tr("Clicks mark &make-up working days (调休)"));
    markMakeUp->setObjectName(QStringLiteral("workdayMarkMakeUp"));
    auto *group = new QButtonGroup(page);
    group->addButton(markHoliday);
    group->addButton(markMakeUp);
    connect(markMakeUp, &QRadioButton::toggled, this, [this](bool on) {
        m_workdayGrid->setClickMark(on ? MonthGridWidget::Mark::MakeUpWorkday : MonthGridWidget::Mark::Holiday);
    });
    top->addWidget(markHoliday);
    top->addWidget(markMakeUp);
    top->addStretch(1);
    auto *import = new QPushButton(tr("&Import .ics\u2026"));
    import->setObjectName(QStringLiteral("workdayImportButton"));
    import->setToolTip(tr("Adds the holidays and make-up working days of an iCalendar file, e.g. a public-holiday "
                          "feed (events named with 班 or \"working day\" are make-up working days)"));
    connect(import, &QPushButton::clicked, this, &CalendarEditorDialog::chooseIcsFile);
    auto *clear = new QPushButton(tr("C&lear dates"));
    clear->setObjectName(QStringLiteral("workdayClearButton"));
    connect(clear, &QPushButton::clicked, m_workdayGrid, &MonthGridWidget::clearMarks);
    top->addWidget(import);
    top->addWidget(clear);
    layout->addLayout(top);

    m_workdayCount = new QLabel;
    m_workdayCount->setObjectName(QStringLiteral("workdayCount"));
    layout->addWidget(m_workdayCount);
    m_workdayImportSummary = noteLabel();
    m_workdayImportSummary->setObjectName(QStringLiteral("workdayImportSummary"));
    m_workdayImportSummary->hide();
    layout->addWidget(m_workdayImportSummary);
    m_workdayImportError = new ErrorLabel;
    m_workdayImportError->setObjectName(QStringLiteral("workdayImportError"));
    layout->addWidget(m_workdayImportError);
    layout->addWidget(scrolled(m_workdayGrid, QStringLiteral("workdayScrollArea")), 1);
    return page;
}

QWidget *CalendarEditorDialog::buildPreview()
{
    auto *group = new QGroupBox(tr("Preview"));
    auto *layout = new QVBoxLayout(group);
    auto *form = newForm(nullptr);

    m_previewTriggerCombo = new QComboBox;
    m_previewTriggerCombo->setObjectName(QStringLiteral("previewTriggerCombo"));
    for (int i = 0; i < m_context.previewTriggers.size(); ++i)
        m_previewTriggerCombo->addItem(m_context.previewTriggers[i].key().toString(), i);
    m_previewTriggerCombo->addItem(tr("A trigger of your own (cron)"), -1);
    form->addRow(tr("&Trigger:"), m_previewTriggerCombo);

    m_previewCronEdit = new QLineEdit(QStringLiteral("0 0 9 * * ?"));
    m_previewCronEdit->setObjectName(QStringLiteral("previewCronEdit"));
    m_previewCronEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewCronError = new ErrorLabel;
    m_previewCronError->setObjectName(QStringLiteral("previewCronError"));
    form->addRow(tr("&Cron:"), withError(m_previewCronEdit, m_previewCronError));
    layout->addLayout(form);

    m_previewSummary = new QLabel;
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_previewSummary->setWordWrap(true);
    layout->addWidget(m_previewSummary);

    m_previewTable = new QTableView;
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setModel(m_previewModel);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->horizontalHeader()->setStretchLastSection(true);
    m_previewTable->setColumnHidden(FireTimeModel::LocalZoneColumn, true);
    m_previewTable->setWordWrap(false);
    m_previewTable->verticalHeader()->setDefaultSectionSize(m_previewTable->fontMetrics().height() + 6);
    m_previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_previewTable, 1);
    layout->addWidget(noteLabel(tr("The trigger's next %1 fire times without any calendar; those this calendar "
                                   "removes are struck through.")
                                    .arg(PreviewCount)));

    connect(m_previewTriggerCombo, &QComboBox::currentIndexChanged, this, &CalendarEditorDialog::refresh);
    connect(m_previewCronEdit, &QLineEdit::textChanged, this, &CalendarEditorDialog::refresh);
    return group;
}

void CalendarEditorDialog::fillBaseCombo(const CalendarPtr &keptBase)
{
    const QSignalBlocker blocker(m_baseCombo);
    m_baseCombo->clear();
    m_baseCombo->addItem(tr("(none)"), QString());
    for (auto it = m_context.calendars.cbegin(); it != m_context.calendars.cend(); ++it) {
        if (m_originalName && it.key() == *m_originalName)
            continue; // never itself
        m_baseCombo->addItem(it.key(), it.key());
    }
    m_keptBase = keptBase;
    if (keptBase)
        m_baseCombo->addItem(tr("(the base it has: %1)").arg(Calendar::kindName(keptBase->kind())), KeptBase);
}

Calendar::Kind CalendarEditorDialog::currentKind() const
{
    return Calendar::Kind(m_kindCombo->currentData().toInt());
}

void CalendarEditorDialog::setCurrentKind(Calendar::Kind kind)
{
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
    m_pages->setCurrentIndex(int(kind));
}

void CalendarEditorDialog::setCalendar(const QString &name, const CalendarPtr &calendar)
{
    m_loading = true;
    m_originalName = name;
    setWindowTitle(tr("Edit Calendar %1").arg(name));
    m_nameEdit->setText(name);
    m_nameEdit->setReadOnly(true);
    m_nameEdit->setToolTip(tr("The name of a calendar cannot be changed"));

    // The base: one of the named calendars when it equals one, else kept as it is.
    CalendarPtr kept;
    QString baseName;
    if (calendar && calendar->baseCalendar()) {
        const QJsonObject base = calendar->baseCalendar()->toJson();
        for (auto it = m_context.calendars.cbegin(); it != m_context.calendars.cend(); ++it) {
            if (it.key() != name && it.value() && it.value()->toJson() == base) {
                baseName = it.key();
                break;
            }
        }
        if (baseName.isEmpty())
            kept = calendar->baseCalendar();
    }
    fillBaseCombo(kept);
    m_baseCombo->setCurrentIndex(kept ? m_baseCombo->count() - 1 : std::max(0, m_baseCombo->findData(baseName)));

    if (calendar) {
        m_descriptionEdit->setText(calendar->description());
        const QString zone = QString::fromUtf8(calendar->timeZoneId());
        const int zoneIndex = m_zoneCombo->findText(zone);
        if (zoneIndex >= 0)
            m_zoneCombo->setCurrentIndex(zoneIndex);
        else
            m_zoneCombo->setEditText(zone);
        setCurrentKind(calendar->kind());

        switch (calendar->kind()) {
        case Calendar::Kind::Holiday: {
            const auto &holiday = static_cast<const HolidayCalendar &>(*calendar);
            m_holidayGrid->clearMarks();
            const QList<QDate> dates = holiday.excludedDates();
            for (const QDate &date : dates)
                m_holidayGrid->setMark(date, MonthGridWidget::Mark::Holiday);
            m_holidayYear->setValue(yearToShow(dates));
            break;
        }
        case Calendar::Kind::Annual: {
            const auto &annual = static_cast<const AnnualCalendar &>(*calendar);
            m_annualGrid->clearMarks();
            for (const auto &[month, day] : annual.excludedDays())
                m_annualGrid->setMark(QDate(MonthGridWidget::AnnualYear, month, day), MonthGridWidget::Mark::Holiday);
            break;
        }
        case Calendar::Kind::Monthly: {
            const auto &monthly = static_cast<const MonthlyCalendar &>(*calendar);
            for (int day = 1; day <= 31; ++day)
                m_monthlyDays[day - 1]->setChecked(monthly.isDayExcluded(day));
            break;
        }
        case Calendar::Kind::Weekly: {
            const auto &weekly = static_cast<const WeeklyCalendar &>(*calendar);
            for (int day = 1; day <= 7; ++day)
                m_weeklyDays[day - 1]->setChecked(weekly.isDayExcluded(day));
            break;
        }
        case Calendar::Kind::Daily: {
            const auto &daily = static_cast<const DailyCalendar &>(*calendar);
            m_dailyStart->setTime(toQTime(daily.rangeStart()));
            m_dailyEnd->setTime(toQTime(daily.rangeEnd()));
            m_dailyInvert->setChecked(daily.invertTimeRange());
            break;
        }
        case Calendar::Kind::Cron:
            m_cronEdit->setText(static_cast<const CronCalendar &>(*calendar).cronExpression().expression());
            break;
        case Calendar::Kind::Workday: {
            const auto &workday = static_cast<const WorkdayCalendar &>(*calendar);
            for (int day = 1; day <= 7; ++day)
                m_workdayOff[day - 1]->setChecked(workday.isWeekdayExcluded(day));
            m_workdayGrid->clearMarks();
            QList<QDate> all;
            for (const QDate &date : workday.holidays()) {
                m_workdayGrid->setMark(date, MonthGridWidget::Mark::Holiday, workday.label(date));
                all.append(date);
            }
            for (const QDate &date : workday.makeUpWorkdays()) {
                m_workdayGrid->setMark(date, MonthGridWidget::Mark::MakeUpWorkday, workday.label(date));
                all.append(date);
            }
            std::sort(all.begin(), all.end());
            m_workdayYear->setValue(yearToShow(all));
            break;
        }
        }
    }
    m_loading = false;
    refresh();
}

QString CalendarEditorDialog::name() const
{
    return m_originalName ? *m_originalName : m_nameEdit->text().trimmed();
}

void CalendarEditorDialog::setPreviewFrom(qint64 utcMs)
{
    m_previewFrom = utcMs;
    refresh();
}

std::shared_ptr<Calendar> CalendarEditorDialog::buildOwnCalendar(QString *problem) const
{
    std::shared_ptr<Calendar> calendar;
    switch (currentKind()) {
    case Calendar::Kind::Holiday: {
        auto holiday = std::make_shared<HolidayCalendar>();
        for (const QDate &date : m_holidayGrid->dates(MonthGridWidget::Mark::Holiday))
            holiday->addExcludedDate(date);
        calendar = holiday;
        break;
    }
    case Calendar::Kind::Annual: {
        auto annual = std::make_shared<AnnualCalendar>();
        for (const QDate &date : m_annualGrid->dates(MonthGridWidget::Mark::Holiday))
            annual->setDayExcluded(date.month(), date.day(), true);
        calendar = annual;
        break;
    }
    case Calendar::Kind::Monthly: {
        auto monthly = std::make_shared<MonthlyCalendar>();
        for (int day = 1; day <= 31; ++day)
            monthly->setDayExcluded(day, m_monthlyDays[day - 1]->isChecked());
        if (monthly->areAllDaysExcluded()) {
            *problem = tr("Excluding all 31 days excludes every time: leave at least one day included");
            return nullptr;
        }
        calendar = monthly;
        break;
    }
    case Calendar::Kind::Weekly: {
        auto weekly = std::make_shared<WeeklyCalendar>(QList<int>{});
        for (int day = 1; day <= 7; ++day)
            weekly->setDayExcluded(day, m_weeklyDays[day - 1]->isChecked());
        if (weekly->areAllDaysExcluded()) {
            *problem = tr("Excluding all seven days excludes every time: leave at least one day included");
            return nullptr;
        }
        calendar = weekly;
        break;
    }
    case Calendar::Kind::Daily: {
        Result<std::shared_ptr<DailyCalendar>> daily =
            DailyCalendar::create(fromQTime(m_dailyStart->time()), fromQTime(m_dailyEnd->time()));
        if (!daily) {
            *problem = m_dailyStart->time() >= m_dailyEnd->time()
                ? tr("The range must start before it ends (%1 is not before %2)")
                      .arg(m_dailyStart->time().toString(QString::fromLatin1(TimeFormat)),
                           m_dailyEnd->time().toString(QString::fromLatin1(TimeFormat)))
                : daily.error();
            return nullptr;
        }
        (*daily)->setInvertTimeRange(m_dailyInvert->isChecked());
        calendar = *daily;
        break;
    }
    case Calendar::Kind::Cron: {
        const QString text = m_cronEdit->text().trimmed();
        if (text.isEmpty()) {
            *problem = tr("Enter a cron expression, e.g. \"* * 0-7 ? * *\"");
            return nullptr;
        }
        Result<std::shared_ptr<CronCalendar>> cron = CronCalendar::create(text);
        if (!cron) {
            *problem = cron.error();
            return nullptr;
        }
        calendar = *cron;
        break;
    }
    case Calendar::Kind::Workday: {
        auto workday = std::make_shared<WorkdayCalendar>();
        for (int day = 1; day <= 7; ++day)
            workday->setWeekdayExcluded(day, m_workdayOff[day - 1]->isChecked());
        for (const QDate &date : m_workdayGrid->dates(MonthGridWidget::Mark::Holiday))
            workday->addHoliday(date, m_workdayGrid->label(date));
        for (const QDate &date : m_workdayGrid->dates(MonthGridWidget::Mark::MakeUpWorkday))
            workday->addMakeUpWorkday(date, m_workdayGrid->label(date));
        if (workday->excludedWeekdays().size() == 7 && workday->makeUpWorkdays().isEmpty()) {
            *problem = tr("With every day of the week off and no make-up working day, nothing is ever included");
            return nullptr;
        }
        calendar = workday;
        break;
    }
    }
    calendar->setDescription(m_descriptionEdit->text().trimmed());
    const Result<ZoneRulesPtr> zone = ZoneRules::forId(m_zoneCombo->currentText().trimmed().toUtf8());
    calendar->setZone(zone ? *zone : ZoneRules::utc());
    return calendar;
}

CalendarPtr CalendarEditorDialog::chosenBase() const
{
    const QString data = m_baseCombo->currentData().toString();
    if (data.isEmpty())
        return nullptr;
    if (data == KeptBase)
        return m_keptBase;
    return m_context.calendars.value(data);
}

QString CalendarEditorDialog::nameProblem() const
{
    if (m_originalName)
        return QString();
    const QString name = m_nameEdit->text().trimmed();
    if (name.isEmpty())
        return tr("Enter a name for the calendar");
    if (name.size() > 200)
        return tr("The name is %1 characters long; at most 200 are allowed").arg(name.size());
    if (m_context.takenNames.contains(name) || m_context.calendars.contains(name))
        return tr("A calendar named \"%1\" exists already").arg(name);
    return QString();
}

QString CalendarEditorDialog::zoneProblem() const
{
    const QString text = m_zoneCombo->currentText().trimmed();
    if (text.isEmpty())
        return tr("Enter a time zone, e.g. Asia/Shanghai");
    const Result<ZoneRulesPtr> zone = ZoneRules::forId(text.toUtf8());
    return zone ? QString() : zone.error();
}

QString CalendarEditorDialog::baseProblem() const
{
    const QString base = m_baseCombo->currentData().toString();
    if (base.isEmpty() || base == KeptBase)
        return QString();
    const QString self = name();
    QStringList chain{self, base};
    QString current = base;
    while (!current.isEmpty()) {
        if (current == self)
            return tr("\"%1\" is based on this calendar, so it cannot be its base: %2")
                .arg(base, chain.join(QStringLiteral(" \u2192 ")));
        current = m_baseNames.value(current);
        if (chain.contains(current) && current != self)
            break; // a loop among the others, not through this one
        if (!current.isEmpty())
            chain.append(current);
    }
    return QString();
}

CalendarPtr CalendarEditorDialog::calendar() const
{
    if (!m_valid)
        return nullptr;
    QString problem;
    std::shared_ptr<Calendar> own = buildOwnCalendar(&problem);
    if (!own)
        return nullptr;
    own->setBaseCalendar(chosenBase());
    return own;
}

void CalendarEditorDialog::refresh()
{
    if (m_loading)
        return;

    const QString nameError = nameProblem();
    m_nameError->setMessage(nameError);
    const QString zoneError = zoneProblem();
    m_zoneError->setMessage(zoneError);
    const QString baseError = baseProblem();
    m_baseError->setMessage(baseError);

    QString kindError;
    std::shared_ptr<Calendar> own = buildOwnCalendar(&kindError);
    const Calendar::Kind kind = currentKind();
    m_monthlyError->setMessage(kind == Calendar::Kind::Monthly ? kindError : QString());
    m_weeklyError->setMessage(kind == Calendar::Kind::Weekly ? kindError : QString());
    m_dailyError->setMessage(kind == Calendar::Kind::Daily ? kindError : QString());
    m_cronError->setMessage(kind == Calendar::Kind::Cron ? kindError : QString());
    m_workdayError->setMessage(kind == Calendar::Kind::Workday ? kindError : QString());

    // Explanations that follow the fields.
    const QString from = m_dailyStart->time().toString(QString::fromLatin1(TimeFormat));
    const QString until = m_dailyEnd->time().toString(QString::fromLatin1(TimeFormat));
    m_dailyExplanation->setText(m_dailyInvert->isChecked()
                                    ? tr("Included only from %1 to %2 every day; everything else is excluded.").arg(from, until)
                                    : tr("Excluded from %1 to %2 every day, both ends included.").arg(from, until));
    if (kind == Calendar::Kind::Cron && own) {
        const Result<CronExpression> cron = CronExpression::parse(m_cronEdit->text().trimmed());
        m_cronDescription->setText(cron ? tr("Excludes: %1").arg(describeCron(*cron)) : QString());
    } else {
        m_cronDescription->clear();
    }
    QList<int> off;
    for (int day = 1; day <= 7; ++day) {
        if (m_workdayOff[day - 1]->isChecked())
            off.append(day);
    }
    m_workdayGrid->setWeekendDays(off);
    updateCounts();

    m_valid = nameError.isEmpty() && zoneError.isEmpty() && baseError.isEmpty() && own;
    m_okButton->setEnabled(m_valid);

    CalendarPtr full;
    if (own && zoneError.isEmpty() && baseError.isEmpty()) {
        own->setBaseCalendar(chosenBase());
        full = own;
    }
    updatePreview(full);
}

void CalendarEditorDialog::updateCounts()
{
    const qsizetype holidays = m_holidayGrid->dates(MonthGridWidget::Mark::Holiday).size();
    m_holidayCount->setText(tr("%n date(s) excluded", nullptr, int(holidays)));
    const qsizetype annual = m_annualGrid->dates(MonthGridWidget::Mark::Holiday).size();
    m_annualCount->setText(tr("%n day(s) excluded every year", nullptr, int(annual)));
    const qsizetype workHolidays = m_workdayGrid->dates(MonthGridWidget::Mark::Holiday).size();
    const qsizetype makeUp = m_workdayGrid->dates(MonthGridWidget::Mark::MakeUpWorkday).size();
    m_workdayCount->setText(tr("Holidays: %1; make-up working days: %2").arg(workHolidays).arg(makeUp));
}

std::optional<Trigger> CalendarEditorDialog::previewTrigger(QString *problem) const
{
    const int index = m_previewTriggerCombo->currentData().toInt();
    if (index >= 0 && index < m_context.previewTriggers.size())
        return m_context.previewTriggers[index];

    const Result<CronExpression> cron = CronExpression::parse(m_previewCronEdit->text().trimmed());
    if (!cron) {
        *problem = cron.error();
        return std::nullopt;
    }
    Trigger trigger(TriggerKey(QStringLiteral("preview")), JobKey(QStringLiteral("preview")), CronSchedule{*cron});
    const QByteArray zone = m_zoneCombo->currentText().trimmed().toUtf8();
    trigger.setTimeZoneId(ZoneRules::forId(zone) ? zone : QByteArrayLiteral("UTC"));
    return trigger;
}

void CalendarEditorDialog::updatePreview(const CalendarPtr &calendar)
{
    m_previewCronEdit->setEnabled(m_previewTriggerCombo->currentData().toInt() < 0);
    QString triggerProblem;
    const std::optional<Trigger> trigger = previewTrigger(&triggerProblem);
    m_previewCronError->setMessage(triggerProblem);
    m_removedCount = 0;
    if (!trigger) {
        m_previewModel->clear();
        m_previewSummary->setText(tr("Enter a valid cron expression to preview the calendar with."));
        return;
    }

    // The next fire times from now (or the start) on, without any calendar.
    const qint64 now = m_previewFrom ? *m_previewFrom : QDateTime::currentMSecsSinceEpoch();
    QList<qint64> fires;
    qint64 after = std::max(now, FireTimes::effectiveStartTime(*trigger) - 1);
    while (fires.size() < PreviewCount) {
        const std::optional<qint64> next = FireTimes::fireTimeAfter(*trigger, after);
        if (!next || *next <= after)
            break;
        fires.append(*next);
        after = *next;
    }

    QList<qint64> kept;
    QList<qint64> removed;
    for (qint64 fire : fires) {
        if (calendar && !calendar->isTimeIncluded(fire))
            removed.append(fire);
        else
            kept.append(fire);
    }
    m_removedCount = int(removed.size());
    const Result<ZoneRulesPtr> zone = ZoneRules::forId(trigger->timeZoneId());
    m_previewModel->setFireTimes(kept, zone ? *zone : ZoneRules::utc(), removed);

    if (fires.isEmpty())
        m_previewSummary->setText(tr("The trigger does not fire any more."));
    else if (!calendar)
        m_previewSummary->setText(tr("Fix the calendar's fields to see which fire times it removes."));
    else
        m_previewSummary->setText(tr("%1 of %2 removed").arg(removed.size()).arg(fires.size()));
}

void CalendarEditorDialog::chooseIcsFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Holidays"), QString(),
                                                      tr("iCalendar files (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ErrorLabel *error = currentKind() == Calendar::Kind::Workday ? m_workdayImportError : m_holidayImportError;
        error->setMessage(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    importIcs(file.readAll(), QFileInfo(path).fileName());
}

void CalendarEditorDialog::importIcs(const QByteArray &ics, const QString &fileName)
{
    const bool workday = currentKind() == Calendar::Kind::Workday;
    ErrorLabel *error = workday ? m_workdayImportError : m_holidayImportError;
    QLabel *summary = workday ? m_workdayImportSummary : m_holidayImportSummary;
    MonthGridWidget *grid = workday ? m_workdayGrid : m_holidayGrid;
    QSpinBox *year = workday ? m_workdayYear : m_holidayYear;

    const Result<IcsHolidays> read = IcsHolidays::parse(ics);
    if (!read) {
        error->setMessage(tr("%1 was not imported: %2").arg(fileName, read.error()));
        summary->hide();
        return;
    }
    error->setMessage(QString());

    m_loading = true;
    int added = 0;
    for (const IcsHolidays::Day &day : read->holidays) {
        if (grid->mark(day.date) != MonthGridWidget::Mark::Holiday)
            ++added;
        grid->setMark(day.date, MonthGridWidget::Mark::Holiday, day.label);
    }
    int addedMakeUp = 0;
    if (workday) {
        for (const IcsHolidays::Day &day : read->makeUpWorkdays) {
            if (grid->mark(day.date) != MonthGridWidget::Mark::MakeUpWorkday)
                ++addedMakeUp;
            grid->setMark(day.date, MonthGridWidget::Mark::MakeUpWorkday, day.label);
        }
    }
    m_loading = false;

    QStringList parts;
    parts.append(tr("%n event(s) read from %1", nullptr, read->eventCount).arg(fileName));
    parts.append(tr("%n holiday(s) added", nullptr, added));
    if (workday)
        parts.append(tr("%n make-up working day(s) added", nullptr, addedMakeUp));
    else if (!read->makeUpWorkdays.isEmpty())
        parts.append(tr("%n make-up working day(s) skipped: a holiday calendar cannot include days; use a "
                        "working-day calendar",
                        nullptr, int(read->makeUpWorkdays.size())));
    const qsizetype already = read->holidays.size() - added;
    if (already > 0)
        parts.append(tr("%n date(s) were there already", nullptr, int(already)));
    summary->setText(parts.join(QStringLiteral("; ")) + u'.');
    summary->show();

    QList<QDate> dates;
    for (const IcsHolidays::Day &day : read->holidays)
        dates.append(day.date);
    if (!dates.isEmpty())
        year->setValue(yearToShow(dates));
    refresh();
}

} // namespace Qronos
