// Background-mode calls (o3-pro) survive the app stopping mid-poll and finish after a restart.
#include "core/history/historystore.h"
#include "core/run/followupsender.h"
#include "core/run/runsession.h"
#include "support/providertesting.h"
#include "support/runfixture.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

class OrchestratorResume : public ::testing::Test
{
protected:
    // POST /responses answers "queued"; polls answer "in_progress" until `completed` is set.
    void serveBackgroundResponse()
    {
        f.openai.setHandler([this](const RecordedRequest& r) -> std::optional<FakeResponse> {
            if (r.method == "POST" && r.path() == QStringLiteral("/v1/responses"))
                return FakeResponse::json(200, providerTranscript(QStringLiteral("responses_bg_queued.json")));
            if (r.method == "GET" && r.path() == QStringLiteral("/v1/responses/resp_poll01"))
                return FakeResponse::json(200, providerTranscript(completed ? QStringLiteral("responses_bg_completed.json")
                                                                            : QStringLiteral("responses_bg_in_progress.json")));
            return FakeResponse::json(404, R"({"error":{"message":"unexpected request"}})");
        });
    }
    int requests(const QByteArray& method, const QString& path) const
    {
        int n = 0;
        for (const RecordedRequest& r : f.openai.requests())
            n += r.method == method && r.path() == path ? 1 : 0;
        return n;
    }

    RunFixture f;
    bool completed = false;
};

} // namespace

TEST_F(OrchestratorResume, o3ProShutDownMidPoll_completesAfterRestart)
{
    serveBackgroundResponse();
    qint64 runId = 0;
    {
        RunOrchestrator first(f.environment());
        auto session = first.start(RunFixture::input(), RunFixture::plan({QStringLiteral("openai:o3-pro")}, 1));
        ASSERT_TRUE(session.has_value());
        runId = (*session)->record().id;
        const qint64 callId = (*session)->record().calls.first().id;
        ASSERT_TRUE(waitFor([&] {
            return (*session)->call(callId)->status == CallStatus::Thinking &&
                   requests("GET", QStringLiteral("/v1/responses/resp_poll01")) >= 2;
        }));
        const QJsonObject body = f.openai.requests().first().json();
        EXPECT_TRUE(body.value(QStringLiteral("background")).toBool()) << "o3-pro requires background mode";
        EXPECT_FALSE(body.value(QStringLiteral("stream")).toBool()) << "o3-pro cannot stream: polled";
        EXPECT_FALSE(body.contains(QStringLiteral("temperature")));
    } // the app quits here, mid-poll
    EXPECT_EQ(requests("POST", QStringLiteral("/v1/responses/resp_poll01/cancel")), 0)
        << "quitting must not cancel a background response";

    f.reopenDatabase();
    auto resumable = f.history->resumableCalls();
    ASSERT_TRUE(resumable.has_value());
    ASSERT_EQ(resumable->size(), 1);
    EXPECT_EQ(resumable->first().responseId, QStringLiteral("resp_poll01"));
    EXPECT_FALSE(isTerminal(resumable->first().status));

    completed = true;
    const int postsBefore = requests("POST", QStringLiteral("/v1/responses"));
    RunOrchestrator second(f.environment());
    auto session = second.resume(runId);
    ASSERT_TRUE(session.has_value()) << session.error().message.toStdString();
    ASSERT_TRUE(waitFor([&] { return (*session)->isFinished(); }));
    EXPECT_EQ(requests("POST", QStringLiteral("/v1/responses")), postsBefore) << "resumed, not re-sent";

    auto stored = f.history->loadRun(runId);
    ASSERT_TRUE(stored.has_value());
    const CallRecord& c = stored->calls.first();
    EXPECT_EQ(c.status, CallStatus::Done) << c.errorMessage.toStdString();
    EXPECT_EQ(c.text, QStringLiteral("Design B is safer."));
    EXPECT_EQ(c.reasoning, QStringLiteral("Weighing both designs."));
    EXPECT_EQ(c.usage.value(QStringLiteral("output_tokens")).toInteger(), 9000);
    EXPECT_TRUE(c.costUsd.has_value());
    ASSERT_TRUE(f.history->resumableCalls().has_value());
    EXPECT_TRUE(f.history->resumableCalls()->isEmpty());
}

