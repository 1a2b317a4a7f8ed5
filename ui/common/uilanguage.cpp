#include "ui/common/uilanguage.h"

#include "core/settings/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace Cb::Ui {

QStringList UiLanguage::supported() { return {QStringLiteral("en"), QStringLiteral("ko")}; }

QString UiLanguage::resolve(const QString& setting, const QLocale& system)
{
    if (supported().contains(setting))
        return setting;
    // uiLanguages() honours LANGUAGE/LC_MESSAGES ordering ("ko-KR", "ko", "en-US"…).
    for (const QString& name : system.uiLanguages()) {
        const QString language = name.section(QLatin1Char('-'), 0, 0).toLower();
        if (supported().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString UiLanguage::fromSettings(const Core::Settings& settings)
{
    return resolve(settings.get(Core::Keys::UiLanguage), QLocale::system());
}

bool UiLanguage::install(QCoreApplication* app, const QString& language)
{
    // Owned by the application: translators must outlive every widget that was translated.
    auto* own = new QTranslator(app);
    const bool loaded = own->load(QStringLiteral(":/i18n/contextbench_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(own);
    else
        delete own;
    if (language != QLatin1String("en")) {
        auto* qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    // Numbers and dates follow the interface when it is Korean on a non-Korean system; an
    // English interface keeps the user's own regional formats.
    if (language == QLatin1String("ko") && QLocale().language() != QLocale::Korean)
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    return loaded;
}

QString UiLanguage::nativeName(const QString& language)
{
    return language == QLatin1String("ko") ? QStringLiteral("한국어") : QStringLiteral("English");
}

} // namespace Cb::Ui
