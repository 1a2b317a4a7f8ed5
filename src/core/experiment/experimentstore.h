#pragma once

#include "core/common/result.h"
#include "core/experiment/experimentrecord.h"

class QSqlQuery;

namespace Cb::Core {

class Database;

// Reads and writes experiments, their cases and their provider batches in the history
// database (schema 6). Runs and calls stay HistoryStore's. Every write is its own transaction.
// Not owning the database; use from the thread that opened it.
class ExperimentStore
{
public:
    explicit ExperimentStore(Database& database);

    // Inserts the experiment and (unless told not to) its cases; fills in ids, uuid and
    // creation time.
    Result<qint64> insertExperiment(ExperimentRecord& experiment, bool withCases = true);
    // Inserts an inserted experiment's cases, all or none; fills in their ids and positions.
    VoidResult insertCases(ExperimentRecord& experiment);
    // Links the case to its run and drops the input it was kept for.
    VoidResult setCaseRun(qint64 caseId, qint64 runId);
    // Records a batch the moment the provider returned its id; fills in id and times.
    Result<qint64> insertBatch(ExperimentBatch& batch);
    VoidResult updateBatchStatus(qint64 batchRowId, const QString& status);
    VoidResult setStatus(qint64 experimentId, const QString& status);

    Result<ExperimentRecord> load(qint64 experimentId);
    // Newest first.
    Result<QList<ExperimentRecord>> list();
    // Experiments still marked running, oldest first.
    Result<QList<qint64>> unfinishedIds();

private:
    VoidResult insertCaseRows(QSqlQuery& q, ExperimentRecord& experiment);

    Database& m_db;
};

} // namespace Cb::Core
