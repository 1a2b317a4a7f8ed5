#pragma once

#include "core/eval/panelstats.h"
#include "core/history/evaluationdata.h"

namespace Cb::Core {

// Stored votes, rankings and calls (EvaluationData, from EvaluationQuery or
// EvaluationSummary::dataOf) as PanelStats reads them: each vote with its rater, the two calls
// it judged and whether a judge model cast it; each ranking as the votes it implies, tagged with
// the ranking; each call as an attempt for k-of-k. Raters keep their id and typed name only;
// RaterName words them where they are shown. Pure; any thread.
namespace PanelInput {

QList<RatedVote> votesOf(const EvaluationData& data);
QList<Attempt> attemptsOf(const EvaluationData& data);
PanelStats statsOf(const EvaluationData& data, const PanelStats::Options& options);

} // namespace PanelInput

} // namespace Cb::Core
