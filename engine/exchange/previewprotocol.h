#pragma once

#include <QString>

namespace Qronos::PreviewProtocol {

/// Answers one request line of the `qronosctl preview --batch` protocol (see docs/preview-protocol.md):
/// TAB-separated `KIND COLUMNS... TZ COUNT [CAL]`, KIND one of cron, crontrig, simple, calint, daily.
/// Returns the fire times as `YYYY-MM-DDTHH:MM:SS.mmmZ` separated by spaces, then ` END` when fewer
/// than COUNT exist (`END` alone when none), or `ERROR<TAB>message`. Never fails otherwise.
QString answer(QStringView line);

} // namespace Qronos::PreviewProtocol
