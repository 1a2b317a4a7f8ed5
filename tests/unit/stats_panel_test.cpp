// Panel statistics against values computed by hand (each test says how).
#include "core/compare/panelinput.h"
#include "core/eval/panelstats.h"
#include "core/eval/panelverdict.h"
#include "core/eval/ratername.h"
#include "core/eval/rateritembootstrap.h"

#include <gtest/gtest.h>

#include <iostream>

using namespace Cb::Core;

namespace {

using O = Vote::Outcome;
constexpr double Tol = 5e-5;

// A vote by rater `id` on calls (aCall, bCall): model A = "a:x" on the left when aLeft, else on
// the right. Outcomes are from A's side.
RatedVote rv(qint64 id, const char* name, O outcome, bool aLeft, qint64 aCall, qint64 bCall, bool judge = false)
{
    RatedVote r;
    r.vote = Vote{QStringLiteral("a:x"), QStringLiteral("b:y"), outcome,
                  aLeft ? Vote::Position::Left : Vote::Position::Right};
    r.raterId = id;
    r.rater = QString::fromUtf8(name);
    r.judge = judge;
    r.aCall = aCall;
    r.bCall = bCall;
    return r;
}

// Ann: a:x on the left, wins 3 of 4. Bob: a:x on the right, wins 4 of 6. Every vote on its own
// pair of calls, so nothing is shared. A judge model prefers b:y five times: it must not count.
QList<RatedVote> twoRatersApart()
{
    QList<RatedVote> v;
    qint64 call = 100;
    for (O o : {O::AWins, O::AWins, O::AWins, O::BWins})
        v << rv(1, "Ann", o, true, call, call + 1), call += 2;
    for (O o : {O::AWins, O::AWins, O::AWins, O::AWins, O::BWins, O::BWins})
        v << rv(2, "Bob", o, false, call, call + 1), call += 2;
    for (int i = 0; i < 5; ++i)
        v << rv(9, "judge:model", O::BWins, true, 100, 101, true);
    return v;
}

const PanelStats::Rater& rater(const PanelStats& s, const char* name)
{
    for (const PanelStats::Rater& r : s.raters)
        if (r.name == QString::fromUtf8(name))
            return r;
    static const PanelStats::Rater none;
    ADD_FAILURE() << "no rater " << name;
    return none;
}

// The shared panel: four pairs of calls judged by Ann and Bob, values on the item scale
// (1 = a:x better, 2 = no preference, 3 = b:y better):
//   item 1 (10,11): Ann 1, Bob 1 (Bob saw a:x on the right and chose "right")
//   item 2 (12,13): Ann 3 then 1 (her latest counts), Bob 2 (both bad)
//   item 3 (14,15): Ann 3, Bob 3
//   item 4 (16,17): Ann 2, Bob 2
// and Cara alone on item 5 (18,19): 1.
QList<RatedVote> sharedPanel()
{
    return {rv(1, "Ann", O::AWins, true, 10, 11),  rv(2, "Bob", O::AWins, false, 10, 11),
            rv(1, "Ann", O::BWins, true, 12, 13),  rv(1, "Ann", O::AWins, false, 12, 13),
            rv(2, "Bob", O::BothBad, true, 12, 13), rv(1, "Ann", O::BWins, true, 14, 15),
            rv(2, "Bob", O::BWins, false, 14, 15), rv(1, "Ann", O::Tie, true, 16, 17),
            rv(2, "Bob", O::Tie, false, 16, 17),   rv(3, "Cara", O::AWins, true, 18, 19)};
}

PanelStats noBootstrap(const QList<RatedVote>& v) { return PanelStats::compute(v, {}, {0, 1}); }

} // namespace

