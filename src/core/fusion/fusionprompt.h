#pragma once

#include "core/fusion/fusionplan.h"

namespace Cb::Core {

// The request that asks a model to fuse a run's answers into one plan. The instructions ask
// it to keep the section structure (Markdown headings) and to mark, under every heading, the
// numbers of the answers that section drew on ("<!-- sources: 1, 3 -->"), which FusionPlan::
// fromReply turns into lineage. The answers are numbered 1..n in run order; the task is the
// run's goal (or its instructions), not the whole context, which the answers already digest.
// Pure; any thread.
namespace FusionPrompt {

QString instructions();
// Fuse mode: every answer in full; the model takes the best of each.
QString fuseInput(const RunRecord& run, const QList<FusionAnswer>& answers);
// Guided mode: only the sections the user ticked, row by row of the grid, saying for each
// whether to keep one answer's version or merge several; the model writes the plan from them.
QString guidedInput(const RunRecord& run, const QList<FusionAnswer>& answers, const SectionGrid& grid,
                    const FusionChoices& choices);
// The choices as recorded with the fusion: [{title, sources: [call ids]}] per ticked row.
QJsonArray choicesJson(const QList<FusionAnswer>& answers, const SectionGrid& grid, const FusionChoices& choices);

} // namespace FusionPrompt

} // namespace Cb::Core
