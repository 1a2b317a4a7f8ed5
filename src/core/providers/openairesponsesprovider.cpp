#include "core/providers/openairesponsesprovider.h"

#include "core/providers/backgroundpollreply.h"
#include "core/providers/httptransport.h"
#include "core/providers/responsesprotocol.h"
#include "core/providers/streamingreply.h"

namespace Cb::Core {

ProviderReply* OpenAiResponsesProvider::send(const ProviderRequest& request, QObject* parent)
{
    ProviderRequest r = normalised(request);
    // A synchronous, non-streamed call would sit silent for minutes and trip every timeout:
    // outside background mode we always stream.
    if (!r.background)
        r.stream = true;
    if (r.background && !r.stream)
        return new BackgroundPollReply(network(), r, QString(), options(), parent);
    auto* reply =
        new StreamingReply(network(), r, ResponsesProtocol::createCall(r),
                           std::make_unique<ResponsesProtocol>(r.apiKey), options(), parent);
    if (r.background) {
        reply->setBackgroundResume(
            [r](const QString& id, qint64 after) {
                return ResponsesProtocol::resumeStreamCall(r, id, after);
            },
            [r](const QString& id) { return ResponsesProtocol::cancelCall(r, id); });
    }
    return reply;
}

ProviderReply* OpenAiResponsesProvider::resumeBackground(const ProviderRequest& connection,
                                                         const QString& responseId, QObject* parent)
{
    return new BackgroundPollReply(network(), normalised(connection), responseId, options(),
                                   parent);
}

void OpenAiResponsesProvider::cancelBackground(const ProviderRequest& connection,
                                               const QString& responseId)
{
    if (network())
        HttpTransport::sendDetached(
            network(), ResponsesProtocol::cancelCall(normalised(connection), responseId));
}

} // namespace Cb::Core
