// "Continue": follow-ups to finished calls against fake OpenAI, Anthropic, Gemini and
// OpenAI-compatible servers, checking the multi-turn bodies, the streamed replies and history.
#include "core/run/followupsender.h"
#include "core/run/runhistorywriter.h"
#include "core/run/runsession.h"
#include "support/providertesting.h"
#include "support/runfixture.h"

#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

const QString kOpenAiText = QStringLiteral("Grüße, hello — 你好, hi 🙂!");
const QString kAnthropicText = QStringLiteral("Hello there");
const QString kGeminiText = QStringLiteral("Héllo wörld — done.");
const QString kLocalText = QStringLiteral("Hello wörld ✓");
const QString kPrompt = QStringLiteral("Say hello.");
const QString kMessage = QStringLiteral("Now say it in French.");

class FollowUp : public ::testing::Test
{
protected:
    void SetUp() override
    {
        serve(f.openai, QStringLiteral("responses_text.sse"));
        serve(f.anthropic, QStringLiteral("anthropic_basic.sse"));
        serve(f.gemini, QStringLiteral("gemini_thinking.sse"));
        serve(f.local, QStringLiteral("chat_basic.sse"));
    }

    static void serve(FakeHttpServer& server, const QString& transcript)
    {
        const QByteArray sse = providerTranscript(transcript);
        server.setHandler([sse](const RecordedRequest&) -> std::optional<FakeResponse> { return FakeResponse::sse(sse); });
    }

    // Runs the four models once and waits until every answer is in.
    RunSession* runFour(RunOrchestrator& orchestrator)
    {
        QSignalSpy finished(&orchestrator, &RunOrchestrator::finished);
        auto session = orchestrator.start(
            RunFixture::input(QStringLiteral("Be brief."), kPrompt),
            RunFixture::plan({QStringLiteral("openai:o3"), QStringLiteral("anthropic:claude-sonnet-4-5"),
                              QStringLiteral("gemini:gemini-2.5-flash"), QStringLiteral("openai-compatible:llama3.2")},
                             1));
        EXPECT_TRUE(session.has_value());
        EXPECT_TRUE(waitFor([&] { return finished.count() == 1; }));
        return session ? *session : nullptr;
    }

    static qint64 callOf(const RunSession& session, const QString& provider)
    {
        for (const CallRecord& c : session.record().calls)
            if (c.provider == provider)
                return c.id;
        return 0;
    }

    static bool followUpsSettled(const RunSession& session, int expected)
    {
        int settled = 0;
        for (const CallRecord& c : session.record().calls)
            for (const FollowUpRecord& fu : c.followUps)
                settled += isTerminal(fu.status) ? 1 : 0;
        return settled == expected;
    }

    RunFixture f;
};

// The user/assistant/user texts of a multi-turn body, however the protocol spells them.
struct Turn
{
    QString role;
    QString text;
};

QList<Turn> turnsOf(const QString& provider, const QJsonObject& body)
{
    QList<Turn> out;
    if (provider == QLatin1String("openai")) {
        for (const QJsonValue& v : body.value(QStringLiteral("input")).toArray()) {
            const QJsonObject m = v.toObject();
            const QJsonObject part = m.value(QStringLiteral("content")).toArray().at(0).toObject();
            const QString expectedType = m.value(QStringLiteral("role")).toString() == QLatin1String("user")
                                             ? QStringLiteral("input_text")
                                             : QStringLiteral("output_text");
            EXPECT_EQ(part.value(QStringLiteral("type")).toString(), expectedType);
            out.append({m.value(QStringLiteral("role")).toString(), part.value(QStringLiteral("text")).toString()});
        }
    } else if (provider == QLatin1String("gemini")) {
        for (const QJsonValue& v : body.value(QStringLiteral("contents")).toArray()) {
            const QJsonObject c = v.toObject();
            out.append({c.value(QStringLiteral("role")).toString(),
                        c.value(QStringLiteral("parts")).toArray().at(0).toObject().value(QStringLiteral("text")).toString()});
        }
    } else {
        for (const QJsonValue& v : body.value(QStringLiteral("messages")).toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("role")).toString() != QLatin1String("system"))
                out.append({m.value(QStringLiteral("role")).toString(), m.value(QStringLiteral("content")).toString()});
        }
    }
    return out;
}

} // namespace

