#pragma once

#include "core/eval/vote.h"
#include "core/eval/wilsoninterval.h"

#include <QList>

namespace Cb::Core {

// Head-to-head counts for one unordered pair. `first` sorts before `second`; wins are
// first's wins, losses its losses. ties includes bothBad.
struct PairStats
{
    QString first;
    QString second;
    int wins = 0;
    int losses = 0;
    int ties = 0;
    int bothBad = 0;
    int votes = 0; // everything recorded for the pair
    int fromRankings = 0; // of `votes`, how many a ranking implied (one per ranking, see RankingVotes)
    WinRate rate;  // first's win rate under the table's TiePolicy
    // This pair's position bias: decisive votes with a known position won by the answer shown
    // on the left / on the right (rankings have no sides and are not counted).
    int leftWins = 0;
    int rightWins = 0;
    WinRate leftRate; // leftWins / (leftWins + rightWins), Wilson interval
};

// How often the answer in the left column won, over decisive votes with a known position.
// Without bias this is 0.5; an interval excluding 0.5 means the layout sways the judge.
struct PositionBias
{
    int leftWins = 0;
    int rightWins = 0;
    int ties = 0;     // non-decisive votes with a known position, not in the rate
    WinRate leftRate; // leftWins / (leftWins + rightWins)
};

// Builds the pairwise win-rate table and the position-bias figure from a vote list.
// Pure functions over values; any thread.
class PairwiseTable
{
public:
    // One row per pair that has votes, ordered by (first, second). Votes comparing a model
    // with itself are ignored.
    static QList<PairStats> build(const QList<Vote>& votes, TiePolicy policy = TiePolicy::HalfWin,
                                  double z = Z95);
    static PositionBias positionBias(const QList<Vote>& votes, double z = Z95);
};

} // namespace Cb::Core
