#include "cronbuilder.h"

#include "schedule/crondescription.h"
#include "views/errorlabel.h"
#include "views/formwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Qronos {

using namespace FormWidgets;

using Mode = CronBuilder::Mode;
using FieldState = CronBuilder::FieldState;
using Field = CronBuilder::Field;

namespace {

const char *const MonthNames[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
const char *const DayNames[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

FieldState stateOf(Mode mode)
{
    FieldState s;
    s.mode = mode;
    return s;
}

int lowOf(Field f)
{
    switch (f) {
    case CronExpression::DayOfMonth:
    case CronExpression::Month:
    case CronExpression::DayOfWeek: return 1;
    case CronExpression::Year: return 1970;
    default: return 0;
    }
}

int highOf(Field f)
{
    switch (f) {
    case CronExpression::Seconds:
    case CronExpression::Minutes: return 59;
    case CronExpression::Hours: return 23;
    case CronExpression::DayOfMonth: return 31;
    case CronExpression::Month: return 12;
    case CronExpression::DayOfWeek: return 7;
    default: return CronExpression::maxYear();
    }
}

bool hasNames(Field f)
{
    return f == CronExpression::Month || f == CronExpression::DayOfWeek;
}

QString keyOf(Field f)
{
    static const char *const keys[] = {"seconds", "minutes", "hours", "dayOfMonth", "month", "dayOfWeek", "year"};
    return QString::fromLatin1(keys[f]);
}

QString nameOf(Field f, int value)
{
    if (f == CronExpression::Month && value >= 1 && value <= 12)
        return QString::fromLatin1(MonthNames[value - 1]);
    if (f == CronExpression::DayOfWeek && value >= 1 && value <= 7)
        return QString::fromLatin1(DayNames[value - 1]);
    return QString::number(value);
}

QString valueText(Field f, int value, bool names)
{
    return names && hasNames(f) ? nameOf(f, value) : QString::number(value);
}

/// A value of the field: digits, or a name in the month and day-of-week fields. *isName tells which.
std::optional<int> readValue(Field f, const QString &s, bool *isName)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,4}$"));
    if (digits.match(s).hasMatch()) {
        *isName = false;
        return s.toInt();
    }
    if (hasNames(f) && s.size() == 3) {
        const char *const *names = f == CronExpression::Month ? MonthNames : DayNames;
        const int count = f == CronExpression::Month ? 12 : 7;
        for (int i = 0; i < count; ++i) {
            if (s == QLatin1String(names[i])) {
                *isName = true;
                return i + 1;
            }
        }
    }
    return std::nullopt;
}

/// The modes a field offers, in the order of its combo box.
QList<Mode> modesOf(Field f)
{
    switch (f) {
    case CronExpression::DayOfMonth:
        return {Mode::Every, Mode::Any, Mode::Specific, Mode::Range, Mode::Step, Mode::LastDay, Mode::LastDayOffset,
                Mode::NearestWeekday, Mode::LastWeekday, Mode::Custom};
    case CronExpression::DayOfWeek:
        return {Mode::Every, Mode::Any, Mode::Specific, Mode::Range, Mode::NthWeekday, Mode::LastOfWeekday, Mode::Custom};
    case CronExpression::Year:
        return {Mode::Omitted, Mode::Every, Mode::Specific, Mode::Range, Mode::Step, Mode::Custom};
    default:
        return {Mode::Every, Mode::Specific, Mode::Range, Mode::Step, Mode::Custom};
    }
}

/// The grammar the structured editors can show; anything else is Custom.
FieldState classify(Field f, const QString &token)
{
    FieldState custom;
    custom.mode = Mode::Custom;
    custom.text = token;
    FieldState s;
    if (token.isEmpty()) {
        if (f == CronExpression::Year) {
            s.mode = Mode::Omitted;
            return s;
        }
        return custom;
    }
    if (token == QLatin1String("*")) {
        s.mode = Mode::Every;
        return s;
    }
    const bool dayField = f == CronExpression::DayOfMonth || f == CronExpression::DayOfWeek;
    if (token == QLatin1String("?"))
        return dayField ? stateOf(Mode::Any) : custom;

    static const QRegularExpression lastOffset(QStringLiteral("^L-([0-9]{1,2})$"));
    static const QRegularExpression nearest(QStringLiteral("^([0-9]{1,2})W$"));
    if (f == CronExpression::DayOfMonth) {
        if (token == QLatin1String("L")) {
            s.mode = Mode::LastDay;
            return s;
        }
        if (token == QLatin1String("LW")) {
            s.mode = Mode::LastWeekday;
            return s;
        }
        if (const auto m = lastOffset.match(token); m.hasMatch()) {
            s.mode = Mode::LastDayOffset;
            s.offset = m.captured(1).toInt();
            return s.offset >= 1 && s.offset <= 30 ? s : custom;
        }
        if (const auto m = nearest.match(token); m.hasMatch()) {
            s.mode = Mode::NearestWeekday;
            s.from = m.captured(1).toInt();
            return s.from >= 1 && s.from <= 31 ? s : custom;
        }
    }
    if (f == CronExpression::DayOfWeek) {
        bool isName = false;
        if (token.endsWith(QLatin1Char('L')) && token.size() > 1) {
            const auto day = readValue(f, token.chopped(1), &isName);
            if (!day)
                return custom;
            s.mode = Mode::LastOfWeekday;
            s.from = *day;
            s.names = isName;
            return s;
        }
        if (const qsizetype hash = token.indexOf(QLatin1Char('#')); hash > 0) {
            bool nthIsName = false;
            const auto day = readValue(f, token.left(hash), &isName);
            const auto nth = readValue(CronExpression::Seconds, token.mid(hash + 1), &nthIsName);
            if (!day || !nth || *nth < 1 || *nth > 5)
                return custom;
            s.mode = Mode::NthWeekday;
            s.from = *day;
            s.offset = *nth;
            s.names = isName;
            return s;
        }
    }

    bool isName = false;
    if (token.contains(QLatin1Char(','))) {
        const QStringList items = token.split(QLatin1Char(','));
        std::optional<bool> names;
        s.mode = Mode::Specific;
        for (const QString &item : items) {
            const auto v = readValue(f, item, &isName);
            if (!v || (names && *names != isName))
                return custom;
            names = isName;
            if (!s.values.contains(*v))
                s.values.append(*v);
        }
        std::sort(s.values.begin(), s.values.end());
        s.names = *names;
        return s;
    }

    QString body = token;
    int step = 0;
    if (const qsizetype slash = token.indexOf(QLatin1Char('/')); slash >= 0) {
        if (f == CronExpression::DayOfWeek)
            return custom; // Quartz reads steps in this field in surprising ways
        bool stepIsName = false;
        const auto inc = readValue(CronExpression::Seconds, token.mid(slash + 1), &stepIsName);
        if (!inc || *inc < 1)
            return custom;
        step = *inc;
        body = token.left(slash);
    }
    if (const qsizetype dash = body.indexOf(QLatin1Char('-')); dash > 0) {
        bool toIsName = false;
        const auto from = readValue(f, body.left(dash), &isName);
        const auto to = readValue(f, body.mid(dash + 1), &toIsName);
        if (!from || !to || isName != toIsName)
            return custom;
        s.mode = Mode::Range;
        s.from = *from;
        s.to = *to;
        s.step = step > 0 ? step : 1;
        s.names = isName;
        return s;
    }
    if (step > 0) {
        s.mode = Mode::Step;
        s.step = step;
        if (body == QLatin1String("*")) {
            s.from = lowOf(f);
            return s;
        }
        const auto from = readValue(f, body, &isName);
        if (!from)
            return custom;
        s.from = *from;
        s.names = isName;
        return s;
    }
    const auto v = readValue(f, body, &isName);
    if (!v)
        return custom;
    s.mode = Mode::Specific;
    s.values = {*v};
    s.names = isName;
    return s;
}

/// An expression with the token in its field and neutral values elsewhere, to let the engine read
/// one field on its own.
QString probe(Field f, const QString &token)
{
    QStringList parts = {QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("?"),
                         QStringLiteral("*"), QStringLiteral("*")};
    if (f == CronExpression::DayOfMonth)
        parts[CronExpression::DayOfWeek] = QStringLiteral("?");
    if (f == CronExpression::Year)
        parts.append(token);
    else
        parts[f] = token;
    return parts.join(QLatin1Char(' '));
}

/// True when the engine reads both tokens of the field the same way.
bool sameMeaning(Field f, const QString &a, const QString &b)
{
    const Result<CronExpression> x = CronExpression::parse(probe(f, a));
    const Result<CronExpression> y = CronExpression::parse(probe(f, b));
    if (!x || !y || !x->notes().isEmpty())
        return false;
    return x->values(f) == y->values(f) && x->lastDayOfMonth() == y->lastDayOfMonth()
        && x->lastDayOffset() == y->lastDayOffset() && x->nearestWeekday() == y->nearestWeekday()
        && x->lastDayOfWeek() == y->lastDayOfWeek() && x->nthDayOfWeek() == y->nthDayOfWeek();
}

/// A spin box, or for months and weekdays a combo box of names; the value is the cron number.
int inputValue(const QWidget *w)
{
    if (const auto *spin = qobject_cast<const QSpinBox *>(w))
        return spin->value();
    return qobject_cast<const QComboBox *>(w)->currentData().toInt();
}

void setInputValue(QWidget *w, int value)
{
    if (auto *spin = qobject_cast<QSpinBox *>(w)) {
        spin->setValue(value);
    } else {
        auto *combo = qobject_cast<QComboBox *>(w);
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    }
}

} // namespace

