#pragma once

#include "core/common/result.h"
#include "core/history/runrecord.h"

#include <QHash>

namespace Cb::Core {

class Database;

// Reads the tool calls (schema 9, table tool_calls) of a run's calls: call id -> its steps in
// round and position order. Calls without tool calls are absent. Read-only; the thread that
// opened the database.
class ToolTrailQuery
{
public:
    static Result<QHash<qint64, QList<ToolTrailEntry>>> forRun(Database& db, qint64 runId);
};

} // namespace Cb::Core
