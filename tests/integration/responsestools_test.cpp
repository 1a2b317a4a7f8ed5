// OpenAI Responses function tools against a fake server: the PROTOCOLS.md §12.6 stream, its
// follow-up body field by field, and the o3-pro background poll that ends in calls.
#include "core/providers/openairesponsesprovider.h"
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

const QByteArray kReasoningDone =
    R"({"id":"rs_1","type":"reasoning","summary":[],"encrypted_content":"gAAAAsig1"})";
const QByteArray kCallADone =
    R"({"id":"fc_1","type":"function_call","status":"completed","arguments":"{\"id\":\"A\"}","call_id":"call_A","name":"read_item"})";

// §12.6: a reasoning item, then two calls at output_index 1 and 2, four events each. The second
// call's output_item.done omits name and call_id, as some captures do.
QByteArray parallelCallsStream()
{
    QByteArray s;
    qint64 seq = 0;
    const auto ev = [&](const QByteArray& type, const QByteArray& rest) {
        s += sseEvent(type, R"({"type":")" + type + R"(","sequence_number":)" +
                                QByteArray::number(seq++) + "," + rest + "}");
    };
    ev("response.created",
       R"("response":{"id":"resp_1","status":"in_progress","output":[],"usage":null})");
    ev("response.in_progress",
       R"("response":{"id":"resp_1","status":"in_progress","output":[],"usage":null})");
    ev("response.output_item.added",
       R"("output_index":0,"item":{"id":"rs_1","type":"reasoning","summary":[]})");
    ev("response.output_item.done", R"("output_index":0,"item":)" + kReasoningDone);
    ev("response.output_item.added",
       R"("output_index":1,"item":{"id":"fc_1","type":"function_call","status":"in_progress","arguments":"","call_id":"call_A","name":"read_item"})");
    ev("response.function_call_arguments.delta",
       R"("item_id":"fc_1","output_index":1,"delta":"{\"id\":","obfuscation":"x")");
    ev("response.function_call_arguments.delta",
       R"("item_id":"fc_1","output_index":1,"delta":"\"A\"}")");
    ev("response.function_call_arguments.done",
       R"("item_id":"fc_1","output_index":1,"arguments":"{\"id\":\"A\"}")");
    ev("response.output_item.done", R"("output_index":1,"item":)" + kCallADone);
    ev("response.output_item.added",
       R"("output_index":2,"item":{"id":"fc_2","type":"function_call","status":"in_progress","arguments":"","call_id":"call_B","name":"read_item"})");
    ev("response.function_call_arguments.delta",
       R"("item_id":"fc_2","output_index":2,"delta":"{\"id\":")");
    ev("response.function_call_arguments.delta",
       R"("item_id":"fc_2","output_index":2,"delta":"\"B\"}")");
    ev("response.function_call_arguments.done",
       R"("item_id":"fc_2","output_index":2,"arguments":"{\"id\":\"B\"}")");
    ev("response.output_item.done",
       R"("output_index":2,"item":{"id":"fc_2","type":"function_call","status":"completed","arguments":"{\"id\":\"B\"}"})");
    ev("response.completed",
       R"("response":{"id":"resp_1","status":"completed","output":[{"id":"rs_1","type":"reasoning","summary":[]},{"id":"fc_1","type":"function_call"},{"id":"fc_2","type":"function_call"}],)"
       R"("usage":{"input_tokens":61,"output_tokens":90,"output_tokens_details":{"reasoning_tokens":64}}})");
    return s;
}

QByteArray answerStream()
{
    return sseEvent(
               "response.output_text.delta",
               R"({"type":"response.output_text.delta","sequence_number":0,"output_index":0,"delta":"A costs 3; B was not found."})") +
           sseEvent(
               "response.completed",
               R"({"type":"response.completed","sequence_number":1,"response":{"id":"resp_2","status":"completed","output":[],"usage":{"input_tokens":150,"output_tokens":9}}})");
}

QList<ToolResult> resultsAB()
{
    return {{QStringLiteral("call_A"), QStringLiteral("read_item"),
             QStringLiteral(R"({"id":"A","price":3})"), false},
            {QStringLiteral("call_B"), QStringLiteral("read_item"),
             QStringLiteral(R"({"error":"not found"})"), true}};
}

class ResponsesToolsTest : public ::testing::Test
{
protected:
    ProviderRequest request(const QString& model = QStringLiteral("o4-mini")) const
    {
        ProviderRequest r;
        r.baseUrl = server.baseUrl(QStringLiteral("/v1"));
        r.apiKey = QStringLiteral("sk-test-TOOLSTOOLSTOOLS");
        r.model = model;
        r.input = QStringLiteral("Compare items A and B.");
        r.reasoningEffort = QStringLiteral("medium");
        r.tools = {readItemTool()};
        return r;
    }
    std::optional<ProviderResult> run(const ProviderRequest& r)
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
    OpenAiResponsesProvider provider{nam.get(), fastProviderOptions()};
};

} // namespace

TEST_F(ResponsesToolsTest, ParallelCallsStream_callsModelTurnAndFollowUpBodyAsSection12_6)
{
    server.enqueue(FakeResponse::sse(parallelCallsStream()).randomChunks(7, 23));
    server.enqueue(FakeResponse::sse(answerStream()));
    const ProviderRequest first = request();
    const auto result = run(first);
    ASSERT_TRUE(result);

    // The declaration: flat, strict, auto, parallel; stateless with encrypted reasoning.
    const QJsonObject body1 = server.requests().at(0).json();
    const QJsonObject tool = body1.value(QStringLiteral("tools")).toArray().at(0).toObject();
    EXPECT_EQ(
        tool,
        jsonObject(
            R"({"type":"function","name":"read_item","description":"Read one item by id","strict":true,
        "parameters":{"type":"object","properties":{"id":{"type":"string"}},"required":["id"],"additionalProperties":false}})"));
    EXPECT_EQ(body1.value(QStringLiteral("tool_choice")).toString(), QStringLiteral("auto"));
    EXPECT_EQ(body1.value(QStringLiteral("parallel_tool_calls")), QJsonValue(true));
    EXPECT_EQ(body1.value(QStringLiteral("store")), QJsonValue(false));
    EXPECT_EQ(body1.value(QStringLiteral("include")).toArray(),
              QJsonArray{QStringLiteral("reasoning.encrypted_content")});

    ASSERT_EQ(result->calls.size(), 2);
    EXPECT_EQ(result->calls[0], (ToolCall{QStringLiteral("call_A"), QStringLiteral("read_item"),
                                          QStringLiteral(R"({"id":"A"})")}));
    EXPECT_EQ(result->calls[1], (ToolCall{QStringLiteral("call_B"), QStringLiteral("read_item"),
                                          QStringLiteral(R"({"id":"B"})")}));
    EXPECT_EQ(result->toolCalls, QStringList{QStringLiteral("read_item")});
    const QJsonArray turn = result->modelTurn.toArray();
    ASSERT_EQ(turn.size(), 3);
    EXPECT_EQ(turn[0].toObject(), jsonObject(kReasoningDone));
    EXPECT_EQ(turn[1].toObject(), jsonObject(kCallADone));
    // The added event's name and call_id complete the abridged done item.
    EXPECT_EQ(turn[2].toObject(),
              jsonObject(R"({"id":"fc_2","type":"function_call","status":"completed",
        "arguments":"{\"id\":\"B\"}","call_id":"call_B","name":"read_item"})"));

    const auto answer = run(nextRound(first, *result, resultsAB()));
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->text, QStringLiteral("A costs 3; B was not found."));
    EXPECT_TRUE(answer->calls.isEmpty());
    const QJsonObject body2 = server.requests().at(1).json();
    for (const char* key : {"model", "store", "include", "tools", "tool_choice",
                            "parallel_tool_calls", "reasoning", "stream"})
        EXPECT_EQ(body2.value(QLatin1String(key)), body1.value(QLatin1String(key))) << key;
    const QJsonArray input = body2.value(QStringLiteral("input")).toArray();
    ASSERT_EQ(input.size(), 6);
    EXPECT_EQ(input[0], body1.value(QStringLiteral("input")).toArray().at(0));
    EXPECT_EQ(input[1].toObject(), turn[0].toObject());
    EXPECT_EQ(input[2].toObject(), turn[1].toObject());
    EXPECT_EQ(input[3].toObject(), turn[2].toObject());
    EXPECT_EQ(
        input[4].toObject(),
        jsonObject(
            R"({"type":"function_call_output","call_id":"call_A","output":"{\"id\":\"A\",\"price\":3}"})"));
    EXPECT_EQ(
        input[5].toObject(),
        jsonObject(
            R"({"type":"function_call_output","call_id":"call_B","output":"{\"error\":\"not found\"}"})"));
}

TEST_F(ResponsesToolsTest, StreamCutBetweenArgumentDeltas_noCallTextKeptFails)
{
    QByteArray s = sseEvent(
        "response.output_text.delta",
        R"({"type":"response.output_text.delta","sequence_number":0,"output_index":0,"delta":"Let me look."})");
    s += sseEvent(
        "response.output_item.added",
        R"({"type":"response.output_item.added","sequence_number":1,"output_index":1,"item":{"id":"fc_1","type":"function_call","arguments":"","call_id":"call_A","name":"read_item"}})");
    s += sseEvent(
        "response.function_call_arguments.delta",
        R"({"type":"response.function_call_arguments.delta","sequence_number":2,"output_index":1,"delta":"{\"id\":"})");
    server.enqueue(FakeResponse::sse(s));
    std::unique_ptr<ProviderReply> reply(provider.send(request()));
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.failedCount, 1);
    EXPECT_EQ(reply->text(), QStringLiteral("Let me look."));
    EXPECT_TRUE(reply->isPartial());
    EXPECT_TRUE(reply->calls().isEmpty());
    EXPECT_TRUE(reply->result().calls.isEmpty());
}

TEST_F(ResponsesToolsTest, BackgroundPollEndsInCalls_continuedStatelessAndPolledAgain)
{
    const QByteArray created =
        R"({"id":"resp_bg1","status":"queued","background":true,"output":[],"usage":null})";
    const QByteArray calls =
        R"({"id":"resp_bg1","status":"completed","background":true,"model":"o3-pro-2025-06-10","output":[)" +
        kReasoningDone +
        R"(,{"id":"fc_9","type":"function_call","status":"completed","call_id":"call_9","name":"read_item","arguments":"{\"id\":\"A\"}"}],)"
        R"("usage":{"input_tokens":400,"output_tokens":700}})";
    const QByteArray created2 =
        R"({"id":"resp_bg2","status":"queued","background":true,"output":[],"usage":null})";
    const QByteArray answer =
        R"({"id":"resp_bg2","status":"completed","background":true,"output":[{"id":"msg_2","type":"message","role":"assistant",)"
        R"("content":[{"type":"output_text","text":"A costs 3."}]}],"usage":{"input_tokens":900,"output_tokens":40}})";
    server.route("POST", QStringLiteral("/v1/responses"), FakeResponse::json(200, created));
    server.route("POST", QStringLiteral("/v1/responses"), FakeResponse::json(200, created2));
    server.route("GET", QStringLiteral("/v1/responses/resp_bg1"), FakeResponse::json(200, calls));
    server.route("GET", QStringLiteral("/v1/responses/resp_bg2"), FakeResponse::json(200, answer));

    ProviderRequest first = request(QStringLiteral("o3-pro"));
    first.background = true;
    first.stream = false;
    const auto result = run(first);
    ASSERT_TRUE(result);
    ASSERT_EQ(result->calls.size(), 1);
    EXPECT_EQ(result->calls[0], (ToolCall{QStringLiteral("call_9"), QStringLiteral("read_item"),
                                          QStringLiteral(R"({"id":"A"})")}));
    EXPECT_EQ(result->modelTurn.toArray().size(), 2);
    EXPECT_EQ(result->modelTurn.toArray().at(0).toObject(), jsonObject(kReasoningDone));

    const auto final = run(nextRound(first, *result,
                                     {{QStringLiteral("call_9"), QStringLiteral("read_item"),
                                       QStringLiteral(R"({"id":"A","price":3})"), false}}));
    ASSERT_TRUE(final);
    EXPECT_EQ(final->text, QStringLiteral("A costs 3."));
    const QList<RecordedRequest> reqs = server.requests();
    ASSERT_EQ(reqs.size(), 4);
    EXPECT_EQ(reqs[2].method, QByteArray("POST"));
    const QJsonObject body = reqs[2].json();
    // Background stores, yet the round carries its own context (no previous_response_id).
    EXPECT_EQ(body.value(QStringLiteral("background")), QJsonValue(true));
    EXPECT_EQ(body.value(QStringLiteral("store")), QJsonValue(true));
    EXPECT_FALSE(body.contains(QStringLiteral("previous_response_id")));
    EXPECT_EQ(body.value(QStringLiteral("include")).toArray(),
              QJsonArray{QStringLiteral("reasoning.encrypted_content")});
    EXPECT_EQ(body.value(QStringLiteral("tools")), reqs[0].json().value(QStringLiteral("tools")));
    const QJsonArray input = body.value(QStringLiteral("input")).toArray();
    ASSERT_EQ(input.size(), 4);
    EXPECT_EQ(input[1].toObject(), jsonObject(kReasoningDone));
    EXPECT_EQ(input[2].toObject().value(QStringLiteral("call_id")).toString(),
              QStringLiteral("call_9"));
    EXPECT_EQ(
        input[3].toObject(),
        jsonObject(
            R"({"type":"function_call_output","call_id":"call_9","output":"{\"id\":\"A\",\"price\":3}"})"));
    EXPECT_EQ(reqs[3].path(), QStringLiteral("/v1/responses/resp_bg2"));
}
