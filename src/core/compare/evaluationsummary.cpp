#include "core/compare/evaluationsummary.h"

#include "core/compare/modelidentity.h"
#include "core/models/billedusage.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace Cb::Core {

Vote EvaluationSummary::toVote(const QString& leftModel, const QString& rightModel, const QString& outcome)
{
    Vote v;
    v.modelA = leftModel;
    v.modelB = rightModel;
    v.aPosition = Vote::Position::Left;
    if (outcome == QLatin1String("left"))
        v.outcome = Vote::Outcome::AWins;
    else if (outcome == QLatin1String("right"))
        v.outcome = Vote::Outcome::BWins;
    else if (outcome == QLatin1String("both_bad"))
        v.outcome = Vote::Outcome::BothBad;
    else
        v.outcome = Vote::Outcome::Tie;
    return v;
}

Attempt::Verdict EvaluationSummary::verdict(const QString& status, const QString& judgement)
{
    if (status == callStatusName(CallStatus::Refused))
        return Attempt::Verdict::Refused;
    if (status == callStatusName(CallStatus::Failed) || status == callStatusName(CallStatus::Cancelled))
        return Attempt::Verdict::CallFailed;
    if (judgement == QLatin1String("pass"))
        return Attempt::Verdict::Pass;
    if (judgement == QLatin1String("fail"))
        return Attempt::Verdict::Fail;
    return Attempt::Verdict::Unjudged;
}

QList<ReliabilityStats> EvaluationSummary::reliabilityOf(const RunRecord& run)
{
    QList<Attempt> attempts;
    const QStringList keys = ModelIdentity::keysOf(run.calls);
    for (qsizetype i = 0; i < run.calls.size(); ++i) {
        const CallRecord& c = run.calls[i];
        attempts.append({keys[i], QString::number(run.id), verdict(callStatusName(c.status), c.judgement)});
    }
    return Reliability::perModel(attempts);
}

EvaluationData EvaluationSummary::dataOf(const QList<RunRecord>& runs)
{
    EvaluationData data;
    for (const RunRecord& run : runs) {
        const EvaluationData one = dataOf(run);
        data.votes += one.votes;
        data.rankings += one.rankings;
        data.calls += one.calls;
    }
    return data;
}

EvaluationData EvaluationSummary::dataOf(const RunRecord& run)
{
    EvaluationData data;
    const QStringList keys = ModelIdentity::keysOf(run.calls);
    QHash<qint64, QString> keyOf;
    for (qsizetype i = 0; i < run.calls.size(); ++i)
        keyOf.insert(run.calls[i].id, keys[i]);
    for (const VoteRecord& v : run.votes) {
        if (keyOf.contains(v.leftCallId) && keyOf.contains(v.rightCallId))
            data.votes.append({run.id, keyOf.value(v.leftCallId), keyOf.value(v.rightCallId), v.outcome, v.blind,
                               v.createdAt, v.leftCallId, v.rightCallId, v.raterId, v.raterName,
                               v.raterKind == QLatin1String("judge")});
    }
    for (const RankingRecord& r : run.rankings) {
        RankingSample sample{run.id,  r.id,        {}, r.blind, r.createdAt,
                             r.raterId, r.raterName, r.raterKind == QLatin1String("judge")};
        for (const RankingEntry& e : r.entries)
            if (keyOf.contains(e.callId))
                sample.outputs.append({keyOf.value(e.callId), e.rank});
        data.rankings.append(sample);
    }
    for (qsizetype i = 0; i < run.calls.size(); ++i) {
        const CallRecord& c = run.calls[i];
        CallSample sample{run.id, c.id, keys[i], callStatusName(c.status), c.judgement, c.costUsd, c.totalMs, c.rating};
        if (!c.usage.isEmpty()) {
            const BilledUsage u = BilledUsage::fromRecorded(c.provider, c.usage);
            sample.inputTokens = u.inputTokens;
            sample.outputTokens = u.outputTokens;
            sample.reasoningTokens = u.reasoningTokens;
        }
        data.calls.append(sample);
    }
    return data;
}

EvaluationSummary EvaluationSummary::build(const EvaluationData& data)
{
    EvaluationSummary s;
    // Human votes only: a judge model's votes are never pooled with the panel's (PanelStats::judge).
    for (const VoteSample& v : data.votes)
        if (!v.judge)
            s.votes.append(toVote(v.leftModel, v.rightModel, v.outcome));
    for (const RankingSample& r : data.rankings)
        if (!r.judge) {
            s.votes.append(RankingVotes::implied(r.outputs));
            ++s.rankings;
        }
    s.pairs = PairwiseTable::build(s.votes);
    s.bias = PairwiseTable::positionBias(s.votes);

    QList<Attempt> attempts;
    QMap<QString, ModelEconomics> economics;
    for (const CallSample& c : data.calls) {
        attempts.append({c.model, QString::number(c.runId), verdict(c.status, c.judgement)});
        ModelEconomics& e = economics[c.model];
        e.model = c.model;
        ++e.calls;
        if (c.costUsd) {
            e.meanCostUsd += *c.costUsd;
            ++e.costed;
        }
        if (c.totalMs) {
            e.meanSeconds += double(*c.totalMs) / 1000.0;
            ++e.timed;
        }
        if (c.inputTokens >= 0 || c.outputTokens >= 0) {
            e.meanInputTokens += double(qMax<qint64>(c.inputTokens, 0));
            e.meanOutputTokens += double(qMax<qint64>(c.outputTokens, 0));
            e.meanReasoningTokens += double(qMax<qint64>(c.reasoningTokens, 0));
            ++e.tokened;
        }
    }
    s.reliability = Reliability::perModel(attempts);
    for (ModelEconomics& e : economics) {
        e.meanCostUsd = e.costed > 0 ? e.meanCostUsd / e.costed : 0.0;
        e.meanSeconds = e.timed > 0 ? e.meanSeconds / e.timed : 0.0;
        if (e.tokened > 0) {
            e.meanInputTokens /= e.tokened;
            e.meanOutputTokens /= e.tokened;
            e.meanReasoningTokens /= e.tokened;
        }
        for (const ReliabilityStats& r : s.reliability) {
            if (r.model == e.model) {
                e.judged = r.judged();
                e.passRate = r.passRate.rate;
            }
        }
        s.economics.append(e);
    }
    return s;
}

QStringList EvaluationSummary::models() const
{
    QSet<QString> set;
    for (const ModelEconomics& e : economics)
        set.insert(e.model);
    for (const Vote& v : votes) {
        set.insert(v.modelA);
        set.insert(v.modelB);
    }
    QStringList out(set.begin(), set.end());
    out.sort();
    return out;
}

} // namespace Cb::Core
