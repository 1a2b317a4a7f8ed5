#include "core/providers/anthropicprotocol.h"

#include <QCoreApplication>

#include "core/providers/structuredoutput.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Cb::Core {

namespace {

HttpCall anthropicCall(const ProviderRequest& r, const QString& path)
{
    HttpCall c;
    c.url = QUrl(r.effectiveBaseUrl() + path);
    c.headers = {{"x-api-key", r.apiKey.toUtf8()},
                 {"anthropic-version", "2023-06-01"},
                 {"Content-Type", "application/json"}};
    return c;
}

QJsonObject parsedInput(const QString& arguments)
{
    return QJsonDocument::fromJson(arguments.toUtf8()).object();
}

// A tool loop's turns as content blocks: the assistant's blocks exactly as received (thinking
// and its signature first, as Anthropic requires), then ONE user message whose tool_result
// blocks come first, any text after.
QJsonValue turnContent(const ConversationTurn& turn)
{
    if (!turn.isToolTurn())
        return turn.text;
    if (turn.role == ConversationTurn::Role::Assistant && turn.native.isArray())
        return turn.native;
    QJsonArray blocks;
    for (const ToolResult& result : turn.toolResults) {
        QJsonObject block{{QStringLiteral("type"), QStringLiteral("tool_result")},
                          {QStringLiteral("tool_use_id"), result.callId},
                          {QStringLiteral("content"), result.output}};
        if (result.isError)
            block.insert(QStringLiteral("is_error"), true);
        blocks.append(block);
    }
    if (!turn.text.isEmpty())
        blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                  {QStringLiteral("text"), turn.text}});
    for (const ToolCall& call : turn.toolCalls)
        blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                                  {QStringLiteral("id"), call.callId},
                                  {QStringLiteral("name"), call.name},
                                  {QStringLiteral("input"), parsedInput(call.arguments)}});
    return blocks;
}

QJsonArray toolDeclarations(const QList<ToolDefinition>& tools)
{
    QJsonArray out;
    for (const ToolDefinition& t : tools) {
        QJsonObject o{{QStringLiteral("name"), t.name},
                      {QStringLiteral("input_schema"), t.schema()}};
        if (!t.description.isEmpty())
            o.insert(QStringLiteral("description"), t.description);
        out.append(o);
    }
    return out;
}

QJsonObject commonBody(const ProviderRequest& r)
{
    QJsonObject body{{QStringLiteral("model"), r.model}};
    if (!r.responseSchema.isEmpty())
        body.insert(QStringLiteral("system"), StructuredOutput::anthropicInstructions(r));
    else if (!r.instructions.isEmpty())
        body.insert(QStringLiteral("system"), r.instructions);
    QJsonArray messages; // alternating, starting with the user: turns() guarantees it
    for (const ConversationTurn& turn : r.turns())
        messages.append(QJsonObject{{QStringLiteral("role"), conversationRoleName(turn.role)},
                                    {QStringLiteral("content"), turnContent(turn)}});
    body.insert(QStringLiteral("messages"), messages);
    if (!r.tools.isEmpty()) {
        body.insert(QStringLiteral("tools"), toolDeclarations(r.tools));
        // auto is the only forcing-free choice that thinking allows; parallel use stays on.
        body.insert(QStringLiteral("tool_choice"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("auto")}});
    }
    if (r.thinkingBudget && *r.thinkingBudget > 0)
        body.insert(QStringLiteral("thinking"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("enabled")},
                                {QStringLiteral("budget_tokens"), *r.thinkingBudget}});
    return body;
}

// stop_details of a refusal: "(category) explanation", either part may be missing.
QString refusalExplanation(const QJsonObject& delta)
{
    const QJsonObject details = delta.value(QStringLiteral("stop_details")).toObject();
    const QString category = details.value(QStringLiteral("category")).toString();
    const QString explanation = details.value(QStringLiteral("explanation")).toString();
    if (category.isEmpty())
        return explanation;
    return QStringLiteral("(") + category + QStringLiteral(") ") + explanation;
}

} // namespace

