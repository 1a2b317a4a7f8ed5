#pragma once

#include "core/common/result.h"
#include "core/history/runrecord.h"

#include <QJsonObject>

namespace Cb::Formats {

// The full run record as JSON: every run field, every call, every vote. The JSON export writes
// it (after SecretRedactor) and test fixtures and benchmarks read it back. Field names are
// snake_case; absent optionals are null; times are ISO 8601 UTC with milliseconds.
// Pure functions; any thread.
class RunRecordJson
{
public:
    static constexpr int kFormatVersion = 1;
    static inline const QString kFormatMarker = QStringLiteral("contextbench.run");

    static QJsonObject toJson(const Cb::Core::RunRecord& run);
    static Cb::Core::Result<Cb::Core::RunRecord> fromJson(const QJsonObject& object);
    // Reads a file written by the JSON export.
    static Cb::Core::Result<Cb::Core::RunRecord> load(const QString& path);
};

} // namespace Cb::Formats
