#include "core/providers/responsesprotocol.h"

#include <QCoreApplication>

#include "core/providers/httperrorclassifier.h"
#include "core/providers/structuredoutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Cb::Core {

namespace {

HttpCall baseCall(const ProviderRequest& r, const QByteArray& method, const QString& path)
{
    HttpCall c;
    c.method = method;
    c.url = QUrl(r.effectiveBaseUrl() + path);
    c.addHeader("Authorization", "Bearer " + r.apiKey.toUtf8());
    return c;
}

QString joinTexts(const QJsonArray& parts, const QString& type, const QString& field)
{
    QStringList out;
    for (const QJsonValue& p : parts) {
        const QJsonObject o = p.toObject();
        if (o.value(QStringLiteral("type")).toString() == type)
            out << o.value(field).toString();
    }
    return out.join(QString());
}

// One assistant turn of a tool loop: the output items exactly as received (reasoning with
// its encrypted_content, function_call items with their ids), or, when they were not kept,
// the text and calls rebuilt.
void appendAssistantToolTurn(QJsonArray& input, const ConversationTurn& turn)
{
    if (turn.native.isArray()) {
        for (const QJsonValue& item : turn.native.toArray())
            input.append(item);
        return;
    }
    if (!turn.text.isEmpty())
        input.append(QJsonObject{
            {QStringLiteral("role"), QStringLiteral("assistant")},
            {QStringLiteral("content"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("output_text")},
                                    {QStringLiteral("text"), turn.text}}}}});
    for (const ToolCall& call : turn.toolCalls)
        input.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call")},
                                 {QStringLiteral("call_id"), call.callId},
                                 {QStringLiteral("name"), call.name},
                                 {QStringLiteral("arguments"), call.arguments}});
}

// Flat declarations with strict:true (every schema is written in the strict subset).
QJsonArray toolDeclarations(const QList<ToolDefinition>& tools)
{
    QJsonArray out;
    for (const ToolDefinition& t : tools) {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("function")},
                      {QStringLiteral("name"), t.name},
                      {QStringLiteral("strict"), true},
                      {QStringLiteral("parameters"), t.schema()}};
        if (!t.description.isEmpty())
            o.insert(QStringLiteral("description"), t.description);
        out.append(o);
    }
    return out;
}

} // namespace

bool ResponseSnapshot::isTerminal() const
{
    return status != QStringLiteral("queued") && status != QStringLiteral("in_progress");
}

ResponsesProtocol::ResponsesProtocol(QString apiKey) : m_apiKey(std::move(apiKey)) {}

HttpCall ResponsesProtocol::createCall(const ProviderRequest& r)
{
    HttpCall c = baseCall(r, "POST", QStringLiteral("/responses"));
    c.addHeader("Content-Type", "application/json");
    if (r.stream)
        c.addHeader("Accept", "text/event-stream");
    QJsonObject body{{QStringLiteral("model"), r.model}};
    if (!r.instructions.isEmpty())
        body.insert(QStringLiteral("instructions"), r.instructions);
    // Explicit turns rather than previous_response_id: responses are not always stored.
    QJsonArray input;
    for (const ConversationTurn& turn : r.turns()) {
        const bool user = turn.role == ConversationTurn::Role::User;
        if (!user && turn.isToolTurn()) {
            appendAssistantToolTurn(input, turn);
            continue;
        }
        for (const ToolResult& result : turn.toolResults)
            input.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call_output")},
                                     {QStringLiteral("call_id"), result.callId},
                                     {QStringLiteral("output"), result.output}});
        if (!turn.toolResults.isEmpty() && turn.text.isEmpty())
            continue;
        const QJsonObject part{{QStringLiteral("type"), user ? QStringLiteral("input_text") : QStringLiteral("output_text")},
                               {QStringLiteral("text"), turn.text}};
        input.append(QJsonObject{{QStringLiteral("role"), conversationRoleName(turn.role)},
                                 {QStringLiteral("content"), QJsonArray{part}}});
    }
    body.insert(QStringLiteral("input"), input);
    QJsonObject reasoning;
    if (!r.reasoningEffort.isEmpty())
        reasoning.insert(QStringLiteral("effort"), r.reasoningEffort);
    if (r.reasoningSummary)
        reasoning.insert(QStringLiteral("summary"), QStringLiteral("auto"));
    if (!reasoning.isEmpty())
        body.insert(QStringLiteral("reasoning"), reasoning);
    if (r.maxOutputTokens)
        body.insert(QStringLiteral("max_output_tokens"), *r.maxOutputTokens);
    if (r.temperature && !isOpenAiReasoningModel(r.model))
        body.insert(QStringLiteral("temperature"), *r.temperature);
    if (!r.responseSchema.isEmpty())
        body.insert(QStringLiteral("text"), StructuredOutput::responsesText(r));
    body.insert(QStringLiteral("stream"), r.stream);
    if (r.background) {
        body.insert(QStringLiteral("background"), true);
        body.insert(QStringLiteral("store"), true); // background requires stored responses
    }
    if (!r.tools.isEmpty()) {
        body.insert(QStringLiteral("tools"), toolDeclarations(r.tools));
        body.insert(QStringLiteral("tool_choice"), QStringLiteral("auto"));
        body.insert(QStringLiteral("parallel_tool_calls"), true);
        // A tool loop is stateless (§12.1 way 2): every round sends the whole context, the
        // last output items verbatim, so reasoning must come back encrypted. Outside
        // background mode nothing needs storing (store:false); background mode must store,
        // and still continues the same way rather than through previous_response_id, so a
        // round also works after the stored response expired (~10 minutes for polling).
        body.insert(QStringLiteral("include"),
                    QJsonArray{QStringLiteral("reasoning.encrypted_content")});
        if (!r.background)
            body.insert(QStringLiteral("store"), false);
    }
    c.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return c;
}

