#include "core/providers/chatcompletionsprovider.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"
#include "support/replyrecorder.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

class ChatCompletionsProviderTest : public ::testing::Test
{
protected:
    ProviderRequest request(const QString& model = QStringLiteral("deepseek-r1:7b")) const
    {
        ProviderRequest r;
        r.baseUrl = server.baseUrl(QStringLiteral("/v1"));
        r.model = model;
        r.instructions = QStringLiteral("Answer briefly.");
        r.input = QStringLiteral("What is 2+2?");
        r.maxOutputTokens = 256;
        return r;
    }
    std::unique_ptr<ProviderReply> send(const ProviderRequest& r)
    {
        return std::unique_ptr<ProviderReply>(provider.send(r));
    }

    FakeHttpServer server;
    std::unique_ptr<QNetworkAccessManager> nam = makeTestNetworkManager();
    ChatCompletionsProvider provider{nam.get(), fastProviderOptions()};
};

} // namespace

TEST_F(ChatCompletionsProviderTest, BasicStream_oneByteChunksWithKeepAlives_textAndUsage)
{
    server.enqueue(
        FakeResponse::sse(providerTranscript(QStringLiteral("chat_basic.sse"))).randomChunks(1, 1));
    auto reply = send(request(QStringLiteral("gpt-4o-mini")));
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.finishedCount, 1);
    EXPECT_EQ(rec.result->text, QStringLiteral("Hello wörld ✓"));
    EXPECT_EQ(rec.result->usage.inputTokens, 24);
    EXPECT_EQ(rec.result->finishReason, QStringLiteral("stop"));
    const RecordedRequest req = server.lastRequest();
    EXPECT_EQ(req.path(), QStringLiteral("/v1/chat/completions"));
    EXPECT_FALSE(req.hasHeader("authorization"));
    const QJsonObject b = req.json();
    EXPECT_TRUE(b.value(QStringLiteral("stream")).toBool());
    EXPECT_TRUE(b.value(QStringLiteral("stream_options"))
                    .toObject()
                    .value(QStringLiteral("include_usage"))
                    .toBool());
    EXPECT_EQ(b.value(QStringLiteral("messages")).toArray().size(), 2);
}

TEST_F(ChatCompletionsProviderTest, InlineThinkSplitAcrossReads_reasoningSeparated)
{
    for (quint32 seed = 1; seed <= 3; ++seed) {
        server.enqueue(
            FakeResponse::sse(providerTranscript(QStringLiteral("chat_think_inline.sse")))
                .randomChunks(seed, 6));
        auto reply = send(request());
        ReplyRecorder rec(reply.get());
        ASSERT_TRUE(rec.waitDone());
        ASSERT_EQ(rec.finishedCount, 1);
        EXPECT_EQ(rec.result->reasoning, QStringLiteral("Step one; step two."));
        EXPECT_EQ(rec.result->text, QStringLiteral("The answer is <b>42</b>."));
        EXPECT_TRUE(rec.result->truncated);
        EXPECT_LT(rec.states.indexOf(ReplyState::Thinking),
                  rec.states.indexOf(ReplyState::Streaming));
    }
}

TEST_F(ChatCompletionsProviderTest, ReasoningFields_bothNamesAccepted)
{
    server.enqueue(
        FakeResponse::sse(providerTranscript(QStringLiteral("chat_reasoning_content.sse"))));
    server.enqueue(
        FakeResponse::sse(providerTranscript(QStringLiteral("chat_reasoning_field.sse"))));
    auto a = send(request());
    ReplyRecorder ra(a.get());
    ASSERT_TRUE(ra.waitDone());
    auto b = send(request());
    ReplyRecorder rb(b.get());
    ASSERT_TRUE(rb.waitDone());
    ASSERT_EQ(ra.finishedCount + rb.finishedCount, 2);
    EXPECT_EQ(ra.result->reasoning, QStringLiteral("Let me think. 2+2 is 4."));
    EXPECT_EQ(rb.result->reasoning, QStringLiteral("Thinking about colours."));
    EXPECT_EQ(rb.result->usage.outputTokens, 7);
}

TEST_F(ChatCompletionsProviderTest, MidStreamError_failsKeepingPartialText)
{
    server.enqueue(FakeResponse::sse(providerTranscript(QStringLiteral("chat_midstream_error.sse")))
                       .randomChunks(4, 10));
    auto reply = send(request(QStringLiteral("openai/o3")));
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.failedCount, 1);
    EXPECT_EQ(reply->text(), QStringLiteral("Partial answ"));
    EXPECT_TRUE(reply->isPartial());
    EXPECT_TRUE(rec.error->message.contains(QStringLiteral("Provider returned error")));
}

TEST_F(ChatCompletionsProviderTest, CloseDelimitedBodyCutBeforeFinish_failsAsTruncated)
{
    const QByteArray t = providerTranscript(QStringLiteral("chat_basic.sse"));
    FakeResponse r = FakeResponse::sse(t.left(t.indexOf("\"stop\"") - 120));
    r.chunkedEncoding = false;
    r.closeDelimited = true;
    server.enqueue(r);
    auto reply = send(request());
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.failedCount, 1);
    EXPECT_EQ(rec.error->code, ErrorCode::Network);
    EXPECT_FALSE(reply->text().isEmpty());
    EXPECT_TRUE(rec.error->message.contains(QStringLiteral("partial output was kept")));
}

TEST_F(ChatCompletionsProviderTest, ListModels_returnsIds)
{
    server.route(
        "GET", QStringLiteral("/v1/models"),
        FakeResponse::json(
            200,
            R"({"object":"list","data":[{"id":"llama3.2:latest","object":"model"},{"id":"qwen3:8b","object":"model"}]})"));
    std::unique_ptr<ApiCall> call(provider.listModels(request()));
    QStringList ids;
    bool failed = false;
    QObject::connect(call.get(), &ApiCall::finished,
                     [&](const QVariant& v) { ids = v.toStringList(); });
    QObject::connect(call.get(), &ApiCall::failed, [&](const Error&) { failed = true; });
    ASSERT_TRUE(waitFor([&] { return call->isDone(); }));
    EXPECT_FALSE(failed);
    EXPECT_EQ(ids, (QStringList{QStringLiteral("llama3.2:latest"), QStringLiteral("qwen3:8b")}));
}
