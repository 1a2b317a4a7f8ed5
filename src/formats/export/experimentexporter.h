#pragma once

#include "core/common/result.h"
#include "core/experiment/experimentrecord.h"

#include <QByteArray>

namespace Cb::Formats {

// A whole experiment as one file: every case × model × repeat with its state, what it cost
// (batch calls at the batch price they were billed at), its tokens and its answer, plus the
// experiment, its cases and batches. JSON (everything, answers included), CSV (one row per
// call, RFC 4180, answers included) or Markdown (tables per case, then the answers). Every
// run passes SecretRedactor first. Pure; any thread.
class ExperimentExporter
{
public:
    enum class Format
    {
        Json,
        Csv,
        Markdown,
    };

    static std::optional<Format> formatFromName(const QString& name); // json, csv, md
    // `runs`: the cases' runs, any order; a case without a run exports as queued calls.
    static QByteArray write(const Cb::Core::ExperimentRecord& record, const QList<Cb::Core::RunRecord>& runs,
                            Format format);
};

} // namespace Cb::Formats
