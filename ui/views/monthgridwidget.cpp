#include "monthgridwidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace Qronos {

namespace {

constexpr int MaxColumns = 4;

} // namespace

MonthGridWidget::MonthGridWidget(QWidget *parent)
    : QWidget(parent)
    , m_firstDay(QLocale().firstDayOfWeek())
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    m_holidayLegend = tr("Excluded");
}

void MonthGridWidget::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    if (m_current.year() != year && !m_annual) {
        const QDate moved(year, m_current.month(), 1);
        m_current = moved.addDays(std::min(m_current.day(), moved.daysInMonth()) - 1);
    }
    update();
}

void MonthGridWidget::setCurrentDate(QDate date)
{
    if (!date.isValid())
        return;
    m_current = date;
    if (m_annual) {
        m_current = QDate(AnnualYear, date.month(), 1).addDays(date.day() - 1);
        if (m_current.month() != date.month())
            m_current = QDate(AnnualYear, date.month(), 1);
    } else if (date.year() != m_year) {
        m_year = date.year();
        emit yearChanged(m_year);
    }
    update();
}

void MonthGridWidget::toggle(QDate date)
{
    if (!date.isValid())
        return;
    const Mark next = mark(date) == m_clickMark ? Mark::None : m_clickMark;
    setMark(date, next);
    emit dateToggled(date, next);
}

void MonthGridWidget::setAnnual(bool annual)
{
    if (annual == m_annual)
        return;
    m_annual = annual;
    update();
}

void MonthGridWidget::setMark(QDate date, Mark mark, const QString &label)
{
    if (!date.isValid())
        return;
    if (mark == Mark::None) {
        m_marks.remove(date);
        m_labels.remove(date);
    } else {
        m_marks.insert(date, mark);
        if (label.isEmpty())
            m_labels.remove(date);
        else
            m_labels.insert(date, label);
    }
    update();
    emit marksChanged();
}

void MonthGridWidget::clearMarks()
{
    if (m_marks.isEmpty())
        return;
    m_marks.clear();
    m_labels.clear();
    update();
    emit marksChanged();
}

QList<QDate> MonthGridWidget::dates(Mark mark) const
{
    QList<QDate> result;
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        if (it.value() == mark)
            result.append(it.key());
    }
    return result;
}

void MonthGridWidget::setClickMark(Mark mark)
{
    m_clickMark = mark == Mark::None ? Mark::Holiday : mark;
}

void MonthGridWidget::setWeekendDays(const QList<int> &javaDays)
{
    if (javaDays == m_weekend)
        return;
    m_weekend = javaDays;
    update();
}

void MonthGridWidget::setMakeUpDaysShown(bool shown)
{
    m_showMakeUp = shown;
    update();
}

void MonthGridWidget::setHolidayLegend(const QString &text)
{
    m_holidayLegend = text;
    update();
}

MonthGridWidget::Metrics MonthGridWidget::metrics() const
{
    const QFontMetrics fm = fontMetrics();
    Metrics m;
    m.cell = std::max(fm.height() + 6, fm.horizontalAdvance(QStringLiteral("00")) + 12);
    m.titleHeight = fm.height() + 8;
    m.headerHeight = fm.height() + 2;
    m.gap = m.cell / 2 + 4;
    return m;
}

int MonthGridWidget::columnsFor(int width) const
{
    const Metrics m = metrics();
    return std::clamp((width + m.gap) / (m.monthWidth() + m.gap), 1, MaxColumns);
}

int MonthGridWidget::legendHeight() const
{
    return fontMetrics().height() + 12;
}

int MonthGridWidget::heightForWidth(int width) const
{
    const Metrics m = metrics();
    const int columns = columnsFor(width);
    const int rows = (12 + columns - 1) / columns;
    return rows * m.monthHeight() + (rows - 1) * m.gap + m.gap / 2 + legendHeight();
}

QSize MonthGridWidget::sizeHint() const
{
    const Metrics m = metrics();
    const int width = 3 * m.monthWidth() + 2 * m.gap;
    return QSize(width, heightForWidth(width));
}

QSize MonthGridWidget::minimumSizeHint() const
{
    const Metrics m = metrics();
    return QSize(m.monthWidth(), m.monthHeight() + legendHeight());
}

