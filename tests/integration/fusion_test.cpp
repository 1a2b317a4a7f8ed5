// Fusion (issue 17) against the fake OpenAI Responses, Chat Completions, Anthropic and Gemini
// servers: the gate before the vote, the request each protocol gets, the plan and lineage from
// the model's source markers, a failure that keeps the partial plan, and the record in history.
#include "core/fusion/fusionrunner.h"
#include "core/history/fusionstore.h"
#include "core/run/runsession.h"
#include "support/planstream.h"
#include "support/providertesting.h"
#include "support/runfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

const QString kPlanA = QStringLiteral("## Goals\nShip v2 in March.\n\n## Risks\nChurn.\n");
const QString kPlanB = QStringLiteral("## Goals\nShip v2 fast.\n\n## Budget\n$10k.\n");
const QString kFused = QStringLiteral("## Goals\n<!-- sources: 1, 2 -->\nShip v2 in March, fast.\n\n"
                                      "## Risks\n<!-- sources: 1 -->\nChurn.\n");

// Every string in a JSON body, wherever the protocol puts it.
void collectStrings(const QJsonValue& v, QString& out)
{
    if (v.isString())
        out += v.toString() + QLatin1Char('\n');
    else if (v.isArray())
        for (const QJsonValue& item : v.toArray())
            collectStrings(item, out);
    else if (v.isObject())
        for (const QJsonValue& item : v.toObject())
            collectStrings(item, out);
}

struct Protocol
{
    const char* name;     // streamOf's protocol
    const char* merger;   // PROVIDER:MODEL
    const char* provider; // whose fake server answers
    const char* systemKey; // where the protocol puts the instructions
};

class Fusion : public ::testing::TestWithParam<Protocol>
{
protected:
    FakeHttpServer& server(const QString& provider)
    {
        return provider == QLatin1String("openai")      ? f.openai
               : provider == QLatin1String("anthropic") ? f.anthropic
               : provider == QLatin1String("gemini")    ? f.gemini
                                                        : f.local;
    }

    static void serve(FakeHttpServer& s, const QByteArray& sse)
    {
        s.setHandler([sse](const RecordedRequest&) -> std::optional<FakeResponse> { return FakeResponse::sse(sse); });
    }

    // o3 writes plan A, Claude plan B; one blind pair.
    RunSession* runTwo(RunOrchestrator& orchestrator)
    {
        serve(f.openai, planStream(QStringLiteral("responses"), kPlanA));
        serve(f.anthropic, planStream(QStringLiteral("anthropic"), kPlanB));
        QSignalSpy finished(&orchestrator, &RunOrchestrator::finished);
        auto session = orchestrator.start(
            RunFixture::input(),
            RunFixture::plan({QStringLiteral("openai:o3"), QStringLiteral("anthropic:claude-sonnet-4-5")}, 1));
        EXPECT_TRUE(session.has_value());
        EXPECT_TRUE(waitFor([&] { return finished.count() == 1; }));
        return session ? *session : nullptr;
    }

    void vote(RunSession& session)
    {
        const QList<CallRecord>& calls = session.record().calls;
        VoteRecord v{0, session.record().id, calls[1].id, calls[0].id, QStringLiteral("right"), true, {}};
        ASSERT_TRUE(f.history->addVote(v));
        session.addVote(v);
    }

    RunFixture f;
};

} // namespace