// Wilson by hand, z = 1.959964, z² = 3.841459:
//   pooled 7/10: centre (0.7 + z²/20)/(1 + z²/10) = 0.644491, half 0.247713 → 0.396778–0.892204
//   Ann 3/4:     centre 0.627526, half 0.326884 → 0.300642–0.954410
//   Bob 4/6:     centre 0.601611, half 0.301616 → 0.299995–0.903227
TEST(PanelStats_wilson, pooledAndPerRaterMatchTheHandComputation)
{
    const PanelStats s = noBootstrap(twoRatersApart());
    ASSERT_EQ(s.pairs.size(), 1);
    EXPECT_EQ(s.pairs[0].wins, 7);
    EXPECT_EQ(s.pairs[0].losses, 3);
    EXPECT_EQ(s.pairs[0].votes, 10);
    EXPECT_NEAR(s.pairs[0].rate.ci.low, 0.396778, Tol);
    EXPECT_NEAR(s.pairs[0].rate.ci.high, 0.892204, Tol);
    const PanelStats::Rater& ann = rater(s, "Ann");
    ASSERT_EQ(ann.pairs.size(), 1);
    EXPECT_EQ(ann.votes, 4);
    EXPECT_NEAR(ann.pairs[0].rate.rate, 0.75, 1e-12);
    EXPECT_NEAR(ann.pairs[0].rate.ci.low, 0.300642, Tol);
    EXPECT_NEAR(ann.pairs[0].rate.ci.high, 0.954410, Tol);
    const PanelStats::Rater& bob = rater(s, "Bob");
    ASSERT_EQ(bob.pairs.size(), 1);
    EXPECT_EQ(bob.votes, 6);
    EXPECT_NEAR(bob.pairs[0].rate.ci.low, 0.299995, Tol);
    EXPECT_NEAR(bob.pairs[0].rate.ci.high, 0.903227, Tol);
}

// Ann's a:x was always on the left: the left side won 3 of 4. Bob's a:x was on the right and won
// 4 of 6, so the left side won 2 of 6 = 1/3, interval 1 − (Bob's 4/6 interval) = 0.096773–0.700005.
// Pooled: 5 of 10, centre 0.5, half 1.415999·sqrt(0.025 + 0.009604) = 0.263405.
TEST(PanelStats_positionBias, perRaterAndPooledLeftWinRates)
{
    const PanelStats s = noBootstrap(twoRatersApart());
    EXPECT_EQ(rater(s, "Ann").bias.leftWins, 3);
    EXPECT_EQ(rater(s, "Ann").bias.rightWins, 1);
    const PositionBias& bob = rater(s, "Bob").bias;
    EXPECT_EQ(bob.leftWins, 2);
    EXPECT_EQ(bob.rightWins, 4);
    EXPECT_NEAR(bob.leftRate.ci.low, 0.096773, Tol);
    EXPECT_NEAR(bob.leftRate.ci.high, 0.700005, Tol);
    EXPECT_EQ(s.bias.leftWins, 5);
    EXPECT_EQ(s.bias.rightWins, 5);
    EXPECT_NEAR(s.bias.leftRate.ci.low, 0.236595, Tol);
    EXPECT_NEAR(s.bias.leftRate.ci.high, 0.763405, Tol);
}

TEST(PanelStats_judge, judgeVotesAreCountedApartAndNeverPooled)
{
    const PanelStats s = noBootstrap(twoRatersApart());
    EXPECT_EQ(s.judge.votes, 5);
    EXPECT_EQ(s.judge.names, QStringList{QStringLiteral("judge:model")});
    EXPECT_EQ(s.raters.size(), 2); // Ann and Bob; the judge is not a panel member
    EXPECT_EQ(s.humanVotes(), 10);
    // The judge's five votes on Ann's first item do not make it a shared item either.
    EXPECT_EQ(s.agreement.itemsMultiRated, 0);
    for (const BradleyTerry::Entry& e : s.bradleyTerry.entries)
        EXPECT_EQ(e.comparisons, 10);
}

