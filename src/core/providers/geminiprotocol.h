#pragma once

#include "core/common/result.h"
#include "core/providers/httpcall.h"
#include "core/providers/providerrequest.h"
#include "core/providers/streammapper.h"

#include <QJsonArray>

namespace Cb::Core {

// Google Gemini streamGenerateContent?alt=sse (PROTOCOLS.md §4). Pure. Parts marked
// `thought: true` are reasoning; usageMetadata is cumulative (the last one wins). There is no
// [DONE]: the body is read to its end, because some deployments put finishReason "STOP" on
// every chunk, so only the last finish reason counts. STOP and MAX_TOKENS complete the call,
// safety-type reasons (SAFETY, RECITATION, ...) fail it (partial text is kept by the reply), no
// finish reason at all means the stream was cut. functionCall parts (§12.4) arrive whole; every
// part is kept as received (thoughtSignature on the part it came on) as the model turn, and
// the calls count at the end of a STOP stream. MALFORMED_FUNCTION_CALL and the other
// tool-call reasons fail the call with an explanation.
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
    QString m_finishReason; // the last one seen
    QString m_finishMessage;
    bool m_terminated = false;
    QJsonArray m_parts;
    QList<ToolCall> m_calls;
};

} // namespace Cb::Core