HttpCall ResponsesProtocol::retrieveCall(const ProviderRequest& r, const QString& id)
{
    return baseCall(r, "GET", QStringLiteral("/responses/") + id);
}

HttpCall ResponsesProtocol::resumeStreamCall(const ProviderRequest& r, const QString& id,
                                             qint64 startingAfter)
{
    HttpCall c = retrieveCall(r, id);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("stream"), QStringLiteral("true"));
    q.addQueryItem(QStringLiteral("starting_after"), QString::number(startingAfter));
    c.url.setQuery(q);
    c.addHeader("Accept", "text/event-stream");
    return c;
}

HttpCall ResponsesProtocol::cancelCall(const ProviderRequest& r, const QString& id)
{
    HttpCall c =
        baseCall(r, "POST", QStringLiteral("/responses/") + id + QStringLiteral("/cancel"));
    c.addHeader("Content-Type", "application/json");
    c.body = "{}";
    return c;
}

Usage ResponsesProtocol::parseUsage(const QJsonObject& u)
{
    Usage out;
    if (u.isEmpty())
        return out;
    out.reported = u;
    out.inputTokens = u.value(QStringLiteral("input_tokens")).toInteger(-1);
    out.outputTokens = u.value(QStringLiteral("output_tokens")).toInteger(-1);
    out.cachedInputTokens = u.value(QStringLiteral("input_tokens_details"))
                                .toObject()
                                .value(QStringLiteral("cached_tokens"))
                                .toInteger(-1);
    out.reasoningTokens = u.value(QStringLiteral("output_tokens_details"))
                              .toObject()
                              .value(QStringLiteral("reasoning_tokens"))
                              .toInteger(-1);
    return out;
}

ResponseSnapshot ResponsesProtocol::parseResponse(const QJsonObject& o)
{
    ResponseSnapshot s;
    s.id = o.value(QStringLiteral("id")).toString();
    s.status = o.value(QStringLiteral("status")).toString();
    s.model = o.value(QStringLiteral("model")).toString();
    s.usage = parseUsage(o.value(QStringLiteral("usage")).toObject());
    s.incompleteReason = o.value(QStringLiteral("incomplete_details"))
                             .toObject()
                             .value(QStringLiteral("reason"))
                             .toString();
    s.error = o.value(QStringLiteral("error")).toObject();
    s.output = o.value(QStringLiteral("output")).toArray();
    QStringList summaries;
    for (const QJsonValue& item : o.value(QStringLiteral("output")).toArray()) {
        const QJsonObject it = item.toObject();
        const QString type = it.value(QStringLiteral("type")).toString();
        if (type == QStringLiteral("message")) {
            const QJsonArray content = it.value(QStringLiteral("content")).toArray();
            s.text += joinTexts(content, QStringLiteral("output_text"), QStringLiteral("text"));
            s.refusal += joinTexts(content, QStringLiteral("refusal"), QStringLiteral("refusal"));
        } else if (type == QStringLiteral("function_call")) {
            s.toolCalls << it.value(QStringLiteral("name")).toString();
            s.calls << ToolCall{it.value(QStringLiteral("call_id")).toString(),
                                it.value(QStringLiteral("name")).toString(),
                                it.value(QStringLiteral("arguments")).toString()};
        } else if (type == QStringLiteral("reasoning")) {
            for (const QJsonValue& p : it.value(QStringLiteral("summary")).toArray())
                summaries << p.toObject().value(QStringLiteral("text")).toString();
        }
    }
    s.reasoning = summaries.join(QStringLiteral("\n\n"));
    return s;
}

