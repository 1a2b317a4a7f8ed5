#include "core/run/calllauncher.h"

#include "core/providers/openairesponsesprovider.h"
#include "core/run/runplan.h"
#include "core/secrets/secretstore.h"

#include <QPointer>

namespace Cb::Core {

CallLauncher::CallLauncher(QNetworkAccessManager* network, SecretStore* secrets, ProviderOptions options)
    : m_network(network), m_secrets(secrets), m_options(std::move(options))
{
}

CallLauncher::~CallLauncher() = default;

void CallLauncher::lookupKey(const QString& provider, QObject* context,
                             std::function<void(const QString&)> ready) const
{
    if (!m_secrets) {
        ready({});
        return;
    }
    QPointer<QObject> guard(context);
    m_secrets->lookup(PlannedModel::secretId(provider), [guard, ready = std::move(ready)](SecretLookup key) {
        if (guard)
            ready(key.value);
    });
}

std::optional<Error> CallLauncher::missingKey(const QString& provider, ProviderKind kind, const QString& key)
{
    if (!key.isEmpty() || provider == QLatin1String("openai-compatible"))
        return std::nullopt;
    return Error(ErrorCode::Auth, tr("No API key for %1: set %2 or save a key in Settings.")
                                      .arg(providerDisplayName(kind),
                                           SecretStore::environmentVariable(PlannedModel::secretId(provider))));
}

Provider* CallLauncher::provider(ProviderKind kind)
{
    std::unique_ptr<Provider>& p = m_providers[kind];
    if (!p)
        p = Provider::create(kind, m_network, m_options);
    return p.get();
}

ProviderReply* CallLauncher::send(const ProviderRequest& request, const QString& resumeId, QObject* parent)
{
    if (resumeId.isEmpty())
        return provider(request.kind)->send(request, parent);
    auto* openAi = static_cast<OpenAiResponsesProvider*>(provider(ProviderKind::OpenAiResponses));
    return openAi->resumeBackground(request, resumeId, parent);
}

} // namespace Cb::Core
