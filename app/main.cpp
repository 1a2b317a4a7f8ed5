// ContextBench entry point: the command line (no display needed) or the window.
#include "cli/clicommand.h"

#include "core/history/database.h"
#include "core/secrets/keychainbackend.h"
#include "core/secrets/secretstore.h"
#include "core/settings/qsettingsstore.h"
#include "core/settings/settings.h"
#include "ui/mainwindow.h"
#include "ui/common/serialrasterfills.h"
#include "ui/common/restartsession.h"
#include "ui/common/startupprobe.h"
#include "ui/common/uilanguage.h"
#include "ui/resources.h"
#include "ui/services.h"

#include <cb_version.h>

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace {

int runWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    Cb::Ui::initResources();
    QApplication::setOrganizationName(QString::fromLatin1(Cb::kOrgName));
    QApplication::setApplicationName(QStringLiteral("contextbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("ContextBench"));
    QApplication::setApplicationVersion(QString::fromLatin1(Cb::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("io.github.contextbench.ContextBench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/contextbench.svg")));

    Cb::Core::QSettingsStore settingsStore;
    Cb::Core::Settings settings(settingsStore);
    Cb::Ui::UiLanguage::install(
        &app, Cb::Ui::UiLanguage::resolve(settings.get(Cb::Core::Keys::UiLanguage), QLocale::system()));
    Cb::Core::KeychainBackend keychain(QStringLiteral("ContextBench"));
    Cb::Core::SecretStore secrets(&keychain);
    QNetworkAccessManager network;
    std::unique_ptr<Cb::Core::Database> database;

    Cb::Ui::Services services{&settings, &secrets, &network, nullptr};
    Cb::Ui::MainWindow window(services);
    const QStringList args = app.arguments().mid(1);
    // Restarted for a new interface language: the pack, edits and run as they were.
    const bool restored = args.contains(Cb::Ui::RestartSession::kArgument) && window.restoreSession();
    if (!restored && !args.isEmpty() && !args.first().startsWith(QLatin1Char('-')))
        window.openPack(args.first());
    else if (!restored)
        window.openStartupPack();
    Cb::Ui::StartupProbe::installIfRequested(&window);
    window.show();

    // Work the first frame does not need waits until after it is shown.
    QTimer::singleShot(0, &window, [&] {
        // Ask the keychain once so the status bar says where keys come from.
        secrets.lookup(QStringLiteral("openai"), [](Cb::Core::SecretLookup) {});
        auto opened = Cb::Core::Database::open(Cb::Core::Database::defaultPath());
        if (opened) {
            database = std::move(*opened);
            services.database = database.get();
            window.setDatabaseStatus(QObject::tr("History: ready"), true);
            window.resumeUnfinishedRuns();
        } else {
            window.setDatabaseStatus(QObject::tr("History unavailable: %1").arg(opened.error().message), false);
        }
    });
    const int code = app.exec();
    // Let background work (exports, previews, counts) finish before Qt tears the app down.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    Cb::Ui::keepRasterFillsOnTheGuiThread();
    if (Cb::App::wantsCommandLine(argc, argv))
        return Cb::App::runCommandLine(argc, argv);
    return runWindow(argc, argv);
}
