#include "formwidgets.h"

#include "errorlabel.h"

#include <QHBoxLayout>
#include <QLabel>
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

QFormLayout *newForm(QWidget *parent, Qt::Alignment labelAlignment)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | labelAlignment);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

} // namespace Qronos::FormWidgets
