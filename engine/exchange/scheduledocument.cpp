#include "scheduledocument.h"

#include <QCoreApplication>

namespace Qronos {

QString SourceLocation::toString() const
{
    QString where;
    if (line > 0 && column > 0)
        where = QCoreApplication::translate("Qronos::SourceLocation", "line %1, column %2").arg(line).arg(column);
    else if (line > 0)
        where = QCoreApplication::translate("Qronos::SourceLocation", "line %1").arg(line);
    if (!path.isEmpty())
        where = where.isEmpty() ? path : QStringLiteral("%1 (%2)").arg(where, path);
    return where;
}

QString ImportProblem::toString() const
{
    const QString where = location.toString();
    return where.isEmpty() ? message : QStringLiteral("%1: %2").arg(where, message);
}

} // namespace Qronos
