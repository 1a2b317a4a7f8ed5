#pragma once

#include "core/fusion/fusionanswer.h"
#include "core/history/fusionrecord.h"

namespace Cb::Core {

class SectionGrid;

// Per row of a SectionGrid over the answers: which answers' versions of that section to keep
// (indexes into the answers, in the order ticked); an empty list leaves the section out.
using FusionChoices = QList<QList<int>>;

// A fused plan and where each of its sections came from. Built either from a model's reply
// (fuse and guided modes), whose source markers say which answers a section drew on, or by
// assembling the ticked sections verbatim (pick mode), where the lineage is exact. A value;
// pure; any thread.
struct FusionPlan
{
    QString text{}; // Markdown, without source markers
    QList<FusionSection> sections{};

    // The reply of the model `mergedBy` (provider:model): its source markers ("<!-- sources:
    // 1, 3 -->" under a heading; "Sources: 1, 3" is accepted too) name answers by their number
    // in the prompt (1 = answers[0]); unknown numbers are ignored, marker lines removed.
    static FusionPlan fromReply(const QString& reply, const QList<FusionAnswer>& answers, const QString& mergedBy);
    // Pick mode: the ticked versions of each row in grid order, each under the heading its
    // first ticked answer gave it; several ticked versions of one row follow one another.
    static FusionPlan pick(const SectionGrid& grid, const QList<FusionAnswer>& answers, const FusionChoices& choices);
    // A line that marks sources; the numbers it names (empty when the line is no marker).
    static std::optional<QList<int>> sourceMarker(const QString& line);
};

} // namespace Cb::Core
