#include "core/fusion/fusiongate.h"

#include "core/compare/blindschedule.h"
#include "core/fusion/fusionanswer.h"

#include <QCoreApplication>

namespace Cb::Core {

namespace {

QString tr(const char* text, int n = -1) { return QCoreApplication::translate("Cb::Core::FusionGate", text, nullptr, n); }

} // namespace

std::pair<int, int> FusionGate::votedPairs(const RunRecord& run)
{
    QList<BlindCall> calls;
    for (const CallRecord& c : run.calls)
        calls.append({c.id, c.modelKey(), c.repeatIndex});
    // The pairs do not depend on the seed, only their order and sides do.
    const QList<BlindPair> pairs = BlindSchedule::pairs(calls, 1);
    int voted = 0;
    for (const BlindPair& p : pairs) {
        for (const VoteRecord& v : run.votes) {
            if (v.blind && ((v.leftCallId == p.leftCallId && v.rightCallId == p.rightCallId) ||
                            (v.leftCallId == p.rightCallId && v.rightCallId == p.leftCallId))) {
                ++voted;
                break;
            }
        }
    }
    return {int(pairs.size()), voted};
}

QString FusionGate::blocker(const RunRecord& run)
{
    if (FusionAnswer::of(run).size() < 2)
        return tr("Fusion needs at least two finished answers.");
    for (const RankingRecord& r : run.rankings)
        if (r.blind)
            return {};
    const auto [pairs, voted] = votedPairs(run);
    if (pairs > 0 && voted == pairs)
        return {};
    if (pairs == 0)
        return tr("Rank the answers blind first (Rank blind): fusion comes after judging, not instead of it.");
    return tr("Vote on every blind pair (%1 of %2 done) or rank the answers blind first: fusion comes after "
              "judging, not instead of it.")
        .arg(voted)
        .arg(pairs);
}

} // namespace Cb::Core
