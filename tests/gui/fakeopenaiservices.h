#pragma once

#include "core/secrets/secretstore.h"
#include "core/settings/memorysettingsstore.h"
#include "core/settings/settings.h"
#include "support/fakehttpserver.h"
#include "ui/services.h"

#include <QNetworkAccessManager>

#include <memory>

namespace Cb::Test {

// The window's services with OpenAI at a fake server: settings in memory with the server's
// base URL, the key "sk-gui" from a stand-in environment, a test network manager and the given
// history database (may be null).
struct FakeOpenAiServices
{
    FakeOpenAiServices(const FakeHttpServer& server, Core::Database* history);

    Core::MemorySettingsStore settingsStore;
    Core::Settings settings{settingsStore};
    Core::SecretStore secrets;
    std::unique_ptr<QNetworkAccessManager> network;
    Ui::Services services;
};

} // namespace Cb::Test
