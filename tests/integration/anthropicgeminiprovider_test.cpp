#include "core/providers/anthropicprovider.h"
#include "core/providers/geminiprovider.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"
#include "support/replyrecorder.h"

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

class AnthropicGeminiProviderTest : public ::testing::Test
{
protected:
    ProviderRequest request(ProviderKind kind, const QString& model) const
    {
        ProviderRequest r;
        r.kind = kind;
        r.baseUrl = server.baseUrl();
        r.apiKey = QStringLiteral("test-key-ABCDEFGHIJKLMNOP");
        r.model = model;
        r.instructions = QStringLiteral("Be exact.");
        r.input = QStringLiteral("27 * 453?");
        return r;
    }

    FakeHttpServer server;
    std::unique_ptr<QNetworkAccessManager> nam = makeTestNetworkManager();
    AnthropicProvider anthropic{nam.get(), fastProviderOptions()};
    GeminiProvider gemini{nam.get(), fastProviderOptions()};
};

qint64 countOf(ApiCall* call, Error* error)
{
    qint64 n = -1;
    QObject::connect(call, &ApiCall::finished, [&](const QVariant& v) { n = v.toLongLong(); });
    QObject::connect(call, &ApiCall::failed, [&](const Error& e) { *error = e; });
    waitFor([&] { return call->isDone(); });
    return n;
}

} // namespace

TEST_F(AnthropicGeminiProviderTest, AnthropicThinking_randomChunks_reasoningTextUsageHeaders)
{
    for (quint32 seed = 1; seed <= 3; ++seed) {
        server.enqueue(
            FakeResponse::sse(providerTranscript(QStringLiteral("anthropic_thinking.sse")))
                .randomChunks(seed, seed * 3));
        ProviderRequest r =
            request(ProviderKind::Anthropic, QStringLiteral("claude-sonnet-4-20250514"));
        r.thinkingBudget = 2048;
        r.maxOutputTokens = 8000;
        std::unique_ptr<ProviderReply> reply(anthropic.send(r));
        ReplyRecorder rec(reply.get());
        ASSERT_TRUE(rec.waitDone());
        ASSERT_EQ(rec.finishedCount, 1);
        EXPECT_EQ(rec.result->reasoning,
                  QStringLiteral("Let me work through this… 27 × 453 = 12231."));
        EXPECT_EQ(rec.result->text, QStringLiteral("27 × 453 = **12,231**."));
        EXPECT_EQ(rec.result->usage.inputTokens, 2949);
        EXPECT_EQ(rec.result->usage.outputTokens, 312);
        const RecordedRequest req = server.lastRequest();
        EXPECT_EQ(req.path(), QStringLiteral("/v1/messages"));
        EXPECT_EQ(req.header("x-api-key"), QByteArray("test-key-ABCDEFGHIJKLMNOP"));
        EXPECT_EQ(req.header("anthropic-version"), QByteArray("2023-06-01"));
        EXPECT_EQ(req.json()
                      .value(QStringLiteral("thinking"))
                      .toObject()
                      .value(QStringLiteral("budget_tokens"))
                      .toInt(),
                  2048);
    }
}

TEST_F(AnthropicGeminiProviderTest, AnthropicOverloadedMidStream_failsKeepingText)
{
    server.enqueue(
        FakeResponse::sse(providerTranscript(QStringLiteral("anthropic_overloaded.sse"))));
    std::unique_ptr<ProviderReply> reply(
        anthropic.send(request(ProviderKind::Anthropic, QStringLiteral("claude-opus-4"))));
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.failedCount, 1);
    EXPECT_EQ(rec.error->code, ErrorCode::Server);
    EXPECT_EQ(reply->text(), QStringLiteral("I started to"));
    EXPECT_TRUE(reply->isPartial());
}

TEST_F(AnthropicGeminiProviderTest, Anthropic529ThenSuccess_retried)
{
    server.enqueue(FakeResponse::json(
        529,
        R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_1"})"));
    server.enqueue(FakeResponse::sse(providerTranscript(QStringLiteral("anthropic_basic.sse"))));
    std::unique_ptr<ProviderReply> reply(
        anthropic.send(request(ProviderKind::Anthropic, QStringLiteral("claude-opus-4"))));
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.finishedCount, 1);
    EXPECT_EQ(rec.result->text, QStringLiteral("Hello there"));
    EXPECT_EQ(rec.result->attempts, 2);
    EXPECT_TRUE(rec.sawState(ReplyState::Retrying));
}

TEST_F(AnthropicGeminiProviderTest, Anthropic429RetryAfterSeconds_honouredThenSuccess)
{
    ProviderOptions o = fastProviderOptions();
    o.retry.maxDelayMs = 5000;
    anthropic.setOptions(o);
    server.enqueue(
        FakeResponse::json(
            429,
            R"({"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"}})")
            .header("retry-after", "1")
            .header("anthropic-ratelimit-tokens-remaining", "0"));
    server.enqueue(FakeResponse::sse(providerTranscript(QStringLiteral("anthropic_basic.sse"))));
    std::unique_ptr<ProviderReply> reply(
        anthropic.send(request(ProviderKind::Anthropic, QStringLiteral("claude-opus-4"))));
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(waitFor([&] { return reply->state() == ReplyState::Retrying; }));
    ASSERT_TRUE(reply->lastTransientError());
    EXPECT_EQ(reply->lastTransientError()->code, ErrorCode::RateLimited);
    EXPECT_TRUE(reply->lastTransientError()->message.contains(QStringLiteral("Retrying in 1 s")));
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.finishedCount, 1);
    EXPECT_GE(rec.result->elapsedMs, 1000);
    EXPECT_EQ(server.requestCount(), 2);
}

