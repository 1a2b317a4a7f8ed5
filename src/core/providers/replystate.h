#pragma once

#include <QString>

namespace Cb::Core {

// Where an in-flight call is. Waiting: request sent, nothing back yet. Queued / InProgress:
// the provider said so (background mode). Thinking: accepted, no answer text yet (reasoning
// deltas or silence). Streaming: answer text arriving. Retrying: backing off before another
// attempt. Resuming: reconnecting a dropped background stream. The last three are final.
enum class ReplyState
{
    Waiting,
    Queued,
    InProgress,
    Thinking,
    Streaming,
    Retrying,
    Resuming,
    Finished,
    Failed,
    Cancelled,
};

QString replyStateName(ReplyState state);
inline bool isFinalState(ReplyState s)
{
    return s == ReplyState::Finished || s == ReplyState::Failed || s == ReplyState::Cancelled;
}

} // namespace Cb::Core
