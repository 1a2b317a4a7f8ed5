#include "core/providers/openairesponsesprovider.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"
#include "support/replyrecorder.h"

#include <QJsonDocument>
#include <QTest>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

const QString kKey = QStringLiteral("sk-test-SECRETSECRETSECRET999");

class ResponsesProviderTest : public ::testing::Test
{
protected:
    ProviderRequest request(const QString& model = QStringLiteral("o3")) const
    {
        ProviderRequest r;
        r.baseUrl = server.baseUrl(QStringLiteral("/v1"));
        r.apiKey = kKey;
        r.model = model;
        r.instructions = QStringLiteral("You are a careful reviewer.");
        r.input = QStringLiteral("Review the attached design.");
        r.reasoningEffort = QStringLiteral("high");
        r.reasoningSummary = true;
        r.temperature = 0.2;
        r.maxOutputTokens = 4000;
        return r;
    }
    // o3-pro style: background mode, polled instead of streamed.
    ProviderRequest pollingRequest() const
    {
        ProviderRequest r = request(QStringLiteral("o3-pro"));
        r.background = true;
        r.stream = false;
        return r;
    }
    std::unique_ptr<ProviderReply> send(const ProviderRequest& r)
    {
        return std::unique_ptr<ProviderReply>(provider.send(r));
    }

    FakeHttpServer server;
    std::unique_ptr<QNetworkAccessManager> nam = makeTestNetworkManager();
    OpenAiResponsesProvider provider{nam.get(), fastProviderOptions()};
};

// The events of a transcript whose sequence_number >= from, re-framed as SSE.
QByteArray eventsFrom(const QByteArray& transcript, qint64 from)
{
    QByteArray out;
    const QList<QByteArray> events = QByteArray(transcript).replace("\n\n", "\x1e").split('\x1e');
    for (const QByteArray& e : events) {
        const qsizetype at = e.indexOf("data: ");
        if (at < 0)
            continue;
        const QJsonObject o = QJsonDocument::fromJson(e.mid(at + 6)).object();
        if (o.value(QStringLiteral("sequence_number")).toInteger() >= from)
            out += e + "\n\n";
    }
    return out;
}

} // namespace

TEST_F(ResponsesProviderTest, TextStream_randomChunkingDownToOneByte_fullTextAndUsage)
{
    const QByteArray transcript = providerTranscript(QStringLiteral("responses_text.sse"));
    for (quint32 seed = 1; seed <= 4; ++seed) {
        server.enqueue(FakeResponse::sse(transcript).randomChunks(seed, seed == 1 ? 1 : 9));
        auto reply = send(request());
        ReplyRecorder rec(reply.get());
        ASSERT_TRUE(rec.waitDone()) << seed;
        ASSERT_EQ(rec.finishedCount, 1)
            << (rec.error ? rec.error->message.toStdString() : std::string());
        EXPECT_EQ(rec.failedCount, 0);
        EXPECT_EQ(rec.result->text, QStringLiteral("Grüße, hello — 你好, hi 🙂!"));
        EXPECT_EQ(reply->text(), rec.result->text);
        EXPECT_EQ(rec.result->usage.outputTokens, 12);
        EXPECT_EQ(rec.result->responseId, QStringLiteral("resp_045d8a1b2c3d"));
        EXPECT_GE(rec.result->timeToFirstTokenMs, 0);
        EXPECT_EQ(rec.states.last(), ReplyState::Finished);
        EXPECT_TRUE(rec.sawState(ReplyState::Streaming));
    }
}

TEST_F(ResponsesProviderTest, RequestBody_o3_noTemperatureBearerAndFields)
{
    server.enqueue(FakeResponse::sse(providerTranscript(QStringLiteral("responses_text.sse"))));
    auto reply = send(request());
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(server.requestCount(), 1);
    const RecordedRequest req = server.lastRequest();
    EXPECT_EQ(req.method, QByteArray("POST"));
    EXPECT_EQ(req.path(), QStringLiteral("/v1/responses"));
    EXPECT_EQ(req.header("authorization"), "Bearer " + kKey.toUtf8());
    EXPECT_TRUE(req.header("content-type").startsWith("application/json"));
    const QJsonObject b = req.json();
    EXPECT_EQ(b.value(QStringLiteral("model")).toString(), QStringLiteral("o3"));
    EXPECT_FALSE(b.contains(QStringLiteral("temperature")));
    EXPECT_TRUE(b.value(QStringLiteral("stream")).toBool());
    EXPECT_EQ(b.value(QStringLiteral("max_output_tokens")).toInt(), 4000);
    EXPECT_EQ(
        b.value(QStringLiteral("reasoning")).toObject().value(QStringLiteral("summary")).toString(),
        QStringLiteral("auto"));
}

