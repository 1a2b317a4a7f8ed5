#pragma once

#include "core/providers/provider.h"

namespace Cb::Core {

// OpenAI Responses API. Streaming calls map events as they come; background calls either poll
// (stream=false, e.g. o3-pro) or stream with automatic resume after a drop
// (GET …?stream=true&starting_after=N) and server-side cancel. resumeBackground() picks up a
// stored background response by id alone, e.g. after the app restarted.
class OpenAiResponsesProvider final : public Provider
{
public:
    using Provider::Provider;

    ProviderKind kind() const override { return ProviderKind::OpenAiResponses; }
    ProviderReply* send(const ProviderRequest& request, QObject* parent = nullptr) override;
    // `connection` supplies base URL, key and model; its prompt fields are ignored.
    ProviderReply* resumeBackground(const ProviderRequest& connection, const QString& responseId,
                                    QObject* parent = nullptr);
    // Fire-and-forget POST /responses/{id}/cancel, for responses no reply object tracks.
    void cancelBackground(const ProviderRequest& connection, const QString& responseId);
};

} // namespace Cb::Core
