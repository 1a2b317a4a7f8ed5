// What a model sent arrives whole: Gemini read to the end of the body, refusals kept apart from
// answers, and calls that asked for a tool instead of answering reported by name.
#include "core/providers/anthropicprotocol.h"
#include "core/providers/batch/openaibatchprotocol.h"
#include "core/providers/chatcompletionsprotocol.h"
#include "core/providers/geminiprotocol.h"
#include "core/providers/httperrorclassifier.h"
#include "core/providers/responsesprotocol.h"
#include "support/providertesting.h"
#include "support/streamreplay.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

TEST(GeminiProtocol_stopOnEveryChunk, readsToTheEndAndTheLastUsageWins)
{
    const ReplaySummary s = replayTranscriptAllWays<GeminiProtocol>(QStringLiteral("gemini_stop_every_chunk.sse"));
    EXPECT_EQ(s.text, QStringLiteral("Autumn wind, leaves falling —\nthe plan has four steps: gather, sort, decide, "
                                     "and write it down."));
    ASSERT_TRUE(s.lastUsage);
    EXPECT_EQ(s.lastUsage->outputTokens, 106);
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Completed);
    EXPECT_EQ(s.terminal->text, QStringLiteral("STOP"));
    EXPECT_FALSE(s.terminal->truncated);
    EXPECT_EQ(s.terminalCount, 1);
    // The terminal event comes last, after every text delta.
    EXPECT_EQ(s.events.last().kind, StreamEvent::Kind::Completed);
}

TEST(GeminiProtocol_recitationAfterAnEarlyStop, failsAndKeepsTheText)
{
    const ReplaySummary s =
        replayTranscriptAllWays<GeminiProtocol>(QStringLiteral("gemini_stop_then_recitation.sse"));
    EXPECT_EQ(s.text, QStringLiteral("Here is the poem: Shall I compare thee"));
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Failed);
    EXPECT_TRUE(s.terminal->error.message.contains(QStringLiteral("RECITATION")));
}

TEST(GeminiProtocol_safetyThenStop, safetyIsNotUndoneByALaterStop)
{
    GeminiProtocol m;
    const ReplaySummary s = replayStream(
        m, "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"A\"}]},\"finishReason\":\"SAFETY\"}]}\n\n"
           "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"B\"}]},\"finishReason\":\"STOP\"}]}\n\n");
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Failed);
    EXPECT_TRUE(s.terminal->error.message.contains(QStringLiteral("SAFETY")));
    EXPECT_EQ(s.text, QStringLiteral("AB"));
}

TEST(GeminiProtocol_functionCallOnly, namesTheCallAndHasNoText)
{
    const ReplaySummary s =
        replayTranscriptAllWays<GeminiProtocol>(QStringLiteral("gemini_function_call_only.sse"));
    EXPECT_TRUE(s.text.isEmpty());
    EXPECT_EQ(s.toolCalls, QStringList{QStringLiteral("read_item")});
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Completed);
}

TEST(AnthropicProtocol_refusalStopReason, isARefusalWithTheProvidersExplanation)
{
    const ReplaySummary s = replayTranscriptAllWays<AnthropicProtocol>(QStringLiteral("anthropic_refusal.sse"));
    EXPECT_TRUE(s.text.isEmpty());
    EXPECT_EQ(s.refusal, QStringLiteral("(cyber) This request was declined under the usage policy."));
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Completed);
    EXPECT_EQ(s.terminal->text, QStringLiteral("refusal"));
    ASSERT_TRUE(s.lastUsage);
    EXPECT_EQ(s.lastUsage->outputTokens, 5);
}

TEST(AnthropicProtocol_toolUseOnly, namesTheToolAndHasNoText)
{
    const ReplaySummary s =
        replayTranscriptAllWays<AnthropicProtocol>(QStringLiteral("anthropic_tool_use_only.sse"));
    EXPECT_TRUE(s.text.isEmpty());
    EXPECT_EQ(s.toolCalls, QStringList{QStringLiteral("search_pack")});
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->text, QStringLiteral("tool_use"));
}

TEST(ChatCompletionsProtocol_refusalDeltas, areARefusalNotAnswerText)
{
    const ReplaySummary s = replayTranscriptAllWays<ChatCompletionsProtocol>(QStringLiteral("chat_refusal.sse"));
    EXPECT_TRUE(s.text.isEmpty());
    EXPECT_EQ(s.refusal, QStringLiteral("I'm sorry, I can't help with that."));
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Completed);
}

TEST(ChatCompletionsProtocol_toolCallsOnly, namesEachCallOnce)
{
    const ReplaySummary s =
        replayTranscriptAllWays<ChatCompletionsProtocol>(QStringLiteral("chat_tool_calls_only.sse"));
    EXPECT_TRUE(s.text.isEmpty());
    EXPECT_TRUE(s.refusal.isEmpty()); // "refusal": null / "" is not a refusal
    EXPECT_EQ(s.toolCalls, (QStringList{QStringLiteral("list_items"), QStringLiteral("read_item")}));
}

TEST(ResponsesProtocol_refusalParts, areARefusalNotAnswerText)
{
    const ReplaySummary s = replayTranscriptAllWays<ResponsesProtocol>(QStringLiteral("responses_refusal.sse"));
    EXPECT_TRUE(s.text.isEmpty());
    // Streamed deltas are not repeated from the final response object.
    EXPECT_EQ(s.refusal, QStringLiteral("I can't help with that."));
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Completed);
}