struct CronBuilder::FieldEditor
{
    Field field = CronExpression::Seconds;
    QComboBox *mode = nullptr;
    QStackedWidget *pages = nullptr;
    QCheckBox *names = nullptr;
    QList<QToolButton *> valueButtons; // index = value - low
    QListWidget *yearList = nullptr;
    QWidget *rangeFrom = nullptr;
    QWidget *rangeTo = nullptr;
    QSpinBox *rangeStep = nullptr;
    QWidget *stepStart = nullptr;
    QSpinBox *stepIncrement = nullptr;
    QSpinBox *offset = nullptr;     // L-n
    QSpinBox *nearestDay = nullptr; // nW
    QComboBox *nthDay = nullptr;    // n#k: the weekday
    QComboBox *nth = nullptr;       // n#k: which one
    QComboBox *lastDay = nullptr;   // nL
    QLineEdit *custom = nullptr;
    QString lastText; // the field as last shown, to start a custom text from

    Mode currentMode() const { return Mode(mode->currentData().toInt()); }
};

CronBuilder::CronBuilder(QWidget *parent)
    : QWidget(parent)
{
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("cronEdit"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(QStringLiteral("0 15 10 ? * MON-FRI"));
    m_text->setClearButtonEnabled(true);
    m_toggle = new QToolButton;
    m_toggle->setObjectName(QStringLiteral("cronBuilderToggle"));
    m_toggle->setText(tr("&Fields"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setToolTip(tr("Show or hide an editor for each field of the expression"));
    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("cronError"));
    m_description = new QLabel;
    m_description->setObjectName(QStringLiteral("cronDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_notes = new QLabel;
    m_notes->setObjectName(QStringLiteral("cronNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setVisible(false);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("cronFieldTabs"));
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setDocumentMode(true);
    const QString tabNames[] = {tr("Sec", "cron field tab: seconds"), tr("Min", "cron field tab: minutes"),
                                tr("Hour", "cron field tab: hours"),  tr("Day", "cron field tab: day of month"),
                                tr("Month", "cron field tab"),        tr("Weekday", "cron field tab: day of week"),
                                tr("Year", "cron field tab")};
    const QString tabTips[] = {tr("Seconds (0-59)"), tr("Minutes (0-59)"), tr("Hours (0-23)"),
                               tr("Day of month (1-31)"), tr("Month (1-12 or JAN-DEC)"),
                               tr("Day of week (1-7 or SUN-SAT; 1 is Sunday)"), tr("Year (optional)")};
    for (int f = 0; f < FieldCount; ++f) {
        m_tabs->addTab(buildFieldPage(Field(f)), tabNames[f]);
        m_tabs->setTabToolTip(f, tabTips[f]);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_text, 1);
    top->addWidget(m_toggle);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_description);
    layout->addWidget(m_notes);
    layout->addWidget(m_tabs);
    setFocusProxy(m_text);

    connect(m_toggle, &QToolButton::toggled, this, &CronBuilder::setEditorsVisible);
    connect(m_text, &QLineEdit::textChanged, this, &CronBuilder::onTextChanged);
    // Until a text arrives, the editors hold "0 0 * * * ?", so that a first edit makes a valid expression.
    const QStringList start = {QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("*"), QStringLiteral("*"),
                               QStringLiteral("*"), QStringLiteral("?"), QString()};
    for (int f = 0; f < FieldCount; ++f)
        loadEditor(Field(f), parseField(Field(f), start.at(f)));
    showTextStatus();
}

CronBuilder::~CronBuilder()
{
    qDeleteAll(m_editors);
}

QWidget *CronBuilder::valueInput(Field field, const QString &objectName)
{
    QWidget *input = nullptr;
    if (hasNames(field)) {
        auto *combo = new QComboBox;
        const QLocale locale;
        for (int v = lowOf(field); v <= highOf(field); ++v) {
            const QString local = field == CronExpression::Month
                ? locale.monthName(v, QLocale::LongFormat)
                : locale.dayName(v == 1 ? 7 : v - 1, QLocale::LongFormat); // cron 1 = Sunday, Qt 7 = Sunday
            //: A month or weekday in a cron field: %1 the cron name (MON), %2 the cron number, %3 the local name
            combo->addItem(tr("%1 (%2) %3").arg(nameOf(field, v)).arg(v).arg(local), v);
        }
        input = combo;
    } else {
        auto *spin = new QSpinBox;
        spin->setRange(lowOf(field), highOf(field));
        input = spin;
    }
    input->setObjectName(objectName);
    return input;
}

QWidget *CronBuilder::buildFieldPage(Field field)
{
    auto *e = new FieldEditor;
    m_editors[field] = e;
    e->field = field;
    const QString key = keyOf(field);
    const int low = lowOf(field);
    const int high = highOf(field);

    auto *page = new QWidget;
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(4, 6, 4, 4);

    e->mode = new QComboBox;
    e->mode->setObjectName(key + QStringLiteral("Mode"));
    for (Mode m : modesOf(field)) {
        QString label;
        switch (m) {
        case Mode::Omitted: label = tr("Any year (no year field)"); break;
        case Mode::Every: label = tr("Every value (*)"); break;
        case Mode::Any: label = tr("No specific value (?)"); break;
        case Mode::Specific: label = tr("Specific values"); break;
        case Mode::Range: label = tr("Range (from-to)"); break;
        case Mode::Step: label = tr("Start and increment (a/n)"); break;
        case Mode::LastDay: label = tr("Last day of the month (L)"); break;
        case Mode::LastDayOffset: label = tr("Days before the last day (L-n)"); break;
        case Mode::NearestWeekday: label = tr("Weekday nearest to a day (nW)"); break;
        case Mode::LastWeekday: label = tr("Last weekday of the month (LW)"); break;
        case Mode::NthWeekday: label = tr("Nth weekday of the month (n#k)"); break;
        case Mode::LastOfWeekday: label = tr("Last such weekday of the month (nL)"); break;
        case Mode::Custom: label = tr("Custom text"); break;
        }
        e->mode->addItem(label, int(m));
    }
    QWidget *modeRow = nullptr;
    if (hasNames(field)) {
        e->names = new QCheckBox(tr("Write names"));
        e->names->setObjectName(key + QStringLiteral("Names"));
        e->names->setChecked(true);
        e->names->setToolTip(field == CronExpression::Month ? tr("Write JAN, FEB... instead of 1, 2...")
                                                            : tr("Write SUN, MON... instead of 1, 2..."));
        modeRow = row({e->mode, e->names});
    } else {
        modeRow = row({e->mode});
    }
    column->addWidget(modeRow);

    e->pages = new QStackedWidget;
    e->pages->setObjectName(key + QStringLiteral("Pages"));
    const auto changed = [this, field]() { onEditorChanged(field); };
    for (Mode m : modesOf(field)) {
        QWidget *modePage = nullptr;
        switch (m) {
        case Mode::Omitted: modePage = noteLabel(tr("The expression has no year field: every year.")); break;
        case Mode::Every: modePage = noteLabel(tr("Every value of this field matches.")); break;
        case Mode::Any:
            modePage = noteLabel(tr("No specific value: the other day field (day of month or day of week) decides."));
            break;
        case Mode::LastDay: modePage = noteLabel(tr("The last day of each month.")); break;
        case Mode::LastWeekday: modePage = noteLabel(tr("The last weekday (Monday to Friday) of each month.")); break;
        case Mode::Specific: {
            if (field == CronExpression::Year) {
                e->yearList = new QListWidget;
                e->yearList->setObjectName(QStringLiteral("yearValues"));
                e->yearList->setMaximumHeight(e->yearList->fontMetrics().height() * 8);
                for (int y = low; y <= high; ++y) {
                    auto *item = new QListWidgetItem(QString::number(y), e->yearList);
                    item->setData(Qt::UserRole, y);
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                    item->setCheckState(Qt::Unchecked);
                }
                connect(e->yearList, &QListWidget::itemChanged, this, [this, e, field](QListWidgetItem *item) {
                    if (m_loading)
                        return;
                    bool any = false;
                    for (int i = 0; i < e->yearList->count() && !any; ++i)
                        any = e->yearList->item(i)->checkState() == Qt::Checked;
                    if (!any) { // at least one value stays chosen
                        ++m_loading;
                        item->setCheckState(Qt::Checked);
                        --m_loading;
                        return;
                    }
                    onEditorChanged(field);
                });
                modePage = e->yearList;
                break;
            }
            auto *grid = new QWidget;
            auto *gridLayout = new QGridLayout(grid);
            gridLayout->setContentsMargins(0, 0, 0, 0);
            gridLayout->setSpacing(2);
            const int columns = field == CronExpression::Hours ? 12
                : field == CronExpression::DayOfMonth || field == CronExpression::DayOfWeek ? 7
                : field == CronExpression::Month ? 6 : 10;
            const QLocale locale;
            for (int v = low; v <= high; ++v) {
                auto *button = new QToolButton;
                button->setObjectName(key + QStringLiteral("Value%1").arg(v));
                button->setText(hasNames(field) ? nameOf(field, v) : QString::number(v));
                button->setCheckable(true);
                button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
                if (field == CronExpression::Month)
                    button->setToolTip(locale.monthName(v));
                else if (field == CronExpression::DayOfWeek)
                    button->setToolTip(locale.dayName(v == 1 ? 7 : v - 1));
                gridLayout->addWidget(button, (v - low) / columns, (v - low) % columns);
                e->valueButtons.append(button);
                connect(button, &QToolButton::toggled, this, [this, e, field, button](bool on) {
                    if (m_loading)
                        return;
                    if (!on && std::none_of(e->valueButtons.cbegin(), e->valueButtons.cend(),
                                            [](const QToolButton *b) { return b->isChecked(); })) {
                        ++m_loading; // at least one value stays chosen
                        button->setChecked(true);
                        --m_loading;
                        return;
                    }
                    onEditorChanged(field);
                });
            }
            modePage = grid;
            break;
        }
        case Mode::Range: {
            e->rangeFrom = valueInput(field, key + QStringLiteral("RangeFrom"));
            e->rangeTo = valueInput(field, key + QStringLiteral("RangeTo"));
            e->rangeStep = new QSpinBox;
            e->rangeStep->setObjectName(key + QStringLiteral("RangeStep"));
            e->rangeStep->setRange(1, field == CronExpression::Year ? 100 : high);
            e->rangeStep->setToolTip(tr("1 takes every value of the range, 2 every other one..."));
            setInputValue(e->rangeFrom, field == CronExpression::Hours ? 9
                                        : field == CronExpression::DayOfWeek ? 2
                                        : field == CronExpression::Year ? QDate::currentDate().year() : low);
            setInputValue(e->rangeTo, field == CronExpression::Hours ? 17
                                      : field == CronExpression::DayOfWeek ? 6
                                      : field == CronExpression::Year ? QDate::currentDate().year() + 1
                                      : field == CronExpression::DayOfMonth ? 15
                                      : field == CronExpression::Month ? 6 : 30);
            auto *box = new QWidget;
            auto *rows = new QVBoxLayout(box);
            rows->setContentsMargins(0, 0, 0, 0);
            rows->addWidget(row({new QLabel(tr("From")), e->rangeFrom,
                                   new QLabel(tr("to", "cron range: from ... to ...")), e->rangeTo}));
            if (field == CronExpression::DayOfWeek) {
                e->rangeStep->setVisible(false); // Quartz ignores a step here
            } else {
                rows->addWidget(row({new QLabel(tr("taking every")), e->rangeStep, new QLabel(tr("value(s)"))}));
            }
            rows->addWidget(noteLabel(tr("A range may wrap around, e.g. 22 to 2, or FRI to MON.")));
            rows->addStretch(1);
            for (QWidget *input : {e->rangeFrom, e->rangeTo}) {
                if (auto *spin = qobject_cast<QSpinBox *>(input))
                    connect(spin, &QSpinBox::valueChanged, this, changed);
                else
                    connect(qobject_cast<QComboBox *>(input), &QComboBox::currentIndexChanged, this, changed);
            }
            connect(e->rangeStep, &QSpinBox::valueChanged, this, changed);
            modePage = box;
            break;
        }
        case Mode::Step: {
            e->stepStart = valueInput(field, key + QStringLiteral("StepStart"));
            if (field == CronExpression::Year)
                setInputValue(e->stepStart, QDate::currentDate().year());
            e->stepIncrement = new QSpinBox;
            e->stepIncrement->setObjectName(key + QStringLiteral("StepIncrement"));
            e->stepIncrement->setRange(1, field == CronExpression::Year ? 100 : high);
            e->stepIncrement->setValue(field == CronExpression::Seconds || field == CronExpression::Minutes ? 15
                                       : field == CronExpression::Month ? 3 : 2);
            auto *box = new QWidget;
            auto *rows = new QVBoxLayout(box);
            rows->setContentsMargins(0, 0, 0, 0);
            rows->addWidget(row({new QLabel(tr("Starting at")), e->stepStart, new QLabel(tr("then every")),
                                   e->stepIncrement}));
            rows->addStretch(1);
            if (auto *spin = qobject_cast<QSpinBox *>(e->stepStart))
                connect(spin, &QSpinBox::valueChanged, this, changed);
            else
                connect(qobject_cast<QComboBox *>(e->stepStart), &QComboBox::currentIndexChanged, this, changed);
            connect(e->stepIncrement, &QSpinBox::valueChanged, this, changed);
            modePage = box;
            break;
        }
        case Mode::LastDayOffset: {
            e->offset = new QSpinBox;
            e->offset->setObjectName(QStringLiteral("dayOfMonthOffset"));
            e->offset->setRange(1, 30);
            connect(e->offset, &QSpinBox::valueChanged, this, changed);
            modePage = row({e->offset, new QLabel(tr("day(s) before the last day of the month"))});
            break;
        }
        case Mode::NearestWeekday: {
            e->nearestDay = new QSpinBox;
            e->nearestDay->setObjectName(QStringLiteral("dayOfMonthWeekday"));
            e->nearestDay->setRange(1, 31);
            e->nearestDay->setValue(15);
            connect(e->nearestDay, &QSpinBox::valueChanged, this, changed);
            auto *box = new QWidget;
            auto *rows = new QVBoxLayout(box);
            rows->setContentsMargins(0, 0, 0, 0);
            rows->addWidget(row({new QLabel(tr("The weekday nearest to day")), e->nearestDay}));
            rows->addWidget(noteLabel(tr("Monday to Friday, within the same month.")));
            rows->addStretch(1);
            modePage = box;
            break;
        }
        case Mode::NthWeekday: {
            e->nth = new QComboBox;
            e->nth->setObjectName(QStringLiteral("dayOfWeekNth"));
            const QString ordinals[] = {tr("first"), tr("second"), tr("third"), tr("fourth"), tr("fifth")};
            for (int k = 1; k <= 5; ++k)
                e->nth->addItem(ordinals[k - 1], k);
            e->nthDay = qobject_cast<QComboBox *>(valueInput(field, QStringLiteral("dayOfWeekNthDay")));
            setInputValue(e->nthDay, 2);
            connect(e->nth, &QComboBox::currentIndexChanged, this, changed);
            connect(e->nthDay, &QComboBox::currentIndexChanged, this, changed);
            modePage = row({new QLabel(tr("The", "the first Monday of the month")), e->nth, e->nthDay,
                              new QLabel(tr("of the month"))});
            break;
        }
        case Mode::LastOfWeekday: {
            e->lastDay = qobject_cast<QComboBox *>(valueInput(field, QStringLiteral("dayOfWeekLastDay")));
            setInputValue(e->lastDay, 6);
            connect(e->lastDay, &QComboBox::currentIndexChanged, this, changed);
            modePage = row({new QLabel(tr("The last", "the last Friday of the month")), e->lastDay,
                              new QLabel(tr("of the month"))});
            break;
        }
        case Mode::Custom: {
            e->custom = new QLineEdit;
            e->custom->setObjectName(key + QStringLiteral("Custom"));
            e->custom->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            connect(e->custom, &QLineEdit::textEdited, this, changed);
            auto *box = new QWidget;
            auto *rows = new QVBoxLayout(box);
            rows->setContentsMargins(0, 0, 0, 0);
            rows->addWidget(e->custom);
            rows->addWidget(noteLabel(tr("The field as text, for what the editors cannot show, "
                                    "e.g. a list that mixes ranges and steps (0-10,30-40/5).")));
            rows->addStretch(1);
            modePage = box;
            break;
        }
        }
        e->pages->addWidget(modePage);
    }
    column->addWidget(e->pages);
    column->addStretch(1);

    connect(e->mode, &QComboBox::currentIndexChanged, this, [this, e, field]() {
        updateEditorPages();
        if (m_loading)
            return;
        // Start the new mode from something sensible.
        ++m_loading;
        const Mode m = e->currentMode();
        if (m == Mode::Specific && !e->valueButtons.isEmpty()
            && std::none_of(e->valueButtons.cbegin(), e->valueButtons.cend(),
                            [](const QToolButton *b) { return b->isChecked(); })) {
            e->valueButtons.first()->setChecked(true);
        } else if (m == Mode::Specific && e->yearList) {
            bool any = false;
            for (int i = 0; i < e->yearList->count() && !any; ++i)
                any = e->yearList->item(i)->checkState() == Qt::Checked;
            if (!any) {
                const int row = QDate::currentDate().year() - lowOf(field);
                if (QListWidgetItem *item = e->yearList->item(std::clamp(row, 0, e->yearList->count() - 1)))
                    item->setCheckState(Qt::Checked);
            }
        } else if (m == Mode::Custom) {
            e->custom->setText(e->lastText.isEmpty() ? QStringLiteral("*") : e->lastText);
        }
        --m_loading;
        onEditorChanged(field);
    });
    if (e->names)
        connect(e->names, &QCheckBox::toggled, this, changed);
    if (field == CronExpression::Year && e->yearList) {
        const int row = QDate::currentDate().year() - low;
        if (QListWidgetItem *item = e->yearList->item(std::clamp(row, 0, e->yearList->count() - 1)))
            e->yearList->scrollToItem(item, QAbstractItemView::PositionAtTop);
    }
    return page;
}

void CronBuilder::updateEditorPages()
{
    for (FieldEditor *e : m_editors) {
        const int current = e->mode->currentIndex();
        e->pages->setCurrentIndex(current);
        // A stacked widget is as tall as its tallest page; let the hidden pages take no room.
        for (int i = 0; i < e->pages->count(); ++i)
            e->pages->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                                i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        if (e->names) {
            const Mode m = e->currentMode();
            e->names->setVisible(m == Mode::Specific || m == Mode::Range || m == Mode::Step
                                 || m == Mode::NthWeekday || m == Mode::LastOfWeekday);
        }
    }
}

QString CronBuilder::expression() const
{
    return m_text->text().trimmed();
}

void CronBuilder::setExpression(const QString &expression)
{
    m_text->setText(expression);
}

bool CronBuilder::isValid() const
{
    return m_valid;
}

QString CronBuilder::errorMessage() const
{
    return m_errorMessage;
}

void CronBuilder::setEditorsVisible(bool visible)
{
    m_tabs->setVisible(visible);
    m_toggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    if (m_toggle->isChecked() != visible)
        m_toggle->setChecked(visible);
}

bool CronBuilder::editorsVisible() const
{
    return m_toggle->isChecked();
}

CronBuilder::FieldState CronBuilder::parseField(Field field, const QString &token)
{
    const QString t = token.trimmed().toUpper();
    FieldState s = classify(field, t);
    switch (s.mode) {
    case Mode::Omitted:
    case Mode::Every:
    case Mode::Any:
    case Mode::Custom:
        return s;
    default:
        break;
    }
    // Values out of the editors' ranges, or a spelling the engine reads differently from the
    // editors' own: keep the text.
    const auto inRange = [field](int v) { return v >= lowOf(field) && v <= highOf(field); };
    bool ok = true;
    switch (s.mode) {
    case Mode::Specific: ok = std::all_of(s.values.cbegin(), s.values.cend(), inRange); break;
    case Mode::Range: ok = inRange(s.from) && inRange(s.to) && s.step <= (field == CronExpression::Year ? 100 : highOf(field)); break;
    case Mode::Step: ok = inRange(s.from) && s.step <= (field == CronExpression::Year ? 100 : highOf(field)); break;
    case Mode::NthWeekday:
    case Mode::LastOfWeekday: ok = inRange(s.from); break;
    default: break;
    }
    if (!ok || !sameMeaning(field, t, fieldText(field, s))) {
        FieldState custom;
        custom.mode = Mode::Custom;
        custom.text = t;
        return custom;
    }
    return s;
}

QString CronBuilder::fieldText(Field field, const FieldState &s)
{
    const auto v = [&](int value) { return valueText(field, value, s.names); };
    switch (s.mode) {
    case Mode::Omitted: return field == CronExpression::Year ? QString() : QStringLiteral("*");
    case Mode::Every: return QStringLiteral("*");
    case Mode::Any: return QStringLiteral("?");
    case Mode::Specific: {
        QList<int> values = s.values;
        std::sort(values.begin(), values.end());
        QStringList parts;
        for (int value : values)
            parts.append(v(value));
        return parts.join(QLatin1Char(','));
    }
    case Mode::Range: {
        QString text = v(s.from) + QLatin1Char('-') + v(s.to);
        if (s.step > 1)
            text += QLatin1Char('/') + QString::number(s.step);
        return text;
    }
    case Mode::Step: return v(s.from) + QLatin1Char('/') + QString::number(s.step);
    case Mode::LastDay: return QStringLiteral("L");
    case Mode::LastDayOffset: return QStringLiteral("L-%1").arg(s.offset);
    case Mode::NearestWeekday: return QStringLiteral("%1W").arg(s.from);
    case Mode::LastWeekday: return QStringLiteral("LW");
    case Mode::NthWeekday: return v(s.from) + QLatin1Char('#') + QString::number(s.offset);
    case Mode::LastOfWeekday: return v(s.from) + QLatin1Char('L');
    case Mode::Custom: return s.text.trimmed();
    }
    return QStringLiteral("*");
}

CronBuilder::FieldState CronBuilder::fieldState(Field field) const
{
    return readEditor(field);
}

CronBuilder::FieldState CronBuilder::readEditor(Field field) const
{
    const FieldEditor *e = m_editors[field];
    FieldState s;
    s.mode = e->currentMode();
    const bool usesValues = s.mode == Mode::Specific || s.mode == Mode::Range || s.mode == Mode::Step
        || s.mode == Mode::NthWeekday || s.mode == Mode::LastOfWeekday;
    s.names = usesValues && e->names && e->names->isChecked();
    switch (s.mode) {
    case Mode::Specific:
        if (e->yearList) {
            for (int i = 0; i < e->yearList->count(); ++i) {
                if (e->yearList->item(i)->checkState() == Qt::Checked)
                    s.values.append(e->yearList->item(i)->data(Qt::UserRole).toInt());
            }
        } else {
            for (int i = 0; i < e->valueButtons.size(); ++i) {
                if (e->valueButtons.at(i)->isChecked())
                    s.values.append(lowOf(field) + i);
            }
        }
        break;
    case Mode::Range:
        s.from = inputValue(e->rangeFrom);
        s.to = inputValue(e->rangeTo);
        s.step = field == CronExpression::DayOfWeek ? 1 : e->rangeStep->value();
        break;
    case Mode::Step:
        s.from = inputValue(e->stepStart);
        s.step = e->stepIncrement->value();
        break;
    case Mode::LastDayOffset: s.offset = e->offset->value(); break;
    case Mode::NearestWeekday: s.from = e->nearestDay->value(); break;
    case Mode::NthWeekday:
        s.from = inputValue(e->nthDay);
        s.offset = e->nth->currentData().toInt();
        break;
    case Mode::LastOfWeekday: s.from = inputValue(e->lastDay); break;
    case Mode::Custom: s.text = e->custom->text().trimmed(); break;
    default: break;
    }
    return s;
}

void CronBuilder::loadEditor(Field field, const FieldState &s)
{
    FieldEditor *e = m_editors[field];
    ++m_loading;
    int index = e->mode->findData(int(s.mode));
    FieldState shown = s;
    if (index < 0) { // a mode this field does not have: keep it as text
        shown = stateOf(Mode::Custom);
        shown.text = fieldText(field, s);
        index = e->mode->findData(int(Mode::Custom));
    }
    e->mode->setCurrentIndex(index);
    switch (shown.mode) {
    case Mode::Specific:
        if (e->yearList) {
            for (int i = 0; i < e->yearList->count(); ++i) {
                QListWidgetItem *item = e->yearList->item(i);
                item->setCheckState(shown.values.contains(item->data(Qt::UserRole).toInt()) ? Qt::Checked
                                                                                             : Qt::Unchecked);
            }
            if (!shown.values.isEmpty()) {
                const int row = shown.values.first() - lowOf(field);
                if (QListWidgetItem *item = e->yearList->item(std::clamp(row, 0, e->yearList->count() - 1)))
                    e->yearList->scrollToItem(item);
            }
        } else {
            for (int i = 0; i < e->valueButtons.size(); ++i)
                e->valueButtons.at(i)->setChecked(shown.values.contains(lowOf(field) + i));
        }
        break;
    case Mode::Range:
        setInputValue(e->rangeFrom, shown.from);
        setInputValue(e->rangeTo, shown.to);
        e->rangeStep->setValue(shown.step);
        break;
    case Mode::Step:
        setInputValue(e->stepStart, shown.from);
        e->stepIncrement->setValue(shown.step);
        break;
    case Mode::LastDayOffset: e->offset->setValue(shown.offset); break;
    case Mode::NearestWeekday: e->nearestDay->setValue(shown.from); break;
    case Mode::NthWeekday:
        setInputValue(e->nthDay, shown.from);
        e->nth->setCurrentIndex(std::max(0, e->nth->findData(shown.offset)));
        break;
    case Mode::LastOfWeekday: setInputValue(e->lastDay, shown.from); break;
    case Mode::Custom: e->custom->setText(shown.text); break;
    default: break;
    }
    const bool usesValues = shown.mode == Mode::Specific || shown.mode == Mode::Range || shown.mode == Mode::Step
        || shown.mode == Mode::NthWeekday || shown.mode == Mode::LastOfWeekday;
    if (e->names && usesValues)
        e->names->setChecked(shown.names);
    e->lastText = fieldText(field, shown);
    --m_loading;
    updateEditorPages();
}

void CronBuilder::setFieldState(Field field, const FieldState &state)
{
    loadEditor(field, state);
    onEditorChanged(field);
}

QString CronBuilder::editorsExpression() const
{
    QStringList parts;
    for (int f = 0; f < FieldCount; ++f) {
        const QString text = fieldText(Field(f), readEditor(Field(f)));
        if (f == CronExpression::Year && text.isEmpty())
            break;
        parts.append(text);
    }
    return parts.join(QLatin1Char(' '));
}

void CronBuilder::onEditorChanged(Field field)
{
    if (m_loading)
        return;
    // Quartz wants '?' in exactly one of the two day fields: keep it so while the user edits.
    const bool dayField = field == CronExpression::DayOfMonth || field == CronExpression::DayOfWeek;
    if (dayField) {
        const Field other = field == CronExpression::DayOfMonth ? CronExpression::DayOfWeek : CronExpression::DayOfMonth;
        const Mode mine = readEditor(field).mode;
        const Mode theirs = readEditor(other).mode;
        if (mine != Mode::Custom && theirs != Mode::Custom) {
            if (mine != Mode::Any && theirs != Mode::Any)
                loadEditor(other, stateOf(Mode::Any));
            else if (mine == Mode::Any && theirs == Mode::Any)
                loadEditor(other, stateOf(Mode::Every));
        }
    }
    m_editors[field]->lastText = fieldText(field, readEditor(field));
    m_writingText = true;
    m_text->setText(editorsExpression());
    m_writingText = false;
}

void CronBuilder::onTextChanged()
{
    showTextStatus();
    if (!m_writingText && m_valid) {
        QStringList tokens = m_text->text().trimmed().split(QRegularExpression(QStringLiteral("\\s+")));
        for (int f = 0; f < FieldCount; ++f)
            loadEditor(Field(f), parseField(Field(f), f < tokens.size() ? tokens.at(f) : QString()));
    }
    emit expressionChanged(expression());
}

void CronBuilder::showTextStatus()
{
    const QString text = expression();
    QStringList notes;
    if (text.isEmpty()) {
        m_valid = false;
        m_errorMessage = tr("Enter a cron expression.");
        m_description->clear();
    } else if (const Result<CronExpression> cron = CronExpression::parse(text); cron) {
        m_valid = true;
        m_errorMessage.clear();
        m_description->setText(describeCron(*cron));
        notes = cron->notes();
    } else {
        m_valid = false;
        m_errorMessage = cron.error();
        m_description->clear();
    }
    m_error->setMessage(m_errorMessage);
    m_notes->setText(notes.isEmpty() ? QString() : QStringLiteral("\u26a0 ") + notes.join(QStringLiteral("\n\u26a0 ")));
    m_notes->setVisible(!notes.isEmpty());
}

} // namespace Qronos
