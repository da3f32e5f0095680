#pragma once

#include <QLocale>

class QCoreApplication;

namespace Qronos::TranslationLoader {

/// Resource directory of the compiled translations (qronos_<locale>.qm), embedded in the engine library.
inline constexpr char ResourceDirectory[] = ":/qronos/i18n";

/// Installs Qt's own translation (qtbase_<locale>.qm from Qt's translations directory) and ours for
/// the locale, each when it exists; both are owned by the application. Where we have no translation
/// for the locale, installs our English one, which holds only the plural forms of English text.
/// Returns true when our translation for the locale was found.
bool install(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace Qronos::TranslationLoader
