// Function tools in the four protocols, the cases around the §12.6 streams (PROTOCOLS.md
// §12.7): whole-call chunks, odd indexes, cut calls, no-argument tools, invalid arguments,
// Gemini's schema subset and finish reasons, batch lines. Mappers are fed through SSE replays.
#include "core/providers/anthropicprotocol.h"
#include "core/providers/batch/anthropicbatchprotocol.h"
#include "core/providers/batch/openaibatchprotocol.h"
#include "core/providers/chatcompletionsprotocol.h"
#include "core/providers/geminiprotocol.h"
#include "core/providers/geminischema.h"
#include "core/providers/responsesprotocol.h"
#include "core/providers/toolcallassembler.h"
#include "support/streamreplay.h"
#include "support/tooltesting.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

QByteArray chatChunk(const QByteArray& choice)
{
    return sseEvent({}, R"({"choices":[{"index":0,)" + choice + "}]}");
}

QByteArray anthropicEvent(const QByteArray& type, const QByteArray& rest = {})
{
    return sseEvent(type, R"({"type":")" + type + "\"" +
                              (rest.isEmpty() ? QByteArray() : "," + rest) + "}");
}

QByteArray geminiChunk(const QByteArray& parts, const QByteArray& finish = {})
{
    QByteArray c = R"({"candidates":[{"content":{"role":"model","parts":)" + parts + "}";
    if (!finish.isEmpty())
        c += R"(,"finishReason":")" + finish + "\"";
    return "data: " + c + "}]}\r\n\r\n";
}

QJsonObject bodyOf(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

ProviderRequest toolRequest(ProviderKind kind)
{
    ProviderRequest r;
    r.kind = kind;
    r.baseUrl = QStringLiteral("http://127.0.0.1:9");
    r.model = QStringLiteral("m");
    r.input = QStringLiteral("Compare items A and B.");
    r.tools = {readItemTool()};
    return r;
}

} // namespace

TEST(ToolCallAssembler, slotsOutOfOrderAndOneLeftOpen_closedOnesInSlotOrder)
{
    ToolCallAssembler a;
    a.open(2, QStringLiteral("c2"), QStringLiteral("read_item"));
    a.open(1, QStringLiteral("c1"), QStringLiteral("list_items"));
    a.appendArguments(1, QStringLiteral("{\"sec"));
    a.appendArguments(1, QStringLiteral("tion\":null}"));
    a.open(1, QStringLiteral("other"), QStringLiteral("other")); // later fragments repeat nothing
    a.open(3, QStringLiteral("c3"), QStringLiteral("search_pack"));
    a.appendArguments(3, QStringLiteral("{\"qu"));
    a.close(2, QStringLiteral("{}"));
    a.close(1);
    const QList<ToolCall> calls = a.calls();
    ASSERT_EQ(calls.size(), 2);
    EXPECT_EQ(calls[0], (ToolCall{QStringLiteral("c1"), QStringLiteral("list_items"),
                                  QStringLiteral("{\"section\":null}")}));
    EXPECT_EQ(calls[1],
              (ToolCall{QStringLiteral("c2"), QStringLiteral("read_item"), QStringLiteral("{}")}));
}

TEST(ResponsesTools, noTools_bodyHasNoToolFieldsAndNoStore)
{
    ProviderRequest r = toolRequest(ProviderKind::OpenAiResponses);
    r.tools.clear();
    const QJsonObject b = bodyOf(ResponsesProtocol::createCall(r).body);
    for (const char* key : {"tools", "tool_choice", "parallel_tool_calls", "include", "store"})
        EXPECT_FALSE(b.contains(QLatin1String(key))) << key;
}

