#include "core/providers/geminiprovider.h"

#include "core/providers/geminiprotocol.h"
#include "core/providers/streamingreply.h"

namespace Cb::Core {

ProviderReply* GeminiProvider::send(const ProviderRequest& request, QObject* parent)
{
    const ProviderRequest r = normalised(request);
    return new StreamingReply(network(), r, GeminiProtocol::createCall(r),
                              std::make_unique<GeminiProtocol>(r.apiKey), options(), parent);
}

ApiCall* GeminiProvider::countTokens(const ProviderRequest& request, QObject* parent)
{
    const ProviderRequest r = normalised(request);
    return new ApiCall(network(), kind(), r.model, r.apiKey, GeminiProtocol::countTokensCall(r),
                       ApiCall::typedParser(&GeminiProtocol::parseTokenCount), options(), parent);
}

} // namespace Cb::Core