TEST_P(Fusion, fuseAfterTheVote_sendsEveryAnswerAndRecordsThePlanWithItsLineage)
{
    const Protocol p = GetParam();
    RunOrchestrator orchestrator(f.environment());
    RunSession* session = runTwo(orchestrator);
    ASSERT_NE(session, nullptr);
    const qint64 a = session->record().calls[0].id;
    const qint64 b = session->record().calls[1].id;
    FusionRunner* runner = orchestrator.fusions();
    ASSERT_NE(runner, nullptr);
    auto merger = PlannedModel::parse(QString::fromLatin1(p.merger));
    ASSERT_TRUE(merger);
    FakeHttpServer& s = server(merger->provider);
    const qsizetype before = s.requestCount();

    // Before the blind vote: refused, nothing sent, nothing recorded.
    auto early = runner->start({QStringLiteral("fuse"), *merger, {}});
    ASSERT_FALSE(early);
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("0 of 1 done"))) << early.error().message.toStdString();
    EXPECT_EQ(s.requestCount(), before);
    EXPECT_TRUE(runner->fusions().isEmpty());

    vote(*session);
    serve(s, planStream(QString::fromLatin1(p.name), kFused));
    QSignalSpy done(runner, &FusionRunner::fusionFinished);
    auto id = runner->start({QStringLiteral("fuse"), *merger, {}});
    ASSERT_TRUE(id) << id.error().message.toStdString();
    ASSERT_TRUE(waitFor([&] { return done.count() == 1; }));
    ASSERT_EQ(s.requestCount(), before + 1);

    const QJsonObject body = s.lastRequest().json();
    QString system;
    collectStrings(body.value(QString::fromLatin1(p.systemKey)), system);
    EXPECT_TRUE(system.contains(QStringLiteral("exactly like this: <!-- sources: 1, 3 -->"))) << system.toStdString();
    QString all;
    collectStrings(body, all);
    EXPECT_TRUE(all.contains(QStringLiteral("<answer number=\"1\">\n") + kPlanA.trimmed() + QStringLiteral("\n</answer>")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("<answer number=\"2\">\n") + kPlanB.trimmed() + QStringLiteral("\n</answer>")));

    const FusionRecord* fusion = runner->fusion(*id);
    ASSERT_NE(fusion, nullptr);
    EXPECT_EQ(fusion->status, CallStatus::Done) << fusion->errorMessage.toStdString();
    EXPECT_EQ(fusion->plan, QStringLiteral("## Goals\n\nShip v2 in March, fast.\n\n## Risks\n\nChurn.\n"));
    ASSERT_EQ(fusion->sections.size(), 2);
    EXPECT_EQ(fusion->sections[0].sources, (QList<qint64>{a, b}));
    EXPECT_EQ(fusion->sections[1].sources, (QList<qint64>{a}));
    EXPECT_EQ(fusion->sections[1].mergedBy, merger->key());
    EXPECT_FALSE(fusion->usage.isEmpty());

    // In the history as it is shown, prompt and reply included.
    const QList<FusionRecord> recorded = FusionStore(*f.database).ofRun(session->record().id).value();
    ASSERT_EQ(recorded.size(), 1);
    EXPECT_EQ(recorded[0].status, CallStatus::Done);
    EXPECT_EQ(recorded[0].plan, fusion->plan);
    EXPECT_EQ(recorded[0].text, kFused);
    EXPECT_EQ(recorded[0].modelKey(), merger->key());
    EXPECT_TRUE(recorded[0].input.contains(QStringLiteral("Ship v2 fast.")));
    EXPECT_EQ(recorded[0].sections[0].sources, (QList<qint64>{a, b}));
}

INSTANTIATE_TEST_SUITE_P(EachProtocol, Fusion,
                         ::testing::Values(Protocol{"responses", "openai:gpt-4.1", "openai", "instructions"},
                                           Protocol{"chat", "local:llama3.2", "openai-compatible", "messages"},
                                           Protocol{"anthropic", "anthropic:claude-sonnet-4-5", "anthropic", "system"},
                                           Protocol{"gemini", "gemini:gemini-2.5-flash", "gemini", "systemInstruction"}));

TEST(FusionFailure, streamBreaksOff_partialPlanKeptAndMarkedFailed)
{
    RunFixture f;
    RunOrchestrator orchestrator(f.environment());
    f.openai.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(planStream(QStringLiteral("responses"), kPlanA));
    });
    f.anthropic.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(planStream(QStringLiteral("anthropic"), kPlanB));
    });
    QSignalSpy finished(&orchestrator, &RunOrchestrator::finished);
    RunSession* session = *orchestrator.start(
        RunFixture::input(), RunFixture::plan({QStringLiteral("openai:o3"), QStringLiteral("anthropic:claude-sonnet-4-5")}, 1));
    ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }));
    VoteRecord v{0, session->record().id, session->record().calls[0].id, session->record().calls[1].id,
                 QStringLiteral("tie"), true, {}};
    ASSERT_TRUE(f.history->addVote(v));
    session->addVote(v);

    const QByteArray broken =
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"## Goals\\n<!-- sources: 2 -->\\nShip fa\"},"
        "\"finish_reason\":null}]}\n\n"
        "data: {\"error\":{\"code\":502,\"message\":\"Provider returned error\"},\"choices\":[{\"index\":0,"
        "\"delta\":{\"content\":\"\"},\"finish_reason\":\"error\"}]}\n\n";
    f.local.setHandler([broken](const RecordedRequest&) -> std::optional<FakeResponse> { return FakeResponse::sse(broken); });
    QSignalSpy failed(orchestrator.fusions(), &FusionRunner::fusionFailed);
    auto id = orchestrator.fusions()->start({QStringLiteral("fuse"), *PlannedModel::parse(QStringLiteral("local:llama3.2")), {}});
    ASSERT_TRUE(id);
    ASSERT_TRUE(waitFor([&] { return failed.count() == 1; }));
    const FusionRecord recorded = FusionStore(*f.database).ofRun(session->record().id).value().value(0);
    EXPECT_EQ(recorded.status, CallStatus::Failed);
    EXPECT_TRUE(recorded.partial);
    EXPECT_FALSE(recorded.errorMessage.isEmpty());
    EXPECT_EQ(recorded.plan, QStringLiteral("## Goals\n\nShip fa\n"));
    ASSERT_EQ(recorded.sections.size(), 1);
    EXPECT_EQ(recorded.sections[0].sources, QList<qint64>{session->record().calls[1].id});
}