TEST(ResponsesTools, invalidJsonArgumentsAndDoneWithoutName_passedThroughUntouched)
{
    QByteArray s = sseEvent(
        "response.output_item.added",
        R"({"type":"response.output_item.added","output_index":0,"item":{"id":"fc_1","type":"function_call","arguments":"","call_id":"call_X","name":"read_item"}})");
    s += sseEvent(
        "response.function_call_arguments.delta",
        R"({"type":"response.function_call_arguments.delta","output_index":0,"delta":"{\"id\": A,"})");
    s += sseEvent(
        "response.function_call_arguments.done",
        R"({"type":"response.function_call_arguments.done","output_index":0,"arguments":"{\"id\": A,"})");
    s += sseEvent(
        "response.output_item.done",
        R"({"type":"response.output_item.done","output_index":0,"item":{"id":"fc_1","type":"function_call","status":"completed"}})");
    s += sseEvent(
        "response.completed",
        R"({"type":"response.completed","response":{"id":"r","status":"completed","output":[]}})");
    ResponsesProtocol mapper;
    const ReplaySummary sum = replayStream(mapper, s, 5);
    ASSERT_EQ(sum.calls.size(), 1);
    EXPECT_EQ(sum.calls[0], (ToolCall{QStringLiteral("call_X"), QStringLiteral("read_item"),
                                      QStringLiteral("{\"id\": A,")}));
    EXPECT_EQ(sum.modelTurn.toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("read_item"));
}

TEST(ResponsesTools, incompleteResponseWithCall_turnKeptCallDropped)
{
    const ResponseSnapshot s = ResponsesProtocol::parseResponse(jsonObject(
        R"({"id":"r","status":"incomplete","incomplete_details":{"reason":"max_output_tokens"},
            "output":[{"type":"function_call","call_id":"c","name":"read_item","arguments":"{\"id\":"}]})"));
    const QList<StreamEvent> events = ResponsesProtocol::terminalEvents(s, false, false, QString());
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[1].kind, StreamEvent::Kind::ModelTurn);
    EXPECT_TRUE(events[1].calls.isEmpty());
    EXPECT_TRUE(events[2].truncated);
}

TEST(ChatTools, ollamaWholeCallChunksStartingAtIndexOne_callsRead)
{
    QByteArray s = chatChunk(
        R"("delta":{"role":"assistant","content":"","tool_calls":[{"id":"call_w1","index":1,"type":"function","function":{"name":"read_item","arguments":"{\"id\":\"A\"}"}}]})");
    s += chatChunk(
        R"("delta":{"role":"assistant","content":"","tool_calls":[{"id":"call_w2","index":2,"type":"function","function":{"name":"read_item","arguments":"{\"id\":\"B\"}"}}]})");
    s += chatChunk(R"("delta":{},"finish_reason":"tool_calls")") + sseEvent({}, "[DONE]");
    ChatCompletionsProtocol mapper;
    const ReplaySummary sum = replayStream(mapper, s, 9);
    ASSERT_EQ(sum.calls.size(), 2);
    EXPECT_EQ(sum.calls[0], (ToolCall{QStringLiteral("call_w1"), QStringLiteral("read_item"),
                                      QStringLiteral("{\"id\":\"A\"}")}));
    EXPECT_EQ(sum.calls[1], (ToolCall{QStringLiteral("call_w2"), QStringLiteral("read_item"),
                                      QStringLiteral("{\"id\":\"B\"}")}));
}

TEST(ChatTools, namedToolWithFinishStopAndInvalidJson_callReadUntouched)
{
    QByteArray s = chatChunk(
        R"("delta":{"tool_calls":[{"index":0,"id":"call_s","type":"function","function":{"name":"read_item","arguments":"{id: 'A'"}}]})");
    s += chatChunk(R"("delta":{},"finish_reason":"stop")") + sseEvent({}, "[DONE]");
    ChatCompletionsProtocol mapper;
    const ReplaySummary sum = replayStream(mapper, s);
    ASSERT_EQ(sum.calls.size(), 1);
    EXPECT_EQ(sum.calls[0].arguments, QStringLiteral("{id: 'A'"));
    ASSERT_TRUE(sum.terminal);
    EXPECT_EQ(sum.terminal->kind, StreamEvent::Kind::Completed);
}

TEST(ChatTools, lengthMidArguments_noCallTruncated)
{
    QByteArray s = chatChunk(
        R"("delta":{"tool_calls":[{"index":0,"id":"call_l","type":"function","function":{"name":"read_item","arguments":"{\"id\":"}}]})");
    s += chatChunk(R"("delta":{},"finish_reason":"length")") + sseEvent({}, "[DONE]");
    ChatCompletionsProtocol mapper;
    const ReplaySummary sum = replayStream(mapper, s);
    EXPECT_TRUE(sum.calls.isEmpty());
    ASSERT_TRUE(sum.terminal);
    EXPECT_TRUE(sum.terminal->truncated);
}

