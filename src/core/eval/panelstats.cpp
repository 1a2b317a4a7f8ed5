#include "core/eval/panelstats.h"

#include "core/eval/panelverdict.h"
#include "core/eval/ratername.h"
#include "core/eval/rateritembootstrap.h"

#include <algorithm>
#include <map>
#include <set>

namespace Cb::Core {

int PanelStats::humanVotes() const
{
    int n = 0;
    for (const PairStats& p : pairs)
        n += p.votes;
    return n;
}

PanelStats PanelStats::compute(const QList<RatedVote>& votes, const QList<Attempt>& attempts, const Options& options)
{
    PanelStats s;
    QList<Vote> human;
    QList<RatedVote> humanRated;
    std::map<qint64, Rater> raters;
    std::map<qint64, QList<Vote>> byRater;
    std::map<qint64, std::set<qint64>> rankingsOf;
    std::set<QString> judges;
    for (const RatedVote& v : votes) {
        if (v.judge) {
            ++s.judge.votes;
            judges.insert(v.rater);
            continue;
        }
        human.append(v.vote);
        humanRated.append(v);
        Rater& r = raters[v.raterId];
        r.id = v.raterId;
        r.name = v.rater;
        if (v.vote.modelA != v.vote.modelB)
            ++r.votes;
        if (v.rankingId != 0)
            rankingsOf[v.raterId].insert(v.rankingId);
        byRater[v.raterId].append(v.vote);
    }
    s.judge.names = QStringList(judges.begin(), judges.end());
    s.pairs = PairwiseTable::build(human);
    s.bias = PairwiseTable::positionBias(human);
    for (auto& [id, r] : raters) {
        r.pairs = PairwiseTable::build(byRater[id]);
        r.bias = PairwiseTable::positionBias(byRater[id]);
        r.rankings = int(rankingsOf[id].size());
        if (r.votes > 0)
            s.raters.append(r);
    }
    // Sorted by the English source name, so a table lists the raters in one order whatever
    // language it is shown in, and the JSON's order stays what it was.
    std::stable_sort(s.raters.begin(), s.raters.end(), [](const Rater& a, const Rater& b) {
        const QString left = RaterName::of(a.id, a.name);
        const QString right = RaterName::of(b.id, b.name);
        return left == right ? a.id < b.id : left.localeAwareCompare(right) < 0;
    });
    s.agreement = PanelAgreement::compute(humanRated);
    s.bradleyTerry = RaterItemBootstrap::fit(humanRated, {}, options.resamples, options.seed);
    s.raterItems = RaterItemBootstrap::raterItems(humanRated);
    s.resamples = std::max(0, options.resamples);
    s.seed = options.seed;
    s.reliability = Reliability::perModel(attempts);
    s.verdict = PanelVerdict::of(s);
    return s;
}

} // namespace Cb::Core
