// The judge model against a fake server: the position-swap rule, votes kept apart from the
// humans', unparseable replies, a server failing mid-run and judging a run again.
#include "core/history/raterstore.h"
#include "core/judge/judgerunner.h"
#include "core/judge/judgeverdictstore.h"
#include "core/run/calllauncher.h"
#include "support/fakejudge.h"
#include "support/providertesting.h"
#include "support/runfixture.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Test;

namespace {

const QString kGood = QStringLiteral("GOOD: the full and correct answer, with its reasons.");

class JudgeRunnerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Three models, one answer each (the first marked good): three pairs.
        RunRecord run;
        run.packTitle = QStringLiteral("Judge fixture");
        run.packGoal = QStringLiteral("Explain the bug.");
        run.input = QStringLiteral("Explain the bug.");
        const QStringList models{QStringLiteral("openai:o3"), QStringLiteral("anthropic:claude-sonnet-4-5"),
                                 QStringLiteral("gemini:gemini-2.5-flash")};
        const QStringList texts{kGood, QStringLiteral("A weak answer."), QStringLiteral("Another weak answer.")};
        for (int i = 0; i < models.size(); ++i) {
            CallRecord c;
            c.provider = models[i].section(QLatin1Char(':'), 0, 0);
            c.model = models[i].section(QLatin1Char(':'), 1);
            c.status = CallStatus::Done;
            c.text = texts[i];
            run.calls.append(c);
        }
        auto id = f.history->insertRun(run);
        ASSERT_TRUE(id.has_value());
        runId = *id;
        auto loaded = f.history->loadRun(runId);
        ASSERT_TRUE(loaded.has_value());
        record = *loaded;
        launcher = std::make_unique<CallLauncher>(f.network.get(), f.secrets.get(), fastProviderOptions());
        auto catalog = ModelCatalog::loadDefault();
        ASSERT_TRUE(catalog.has_value());
        runner = std::make_unique<JudgeRunner>(*f.history, *launcher, CallRequestBuilder(*catalog, f.baseUrls()));
        options.judge = *PlannedModel::parse(QStringLiteral("openai:gpt-4.1-mini"));
        options.concurrency = 2;
    }

    // Serves verdicts from `decide(answer A, answer B)` as strict JSON.
    void judgeBy(std::function<QString(const QString&, const QString&)> decide)
    {
        f.openai.setHandler([decide](const RecordedRequest& r) -> std::optional<FakeResponse> {
            const FakeJudge::Shown shown = FakeJudge::shownIn(r);
            if (!shown.found)
                return FakeResponse::json(400, R"({"error":{"message":"no answers in the prompt"}})");
            return FakeJudge::responsesReply(decide(shown.answerA, shown.answerB));
        });
    }

    // Starts, waits for the end; true when it finished (false: failed).
    bool judge()
    {
        QSignalSpy finished(runner.get(), &JudgeRunner::finished);
        QSignalSpy failed(runner.get(), &JudgeRunner::failed);
        auto started = runner->start(JudgePairs::fromRun(record), options);
        EXPECT_TRUE(started.has_value()) << (started ? std::string() : started.error().message.toStdString());
        EXPECT_TRUE(waitFor([&] { return finished.count() + failed.count() > 0; }, 20000));
        waitFor([] { return false; }, 100); // nothing else may arrive
        EXPECT_EQ(finished.count() + failed.count(), 1);
        if (!failed.isEmpty())
            lastError = failed.first().first().value<Error>();
        return finished.count() == 1;
    }

    QList<VoteRecord> votesBy(qint64 raterId)
    {
        QList<VoteRecord> out;
        const QList<VoteRecord> all = f.history->votes().value();
        for (const VoteRecord& v : all)
            if (v.raterId == raterId)
                out.append(v);
        return out;
    }

    RunFixture f;
    qint64 runId = 0;
    RunRecord record;
    std::unique_ptr<CallLauncher> launcher;
    std::unique_ptr<JudgeRunner> runner;
    JudgeOptions options;
    Error lastError;
};

} // namespace

