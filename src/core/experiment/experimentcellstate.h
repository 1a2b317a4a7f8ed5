#pragma once

#include "core/history/runrecord.h"

namespace Cb::Core {

// Where one call of an experiment stands, as the matrix shows it and exports name it. A call
// held for a batch that has no batch yet is Queued; one inside a created batch is InBatch.
enum class ExperimentCellState : quint8
{
    Queued,
    InBatch,
    Running,
    Done,
    Failed,
    Refused,
    Expired,
    Cancelled,
};

namespace ExperimentCellStates {

ExperimentCellState of(const CallRecord& call);
QString name(ExperimentCellState state); // "queued", "in_batch", ...
// Whether the state is final (nothing more will happen without a re-run).
bool isFinal(ExperimentCellState state);

} // namespace ExperimentCellStates

} // namespace Cb::Core
