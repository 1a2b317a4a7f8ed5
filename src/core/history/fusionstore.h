#pragma once

#include "core/common/result.h"
#include "core/history/fusionrecord.h"

namespace Cb::Core {

class Database;

// Reads and writes a run's fused plans (table `fusions`, schema 11): the fusion call as it
// progresses (like a follow-up) and, once it ends, the plan and its lineage per section.
// Each write is its own statement. Not owning the database; the thread that opened it.
class FusionStore
{
public:
    explicit FusionStore(Database& database) : m_db(database) {}

    // Records a fusion as it starts; fills in id and creation time.
    Result<qint64> insert(FusionRecord& fusion);
    // Progress or end: status, text so far, usage, cost, timings, error, plan and lineage.
    VoidResult update(const FusionRecord& fusion);
    // A run's fusions, oldest first.
    Result<QList<FusionRecord>> ofRun(qint64 runId);

    static QJsonArray lineageJson(const QList<FusionSection>& sections);
    static QList<FusionSection> lineageFrom(const QJsonArray& array);

private:
    Database& m_db;
};

} // namespace Cb::Core
