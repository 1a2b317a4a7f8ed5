#include "core/providers/provider.h"

#include "core/providers/anthropicprovider.h"
#include "core/providers/chatcompletionsprovider.h"
#include "core/providers/geminiprovider.h"
#include "core/providers/openairesponsesprovider.h"

namespace Cb::Core {

Provider::Provider(QNetworkAccessManager* nam, const ProviderOptions& options)
    : m_nam(nam), m_options(options)
{
}

Provider::~Provider() = default;

ProviderRequest Provider::normalised(const ProviderRequest& request) const
{
    ProviderRequest r = request;
    r.kind = kind();
    return r;
}

std::unique_ptr<Provider> Provider::create(ProviderKind kind, QNetworkAccessManager* nam,
                                           const ProviderOptions& options)
{
    switch (kind) {
    case ProviderKind::OpenAiResponses:
        return std::make_unique<OpenAiResponsesProvider>(nam, options);
    case ProviderKind::ChatCompletions:
        return std::make_unique<ChatCompletionsProvider>(nam, options);
    case ProviderKind::Anthropic:
        return std::make_unique<AnthropicProvider>(nam, options);
    case ProviderKind::Gemini:
        return std::make_unique<GeminiProvider>(nam, options);
    }
    return nullptr;
}

} // namespace Cb::Core