TEST_F(AnthropicGeminiProviderTest, ReplyDeletedMidStream_emitsNothingAndClosesConnection)
{
    const QByteArray t = providerTranscript(QStringLiteral("anthropic_basic.sse"));
    server.enqueue(FakeResponse::sse(t).stallAfter(t.indexOf("there")));
    auto reply = std::unique_ptr<ProviderReply>(
        anthropic.send(request(ProviderKind::Anthropic, QStringLiteral("claude-opus-4"))));
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(waitFor([&] { return !rec.textDeltas.isEmpty(); }));
    reply.reset();
    EXPECT_TRUE(waitFor([&] { return server.openConnections() == 0; }, 5000));
    EXPECT_EQ(rec.terminalCount(), 0);
}

TEST_F(AnthropicGeminiProviderTest, AnthropicInvalidBudget_failsWithoutRequest)
{
    ProviderRequest r = request(ProviderKind::Anthropic, QStringLiteral("claude-opus-4"));
    r.thinkingBudget = 100;
    std::unique_ptr<ProviderReply> reply(anthropic.send(r));
    ReplyRecorder rec(reply.get());
    EXPECT_EQ(rec.terminalCount(), 0); // never synchronous
    ASSERT_TRUE(rec.waitDone());
    EXPECT_EQ(rec.error->code, ErrorCode::InvalidInput);
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(AnthropicGeminiProviderTest, AnthropicCountTokens_returnsCount)
{
    server.route("POST", QStringLiteral("/v1/messages/count_tokens"),
                 FakeResponse::json(200, R"({"input_tokens": 14})"));
    std::unique_ptr<ApiCall> call(
        anthropic.countTokens(request(ProviderKind::Anthropic, QStringLiteral("claude-opus-4"))));
    Error err;
    EXPECT_EQ(countOf(call.get(), &err), 14);
    EXPECT_EQ(server.lastRequest().header("x-api-key"), QByteArray("test-key-ABCDEFGHIJKLMNOP"));
}

TEST_F(AnthropicGeminiProviderTest, GeminiCrlfStream_crSplitFromLf_thoughtsAndText)
{
    const QByteArray t = providerTranscript(QStringLiteral("gemini_thinking.sse"));
    // Cut every CRLF between its CR and LF, with a pause, so they arrive in separate reads.
    FakeResponse r = FakeResponse::sse({});
    r.chunks.clear();
    qsizetype start = 0;
    for (qsizetype at = t.indexOf("\r\n"); at >= 0; at = t.indexOf("\r\n", at + 2)) {
        r.chunk(t.mid(start, at + 1 - start), 2);
        start = at + 1;
    }
    r.chunk(t.mid(start), 2);
    server.enqueue(r);
    ProviderRequest req = request(ProviderKind::Gemini, QStringLiteral("gemini-2.5-flash"));
    req.thinkingBudget = 1024;
    req.reasoningSummary = true;
    std::unique_ptr<ProviderReply> reply(gemini.send(req));
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.finishedCount, 1)
        << (rec.error ? rec.error->message.toStdString() : std::string());
    EXPECT_EQ(rec.result->text, QStringLiteral("Héllo wörld — done."));
    EXPECT_TRUE(rec.result->reasoning.startsWith(QStringLiteral("**Initiating the Descent**")));
    EXPECT_EQ(rec.result->usage.reasoningTokens, 59);
    const RecordedRequest sent = server.lastRequest();
    EXPECT_EQ(sent.target,
              QByteArray("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"));
    EXPECT_EQ(sent.header("x-goog-api-key"), QByteArray("test-key-ABCDEFGHIJKLMNOP"));
    EXPECT_EQ(sent.json()
                  .value(QStringLiteral("generationConfig"))
                  .toObject()
                  .value(QStringLiteral("thinkingConfig"))
                  .toObject()
                  .value(QStringLiteral("thinkingBudget"))
                  .toInt(),
              1024);
}

TEST_F(AnthropicGeminiProviderTest, Gemini429RetryInfoThen503ThenSuccess_retried)
{
    ProviderOptions o = fastProviderOptions();
    o.retry.maxDelayMs = 50; // caps RetryInfo's 38 s for the test
    gemini.setOptions(o);
    server.enqueue(FakeResponse::json(
        429,
        R"({"error":{"code":429,"message":"Resource exhausted","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"38s"}]}})"));
    server.enqueue(FakeResponse::json(
        503,
        R"({"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"}})"));
    server.enqueue(FakeResponse::sse(providerTranscript(QStringLiteral("gemini_max_tokens.sse"))));
    std::unique_ptr<ProviderReply> reply(
        gemini.send(request(ProviderKind::Gemini, QStringLiteral("gemini-2.5-pro"))));
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.finishedCount, 1);
    EXPECT_TRUE(rec.result->truncated);
    EXPECT_TRUE(rec.result->text.isEmpty());
    EXPECT_EQ(server.requestCount(), 3);
}

TEST_F(AnthropicGeminiProviderTest, GeminiCountTokens_returnsTotal)
{
    server.enqueue(FakeResponse::json(
        200,
        R"({"totalTokens": 31, "promptTokensDetails":[{"modality":"TEXT","tokenCount":31}]})"));
    std::unique_ptr<ApiCall> call(
        gemini.countTokens(request(ProviderKind::Gemini, QStringLiteral("gemini-2.5-pro"))));
    Error err;
    EXPECT_EQ(countOf(call.get(), &err), 31);
    EXPECT_TRUE(server.lastRequest().path().endsWith(QStringLiteral(":countTokens")));
}
