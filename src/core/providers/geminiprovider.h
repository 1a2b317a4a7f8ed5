#pragma once

#include "core/providers/apicall.h"
#include "core/providers/provider.h"

namespace Cb::Core {

// Gemini streaming calls; countTokens() returns an ApiCall that finishes with the exact prompt
// token count as a qint64 (free endpoint, separately rate-limited).
class GeminiProvider final : public Provider
{
public:
    using Provider::Provider;

    ProviderKind kind() const override { return ProviderKind::Gemini; }
    ProviderReply* send(const ProviderRequest& request, QObject* parent = nullptr) override;
    ApiCall* countTokens(const ProviderRequest& request, QObject* parent = nullptr);
};

} // namespace Cb::Core
