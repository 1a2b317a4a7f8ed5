#include "core/prompt/remotepromptcounter.h"

#include "core/providers/anthropicprovider.h"
#include "core/providers/geminiprovider.h"

#include <QCoreApplication>
#include <QTimer>

namespace Cb::Core {

RemotePromptCounter::RemotePromptCounter(QNetworkAccessManager* network, ProviderOptions options,
                                         QObject* parent)
    : QObject(parent), m_network(network), m_options(options)
{
}

RemotePromptCounter::~RemotePromptCounter() = default;

bool RemotePromptCounter::supports(const ModelInfo& model)
{
    return model.provider == ModelProvider::Anthropic || model.provider == ModelProvider::Gemini;
}

int RemotePromptCounter::pendingCount() const
{
    return int(findChildren<ApiCall*>().size());
}

void RemotePromptCounter::count(const ModelInfo& model, const AssembledPrompt& prompt,
                                const QByteArray& promptSha256, const QString& apiKey,
                                const QString& baseUrl)
{
    const QString key = model.key();
    auto failLater = [this, key, promptSha256](Error error) {
        // Never from inside count(): callers connect after calling, and must not be re-entered.
        QTimer::singleShot(
            0, this, [this, key, promptSha256, error] { Q_EMIT failed(key, promptSha256, error); });
    };
    if (!supports(model))
        return failLater(
            {ErrorCode::Unsupported, QCoreApplication::translate("Cb::Core::RemotePromptCounter",
                                                                 "%1 has no count-tokens endpoint")
                                         .arg(model.displayName)});
    if (!m_network)
        return failLater(
            {ErrorCode::Network,
             QCoreApplication::translate("Cb::Core::RemotePromptCounter", "no network access")});

    ProviderRequest request;
    request.kind =
        model.provider == ModelProvider::Anthropic ? ProviderKind::Anthropic : ProviderKind::Gemini;
    request.baseUrl = baseUrl;
    request.apiKey = apiKey;
    request.model = model.id;
    request.instructions = prompt.instructions;
    request.input = prompt.input;

    ApiCall* call = nullptr;
    if (request.kind == ProviderKind::Anthropic)
        call = AnthropicProvider(m_network, m_options).countTokens(request, this);
    else
        call = GeminiProvider(m_network, m_options).countTokens(request, this);
    connect(call, &ApiCall::finished, this, [this, call, key, promptSha256](const QVariant& value) {
        call->deleteLater();
        Q_EMIT counted(key, promptSha256, value.toLongLong());
    });
    connect(call, &ApiCall::failed, this, [this, call, key, promptSha256](const Error& error) {
        call->deleteLater();
        Q_EMIT failed(key, promptSha256, error);
    });
}

} // namespace Cb::Core
