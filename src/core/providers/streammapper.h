#pragma once

#include "core/providers/sseevent.h"
#include "core/providers/streamevent.h"

#include <QList>

namespace Cb::Core {

// Turns one provider's SSE events into provider-neutral StreamEvents. Stateful per call (think
// tags, sequence numbers, cumulative usage) but pure: no I/O. One instance per reply.
class StreamMapper
{
public:
    virtual ~StreamMapper() = default;
    virtual QList<StreamEvent> map(const SseEvent& event) = 0;
    // The body ended (EOF). Returns Completed when the stream may legitimately end here,
    // otherwise Failed describing the truncation.
    virtual QList<StreamEvent> finish() = 0;
    // A terminal event (Completed/Failed) has been produced.
    virtual bool terminated() const = 0;
    // Last provider sequence number seen (Responses), for resuming a dropped stream.
    virtual qint64 lastSequence() const { return -1; }

protected:
    // The finish() result for a body that ended before the provider's terminal event.
    static QList<StreamEvent> streamCut(bool& terminated, const QString& message)
    {
        if (terminated)
            return {};
        terminated = true;
        return {StreamEvent::failed(Error(ErrorCode::Network, message))};
    }
};

} // namespace Cb::Core
