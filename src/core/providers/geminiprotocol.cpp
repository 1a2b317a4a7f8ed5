#include "core/providers/geminiprotocol.h"

#include <QCoreApplication>

#include "core/providers/geminischema.h"
#include "core/providers/structuredoutput.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Cb::Core {

namespace {

HttpCall geminiCall(const ProviderRequest& r, const QString& method)
{
    HttpCall c;
    c.url = QUrl(r.effectiveBaseUrl() + QStringLiteral("/v1beta/models/") + r.model + method);
    c.headers = {{"x-goog-api-key", r.apiKey.toUtf8()}, {"Content-Type", "application/json"}};
    return c;
}

// A function response must be an object: {"result":…} or {"error":…}, a result that is JSON
// object text embedded as that object, anything else as a string.
QJsonObject functionResponse(const ToolResult& result, const QString& name)
{
    const QJsonDocument doc = QJsonDocument::fromJson(result.output.toUtf8());
    const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(result.output);
    QJsonObject response{{QStringLiteral("name"), name},
                         {QStringLiteral("response"),
                          QJsonObject{{result.isError ? QStringLiteral("error")
                                                      : QStringLiteral("result"),
                                       value}}}};
    if (!result.callId.isEmpty())
        response.insert(QStringLiteral("id"), result.callId); // echoes functionCall.id
    return QJsonObject{{QStringLiteral("functionResponse"), response}};
}

// A tool loop's model turn goes back exactly as received; its results follow as one user turn
// of functionResponse parts in call order. `previous` is the turn before (names the calls when
// a result lacks one).
QJsonArray turnParts(const ConversationTurn& turn, const ConversationTurn* previous)
{
    if (turn.role == ConversationTurn::Role::Assistant && turn.isToolTurn() &&
        turn.native.isArray())
        return turn.native.toArray();
    QJsonArray parts;
    for (qsizetype i = 0; i < turn.toolResults.size(); ++i) {
        QString name = turn.toolResults[i].name;
        if (name.isEmpty() && previous && i < previous->toolCalls.size())
            name = previous->toolCalls[i].name;
        parts.append(functionResponse(turn.toolResults[i], name));
    }
    if (!turn.text.isEmpty() || !turn.isToolTurn())
        parts.append(QJsonObject{{QStringLiteral("text"), turn.text}});
    for (const ToolCall& call : turn.toolCalls) {
        QJsonObject fc{{QStringLiteral("name"), call.name},
                       {QStringLiteral("args"),
                        QJsonDocument::fromJson(call.arguments.toUtf8()).object()}};
        if (!call.callId.isEmpty())
            fc.insert(QStringLiteral("id"), call.callId);
        parts.append(QJsonObject{{QStringLiteral("functionCall"), fc}});
    }
    return parts;
}

// Gemini names the assistant "model".
QJsonArray conversationContents(const ProviderRequest& r)
{
    QJsonArray contents;
    const QList<ConversationTurn> turns = r.turns();
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const ConversationTurn& turn = turns[i];
        const bool user = turn.role == ConversationTurn::Role::User;
        contents.append(QJsonObject{{QStringLiteral("role"), user ? QStringLiteral("user") : QStringLiteral("model")},
                                    {QStringLiteral("parts"), turnParts(turn, i > 0 ? &turns[i - 1] : nullptr)}});
    }
    return contents;
}

QJsonArray toolDeclarations(const QList<ToolDefinition>& tools)
{
    QJsonArray declarations;
    for (const ToolDefinition& t : tools) {
        QJsonObject d{{QStringLiteral("name"), t.name}};
        if (!t.description.isEmpty())
            d.insert(QStringLiteral("description"), t.description);
        // An object without properties is rejected: a tool without arguments declares none.
        const QJsonObject parameters = toGeminiSchema(t.schema());
        if (!parameters.value(QStringLiteral("properties")).toObject().isEmpty())
            d.insert(QStringLiteral("parameters"), parameters);
        declarations.append(d);
    }
    return QJsonArray{QJsonObject{{QStringLiteral("functionDeclarations"), declarations}}};
}

// Why a tool-related finish reason stopped the answer, for people.
QString finishExplanation(const QString& reason)
{
    if (reason == QStringLiteral("MALFORMED_FUNCTION_CALL"))
        return QCoreApplication::translate("Cb::Core::GeminiProtocol", " (the model wrote a function call that could not be parsed)");
    if (reason == QStringLiteral("UNEXPECTED_TOOL_CALL"))
        return QCoreApplication::translate("Cb::Core::GeminiProtocol", " (the model called a tool that was not offered)");
    if (reason == QStringLiteral("TOO_MANY_TOOL_CALLS"))
        return QCoreApplication::translate("Cb::Core::GeminiProtocol", " (the model made more tool calls than Gemini allows in one turn)");
    if (reason == QStringLiteral("SAFETY") || reason == QStringLiteral("PROHIBITED_CONTENT") ||
        reason == QStringLiteral("BLOCKLIST") || reason == QStringLiteral("SPII"))
        return QCoreApplication::translate("Cb::Core::GeminiProtocol", " (Gemini's content filter)");
    if (reason == QStringLiteral("RECITATION"))
        return QCoreApplication::translate("Cb::Core::GeminiProtocol", " (the answer was repeating published text too closely)");
    return QString();
}

