#pragma once

#include <QFormLayout>
#include <QString>

#include <initializer_list>

class QComboBox;
class QLabel;
class QWidget;

namespace Qronos {

class ErrorLabel;

/// The small building blocks every editor's form is made of, so that all of them look and behave alike.
namespace FormWidgets {

/// A field with its error label under it, as one widget for a form row.
QWidget *withError(QWidget *field, ErrorLabel *error);
/// An empty error label with an object name (for tests and screenshots).
ErrorLabel *errorLabel(const QString &objectName);
ErrorLabel *errorLabel(const char *latin1ObjectName);
/// A small grey note in plain text that wraps.
QLabel *noteLabel(const QString &text = {});
/// Widgets side by side at their natural width, followed by empty space.
QWidget *row(std::initializer_list<QWidget *> widgets);
/// A field that takes the width, with a button after it ("Browse…").
QWidget *withButton(QWidget *field, QWidget *button);
/// An editable combo box of every IANA time zone, matched anywhere in the name as one types, showing this computer's
/// zone (UTC when Qt does not know it).
QComboBox *zoneCombo(const QString &objectName);
/// A form whose fields take the width left by the labels; labels right-aligned (\a labelAlignment vertically).
QFormLayout *newForm(QWidget *parent, Qt::Alignment labelAlignment = Qt::AlignVCenter);

} // namespace FormWidgets
} // namespace Qronos