TEST_F(ResponsesProviderTest, ReasoningStream_slowDripWithSilentGap_finishesWithSummary)
{
    const QByteArray t = providerTranscript(QStringLiteral("responses_reasoning.sse"));
    const qsizetype cut = t.indexOf("event: response.output_item.added");
    // o3 "thinks" silently after response.created: a gap, then a byte-by-byte drip.
    server.enqueue(FakeResponse::sse({})
                       .chunk(t.left(cut))
                       .chunk(t.mid(cut), 400)
                       .randomChunks(7, 40)
                       .drip(1));
    auto reply = send(request());
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.finishedCount, 1);
    EXPECT_TRUE(rec.result->reasoning.startsWith(QStringLiteral("**Reading the question**")));
    EXPECT_EQ(rec.result->text, QStringLiteral("By induction on n: the base case is immediate."));
    EXPECT_EQ(rec.result->usage.reasoningTokens, 832);
    const qsizetype thinking = rec.states.indexOf(ReplyState::Thinking);
    const qsizetype streaming = rec.states.indexOf(ReplyState::Streaming);
    EXPECT_GE(thinking, 0);
    EXPECT_GT(streaming, thinking);
}

TEST_F(ResponsesProviderTest, ContextLengthErrorAfter200_failsTooLarge)
{
    server.enqueue(
        FakeResponse::sse(providerTranscript(QStringLiteral("responses_error_nested.sse"))));
    auto reply = send(request());
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.failedCount, 1);
    EXPECT_EQ(rec.finishedCount, 0);
    EXPECT_EQ(rec.error->code, ErrorCode::TooLarge);
    EXPECT_TRUE(rec.error->message.contains(QStringLiteral("context window")));
}

TEST_F(ResponsesProviderTest, FlatErrorEvent_fails)
{
    server.enqueue(FakeResponse::sse(providerTranscript(QStringLiteral("responses_error_flat.sse")))
                       .randomChunks(3, 2));
    auto reply = send(request());
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.failedCount, 1);
    EXPECT_TRUE(rec.error->message.contains(QStringLiteral("Something went wrong")));
}

TEST_F(ResponsesProviderTest, ResponseFailedAndIncomplete_mappedToFailureAndTruncation)
{
    server.enqueue(FakeResponse::sse(providerTranscript(QStringLiteral("responses_failed.sse"))));
    auto failedReply = send(request());
    ReplyRecorder failedRec(failedReply.get());
    ASSERT_TRUE(failedRec.waitDone());
    ASSERT_EQ(failedRec.failedCount, 1);
    EXPECT_EQ(failedRec.error->code, ErrorCode::Server);

    server.enqueue(
        FakeResponse::sse(providerTranscript(QStringLiteral("responses_incomplete.sse"))));
    auto incomplete = send(request());
    ReplyRecorder rec(incomplete.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.finishedCount, 1);
    EXPECT_TRUE(rec.result->truncated);
    EXPECT_EQ(rec.result->finishReason, QStringLiteral("max_output_tokens"));
    EXPECT_EQ(rec.result->text, QStringLiteral("The first half of"));
}

TEST_F(ResponsesProviderTest, DropMidStream_keepsPartialTextAndFails)
{
    const QByteArray t = providerTranscript(QStringLiteral("responses_text.sse"));
    server.enqueue(FakeResponse::sse(t).randomChunks(11, 30).dropAfter(t.indexOf("hi 🙂")));
    auto reply = send(request());
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.failedCount, 1);
    EXPECT_EQ(rec.error->code, ErrorCode::Network);
    EXPECT_TRUE(rec.error->message.contains(QStringLiteral("partial output was kept")));
    EXPECT_EQ(reply->text(), QStringLiteral("Grüße, hello — 你好"));
    EXPECT_TRUE(reply->isPartial());
    EXPECT_EQ(server.requestCount(), 1); // a non-background stream is never re-sent
}

