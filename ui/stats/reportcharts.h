#pragma once

#include "core/common/reportlanguage.h"
#include "core/history/runrecord.h"
#include "formats/export/exportoptions.h"

namespace Cb::Core {
struct EvaluationSummary;
}

namespace Cb::Ui {

// The statistics charts an exported report embeds, for one run: win rates with Wilson interval
// bars when it has votes or rankings, the Bradley–Terry ranking when three or more models were
// compared, pass rate when calls were judged, and cost against time alongside any of those.
// The same builders as the Stats dialog (StatsCharts), on the run's calls as `options` selects
// them. Needs a QApplication; GUI thread (the export dialog and `contextbench export` call it
// before handing the images to the ExportJob / RunExporter).
class ReportCharts
{
public:
    // Votes, rankings or judgements: the charts would show something beyond the tables.
    static bool worthDrawing(const Core::RunRecord& run);
    static QList<Formats::ReportChart> render(const Core::RunRecord& run,
                                              const Formats::ExportOptions& options);
    // The same charts for any pooled results (an experiment's cases): win rates when there are
    // votes, the ranking with three or more voted models, pass rate (k-of-k) when judged, cost
    // against time when known. Titles, captions and the charts' own text are in `language`, the
    // report's (the run overload takes it from options.language).
    static QList<Formats::ReportChart> render(const Core::EvaluationSummary& summary,
                                              const Core::ReportLanguage& language = {});
};

} // namespace Cb::Ui
