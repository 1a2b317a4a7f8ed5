#pragma once

#include "core/common/result.h"
#include "core/providers/httpcall.h"
#include "core/providers/providerrequest.h"
#include "core/providers/streammapper.h"

namespace Cb::Core {

// Google Gemini streamGenerateContent?alt=sse (PROTOCOLS.md §4). Pure. Parts marked
// `thought: true` are reasoning; usageMetadata is cumulative (the last one wins); the chunk with
// a finishReason ends the answer (there is no [DONE]). STOP and MAX_TOKENS complete the call,
// safety-type reasons fail it (partial text is kept by the reply).
class GeminiProtocol final : public StreamMapper
{
public:
    explicit GeminiProtocol(QString apiKey = {});

    static HttpCall createCall(const ProviderRequest& request);
    static HttpCall countTokensCall(const ProviderRequest& request);
    static Result<qint64> parseTokenCount(const QByteArray& body);
    static Usage parseUsage(const QJsonObject& usageMetadata);

    QList<StreamEvent> map(const SseEvent& event) override;
    QList<StreamEvent> finish() override;
    bool terminated() const override { return m_terminated; }

private:
    QString m_apiKey;
    QString m_responseId;
    bool m_terminated = false;
};

} // namespace Cb::Core
