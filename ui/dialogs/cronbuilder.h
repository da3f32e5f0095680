#pragma once

#include "schedule/cronexpression.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace Qronos {

class ErrorLabel;

/// Edits a Quartz cron expression two ways at once: as raw text, and field by field (seconds,
/// minutes, hours, day of month, month, day of week, optional year), each field in one of a few
/// modes (every value, specific values, a range, a start and increment, the day-of-month and
/// day-of-week specials L, L-n, nW, LW, n#k, nL, or "custom": the field's raw text).
///
/// The text is the truth. Editing it updates the field editors when the engine's CronExpression
/// accepts it; when it does not, the engine's message is shown and the field editors keep their
/// state. Editing a field editor rewrites the text. A field the structured editors cannot show
/// exactly (a list mixing ranges and steps, a lenient Quartz spelling) is kept as custom text, so
/// nothing is ever lost. Under the text: the expression in words (describeCron()) and what Quartz
/// would silently ignore in it.
///
/// Object names for tests: "cronEdit", "cronError", "cronDescription", "cronNotes",
/// "cronBuilderToggle", "cronFieldTabs", and per field F (seconds, minutes, hours, dayOfMonth, month,
/// dayOfWeek, year): "FMode", "FValue<n>" (value buttons; the year has the list "yearValues"),
/// "FRangeFrom", "FRangeTo", "FRangeStep", "FStepStart", "FStepIncrement", "FCustom", "FNames"
/// (month and day of week), "dayOfMonthOffset", "dayOfMonthWeekday", "dayOfWeekNthDay",
/// "dayOfWeekNth", "dayOfWeekLastDay".
class CronBuilder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CronBuilder)

public:
    using Field = CronExpression::FieldIndex;
    static constexpr int FieldCount = CronExpression::FieldCount;

    enum class Mode {
        Omitted,        ///< year only: no year field
        Every,          ///< *
        Any,            ///< ? (day of month, day of week)
        Specific,       ///< values: 5 or 1,15,30
        Range,          ///< from-to, with an increment when step > 1: 8-18/2
        Step,           ///< start/increment: 0/15
        LastDay,        ///< day of month: L
        LastDayOffset,  ///< day of month: L-n
        NearestWeekday, ///< day of month: nW
        LastWeekday,    ///< day of month: LW (the last weekday of the month)
        NthWeekday,     ///< day of week: n#k
        LastOfWeekday,  ///< day of week: nL (the last such weekday of the month)
        Custom,         ///< the field's raw text
    };

    /// One field as the structured editors hold it. Which members count depends on the mode.
    struct FieldState
    {
        Mode mode = Mode::Every;
        QList<int> values;  // Specific: ascending
        int from = 0;       // Range: first value; Step: start; NearestWeekday: day; NthWeekday, LastOfWeekday: weekday
        int to = 0;         // Range: last value
        int step = 1;       // Range: increment (1 = every value); Step: increment
        int offset = 1;     // LastDayOffset: days before the last day; NthWeekday: which one (1..5)
        bool names = false; // month and day of week: written as JAN, MON...
        QString text;       // Custom
        friend bool operator==(const FieldState &, const FieldState &) = default;
    };

    explicit CronBuilder(QWidget *parent = nullptr);
    ~CronBuilder() override;

    /// The text as typed (trimmed).
    QString expression() const;
    /// Replaces the text; the field editors follow when it parses.
    void setExpression(const QString &expression);
    /// True when the engine accepts the text.
    bool isValid() const;
    /// Why the text is not valid (the engine's message), or empty.
    QString errorMessage() const;

    /// The state of a field's editor.
    FieldState fieldState(Field field) const;
    /// Sets a field's editor, as if the user had, and rewrites the text.
    void setFieldState(Field field, const FieldState &state);
    /// The expression the field editors hold (equals the text after an edit in an editor, and after
    /// a valid text, up to Quartz's equivalent spellings such as */5 for 0/5).
    QString editorsExpression() const;

    /// Shows or hides the field editors (the text, description and notes stay).
    void setEditorsVisible(bool visible);
    bool editorsVisible() const;

    /// The builder's reading of one field of an expression the engine accepted: a structured state
    /// when one says exactly the same, otherwise Custom with the token.
    static FieldState parseField(Field field, const QString &token);
    /// A field state written as a cron token (empty for an omitted year).
    static QString fieldText(Field field, const FieldState &state);

signals:
    /// The text changed (by typing, by setExpression() or by a field editor).
    void expressionChanged(const QString &expression);

private:
    struct FieldEditor;

    QWidget *buildFieldPage(Field field);
    QWidget *valueInput(Field field, const QString &objectName);
    void onTextChanged();
    void onEditorChanged(Field field);
    void loadEditor(Field field, const FieldState &state);
    FieldState readEditor(Field field) const;
    void updateEditorPages();
    void showTextStatus();

    QLineEdit *m_text = nullptr;
    ErrorLabel *m_error = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_notes = nullptr;
    QToolButton *m_toggle = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::array<FieldEditor *, FieldCount> m_editors{};
    QString m_errorMessage;
    bool m_valid = false;
    int m_loading = 0;        // > 0 while editors are set from the text: their signals are not edits
    bool m_writingText = false; // the text is being rewritten from the editors
};

} // namespace Qronos
