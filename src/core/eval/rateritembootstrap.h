#pragma once

#include "core/eval/bradleyterry.h"
#include "core/eval/ratedvote.h"

namespace Cb::Core {

// Bradley–Terry with bootstrap intervals that resample whole rater-items instead of single
// votes. A rater-item is everything one rater said about one item: all their votes on one pair
// of calls (someone who voted on the same pair three times moves as one block), or all the
// votes one ranking implied. Votes inside a rater-item are not independent evidence, so drawing
// them one by one would make the intervals too narrow.
//
// The point estimate is BradleyTerry::fit over all votes. Each resample draws as many
// rater-items as there are, with replacement, and refits with BradleyTerry::fitMatrix; the
// interval is the percentile interval of the refits (as BradleyTerry::fitWithBootstrap). With
// one vote per rater-item, the same seed gives exactly fitWithBootstrap's intervals. The RNG is a
// seeded std::mt19937_64 with its own index mapping: the same seed gives the same intervals on
// every platform. Pure; any thread; slow enough for a worker thread with many votes.
class RaterItemBootstrap
{
public:
    // `votes` should be human votes only; judge votes are ignored.
    static BradleyTerry::Fit fit(const QList<RatedVote>& votes, const BradleyTerry::Options& options,
                                 int resamples, quint64 seed, double confidence = 0.95);
    // How many rater-items the votes form (what one resample draws).
    static int raterItems(const QList<RatedVote>& votes);
};

} // namespace Cb::Core
