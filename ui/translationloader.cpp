#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Qronos::TranslationLoader {

namespace {

// Marks the translators install() made, for reinstall().
constexpr char InstalledName[] = "qronosTranslationLoader";

bool installOne(QCoreApplication *app, const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(app);
    translator->setObjectName(QString::fromLatin1(InstalledName));
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

bool reinstall(QCoreApplication *app, const QLocale &locale)
{
    const QList<QTranslator *> installed =
        app->findChildren<QTranslator *>(QString::fromLatin1(InstalledName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    return install(app, locale);
}

QString languageSetting()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

QLocale localeForLanguage(const QString &language)
{
    if (language == QLatin1String("en"))
        return english;
    if (language == QLatin1String("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::China);
    return QLocale();
}

} // namespace Qronos::TranslationLoader
