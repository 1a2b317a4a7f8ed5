#pragma once

class QNetworkAccessManager;

namespace Cb::Core {
class Settings;
class SecretStore;
class Database;
class ModelCatalog;
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
    // The models to offer, with prices and windows; null: the shipped catalog plus the user's
    // overrides (UserCatalog), loaded by the window.
    const Core::ModelCatalog* catalog = nullptr;
};

} // namespace Cb::Ui
