// RunOrchestrator against fake OpenAI, Anthropic and Gemini servers on 127.0.0.1, with history.
#include "core/run/runhistorywriter.h"
#include "core/run/runsession.h"
#include "support/providertesting.h"
#include "support/runfixture.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

const QString kOpenAiText = QStringLiteral("Grüße, hello — 你好, hi 🙂!");
const QString kAnthropicText = QStringLiteral("Hello there");
const QString kGeminiText = QStringLiteral("Héllo wörld — done.");

class Orchestrator : public ::testing::Test
{
protected:
    RunFixture f;
};

int countStatus(const RunRecord& run, CallStatus status)
{
    return int(std::count_if(run.calls.cbegin(), run.calls.cend(),
                             [status](const CallRecord& c) { return c.status == status; }));
}

} // namespace

TEST_F(Orchestrator, threeProvidersFourRepeats_oneFailsMidStream_restFinishAndAllRecorded)
{
    const QByteArray openAiSse = providerTranscript(QStringLiteral("responses_text.sse"));
    int openAiRequests = 0;
    f.openai.setHandler([&](const RecordedRequest&) -> std::optional<FakeResponse> {
        // The second OpenAI call loses its connection after ", hello" has arrived.
        if (++openAiRequests == 2)
            return FakeResponse::sse(openAiSse).dropAfter(openAiSse.indexOf("\" — 你好\""));
        return FakeResponse::sse(openAiSse).randomChunks(quint32(openAiRequests), 40);
    });
    f.anthropic.setHandler([&](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(providerTranscript(QStringLiteral("anthropic_basic.sse"))).drip(2);
    });
    f.gemini.setHandler([&](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(providerTranscript(QStringLiteral("gemini_thinking.sse")));
    });

    RunEnvironment env = f.environment();
    env.perProviderLimit = 2;
    RunOrchestrator orchestrator(env);
    QSignalSpy finished(&orchestrator, &RunOrchestrator::finished);
    auto session = orchestrator.start(
        RunFixture::input(),
        RunFixture::plan({QStringLiteral("openai:o3"), QStringLiteral("anthropic:claude-sonnet-4-5"),
                          QStringLiteral("gemini:gemini-2.5-flash")},
                         4, {{QStringLiteral("effort"), QStringLiteral("high")}}));
    ASSERT_TRUE(session.has_value()) << session.error().message.toStdString();
    ASSERT_EQ((*session)->record().calls.size(), 12);
    ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }, 20000));

    const RunRecord& live = (*session)->record();
    EXPECT_EQ(countStatus(live, CallStatus::Done), 11);
    ASSERT_EQ(countStatus(live, CallStatus::Failed), 1);
    for (const QString& provider : {QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gemini")})
        EXPECT_EQ(orchestrator.peakActiveCalls(provider), 2) << provider.toStdString();
    EXPECT_EQ(f.openai.requestCount(), 4);
    EXPECT_EQ(f.anthropic.requestCount(), 4);
    EXPECT_EQ(f.gemini.requestCount(), 4);

    // What history holds is what the session showed, call by call.
    auto stored = f.history->loadRun(live.id);
    ASSERT_TRUE(stored.has_value());
    ASSERT_EQ(stored->calls.size(), 12);
    for (const CallRecord& c : stored->calls) {
        SCOPED_TRACE(c.modelKey().toStdString() + " #" + std::to_string(c.repeatIndex));
        EXPECT_EQ(c.text, (*session)->call(c.id)->text);
        if (c.status == CallStatus::Failed) {
            EXPECT_EQ(c.provider, QStringLiteral("openai"));
            EXPECT_TRUE(c.partial);
            EXPECT_EQ(c.text, QStringLiteral("Grüße, hello"));
            EXPECT_FALSE(c.errorMessage.isEmpty());
            continue;
        }
        EXPECT_EQ(c.status, CallStatus::Done);
        EXPECT_FALSE(c.partial);
        EXPECT_TRUE(c.totalMs.has_value());
        EXPECT_FALSE(c.usage.isEmpty());
        EXPECT_TRUE(c.costUsd.has_value()) << "every model here is in the catalog";
        if (c.provider == QLatin1String("openai")) {
            EXPECT_EQ(c.text, kOpenAiText);
            EXPECT_EQ(c.params.value(QStringLiteral("effort")).toString(), QStringLiteral("high"));
        } else if (c.provider == QLatin1String("anthropic")) {
            EXPECT_EQ(c.text, kAnthropicText);
            EXPECT_FALSE(c.params.contains(QStringLiteral("effort"))) << "Claude has no reasoning effort";
        } else {
            EXPECT_EQ(c.text, kGeminiText);
            EXPECT_FALSE(c.reasoning.isEmpty());
        }
    }
    // Every call was a fresh request: nothing was served from a cache.
    for (const RecordedRequest& r : f.openai.requests())
        EXPECT_EQ(r.header("authorization"), QByteArray("Bearer sk-test-openai"));
}

TEST_F(Orchestrator, missingKey_failsThatCallAtOnceNamingTheVariable_restRun)
{
    f.env.remove(QStringLiteral("ANTHROPIC_API_KEY"));
    f.openai.setHandler([&](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(providerTranscript(QStringLiteral("responses_text.sse")));
    });
    RunOrchestrator orchestrator(f.environment());
    auto session = orchestrator.start(
        RunFixture::input(),
        RunFixture::plan({QStringLiteral("anthropic:claude-sonnet-4-5"), QStringLiteral("openai:gpt-4.1")}, 1));
    ASSERT_TRUE(session.has_value());
    ASSERT_TRUE(waitFor([&] { return (*session)->isFinished(); }));
    const RunRecord& run = (*session)->record();
    EXPECT_EQ(run.calls[0].status, CallStatus::Failed);
    EXPECT_EQ(run.calls[0].errorCode, QStringLiteral("auth"));
    EXPECT_TRUE(run.calls[0].errorMessage.contains(QStringLiteral("ANTHROPIC_API_KEY")));
    EXPECT_EQ(f.anthropic.requestCount(), 0);
    EXPECT_EQ(run.calls[1].status, CallStatus::Done);
}

TEST_F(Orchestrator, cancelOneWhileStreamingAndTheQueuedRest_keepsPartialText)
{
    const QByteArray sse = providerTranscript(QStringLiteral("responses_text.sse"));
    f.openai.setHandler([&](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(sse).stallAfter(sse.indexOf("\" — 你好\""));
    });
    RunEnvironment env = f.environment();
    env.perProviderLimit = 1;
    RunOrchestrator orchestrator(env);
    auto session = orchestrator.start(RunFixture::input(), RunFixture::plan({QStringLiteral("openai:o3")}, 3));
    ASSERT_TRUE(session.has_value());
    RunSession* s = *session;
    const qint64 first = s->record().calls[0].id;
    ASSERT_TRUE(waitFor([&] { return s->call(first)->text == QStringLiteral("Grüße, hello"); }));
    EXPECT_EQ(s->record().calls[1].status, CallStatus::Queued) << "limit 1: the others wait their turn";
    orchestrator.cancel(first);
    EXPECT_EQ(s->call(first)->status, CallStatus::Cancelled);
    EXPECT_TRUE(s->call(first)->partial);
    ASSERT_TRUE(waitFor([&] { return s->record().calls[1].status == CallStatus::Streaming; }));
    orchestrator.cancelAll();
    EXPECT_TRUE(s->isFinished());
    EXPECT_EQ(countStatus(s->record(), CallStatus::Cancelled), 3);
    EXPECT_EQ(f.openai.requestCount(), 2) << "the third call never started";
    auto stored = f.history->loadRun(s->record().id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->calls[0].text, QStringLiteral("Grüße, hello"));
    EXPECT_EQ(stored->calls[0].status, CallStatus::Cancelled);
}

TEST_F(Orchestrator, modelMissingFromCatalog_runsWithUnknownCost)
{
    f.local.setHandler([&](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(providerTranscript(QStringLiteral("chat_basic.sse")));
    });
    f.env.clear(); // a local server needs no key
    RunOrchestrator orchestrator(f.environment());
    auto session = orchestrator.start(RunFixture::input(), RunFixture::plan({QStringLiteral("local:llama3.2:3b")}, 1));
    ASSERT_TRUE(session.has_value());
    ASSERT_TRUE(waitFor([&] { return (*session)->isFinished(); }));
    const CallRecord& c = (*session)->record().calls.first();
    EXPECT_EQ(c.status, CallStatus::Done) << c.errorMessage.toStdString();
    EXPECT_EQ(c.provider, QStringLiteral("openai-compatible"));
    EXPECT_EQ(c.text, QStringLiteral("Hello wörld ✓"));
    EXPECT_FALSE(c.costUsd.has_value());
    EXPECT_EQ(f.local.lastRequest().json().value(QStringLiteral("model")).toString(), QStringLiteral("llama3.2:3b"));
    EXPECT_FALSE(f.local.lastRequest().hasHeader("authorization"));
}

TEST_F(Orchestrator, streamingText_isPersistedBeforeTheCallEnds)
{
    const QByteArray sse = providerTranscript(QStringLiteral("responses_text.sse"));
    f.openai.setHandler([&](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(sse).stallAfter(sse.indexOf("\" — 你好\""));
    });
    RunEnvironment env = f.environment();
    env.persistIntervalMs = 20;
    RunOrchestrator orchestrator(env);
    auto session = orchestrator.start(RunFixture::input(), RunFixture::plan({QStringLiteral("openai:o3")}, 1));
    ASSERT_TRUE(session.has_value());
    const qint64 runId = (*session)->record().id;
    ASSERT_TRUE(waitFor([&] {
        auto stored = f.history->loadRun(runId);
        return stored && stored->calls.first().text == QStringLiteral("Grüße, hello");
    }));
    auto stored = f.history->loadRun(runId);
    EXPECT_EQ(stored->calls.first().status, CallStatus::Streaming);
    EXPECT_EQ(stored->calls.first().responseId, QStringLiteral("resp_045d8a1b2c3d"));
    EXPECT_GT(orchestrator.historyWriter()->writes(), 0);
}