TEST(ChatTools, reasoningContentWithCalls_echoedInAssistantMessage)
{
    QByteArray s = chatChunk(R"("delta":{"role":"assistant","reasoning_content":"Need A."})");
    s += chatChunk(R"("delta":{"content":"Checking."})");
    s += chatChunk(
        R"("delta":{"tool_calls":[{"index":0,"id":"call_r","type":"function","function":{"name":"read_item","arguments":"{}"}}]},"finish_reason":"tool_calls")");
    s += sseEvent({}, "[DONE]");
    ChatCompletionsProtocol mapper;
    const ReplaySummary sum = replayStream(mapper, s);
    EXPECT_EQ(sum.modelTurn.toObject(),
              jsonObject(R"({"role":"assistant","content":"Checking.","reasoning_content":"Need A.",
        "tool_calls":[{"id":"call_r","type":"function","function":{"name":"read_item","arguments":"{}"}}]})"));
}

TEST(AnthropicTools, noArgumentTool_emptyInputReadAsEmptyObject)
{
    QByteArray s = anthropicEvent(
        "content_block_start",
        R"("index":0,"content_block":{"type":"tool_use","id":"toolu_N","name":"list_items","input":{}})");
    s += anthropicEvent("content_block_delta",
                        R"("index":0,"delta":{"type":"input_json_delta","partial_json":""})");
    s += anthropicEvent("content_block_stop", R"("index":0)");
    s += anthropicEvent("message_delta",
                        R"("delta":{"stop_reason":"tool_use"},"usage":{"output_tokens":5})");
    s += anthropicEvent("message_stop");
    AnthropicProtocol mapper;
    const ReplaySummary sum = replayStream(mapper, s, 4);
    ASSERT_EQ(sum.calls.size(), 1);
    EXPECT_EQ(sum.calls[0], (ToolCall{QStringLiteral("toolu_N"), QStringLiteral("list_items"),
                                      QStringLiteral("{}")}));
    EXPECT_EQ(sum.modelTurn.toArray().at(0).toObject().value(QStringLiteral("input")).toObject(),
              QJsonObject());
}

TEST(AnthropicTools, maxTokensWithOpenBlock_callDroppedTextAndRedactedThinkingKept)
{
    QByteArray s = anthropicEvent(
        "content_block_start",
        R"("index":0,"content_block":{"type":"redacted_thinking","data":"EmwKAhgB"})");
    s += anthropicEvent("content_block_stop", R"("index":0)");
    s += anthropicEvent("content_block_start",
                        R"("index":1,"content_block":{"type":"text","text":""})");
    s += anthropicEvent("content_block_delta",
                        R"("index":1,"delta":{"type":"text_delta","text":"Reading A."})");
    s += anthropicEvent("content_block_stop", R"("index":1)");
    s += anthropicEvent(
        "content_block_start",
        R"("index":2,"content_block":{"type":"tool_use","id":"toolu_T","name":"read_item","input":{}})");
    s += anthropicEvent(
        "content_block_delta",
        R"("index":2,"delta":{"type":"input_json_delta","partial_json":"{\"id\": \"A"})");
    s += anthropicEvent("message_delta",
                        R"("delta":{"stop_reason":"max_tokens"},"usage":{"output_tokens":4096})");
    s += anthropicEvent("message_stop");
    AnthropicProtocol mapper;
    const ReplaySummary sum = replayStream(mapper, s);
    EXPECT_TRUE(sum.calls.isEmpty());
    EXPECT_EQ(sum.text, QStringLiteral("Reading A."));
    ASSERT_TRUE(sum.terminal);
    EXPECT_TRUE(sum.terminal->truncated);
    EXPECT_EQ(sum.modelTurn.toArray(),
              QJsonDocument::fromJson(R"([{"type":"redacted_thinking","data":"EmwKAhgB"},
        {"type":"text","text":"Reading A."}])")
                  .array());
}

