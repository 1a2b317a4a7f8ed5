#include "core/compare/blindschedule.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

QList<BlindCall> o3AndPro(int repeats)
{
    QList<BlindCall> calls;
    for (int r = 0; r < repeats; ++r) {
        calls.append({100 + r, QStringLiteral("openai:o3"), r});
        calls.append({200 + r, QStringLiteral("openai:o3-pro"), r});
    }
    return calls;
}

} // namespace

TEST(BlindSchedule_pairs, pairsEachRepeatOfDifferentModelsOnce)
{
    const QList<BlindPair> pairs = BlindSchedule::pairs(o3AndPro(4), 42);
    ASSERT_EQ(pairs.size(), 4);
    QSet<qint64> seen;
    for (const BlindPair& p : pairs) {
        const qint64 o3 = p.leftCallId < 200 ? p.leftCallId : p.rightCallId;
        const qint64 pro = p.leftCallId < 200 ? p.rightCallId : p.leftCallId;
        EXPECT_LT(o3, 200);
        EXPECT_GE(pro, 200);
        EXPECT_EQ(pro - 200, o3 - 100) << "the i-th attempt meets the i-th attempt";
        seen.insert(o3);
    }
    EXPECT_EQ(seen.size(), 4);
}

TEST(BlindSchedule_pairs, threeModelsGiveEveryModelPair)
{
    QList<BlindCall> calls{{1, QStringLiteral("a"), 0}, {2, QStringLiteral("b"), 0}, {3, QStringLiteral("c"), 0},
                           {4, QStringLiteral("c"), 1}};
    EXPECT_EQ(BlindSchedule::pairs(calls, 1).size(), 3);
    EXPECT_TRUE(BlindSchedule::pairs({{1, QStringLiteral("a"), 0}, {2, QStringLiteral("a"), 1}}, 1).isEmpty());
}

TEST(BlindSchedule_pairs, sameSeedSameScheduleAndSidesVaryAcrossSeeds)
{
    EXPECT_EQ(BlindSchedule::pairs(o3AndPro(4), 7), BlindSchedule::pairs(o3AndPro(4), 7));
    // Over many seeds o3 lands on the left about half the time: sides are not fixed by model.
    int o3Left = 0;
    int total = 0;
    for (quint64 seed = 0; seed < 200; ++seed) {
        for (const BlindPair& p : BlindSchedule::pairs(o3AndPro(4), seed)) {
            o3Left += p.leftCallId < 200 ? 1 : 0;
            ++total;
        }
    }
    EXPECT_GT(o3Left, total * 40 / 100);
    EXPECT_LT(o3Left, total * 60 / 100);
}

TEST(BlindSchedule_permutation, isAPermutationAndDependsOnTheSeed)
{
    const QList<int> p = BlindSchedule::permutation(8, 3);
    QList<int> sorted = p;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(sorted, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7}));
    int differing = 0;
    for (quint64 seed = 0; seed < 20; ++seed)
        differing += BlindSchedule::permutation(8, seed) != p ? 1 : 0;
    EXPECT_GE(differing, 18);
    // Each position receives each element about equally often (uniform shuffle).
    QList<int> firstCounts(4, 0);
    for (quint64 seed = 0; seed < 4000; ++seed)
        ++firstCounts[BlindSchedule::permutation(4, seed).first()];
    for (int c : firstCounts) {
        EXPECT_GT(c, 850);
        EXPECT_LT(c, 1150);
    }
}

TEST(BlindSchedule_label, lettersThenDoubleLetters)
{
    EXPECT_EQ(BlindSchedule::label(0), QStringLiteral("Output A"));
    EXPECT_EQ(BlindSchedule::label(7), QStringLiteral("Output H"));
    EXPECT_EQ(BlindSchedule::label(25), QStringLiteral("Output Z"));
    EXPECT_EQ(BlindSchedule::label(26), QStringLiteral("Output AA"));
}
