#include "core/eval/rankingvotes.h"

#include <map>

namespace Cb::Core {

QList<Vote> RankingVotes::implied(const QList<RankedOutput>& ranking)
{
    // Mean rank per model; std::map keeps the models sorted, so the votes come in a stable order.
    std::map<QString, std::pair<double, int>> sums;
    for (const RankedOutput& o : ranking) {
        auto& [sum, count] = sums[o.model];
        sum += o.rank;
        ++count;
    }
    QList<Vote> votes;
    for (auto a = sums.begin(); a != sums.end(); ++a) {
        for (auto b = std::next(a); b != sums.end(); ++b) {
            const double meanA = a->second.first / a->second.second;
            const double meanB = b->second.first / b->second.second;
            Vote v;
            v.modelA = a->first;
            v.modelB = b->first;
            v.outcome = meanA < meanB   ? Vote::Outcome::AWins
                        : meanB < meanA ? Vote::Outcome::BWins
                                        : Vote::Outcome::Tie;
            v.aPosition = Vote::Position::Unknown;
            v.fromRanking = true;
            votes.append(v);
        }
    }
    return votes;
}

} // namespace Cb::Core