TEST(AnthropicTools, wholeMessage_toolUseReadAsCallsAndTurn)
{
    const ProviderResult r = AnthropicProtocol::parseMessage(jsonObject(R"({"id":"msg_b","content":[
        {"type":"thinking","thinking":"Hm.","signature":"sig"},{"type":"tool_use","id":"toolu_1","name":"read_item","input":{"id":"A"}}],
        "stop_reason":"tool_use","usage":{"input_tokens":10,"output_tokens":4}})"));
    ASSERT_EQ(r.calls.size(), 1);
    EXPECT_EQ(r.calls[0], (ToolCall{QStringLiteral("toolu_1"), QStringLiteral("read_item"),
                                    QStringLiteral("{\"id\":\"A\"}")}));
    EXPECT_EQ(r.modelTurn.toArray().size(), 2);
}

TEST(GeminiTools, twoCallsInSeparateChunks_bothInArrivalOrder)
{
    QByteArray s = geminiChunk(
        R"([{"functionCall":{"id":"fc-1","name":"read_item","args":{"id":"A"}},"thoughtSignature":"Sig1"}])");
    s += geminiChunk(
        R"([{"functionCall":{"id":"fc-2","name":"search_pack","args":{"query":"price"}}}])");
    s += geminiChunk(R"([{"text":""}])", "STOP");
    GeminiProtocol mapper;
    const ReplaySummary sum = replayStream(mapper, s, 6);
    ASSERT_EQ(sum.calls.size(), 2);
    EXPECT_EQ(sum.calls[0], (ToolCall{QStringLiteral("fc-1"), QStringLiteral("read_item"),
                                      QStringLiteral("{\"id\":\"A\"}")}));
    EXPECT_EQ(sum.calls[1], (ToolCall{QStringLiteral("fc-2"), QStringLiteral("search_pack"),
                                      QStringLiteral("{\"query\":\"price\"}")}));
    EXPECT_EQ(sum.modelTurn.toArray().size(), 2);
    EXPECT_EQ(sum.modelTurn.toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("thoughtSignature"))
                  .toString(),
              QStringLiteral("Sig1"));
}

TEST(GeminiTools, malformedFunctionCall_failsWithExplanation)
{
    const QByteArray s =
        "data: "
        "{\"candidates\":[{\"content\":{\"parts\":[]},\"finishReason\":\"MALFORMED_FUNCTION_CALL\","
        "\"finishMessage\":\"Malformed function call: print(read_item(\"}]}\r\n\r\n";
    GeminiProtocol mapper;
    const ReplaySummary sum = replayStream(mapper, s);
    ASSERT_TRUE(sum.terminal);
    ASSERT_EQ(sum.terminal->kind, StreamEvent::Kind::Failed);
    const QString message = sum.terminal->error.message;
    EXPECT_TRUE(message.contains(QStringLiteral("MALFORMED_FUNCTION_CALL")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("could not be parsed"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("print(read_item("))) << message.toStdString();
    EXPECT_TRUE(sum.calls.isEmpty());
}

TEST(GeminiTools, strictSchema_convertedToOpenApiSubset)
{
    const QJsonObject in =
        jsonObject(R"({"type":"object","additionalProperties":false,"$schema":"x",
        "properties":{"id":{"type":"string"},"offset":{"type":["integer","null"],"minimum":0},
                      "tags":{"type":"array","items":{"type":["string","null"],"additionalProperties":false}},
                      "mode":{"const":"fast"}},
        "required":["id","offset","tags","mode"]})");
    EXPECT_EQ(toGeminiSchema(in), jsonObject(R"({"type":"object",
        "properties":{"id":{"type":"string"},"offset":{"type":"integer","nullable":true,"minimum":0},
                      "tags":{"type":"array","items":{"type":"string","nullable":true}},
                      "mode":{"enum":["fast"]}},
        "required":["id","offset","tags","mode"]})"));
}