// Cohen: pairs (1,1) (1,2) (3,3) (2,2): p_o = 3/4; Ann's shares 1/2, 1/4, 1/4 and Bob's 1/4, 1/2,
// 1/4 give p_e = 1/8 + 1/8 + 1/16 = 5/16; κ = (3/4 − 5/16)/(11/16) = 7/11.
// Fleiss: rows (2,0,0) (1,1,0) (0,0,2) (0,2,0): P̄ = (1 + 0 + 1 + 1)/4 = 3/4; shares 3/8, 3/8, 2/8:
// P̄e = 22/64; κ = (3/4 − 22/64)/(42/64) = 13/21.
// Ordinal alpha: coincidences o11 = 2, o12 = o21 = 1, o22 = 2, o33 = 2 (Cara's lone value is not
// pairable); n1 = 3, n2 = 3, n3 = 2, n = 8. δ²12 = (6/2)² = 9, δ²23 = (5/2)² = 6.25,
// δ²13 = (8 − 5/2)² = 30.25. Σ o δ² = 18; Σ n_c n_k δ² = 2(81 + 37.5 + 181.5) = 600;
// α = 1 − 7·18/600 = 0.79.
TEST(PanelAgreement_compute, smallPanelMatchesTheHandComputation)
{
    const PanelAgreement a = PanelAgreement::compute(sharedPanel());
    EXPECT_EQ(a.itemsMultiRated, 4);
    EXPECT_EQ(a.raters, 2);
    ASSERT_TRUE(a.krippendorffAlpha);
    EXPECT_NEAR(*a.krippendorffAlpha, 0.79, 1e-12);
    ASSERT_TRUE(a.cohenKappa);
    EXPECT_NEAR(*a.cohenKappa, 7.0 / 11.0, 1e-12);
    ASSERT_TRUE(a.fleissKappa);
    EXPECT_NEAR(*a.fleissKappa, 13.0 / 21.0, 1e-12);
}

TEST(PanelAgreement_scale, readsEveryItemFromTheFirstModelsSideWhateverTheLayout)
{
    // b:y shown as A (left) and chosen: the item's first model (a:x) lost → 3.
    RatedVote v = rv(1, "Ann", O::AWins, true, 5, 6);
    std::swap(v.vote.modelA, v.vote.modelB);
    EXPECT_EQ(PanelAgreement::scaleValue(v), 3);
    EXPECT_EQ(PanelAgreement::scaleValue(rv(1, "Ann", O::BothBad, true, 5, 6)), 2);
    EXPECT_EQ(PanelAgreement::scaleValue(rv(1, "Ann", O::Tie, false, 5, 6)), 2);
    EXPECT_EQ(PanelAgreement::scaleValue(rv(1, "Ann", O::AWins, false, 5, 6)), 1);
    RatedVote ranked = rv(1, "Ann", O::AWins, true, 0, 0);
    ranked.rankingId = 4;
    EXPECT_EQ(PanelAgreement::scaleValue(ranked), 0); // rankings are not items
}

TEST(PanelAgreement_compute, unequalRaterCountsGiveNoFleissAndThreeRatersNoCohen)
{
    QList<RatedVote> v = sharedPanel();
    v << rv(3, "Cara", O::AWins, true, 10, 11); // item 1 now has three raters, the others two
    const PanelAgreement a = PanelAgreement::compute(v);
    EXPECT_EQ(a.raters, 3);
    EXPECT_FALSE(a.fleissKappa);
    EXPECT_EQ(a.fleissNote, QStringLiteral("needs the same number of raters on every shared item; they had 2 to 3"));
    EXPECT_FALSE(a.cohenKappa);
    EXPECT_EQ(a.cohenNote, QStringLiteral("needs exactly two raters; 3 raters shared items"));
    EXPECT_TRUE(a.krippendorffAlpha);
}

TEST(PanelAgreement_compute, nothingSharedIsUndefinedWithAReason)
{
    const PanelAgreement a = PanelAgreement::compute(twoRatersApart());
    EXPECT_FALSE(a.krippendorffAlpha);
    EXPECT_FALSE(a.cohenKappa);
    EXPECT_FALSE(a.fleissKappa);
    EXPECT_EQ(a.alphaNote, QStringLiteral("no item was judged by more than one rater"));
}

