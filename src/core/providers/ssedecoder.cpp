#include "core/providers/ssedecoder.h"

namespace Cb::Core {

namespace {

qsizetype findLineBreak(const char* p, qsizetype from, qsizetype size)
{
    for (qsizetype i = from; i < size; ++i) {
        if (p[i] == '\n' || p[i] == '\r')
            return i;
    }
    return -1;
}

} // namespace

QList<SseEvent> SseDecoder::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    const char* p = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    // A CR ended the previous chunk: an LF opening this one belongs to the same line break.
    if (m_skipLeadingLf && n > 0) {
        if (p[0] == '\n')
            i = 1;
        m_skipLeadingLf = false;
    }
    while (i < n) {
        const qsizetype brk = findLineBreak(p, i, n);
        if (brk < 0) {
            m_line.append(p + i, n - i);
            break;
        }
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(p + i, brk - i), out);
        } else {
            m_line.append(p + i, brk - i);
            processLine(m_line, out);
            m_line.clear();
        }
        qsizetype next = brk + 1;
        if (p[brk] == '\r') {
            if (next < n) {
                if (p[next] == '\n')
                    ++next;
            } else {
                m_skipLeadingLf = true;
            }
        }
        i = next;
    }
    return out;
}

bool SseDecoder::hasPendingData() const
{
    return !m_line.isEmpty() || m_hasData || m_hasEvent;
}

void SseDecoder::reset()
{
    *this = SseDecoder();
}

void SseDecoder::processLine(QByteArrayView line, QList<SseEvent>& out)
{
    if (m_atStreamStart) {
        m_atStreamStart = false;
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':') {
        ++m_comments;
        return;
    }
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);

    if (field == "data") {
        m_data.append(value.data(), value.size());
        m_data.append('\n');
        m_hasData = true;
    } else if (field == "event") {
        m_event = QString::fromUtf8(value);
        m_hasEvent = true;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (ok && ms >= 0 && !value.contains('+') && !value.contains('-'))
            m_retryMs = ms;
    }
    // Unknown fields are ignored, as the spec requires.
}

void SseDecoder::dispatch(QList<SseEvent>& out)
{
    if (m_hasData || m_hasEvent) {
        if (m_data.endsWith('\n'))
            m_data.chop(1);
        out.append(SseEvent{m_event, QString::fromUtf8(m_data), m_lastEventId});
    }
    m_data.clear();
    m_event.clear();
    m_hasData = false;
    m_hasEvent = false;
}

} // namespace Cb::Core
