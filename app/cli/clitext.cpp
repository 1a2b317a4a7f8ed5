#include "cli/clitext.h"

#include "core/settings/qsettingsstore.h"
#include "core/settings/settings.h"
#include "ui/common/uilanguage.h"

namespace Cb::App {

QString CliText::seeHelp(const QString& command) { return tr("See '%1 --help'.").arg(command); }

QString CliText::warning(const QString& message) { return tr("warning: %1").arg(message); }

QCommandLineOption CliText::helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
}

QString CliText::callStatus(Core::CallStatus status)
{
    switch (status) {
    case Core::CallStatus::Queued: return tr("queued");
    case Core::CallStatus::Waiting: return tr("waiting");
    case Core::CallStatus::Thinking: return tr("thinking");
    case Core::CallStatus::Streaming: return tr("streaming");
    case Core::CallStatus::Done: return tr("done");
    case Core::CallStatus::Refused: return tr("refused");
    case Core::CallStatus::Failed: return tr("failed");
    case Core::CallStatus::Cancelled: return tr("cancelled");
    }
    return Core::callStatusName(status);
}

void installCliLanguage(QCoreApplication* app)
{
    const Core::QSettingsStore store;
    Ui::UiLanguage::install(app, Ui::UiLanguage::fromSettings(Core::Settings(store)));
}

} // namespace Cb::App
