#include "core/providers/replystate.h"

namespace Cb::Core {

QString replyStateName(ReplyState state)
{
    switch (state) {
    case ReplyState::Waiting:
        return QStringLiteral("waiting");
    case ReplyState::Queued:
        return QStringLiteral("queued");
    case ReplyState::InProgress:
        return QStringLiteral("in_progress");
    case ReplyState::Thinking:
        return QStringLiteral("thinking");
    case ReplyState::Streaming:
        return QStringLiteral("streaming");
    case ReplyState::Retrying:
        return QStringLiteral("retrying");
    case ReplyState::Resuming:
        return QStringLiteral("resuming");
    case ReplyState::Finished:
        return QStringLiteral("finished");
    case ReplyState::Failed:
        return QStringLiteral("failed");
    case ReplyState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace Cb::Core
