// Function tools on Chat Completions, Anthropic and Gemini against fake servers: each
// PROTOCOLS.md §12.6 stream read into calls and a model turn, then the follow-up request
// built from the turns and checked field by field against §12.6.
#include "core/providers/anthropicprovider.h"
#include "core/providers/chatcompletionsprovider.h"
#include "core/providers/geminiprovider.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"
#include "support/replyrecorder.h"
#include "support/tooltesting.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

class ToolRoundsTest : public ::testing::Test
{
protected:
    ProviderRequest request(ProviderKind kind, const QString& model) const
    {
        ProviderRequest r;
        r.kind = kind;
        r.baseUrl = server.baseUrl(kind == ProviderKind::ChatCompletions ? QStringLiteral("/v1")
                                                                         : QString());
        r.apiKey = QStringLiteral("test-key-TOOLROUNDS");
        r.model = model;
        r.input = QStringLiteral("Compare items A and B.");
        r.tools = {readItemTool()};
        return r;
    }
    std::optional<ProviderResult> run(Provider& provider, const ProviderRequest& r)
    {
        std::unique_ptr<ProviderReply> reply(provider.send(r));
        ReplyRecorder rec(reply.get());
        EXPECT_TRUE(rec.waitDone());
        EXPECT_EQ(rec.finishedCount, 1)
            << (rec.error ? rec.error->message.toStdString() : std::string());
        return rec.result;
    }

    FakeHttpServer server;
    std::unique_ptr<QNetworkAccessManager> nam = makeTestNetworkManager();
    ChatCompletionsProvider chat{nam.get(), fastProviderOptions()};
    AnthropicProvider anthropic{nam.get(), fastProviderOptions()};
    GeminiProvider gemini{nam.get(), fastProviderOptions()};
};

QByteArray chatChunk(const QByteArray& choice)
{
    return sseEvent(
        {},
        R"({"id":"chatcmpl-1","object":"chat.completion.chunk","model":"gpt-4.1","choices":[{"index":0,)" +
            choice + "}]}");
}

} // namespace

