#include "formats/export/reportfacts.h"

#include "core/compare/evaluationsummary.h"
#include "core/compare/modelidentity.h"
#include "core/compare/panelinput.h"
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

void computeVotes(ReportFacts& facts, const RunRecord& run, const QHash<qint64, QString>& keyOf)
{
    QList<Vote> votes;
    for (const VoteRecord& v : run.votes) {
        if (!keyOf.contains(v.leftCallId) || !keyOf.contains(v.rightCallId))
            continue; // a vote about a call left out of this export
        if (v.raterKind == QLatin1String("judge"))
            continue; // a judge model's votes are never pooled with human votes
        const Vote::Outcome outcome = outcomeOf(v.outcome);
        votes.append(Vote{keyOf.value(v.leftCallId), keyOf.value(v.rightCallId), outcome, Vote::Position::Left});
        const int leftSign = outcome == Vote::Outcome::AWins   ? 1
                             : outcome == Vote::Outcome::BWins ? -1
                                                               : 0;
        countVote(facts, run, v.leftCallId, leftSign);
        countVote(facts, run, v.rightCallId, -leftSign);
    }
    // Rankings count once per model pair, as in the Stats view (see RankingVotes).
    for (const RankingRecord& r : run.rankings) {
        if (r.raterKind == QLatin1String("judge"))
            continue;
        QList<RankedOutput> ranked;
        for (const RankingEntry& e : r.entries)
            if (keyOf.contains(e.callId))
                ranked.append({keyOf.value(e.callId), e.rank});
        votes.append(RankingVotes::implied(ranked));
    }
    facts.pairs = PairwiseTable::build(votes);
    if (!facts.pairs.isEmpty())
        facts.ranking = BradleyTerry::fit(votes);
}

void computeReviews(ReportFacts& facts, const RunRecord& run, const QStringList& keys)
{
    QList<Attempt> attempts;
    bool judged = false;
    QHash<QString, std::pair<double, int>> ratingSums;
    for (qsizetype i = 0; i < run.calls.size(); ++i) {
        const CallRecord& c = run.calls[i];
        Attempt a{keys[i], QString::number(run.id),
                  EvaluationSummary::verdict(callStatusName(c.status), c.judgement)};
        judged = judged || a.verdict != Attempt::Verdict::Unjudged;
        attempts.append(a);
        if (c.rating) {
            auto& [sum, n] = ratingSums[keys[i]];
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

QString ReportFacts::label(const QString& key) const
{
    return ModelIdentity::shortLabel(key, models);
}

ReportFacts ReportFacts::compute(const RunRecord& run)
{
    ReportFacts facts;
    const QStringList keys = ModelIdentity::keysOf(run.calls);
    QHash<qint64, QString> keyOf;
    QHash<QString, int> perModel;
    for (qsizetype i = 0; i < run.calls.size(); ++i) {
        keyOf.insert(run.calls[i].id, keys[i]);
        if (!facts.models.contains(keys[i]))
            facts.models.append(keys[i]);
        ++perModel[keys[i]];
    }
    for (qsizetype i = 0; i < run.calls.size(); ++i) {
        const CallRecord& c = run.calls[i];
        CallFacts f;
        const QString name = facts.label(keys[i]);
        f.label = perModel.value(keys[i]) > 1 ? QStringLiteral("%1 #%2").arg(name).arg(c.repeatIndex + 1) : name;
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
    computeVotes(facts, run, keyOf);
    computeReviews(facts, run, keys);
    facts.panel = PanelInput::statsOf(EvaluationSummary::dataOf(run), PanelStats::Options{0, 0});
    return facts;
}

} // namespace Cb::Formats
