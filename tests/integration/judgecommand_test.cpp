// `contextbench judge` as a process: a run recorded by `contextbench run` against fake
// providers, then judged by a fake OpenAI-compatible judge on 127.0.0.1.
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/history/raterstore.h"
#include "core/pack/packfile.h"
#include "support/cliprocess.h"
#include "support/fakehttpserver.h"
#include "support/fakejudge.h"
#include "support/goldenpack.h"
#include "support/providertesting.h"
#include "support/tempworkspace.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

class JudgeCommand : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(PackFile::save(GoldenPack::pack(), pack));
        const QByteArray openaiSse = providerTranscript(QStringLiteral("responses_text.sse"));
        const QByteArray anthropicSse = providerTranscript(QStringLiteral("anthropic_basic.sse"));
        openai.setHandler([openaiSse](const RecordedRequest&) -> std::optional<FakeResponse> {
            return FakeResponse::sse(openaiSse);
        });
        anthropic.setHandler([anthropicSse](const RecordedRequest&) -> std::optional<FakeResponse> {
            return FakeResponse::sse(anthropicSse);
        });
        // Two models × two repeats: two pairs.
        CliProcess p(data, keys);
        p.start({QStringLiteral("run"), pack, QStringLiteral("--model"), QStringLiteral("openai:o3"),
                 QStringLiteral("--model"), QStringLiteral("anthropic:claude-sonnet-4-5"), QStringLiteral("--repeat"),
                 QStringLiteral("2"), QStringLiteral("--json"), QStringLiteral("--base-url"),
                 QStringLiteral("openai=") + openai.baseUrl(QStringLiteral("/v1")), QStringLiteral("--base-url"),
                 QStringLiteral("anthropic=") + anthropic.baseUrl()});
        ASSERT_TRUE(p.waitForExit()) << p.err().toStdString();
        ASSERT_EQ(p.exitCode(), 0) << p.err().toStdString();
        runId = QJsonDocument::fromJson(p.out()).object().value(QStringLiteral("run_id")).toInteger();
        ASSERT_GT(runId, 0);
        historyPath = p.historyPath();
    }

    // Runs `judge RUN --model local:judge` against the fake judge; returns its JSON.
    QJsonObject judge(int expectedExit = 0)
    {
        CliProcess p(data, keys);
        p.start({QStringLiteral("judge"), QString::number(runId), QStringLiteral("--model"),
                 QStringLiteral("local:judge-model"), QStringLiteral("--base-url"),
                 QStringLiteral("local=") + judgeServer.baseUrl(QStringLiteral("/v1")), QStringLiteral("--json")});
        EXPECT_TRUE(p.waitForExit()) << p.err().toStdString();
        EXPECT_EQ(p.exitCode(), expectedExit) << p.err().toStdString();
        EXPECT_TRUE(p.err().contains(QStringLiteral("2 pair(s), 4 judgement(s) by openai-compatible:judge-model")))
            << p.err().toStdString();
        return QJsonDocument::fromJson(p.out()).object();
    }

    QList<VoteRecord> judgeVotes()
    {
        auto db = Database::open(historyPath);
        EXPECT_TRUE(db.has_value());
        QList<VoteRecord> out;
        const QList<VoteRecord> all = HistoryStore(**db).votes().value();
        for (const VoteRecord& v : all)
            if (v.raterKind == QLatin1String("judge"))
                out.append(v);
        return out;
    }

    TempWorkspace ws;
    QString data = ws.filePath(QStringLiteral("data"));
    QString pack = ws.filePath(QStringLiteral("golden.ctxpack"));
    QHash<QString, QString> keys{{QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-cli-openai")},
                                 {QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-cli")}};
    FakeHttpServer openai, anthropic, judgeServer;
    qint64 runId = 0;
    QString historyPath;
};

} // namespace

TEST_F(JudgeCommand, AlwaysFirstJudge_allPairsDiscardedNoVotes)
{
    judgeServer.setHandler([](const RecordedRequest&) -> std::optional<FakeResponse> {
        return FakeJudge::chatReply(QStringLiteral(R"({"verdict":"A","reason":"first is best"})"));
    });
    const QJsonObject out = judge();
    EXPECT_EQ(judgeServer.requestCount(), 4);
    EXPECT_EQ(out.value(QStringLiteral("judge")).toString(), QStringLiteral("openai-compatible:judge-model"));
    EXPECT_EQ(out.value(QStringLiteral("pairs")).toInt(), 2);
    EXPECT_EQ(out.value(QStringLiteral("consistent")).toInt(), 0);
    EXPECT_EQ(out.value(QStringLiteral("inconsistent")).toInt(), 2);
    EXPECT_TRUE(out.value(QStringLiteral("cost_usd")).isNull()); // a local model: price unknown, not $0
    const QJsonObject agreement = out.value(QStringLiteral("agreement")).toObject();
    EXPECT_EQ(agreement.value(QStringLiteral("inconsistent")).toInt(), 2);
    EXPECT_EQ(agreement.value(QStringLiteral("consistent")).toInt(), 0);
    EXPECT_TRUE(judgeVotes().isEmpty());
}

TEST_F(JudgeCommand, LongerAnswerJudge_votesAgreementWithHumanAndRerunReplaces)
{
    judgeServer.setHandler([](const RecordedRequest& r) -> std::optional<FakeResponse> {
        const FakeJudge::Shown shown = FakeJudge::shownIn(r);
        if (!shown.found)
            return FakeResponse::json(400, R"({"error":{"message":"no answers"}})");
        return FakeJudge::chatReply(shown.answerA.size() > shown.answerB.size() ? QStringLiteral("Longer.\nVERDICT: A")
                                                                                : QStringLiteral("Longer.\nVERDICT: B"));
    });
    // A human prefers o3 (the longer answer) on each pair.
    {
        auto db = Database::open(historyPath);
        ASSERT_TRUE(db.has_value());
        HistoryStore history(**db);
        const qint64 human = RaterStore(**db).add(QStringLiteral("Grace")).value();
        const RunRecord run = history.loadRun(runId).value();
        QList<qint64> o3, sonnet;
        for (const CallRecord& c : run.calls)
            (c.provider == QLatin1String("openai") ? o3 : sonnet).append(c.id);
        ASSERT_EQ(o3.size(), 2);
        for (int i = 0; i < 2; ++i) {
            VoteRecord v{0, runId, sonnet[i], o3[i], QStringLiteral("right"), true, {}};
            v.raterId = human;
            ASSERT_TRUE(history.addVote(v).has_value());
        }
    }
    QJsonObject out = judge();
    EXPECT_EQ(out.value(QStringLiteral("consistent")).toInt(), 2);
    EXPECT_EQ(out.value(QStringLiteral("inconsistent")).toInt(), 0);
    QJsonObject agreement = out.value(QStringLiteral("agreement")).toObject();
    EXPECT_EQ(agreement.value(QStringLiteral("items")).toInt(), 2);
    EXPECT_DOUBLE_EQ(agreement.value(QStringLiteral("agreement")).toDouble(), 1.0);
    ASSERT_EQ(judgeVotes().size(), 2);
    {
        auto db = Database::open(historyPath);
        ASSERT_TRUE(db.has_value());
        const RunRecord run = HistoryStore(**db).loadRun(runId).value();
        for (const VoteRecord& v : judgeVotes()) {
            EXPECT_EQ(v.raterName, QStringLiteral("openai-compatible:judge-model"));
            ASSERT_TRUE(v.outcome == QLatin1String("left") || v.outcome == QLatin1String("right"));
            const qint64 winner = v.outcome == QLatin1String("left") ? v.leftCallId : v.rightCallId;
            EXPECT_EQ(run.call(winner)->provider, QStringLiteral("openai")); // the longer answer
        }
    }

    // Again: the same two votes, not four.
    out = judge();
    EXPECT_EQ(out.value(QStringLiteral("consistent")).toInt(), 2);
    EXPECT_EQ(judgeVotes().size(), 2);

    // `stats --json` keeps the judge apart from the panel and holds it to the humans.
    CliProcess stats(data, keys);
    stats.start({QStringLiteral("stats"), QString::number(runId), QStringLiteral("--json")});
    ASSERT_TRUE(stats.waitForExit());
    ASSERT_EQ(stats.exitCode(), 0) << stats.err().toStdString();
    const QJsonObject panel = QJsonDocument::fromJson(stats.out()).object();
    const QJsonArray pairs = panel.value(QStringLiteral("pairs")).toArray();
    ASSERT_EQ(pairs.size(), 1);
    EXPECT_EQ(pairs[0].toObject().value(QStringLiteral("n")).toInt(), 2) << "only Grace's votes are pooled";
    const QJsonObject judged = panel.value(QStringLiteral("judge")).toObject();
    EXPECT_EQ(judged.value(QStringLiteral("votes")).toInt(), 2);
    const QJsonArray held = judged.value(QStringLiteral("agreement_with_humans")).toArray();
    ASSERT_EQ(held.size(), 1);
    EXPECT_EQ(held[0].toObject().value(QStringLiteral("items")).toInt(), 2);
    EXPECT_DOUBLE_EQ(held[0].toObject().value(QStringLiteral("agreement")).toDouble(), 1.0);
}

TEST_F(JudgeCommand, BadArguments_usageExitNothingSent)
{
    CliProcess p(data, keys);
    p.start({QStringLiteral("judge"), QString::number(runId)});
    ASSERT_TRUE(p.waitForExit());
    EXPECT_EQ(p.exitCode(), 2);
    EXPECT_TRUE(p.err().contains(QStringLiteral("--model"))) << p.err().toStdString();

    CliProcess q(data, keys);
    q.start({QStringLiteral("judge"), QStringLiteral("999"), QStringLiteral("--model"), QStringLiteral("local:j"),
             QStringLiteral("--base-url"), QStringLiteral("local=") + judgeServer.baseUrl(QStringLiteral("/v1"))});
    ASSERT_TRUE(q.waitForExit());
    EXPECT_EQ(q.exitCode(), 1);
    EXPECT_FALSE(q.err().isEmpty());
    EXPECT_EQ(judgeServer.requestCount(), 0);
}

TEST_F(JudgeCommand, EstimateOnly_printsThePriceAndSendsNothing)
{
    CliProcess p(data, keys);
    p.start({QStringLiteral("judge"), QString::number(runId), QStringLiteral("--model"),
             QStringLiteral("openai:gpt-4.1-mini"), QStringLiteral("--estimate"), QStringLiteral("--base-url"),
             QStringLiteral("openai=") + judgeServer.baseUrl(QStringLiteral("/v1"))});
    ASSERT_TRUE(p.waitForExit());
    EXPECT_EQ(p.exitCode(), 0) << p.err().toStdString();
    EXPECT_TRUE(p.err().contains(QStringLiteral("2 pair(s), 4 judgement(s) by openai:gpt-4.1-mini, estimated cost ~$")))
        << p.err().toStdString();
    EXPECT_EQ(judgeServer.requestCount(), 0);
    EXPECT_TRUE(judgeVotes().isEmpty());
}
