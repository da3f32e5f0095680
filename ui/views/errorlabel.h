#pragma once

#include <QLabel>

namespace Qronos {

/// A label for a validation message under a field: red, word-wrapped, plain text, and hidden while
/// there is no message, so a valid form takes no room for it.
class ErrorLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorLabel)

public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    /// Shows the message, or hides the label when it is empty.
    void setMessage(const QString &message);
    bool hasMessage() const { return !text().isEmpty(); }

    /// The palette's text colour turned into a red that reads well on its window colour.
    static QPalette errorPalette(const QPalette &base);

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace Qronos
