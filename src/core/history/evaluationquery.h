#pragma once

#include "core/common/result.h"
#include "core/history/evaluationdata.h"

namespace Cb::Core {

class Database;

// Reads votes (joined with their calls' models) and calls across runs for the statistics view,
// filtered by pack, template and date. Kept apart from HistoryStore, which writes runs as they
// happen; this only reads. Not owning the database; use from the thread that opened it.
class EvaluationQuery
{
public:
    explicit EvaluationQuery(Database& database) : m_db(database) {}

    Result<EvaluationData> load(const EvaluationFilter& filter = {});

private:
    Database& m_db;
};

} // namespace Cb::Core
