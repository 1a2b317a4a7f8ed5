#include "core/providers/chatcompletionsprotocol.h"

#include <QCoreApplication>

#include "core/providers/structuredoutput.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Cb::Core {

namespace {

void addAuth(HttpCall& c, const ProviderRequest& r)
{
    // Local servers usually need no key; sending an empty bearer would confuse some of them.
    if (!r.apiKey.isEmpty())
        c.addHeader("Authorization", "Bearer " + r.apiKey.toUtf8());
}

QJsonObject functionCall(const ToolCall& call)
{
    return QJsonObject{{QStringLiteral("id"), call.callId},
                       {QStringLiteral("type"), QStringLiteral("function")},
                       {QStringLiteral("function"),
                        QJsonObject{{QStringLiteral("name"), call.name},
                                    {QStringLiteral("arguments"), call.arguments}}}};
}

// The turns as messages; a tool loop's assistant turn is echoed as received, its results
// follow as one role:"tool" message per call.
void appendTurn(QJsonArray& messages, const ConversationTurn& turn)
{
    const bool user = turn.role == ConversationTurn::Role::User;
    if (!user && turn.isToolTurn()) {
        if (turn.native.isObject()) {
            messages.append(turn.native);
            return;
        }
        QJsonArray calls;
        for (const ToolCall& call : turn.toolCalls)
            calls.append(functionCall(call));
        messages.append(QJsonObject{
            {QStringLiteral("role"), QStringLiteral("assistant")},
            {QStringLiteral("content"), turn.text.isEmpty() ? QJsonValue() : QJsonValue(turn.text)},
            {QStringLiteral("tool_calls"), calls}});
        return;
    }
    for (const ToolResult& result : turn.toolResults)
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                                    {QStringLiteral("tool_call_id"), result.callId},
                                    {QStringLiteral("content"), result.output}});
    if (turn.toolResults.isEmpty() || !turn.text.isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), conversationRoleName(turn.role)},
                                    {QStringLiteral("content"), turn.text}});
}

QJsonArray toolDeclarations(const QList<ToolDefinition>& tools)
{
    QJsonArray out;
    for (const ToolDefinition& t : tools) {
        QJsonObject function{{QStringLiteral("name"), t.name},
                             {QStringLiteral("strict"), true},
                             {QStringLiteral("parameters"), t.schema()}};
        if (!t.description.isEmpty())
            function.insert(QStringLiteral("description"), t.description);
        out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                               {QStringLiteral("function"), function}});
    }
    return out;
}

} // namespace

ChatCompletionsProtocol::ChatCompletionsProtocol(QString apiKey) : m_apiKey(std::move(apiKey)) {}

HttpCall ChatCompletionsProtocol::createCall(const ProviderRequest& r)
{
    HttpCall c;
    c.url = QUrl(r.effectiveBaseUrl() + QStringLiteral("/chat/completions"));
    addAuth(c, r);
    c.addHeader("Content-Type", "application/json");
    c.addHeader("Accept", "text/event-stream");
    const bool reasoningModel = isOpenAiReasoningModel(r.model);
    QJsonArray messages;
    if (!r.instructions.isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), r.instructions}});
    for (const ConversationTurn& turn : r.turns())
        appendTurn(messages, turn);
    QJsonObject body{
        {QStringLiteral("model"), r.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
        {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}},
    };
    if (r.maxOutputTokens) {
        body.insert(reasoningModel ? QStringLiteral("max_completion_tokens")
                                   : QStringLiteral("max_tokens"),
                    *r.maxOutputTokens);
    }
    if (!r.reasoningEffort.isEmpty())
        body.insert(QStringLiteral("reasoning_effort"), r.reasoningEffort);
    if (r.temperature && !reasoningModel)
        body.insert(QStringLiteral("temperature"), *r.temperature);
    if (!r.tools.isEmpty()) {
        body.insert(QStringLiteral("tools"), toolDeclarations(r.tools));
        body.insert(QStringLiteral("tool_choice"), QStringLiteral("auto"));
        // llama.cpp keeps parallel calls off unless asked.
        body.insert(QStringLiteral("parallel_tool_calls"), true);
    }
    if (!r.responseSchema.isEmpty())
        body.insert(QStringLiteral("response_format"), StructuredOutput::chatResponseFormat(r));
    c.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return c;
}

