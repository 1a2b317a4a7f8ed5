#pragma once

#include "core/providers/sseevent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Cb::Core {

// Incremental text/event-stream decoder (WHATWG rules, see PROTOCOLS.md §9).
// Pure: bytes in, complete events out; no I/O, no signals, no Qt event loop.
// Lines end at CR, LF or CRLF, also when the CR and the LF arrive in different feed() calls.
// Bytes are decoded as UTF-8 only once a whole line is known, so multi-byte characters split
// across network reads survive. An event is dispatched on a blank line only; an unterminated
// final event stays pending (hasPendingData()) and is never returned.
// Not thread-safe; use one decoder per stream.
class SseDecoder
{
public:
    // Decodes the next piece of the stream and returns the events it completed, in order.
    QList<SseEvent> feed(QByteArrayView bytes);

    // True when bytes of an unfinished line or an undispatched event are buffered: at EOF
    // this means the stream was cut.
    bool hasPendingData() const;

    // Comment lines (": keep-alive") seen so far; useful to tell a live server from a dead one.
    qint64 commentCount() const { return m_comments; }
    std::optional<int> retryMs() const { return m_retryMs; }
    QString lastEventId() const { return m_lastEventId; }

    void reset();

private:
    void processLine(QByteArrayView line, QList<SseEvent>& out);
    void dispatch(QList<SseEvent>& out);

    QByteArray m_line;
    QByteArray m_data;
    QString m_event;
    QString m_lastEventId;
    std::optional<int> m_retryMs;
    qint64 m_comments = 0;
    bool m_hasData = false;
    bool m_hasEvent = false;
    bool m_skipLeadingLf = false;
    bool m_atStreamStart = true;
};

} // namespace Cb::Core
