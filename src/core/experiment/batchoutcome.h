#pragma once

#include "core/history/runrecord.h"
#include "core/models/modelinfo.h"
#include "core/providers/batch/batchlineresult.h"

#include <optional>

namespace Cb::Core {

// How one batch result is written into its recorded call, as ReplyOutcome does for live
// replies: a success exactly like a finished streamed call but billed at the batch price; an
// expired, cancelled or missing request as failed/cancelled with the outcome as its error code
// ("expired" calls are the ones to offer for a re-run). Pure.
namespace BatchOutcome {

void apply(CallRecord& call, const BatchLineResult& line, const std::optional<ModelInfo>& info,
           const QDateTime& now);

} // namespace BatchOutcome

} // namespace Cb::Core