HttpCall ChatCompletionsProtocol::listModelsCall(const ProviderRequest& r)
{
    HttpCall c;
    c.method = "GET";
    c.url = QUrl(r.effectiveBaseUrl() + QStringLiteral("/models"));
    addAuth(c, r);
    return c;
}

Result<QStringList> ChatCompletionsProtocol::parseModels(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    // OpenAI shape {"data":[{"id":…}]}; Ollama's native /api/tags uses {"models":[{"name":…}]}.
    const QJsonArray data = doc.object().contains(QStringLiteral("data"))
                                ? doc.object().value(QStringLiteral("data")).toArray()
                                : doc.object().value(QStringLiteral("models")).toArray();
    if (!doc.isObject() || (data.isEmpty() && !doc.object().contains(QStringLiteral("data"))))
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Core::ChatCompletionsProtocol", "The server's model list is not in the OpenAI format."));
    QStringList ids;
    for (const QJsonValue& m : data) {
        const QJsonObject o = m.toObject();
        const QString id =
            o.value(QStringLiteral("id")).toString(o.value(QStringLiteral("name")).toString());
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

Usage ChatCompletionsProtocol::parseUsage(const QJsonObject& u)
{
    Usage out;
    out.inputTokens = u.value(QStringLiteral("prompt_tokens")).toInteger(-1);
    out.outputTokens = u.value(QStringLiteral("completion_tokens")).toInteger(-1);
    const QJsonObject pd = u.value(QStringLiteral("prompt_tokens_details")).toObject();
    out.cachedInputTokens =
        pd.value(QStringLiteral("cached_tokens"))
            .toInteger(u.value(QStringLiteral("prompt_cache_hit_tokens")).toInteger(-1));
    out.reasoningTokens = u.value(QStringLiteral("completion_tokens_details"))
                              .toObject()
                              .value(QStringLiteral("reasoning_tokens"))
                              .toInteger(-1);
    out.reported = u;
    return out;
}

void ChatCompletionsProtocol::appendContent(QList<StreamEvent>& out, const QString& content)
{
    for (const auto& piece : m_think.feed(content))
        out << (piece.reasoning ? StreamEvent::reasoningDelta(piece.text)
                                : StreamEvent::textDelta(piece.text));
}

void ChatCompletionsProtocol::readToolCalls(QList<StreamEvent>& out, const QJsonArray& calls)
{
    for (const QJsonValue& v : calls) {
        const QJsonObject call = v.toObject();
        const QJsonObject function = call.value(QStringLiteral("function")).toObject();
        const QString id = call.value(QStringLiteral("id")).toString();
        // A whole call without an index (xAI) takes the next slot.
        int slot = call.value(QStringLiteral("index")).toInt(-1);
        if (slot < 0)
            slot = m_calls.isEmpty() ? 0 : m_calls.lastSlot() + (id.isEmpty() ? 0 : 1);
        // The name comes once, in the call's first chunk; later chunks carry arguments.
        const QString name = function.value(QStringLiteral("name")).toString();
        m_calls.open(slot, id, name);
        m_calls.appendArguments(slot, function.value(QStringLiteral("arguments")).toString());
        if (!name.isEmpty())
            out << StreamEvent::toolCall(name);
    }
}

QJsonObject ChatCompletionsProtocol::assistantMessage(const QList<ToolCall>& calls) const
{
    QJsonObject message{
        {QStringLiteral("role"), QStringLiteral("assistant")},
        {QStringLiteral("content"), m_content.isEmpty() ? QJsonValue() : QJsonValue(m_content)}};
    if (!calls.isEmpty()) {
        QJsonArray toolCalls;
        for (const ToolCall& call : calls)
            toolCalls.append(functionCall(call));
        message.insert(QStringLiteral("tool_calls"), toolCalls);
    }
    // DeepSeek's thinking mode wants its reasoning back with the calls (§12.2).
    if (m_reasoningContentSeen)
        message.insert(QStringLiteral("reasoning_content"), m_reasoningContent);
    return message;
}

QList<StreamEvent> ChatCompletionsProtocol::completion()
{
    QList<StreamEvent> out;
    for (const auto& piece : m_think.flush())
        out << (piece.reasoning ? StreamEvent::reasoningDelta(piece.text)
                                : StreamEvent::textDelta(piece.text));
    m_terminated = true;
    const bool truncated = m_finishReason == QStringLiteral("length");
    // Calls complete with the finish_reason; without one (or cut by length) none is whole.
    const QList<ToolCall> calls =
        truncated || m_finishReason.isEmpty() ? QList<ToolCall>() : m_calls.calls();
    out << StreamEvent::modelTurn(assistantMessage(calls), calls);
    out << StreamEvent::completed(m_finishReason, truncated);
    return out;
}

QList<StreamEvent> ChatCompletionsProtocol::map(const SseEvent& event)
{
    if (m_terminated)
        return {};
    if (event.data.startsWith(QStringLiteral("[DONE]")))
        return completion();
    QList<StreamEvent> out;
    const auto doc = parseData(event, ProviderKind::ChatCompletions, m_apiKey, m_terminated, out);
    if (!doc)
        return out;
    const QJsonObject data = doc->object();
    const QJsonValue err = data.value(QStringLiteral("error"));
    if (!err.isUndefined() && !err.isNull()) {
        m_terminated = true;
        out << StreamEvent::failed(
            HttpErrorClassifier::fromStreamError(ProviderKind::ChatCompletions, data, m_apiKey));
        return out;
    }
    const QJsonArray choices = data.value(QStringLiteral("choices")).toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.first().toObject();
        const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
        for (const QString& key :
             {QStringLiteral("reasoning_content"), QStringLiteral("reasoning")}) {
            const QString r = delta.value(key).toString();
            if (!r.isEmpty())
                out << StreamEvent::reasoningDelta(r);
        }
        if (delta.value(QStringLiteral("reasoning_content")).isString()) {
            m_reasoningContentSeen = true;
            m_reasoningContent += delta.value(QStringLiteral("reasoning_content")).toString();
        }
        const QString content = delta.value(QStringLiteral("content")).toString();
        m_content += content;
        if (!content.isEmpty())
            appendContent(out, content);
        const QString refusal = delta.value(QStringLiteral("refusal")).toString();
        if (!refusal.isEmpty())
            out << StreamEvent::refusalDelta(refusal);
        readToolCalls(out, delta.value(QStringLiteral("tool_calls")).toArray());
        const QString reason = choice.value(QStringLiteral("finish_reason")).toString();
        if (!reason.isEmpty()) {
            m_finishReason = reason;
            m_calls.closeAll();
        }
    }
    const QJsonObject usage = data.value(QStringLiteral("usage")).toObject();
    if (!usage.isEmpty())
        out << StreamEvent::usageUpdated(parseUsage(usage));
    return out;
}

QList<StreamEvent> ChatCompletionsProtocol::finish()
{
    if (m_terminated)
        return {};
    // Some servers omit [DONE]; a finish_reason is proof enough the answer is whole.
    if (!m_finishReason.isEmpty())
        return completion();
    return streamCut(m_terminated, QCoreApplication::translate(
                                       "Cb::Core::ChatCompletionsProtocol",
                                       "%1 closed the stream before the answer completed.")
                                       .arg(providerDisplayName(ProviderKind::ChatCompletions)));
}

} // namespace Cb::Core
