#pragma once

#include "core/providers/providerkind.h"
#include "core/providers/sseevent.h"
#include "core/providers/streamevent.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <optional>

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

    // The JSON an event carries (an event without data reads as an empty object). Data that is
    // not JSON ends the call with a parse error naming the provider, so a server that sends
    // garbage is reported as such instead of looking like a model that went quiet. The sample
    // of the bad data in the message has the API key redacted.
    static std::optional<QJsonDocument> parseData(const SseEvent& event, ProviderKind kind,
                                                  const QString& apiKey, bool& terminated,
                                                  QList<StreamEvent>& out);
};

} // namespace Cb::Core