TEST_F(FollowUp, toTheOthersToo_eachProviderGetsItsOwnConversationAndTheRepliesStreamAndPersist)
{
    RunOrchestrator orchestrator(f.environment());
    RunSession* session = runFour(orchestrator);
    ASSERT_NE(session, nullptr);
    const qint64 chosen = callOf(*session, QStringLiteral("anthropic"));
    QSignalSpy done(orchestrator.followUps(), &FollowUpSender::followUpFinished);
    QSignalSpy failed(orchestrator.followUps(), &FollowUpSender::followUpFailed);

    ASSERT_TRUE(orchestrator.followUps()->send(chosen, kMessage, true));
    ASSERT_TRUE(waitFor([&] { return followUpsSettled(*session, 4); }));
    EXPECT_EQ(done.count(), 4);
    EXPECT_EQ(failed.count(), 0);

    const QHash<QString, QString> answers{{QStringLiteral("openai"), kOpenAiText},
                                          {QStringLiteral("anthropic"), kAnthropicText},
                                          {QStringLiteral("gemini"), kGeminiText},
                                          {QStringLiteral("openai-compatible"), kLocalText}};
    const QHash<QString, FakeHttpServer*> servers{{QStringLiteral("openai"), &f.openai},
                                                  {QStringLiteral("anthropic"), &f.anthropic},
                                                  {QStringLiteral("gemini"), &f.gemini},
                                                  {QStringLiteral("openai-compatible"), &f.local}};
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const QString& provider = it.key();
        SCOPED_TRACE(provider.toStdString());
        FakeHttpServer* server = servers.value(provider);
        ASSERT_EQ(server->requestCount(), 2);
        const QJsonObject body = server->lastRequest().json();
        const QList<Turn> turns = turnsOf(provider, body);
        ASSERT_EQ(turns.size(), 3);
        EXPECT_EQ(turns[0].role, QStringLiteral("user"));
        EXPECT_EQ(turns[0].text, kPrompt);
        EXPECT_EQ(turns[1].role, provider == QLatin1String("gemini") ? QStringLiteral("model") : QStringLiteral("assistant"));
        EXPECT_EQ(turns[1].text, it.value()); // this model's own answer, not the chosen one's
        EXPECT_EQ(turns[2].role, QStringLiteral("user"));
        EXPECT_EQ(turns[2].text, kMessage);
        // Same model and the instructions as first sent.
        if (provider == QLatin1String("gemini")) {
            EXPECT_TRUE(server->lastRequest().path().contains(QStringLiteral("gemini-2.5-flash")));
        } else {
            EXPECT_EQ(body.value(QStringLiteral("model")).toString(), session->call(callOf(*session, provider))->model);
        }
        // The key went along, as for the first call (the local server needs none).
        const RecordedRequest last = server->lastRequest();
        const bool keyed = last.hasHeader("authorization") || last.hasHeader("x-api-key") || last.hasHeader("x-goog-api-key");
        EXPECT_EQ(keyed, provider != QLatin1String("openai-compatible"));

        const CallRecord* call = session->call(callOf(*session, provider));
        ASSERT_EQ(call->followUps.size(), 1);
        const FollowUpRecord& fu = call->followUps.first();
        EXPECT_EQ(fu.message, kMessage);
        EXPECT_EQ(fu.status, CallStatus::Done);
        EXPECT_EQ(fu.text, it.value());
        EXPECT_FALSE(fu.usage.isEmpty());
    }

    // History holds what the session showed, so a reopened run shows the follow-ups again.
    orchestrator.historyWriter()->flush();
    auto stored = f.history->loadRun(session->record().id);
    ASSERT_TRUE(stored);
    for (const CallRecord& c : stored->calls) {
        SCOPED_TRACE(c.provider.toStdString());
        ASSERT_EQ(c.followUps.size(), 1);
        EXPECT_EQ(c.followUps[0].message, kMessage);
        EXPECT_EQ(c.followUps[0].text, answers.value(c.provider));
        EXPECT_EQ(c.followUps[0].status, CallStatus::Done);
        EXPECT_TRUE(c.followUps[0].totalMs.has_value());
    }
    // Cost from the catalog's prices, like the calls (the local model has none).
    EXPECT_TRUE(session->call(callOf(*session, QStringLiteral("openai")))->followUps[0].costUsd.has_value());
}