// With one vote per rater-item the blocks are the votes, in the same order, drawn by the same
// RNG mapping: the intervals must be exactly those of BradleyTerry's vote bootstrap.
TEST(RaterItemBootstrap_fit, singleVoteBlocksReproduceTheVoteBootstrap)
{
    QList<RatedVote> rated;
    QList<Vote> plain;
    const char* models[] = {"a:x", "b:y", "c:z"};
    qint64 call = 1;
    for (int i = 0; i < 30; ++i) {
        RatedVote r = rv(1 + i % 3, "r", i % 4 == 0 ? O::BWins : O::AWins, i % 2 == 0, call, call + 1);
        r.vote.modelA = QString::fromUtf8(models[i % 3]);
        r.vote.modelB = QString::fromUtf8(models[(i + 1) % 3]);
        call += 2;
        rated << r;
        plain << r.vote;
    }
    const BradleyTerry::Fit blocks = RaterItemBootstrap::fit(rated, {}, 200, 7);
    const BradleyTerry::Fit votes = BradleyTerry::fitWithBootstrap(plain, {}, 200, 7);
    EXPECT_EQ(RaterItemBootstrap::raterItems(rated), 30);
    // Another seed draws other blocks and moves some interval.
    const BradleyTerry::Fit other = RaterItemBootstrap::fit(rated, {}, 200, 8);
    bool moved = false;
    for (int i = 0; i < other.entries.size(); ++i)
        moved = moved || other.entries[i].ci.low != blocks.entries[i].ci.low ||
                other.entries[i].ci.high != blocks.entries[i].ci.high;
    EXPECT_TRUE(moved);
    ASSERT_EQ(blocks.entries.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(blocks.entries[i].model, votes.entries[i].model);
        EXPECT_DOUBLE_EQ(blocks.entries[i].strength, votes.entries[i].strength);
        EXPECT_DOUBLE_EQ(blocks.entries[i].ci.low, votes.entries[i].ci.low);
        EXPECT_DOUBLE_EQ(blocks.entries[i].ci.high, votes.entries[i].ci.high);
    }
}

// Two raters who always agree, each voting three times on every item (the same verdict each
// time): 60 votes but only 20 rater-items. The votes inside a block carry no new evidence, so the
// block bootstrap must be wider than resampling the 60 votes one by one — by about sqrt(3) when
// the prior is small next to the data. Everything seeded, so the comparison is reproducible.
TEST(RaterItemBootstrap_fit, repeatedVotesMoveTogetherAndWidenTheInterval)
{
    QList<RatedVote> rated;
    QList<Vote> plain;
    for (int item = 0; item < 10; ++item)
        for (qint64 raterId : {1, 2})
            for (int repeat = 0; repeat < 3; ++repeat) {
                const RatedVote r = rv(raterId, "r", item < 7 ? O::AWins : O::BWins, repeat != 1, 2 * item + 1,
                                       2 * item + 2);
                rated << r;
                plain << r.vote;
            }
    EXPECT_EQ(RaterItemBootstrap::raterItems(rated), 20);
    const BradleyTerry::Fit blocks = RaterItemBootstrap::fit(rated, {}, 1000, 11);
    const BradleyTerry::Fit votes = BradleyTerry::fitWithBootstrap(plain, {}, 1000, 11);
    const double blockWidth = blocks.entries[0].ci.high - blocks.entries[0].ci.low;
    const double voteWidth = votes.entries[0].ci.high - votes.entries[0].ci.low;
    EXPECT_DOUBLE_EQ(blocks.entries[0].strength, votes.entries[0].strength); // same point estimate
    EXPECT_GT(blockWidth, 1.4 * voteWidth) << blockWidth << " vs " << voteWidth;
    std::cout << "rater-item interval " << blocks.entries[0].ci.low << "–" << blocks.entries[0].ci.high
              << ", vote interval " << votes.entries[0].ci.low << "–" << votes.entries[0].ci.high << "\n";
    // Seeded: the same seed repeats the intervals.
    const BradleyTerry::Fit again = RaterItemBootstrap::fit(rated, {}, 1000, 11);
    EXPECT_DOUBLE_EQ(again.entries[0].ci.low, blocks.entries[0].ci.low);
    EXPECT_DOUBLE_EQ(again.entries[0].ci.high, blocks.entries[0].ci.high);
}