TEST_F(JudgeRunnerTest, AlwaysPrefersFirstAnswer_everyPairInconsistentNoVotes)
{
    judgeBy([](const QString&, const QString&) {
        return QStringLiteral(R"({"verdict":"A","reason":"The first answer is better."})");
    });
    ASSERT_TRUE(judge());
    EXPECT_EQ(f.openai.requestCount(), 6); // 3 pairs × 2 orders
    const JudgeSummary& s = runner->summary();
    EXPECT_EQ(s.pairs, 3);
    EXPECT_EQ(s.consistent, 0);
    EXPECT_EQ(s.inconsistent, 3);
    EXPECT_TRUE(votesBy(s.raterId).isEmpty());
    EXPECT_TRUE(f.history->votes().value().isEmpty());
    // Every raw judgement is kept, with its cost.
    JudgeVerdictStore store(*f.database);
    const QList<JudgeVerdictRecord> rows = store.verdicts(s.raterId).value();
    ASSERT_EQ(rows.size(), 6);
    for (const JudgeVerdictRecord& r : rows) {
        EXPECT_EQ(r.verdict, JudgeVerdict::Kind::A);
        EXPECT_EQ(r.reason, QStringLiteral("The first answer is better."));
        ASSERT_TRUE(r.costUsd.has_value());
        EXPECT_GT(*r.costUsd, 0.0);
    }
    const JudgeTally tally = store.tally(s.raterId, {runId}).value();
    EXPECT_EQ(tally.inconsistent, 3);
    EXPECT_EQ(tally.consistent, 0);
    EXPECT_NEAR(tally.costUsd, s.costUsd, 1e-12);
}

TEST_F(JudgeRunnerTest, PicksMarkedAnswer_consistentVotesUnderJudgeRaterApartFromHumans)
{
    // A human's vote and the keyboard's, cast before the judge.
    const qint64 human = RaterStore(*f.database).add(QStringLiteral("Ada")).value();
    VoteRecord byHuman{0, runId, record.calls[0].id, record.calls[1].id, QStringLiteral("left"), true, {}};
    byHuman.raterId = human;
    ASSERT_TRUE(f.history->addVote(byHuman).has_value());
    VoteRecord byKeyboard{0, runId, record.calls[1].id, record.calls[2].id, QStringLiteral("tie"), true, {}};
    ASSERT_TRUE(f.history->addVote(byKeyboard).has_value());

    judgeBy([](const QString& a, const QString& b) {
        if (a.startsWith(QLatin1String("GOOD")))
            return QStringLiteral("```json\n{\"verdict\": \"A\", \"reason\": \"A is complete.\"}\n```");
        if (b.startsWith(QLatin1String("GOOD")))
            return QStringLiteral("Answer B explains it.\nVERDICT: B");
        return QStringLiteral(R"({"verdict":"both_bad","reason":"Neither explains it."})");
    });
    ASSERT_TRUE(judge());
    const JudgeSummary& s = runner->summary();
    EXPECT_EQ(s.consistent, 3);
    EXPECT_EQ(s.inconsistent, 0);
    EXPECT_GT(s.costUsd, 0.0);
    EXPECT_EQ(s.costUnknown, 0);

    const QList<VoteRecord> judged = votesBy(s.raterId);
    ASSERT_EQ(judged.size(), 3);
    const qint64 good = record.calls[0].id;
    for (const VoteRecord& v : judged) {
        EXPECT_EQ(v.raterKind, QStringLiteral("judge"));
        EXPECT_EQ(v.raterName, QStringLiteral("openai:gpt-4.1-mini"));
        EXPECT_TRUE(v.blind);
        if (v.leftCallId == good)
            EXPECT_EQ(v.outcome, QStringLiteral("left"));
        else if (v.rightCallId == good)
            EXPECT_EQ(v.outcome, QStringLiteral("right"));
        else
            EXPECT_EQ(v.outcome, QStringLiteral("both_bad"));
    }
    // The humans' votes are untouched and still theirs.
    EXPECT_EQ(votesBy(human).size(), 1);
    EXPECT_EQ(votesBy(0).size(), 1);
    EXPECT_EQ(f.history->votes().value().size(), 5);

    // Judging the run again replaces the judge's votes; it never adds to them.
    ASSERT_TRUE(judge());
    EXPECT_EQ(votesBy(s.raterId).size(), 3);
    EXPECT_EQ(f.history->votes().value().size(), 5);
    EXPECT_EQ(JudgeVerdictStore(*f.database).verdicts(s.raterId).value().size(), 6);
}