TEST_F(OrchestratorResume, streamingCallInterruptedByQuit_isCancelledWithItsText_notResumed)
{
    const QByteArray sse = providerTranscript(QStringLiteral("responses_text.sse"));
    f.openai.setHandler([&](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(sse).stallAfter(sse.indexOf("\" — 你好\""));
    });
    qint64 runId = 0;
    {
        RunOrchestrator first(f.environment());
        auto session = first.start(RunFixture::input(), RunFixture::plan({QStringLiteral("openai:o3")}, 1));
        ASSERT_TRUE(session.has_value());
        runId = (*session)->record().id;
        ASSERT_TRUE(waitFor([&] { return (*session)->record().calls.first().text == QStringLiteral("Grüße, hello"); }));
    }
    auto stored = f.history->loadRun(runId);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->calls.first().status, CallStatus::Cancelled);
    EXPECT_TRUE(stored->calls.first().partial);
    EXPECT_EQ(stored->calls.first().text, QStringLiteral("Grüße, hello"));
}

namespace {

// The transcript of resp_poll01 as another background response: the follow-up's.
QByteArray asFollowUpResponse(const QString& transcript)
{
    return providerTranscript(transcript)
        .replace("resp_poll01", "resp_follow01")
        .replace("Design B is safer.", "Le modèle B est plus sûr.");
}

} // namespace

TEST_F(OrchestratorResume, o3ProFollowUpShutDownMidPoll_completesAfterRestart)
{
    bool followUpCompleted = false;
    int posts = 0;
    f.openai.setHandler([&](const RecordedRequest& r) -> std::optional<FakeResponse> {
        if (r.method == "POST" && r.path() == QStringLiteral("/v1/responses"))
            return ++posts == 1 ? FakeResponse::json(200, providerTranscript(QStringLiteral("responses_bg_queued.json")))
                                : FakeResponse::json(200, asFollowUpResponse(QStringLiteral("responses_bg_queued.json")));
        if (r.method == "GET" && r.path() == QStringLiteral("/v1/responses/resp_poll01"))
            return FakeResponse::json(200, providerTranscript(QStringLiteral("responses_bg_completed.json")));
        if (r.method == "GET" && r.path() == QStringLiteral("/v1/responses/resp_follow01"))
            return FakeResponse::json(200, asFollowUpResponse(followUpCompleted
                                                                  ? QStringLiteral("responses_bg_completed.json")
                                                                  : QStringLiteral("responses_bg_in_progress.json")));
        return FakeResponse::json(404, R"({"error":{"message":"unexpected request"}})");
    });
    qint64 runId = 0;
    qint64 callId = 0;
    {
        RunOrchestrator first(f.environment());
        auto session = first.start(RunFixture::input(), RunFixture::plan({QStringLiteral("openai:o3-pro")}, 1));
        ASSERT_TRUE(session.has_value());
        runId = (*session)->record().id;
        callId = (*session)->record().calls.first().id;
        ASSERT_TRUE(waitFor([&] { return (*session)->isFinished(); }));
        ASSERT_TRUE(first.followUps()->send(callId, QStringLiteral("En français ?"), false).has_value());
        ASSERT_TRUE(waitFor([&] {
            const FollowUpRecord* fu = (*session)->followUp(callId, 0);
            return fu && fu->status == CallStatus::Thinking &&
                   requests("GET", QStringLiteral("/v1/responses/resp_follow01")) >= 2;
        }));
        QJsonObject body;
        for (const RecordedRequest& r : f.openai.requests())
            if (r.method == "POST")
                body = r.json(); // the last POST: the follow-up
        EXPECT_EQ(body.value(QStringLiteral("input")).toArray().size(), 3) << "prompt, answer, follow-up";
        EXPECT_TRUE(body.value(QStringLiteral("background")).toBool()) << "the follow-up goes as the call went";
    } // the app quits here, mid-poll of the follow-up
    EXPECT_EQ(requests("POST", QStringLiteral("/v1/responses/resp_follow01/cancel")), 0)
        << "quitting must not cancel a background follow-up";

    f.reopenDatabase();
    auto unfinished = f.history->unfinishedRunIds();
    ASSERT_TRUE(unfinished.has_value());
    EXPECT_EQ(*unfinished, QList<qint64>{runId}) << "a run whose follow-up still runs is picked up at start";
    auto stored = f.history->followUps(callId);
    ASSERT_TRUE(stored.has_value());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().responseId, QStringLiteral("resp_follow01"));
    EXPECT_FALSE(isTerminal(stored->first().status));

    followUpCompleted = true;
    RunOrchestrator second(f.environment());
    auto session = second.resume(runId);
    ASSERT_TRUE(session.has_value()) << session.error().message.toStdString();
    ASSERT_TRUE(waitFor([&] {
        const FollowUpRecord* fu = (*session)->followUp(callId, 0);
        return fu && isTerminal(fu->status);
    }));
    EXPECT_EQ(posts, 2) << "resumed, not re-sent";

    stored = f.history->followUps(callId);
    ASSERT_TRUE(stored.has_value());
    ASSERT_EQ(stored->size(), 1);
    const FollowUpRecord& fu = stored->first();
    EXPECT_EQ(fu.status, CallStatus::Done) << fu.errorMessage.toStdString();
    EXPECT_EQ(fu.message, QStringLiteral("En français ?"));
    EXPECT_EQ(fu.text, QStringLiteral("Le modèle B est plus sûr."));
    EXPECT_EQ(fu.usage.value(QStringLiteral("output_tokens")).toInteger(), 9000);
    EXPECT_TRUE(fu.costUsd.has_value());
    ASSERT_TRUE(fu.totalMs.has_value());
    EXPECT_GE(*fu.totalMs, 0);
    unfinished = f.history->unfinishedRunIds();
    ASSERT_TRUE(unfinished.has_value());
    EXPECT_TRUE(unfinished->isEmpty());
}