TEST(RaterItemBootstrap_fit, aRankingIsOneBlock)
{
    // One ranking of three models implies three votes: one block. Two pairwise votes: two more.
    QList<RatedVote> rated;
    for (const Vote& v : RankingVotes::implied({{QStringLiteral("a:x"), 1}, {QStringLiteral("b:y"), 2},
                                                {QStringLiteral("c:z"), 3}})) {
        RatedVote r;
        r.vote = v;
        r.raterId = 1;
        r.rankingId = 42;
        rated << r;
    }
    rated << rv(1, "Ann", O::AWins, true, 1, 2) << rv(2, "Bob", O::AWins, true, 1, 2);
    EXPECT_EQ(RaterItemBootstrap::raterItems(rated), 3);
}

// Pooled over sharedPanel(): a:x wins 4 (Ann 2, Bob 1, Cara 1), loses 3, ties 3 (one both bad):
// (4 + 1.5)/10 = 55%; Wilson 5.5/10: centre 0.536122, half 0.262450 → 27.4–79.9%, printed 27–80.
TEST(PanelVerdict_of, namesTheWinnerIntervalRatersAndAgreementBand)
{
    const PanelStats s = noBootstrap(sharedPanel());
    EXPECT_EQ(s.verdict, QStringLiteral("x preferred in 55% of 10 judgements (95% CI 27–80%), 3 raters, "
                                        "α = 0.79 (substantial agreement)"));
}

TEST(PanelVerdict_of, losingFirstModelOneRaterAndNoVotes)
{
    // Ann alone, a:x wins 1 of 4: y preferred in 75%, interval that of 3/4 (0.300642–0.954410).
    QList<RatedVote> v;
    for (O o : {O::AWins, O::BWins, O::BWins, O::BWins})
        v << rv(1, "Ann", o, true, 1, 2);
    EXPECT_EQ(noBootstrap(v).verdict,
              QStringLiteral("y preferred in 75% of 4 judgements (95% CI 30–95%), 1 rater (no agreement to measure)"));
    EXPECT_EQ(noBootstrap({}).verdict, QStringLiteral("No human judgements yet"));
    // Only a judge voted: still no human judgement.
    EXPECT_EQ(noBootstrap({rv(9, "judge", O::AWins, true, 1, 2, true)}).verdict,
              QStringLiteral("No human judgements yet"));
    // Two raters on separate items: agreement cannot be measured, and the verdict says why.
    EXPECT_EQ(noBootstrap(twoRatersApart()).verdict,
              QStringLiteral("x preferred in 70% of 10 judgements (95% CI 40–89%), 2 raters, agreement not "
                             "measured (no item was judged by more than one rater)"));
    // An even split.
    EXPECT_EQ(noBootstrap({rv(1, "Ann", O::AWins, true, 1, 2), rv(1, "Ann", O::BWins, true, 1, 2)}).verdict,
              QStringLiteral("x and y preferred equally: 50% of 2 judgements (95% CI 9–91%), 1 rater (no agreement "
                             "to measure)"));
}

TEST(PanelVerdict_band, landisKochBandsOnTheRoundedValue)
{
    EXPECT_EQ(PanelVerdict::band(-0.1), QStringLiteral("less than chance agreement"));
    EXPECT_EQ(PanelVerdict::band(0.2), QStringLiteral("slight agreement"));
    EXPECT_EQ(PanelVerdict::band(0.404), QStringLiteral("fair agreement")); // printed 0.40
    EXPECT_EQ(PanelVerdict::band(0.41), QStringLiteral("moderate agreement"));
    EXPECT_EQ(PanelVerdict::band(0.6049), QStringLiteral("moderate agreement"));
    EXPECT_EQ(PanelVerdict::band(0.8), QStringLiteral("substantial agreement"));
    EXPECT_EQ(PanelVerdict::band(0.805), QStringLiteral("almost perfect agreement"));
}

