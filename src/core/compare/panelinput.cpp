#include "core/compare/panelinput.h"

#include "core/compare/evaluationsummary.h"

namespace Cb::Core {

QList<RatedVote> PanelInput::votesOf(const EvaluationData& data)
{
    QList<RatedVote> out;
    for (const VoteSample& v : data.votes) {
        RatedVote r;
        r.vote = EvaluationSummary::toVote(v.leftModel, v.rightModel, v.outcome);
        r.raterId = v.raterId;
        r.rater = v.rater;
        r.judge = v.judge;
        r.aCall = v.leftCallId; // toVote puts the left answer in A
        r.bCall = v.rightCallId;
        out.append(r);
    }
    for (const RankingSample& k : data.rankings)
        for (const Vote& implied : RankingVotes::implied(k.outputs)) {
            RatedVote r;
            r.vote = implied;
            r.raterId = k.raterId;
            r.rater = k.rater;
            r.judge = k.judge;
            r.rankingId = k.rankingId;
            out.append(r);
        }
    return out;
}

QList<Attempt> PanelInput::attemptsOf(const EvaluationData& data)
{
    QList<Attempt> out;
    for (const CallSample& c : data.calls)
        out.append({c.model, QString::number(c.runId), EvaluationSummary::verdict(c.status, c.judgement)});
    return out;
}

PanelStats PanelInput::statsOf(const EvaluationData& data, const PanelStats::Options& options)
{
    return PanelStats::compute(votesOf(data), attemptsOf(data), options);
}

} // namespace Cb::Core