QJsonObject systemInstruction(const ProviderRequest& r)
{
    return QJsonObject{{QStringLiteral("parts"),
                        QJsonArray{QJsonObject{{QStringLiteral("text"), r.instructions}}}}};
}

bool isNormalFinish(const QString& reason)
{
    return reason == QStringLiteral("STOP") || reason == QStringLiteral("MAX_TOKENS");
}

} // namespace

GeminiProtocol::GeminiProtocol(QString apiKey) : m_apiKey(std::move(apiKey)) {}

HttpCall GeminiProtocol::createCall(const ProviderRequest& r)
{
    HttpCall c = geminiCall(r, QStringLiteral(":streamGenerateContent"));
    c.url.setQuery(QStringLiteral("alt=sse"));
    c.addHeader("Accept", "text/event-stream");
    QJsonObject body{{QStringLiteral("contents"), conversationContents(r)}};
    if (!r.instructions.isEmpty())
        body.insert(QStringLiteral("systemInstruction"), systemInstruction(r));
    QJsonObject gen;
    if (r.maxOutputTokens)
        gen.insert(QStringLiteral("maxOutputTokens"), *r.maxOutputTokens);
    if (r.temperature)
        gen.insert(QStringLiteral("temperature"), *r.temperature);
    QJsonObject thinking;
    if (r.thinkingBudget)
        thinking.insert(QStringLiteral("thinkingBudget"), *r.thinkingBudget);
    if (r.reasoningSummary)
        thinking.insert(QStringLiteral("includeThoughts"), true);
    if (!thinking.isEmpty())
        gen.insert(QStringLiteral("thinkingConfig"), thinking);
    if (!r.responseSchema.isEmpty())
        StructuredOutput::addGeminiFields(r, gen);
    if (!gen.isEmpty())
        body.insert(QStringLiteral("generationConfig"), gen);
    if (!r.tools.isEmpty()) {
        body.insert(QStringLiteral("tools"), toolDeclarations(r.tools));
        body.insert(QStringLiteral("toolConfig"),
                    QJsonObject{{QStringLiteral("functionCallingConfig"),
                                 QJsonObject{{QStringLiteral("mode"), QStringLiteral("AUTO")}}}});
    }
    c.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return c;
}

HttpCall GeminiProtocol::countTokensCall(const ProviderRequest& r)
{
    HttpCall c = geminiCall(r, QStringLiteral(":countTokens"));
    QJsonObject body;
    if (r.instructions.isEmpty()) {
        body.insert(QStringLiteral("contents"), conversationContents(r));
    } else {
        // Only the wrapped form counts the system instruction too.
        body.insert(
            QStringLiteral("generateContentRequest"),
            QJsonObject{{QStringLiteral("model"), QString(QStringLiteral("models/") + r.model)},
                        {QStringLiteral("contents"), conversationContents(r)},
                        {QStringLiteral("systemInstruction"), systemInstruction(r)}});
    }
    c.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return c;
}

Result<qint64> GeminiProtocol::parseTokenCount(const QByteArray& body)
{
    const QJsonValue v =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("totalTokens"));
    if (!v.isDouble())
        return fail(ErrorCode::Parse, QCoreApplication::translate(
                                          "Cb::Core::GeminiProtocol",
                                          "Gemini countTokens: no totalTokens in the reply."));
    return v.toInteger();
}

Usage GeminiProtocol::parseUsage(const QJsonObject& m)
{
    Usage u;
    u.inputTokens = m.value(QStringLiteral("promptTokenCount")).toInteger(-1);
    u.cachedInputTokens = m.value(QStringLiteral("cachedContentTokenCount")).toInteger(-1);
    const qint64 answer = m.value(QStringLiteral("candidatesTokenCount")).toInteger(0);
    const qint64 thoughts = m.value(QStringLiteral("thoughtsTokenCount")).toInteger(0);
    u.reasoningTokens = m.contains(QStringLiteral("thoughtsTokenCount")) ? thoughts : -1;
    // Gemini reports thoughts apart from the answer; we count output like OpenAI (both).
    u.outputTokens = answer + thoughts;
    u.reported = m;
    return u;
}

