// One run comparing a model with the full pack and the same model in tools mode, through the
// real orchestrator, the real Chat Completions protocol and a fake server on 127.0.0.1: the tools
// call loops (two parallel calls, then the answer), its tool calls reach the session and the
// history as they happen, and a follow-up on it continues the recorded exchange with the tools.
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/run/followupsender.h"
#include "core/run/runorchestrator.h"
#include "core/run/runsession.h"
#include "support/fakehttpserver.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"
#include "support/tooltesting.h"
#include "../unit/harnesstestpack.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

QByteArray chunk(const QByteArray& choice)
{
    return sseEvent({}, R"({"id":"c1","object":"chat.completion.chunk","model":"m","choices":[{"index":0,)" + choice +
                            "}]}");
}

QByteArray callsStream()
{
    QByteArray s = chunk(R"("delta":{"tool_calls":[{"index":0,"id":"call_A","type":"function","function":{"name":"search_pack","arguments":"{\"query\":\"유지율\"}"}}]})");
    s += chunk(R"("delta":{"tool_calls":[{"index":1,"id":"call_B","type":"function","function":{"name":"read_item","arguments":"{\"id\":\"d4e5f6\"}"}}]})");
    s += chunk(R"("delta":{},"finish_reason":"tool_calls")");
    s += sseEvent({}, R"({"id":"c1","choices":[],"usage":{"prompt_tokens":300,"completion_tokens":20}})");
    return s + sseEvent({}, "[DONE]");
}

QByteArray answerStream(const QByteArray& text)
{
    return chunk(R"("delta":{"content":")" + text + R"("},"finish_reason":"stop")") +
           sseEvent({}, R"({"id":"c1","choices":[],"usage":{"prompt_tokens":700,"completion_tokens":10}})") +
           sseEvent({}, "[DONE]");
}

} // namespace

TEST(HarnessOrchestrator, fullAndToolsSideBySide_toolsCallLoopsRecordsAndFollowsUpWithoutTools)
{
    FakeHttpServer server;
    server.setHandler([](const RecordedRequest& r) -> std::optional<FakeResponse> {
        const QJsonObject body = r.json();
        const bool tools = body.contains(QStringLiteral("tools"));
        const bool results = QString::fromUtf8(r.body).contains(QStringLiteral("\"role\":\"tool\""));
        if (tools && !results)
            return FakeResponse::sse(callsStream());
        return FakeResponse::sse(answerStream(tools ? "Tools answer." : "Plain answer."));
    });
    TempWorkspace ws;
    auto db = Database::open(ws.filePath(QStringLiteral("h.sqlite")));
    ASSERT_TRUE(db);
    HistoryStore history(**db);
    auto nam = makeTestNetworkManager();
    RunEnvironment env;
    env.network = nam.get();
    env.history = &history;
    env.options = fastProviderOptions();
    env.builder = CallRequestBuilder(ModelCatalog{}, {{QStringLiteral("openai-compatible"), server.baseUrl(QStringLiteral("/v1"))}});
    env.persistIntervalMs = 0;
    RunOrchestrator orchestrator(env);

    const Pack pack = harnessPack();
    AssembledPrompt prompt;
    prompt.instructions = QStringLiteral("You plan.");
    prompt.input = QStringLiteral("Write the plan.");
    RunPlan plan;
    plan.models = {{QStringLiteral("openai-compatible"), QStringLiteral("qwen3"), {}},
                   {QStringLiteral("openai-compatible"), QStringLiteral("qwen3"),
                    QJsonObject{{QStringLiteral("context"), QStringLiteral("tools")}}}};
    QList<ToolTrailEntry> live;
    QObject::connect(&orchestrator, &RunOrchestrator::toolCallExecuted,
                     [&live](qint64, const ToolTrailEntry& e) { live.append(e); });
    auto session = orchestrator.start(RunInput::fromPack(pack, ws.filePath(QStringLiteral("p.ctxpack")), prompt), plan);
    ASSERT_TRUE(session) << session.error().message.toStdString();
    ASSERT_TRUE(waitFor([&] { return (*session)->isFinished(); }, 20000));

    const RunRecord& run = (*session)->record();
    ASSERT_EQ(run.calls.size(), 2);
    EXPECT_EQ(run.calls[0].contextMode, QStringLiteral("full"));
    EXPECT_EQ(run.calls[0].text, QStringLiteral("Plain answer."));
    EXPECT_EQ(run.calls[1].contextMode, QStringLiteral("tools"));
    EXPECT_EQ(run.calls[1].text, QStringLiteral("Tools answer."));
    EXPECT_EQ(run.calls[1].status, CallStatus::Done);
    ASSERT_EQ(run.calls[1].toolTrail.size(), 2);
    EXPECT_EQ(live.size(), 2);
    EXPECT_EQ(run.calls[1].toolTrail[0].summary, QStringLiteral("searched '유지율' → 1 hit"));
    EXPECT_TRUE(run.calls[1].toolTrail[1].isError); // the disabled item is unknown to the model
    // Three requests: the full call, the tools call's two rounds; the manifest, never the
    // disabled item, in the tools call's first round.
    ASSERT_EQ(server.requests().size(), 3);
    for (const RecordedRequest& r : server.requests())
        EXPECT_FALSE(QString::fromUtf8(r.body).contains(QStringLiteral("confidential")));
    bool sawManifest = false;
    for (const RecordedRequest& r : server.requests())
        sawManifest = sawManifest || QString::fromUtf8(r.body).contains(QStringLiteral("a1b2c3 — Launch planning call"));
    EXPECT_TRUE(sawManifest);

    const auto stored = history.loadRun(run.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->calls[1].contextMode, QStringLiteral("tools"));
    EXPECT_EQ(stored->calls[1].toolTrail, run.calls[1].toolTrail);
    EXPECT_EQ(stored->calls[1].params.value(QStringLiteral("context")).toString(), QStringLiteral("tools"));

    // Continue on the tools answer: the recorded exchange goes again as it was (§12.6), with the
    // tools, the answer after it, then the message.
    ASSERT_TRUE(orchestrator.followUps()->send(run.calls[1].id, QStringLiteral("And the budget?"), false));
    ASSERT_TRUE(waitFor([&] { return !orchestrator.followUps()->isBusy(); }, 20000));
    ASSERT_EQ(server.requests().size(), 4);
    const QJsonObject round2 = server.requests().at(2).json();
    const QJsonObject followUp = server.requests().at(3).json();
    EXPECT_EQ(followUp.value(QStringLiteral("tools")), round2.value(QStringLiteral("tools")));
    const QJsonArray before = round2.value(QStringLiteral("messages")).toArray();
    const QJsonArray messages = followUp.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(before.size(), 5); // system, manifest prompt, the calls, two results
    ASSERT_EQ(messages.size(), 7);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(messages[i], before[i]) << i;
    EXPECT_EQ(messages[5].toObject(), jsonObject(R"({"role":"assistant","content":"Tools answer."})"));
    EXPECT_EQ(messages[6].toObject(), jsonObject(R"({"role":"user","content":"And the budget?"})"));
    EXPECT_FALSE(QString::fromUtf8(server.requests().at(3).body).contains(QStringLiteral("confidential")));
}
