#include "formats/export/reportfacts.h"

#include "core/compare/evaluationsummary.h"
#include "core/eval/rankingvotes.h"

#include <QHash>

namespace Cb::Formats {

using namespace Cb::Core;

namespace {

Vote::Outcome outcomeOf(const QString& name)
{
    if (name == QLatin1String("left"))
        return Vote::Outcome::AWins;
    if (name == QLatin1String("right"))
        return Vote::Outcome::BWins;
    if (name == QLatin1String("both_bad"))
        return Vote::Outcome::BothBad;
    return Vote::Outcome::Tie;
}

void countVote(ReportFacts& facts, const RunRecord& run, qint64 callId, int sign)
{
    for (int i = 0; i < run.calls.size(); ++i) {
        if (run.calls[i].id != callId)
            continue;
        CallFacts& f = facts.calls[i];
        (sign > 0 ? f.votesWon : sign < 0 ? f.votesLost : f.votesTied)++;
    }
}

void computeVotes(ReportFacts& facts, const RunRecord& run)
{
    QList<Vote> votes;
    for (const VoteRecord& v : run.votes) {
        const CallRecord* left = run.call(v.leftCallId);
        const CallRecord* right = run.call(v.rightCallId);
        if (!left || !right)
            continue; // a vote about a call left out of this export
        const Vote::Outcome outcome = outcomeOf(v.outcome);
        votes.append(Vote{left->model, right->model, outcome, Vote::Position::Left});
        const int leftSign = outcome == Vote::Outcome::AWins   ? 1
                             : outcome == Vote::Outcome::BWins ? -1
                                                               : 0;
        countVote(facts, run, v.leftCallId, leftSign);
        countVote(facts, run, v.rightCallId, -leftSign);
    }
    // Rankings count once per model pair, as in the Stats view (see RankingVotes).
    for (const RankingRecord& r : run.rankings) {
        QList<RankedOutput> ranked;
        for (const RankingEntry& e : r.entries)
            if (const CallRecord* c = run.call(e.callId))
                ranked.append({c->model, e.rank});
        votes.append(RankingVotes::implied(ranked));
    }
    facts.pairs = PairwiseTable::build(votes);
    if (!facts.pairs.isEmpty())
        facts.ranking = BradleyTerry::fit(votes);
}

void computeReviews(ReportFacts& facts, const RunRecord& run)
{
    QList<Attempt> attempts;
    bool judged = false;
    QHash<QString, std::pair<double, int>> ratingSums;
    for (const CallRecord& c : run.calls) {
        Attempt a{c.model, QString::number(run.id),
                  EvaluationSummary::verdict(callStatusName(c.status), c.judgement)};
        judged = judged || a.verdict != Attempt::Verdict::Unjudged;
        attempts.append(a);
        if (c.rating) {
            auto& [sum, n] = ratingSums[c.model];
            sum += *c.rating;
            ++n;
        }
    }
    if (judged)
        facts.reliability = Reliability::perModel(attempts);
    for (const QString& model : facts.models)
        if (ratingSums.contains(model)) {
            const auto& [sum, n] = ratingSums.value(model);
            facts.ratings.append({model, sum / n, n});
        }
}

} // namespace

ReportFacts ReportFacts::compute(const RunRecord& run)
{
    ReportFacts facts;
    QHash<QString, int> perModel;
    for (const CallRecord& c : run.calls) {
        if (!facts.models.contains(c.model))
            facts.models.append(c.model);
        ++perModel[c.model];
    }
    for (const CallRecord& c : run.calls) {
        CallFacts f;
        f.label = perModel.value(c.model) > 1
                      ? QStringLiteral("%1 #%2").arg(c.model).arg(c.repeatIndex + 1)
                      : c.model;
        f.usage = BilledUsage::fromRecorded(c.provider, c.usage);
        facts.inputTokens += f.usage.inputTokens;
        facts.outputTokens += f.usage.outputTokens;
        facts.reasoningTokens += f.usage.reasoningTokens;
        if (c.costUsd) {
            facts.costUsd += *c.costUsd;
            facts.costKnown = true;
        }
        for (const FollowUpRecord& followUp : c.followUps) // what the run cost in all
            facts.costUsd += followUp.costUsd.value_or(0);
        facts.calls.append(f);
    }
    computeVotes(facts, run);
    computeReviews(facts, run);
    return facts;
}

} // namespace Cb::Formats
