#include "cli/clireportlanguage.h"
#include "cli/clitext.h"

#include "core/settings/qsettingsstore.h"
#include "core/settings/settings.h"
#include "ui/common/uilanguage.h"

#include <QCommandLineParser>

namespace Cb::App {

QCommandLineOption reportLanguageOption()
{
    return QCommandLineOption(QStringLiteral("language"),
                              CliText::tr("Report language for headings, labels, numbers and dates "
                                          "(default: the interface language). JSON and CSV keep English keys."),
                              QStringLiteral("en|ko"));
}

Core::Result<Core::ReportLanguage> reportLanguageOf(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (parser.isSet(option)) {
        const QString code = parser.value(option);
        if (!Core::ReportLanguage::supported().contains(code.trimmed().toLower()))
            return Core::fail(Core::ErrorCode::InvalidInput,
                              CliText::tr("--language must be en or ko, got '%1'").arg(code));
        return Core::ReportLanguage::load(code);
    }
    Core::QSettingsStore store;
    return Core::ReportLanguage::load(Ui::UiLanguage::fromSettings(Core::Settings(store)));
}

} // namespace Cb::App