TEST_F(JudgeRunnerTest, UnparseableReply_recordedAsSuchNeverAVote)
{
    judgeBy([](const QString& a, const QString&) {
        // Prose with no verdict line for pairs showing the good answer first; else a verdict
        // word outside the allowed set.
        return a.startsWith(QLatin1String("GOOD")) ? QStringLiteral("Both have merit, I think the first one wins.")
                                                   : QStringLiteral(R"({"verdict":"C","reason":"?"})");
    });
    ASSERT_TRUE(judge());
    const JudgeSummary& s = runner->summary();
    EXPECT_EQ(s.unparseable, 3);
    EXPECT_EQ(s.consistent, 0);
    EXPECT_TRUE(votesBy(s.raterId).isEmpty());
    const QList<JudgeVerdictRecord> rows = JudgeVerdictStore(*f.database).verdicts(s.raterId).value();
    ASSERT_EQ(rows.size(), 6);
    for (const JudgeVerdictRecord& r : rows)
        EXPECT_EQ(r.verdict, JudgeVerdict::Kind::Unparseable) << r.rawText.toStdString();
    EXPECT_EQ(JudgeVerdictStore(*f.database).tally(s.raterId).value().unparseable, 3);
}

TEST_F(JudgeRunnerTest, ServerErrorMidRun_keepsFinishedPairsAndFailsOnce)
{
    options.concurrency = 1;
    int served = 0;
    f.openai.setHandler([&served](const RecordedRequest& r) -> std::optional<FakeResponse> {
        if (++served > 2)
            return FakeResponse::json(500, R"({"error":{"message":"judge server down"}})");
        const FakeJudge::Shown shown = FakeJudge::shownIn(r);
        return FakeJudge::responsesReply(shown.answerA.startsWith(QLatin1String("GOOD")) ? QStringLiteral("A")
                                         : shown.answerB.startsWith(QLatin1String("GOOD")) ? QStringLiteral("B")
                                                                                          : QStringLiteral("tie"));
    });
    EXPECT_FALSE(judge());
    EXPECT_EQ(lastError.code, ErrorCode::Server);
    EXPECT_TRUE(lastError.message.contains(QStringLiteral("after 1 of 3 pairs"))) << lastError.message.toStdString();
    const JudgeSummary& s = runner->summary();
    EXPECT_EQ(s.judged, 1);
    EXPECT_FALSE(runner->isRunning());
    // The finished pair is stored whole: two judgements and its vote.
    EXPECT_EQ(JudgeVerdictStore(*f.database).verdicts(s.raterId).value().size(), 2);
    EXPECT_EQ(votesBy(s.raterId).size(), 1);
}

TEST_F(JudgeRunnerTest, PromptWithoutAnswerPlaceholder_refusedBeforeSending)
{
    options.promptTemplate = QStringLiteral("Which is better? {{answer_a}}");
    auto started = runner->start(JudgePairs::fromRun(record), options);
    ASSERT_FALSE(started.has_value());
    EXPECT_TRUE(started.error().message.contains(QStringLiteral("{{answer_b}}")));
    EXPECT_EQ(f.openai.requestCount(), 0);
}

TEST_F(JudgeRunnerTest, Estimate_knownForCatalogModelUnknownOtherwise)
{
    const QList<JudgePair> pairs = JudgePairs::fromRun(record);
    const CostRange cost = runner->estimate(pairs, options);
    EXPECT_TRUE(cost.known);
    EXPECT_FALSE(cost.inputExact);
    EXPECT_GT(cost.low, 0.0);
    EXPECT_GE(cost.high, cost.low);
    JudgeOptions unknown = options;
    unknown.judge = *PlannedModel::parse(QStringLiteral("local:my-judge"));
    EXPECT_FALSE(runner->estimate(pairs, unknown).known);
}