AnthropicProtocol::AnthropicProtocol(QString apiKey) : m_apiKey(std::move(apiKey)) {}

Result<HttpCall> AnthropicProtocol::createCall(const ProviderRequest& r)
{
    const bool thinking = r.thinkingBudget && *r.thinkingBudget > 0;
    int maxTokens = r.maxOutputTokens.value_or(defaultMaxTokens);
    if (thinking && !r.maxOutputTokens)
        maxTokens = *r.thinkingBudget + defaultMaxTokens;
    if (thinking && (*r.thinkingBudget < 1024 || *r.thinkingBudget >= maxTokens)) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Cb::Core::AnthropicProtocol", "Anthropic: the thinking budget (%1) must be at least 1024 and "
                                   "below max output tokens (%2).")
                        .arg(*r.thinkingBudget)
                        .arg(maxTokens));
    }
    HttpCall c = anthropicCall(r, QStringLiteral("/v1/messages"));
    c.addHeader("Accept", "text/event-stream");
    QJsonObject body = commonBody(r);
    body.insert(QStringLiteral("max_tokens"), maxTokens);
    // Sampling changes are not allowed together with extended thinking.
    if (r.temperature && !thinking)
        body.insert(QStringLiteral("temperature"), *r.temperature);
    body.insert(QStringLiteral("stream"), true);
    c.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return c;
}

HttpCall AnthropicProtocol::countTokensCall(const ProviderRequest& r)
{
    HttpCall c = anthropicCall(r, QStringLiteral("/v1/messages/count_tokens"));
    c.body = QJsonDocument(commonBody(r)).toJson(QJsonDocument::Compact);
    return c;
}

Result<qint64> AnthropicProtocol::parseTokenCount(const QByteArray& body)
{
    const QJsonValue v =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("input_tokens"));
    if (!v.isDouble())
        return fail(ErrorCode::Parse, QCoreApplication::translate(
                                          "Cb::Core::AnthropicProtocol",
                                          "Anthropic count_tokens: no input_tokens in the reply."));
    return v.toInteger();
}

ProviderResult AnthropicProtocol::parseMessage(const QJsonObject& message)
{
    ProviderResult r;
    r.responseId = message.value(QStringLiteral("id")).toString();
    r.model = message.value(QStringLiteral("model")).toString();
    QStringList thinking;
    const QJsonArray content = message.value(QStringLiteral("content")).toArray();
    for (const QJsonValue& v : content) {
        const QJsonObject block = v.toObject();
        const QString type = block.value(QStringLiteral("type")).toString();
        if (type == QStringLiteral("text"))
            r.text += block.value(QStringLiteral("text")).toString();
        else if (type == QStringLiteral("thinking"))
            thinking << block.value(QStringLiteral("thinking")).toString();
        else if (type == QStringLiteral("tool_use")) {
            r.toolCalls << block.value(QStringLiteral("name")).toString();
            r.calls << ToolCall{block.value(QStringLiteral("id")).toString(),
                                block.value(QStringLiteral("name")).toString(),
                                QString::fromUtf8(QJsonDocument(block.value(QStringLiteral("input")).toObject())
                                                      .toJson(QJsonDocument::Compact))};
        }
    }
    r.modelTurn = content;
    r.reasoning = thinking.join(QStringLiteral("\n\n"));
    AnthropicProtocol usage;
    usage.mergeUsage(message.value(QStringLiteral("usage")).toObject());
    r.usage = usage.m_usage;
    r.finishReason = message.value(QStringLiteral("stop_reason")).toString();
    r.truncated = r.finishReason == QStringLiteral("max_tokens");
    if (r.truncated)
        r.calls.clear();
    r.refused = r.finishReason == QStringLiteral("refusal");
    if (r.refused)
        r.refusal = refusalExplanation(message);
    return r;
}

