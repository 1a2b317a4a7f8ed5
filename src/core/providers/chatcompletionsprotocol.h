#pragma once

#include "core/common/result.h"
#include "core/providers/httpcall.h"
#include "core/providers/providerrequest.h"
#include "core/providers/streammapper.h"
#include "core/providers/thinktagsplitter.h"
#include "core/providers/toolcallassembler.h"

namespace Cb::Core {

// OpenAI-compatible Chat Completions (PROTOCOLS.md §2): OpenAI, Ollama, llama.cpp, vLLM,
// LM Studio, OpenRouter, DeepSeek, Groq. Pure. Reasoning arrives as `reasoning_content`,
// `reasoning` or inline <think> tags; usage from whichever chunk carries it; a data object with
// an `error` key fails the stream; `[DONE]` ends it (EOF after a finish_reason is accepted too).
// Function calls (§12.2) are assembled per tool_calls[].index (fragments or whole calls, as
// Ollama sends them) and complete with the finish_reason, whatever its word ("stop" for a
// named tool); "length" drops them.
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
    void readToolCalls(QList<StreamEvent>& out, const QJsonArray& calls);
    QJsonObject assistantMessage(const QList<ToolCall>& calls) const;

    QString m_apiKey;
    ThinkTagSplitter m_think;
    QString m_finishReason;
    bool m_terminated = false;
    ToolCallAssembler m_calls;
    QString m_content;          // raw, think tags included: the message as sent
    QString m_reasoningContent; // DeepSeek-style reasoning_content, echoed with tool calls
    bool m_reasoningContentSeen = false;
};

} // namespace Cb::Core