QList<StreamEvent> GeminiProtocol::map(const SseEvent& event)
{
    if (m_terminated)
        return {};
    QList<StreamEvent> out;
    const auto doc = parseData(event, ProviderKind::Gemini, m_apiKey, m_terminated, out);
    if (!doc)
        return out;
    // Without alt=sse Gemini streams one JSON array; an empty one carries nothing.
    const QJsonObject data = doc->isArray() ? doc->array().at(0).toObject() : doc->object();
    if (data.value(QStringLiteral("error")).isObject()) {
        m_terminated = true;
        out << StreamEvent::failed(
            HttpErrorClassifier::fromStreamError(ProviderKind::Gemini, data, m_apiKey));
        return out;
    }
    const QString id = data.value(QStringLiteral("responseId")).toString();
    if (!id.isEmpty() && id != m_responseId) {
        m_responseId = id;
        out << StreamEvent::responseId(id);
    }
    const QJsonArray candidates = data.value(QStringLiteral("candidates")).toArray();
    const QJsonObject candidate = candidates.first().toObject();
    for (const QJsonValue& p : candidate.value(QStringLiteral("content"))
                                   .toObject()
                                   .value(QStringLiteral("parts"))
                                   .toArray()) {
        const QJsonObject part = p.toObject();
        // An empty text part (the closing chunk's) is no content to echo.
        const QJsonValue partText = part.value(QStringLiteral("text"));
        if (!(part.size() == 1 && partText.isString() && partText.toString().isEmpty()))
            m_parts.append(part);
        // Gemini 3 streams a call's arguments in later parts that repeat no name.
        const QJsonObject fc = part.value(QStringLiteral("functionCall")).toObject();
        const QString call = fc.value(QStringLiteral("name")).toString();
        if (!call.isEmpty()) {
            out << StreamEvent::toolCall(call);
            m_calls << ToolCall{fc.value(QStringLiteral("id")).toString(), call,
                                QString::fromUtf8(QJsonDocument(fc.value(QStringLiteral("args")).toObject())
                                                      .toJson(QJsonDocument::Compact))};
        }
        const QString text = part.value(QStringLiteral("text")).toString();
        if (text.isEmpty())
            continue; // e.g. a part with only a thoughtSignature
        out << (part.value(QStringLiteral("thought")).toBool() ? StreamEvent::reasoningDelta(text)
                                                               : StreamEvent::textDelta(text));
    }
    if (data.value(QStringLiteral("usageMetadata")).isObject())
        out << StreamEvent::usageUpdated(
            parseUsage(data.value(QStringLiteral("usageMetadata")).toObject()));
    const QString blocked = data.value(QStringLiteral("promptFeedback"))
                                .toObject()
                                .value(QStringLiteral("blockReason"))
                                .toString();
    const QString reason = candidate.value(QStringLiteral("finishReason")).toString();
    if (!blocked.isEmpty() && candidates.isEmpty()) {
        m_terminated = true;
        out << StreamEvent::failed(Error(
            ErrorCode::Provider, QCoreApplication::translate("Cb::Core::GeminiProtocol", "Google Gemini blocked the prompt: ") + blocked));
    } else if (!reason.isEmpty() && reason != QStringLiteral("FINISH_REASON_UNSPECIFIED") &&
               !(isNormalFinish(reason) && !m_finishReason.isEmpty() && !isNormalFinish(m_finishReason))) {
        // Not the end yet: later chunks may carry more text, usage or another reason. A safety
        // stop is never undone by a later STOP.
        m_finishReason = reason;
        m_finishMessage = candidate.value(QStringLiteral("finishMessage")).toString();
    }
    return out;
}

QList<StreamEvent> GeminiProtocol::finish()
{
    if (m_terminated)
        return {};
    const QString& reason = m_finishReason;
    if (isNormalFinish(reason)) {
        m_terminated = true;
        // Calls come whole; only a cut answer (MAX_TOKENS) is not trusted with them.
        const bool truncated = reason == QStringLiteral("MAX_TOKENS");
        return {StreamEvent::modelTurn(m_parts, truncated ? QList<ToolCall>() : m_calls),
                StreamEvent::completed(reason, truncated)};
    }
    if (!reason.isEmpty()) {
        m_terminated = true;
        QString message = QCoreApplication::translate("Cb::Core::GeminiProtocol", "Google Gemini stopped the answer: ") + reason +
                          finishExplanation(reason);
        if (!m_finishMessage.isEmpty())
            message += QStringLiteral(": ") + m_finishMessage;
        if (!message.endsWith(QLatin1Char('.'))) // a sentence, so notes can follow it
            message += QLatin1Char('.');
        return {StreamEvent::failed(Error(ErrorCode::Provider, message))};
    }
    return streamCut(
        m_terminated,
        QCoreApplication::translate("Cb::Core::GeminiProtocol", "Google Gemini closed the stream before a finish reason arrived."));
}

} // namespace Cb::Core
