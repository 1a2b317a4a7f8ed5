#pragma once

#include "core/common/result.h"
#include "core/history/evaluationdata.h"

namespace Cb::Core {

class Database;

// An experiment's runs read as one for the statistics: every case's votes, rankings and calls
// (EvaluationSummary::dataOf per run, concatenated), with the runs it read. Cases not yet
// recorded are skipped. Use from the database's thread.
struct ExperimentEvaluation
{
    EvaluationData data;
    QList<qint64> runIds;
    QString name;

    static Result<ExperimentEvaluation> load(Database& database, qint64 experimentId);
};

} // namespace Cb::Core
