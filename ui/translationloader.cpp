#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Qronos::TranslationLoader {

namespace {

bool installOne(QCoreApplication *app, const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(app);
    if (translator->load(locale, name, QStringLiteral("_"), directory) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

const QLocale english(QLocale::English, QLocale::UnitedStates);

} // namespace

bool install(QCoreApplication *app, const QLocale &locale)
{
    installOne(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (installOne(app, locale, QStringLiteral("qronos"), QString::fromLatin1(ResourceDirectory)))
        return true;
    // No translation for this language: English, whose file holds the plural forms ("1 fire time").
    installOne(app, english, QStringLiteral("qronos"), QString::fromLatin1(ResourceDirectory));
    return false;
}

} // namespace Qronos::TranslationLoader
