#include "core/eval/pairwisetable.h"

#include <map>

namespace Cb::Core {

QList<PairStats> PairwiseTable::build(const QList<Vote>& votes, TiePolicy policy, double z)
{
    std::map<std::pair<QString, QString>, PairStats> pairs;
    for (const Vote& v : votes) {
        if (v.modelA == v.modelB)
            continue;
        const bool aFirst = v.modelA < v.modelB;
        const QString& first = aFirst ? v.modelA : v.modelB;
        const QString& second = aFirst ? v.modelB : v.modelA;
        PairStats& s = pairs[{first, second}];
        s.first = first;
        s.second = second;
        ++s.votes;
        if (v.fromRanking)
            ++s.fromRankings;
        if (v.decisive() && v.aPosition != Vote::Position::Unknown) {
            const bool aWon = v.outcome == Vote::Outcome::AWins;
            ++(aWon == (v.aPosition == Vote::Position::Left) ? s.leftWins : s.rightWins);
        }
        switch (v.outcome) {
        case Vote::Outcome::AWins:
            ++(aFirst ? s.wins : s.losses);
            break;
        case Vote::Outcome::BWins:
            ++(aFirst ? s.losses : s.wins);
            break;
        case Vote::Outcome::BothBad:
            ++s.bothBad;
            [[fallthrough]];
        case Vote::Outcome::Tie:
            ++s.ties;
            break;
        }
    }
    QList<PairStats> rows;
    rows.reserve(qsizetype(pairs.size()));
    for (auto& [key, s] : pairs) {
        s.rate = winRate(s.wins, s.losses, s.ties, policy, z);
        s.leftRate = winRate(s.leftWins, s.rightWins, 0, TiePolicy::Exclude, z);
        rows.append(s);
    }
    return rows;
}

PositionBias PairwiseTable::positionBias(const QList<Vote>& votes, double z)
{
    PositionBias bias;
    for (const Vote& v : votes) {
        if (v.aPosition == Vote::Position::Unknown || v.modelA == v.modelB)
            continue;
        if (!v.decisive()) {
            ++bias.ties;
            continue;
        }
        const bool aWon = v.outcome == Vote::Outcome::AWins;
        const bool aLeft = v.aPosition == Vote::Position::Left;
        ++(aWon == aLeft ? bias.leftWins : bias.rightWins);
    }
    bias.leftRate = winRate(bias.leftWins, bias.rightWins, 0, TiePolicy::Exclude, z);
    return bias;
}

} // namespace Cb::Core