TEST(FusionStreaming, textReachesHistoryWhileItStreams_soACrashKeepsIt)
{
    RunFixture f;
    RunOrchestrator orchestrator(f.environment());
    f.openai.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(planStream(QStringLiteral("responses"), kPlanA));
    });
    f.anthropic.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeResponse::sse(planStream(QStringLiteral("anthropic"), kPlanB));
    });
    QSignalSpy finished(&orchestrator, &RunOrchestrator::finished);
    RunSession* session = *orchestrator.start(
        RunFixture::input(), RunFixture::plan({QStringLiteral("openai:o3"), QStringLiteral("anthropic:claude-sonnet-4-5")}, 1));
    ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }));
    VoteRecord v{0, session->record().id, session->record().calls[0].id, session->record().calls[1].id,
                 QStringLiteral("tie"), true, {}};
    ASSERT_TRUE(f.history->addVote(v));
    session->addVote(v);

    // One delta, then the server goes quiet with the connection open (the app could die now).
    const QByteArray first =
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"## Goals\\nShip fa\"},"
        "\"finish_reason\":null}]}\n\n";
    f.local.setHandler([first](const RecordedRequest&) -> std::optional<FakeResponse> {
        FakeResponse r = FakeResponse::sse(first + first);
        r.stallAfterBytes = first.size();
        return r;
    });
    auto id = orchestrator.fusions()->start({QStringLiteral("fuse"), *PlannedModel::parse(QStringLiteral("local:llama3.2")), {}});
    ASSERT_TRUE(id);
    ASSERT_TRUE(waitFor([&] {
        const auto stored = FusionStore(*f.database).ofRun(session->record().id);
        return stored && !stored->isEmpty() && stored->first().text == QStringLiteral("## Goals\nShip fa");
    }));
    EXPECT_FALSE(isTerminal(orchestrator.fusions()->fusions().first().status));
}

TEST(FusionPick, noModel_assemblesAtOnceAndReopensWithTheRun)
{
    RunFixture f;
    qint64 runId = 0;
    {
        RunOrchestrator orchestrator(f.environment());
        f.openai.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
            return FakeResponse::sse(planStream(QStringLiteral("responses"), kPlanA));
        });
        f.anthropic.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
            return FakeResponse::sse(planStream(QStringLiteral("anthropic"), kPlanB));
        });
        QSignalSpy finished(&orchestrator, &RunOrchestrator::finished);
        RunSession* session = *orchestrator.start(
            RunFixture::input(), RunFixture::plan({QStringLiteral("openai:o3"), QStringLiteral("anthropic:claude-sonnet-4-5")}, 1));
        ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }));
        runId = session->record().id;
        RankingRecord ranking;
        ranking.runId = runId;
        ranking.entries = {{session->record().calls[0].id, 1}, {session->record().calls[1].id, 2}};
        ASSERT_TRUE(f.history->addRanking(ranking));
        session->addRanking(ranking);
        QSignalSpy done(orchestrator.fusions(), &FusionRunner::fusionFinished);
        // Rows: Goals(a,b) | Budget(b) | Risks(a).
        auto id = orchestrator.fusions()->start({QStringLiteral("pick"), {}, {{1}, {1}, {0}}});
        ASSERT_TRUE(id) << id.error().message.toStdString();
        EXPECT_EQ(done.count(), 1);
        EXPECT_EQ(orchestrator.fusions()->fusion(*id)->plan,
                  QStringLiteral("## Goals\n\nShip v2 fast.\n\n## Budget\n\n$10k.\n\n## Risks\n\nChurn.\n"));
    }
    f.reopenDatabase();
    RunOrchestrator reopened(f.environment());
    ASSERT_TRUE(reopened.resume(runId));
    ASSERT_EQ(reopened.fusions()->fusions().size(), 1);
    const FusionRecord& back = reopened.fusions()->fusions().first();
    EXPECT_EQ(back.mode, QStringLiteral("pick"));
    EXPECT_EQ(back.status, CallStatus::Done);
    EXPECT_EQ(back.sections.size(), 3);
    EXPECT_TRUE(back.sections[0].mergedBy.isEmpty());
}