// From stored samples: the person at the keyboard is rater 0 with no name (RaterName words them),
// judge samples are flagged, rankings become blocks, and k-of-k comes from the calls (run 1: both
// passed; run 2: one failed).
TEST(PanelInput_statsOf, storedSamplesBecomeRatedVotesAndAttempts)
{
    EvaluationData data;
    data.votes.append({1, QStringLiteral("a:x"), QStringLiteral("b:y"), QStringLiteral("left"), true, {}, 11, 12, 0,
                       QString(), false});
    data.votes.append({1, QStringLiteral("b:y"), QStringLiteral("a:x"), QStringLiteral("left"), true, {}, 12, 11, 5,
                       QStringLiteral("Ann"), false});
    data.votes.append({1, QStringLiteral("b:y"), QStringLiteral("a:x"), QStringLiteral("left"), true, {}, 12, 11, 6,
                       QStringLiteral("judge:m"), true});
    for (qint64 run : {1, 2})
        for (int i = 0; i < 2; ++i)
            data.calls.append({run, run * 10 + i, QStringLiteral("a:x"), QStringLiteral("done"),
                               run == 2 && i == 1 ? QStringLiteral("fail") : QStringLiteral("pass"), {}, {}, {}});
    const PanelStats s = PanelInput::statsOf(data, {0, 1});
    ASSERT_EQ(s.raters.size(), 2);
    EXPECT_EQ(s.raters[0].name, QStringLiteral("Ann"));
    EXPECT_EQ(s.raters[1].id, 0);
    EXPECT_TRUE(s.raters[1].name.isEmpty()) << "core keeps no words for the person at the keyboard";
    EXPECT_EQ(RaterName::of(s.raters[1].id, s.raters[1].name), QStringLiteral("You"));
    EXPECT_EQ(s.judge.votes, 1);
    // One item (calls 11, 12), You say x better (1), Ann says y better (3).
    EXPECT_EQ(s.agreement.itemsMultiRated, 1);
    ASSERT_EQ(s.reliability.size(), 1);
    ASSERT_EQ(s.reliability[0].passAtK.size(), 1);
    EXPECT_EQ(s.reliability[0].passAtK[0].k, 2);
    EXPECT_EQ(s.reliability[0].passAtK[0].runs, 2);
    EXPECT_EQ(s.reliability[0].passAtK[0].allPassed, 1);
}

// The words for a rater are chosen where they are shown; the English source is what JSON keeps.
// A typed name stays exactly as typed, even one that reads like the words for someone else.
TEST(RaterName_of, keyboardPersonUnnamedRaterAndTypedNames)
{
    EXPECT_EQ(RaterName::of(0, QString()), QStringLiteral("You"));
    EXPECT_EQ(RaterName::of(7, QString()), QStringLiteral("rater 7"));
    EXPECT_EQ(RaterName::of(7, QStringLiteral("Ann")), QStringLiteral("Ann"));
    EXPECT_EQ(RaterName::of(8, QStringLiteral("  김지현 ")), QStringLiteral("  김지현 "));
    EXPECT_EQ(RaterName::of(9, QStringLiteral("나")), QStringLiteral("나"));
    EXPECT_EQ(RaterName::of(10, QStringLiteral("You")), QStringLiteral("You"));
}

// Raters are listed by their English name whatever language shows them: the person at the
// keyboard sorts as "You" (after "Ann", before "Yoyo" and "Zed"), not as an empty name.
TEST(PanelStats_raters, sortedByTheEnglishNameSoEveryLanguageListsThemAlike)
{
    const PanelStats s = PanelStats::compute({rv(9, "Zed", O::AWins, true, 1, 2), rv(5, "Yoyo", O::AWins, true, 1, 2),
                                              rv(0, "", O::BWins, true, 1, 2), rv(3, "Ann", O::AWins, false, 1, 2)},
                                             {}, {0, 1});
    QList<qint64> ids;
    for (const PanelStats::Rater& r : s.raters)
        ids << r.id;
    EXPECT_EQ(ids, (QList<qint64>{3, 0, 5, 9}));
}
