#pragma once

#include "core/providers/apicall.h"
#include "core/providers/provider.h"

namespace Cb::Core {

// Any OpenAI-compatible /chat/completions server (local or hosted). listModels() asks
// GET {base}/models; its ApiCall finishes with a QStringList of model ids.
class ChatCompletionsProvider final : public Provider
{
public:
    using Provider::Provider;

    ProviderKind kind() const override { return ProviderKind::ChatCompletions; }
    ProviderReply* send(const ProviderRequest& request, QObject* parent = nullptr) override;
    ApiCall* listModels(const ProviderRequest& connection, QObject* parent = nullptr);
};

} // namespace Cb::Core