void AnthropicProtocol::mergeUsage(const QJsonObject& u)
{
    // message_delta usage is cumulative and may omit the input fields; keep what we had.
    for (auto it = u.begin(); it != u.end(); ++it)
        m_usage.reported.insert(it.key(), it.value());
    if (u.contains(QStringLiteral("input_tokens")))
        m_plainInput = u.value(QStringLiteral("input_tokens")).toInteger();
    if (u.contains(QStringLiteral("cache_creation_input_tokens")))
        m_cacheWrite = u.value(QStringLiteral("cache_creation_input_tokens")).toInteger();
    if (u.contains(QStringLiteral("cache_read_input_tokens")))
        m_cacheRead = u.value(QStringLiteral("cache_read_input_tokens")).toInteger();
    if (u.contains(QStringLiteral("output_tokens")))
        m_usage.outputTokens = u.value(QStringLiteral("output_tokens")).toInteger();
    if (m_plainInput >= 0) {
        m_usage.inputTokens = m_plainInput + m_cacheWrite + m_cacheRead;
        m_usage.cachedInputTokens = m_cacheRead;
        m_usage.cacheWriteTokens = m_cacheWrite;
    }
}

QList<StreamEvent> AnthropicProtocol::map(const SseEvent& event)
{
    if (m_terminated)
        return {};
    QList<StreamEvent> out;
    const auto doc = parseData(event, ProviderKind::Anthropic, m_apiKey, m_terminated, out);
    if (!doc)
        return out;
    const QJsonObject data = doc->object();
    QString type = data.value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        type = event.event;
    trackBlock(type, data);
    if (type == QStringLiteral("message_start")) {
        const QJsonObject msg = data.value(QStringLiteral("message")).toObject();
        out << StreamEvent::responseId(msg.value(QStringLiteral("id")).toString());
        mergeUsage(msg.value(QStringLiteral("usage")).toObject());
        out << StreamEvent::usageUpdated(m_usage);
    } else if (type == QStringLiteral("content_block_start")) {
        const QJsonObject block = data.value(QStringLiteral("content_block")).toObject();
        const QString blockType = block.value(QStringLiteral("type")).toString();
        if (blockType == QStringLiteral("tool_use"))
            out << StreamEvent::toolCall(block.value(QStringLiteral("name")).toString());
        else if (blockType == QStringLiteral("thinking") && m_reasoningSeen)
            out << StreamEvent::reasoningDelta(QStringLiteral("\n\n"));
        else if (blockType == QStringLiteral("text") &&
                 !block.value(QStringLiteral("text")).toString().isEmpty())
            out << StreamEvent::textDelta(block.value(QStringLiteral("text")).toString());
    } else if (type == QStringLiteral("content_block_delta")) {
        const QJsonObject delta = data.value(QStringLiteral("delta")).toObject();
        const QString deltaType = delta.value(QStringLiteral("type")).toString();
        if (deltaType == QStringLiteral("text_delta")) {
            out << StreamEvent::textDelta(delta.value(QStringLiteral("text")).toString());
        } else if (deltaType == QStringLiteral("thinking_delta")) {
            m_reasoningSeen = true;
            out << StreamEvent::reasoningDelta(delta.value(QStringLiteral("thinking")).toString());
        }
        // signature_delta, input_json_delta, citations_delta: not part of the visible text.
    } else if (type == QStringLiteral("message_delta")) {
        const QJsonObject delta = data.value(QStringLiteral("delta")).toObject();
        const QString stop = delta.value(QStringLiteral("stop_reason")).toString();
        if (!stop.isEmpty())
            m_stopReason = stop;
        if (stop == QStringLiteral("refusal"))
            out << StreamEvent::refusalDelta(refusalExplanation(delta));
        mergeUsage(data.value(QStringLiteral("usage")).toObject());
        out << StreamEvent::usageUpdated(m_usage);
    } else if (type == QStringLiteral("message_stop")) {
        m_terminated = true;
        out << modelTurn();
        out << StreamEvent::completed(m_stopReason, m_stopReason == QStringLiteral("max_tokens"));
    } else if (type == QStringLiteral("error")) {
        m_terminated = true;
        out << StreamEvent::failed(
            HttpErrorClassifier::fromStreamError(ProviderKind::Anthropic, data, m_apiKey));
    }
    return out;
}

