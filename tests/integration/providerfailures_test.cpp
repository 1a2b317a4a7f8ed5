#include "core/providers/chatcompletionsprovider.h"
#include "core/providers/openairesponsesprovider.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"
#include "support/replyrecorder.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

// Transport and HTTP failure handling shared by all streaming providers, exercised through the
// Responses and Chat Completions providers.
namespace {

const QString kKey = QStringLiteral("sk-live-THISMUSTNEVERAPPEAR42");

class ProviderFailuresTest : public ::testing::Test
{
protected:
    ProviderRequest request() const
    {
        ProviderRequest r;
        r.baseUrl = server.baseUrl(QStringLiteral("/v1"));
        r.apiKey = kKey;
        r.model = QStringLiteral("gpt-4.1");
        r.input = QStringLiteral("hello");
        return r;
    }
    std::unique_ptr<ProviderReply> send()
    {
        return std::unique_ptr<ProviderReply>(openai.send(request()));
    }

    FakeHttpServer server;
    std::unique_ptr<QNetworkAccessManager> nam = makeTestNetworkManager();
    OpenAiResponsesProvider openai{nam.get(), fastProviderOptions()};
};

const QByteArray kRateLimit =
    R"({"error":{"message":"Rate limit reached for gpt-4.1 on requests per min (RPM).","type":"requests","param":null,"code":"rate_limit_exceeded"}})";

} // namespace

TEST_F(ProviderFailuresTest, RateLimit429WithRetryAfterMs_thenSuccess)
{
    server.enqueue(FakeResponse::json(429, kRateLimit).header("retry-after-ms", "80"));
    server.enqueue(FakeResponse::sse(providerTranscript(QStringLiteral("responses_text.sse"))));
    auto reply = send();
    ReplyRecorder rec(reply.get());
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.finishedCount, 1);
    EXPECT_EQ(rec.result->attempts, 2);
    EXPECT_EQ(server.requestCount(), 2);
    EXPECT_TRUE(rec.sawState(ReplyState::Retrying));
    EXPECT_GE(clock.elapsed(), 80); // the server's delay was honoured, not the 10 ms base
}

TEST_F(ProviderFailuresTest, RateLimit429WithResetHeader_thenServer500_thenSuccess)
{
    server.enqueue(FakeResponse::json(429, kRateLimit)
                       .header("x-ratelimit-remaining-requests", "0")
                       .header("x-ratelimit-reset-requests", "60ms"));
    server.enqueue(FakeResponse::json(
        500,
        R"({"error":{"message":"The server had an error","type":"server_error","param":null,"code":null}})"));
    server.enqueue(FakeResponse::sse(providerTranscript(QStringLiteral("responses_text.sse"))));
    auto reply = send();
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.finishedCount, 1);
    EXPECT_EQ(rec.result->attempts, 3);
    EXPECT_EQ(rec.failedCount, 0);
}

TEST_F(ProviderFailuresTest, PersistentServerError_failsAfterBoundedRetries)
{
    for (int i = 0; i < 5; ++i)
        server.enqueue(FakeResponse::json(
            503, R"({"error":{"message":"Slow Down","type":"server_error","code":"slow_down"}})"));
    auto reply = send();
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.failedCount, 1);
    EXPECT_EQ(rec.error->code, ErrorCode::Server);
    EXPECT_EQ(server.requestCount(), 3); // 1 + maxRetries(2)
}

TEST_F(ProviderFailuresTest, InsufficientQuota_failsAtOnce)
{
    server.enqueue(
        FakeResponse::json(
            429,
            R"({"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}})")
            .header("retry-after", "1"));
    auto reply = send();
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.failedCount, 1);
    EXPECT_EQ(rec.error->code, ErrorCode::Quota);
    EXPECT_TRUE(rec.error->message.contains(QStringLiteral("exceeded your current quota")));
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(ProviderFailuresTest, Unauthorized_namesProviderNeverTheKey)
{
    server.enqueue(FakeResponse::json(
        401,
        R"({"error":{"message":"Incorrect API key provided: sk-live-THISMUSTNEVERAPPEAR42. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})"));
    auto reply = send();
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.failedCount, 1);
    EXPECT_EQ(rec.error->code, ErrorCode::Auth);
    EXPECT_TRUE(rec.error->message.contains(QStringLiteral("OpenAI")));
    EXPECT_FALSE(rec.error->message.contains(QStringLiteral("THISMUSTNEVERAPPEAR")));
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(ProviderFailuresTest, UnknownModel404_failsNotFound)
{
    server.enqueue(FakeResponse::json(
        404,
        R"({"error":{"message":"The model `gpt-9` does not exist or you do not have access to it.","type":"invalid_request_error","param":null,"code":"model_not_found"}})"));
    auto reply = send();
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    EXPECT_EQ(rec.error->code, ErrorCode::NotFound);
    EXPECT_TRUE(rec.error->message.contains(QStringLiteral("does not exist")));
}

