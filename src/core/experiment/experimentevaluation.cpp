#include "core/experiment/experimentevaluation.h"

#include "core/compare/evaluationsummary.h"
#include "core/experiment/experimentstore.h"
#include "core/history/historystore.h"

namespace Cb::Core {

Result<ExperimentEvaluation> ExperimentEvaluation::load(Database& database, qint64 experimentId)
{
    auto record = ExperimentStore(database).load(experimentId);
    if (!record)
        return fail(record.error());
    HistoryStore history(database);
    ExperimentEvaluation out;
    out.name = record->name;
    QList<RunRecord> runs;
    for (const ExperimentCase& c : record->cases) {
        if (!c.runId)
            continue;
        auto run = history.loadRun(c.runId);
        if (!run)
            return fail(run.error());
        runs.append(*run);
        out.runIds.append(c.runId);
    }
    out.data = EvaluationSummary::dataOf(runs);
    return out;
}

} // namespace Cb::Core
