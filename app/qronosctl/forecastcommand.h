#pragma once

#include <QStringList>

#include <cstdio>

namespace Qronos::Ctl {

/// `qronosctl forecast`: every fire of a period (all triggers, or groups and jobs), calendars applied, written as
/// CSV or iCalendar to a file or stdout (ForecastExport). \a arguments starts with how help names the command;
/// \a databaseUrl is the global --db (may be empty). Returns the exit code (0 ok, 1 runtime failure, 2 bad usage
/// or input: bad dates, an empty period, an unknown zone, group or job).
int runForecast(const QStringList &arguments, const QString &databaseUrl, std::FILE *out, std::FILE *err);

} // namespace Qronos::Ctl
