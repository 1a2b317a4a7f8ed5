#include "core/providers/responsesprotocol.h"
#include "core/providers/ssedecoder.h"
#include "support/providertesting.h"
#include "support/streamreplay.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

ProviderRequest o3Request()
{
    ProviderRequest r;
    r.kind = ProviderKind::OpenAiResponses;
    r.baseUrl = QStringLiteral("http://127.0.0.1:9/v1/");
    r.apiKey = QStringLiteral("sk-test-key");
    r.model = QStringLiteral("o3");
    r.instructions = QStringLiteral("You are a careful reviewer.");
    r.input = QStringLiteral("Review this.");
    r.reasoningEffort = QStringLiteral("high");
    r.reasoningSummary = true;
    r.maxOutputTokens = 32000;
    r.temperature = 0.2;
    return r;
}

} // namespace

TEST(ResponsesProtocol_createCall, o3BodyHasNoTemperature)
{
    const HttpCall c = ResponsesProtocol::createCall(o3Request());
    EXPECT_EQ(c.url.toString(), QStringLiteral("http://127.0.0.1:9/v1/responses"));
    EXPECT_EQ(c.header("Authorization"), QByteArray("Bearer sk-test-key"));
    const QJsonObject b = QJsonDocument::fromJson(c.body).object();
    EXPECT_EQ(b.value(QStringLiteral("model")).toString(), QStringLiteral("o3"));
    EXPECT_FALSE(b.contains(QStringLiteral("temperature")));
    EXPECT_EQ(b.value(QStringLiteral("instructions")).toString(),
              QStringLiteral("You are a careful reviewer."));
    EXPECT_EQ(
        b.value(QStringLiteral("reasoning")).toObject().value(QStringLiteral("effort")).toString(),
        QStringLiteral("high"));
    EXPECT_EQ(
        b.value(QStringLiteral("reasoning")).toObject().value(QStringLiteral("summary")).toString(),
        QStringLiteral("auto"));
    EXPECT_EQ(b.value(QStringLiteral("max_output_tokens")).toInt(), 32000);
    EXPECT_TRUE(b.value(QStringLiteral("stream")).toBool());
    EXPECT_FALSE(b.contains(QStringLiteral("background")));
    const QJsonObject msg = b.value(QStringLiteral("input")).toArray().first().toObject();
    EXPECT_EQ(msg.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
    EXPECT_EQ(msg.value(QStringLiteral("content"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("text"))
                  .toString(),
              QStringLiteral("Review this."));
}

TEST(ResponsesProtocol_createCall, gpt41KeepsTemperatureBackgroundSetsStore)
{
    ProviderRequest r = o3Request();
    r.model = QStringLiteral("gpt-4.1");
    r.background = true;
    r.stream = false;
    const QJsonObject b = QJsonDocument::fromJson(ResponsesProtocol::createCall(r).body).object();
    EXPECT_DOUBLE_EQ(b.value(QStringLiteral("temperature")).toDouble(), 0.2);
    EXPECT_TRUE(b.value(QStringLiteral("background")).toBool());
    EXPECT_TRUE(b.value(QStringLiteral("store")).toBool());
    EXPECT_FALSE(b.value(QStringLiteral("stream")).toBool());
}

TEST(ResponsesProtocol_followUpCalls, resumeRetrieveCancelUrls)
{
    const ProviderRequest r = o3Request();
    const HttpCall resume = ResponsesProtocol::resumeStreamCall(r, QStringLiteral("resp_1"), 5);
    EXPECT_EQ(resume.method, QByteArray("GET"));
    EXPECT_EQ(
        resume.url.toString(),
        QStringLiteral("http://127.0.0.1:9/v1/responses/resp_1?stream=true&starting_after=5"));
    EXPECT_EQ(ResponsesProtocol::retrieveCall(r, QStringLiteral("resp_1")).url.path(),
              QStringLiteral("/v1/responses/resp_1"));
    const HttpCall cancel = ResponsesProtocol::cancelCall(r, QStringLiteral("resp_1"));
    EXPECT_EQ(cancel.method, QByteArray("POST"));
    EXPECT_EQ(cancel.url.path(), QStringLiteral("/v1/responses/resp_1/cancel"));
}

TEST(ResponsesProtocol_textStream, utf8DeltasAndUsage)
{
    const ReplaySummary s =
        replayTranscriptAllWays<ResponsesProtocol>(QStringLiteral("responses_text.sse"));
    EXPECT_EQ(s.text, QStringLiteral("Grüße, hello — 你好, hi 🙂!"));
    EXPECT_TRUE(s.reasoning.isEmpty());
    ASSERT_TRUE(s.lastUsage);
    EXPECT_EQ(s.lastUsage->inputTokens, 13);
    EXPECT_EQ(s.lastUsage->outputTokens, 12);
    EXPECT_EQ(s.responseIds, QStringList{QStringLiteral("resp_045d8a1b2c3d")});
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Completed);
    EXPECT_FALSE(s.terminal->truncated);
    EXPECT_EQ(s.terminalCount, 1);
}

TEST(ResponsesProtocol_reasoningStream, twoSummaryPartsSeparated)
{
    const ReplaySummary s =
        replayTranscriptAllWays<ResponsesProtocol>(QStringLiteral("responses_reasoning.sse"));
    EXPECT_EQ(s.reasoning,
              QStringLiteral("**Reading the question**\n\nThe user asks for a proof sketch.\n\n"
                             "**Checking edge cases**\n\nn = 0 holds trivially."));
    EXPECT_EQ(s.text, QStringLiteral("By induction on n: the base case is immediate."));
    ASSERT_TRUE(s.lastUsage);
    EXPECT_EQ(s.lastUsage->reasoningTokens, 832);
    EXPECT_EQ(s.lastUsage->cachedInputTokens, 64);
}

TEST(ResponsesProtocol_incomplete, completesTruncated)
{
    const ReplaySummary s =
        replayTranscriptAllWays<ResponsesProtocol>(QStringLiteral("responses_incomplete.sse"));
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Completed);
    EXPECT_TRUE(s.terminal->truncated);
    EXPECT_EQ(s.terminal->text, QStringLiteral("max_output_tokens"));
    EXPECT_EQ(s.text, QStringLiteral("The first half of"));
}

