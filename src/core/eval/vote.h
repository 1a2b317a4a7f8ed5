#pragma once

#include <QString>

namespace Cb::Core {

// One blind comparison of two answers, as the compare view records it. A plain value.
struct Vote
{
    // BothBad is "no preference, neither acceptable": for rankings and win rates it counts as a
    // tie (it says nothing about which model is better), and is reported separately.
    enum class Outcome
    {
        AWins,
        BWins,
        Tie,
        BothBad
    };
    // Where model A's answer was shown; used to measure left/right position bias.
    enum class Position
    {
        Unknown,
        Left,
        Right
    };

    QString modelA;
    QString modelB;
    Outcome outcome = Outcome::Tie;
    Position aPosition = Position::Unknown;
    // Implied by a ranking of several outputs rather than cast on this pair alone (see
    // RankingVotes); tables show how many of a pair's votes came from rankings.
    bool fromRanking = false;

    bool decisive() const { return outcome == Outcome::AWins || outcome == Outcome::BWins; }
};

} // namespace Cb::Core