TEST_F(OrchestratorResume, followUpCutByACrash_endsFailedWithWhatArrived_andTheNextOneCanGo)
{
    const QByteArray sse = providerTranscript(QStringLiteral("responses_text.sse"));
    f.openai.setHandler([&](const RecordedRequest&) -> std::optional<FakeResponse> { return FakeResponse::sse(sse); });
    qint64 runId = 0;
    qint64 callId = 0;
    {
        RunOrchestrator first(f.environment());
        auto session = first.start(RunFixture::input(), RunFixture::plan({QStringLiteral("openai:o3")}, 1));
        ASSERT_TRUE(session.has_value());
        runId = (*session)->record().id;
        callId = (*session)->record().calls.first().id;
        ASSERT_TRUE(waitFor([&] { return (*session)->isFinished(); }));
    }
    // What a SIGKILL mid-reply leaves behind: a streaming follow-up with part of its text.
    FollowUpRecord cut;
    cut.callId = callId;
    cut.position = 0;
    cut.message = QStringLiteral("Shorter?");
    cut.status = CallStatus::Streaming;
    ASSERT_TRUE(f.history->insertFollowUp(cut).has_value());
    cut.text = QStringLiteral("Grüße");
    cut.startedAt = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(f.history->updateFollowUp(cut).has_value());
    f.reopenDatabase();
    auto unfinished = f.history->unfinishedRunIds();
    ASSERT_TRUE(unfinished.has_value());
    EXPECT_EQ(*unfinished, QList<qint64>{runId});

    RunOrchestrator second(f.environment());
    auto session = second.resume(runId);
    ASSERT_TRUE(session.has_value()) << session.error().message.toStdString();
    const FollowUpRecord* settled = (*session)->followUp(callId, 0);
    ASSERT_NE(settled, nullptr);
    EXPECT_EQ(settled->status, CallStatus::Failed);
    EXPECT_TRUE(settled->partial);
    EXPECT_EQ(settled->text, QStringLiteral("Grüße"));
    EXPECT_EQ(settled->errorCode, QStringLiteral("interrupted"));

    ASSERT_TRUE(second.followUps()->send(callId, QStringLiteral("Again, please."), false).has_value());
    ASSERT_TRUE(waitFor([&] {
        const FollowUpRecord* next = (*session)->followUp(callId, 1);
        return next && next->status == CallStatus::Done;
    }));
    auto stored = f.history->followUps(callId);
    ASSERT_TRUE(stored.has_value());
    ASSERT_EQ(stored->size(), 2);
    EXPECT_EQ(stored->at(0).status, CallStatus::Failed);
    EXPECT_EQ(stored->at(0).text, QStringLiteral("Grüße"));
    EXPECT_EQ(stored->at(1).status, CallStatus::Done);
    unfinished = f.history->unfinishedRunIds();
    ASSERT_TRUE(unfinished.has_value());
    EXPECT_TRUE(unfinished->isEmpty());
}