TEST_F(FollowUp, onlyTheChosenCall_secondFollowUpCarriesTheFirstExchange)
{
    RunOrchestrator orchestrator(f.environment());
    RunSession* session = runFour(orchestrator);
    ASSERT_NE(session, nullptr);
    const qint64 chosen = callOf(*session, QStringLiteral("gemini"));
    ASSERT_TRUE(orchestrator.followUps()->send(chosen, kMessage, false));
    // A second one before the first reply is in would miss that reply: refused.
    EXPECT_FALSE(orchestrator.followUps()->send(chosen, QStringLiteral("Too soon"), false));
    ASSERT_TRUE(waitFor([&] { return followUpsSettled(*session, 1); }));
    EXPECT_EQ(f.openai.requestCount(), 1);
    EXPECT_EQ(f.anthropic.requestCount(), 1);
    EXPECT_EQ(f.local.requestCount(), 1);
    ASSERT_EQ(f.gemini.requestCount(), 2);

    ASSERT_TRUE(orchestrator.followUps()->send(chosen, QStringLiteral("Shorter."), false));
    ASSERT_TRUE(waitFor([&] { return followUpsSettled(*session, 2); }));
    const QList<Turn> turns = turnsOf(QStringLiteral("gemini"), f.gemini.lastRequest().json());
    ASSERT_EQ(turns.size(), 5);
    EXPECT_EQ(turns[2].text, kMessage);
    EXPECT_EQ(turns[3].role, QStringLiteral("model"));
    EXPECT_EQ(turns[3].text, kGeminiText);
    EXPECT_EQ(turns[4].text, QStringLiteral("Shorter."));
    EXPECT_EQ(session->call(chosen)->followUps.size(), 2);
    EXPECT_EQ(session->call(chosen)->followUps[1].position, 1);
}

TEST_F(FollowUp, serverError_failsOnceWithTheErrorAndIsRecorded)
{
    RunOrchestrator orchestrator(f.environment());
    RunSession* session = runFour(orchestrator);
    ASSERT_NE(session, nullptr);
    f.anthropic.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::json(500, R"({"type":"error","error":{"type":"api_error","message":"Internal server error"}})");
    });
    const qint64 chosen = callOf(*session, QStringLiteral("anthropic"));
    QSignalSpy failed(orchestrator.followUps(), &FollowUpSender::followUpFailed);
    ASSERT_TRUE(orchestrator.followUps()->send(chosen, kMessage, false));
    ASSERT_TRUE(waitFor([&] { return followUpsSettled(*session, 1); }));
    ASSERT_EQ(failed.count(), 1);
    const FollowUpRecord& fu = session->call(chosen)->followUps.first();
    EXPECT_EQ(fu.status, CallStatus::Failed);
    EXPECT_FALSE(fu.partial);
    EXPECT_FALSE(fu.errorMessage.isEmpty());
    EXPECT_FALSE(fu.errorMessage.contains(QStringLiteral("sk-ant-test")));
    auto stored = f.history->loadRun(session->record().id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->call(chosen)->followUps.first().status, CallStatus::Failed);
    EXPECT_EQ(stored->call(chosen)->followUps.first().errorMessage, fu.errorMessage);
}