TEST_F(ResponsesProviderTest, BackgroundStreamDrop_resumesWithStartingAfterAndDedupes)
{
    const QByteArray t = providerTranscript(QStringLiteral("responses_background_stream.sse"));
    server.route(
        "POST", QStringLiteral("/v1/responses"),
        FakeResponse::sse(t).randomChunks(5, 16).dropAfter(t.indexOf("\"delta\":\"epsilon")));
    server.setHandler([&](const RecordedRequest& r) -> std::optional<FakeResponse> {
        if (r.method != "GET")
            return std::nullopt;
        const qint64 after =
            r.query().queryItemValue(QStringLiteral("starting_after")).toLongLong();
        // Replays one already-seen event on purpose: the client must dedupe it.
        return FakeResponse::sse(eventsFrom(t, after)).randomChunks(9, 5);
    });
    ProviderRequest r = request();
    r.background = true;
    auto reply = send(r);
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.finishedCount, 1)
        << (rec.error ? rec.error->message.toStdString() : std::string());
    EXPECT_EQ(rec.result->text, QStringLiteral("Alpha beta gamma delta epsilon zeta eta theta."));
    EXPECT_TRUE(rec.sawState(ReplyState::Queued));
    EXPECT_TRUE(rec.sawState(ReplyState::Resuming));
    ASSERT_EQ(server.requestCount(), 2);
    const RecordedRequest resume = server.requests().at(1);
    EXPECT_EQ(resume.path(), QStringLiteral("/v1/responses/resp_bg01"));
    EXPECT_EQ(resume.query().queryItemValue(QStringLiteral("stream")), QStringLiteral("true"));
    EXPECT_EQ(resume.query().queryItemValue(QStringLiteral("starting_after")), QStringLiteral("6"));
    const QJsonObject body = server.requests().at(0).json();
    EXPECT_TRUE(body.value(QStringLiteral("background")).toBool());
    EXPECT_TRUE(body.value(QStringLiteral("store")).toBool());
}

TEST_F(ResponsesProviderTest, BackgroundPolling_queuedInProgressCompleted)
{
    server.route(
        "POST", QStringLiteral("/v1/responses"),
        FakeResponse::json(200, providerTranscript(QStringLiteral("responses_bg_queued.json"))));
    server.route(
        "GET", QStringLiteral("/v1/responses/resp_poll01"),
        FakeResponse::json(200, providerTranscript(QStringLiteral("responses_bg_queued.json"))));
    server.route("GET", QStringLiteral("/v1/responses/resp_poll01"),
                 FakeResponse::json(
                     200, providerTranscript(QStringLiteral("responses_bg_in_progress.json"))));
    server.route(
        "GET", QStringLiteral("/v1/responses/resp_poll01"),
        FakeResponse::json(
            503, R"({"error":{"message":"Slow Down","type":"server_error","code":"slow_down"}})"));
    server.route(
        "GET", QStringLiteral("/v1/responses/resp_poll01"),
        FakeResponse::json(200, providerTranscript(QStringLiteral("responses_bg_completed.json"))));
    auto reply = send(pollingRequest());
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.finishedCount, 1)
        << (rec.error ? rec.error->message.toStdString() : std::string());
    EXPECT_EQ(rec.result->text, QStringLiteral("Design B is safer."));
    EXPECT_EQ(rec.result->reasoning, QStringLiteral("Weighing both designs."));
    EXPECT_EQ(rec.result->usage.outputTokens, 9000);
    EXPECT_EQ(rec.result->model, QStringLiteral("o3-pro-2025-06-10"));
    const qsizetype queued = rec.states.indexOf(ReplyState::Queued);
    const qsizetype running = rec.states.indexOf(ReplyState::InProgress);
    ASSERT_GE(queued, 0);
    EXPECT_GT(running, queued);
    EXPECT_EQ(server.requestCount(), 5);
    const QJsonObject body = server.requests().first().json();
    EXPECT_FALSE(body.value(QStringLiteral("stream")).toBool());
    EXPECT_FALSE(body.contains(QStringLiteral("temperature")));
    EXPECT_TRUE(body.value(QStringLiteral("background")).toBool());
}

