#include "core/providers/chatcompletionsprovider.h"

#include "core/providers/chatcompletionsprotocol.h"
#include "core/providers/streamingreply.h"

namespace Cb::Core {

ProviderReply* ChatCompletionsProvider::send(const ProviderRequest& request, QObject* parent)
{
    const ProviderRequest r = normalised(request);
    return new StreamingReply(network(), r, ChatCompletionsProtocol::createCall(r),
                              std::make_unique<ChatCompletionsProtocol>(r.apiKey), options(),
                              parent);
}

ApiCall* ChatCompletionsProvider::listModels(const ProviderRequest& connection, QObject* parent)
{
    const ProviderRequest r = normalised(connection);
    return new ApiCall(
        network(), kind(), r.model, r.apiKey, ChatCompletionsProtocol::listModelsCall(r),
        ApiCall::typedParser(&ChatCompletionsProtocol::parseModels), options(), parent);
}

} // namespace Cb::Core
