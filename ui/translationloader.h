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

/// Removes the translators install() installed, then installs \a locale's: a change of language while the
/// program runs. Qt sends QEvent::LanguageChange to every widget; only those that handle it re-translate.
/// Returns what install() returns.
bool reinstall(QCoreApplication *app, const QLocale &locale);

/// The language chosen in the preferences: QSettings "ui/language", "" (the system's), "en" or "zh_CN".
QString languageSetting();
/// The locale for a languageSetting() value: the system's for "" (or an unknown value).
QLocale localeForLanguage(const QString &language);

} // namespace Qronos::TranslationLoader