void AnthropicProtocol::trackBlock(const QString& type, const QJsonObject& data)
{
    const int index = data.value(QStringLiteral("index")).toInt(-1);
    if (index < 0)
        return;
    if (type == QStringLiteral("content_block_start")) {
        QJsonObject block = data.value(QStringLiteral("content_block")).toObject();
        if (block.value(QStringLiteral("type")).toString() == QStringLiteral("tool_use")) {
            // The input:{} placeholder is replaced by the streamed JSON at the stop.
            m_calls.open(index, block.value(QStringLiteral("id")).toString(),
                         block.value(QStringLiteral("name")).toString());
        }
        m_blocks.insert(index, block);
    } else if (type == QStringLiteral("content_block_delta")) {
        const QJsonObject delta = data.value(QStringLiteral("delta")).toObject();
        const QString deltaType = delta.value(QStringLiteral("type")).toString();
        // Pieces gather in plain strings and join the block at its stop: rewriting a JSON
        // value per delta would be quadratic on a long answer.
        QHash<QString, QString>& pending = m_pendingText[index];
        const auto append = [&](const QString& field, const QString& piece) {
            pending[field] += piece;
        };
        if (deltaType == QStringLiteral("text_delta"))
            append(QStringLiteral("text"), delta.value(QStringLiteral("text")).toString());
        else if (deltaType == QStringLiteral("thinking_delta"))
            append(QStringLiteral("thinking"), delta.value(QStringLiteral("thinking")).toString());
        else if (deltaType == QStringLiteral("signature_delta"))
            append(QStringLiteral("signature"), delta.value(QStringLiteral("signature")).toString());
        else if (deltaType == QStringLiteral("input_json_delta"))
            m_calls.appendArguments(index, delta.value(QStringLiteral("partial_json")).toString());
        else if (deltaType == QStringLiteral("citations_delta")) {
            QJsonObject& block = m_blocks[index];
            QJsonArray citations = block.value(QStringLiteral("citations")).toArray();
            citations.append(delta.value(QStringLiteral("citation")));
            block.insert(QStringLiteral("citations"), citations);
        }
    } else if (type == QStringLiteral("content_block_stop")) {
        m_closedBlocks.insert(index);
        QJsonObject& block = m_blocks[index];
        const QHash<QString, QString> pending = m_pendingText.take(index);
        for (auto it = pending.begin(); it != pending.end(); ++it)
            block.insert(it.key(), QString(block.value(it.key()).toString() + it.value()));
        if (!m_calls.contains(index))
            return;
        // A tool without arguments streams only "" and means {}.
        m_calls.close(index, QStringLiteral("{}"));
        block.insert(QStringLiteral("input"), parsedInput(m_calls.call(index).arguments));
    }
}

QList<StreamEvent> AnthropicProtocol::modelTurn() const
{
    QJsonArray blocks;
    for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it)
        if (m_closedBlocks.contains(it.key()))
            blocks.append(it.value());
    const bool truncated = m_stopReason == QStringLiteral("max_tokens");
    return {StreamEvent::modelTurn(blocks, truncated ? QList<ToolCall>() : m_calls.calls())};
}

QList<StreamEvent> AnthropicProtocol::finish()
{
    return streamCut(m_terminated,
                     QCoreApplication::translate("Cb::Core::AnthropicProtocol", "Anthropic closed the stream before message_stop."));
}

} // namespace Cb::Core