QPoint MonthGridWidget::monthOrigin(int month) const
{
    const Metrics m = metrics();
    const int columns = columnsFor(width());
    const int used = columns * m.monthWidth() + (columns - 1) * m.gap;
    const int left = std::max(0, (width() - used) / 2);
    const int index = month - 1;
    // The legend comes first, so that it is in sight without scrolling.
    return QPoint(left + (index % columns) * (m.monthWidth() + m.gap),
                  legendHeight() + (index / columns) * (m.monthHeight() + m.gap));
}

int MonthGridWidget::weekColumn(QDate date) const
{
    return (date.dayOfWeek() - int(m_firstDay) + 7) % 7;
}

QRect MonthGridWidget::dateRect(QDate date) const
{
    if (!date.isValid() || date.year() != displayYear())
        return QRect();
    const Metrics m = metrics();
    const QPoint origin = monthOrigin(date.month());
    const int offset = weekColumn(QDate(date.year(), date.month(), 1));
    const int slot = offset + date.day() - 1;
    return QRect(origin.x() + (slot % 7) * m.cell, origin.y() + m.titleHeight + m.headerHeight + (slot / 7) * m.cell,
                 m.cell, m.cell);
}

QDate MonthGridWidget::dateAt(const QPoint &pos) const
{
    const Metrics m = metrics();
    for (int month = 1; month <= 12; ++month) {
        const QPoint origin = monthOrigin(month);
        const QRect days(origin.x(), origin.y() + m.titleHeight + m.headerHeight, 7 * m.cell, 6 * m.cell);
        if (!days.contains(pos))
            continue;
        const int slot = ((pos.y() - days.top()) / m.cell) * 7 + (pos.x() - days.left()) / m.cell;
        const QDate first(displayYear(), month, 1);
        const int day = slot - weekColumn(first) + 1;
        if (day < 1 || day > first.daysInMonth())
            return QDate();
        return QDate(displayYear(), month, day);
    }
    return QDate();
}

QColor MonthGridWidget::markColor(Mark mark) const
{
    switch (mark) {
    case Mark::Holiday: return QColor(0xd1, 0x24, 0x2f);       // red: a day off
    case Mark::MakeUpWorkday: return QColor(0x09, 0x69, 0xda); // blue: a working day
    case Mark::None: break;
    }
    return QColor();
}

QColor MonthGridWidget::weekendColor() const
{
    QColor shade = palette().color(QPalette::Text);
    shade.setAlpha(28);
    return shade;
}

void MonthGridWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Metrics m = metrics();
    const QLocale locale;
    const QDate today = QDate::currentDate();
    const QColor text = palette().color(QPalette::Text);
    QColor dim = text;
    dim.setAlpha(140);
    QFont boldFont = font();
    boldFont.setBold(true);

    for (int month = 1; month <= 12; ++month) {
        const QPoint origin = monthOrigin(month);
        const QRect title(origin.x(), origin.y(), m.monthWidth(), m.titleHeight);
        painter.setFont(boldFont);
        painter.setPen(text);
        const QString monthName = locale.standaloneMonthName(month, QLocale::LongFormat);
        //: QDate format of a month's title in the date grid, e.g. "October 2026"
        const QString yearMonth = locale.toString(QDate(m_year, month, 1), tr("MMMM yyyy"));
        painter.drawText(title, Qt::AlignCenter, m_annual ? monthName : yearMonth);
        painter.setFont(font());

        for (int column = 0; column < 7; ++column) {
            const int qtDay = (int(m_firstDay) - 1 + column) % 7 + 1;
            const QRect header(origin.x() + column * m.cell, origin.y() + m.titleHeight, m.cell, m.headerHeight);
            painter.setPen(dim);
            painter.drawText(header, Qt::AlignCenter, locale.standaloneDayName(qtDay, QLocale::NarrowFormat));
        }

        const QDate first(displayYear(), month, 1);
        for (int day = 1; day <= first.daysInMonth(); ++day) {
            const QDate date(displayYear(), month, day);
            const QRect cell = dateRect(date);
            const QRect inner = cell.adjusted(1, 1, -1, -1);
            const Mark mark = this->mark(date);
            const int javaDay = date.dayOfWeek() % 7 + 1;
            if (!m_annual && m_weekend.contains(javaDay))
                painter.fillRect(inner, weekendColor());
            if (mark != Mark::None) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(markColor(mark));
                painter.drawRoundedRect(inner, 4, 4);
                painter.setBrush(Qt::NoBrush);
            }
            if (!m_annual && date == today) {
                painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
                painter.drawRoundedRect(QRectF(inner).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            }
            if (hasFocus() && date.month() == m_current.month() && date.day() == m_current.day()) {
                painter.setPen(QPen(text, 1, Qt::DashLine));
                painter.drawRect(QRectF(cell).adjusted(0.5, 0.5, -1.5, -1.5));
            }
            painter.setPen(mark != Mark::None ? QColor(Qt::white) : text);
            painter.drawText(cell, Qt::AlignCenter, QString::number(day));
        }
    }

    // Legend, above the months: a swatch and its meaning for each colour in use.
    const QFontMetrics fm = fontMetrics();
    const int swatch = fm.height() - 4;
    int x = std::max(0, monthOrigin(1).x());
    const int y = (legendHeight() - fm.height()) / 2;
    const auto entry = [&](const QColor &fill, bool outline, const QString &meaning) {
        const QRect box(x, y + 2, swatch, swatch);
        if (outline) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
            painter.setBrush(Qt::NoBrush);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
        }
        painter.drawRoundedRect(box, 3, 3);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(text);
        const QRect label(x + swatch + 4, y, fm.horizontalAdvance(meaning) + 2, fm.height());
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, meaning);
        x = label.right() + 16;
    };
    entry(markColor(Mark::Holiday), false, m_holidayLegend);
    if (m_showMakeUp)
        entry(markColor(Mark::MakeUpWorkday), false, tr("Make-up working day (included)"));
    if (!m_annual) {
        QColor weekend = weekendColor();
        weekend.setAlpha(60);
        entry(weekend, false, tr("Weekend"));
        entry(QColor(), true, tr("Today"));
    }
}

void MonthGridWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QDate date = dateAt(event->position().toPoint());
    if (!date.isValid())
        return;
    m_current = date;
    toggle(date);
}

void MonthGridWidget::keyPressEvent(QKeyEvent *event)
{
    // The current date in the shown year (the same month and day, or the month's last day).
    const QDate firstOfMonth(displayYear(), m_current.month(), 1);
    const QDate current = firstOfMonth.addDays(std::min(m_current.day(), firstOfMonth.daysInMonth()) - 1);
    QDate next;
    switch (event->key()) {
    case Qt::Key_Left: next = current.addDays(-1); break;
    case Qt::Key_Right: next = current.addDays(1); break;
    case Qt::Key_Up: next = current.addDays(-7); break;
    case Qt::Key_Down: next = current.addDays(7); break;
    case Qt::Key_PageUp: next = current.addMonths(-1); break;
    case Qt::Key_PageDown: next = current.addMonths(1); break;
    case Qt::Key_Home: next = QDate(current.year(), current.month(), 1); break;
    case Qt::Key_End: next = QDate(current.year(), current.month(), current.daysInMonth()); break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_current = current;
        toggle(current);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (m_annual && next.year() != AnnualYear) {
        const QDate first(AnnualYear, next.month(), 1);
        next = first.addDays(std::min(next.day(), first.daysInMonth()) - 1);
    }
    setCurrentDate(next);
}

void MonthGridWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int needed = heightForWidth(width());
    if (minimumHeight() != needed)
        setMinimumHeight(needed);
}

bool MonthGridWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate date = dateAt(help->pos());
        if (!date.isValid()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        //: QDate format of a day of every year (no year), e.g. "25 December"
        QString tip = m_annual ? QLocale().toString(date, tr("d MMMM"))
                               : QLocale().toString(date, QLocale::LongFormat);
        switch (mark(date)) {
        case Mark::Holiday: tip += u'\n' + m_holidayLegend; break;
        case Mark::MakeUpWorkday: tip += u'\n' + tr("Make-up working day (included)"); break;
        case Mark::None: break;
        }
        if (!label(date).isEmpty())
            tip += u'\n' + label(date);
        QToolTip::showText(help->globalPos(), tip, this, dateRect(date));
        return true;
    }
    return QWidget::event(event);
}

void MonthGridWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateGeometry();
        setMinimumHeight(heightForWidth(width()));
    }
    QWidget::changeEvent(event);
}

} // namespace Qronos