QList<StreamEvent> ResponsesProtocol::terminalEvents(const ResponseSnapshot& s, bool withText,
                                                     bool withReasoning, const QString& apiKey,
                                                     HttpErrorClassifier::ErrorPhase phase)
{
    QList<StreamEvent> out;
    if (withReasoning && !s.reasoning.isEmpty())
        out << StreamEvent::reasoningDelta(s.reasoning);
    if (withText && !s.text.isEmpty())
        out << StreamEvent::textDelta(s.text);
    if (withText && !s.refusal.isEmpty())
        out << StreamEvent::refusalDelta(s.refusal);
    for (const QString& name : s.toolCalls)
        out << StreamEvent::toolCall(name);
    // An incomplete response may end inside a call's arguments: its calls are never run.
    if (!s.output.isEmpty() &&
        (s.status == QStringLiteral("completed") || s.status == QStringLiteral("incomplete")))
        out << StreamEvent::modelTurn(s.output, s.status == QStringLiteral("completed")
                                                    ? s.calls
                                                    : QList<ToolCall>());
    if (s.status == QStringLiteral("completed")) {
        out << StreamEvent::completed(s.status, false);
    } else if (s.status == QStringLiteral("incomplete")) {
        out << StreamEvent::completed(s.incompleteReason.isEmpty() ? s.status : s.incompleteReason,
                                      true);
    } else if (s.status == QStringLiteral("cancelled")) {
        out << StreamEvent::failed(
            Error(ErrorCode::Cancelled, QCoreApplication::translate("Cb::Core::ResponsesProtocol", "OpenAI: the response was cancelled.")));
    } else {
        QJsonObject err = s.error;
        if (err.isEmpty())
            err.insert(QStringLiteral("message"), QString(QStringLiteral("status ") + s.status));
        out << StreamEvent::failed(
            HttpErrorClassifier::fromStreamError(ProviderKind::OpenAiResponses, err, apiKey, phase));
    }
    return out;
}

QList<StreamEvent> ResponsesProtocol::map(const SseEvent& event)
{
    if (m_terminated)
        return {};
    QList<StreamEvent> failure;
    const auto doc = parseData(event, ProviderKind::OpenAiResponses, m_apiKey, m_terminated, failure);
    if (!doc)
        return failure;
    const QJsonObject data = doc->object();
    if (data.isEmpty())
        return {};
    const QJsonValue seqValue = data.value(QStringLiteral("sequence_number"));
    if (seqValue.isDouble()) {
        const qint64 seq = seqValue.toInteger();
        if (seq <= m_lastSequence)
            return {}; // replayed by a resumed stream
        m_lastSequence = seq;
    }
    QString type = data.value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        type = event.event;
    if (m_terminated)
        return {};
    return mapResponseEvent(type, data);
}

