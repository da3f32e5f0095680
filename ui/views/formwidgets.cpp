#include "formwidgets.h"

#include "errorlabel.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Qronos::FormWidgets {

QWidget *withError(QWidget *field, ErrorLabel *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

ErrorLabel *errorLabel(const QString &objectName)
{
    auto *label = new ErrorLabel;
    label->setObjectName(objectName);
    return label;
}

ErrorLabel *errorLabel(const char *latin1ObjectName)
{
    return errorLabel(QString::fromLatin1(latin1ObjectName));
}

QLabel *noteLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QWidget *row(std::initializer_list<QWidget *> widgets)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        layout->addWidget(w);
    layout->addStretch(1);
    return box;
}

QWidget *withButton(QWidget *field, QWidget *button)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    return box;
}

QComboBox *zoneCombo(const QString &objectName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMaxVisibleItems(20);
    QStringList ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        ids.append(QString::fromUtf8(id));
    combo->addItems(ids);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    const int system = combo->findText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    if (system >= 0)
        combo->setCurrentIndex(system);
    else
        combo->setEditText(QStringLiteral("UTC"));
    return combo;
}

QFormLayout *newForm(QWidget *parent, Qt::Alignment labelAlignment)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | labelAlignment);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

} // namespace Qronos::FormWidgets