TEST(ResponsesProtocol_failed, serverErrorFails)
{
    const ReplaySummary s =
        replayTranscriptAllWays<ResponsesProtocol>(QStringLiteral("responses_failed.sse"));
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Failed);
    EXPECT_EQ(s.terminal->error.code, ErrorCode::Server);
    EXPECT_TRUE(s.terminal->error.message.contains(QStringLiteral("failed to generate")));
}

TEST(ResponsesProtocol_errorEvents, bothShapesFail)
{
    ReplaySummary s =
        replayTranscriptAllWays<ResponsesProtocol>(QStringLiteral("responses_error_nested.sse"));
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->error.code, ErrorCode::TooLarge);
    EXPECT_TRUE(s.terminal->error.message.contains(QStringLiteral("context window")));
    s = replayTranscriptAllWays<ResponsesProtocol>(QStringLiteral("responses_error_flat.sse"));
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Failed);
    EXPECT_TRUE(s.terminal->error.message.contains(QStringLiteral("Something went wrong")));
}

TEST(ResponsesProtocol_truncatedStream, failsAtEof)
{
    const QByteArray bytes = providerTranscript(QStringLiteral("responses_text.sse"));
    ResponsesProtocol m;
    const ReplaySummary s =
        replayStream(m, bytes.left(bytes.indexOf("response.output_text.done")), 3);
    ASSERT_TRUE(s.terminal);
    EXPECT_EQ(s.terminal->kind, StreamEvent::Kind::Failed);
    EXPECT_EQ(s.terminal->error.code, ErrorCode::Network);
    EXPECT_EQ(s.text, QStringLiteral("Grüße, hello — 你好, hi 🙂!"));
}

TEST(ResponsesProtocol_replayedEvents, dedupedBySequenceNumber)
{
    const QByteArray bytes = providerTranscript(QStringLiteral("responses_background_stream.sse"));
    ResponsesProtocol m;
    SseDecoder d;
    QString text;
    // The whole stream twice, as a resume without starting_after would replay it.
    for (int round = 0; round < 2; ++round) {
        for (const SseEvent& e : d.feed(bytes)) {
            for (const StreamEvent& ev : m.map(e)) {
                if (ev.kind == StreamEvent::Kind::TextDelta)
                    text += ev.text;
            }
        }
    }
    EXPECT_EQ(text, QStringLiteral("Alpha beta gamma delta epsilon zeta eta theta."));
    EXPECT_EQ(m.lastSequence(), 11);
}

TEST(ResponsesProtocol_parseResponse, backgroundObject)
{
    const ResponseSnapshot s = ResponsesProtocol::parseResponse(
        QJsonDocument::fromJson(providerTranscript(QStringLiteral("responses_bg_completed.json")))
            .object());
    EXPECT_EQ(s.status, QStringLiteral("completed"));
    EXPECT_TRUE(s.isTerminal());
    EXPECT_EQ(s.text, QStringLiteral("Design B is safer."));
    EXPECT_EQ(s.reasoning, QStringLiteral("Weighing both designs."));
    EXPECT_EQ(s.usage.reasoningTokens, 8800);
    const ResponseSnapshot q = ResponsesProtocol::parseResponse(
        QJsonDocument::fromJson(providerTranscript(QStringLiteral("responses_bg_queued.json")))
            .object());
    EXPECT_FALSE(q.isTerminal());
    EXPECT_FALSE(q.usage.isKnown());
}
