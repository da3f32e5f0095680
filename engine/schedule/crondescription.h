#pragma once

#include "cronexpression.h"

#include <QLocale>
#include <QString>

namespace Qronos {

/// A sentence saying when a cron expression fires, in the UI language (through the translations),
/// with month and weekday names from `locale`: "At 10:15 on the last Friday of every month",
/// "Every 5 minutes, between 14:00 and 14:59", "每月最后一个星期五 10:15".
/// Describes the expression as Quartz reads it (e.g. the ignored "/2" of MON-FRI/2 is not there).
QString describeCron(const CronExpression &cron, const QLocale &locale = QLocale());

} // namespace Qronos
