#include "core/providers/anthropicprovider.h"

#include "core/providers/anthropicprotocol.h"
#include "core/providers/streamingreply.h"

namespace Cb::Core {

ProviderReply* AnthropicProvider::send(const ProviderRequest& request, QObject* parent)
{
    const ProviderRequest r = normalised(request);
    return new StreamingReply(network(), r, AnthropicProtocol::createCall(r),
                              std::make_unique<AnthropicProtocol>(r.apiKey), options(), parent);
}

ApiCall* AnthropicProvider::countTokens(const ProviderRequest& request, QObject* parent)
{
    const ProviderRequest r = normalised(request);
    return new ApiCall(network(), kind(), r.model, r.apiKey, AnthropicProtocol::countTokensCall(r),
                       ApiCall::typedParser(&AnthropicProtocol::parseTokenCount), options(),
                       parent);
}

} // namespace Cb::Core
