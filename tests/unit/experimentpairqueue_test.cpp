#include "core/experiment/experimentpairqueue.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

// A case's run: each model answered k times; call ids from `firstId` up, in repeat order.
RunRecord caseRun(qint64 runId, qint64 firstId, const QStringList& models, int k)
{
    RunRecord run;
    run.id = runId;
    qint64 id = firstId;
    for (int r = 0; r < k; ++r)
        for (const QString& m : models) {
            CallRecord c;
            c.id = id++;
            c.runId = runId;
            c.provider = QStringLiteral("openai");
            c.model = m;
            c.repeatIndex = r;
            c.status = CallStatus::Done;
            c.text = QStringLiteral("answer");
            run.calls.append(c);
        }
    return run;
}

} // namespace

TEST(ExperimentPairQueue_pending, walksTheCasesBeforeASecondAttempt)
{
    const QList<RunRecord> runs{caseRun(10, 100, {QStringLiteral("o3"), QStringLiteral("o3-pro")}, 2),
                                caseRun(11, 200, {QStringLiteral("o3"), QStringLiteral("o3-pro")}, 2)};
    const QList<ExperimentPair> queue = ExperimentPairQueue::pending(runs, 7);
    ASSERT_EQ(queue.size(), 4);
    QList<int> cases;
    for (const ExperimentPair& p : queue)
        cases.append(p.caseIndex);
    EXPECT_EQ(cases, (QList<int>{0, 1, 0, 1}));
    // Each pair is the i-th attempt of one model against the i-th of the other.
    for (const ExperimentPair& p : queue) {
        const RunRecord& run = runs[p.caseIndex];
        EXPECT_EQ(run.call(p.pair.leftCallId)->repeatIndex, run.call(p.pair.rightCallId)->repeatIndex);
        EXPECT_NE(run.call(p.pair.leftCallId)->model, run.call(p.pair.rightCallId)->model);
    }
}

TEST(ExperimentPairQueue_pending, roundRobinOverModelPairs)
{
    const QList<RunRecord> runs{caseRun(10, 100, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, 1),
                                caseRun(11, 200, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, 1)};
    const QList<ExperimentPair> queue = ExperimentPairQueue::pending(runs, 1);
    ASSERT_EQ(queue.size(), 6);
    QStringList first3;
    for (int i = 0; i < 3; ++i)
        first3.append(queue[i].modelPair);
    EXPECT_EQ(QSet<QString>(first3.begin(), first3.end()).size(), 3) << "three different model pairs come first";
}

TEST(ExperimentPairQueue_pending, pairsYouVotedOnAreNotAskedAgain_panelVotesDoNotCount)
{
    QList<RunRecord> runs{caseRun(10, 100, {QStringLiteral("o3"), QStringLiteral("o3-pro")}, 2)};
    VoteRecord mine;
    mine.leftCallId = 101; // the reversed order of repeat 0's pair still counts
    mine.rightCallId = 100;
    mine.outcome = QStringLiteral("tie");
    VoteRecord panel;
    panel.leftCallId = 102;
    panel.rightCallId = 103;
    panel.raterId = 5;
    runs[0].votes = {mine, panel};
    const QList<ExperimentPair> queue = ExperimentPairQueue::pending(runs, 3);
    ASSERT_EQ(queue.size(), 1);
    EXPECT_EQ(std::min(queue[0].pair.leftCallId, queue[0].pair.rightCallId), 102);
}

TEST(ExperimentPairQueue_pending, unfinishedOrEmptyAnswersAndUnrecordedCasesAreSkipped)
{
    QList<RunRecord> runs{RunRecord{}, caseRun(11, 200, {QStringLiteral("o3"), QStringLiteral("o3-pro")}, 2)};
    runs[1].calls[0].status = CallStatus::Failed;
    runs[1].calls[3].text = QStringLiteral("  ");
    EXPECT_TRUE(ExperimentPairQueue::pending(runs, 3).isEmpty());
}