TEST_F(ProviderFailuresTest, IdleGapLongerThanLimit_timesOutNamingPhaseKeepsPartial)
{
    ProviderOptions o = fastProviderOptions();
    o.timeouts.idleMs = 150;
    openai.setOptions(o);
    const QByteArray t = providerTranscript(QStringLiteral("responses_text.sse"));
    server.enqueue(FakeResponse::sse(t).stallAfter(t.indexOf("\", hello")));
    auto reply = send();
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.failedCount, 1);
    EXPECT_EQ(rec.error->code, ErrorCode::Timeout);
    EXPECT_TRUE(rec.error->message.contains(QStringLiteral("idle")));
    EXPECT_TRUE(rec.error->message.contains(QStringLiteral("partial output was kept")));
    EXPECT_EQ(reply->text(), QStringLiteral("Grüße"));
}

TEST_F(ProviderFailuresTest, SilentGapShorterThanIdleLimit_notATimeout)
{
    ProviderOptions o = fastProviderOptions();
    o.timeouts.idleMs = 600;
    openai.setOptions(o);
    const QByteArray t = providerTranscript(QStringLiteral("responses_text.sse"));
    const qsizetype cut = t.indexOf("event: response.output_item.added");
    server.enqueue(FakeResponse::sse({}).chunk(t.left(cut)).chunk(t.mid(cut), 300));
    auto reply = send();
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    EXPECT_EQ(rec.finishedCount, 1);
}

TEST_F(ProviderFailuresTest, NoResponseHeaders_timesOutWaitingForFirstByte)
{
    ProviderOptions o = fastProviderOptions();
    o.timeouts.firstByteMs = 100;
    openai.setOptions(o);
    server.enqueue(FakeResponse::sse(providerTranscript(QStringLiteral("responses_text.sse")))
                       .delayHeaders(3000));
    auto reply = send();
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.failedCount, 1);
    EXPECT_EQ(rec.error->code, ErrorCode::Timeout);
    EXPECT_TRUE(rec.error->message.contains(QStringLiteral("first byte")));
}

TEST_F(ProviderFailuresTest, TotalLimit_timesOutNamingTotal)
{
    ProviderOptions o = fastProviderOptions();
    o.timeouts.totalMs = 200;
    openai.setOptions(o);
    const QByteArray t = providerTranscript(QStringLiteral("responses_text.sse"));
    server.enqueue(FakeResponse::sse(t).randomChunks(2, 20).drip(30));
    auto reply = send();
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.failedCount, 1);
    EXPECT_TRUE(rec.error->message.contains(QStringLiteral("total")));
}

TEST_F(ProviderFailuresTest, ConnectionRefused_retriedThenClearMessage)
{
    quint16 deadPort = 0;
    {
        FakeHttpServer closed;
        deadPort = closed.port();
    }
    ChatCompletionsProvider chat(nam.get(), fastProviderOptions());
    ProviderRequest r = request();
    r.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(deadPort);
    std::unique_ptr<ProviderReply> reply(chat.send(r));
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.failedCount, 1);
    EXPECT_EQ(rec.error->code, ErrorCode::Network);
    EXPECT_TRUE(rec.error->message.contains(QStringLiteral("refused")));
    EXPECT_EQ(rec.result, std::nullopt);
    EXPECT_EQ(reply->attempts(), 3);
}

TEST_F(ProviderFailuresTest, ManyConcurrentReplies_eachEndsExactlyOnce)
{
    const QByteArray t = providerTranscript(QStringLiteral("responses_text.sse"));
    for (int i = 0; i < 8; ++i)
        server.enqueue(
            i % 3 == 2 ? FakeResponse::json(400, R"({"error":{"message":"bad","param":"input"}})")
                       : FakeResponse::sse(t).randomChunks(quint32(i + 1), 12).drip(1));
    std::vector<std::unique_ptr<ProviderReply>> replies;
    std::vector<std::unique_ptr<ReplyRecorder>> recs;
    for (int i = 0; i < 8; ++i) {
        replies.push_back(send());
        recs.push_back(std::make_unique<ReplyRecorder>(replies.back().get()));
    }
    ASSERT_TRUE(waitFor([&] {
        return std::all_of(recs.begin(), recs.end(),
                           [](const auto& r) { return r->terminalCount() > 0; });
    }));
    int ok = 0;
    for (const auto& r : recs) {
        EXPECT_EQ(r->terminalCount(), 1);
        ok += r->finishedCount;
    }
    EXPECT_EQ(ok, 6);
}
