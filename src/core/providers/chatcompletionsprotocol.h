#pragma once

#include "core/common/result.h"
#include "core/providers/httpcall.h"
#include "core/providers/providerrequest.h"
#include "core/providers/streammapper.h"
#include "core/providers/thinktagsplitter.h"

namespace Cb::Core {

// OpenAI-compatible Chat Completions (PROTOCOLS.md §2): OpenAI, Ollama, llama.cpp, vLLM,
// LM Studio, OpenRouter, DeepSeek, Groq. Pure. Reasoning arrives as `reasoning_content`,
// `reasoning` or inline <think> tags; usage from whichever chunk carries it; a data object with
// an `error` key fails the stream; `[DONE]` ends it (EOF after a finish_reason is accepted too).
class ChatCompletionsProtocol final : public StreamMapper
{
public:
    explicit ChatCompletionsProtocol(QString apiKey = {});

    static HttpCall createCall(const ProviderRequest& request);
    static HttpCall listModelsCall(const ProviderRequest& request);
    static Result<QStringList> parseModels(const QByteArray& body);
    static Usage parseUsage(const QJsonObject& usage);

    QList<StreamEvent> map(const SseEvent& event) override;
    QList<StreamEvent> finish() override;
    bool terminated() const override { return m_terminated; }

private:
    QList<StreamEvent> completion();
    void appendContent(QList<StreamEvent>& out, const QString& content);

    QString m_apiKey;
    ThinkTagSplitter m_think;
    QString m_finishReason;
    bool m_terminated = false;
};

} // namespace Cb::Core