TEST_F(ResponsesProviderTest, BackgroundCancel_postsCancelAndFailsCancelled)
{
    server.route(
        "POST", QStringLiteral("/v1/responses/resp_poll01/cancel"),
        FakeResponse::json(200, providerTranscript(QStringLiteral("responses_bg_cancelled.json"))));
    server.route(
        "POST", QStringLiteral("/v1/responses"),
        FakeResponse::json(200, providerTranscript(QStringLiteral("responses_bg_queued.json"))));
    server.setHandler([&](const RecordedRequest& r) -> std::optional<FakeResponse> {
        if (r.method == "GET")
            return FakeResponse::json(
                200, providerTranscript(QStringLiteral("responses_bg_in_progress.json")));
        return std::nullopt;
    });
    auto reply = send(pollingRequest());
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(waitFor([&] { return rec.sawState(ReplyState::InProgress); }, 5000));
    reply->cancel();
    EXPECT_EQ(rec.failedCount, 1);
    EXPECT_EQ(rec.error->code, ErrorCode::Cancelled);
    EXPECT_EQ(reply->state(), ReplyState::Cancelled);
    reply.reset(); // the cancel request must survive its reply
    ASSERT_TRUE(waitFor(
        [&] {
            for (const RecordedRequest& q : server.requests())
                if (q.method == "POST" &&
                    q.path() == QStringLiteral("/v1/responses/resp_poll01/cancel"))
                    return true;
            return false;
        },
        5000));
    EXPECT_EQ(rec.terminalCount(), 1);
}

TEST_F(ResponsesProviderTest, BackgroundStuckQueued_hitsPollingDeadline)
{
    ProviderOptions o = fastProviderOptions();
    o.poll.deadlineMs = 150;
    provider.setOptions(o);
    server.setHandler([&](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::json(200,
                                  providerTranscript(QStringLiteral("responses_bg_queued.json")));
    });
    auto reply = send(pollingRequest());
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.failedCount, 1);
    EXPECT_EQ(rec.error->code, ErrorCode::Timeout);
    EXPECT_TRUE(rec.error->message.contains(QStringLiteral("polling deadline")));
    EXPECT_TRUE(rec.error->message.contains(QStringLiteral("'queued'")));
}

TEST_F(ResponsesProviderTest, ResumeBackgroundById_pollsOnly)
{
    server.route(
        "GET", QStringLiteral("/v1/responses/resp_poll01"),
        FakeResponse::json(200, providerTranscript(QStringLiteral("responses_bg_completed.json"))));
    std::unique_ptr<ProviderReply> reply(provider.resumeBackground(
        request(QStringLiteral("o3-pro")), QStringLiteral("resp_poll01")));
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.finishedCount, 1);
    EXPECT_EQ(rec.result->text, QStringLiteral("Design B is safer."));
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.lastRequest().method, QByteArray("GET"));
}

TEST_F(ResponsesProviderTest, ResumeUnknownId_failsNotFound)
{
    server.route(
        "GET", QStringLiteral("/v1/responses/resp_gone"),
        FakeResponse::json(
            404,
            R"({"error":{"message":"Response with id 'resp_gone' not found.","type":"invalid_request_error","param":null,"code":null}})"));
    std::unique_ptr<ProviderReply> reply(
        provider.resumeBackground(request(), QStringLiteral("resp_gone")));
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.failedCount, 1);
    EXPECT_EQ(rec.error->code, ErrorCode::NotFound);
    EXPECT_TRUE(rec.error->message.contains(QStringLiteral("resp_gone")));
}

TEST_F(ResponsesProviderTest, O3ProStreamRejected_failsWithParameter)
{
    server.enqueue(FakeResponse::json(
        400,
        R"({"error":{"message":"Unsupported value: 'stream' does not support true with this model.","type":"invalid_request_error","param":"stream","code":"unsupported_value"}})"));
    auto reply = send(request(QStringLiteral("o3-pro")));
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(rec.waitDone());
    ASSERT_EQ(rec.failedCount, 1);
    EXPECT_EQ(rec.error->code, ErrorCode::InvalidInput);
    EXPECT_TRUE(rec.error->message.contains(QStringLiteral("parameter: stream")));
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(ResponsesProviderTest, CancelWhileStreaming_closesWithoutServerCancel)
{
    const QByteArray t = providerTranscript(QStringLiteral("responses_text.sse"));
    server.enqueue(FakeResponse::sse(t).stallAfter(t.indexOf("\", hello")));
    auto reply = send(request());
    ReplyRecorder rec(reply.get());
    ASSERT_TRUE(waitFor([&] { return !rec.textDeltas.isEmpty(); }, 5000));
    reply->cancel();
    reply->cancel();
    EXPECT_EQ(rec.failedCount, 1);
    EXPECT_EQ(reply->state(), ReplyState::Cancelled);
    EXPECT_EQ(reply->text(), QStringLiteral("Grüße"));
    waitFor([] { return false; }, 50);
    EXPECT_EQ(server.requestCount(), 1);
}