TEST(ResponsesProtocol_functionCallOnly, namesTheCall)
{
    const ReplaySummary s =
        replayTranscriptAllWays<ResponsesProtocol>(QStringLiteral("responses_function_call_only.sse"));
    EXPECT_TRUE(s.text.isEmpty());
    // Named by output_item.added, .done and the final object; the reply keeps each name once.
    ASSERT_FALSE(s.toolCalls.isEmpty());
    for (const QString& name : s.toolCalls)
        EXPECT_EQ(name, QStringLiteral("search_pack"));
}

TEST(ResponsesProtocol_polledSnapshot, keepsRefusalAndFunctionCallsApartFromText)
{
    const QJsonObject response = QJsonDocument::fromJson(R"({"id":"resp_1","status":"completed","output":[
        {"type":"message","content":[{"type":"output_text","text":"Partly: "},{"type":"refusal","refusal":"no more."}]},
        {"type":"function_call","name":"read_item","arguments":"{}"}]})")
                                     .object();
    const ResponseSnapshot s = ResponsesProtocol::parseResponse(response);
    EXPECT_EQ(s.text, QStringLiteral("Partly: "));
    EXPECT_EQ(s.refusal, QStringLiteral("no more."));
    EXPECT_EQ(s.toolCalls, QStringList{QStringLiteral("read_item")});
    const QList<StreamEvent> events = ResponsesProtocol::terminalEvents(
        s, true, true, QString(), HttpErrorClassifier::ErrorPhase::BackgroundPoll);
    ASSERT_EQ(events.size(), 5);
    EXPECT_EQ(events[0].kind, StreamEvent::Kind::TextDelta);
    EXPECT_EQ(events[1].kind, StreamEvent::Kind::RefusalDelta);
    EXPECT_EQ(events[2].kind, StreamEvent::Kind::ToolCallRequested);
    EXPECT_EQ(events[3].kind, StreamEvent::Kind::ModelTurn);
    EXPECT_EQ(events[3].calls.size(), 1);
    EXPECT_EQ(events[4].kind, StreamEvent::Kind::Completed);
}

TEST(ResponsesProtocol_polledFailure, namesTheBackgroundResponseNotAStream)
{
    const QJsonObject response = QJsonDocument::fromJson(
                                     R"({"id":"resp_2","status":"failed","error":{"code":"insufficient_quota",
        "message":"You exceeded your current quota."},"output":[]})")
                                     .object();
    const ResponseSnapshot s = ResponsesProtocol::parseResponse(response);
    const QList<StreamEvent> polled = ResponsesProtocol::terminalEvents(
        s, true, true, QString(), HttpErrorClassifier::ErrorPhase::BackgroundPoll);
    ASSERT_EQ(polled.size(), 1);
    EXPECT_EQ(polled[0].error.code, ErrorCode::Quota);
    EXPECT_FALSE(polled[0].error.message.contains(QStringLiteral("stream"))) << polled[0].error.message.toStdString();
    EXPECT_TRUE(polled[0].error.message.contains(QStringLiteral("background response failed")));
    EXPECT_TRUE(polled[0].error.message.contains(QStringLiteral("You exceeded your current quota.")));
    const QList<StreamEvent> streamed = ResponsesProtocol::terminalEvents(s, true, true, QString());
    EXPECT_TRUE(streamed[0].error.message.contains(QStringLiteral("during the stream")));
    const QList<StreamEvent> batched = ResponsesProtocol::terminalEvents(
        s, true, true, QString(), HttpErrorClassifier::ErrorPhase::BatchResult);
    EXPECT_TRUE(batched[0].error.message.contains(QStringLiteral("batch request failed")));
}

// Batch results are read without a stream: a refusal or a tool call there must not be lost.
TEST(BatchResults_refusalAndToolCalls, keptLikeAStreamedCall)
{
    const QJsonObject openAiLine = QJsonDocument::fromJson(R"({"custom_id":"c1","response":{"status_code":200,
        "body":{"id":"resp_b1","status":"completed","output":[{"type":"message","content":[
        {"type":"refusal","refusal":"I can't help with that."}]}],"usage":{"input_tokens":5,"output_tokens":3}}}})")
                                       .object();
    const BatchLineResult openAi = OpenAiBatchProtocol::parseLine(openAiLine, QString());
    EXPECT_TRUE(openAi.result.refused);
    EXPECT_EQ(openAi.result.refusal, QStringLiteral("I can't help with that."));

    const QJsonObject message = QJsonDocument::fromJson(R"({"id":"msg_b1","model":"claude-sonnet-4-5",
        "content":[{"type":"tool_use","id":"t1","name":"read_item","input":{}}],"stop_reason":"tool_use",
        "usage":{"input_tokens":10,"output_tokens":4}})")
                                    .object();
    const ProviderResult tool = AnthropicProtocol::parseMessage(message);
    EXPECT_EQ(tool.toolCalls, QStringList{QStringLiteral("read_item")});
    EXPECT_FALSE(tool.refused);
    const QJsonObject refusal = QJsonDocument::fromJson(R"({"id":"msg_b2","content":[],"stop_reason":"refusal",
        "stop_details":{"type":"refusal","category":"cyber","explanation":"Declined."},"usage":{"output_tokens":2}})")
                                    .object();
    const ProviderResult refused = AnthropicProtocol::parseMessage(refusal);
    EXPECT_TRUE(refused.refused);
    EXPECT_EQ(refused.refusal, QStringLiteral("(cyber) Declined."));
}
