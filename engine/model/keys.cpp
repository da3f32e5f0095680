#include "keys.h"

#include <QCoreApplication>

namespace Qronos {

QString keyPartProblem(const QString &part)
{
    if (part.trimmed().isEmpty())
        return QCoreApplication::translate("Qronos::Key", "must not be empty");
    if (part.size() > 190)
        return QCoreApplication::translate("Qronos::Key", "must be at most 190 characters long");
    for (QChar c : part) {
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate("Qronos::Key", "must not contain control characters");
    }
    return {};
}

} // namespace Qronos
