#pragma once

#include "core/common/result.h"
#include "core/rating/ratingkitrecord.h"

#include <optional>

namespace Cb::Core {

class Database;

// Reads and writes the `rating_kits` table (schema 7).
class RatingKitStore
{
public:
    explicit RatingKitStore(Database& database);

    // Records a kit; fills in id, uuid (when empty), secret (when empty) and creation time.
    Result<qint64> insert(RatingKitRecord& kit);
    // The kit with this uuid, or nullopt when the history has none (never made here, or its
    // run / experiment was deleted, which deletes its kits).
    Result<std::optional<RatingKitRecord>> findByUuid(const QString& uuid);
    Result<QList<RatingKitRecord>> forRun(qint64 runId);
    Result<QList<RatingKitRecord>> forExperiment(qint64 experimentId);
    VoidResult markImported(qint64 kitId, const QString& sha256);

private:
    Result<QList<RatingKitRecord>> select(const QString& where, const QVariant& bind);

    Database& m_db;
};

} // namespace Cb::Core