TEST_F(ToolRoundsTest, ChatParallelCalls_callsAssistantMessageAndToolMessagesAsSection12_6)
{
    QByteArray s = chatChunk(R"("delta":{"role":"assistant","content":null},"finish_reason":null)");
    s += chatChunk(
        R"("delta":{"tool_calls":[{"index":0,"id":"call_A","type":"function","function":{"name":"read_item","arguments":""}}]})");
    s += chatChunk(R"("delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"id\":"}}]})");
    s += chatChunk(R"("delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"A\"}"}}]})");
    s += chatChunk(
        R"("delta":{"tool_calls":[{"index":1,"id":"call_B","type":"function","function":{"name":"read_item","arguments":""}}]})");
    s += chatChunk(
        R"("delta":{"tool_calls":[{"index":1,"function":{"arguments":"{\"id\":\"B\"}"}}]})");
    s += chatChunk(R"("delta":{},"finish_reason":"tool_calls")");
    s += sseEvent(
        {},
        R"({"id":"chatcmpl-1","choices":[],"usage":{"prompt_tokens":80,"completion_tokens":30}})");
    s += sseEvent({}, "[DONE]");
    server.enqueue(FakeResponse::sse(s).randomChunks(3, 17));
    server.enqueue(
        FakeResponse::sse(chatChunk(R"("delta":{"content":"A costs 3."},"finish_reason":"stop")") +
                          sseEvent({}, "[DONE]")));
    const ProviderRequest first = request(ProviderKind::ChatCompletions, QStringLiteral("gpt-4.1"));
    const auto result = run(chat, first);
    ASSERT_TRUE(result);
    const QJsonObject body1 = server.requests().at(0).json();
    EXPECT_EQ(
        body1.value(QStringLiteral("tools")).toArray().at(0).toObject(),
        jsonObject(
            R"({"type":"function","function":{"name":"read_item","description":"Read one item by id","strict":true,
        "parameters":{"type":"object","properties":{"id":{"type":"string"}},"required":["id"],"additionalProperties":false}}})"));
    EXPECT_EQ(body1.value(QStringLiteral("tool_choice")).toString(), QStringLiteral("auto"));
    EXPECT_EQ(body1.value(QStringLiteral("parallel_tool_calls")), QJsonValue(true));

    ASSERT_EQ(result->calls.size(), 2);
    EXPECT_EQ(result->calls[0], (ToolCall{QStringLiteral("call_A"), QStringLiteral("read_item"),
                                          QStringLiteral(R"({"id":"A"})")}));
    EXPECT_EQ(result->calls[1], (ToolCall{QStringLiteral("call_B"), QStringLiteral("read_item"),
                                          QStringLiteral(R"({"id":"B"})")}));
    const QJsonObject assistant = jsonObject(R"({"role":"assistant","content":null,"tool_calls":[
        {"id":"call_A","type":"function","function":{"name":"read_item","arguments":"{\"id\":\"A\"}"}},
        {"id":"call_B","type":"function","function":{"name":"read_item","arguments":"{\"id\":\"B\"}"}}]})");
    EXPECT_EQ(result->modelTurn.toObject(), assistant);

    const auto answer = run(chat, nextRound(first, *result,
                                            {{QStringLiteral("call_A"), QStringLiteral("read_item"),
                                              QStringLiteral(R"({"id":"A","price":3})"), false},
                                             {QStringLiteral("call_B"), QStringLiteral("read_item"),
                                              QStringLiteral(R"({"error":"not found"})"), true}}));
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->text, QStringLiteral("A costs 3."));
    const QJsonObject body2 = server.requests().at(1).json();
    EXPECT_EQ(body2.value(QStringLiteral("tools")), body1.value(QStringLiteral("tools")));
    EXPECT_EQ(body2.value(QStringLiteral("tool_choice")),
              body1.value(QStringLiteral("tool_choice")));
    const QJsonArray messages = body2.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 4);
    EXPECT_EQ(messages[0].toObject(),
              jsonObject(R"({"role":"user","content":"Compare items A and B."})"));
    EXPECT_EQ(messages[1].toObject(), assistant);
    EXPECT_EQ(
        messages[2].toObject(),
        jsonObject(
            R"({"role":"tool","tool_call_id":"call_A","content":"{\"id\":\"A\",\"price\":3}"})"));
    EXPECT_EQ(
        messages[3].toObject(),
        jsonObject(
            R"({"role":"tool","tool_call_id":"call_B","content":"{\"error\":\"not found\"}"})"));
}

TEST_F(ToolRoundsTest, AnthropicThinkingAndParallelCalls_blocksVerbatimAndOneResultMessage)
{
    QByteArray s;
    const auto ev = [&s](const QByteArray& type, const QByteArray& rest) {
        s += sseEvent(type, R"({"type":")" + type + "\"" +
                                (rest.isEmpty() ? QByteArray() : "," + rest) + "}");
    };
    ev("message_start",
       R"("message":{"id":"msg_1","role":"assistant","content":[],"usage":{"input_tokens":420,"output_tokens":1}})");
    ev("content_block_start",
       R"("index":0,"content_block":{"type":"thinking","thinking":"","signature":""})");
    ev("content_block_delta",
       R"("index":0,"delta":{"type":"thinking_delta","thinking":"I need both items…"})");
    ev("content_block_delta",
       R"("index":0,"delta":{"type":"signature_delta","signature":"EqQBsig"})");
    ev("content_block_stop", R"("index":0)");
    ev("ping", {});
    ev("content_block_start",
       R"("index":1,"content_block":{"type":"tool_use","id":"toolu_A","name":"read_item","input":{}})");
    ev("content_block_delta", R"("index":1,"delta":{"type":"input_json_delta","partial_json":""})");
    ev("content_block_delta",
       R"("index":1,"delta":{"type":"input_json_delta","partial_json":"{\"id\": \"A\"}"})");
    ev("content_block_stop", R"("index":1)");
    ev("content_block_start",
       R"("index":2,"content_block":{"type":"tool_use","id":"toolu_B","name":"read_item","input":{}})");
    ev("content_block_delta",
       R"("index":2,"delta":{"type":"input_json_delta","partial_json":"{\"id\""})");
    ev("content_block_delta",
       R"("index":2,"delta":{"type":"input_json_delta","partial_json":": \"B\"}"})");
    ev("content_block_stop", R"("index":2)");
    ev("message_delta",
       R"("delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":118})");
    ev("message_stop", {});
    server.enqueue(FakeResponse::sse(s).randomChunks(11, 29));
    server.enqueue(FakeResponse::sse(providerTranscript(QStringLiteral("anthropic_basic.sse"))));
    ProviderRequest first =
        request(ProviderKind::Anthropic, QStringLiteral("claude-sonnet-4-20250514"));
    first.maxOutputTokens = 4096;
    first.thinkingBudget = 2048;
    const auto result = run(anthropic, first);
    ASSERT_TRUE(result);
    const QJsonObject body1 = server.requests().at(0).json();
    EXPECT_EQ(body1.value(QStringLiteral("tools")).toArray().at(0).toObject(),
              jsonObject(R"({"name":"read_item","description":"Read one item by id",
        "input_schema":{"type":"object","properties":{"id":{"type":"string"}},"required":["id"],"additionalProperties":false}})"));
    EXPECT_EQ(body1.value(QStringLiteral("tool_choice")).toObject(),
              jsonObject(R"({"type":"auto"})"));
    EXPECT_EQ(result->finishReason, QStringLiteral("tool_use"));
    EXPECT_EQ(result->reasoning, QStringLiteral("I need both items…"));
    ASSERT_EQ(result->calls.size(), 2);
    EXPECT_EQ(result->calls[0], (ToolCall{QStringLiteral("toolu_A"), QStringLiteral("read_item"),
                                          QStringLiteral(R"({"id": "A"})")}));
    EXPECT_EQ(result->calls[1], (ToolCall{QStringLiteral("toolu_B"), QStringLiteral("read_item"),
                                          QStringLiteral(R"({"id": "B"})")}));
    const QJsonArray blocks =
        QJsonDocument::fromJson(
            R"([{"type":"thinking","thinking":"I need both items…","signature":"EqQBsig"},
        {"type":"tool_use","id":"toolu_A","name":"read_item","input":{"id":"A"}},
        {"type":"tool_use","id":"toolu_B","name":"read_item","input":{"id":"B"}}])")
            .array();
    EXPECT_EQ(result->modelTurn.toArray(), blocks);

    const auto answer =
        run(anthropic, nextRound(first, *result,
                                 {{QStringLiteral("toolu_A"), QStringLiteral("read_item"),
                                   QStringLiteral(R"({"id":"A","price":3})"), false},
                                  {QStringLiteral("toolu_B"), QStringLiteral("read_item"),
                                   QStringLiteral("not found"), true}}));
    ASSERT_TRUE(answer);
    const QJsonObject body2 = server.requests().at(1).json();
    for (const char* key : {"tools", "tool_choice", "thinking", "max_tokens", "model"})
        EXPECT_EQ(body2.value(QLatin1String(key)), body1.value(QLatin1String(key))) << key;
    const QJsonArray messages = body2.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 3);
    EXPECT_EQ(messages[0].toObject(),
              jsonObject(R"({"role":"user","content":"Compare items A and B."})"));
    EXPECT_EQ(messages[1].toObject(),
              (QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                           {QStringLiteral("content"), blocks}}));
    EXPECT_EQ(messages[2].toObject(), jsonObject(R"({"role":"user","content":[
        {"type":"tool_result","tool_use_id":"toolu_A","content":"{\"id\":\"A\",\"price\":3}"},
        {"type":"tool_result","tool_use_id":"toolu_B","content":"not found","is_error":true}]})"));
}

