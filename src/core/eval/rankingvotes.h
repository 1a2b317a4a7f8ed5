#pragma once

#include "core/eval/vote.h"

#include <QList>

namespace Cb::Core {

// One output's model and its place in a ranking (1 = best; equal ranks are ties).
struct RankedOutput
{
    QString model; // provider:model
    int rank = 1;
};

// Turns a ranking of N outputs into the pairwise votes the statistics use.
//
// A ranking is one judgement, not N·(N−1)/2 independent ones: with o3 × 2 and o3-pro × 2 in one
// ranking, the four o3-vs-o3-pro placements are judged together. Counting each as a vote would
// shrink the Wilson intervals for no new evidence. So a ranking implies exactly one vote per
// pair of different models: the model whose outputs have the better (lower) mean rank wins,
// equal means are a tie. Votes between outputs of the same model are dropped, as for pairs.
// Each implied vote has an unknown position (a ranking has no left and right, so position
// bias ignores it) and fromRanking = true, so tables can say how much of n came from rankings.
// Bradley–Terry then sees one comparison per model pair per ranking — the usual "rank
// breaking" estimate, still consistent for the strengths. Pure; any thread.
class RankingVotes
{
public:
    static QList<Vote> implied(const QList<RankedOutput>& ranking);
};

} // namespace Cb::Core
