#pragma once

#include "core/common/result.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Cb::Core {

// The language a report is written in, chosen apart from the interface language: an English
// interface can export a Korean report for a Korean reader and the other way round. Holds its
// own QTranslator over :/i18n/contextbench_<code>.qm (built from resources/translations/*.ts,
// embedded by cb_formats) instead of the application's, and a fixed QLocale for numbers and
// dates (en_US, ko_KR), so a report reads the same on any machine and golden files stay stable.
// A default-constructed ReportLanguage is English from the source text. Copies share the
// translator; build one per export job and keep it on that thread.
class ReportLanguage
{
public:
    ReportLanguage();

    static QStringList supported(); // "en", "ko"
    // The interface's language: translates through the application's installed translators
    // (QCoreApplication::translate) with the default locale, so core wording written once against
    // ReportLanguage (panel verdicts, reliability labels) reads the same in the window as in a
    // report. The code is "ko" when a Korean translator is installed, else "en". GUI thread.
    static ReportLanguage application();
    // "en" or "ko" (case-insensitive); anything else, or a missing Korean translation, is an error.
    static Result<ReportLanguage> load(const QString& code);

    QString code() const { return m_code; }
    const QLocale& locale() const { return m_locale; }

    // The text for `source` in `context`, the source itself when the language has none. Named
    // translate() so lupdate finds every call with literal arguments and puts it in the .ts files.
    // With n >= 0, "%n" becomes n in the language's number format after the plural form is chosen.
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const;

private:
    QString m_code;
    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_translator;
    bool m_application = false;
};

} // namespace Cb::Core