TEST_F(ToolRoundsTest, GeminiParallelCalls_partsVerbatimWithSignatureAndFunctionResponses)
{
    const QByteArray callParts =
        R"([{"functionCall":{"name":"read_item","args":{"id":"A"}},"thoughtSignature":"CiMBsig"},{"functionCall":{"name":"read_item","args":{"id":"B"}}}])";
    QByteArray s =
        "data: {\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":" + callParts +
        "},\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":61}}\r\n\r\n";
    s += "data: "
         "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"\"}]},"
         "\"finishReason\":\"STOP\",\"index\":0}],"
         "\"usageMetadata\":{\"promptTokenCount\":61,\"candidatesTokenCount\":30,"
         "\"thoughtsTokenCount\":80,\"totalTokenCount\":171}}\r\n\r\n";
    server.enqueue(FakeResponse::sse(s).randomChunks(5, 13));
    server.enqueue(FakeResponse::sse(
        "data: {\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"A costs "
        "3.\"}]},"
        "\"finishReason\":\"STOP\",\"index\":0}]}\r\n\r\n"));
    ProviderRequest first = request(ProviderKind::Gemini, QStringLiteral("gemini-2.5-pro"));
    first.thinkingBudget = -1;
    const auto result = run(gemini, first);
    ASSERT_TRUE(result);
    const QJsonObject body1 = server.requests().at(0).json();
    // Gemini's OpenAPI subset: no additionalProperties.
    EXPECT_EQ(body1.value(QStringLiteral("tools")).toArray(),
              QJsonDocument::fromJson(R"([{"functionDeclarations":[{"name":"read_item",
        "description":"Read one item by id","parameters":{"type":"object","properties":{"id":{"type":"string"}},"required":["id"]}}]}])")
                  .array());
    EXPECT_EQ(body1.value(QStringLiteral("toolConfig")).toObject(),
              jsonObject(R"({"functionCallingConfig":{"mode":"AUTO"}})"));
    ASSERT_EQ(result->calls.size(), 2);
    EXPECT_EQ(result->calls[0],
              (ToolCall{QString(), QStringLiteral("read_item"), QStringLiteral(R"({"id":"A"})")}));
    EXPECT_EQ(result->calls[1],
              (ToolCall{QString(), QStringLiteral("read_item"), QStringLiteral(R"({"id":"B"})")}));
    const QJsonArray parts = QJsonDocument::fromJson(callParts).array();
    EXPECT_EQ(result->modelTurn.toArray(), parts);

    const auto answer = run(gemini, nextRound(first, *result,
                                              {{QString(), QStringLiteral("read_item"),
                                                QStringLiteral(R"({"id":"A","price":3})"), false},
                                               {QString(), QStringLiteral("read_item"),
                                                QStringLiteral("not found"), true}}));
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->text, QStringLiteral("A costs 3."));
    const QJsonObject body2 = server.requests().at(1).json();
    for (const char* key : {"tools", "toolConfig", "generationConfig"})
        EXPECT_EQ(body2.value(QLatin1String(key)), body1.value(QLatin1String(key))) << key;
    const QJsonArray contents = body2.value(QStringLiteral("contents")).toArray();
    ASSERT_EQ(contents.size(), 3);
    EXPECT_EQ(contents[0].toObject(),
              jsonObject(R"({"role":"user","parts":[{"text":"Compare items A and B."}]})"));
    EXPECT_EQ(contents[1].toObject(),
              (QJsonObject{{QStringLiteral("role"), QStringLiteral("model")},
                           {QStringLiteral("parts"), parts}}));
    EXPECT_EQ(contents[2].toObject(), jsonObject(R"({"role":"user","parts":[
        {"functionResponse":{"name":"read_item","response":{"result":{"id":"A","price":3}}}},
        {"functionResponse":{"name":"read_item","response":{"error":"not found"}}}]})"));
}