QList<StreamEvent> ResponsesProtocol::mapResponseEvent(const QString& type, const QJsonObject& data)
{
    QList<StreamEvent> out;
    trackItem(type, data);
    const QString delta = data.value(QStringLiteral("delta")).toString();
    if (type == QStringLiteral("response.output_text.delta")) {
        m_textSeen = true;
        out << StreamEvent::textDelta(delta);
    } else if (type == QStringLiteral("response.refusal.delta")) {
        m_refusalSeen = true;
        out << StreamEvent::refusalDelta(delta);
    } else if (type == QStringLiteral("response.output_item.added") ||
               type == QStringLiteral("response.output_item.done")) {
        const QJsonObject item = data.value(QStringLiteral("item")).toObject();
        if (item.value(QStringLiteral("type")).toString() == QStringLiteral("function_call"))
            out << StreamEvent::toolCall(item.value(QStringLiteral("name")).toString());
    } else if (type == QStringLiteral("response.reasoning_summary_text.delta") ||
               type == QStringLiteral("response.reasoning_text.delta")) {
        m_reasoningSeen = true;
        out << StreamEvent::reasoningDelta(delta);
    } else if (type == QStringLiteral("response.reasoning_summary_part.added")) {
        if (m_reasoningSeen)
            out << StreamEvent::reasoningDelta(QStringLiteral("\n\n"));
    } else if (type == QStringLiteral("error")) {
        m_terminated = true;
        out << StreamEvent::failed(
            HttpErrorClassifier::fromStreamError(ProviderKind::OpenAiResponses, data, m_apiKey));
    } else if (type.startsWith(QStringLiteral("response.")) &&
               data.value(QStringLiteral("response")).isObject()) {
        ResponseSnapshot s = parseResponse(data.value(QStringLiteral("response")).toObject());
        if (!s.id.isEmpty() && s.id != m_responseId) {
            m_responseId = s.id;
            out << StreamEvent::responseId(s.id);
        }
        if (s.usage.isKnown())
            out << StreamEvent::usageUpdated(s.usage);
        if (!s.isTerminal()) {
            out << StreamEvent::status(s.status);
            return out;
        }
        m_terminated = true;
        // A resumed stream may have skipped every delta: fall back to the final object.
        if (m_refusalSeen)
            s.refusal.clear();
        // The items as each output_item.done sent them (the final object may abridge them);
        // the final object's only when a resumed stream skipped the item events.
        if (!m_doneItems.isEmpty()) {
            s.output = QJsonArray();
            for (const QJsonObject& item : std::as_const(m_doneItems))
                s.output.append(item);
            s.calls = m_calls.calls();
        }
        out << terminalEvents(s, !m_textSeen, !m_reasoningSeen, m_apiKey);
    }
    // Other events (output_item.*, content_part.*, *.done, annotations, tools) carry nothing new.
    return out;
}

void ResponsesProtocol::trackItem(const QString& type, const QJsonObject& data)
{
    const int index = data.value(QStringLiteral("output_index")).toInt(-1);
    if (index < 0)
        return;
    if (type == QStringLiteral("response.output_item.added")) {
        const QJsonObject item = data.value(QStringLiteral("item")).toObject();
        m_addedItems.insert(index, item);
        if (item.value(QStringLiteral("type")).toString() == QStringLiteral("function_call"))
            m_calls.open(index, item.value(QStringLiteral("call_id")).toString(),
                         item.value(QStringLiteral("name")).toString());
    } else if (type == QStringLiteral("response.function_call_arguments.delta")) {
        m_calls.appendArguments(index, data.value(QStringLiteral("delta")).toString());
    } else if (type == QStringLiteral("response.function_call_arguments.done")) {
        if (data.value(QStringLiteral("arguments")).isString())
            m_calls.setArguments(index, data.value(QStringLiteral("arguments")).toString());
    } else if (type == QStringLiteral("response.output_item.done")) {
        // Fields only the added event carried (name, call_id in some captures) fill the gaps.
        QJsonObject item = m_addedItems.value(index);
        const QJsonObject done = data.value(QStringLiteral("item")).toObject();
        for (auto it = done.begin(); it != done.end(); ++it)
            item.insert(it.key(), it.value());
        if (item.value(QStringLiteral("type")).toString() == QStringLiteral("function_call")) {
            m_calls.open(index, item.value(QStringLiteral("call_id")).toString(),
                         item.value(QStringLiteral("name")).toString());
            if (done.value(QStringLiteral("arguments")).isString())
                m_calls.setArguments(index, done.value(QStringLiteral("arguments")).toString());
            m_calls.close(index);
            // The echoed item must be whole even when .done left the arguments out.
            const ToolCall call = m_calls.call(index);
            item.insert(QStringLiteral("call_id"), call.callId);
            item.insert(QStringLiteral("name"), call.name);
            item.insert(QStringLiteral("arguments"), call.arguments);
        }
        m_doneItems.insert(index, item);
    }
}

QList<StreamEvent> ResponsesProtocol::finish()
{
    return streamCut(m_terminated,
                     QCoreApplication::translate("Cb::Core::ResponsesProtocol", "OpenAI closed the stream before the response completed."));
}

} // namespace Cb::Core