TEST(GeminiTools, callIdAndNoArgumentTool_idEchoedAndNoParametersDeclared)
{
    ProviderRequest r = toolRequest(ProviderKind::Gemini);
    r.tools << ToolDefinition{QStringLiteral("list_items"), QString(), QJsonObject()};
    ConversationTurn model = ConversationTurn::assistant(QString());
    model.toolCalls = {
        {QStringLiteral("fc-7"), QStringLiteral("list_items"), QStringLiteral("{}")}};
    ConversationTurn results = ConversationTurn::user(QString());
    results.toolResults = {{QStringLiteral("fc-7"), QString(), QStringLiteral("3 items"), false}};
    r.history = {ConversationTurn::user(r.input), model, results};
    r.input.clear();
    const QJsonObject b = bodyOf(GeminiProtocol::createCall(r).body);
    const QJsonArray declarations = b.value(QStringLiteral("tools"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("functionDeclarations"))
                                        .toArray();
    ASSERT_EQ(declarations.size(), 2);
    EXPECT_EQ(declarations[1].toObject(), jsonObject(R"({"name":"list_items"})"));
    const QJsonArray contents = b.value(QStringLiteral("contents")).toArray();
    ASSERT_EQ(contents.size(), 3);
    // Without the model's own parts (history reloaded) the call is rebuilt; the name of the
    // result comes from its call.
    EXPECT_EQ(
        contents[1].toObject(),
        jsonObject(
            R"({"role":"model","parts":[{"functionCall":{"name":"list_items","args":{},"id":"fc-7"}}]})"));
    EXPECT_EQ(contents[2].toObject(), jsonObject(R"({"role":"user","parts":[
        {"functionResponse":{"name":"list_items","id":"fc-7","response":{"result":"3 items"}}}]})"));
}

TEST(ToolTurns, inputAfterResults_followsTheResultsInTheSameTurn)
{
    ProviderRequest r = toolRequest(ProviderKind::Anthropic);
    ConversationTurn model = ConversationTurn::assistant(QStringLiteral("Looking."));
    model.toolCalls = {
        {QStringLiteral("toolu_1"), QStringLiteral("read_item"), QStringLiteral("{\"id\":\"A\"}")}};
    ConversationTurn results = ConversationTurn::user(QString());
    results.toolResults = {
        {QStringLiteral("toolu_1"), QStringLiteral("read_item"), QStringLiteral("A: 3"), false}};
    r.history = {ConversationTurn::user(r.input), model, results};
    r.input = QStringLiteral("Answer now.");
    const auto call = AnthropicProtocol::createCall(r);
    ASSERT_TRUE(call);
    const QJsonArray messages = bodyOf(call->body).value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 3);
    EXPECT_EQ(messages[1].toObject(),
              jsonObject(R"({"role":"assistant","content":[{"type":"text","text":"Looking."},
        {"type":"tool_use","id":"toolu_1","name":"read_item","input":{"id":"A"}}]})"));
    EXPECT_EQ(messages[2].toObject(), jsonObject(R"({"role":"user","content":[
        {"type":"tool_result","tool_use_id":"toolu_1","content":"A: 3"},{"type":"text","text":"Answer now."}]})"));
}

TEST(BatchTools, openAiLineAndAnthropicEntry_carryTools)
{
    const QJsonObject line = bodyOf(OpenAiBatchProtocol::requestLine(
        QStringLiteral("c1"), toolRequest(ProviderKind::OpenAiResponses)));
    const QJsonObject body = line.value(QStringLiteral("body")).toObject();
    EXPECT_EQ(body.value(QStringLiteral("tools"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("name"))
                  .toString(),
              QStringLiteral("read_item"));
    EXPECT_EQ(body.value(QStringLiteral("tool_choice")).toString(), QStringLiteral("auto"));
    const auto entry = AnthropicBatchProtocol::requestEntry(QStringLiteral("c1"),
                                                            toolRequest(ProviderKind::Anthropic));
    ASSERT_TRUE(entry);
    const QJsonObject params = bodyOf(*entry).value(QStringLiteral("params")).toObject();
    EXPECT_EQ(params.value(QStringLiteral("tools"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("input_schema"))
                  .toObject(),
              readItemTool().parameters);
}

TEST(BatchTools, openAiResultWithFunctionCalls_callsAndTurnRead)
{
    const BatchLineResult r = OpenAiBatchProtocol::parseLine(
        jsonObject(R"({"custom_id":"c1","response":{"status_code":200,
        "body":{"id":"resp_b","status":"completed","output":[{"id":"fc_1","type":"function_call","call_id":"call_1",
        "name":"read_item","arguments":"{\"id\":\"A\"}"}]}}})"),
        QString());
    ASSERT_EQ(r.result.calls.size(), 1);
    EXPECT_EQ(r.result.calls[0].callId, QStringLiteral("call_1"));
    EXPECT_EQ(r.result.modelTurn.toArray().size(), 1);
}
