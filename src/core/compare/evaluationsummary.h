#pragma once

#include "core/eval/pairwisetable.h"
#include "core/eval/reliability.h"
#include "core/eval/vote.h"
#include "core/history/evaluationdata.h"
#include "core/history/runrecord.h"

#include <QList>

namespace Cb::Core {

// Cost, time and quality of one model's calls, for the cost-against-time chart.
struct ModelEconomics
{
    QString model;
    int calls = 0;
    double meanCostUsd = 0; // over calls that report a cost
    double meanSeconds = 0; // over calls with a total time
    int costed = 0;
    int timed = 0;
    // Per call that reported usage; output includes reasoning.
    double meanInputTokens = 0;
    double meanOutputTokens = 0;
    double meanReasoningTokens = 0;
    int tokened = 0;
    double passRate = 0; // over judged attempts; see reliability for the interval
    int judged = 0;
};

// The numbers the Stats view shows, derived from stored votes and calls:
// pairwise win rates with Wilson intervals, left/right position bias, k-of-k reliability per
// model and mean cost / time per model. Bradley–Terry is not in here: its bootstrap takes long
// enough to belong on a worker thread (see BradleyTerry::fitWithBootstrap).
// Pure functions over values; any thread.
struct EvaluationSummary
{
    QList<Vote> votes; // rankings' implied votes included, marked fromRanking
    int rankings = 0;  // how many rankings those came from
    QList<PairStats> pairs;
    PositionBias bias;
    QList<ReliabilityStats> reliability;
    QList<ModelEconomics> economics;

    QStringList models() const; // every model with a call or a vote, sorted

    // Pairwise votes plus one implied vote per model pair per ranking (RankingVotes); votes and
    // rankings of a judge model are left out.
    static EvaluationSummary build(const EvaluationData& data);
    // One run's votes, rankings and calls as the statistics read them (exported report charts).
    static EvaluationData dataOf(const RunRecord& run);
    // Several runs read as one (an experiment's cases): their votes, rankings and calls joined.
    static EvaluationData dataOf(const QList<RunRecord>& runs);
    // Conversions shared with the comparison view, which works on one run.
    static Vote toVote(const QString& leftModel, const QString& rightModel, const QString& outcome);
    // A call's verdict for reliability: Refused or CallFailed from its status whatever the
    // judgement, otherwise its judgement.
    static Attempt::Verdict verdict(const QString& status, const QString& judgement);
    static QList<ReliabilityStats> reliabilityOf(const RunRecord& run);
};

} // namespace Cb::Core
