#pragma once

#include "core/common/error.h"
#include "core/providers/provider.h"
#include "core/providers/provideroptions.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Cb::Core {

class SecretStore;

// What a run's calls and their follow-ups share on the way out: the provider's key from the
// secrets store, the rule that a cloud provider without a key fails at once naming its
// environment variable, and one Provider per protocol. Not owning the network or the secrets;
// owns its providers. GUI thread.
class CallLauncher
{
    Q_DECLARE_TR_FUNCTIONS(Cb::Core::CallLauncher)
public:
    CallLauncher(QNetworkAccessManager* network, SecretStore* secrets, ProviderOptions options);
    ~CallLauncher();

    // Calls `ready` with the provider's key (empty when there is none or no secrets store),
    // unless `context` is gone by then.
    void lookupKey(const QString& provider, QObject* context, std::function<void(const QString&)> ready) const;
    // The error for a request about to go without a key, or nullopt when it may go (local
    // OpenAI-compatible servers usually need none).
    static std::optional<Error> missingKey(const QString& provider, ProviderKind kind, const QString& key);
    Provider* provider(ProviderKind kind);
    // Sends the request, or with a resumeId picks up that stored OpenAI background response
    // instead (polling or re-attaching to its stream) without sending anything new.
    ProviderReply* send(const ProviderRequest& request, const QString& resumeId, QObject* parent);

private:
    QNetworkAccessManager* m_network;
    SecretStore* m_secrets;
    ProviderOptions m_options;
    std::map<ProviderKind, std::unique_ptr<Provider>> m_providers;
};

} // namespace Cb::Core
