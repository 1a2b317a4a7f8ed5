#include "core/history/evaluationdata.h"
#include "core/judge/judgeagreement.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

constexpr qint64 kJudge = 50;

VoteSample vote(qint64 left, qint64 right, const char* outcome, qint64 rater, bool judge = false)
{
    VoteSample v;
    v.runId = 1;
    v.leftCallId = left;
    v.rightCallId = right;
    v.outcome = QString::fromLatin1(outcome);
    v.raterId = rater;
    v.judge = judge;
    return v;
}

} // namespace

// Six items both judged; categories F (first = lower call id wins), S, T (tie):
//   judge:  F F S T S F     humans' majority: F S S T S F
// p_o = 5/6; judge margins F3 S2 T1, humans F2 S3 T1: p_e = (3·2 + 2·3 + 1·1)/36 = 13/36;
// κ = (30/36 − 13/36) / (23/36) = 17/23.
TEST(JudgeAgreement, HandComputedKappaMajorityAndExclusions)
{
    QList<VoteSample> votes;
    // Item (1,2): judge F; humans F, F, S → F. Humans vote from either side.
    votes << vote(1, 2, "left", kJudge, true) << vote(1, 2, "left", 0) << vote(2, 1, "right", 11)
          << vote(1, 2, "right", 12);
    // Item (3,4): judge F (cast with 4 on the left); humans S.
    votes << vote(4, 3, "right", kJudge, true) << vote(3, 4, "right", 11);
    // Item (5,6): judge S; humans S, S.
    votes << vote(5, 6, "right", kJudge, true) << vote(6, 5, "left", 11) << vote(5, 6, "right", 12);
    // Item (7,8): tie vs tie.
    votes << vote(7, 8, "tie", kJudge, true) << vote(8, 7, "tie", 11);
    // Item (9,10): judge S; humans S.
    votes << vote(9, 10, "right", kJudge, true) << vote(9, 10, "right", 0);
    // Item (11,12): judge F; humans F, tie, F → F.
    votes << vote(11, 12, "left", kJudge, true) << vote(11, 12, "left", 11) << vote(11, 12, "tie", 12)
          << vote(12, 11, "right", 0);
    // Left out: humans split 1–1 (no majority); judge only; humans only; another judge.
    votes << vote(13, 14, "left", kJudge, true) << vote(13, 14, "left", 11) << vote(13, 14, "right", 12);
    votes << vote(15, 16, "both_bad", kJudge, true);
    votes << vote(17, 18, "left", 11);
    votes << vote(1, 2, "right", 99, true) << vote(19, 20, "left", 99, true);

    const JudgeAgreement a = JudgeAgreement::compute(votes, kJudge, QStringLiteral("openai:o3"), 4, 1);
    EXPECT_EQ(a.items, 6);
    EXPECT_EQ(a.splitItems, 1);
    EXPECT_EQ(a.consistent, 8);
    EXPECT_EQ(a.inconsistent, 4);
    ASSERT_TRUE(a.agreement.has_value());
    EXPECT_NEAR(*a.agreement, 5.0 / 6.0, 1e-12);
    ASSERT_TRUE(a.kappa.has_value());
    EXPECT_NEAR(*a.kappa, 17.0 / 23.0, 1e-12);

    const QJsonObject json = a.toJson();
    EXPECT_EQ(json.value(QStringLiteral("judge")).toString(), QStringLiteral("openai:o3"));
    EXPECT_EQ(json.value(QStringLiteral("items")).toInt(), 6);
    EXPECT_NEAR(json.value(QStringLiteral("kappa")).toDouble(), 17.0 / 23.0, 1e-12);
    EXPECT_EQ(json.value(QStringLiteral("inconsistent")).toInt(), 4);
    EXPECT_EQ(json.value(QStringLiteral("consistent")).toInt(), 8);
    EXPECT_TRUE(a.summaryLine().contains(QStringLiteral("5 of 6 items (83%)"))) << a.summaryLine().toStdString();
}

TEST(JudgeAgreement, NoHumanOverlap_kappaAndAgreementNull)
{
    const QList<VoteSample> votes{vote(1, 2, "left", kJudge, true), vote(3, 4, "left", 11)};
    const JudgeAgreement a = JudgeAgreement::compute(votes, kJudge, QStringLiteral("openai:o3"), 2);
    EXPECT_EQ(a.items, 0);
    EXPECT_EQ(a.consistent, 1);
    EXPECT_FALSE(a.kappa.has_value());
    EXPECT_TRUE(a.toJson().value(QStringLiteral("kappa")).isNull());
    EXPECT_TRUE(a.toJson().value(QStringLiteral("agreement")).isNull());
}

TEST(JudgeAgreement, AllSameCategory_agreementOneKappaUndefined)
{
    // Every item "first wins" on both sides: no variation, kappa undefined rather than 1 or 0.
    const QList<VoteSample> votes{vote(1, 2, "left", kJudge, true), vote(1, 2, "left", 11),
                                  vote(3, 4, "left", kJudge, true), vote(3, 4, "left", 11)};
    const JudgeAgreement a = JudgeAgreement::compute(votes, kJudge, QStringLiteral("j"), 0);
    EXPECT_EQ(a.items, 2);
    EXPECT_DOUBLE_EQ(a.agreement.value(), 1.0);
    EXPECT_FALSE(a.kappa.has_value());
}
