#pragma once

#include <QHash>

#include "core/common/result.h"
#include "core/harness/tooltrailentry.h"

#include <QList>

namespace Cb::Core {

class Database;

// The tool calls of tools-mode calls (table tool_calls, schema 9): one row per executed call,
// written as it happens, read back in round and position order for the trail on reload and
// for exports. A second write of the same (call, round, position) replaces the first.
// Not owning the database; use from the thread that opened it.
class ToolCallStore
{
public:
    explicit ToolCallStore(Database& database);

    VoidResult add(qint64 callId, const ToolTrailEntry& entry);
    Result<QList<ToolTrailEntry>> forCall(qint64 callId) const;
    // Every call of the run that made tool calls: call id -> its entries (one query).
    Result<QHash<qint64, QList<ToolTrailEntry>>> forRun(qint64 runId) const;

private:
    Database& m_db;
};

} // namespace Cb::Core
