#pragma once

class QNetworkAccessManager;

namespace Cb::Core {
class Settings;
class SecretStore;
class Database;
} // namespace Cb::Core

namespace Cb::Ui {

// The services app/main.cpp builds and injects into the window. Not owned here; all live on the
// GUI thread for the lifetime of the window. `database` may be null while it opens (or if it
// could not be opened: the window says why and keeps working without history).
struct Services
{
    Core::Settings* settings = nullptr;
    Core::SecretStore* secrets = nullptr;
    QNetworkAccessManager* network = nullptr;
    Core::Database* database = nullptr;
};

} // namespace Cb::Ui