TEST_F(FollowUp, dropMidStream_keepsThePartialReplyMarked)
{
    RunOrchestrator orchestrator(f.environment());
    RunSession* session = runFour(orchestrator);
    ASSERT_NE(session, nullptr);
    const QByteArray sse = providerTranscript(QStringLiteral("responses_text.sse"));
    f.openai.setHandler([sse](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(sse).dropAfter(sse.indexOf("\" — 你好\""));
    });
    const qint64 chosen = callOf(*session, QStringLiteral("openai"));
    ASSERT_TRUE(orchestrator.followUps()->send(chosen, kMessage, false));
    ASSERT_TRUE(waitFor([&] { return followUpsSettled(*session, 1); }));
    const FollowUpRecord& fu = session->call(chosen)->followUps.first();
    EXPECT_EQ(fu.status, CallStatus::Failed);
    EXPECT_TRUE(fu.partial);
    EXPECT_TRUE(kOpenAiText.startsWith(fu.text));
    EXPECT_FALSE(fu.text.isEmpty());
    orchestrator.historyWriter()->flush();
    auto stored = f.history->loadRun(session->record().id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->call(chosen)->followUps.first().text, fu.text);
    EXPECT_TRUE(stored->call(chosen)->followUps.first().partial);
}

TEST_F(FollowUp, toAFailedCall_sendsItsPartialAnswerAsTheAssistantTurn)
{
    const QByteArray sse = providerTranscript(QStringLiteral("responses_text.sse"));
    f.openai.setHandler([sse](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(sse).dropAfter(sse.indexOf("\" — 你好\""));
    });
    RunOrchestrator orchestrator(f.environment());
    RunSession* session = runFour(orchestrator);
    ASSERT_NE(session, nullptr);
    const qint64 chosen = callOf(*session, QStringLiteral("openai"));
    ASSERT_EQ(session->call(chosen)->status, CallStatus::Failed);
    const QString partial = session->call(chosen)->text;
    ASSERT_FALSE(partial.isEmpty());
    serve(f.openai, QStringLiteral("responses_text.sse"));
    ASSERT_TRUE(orchestrator.followUps()->send(chosen, kMessage, false));
    ASSERT_TRUE(waitFor([&] { return followUpsSettled(*session, 1); }));
    const QList<Turn> turns = turnsOf(QStringLiteral("openai"), f.openai.lastRequest().json());
    ASSERT_EQ(turns.size(), 3);
    EXPECT_EQ(turns[1].text, partial);
    EXPECT_EQ(session->call(chosen)->followUps.first().text, kOpenAiText);
}

TEST_F(FollowUp, reopenedFromHistory_takesFollowUpsAndShowsEarlierOnes)
{
    qint64 runId = 0;
    {
        RunOrchestrator orchestrator(f.environment());
        RunSession* session = runFour(orchestrator);
        ASSERT_NE(session, nullptr);
        runId = session->record().id;
        ASSERT_TRUE(orchestrator.followUps()->send(callOf(*session, QStringLiteral("openai")), kMessage, false));
        ASSERT_TRUE(waitFor([&] { return followUpsSettled(*session, 1); }));
    }
    f.reopenDatabase();
    RunOrchestrator reopened(f.environment());
    auto session = reopened.resume(runId);
    ASSERT_TRUE(session);
    const qint64 chosen = callOf(**session, QStringLiteral("openai"));
    ASSERT_EQ((*session)->call(chosen)->followUps.size(), 1);
    EXPECT_EQ((*session)->call(chosen)->followUps[0].text, kOpenAiText);
    ASSERT_TRUE(reopened.followUps()->send(chosen, QStringLiteral("Shorter."), false));
    ASSERT_TRUE(waitFor([&] { return followUpsSettled(**session, 2); }));
    EXPECT_EQ(turnsOf(QStringLiteral("openai"), f.openai.lastRequest().json()).size(), 5);
    reopened.historyWriter()->flush();
    auto stored = f.history->loadRun(runId);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->call(chosen)->followUps.size(), 2);
    EXPECT_EQ(stored->call(chosen)->followUps[1].message, QStringLiteral("Shorter."));
}
