#pragma once

#include <QDate>
#include <QMap>
#include <QWidget>

namespace Qronos {

/// Twelve months of one year as small month calendars, painted, for picking dates by clicking them.
///
/// A date carries a mark: none, Holiday (an excluded date) or MakeUpWorkday (a date included although
/// its weekday is off, 调休). Clicking a date toggles the click mark (clickMark()) on it: a date that
/// has it loses it, any other date gets it. Holidays and make-up days have distinct colours, weekend
/// days (weekendDays()) are shaded, today is outlined, and a legend above the months explains the
/// colours. A date's label (e.g. "国庆节") shows as its tool tip.
///
/// In annual mode the months show no year and no weekday shading: the marks stand for a month and
/// day of every year, kept as dates of the leap year AnnualYear so that 29 February exists.
///
/// The months flow into as many columns (1 to 4) as the width allows; heightForWidth() follows.
/// With the keyboard: the arrow keys move the current date (outlined while the widget has focus) by a
/// day or a week, Page Up/Down by a month, Home/End to the first/last day of its month; Space or
/// Enter toggles it. Moving past the year shows the next or previous one (yearChanged()).
class MonthGridWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonthGridWidget)

public:
    enum class Mark { None, Holiday, MakeUpWorkday };
    static constexpr int AnnualYear = 2000;

    explicit MonthGridWidget(QWidget *parent = nullptr);

    int year() const { return m_year; }
    /// Shows that year's twelve months (ignored in annual mode).
    void setYear(int year);
    /// Toggles the click mark on a date, as a click does.
    void toggle(QDate date);
    bool isAnnual() const { return m_annual; }
    void setAnnual(bool annual);

    Mark mark(QDate date) const { return m_marks.value(date, Mark::None); }
    /// Mark::None removes the date (and its label).
    void setMark(QDate date, Mark mark, const QString &label = QString());
    void clearMarks();
    /// Ascending.
    QList<QDate> dates(Mark mark) const;
    QString label(QDate date) const { return m_labels.value(date); }

    Mark clickMark() const { return m_clickMark; }
    void setClickMark(Mark mark);
    /// Java day numbers, 1 = Sunday ... 7 = Saturday; Saturday and Sunday by default.
    QList<int> weekendDays() const { return m_weekend; }
    void setWeekendDays(const QList<int> &javaDays);
    /// Whether the legend lists make-up working days (the working-day calendar).
    void setMakeUpDaysShown(bool shown);
    /// Texts of the legend entries for holidays (default "Excluded").
    void setHolidayLegend(const QString &text);

    /// The cell of a date of the shown year, in widget coordinates; empty when it is not shown.
    QRect dateRect(QDate date) const;
    /// The date the keyboard acts on.
    QDate currentDate() const { return m_current; }
    void setCurrentDate(QDate date);
    /// The date under a point, or an invalid date.
    QDate dateAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    /// A click changed a date's mark (after the change).
    void dateToggled(QDate date, Qronos::MonthGridWidget::Mark mark);
    /// Any mark changed, by a click or by setMark()/clearMarks().
    void marksChanged();
    /// The keyboard moved into another year (not emitted by setYear()).
    void yearChanged(int year);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Metrics
    {
        int cell = 0;       // side of a day cell
        int titleHeight = 0;
        int headerHeight = 0;
        int gap = 0;        // between months
        int monthWidth() const { return 7 * cell; }
        int monthHeight() const { return titleHeight + headerHeight + 6 * cell; }
    };
    Metrics metrics() const;
    int columnsFor(int width) const;
    int legendHeight() const;
    /// The top-left corner of month (1..12).
    QPoint monthOrigin(int month) const;
    /// Column 0..6 of a date in its week row, with the locale's first day of the week first.
    int weekColumn(QDate date) const;
    int displayYear() const { return m_annual ? AnnualYear : m_year; }
    QColor markColor(Mark mark) const;
    QColor weekendColor() const;

    int m_year = QDate::currentDate().year();
    QDate m_current = QDate::currentDate();
    bool m_annual = false;
    QMap<QDate, Mark> m_marks;
    QMap<QDate, QString> m_labels;
    Mark m_clickMark = Mark::Holiday;
    QList<int> m_weekend{1, 7};
    bool m_showMakeUp = false;
    QString m_holidayLegend;
    Qt::DayOfWeek m_firstDay = Qt::Monday;
};

} // namespace Qronos

Q_DECLARE_METATYPE(Qronos::MonthGridWidget::Mark)
