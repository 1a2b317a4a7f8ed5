#include "core/experiment/experimentcellstate.h"

namespace Cb::Core::ExperimentCellStates {

ExperimentCellState of(const CallRecord& c)
{
    switch (c.status) {
    case CallStatus::Done:
        return ExperimentCellState::Done;
    case CallStatus::Refused:
        return ExperimentCellState::Refused;
    case CallStatus::Cancelled:
        return ExperimentCellState::Cancelled;
    case CallStatus::Failed:
        // BatchOutcome records a request the 24 h window never reached as "expired".
        return c.errorCode == QLatin1String("expired") ? ExperimentCellState::Expired : ExperimentCellState::Failed;
    case CallStatus::Queued:
        return ExperimentCellState::Queued;
    case CallStatus::Waiting:
        // The runner marks batch calls Waiting once their batch exists.
        return c.batchCustomId.isEmpty() ? ExperimentCellState::Running : ExperimentCellState::InBatch;
    case CallStatus::Thinking:
    case CallStatus::Streaming:
        return ExperimentCellState::Running;
    }
    return ExperimentCellState::Failed;
}

QString name(ExperimentCellState s)
{
    switch (s) {
    case ExperimentCellState::Queued:
        return QStringLiteral("queued");
    case ExperimentCellState::InBatch:
        return QStringLiteral("in_batch");
    case ExperimentCellState::Running:
        return QStringLiteral("running");
    case ExperimentCellState::Done:
        return QStringLiteral("done");
    case ExperimentCellState::Failed:
        return QStringLiteral("failed");
    case ExperimentCellState::Refused:
        return QStringLiteral("refused");
    case ExperimentCellState::Expired:
        return QStringLiteral("expired");
    case ExperimentCellState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

bool isFinal(ExperimentCellState s)
{
    return s != ExperimentCellState::Queued && s != ExperimentCellState::InBatch && s != ExperimentCellState::Running;
}

} // namespace Cb::Core::ExperimentCellStates
