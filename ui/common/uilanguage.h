#pragma once

#include <QString>

class QCoreApplication;
class QLocale;

namespace Cb::Core {
class Settings;
}

namespace Cb::Ui {

// The interface language: English (the source text) or Korean. Chosen once at start from
// the setting ("system", "en", "ko") and the system locale, then installed as translators:
// ContextBench's own strings (:/i18n/contextbench_<lang>.qm, built from
// resources/translations/*.ts) and Qt's for standard dialogs and buttons (qtbase_<lang>.qm
// from Qt's translations directory, Debian's qt6-translations-l10n).
class UiLanguage
{
public:
    static QStringList supported(); // "en", "ko"
    // "en" or "ko": the setting unless it is "system" or unknown, then the system locale's
    // language when supported, else English.
    static QString resolve(const QString& setting, const QLocale& system);
    // resolve() of the saved setting and the system locale: the language the app starts in, which
    // picks the Korean presets and welcome pack.
    static QString fromSettings(const Core::Settings& settings);
    // Installs the translators for `language` on the application (nothing for English but
    // Qt's plural forms). Returns false when ContextBench's own translation is missing.
    static bool install(QCoreApplication* app, const QString& language);
    // The language's own name, for the Settings list ("English", "한국어").
    static QString nativeName(const QString& language);
};

} // namespace Cb::Ui
