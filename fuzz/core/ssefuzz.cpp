#include "core/providers/ssedecoder.h"
#include "fuzz/core/corefuzzentries.h"

namespace Cb::Fuzz {

namespace {

using Core::SseDecoder;
using Core::SseEvent;

struct Decoded
{
    QList<SseEvent> events;
    bool pending = false;
    qint64 comments = 0;
    std::optional<int> retryMs;
    QString lastEventId;
};

// Feeds the stream in pieces of `step` bytes (0 = whole).
Decoded decode(QByteArrayView bytes, qsizetype step)
{
    SseDecoder decoder;
    Decoded d;
    if (step <= 0) {
        d.events = decoder.feed(bytes);
    } else {
        for (qsizetype at = 0; at < bytes.size(); at += step)
            d.events += decoder.feed(bytes.sliced(at, std::min(step, bytes.size() - at)));
    }
    d.pending = decoder.hasPendingData();
    d.comments = decoder.commentCount();
    d.retryMs = decoder.retryMs();
    d.lastEventId = decoder.lastEventId();
    return d;
}

QString describe(const Decoded& d)
{
    return QStringLiteral("%1 events, pending %2, %3 comments")
        .arg(d.events.size())
        .arg(d.pending)
        .arg(d.comments);
}

bool same(const Decoded& a, const Decoded& b)
{
    if (a.events.size() != b.events.size() || a.pending != b.pending ||
        a.comments != b.comments || a.retryMs != b.retryMs || a.lastEventId != b.lastEventId)
        return false;
    for (qsizetype i = 0; i < a.events.size(); ++i) {
        const SseEvent& x = a.events.at(i);
        const SseEvent& y = b.events.at(i);
        if (x.event != y.event || x.data != y.data || x.id != y.id)
            return false;
    }
    return true;
}

} // namespace

int fuzzSse(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const Decoded whole = decode(bytes, 0);
    // Network reads split anywhere: one byte, a small odd step, and a step taken from the input
    // so the fuzzer can steer where the cuts fall.
    const qsizetype steered = size > 0 ? 1 + data[size - 1] % 13 : 1;
    for (const qsizetype step : {qsizetype(1), qsizetype(3), steered}) {
        const Decoded split = decode(bytes, step);
        check(same(whole, split),
              QStringLiteral("SSE decoding depends on read boundaries (step %1): whole gave %2, "
                             "split gave %3")
                  .arg(step)
                  .arg(describe(whole), describe(split)));
    }
    return 0;
}

} // namespace Cb::Fuzz
