#include "support/fakeresponse.h"

#include <random>

namespace Cb::Test {

FakeResponse FakeResponse::json(int status, const QByteArray& body)
{
    FakeResponse r;
    r.status = status;
    r.header("Content-Type", "application/json");
    r.body(body);
    return r;
}

FakeResponse FakeResponse::sse(const QByteArray& body)
{
    FakeResponse r;
    r.header("Content-Type", "text/event-stream");
    r.chunkedEncoding = true;
    r.body(body);
    return r;
}

FakeResponse FakeResponse::text(int status, const QByteArray& body)
{
    FakeResponse r;
    r.status = status;
    r.header("Content-Type", "text/plain");
    r.body(body);
    return r;
}

FakeResponse& FakeResponse::header(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

FakeResponse& FakeResponse::body(const QByteArray& data)
{
    chunks = {Chunk{data, 0}};
    return *this;
}

FakeResponse& FakeResponse::chunk(const QByteArray& data, int delayMs)
{
    chunks.append(Chunk{data, delayMs});
    return *this;
}

FakeResponse& FakeResponse::randomChunks(quint32 seed, int maxChunk)
{
    randomChunkSeed = seed;
    maxRandomChunk = std::max(1, maxChunk);
    return *this;
}

FakeResponse& FakeResponse::drip(int delayMs)
{
    dripDelayMs = delayMs;
    return *this;
}

FakeResponse& FakeResponse::dropAfter(qint64 bodyBytes)
{
    dropAfterBytes = bodyBytes;
    return *this;
}

FakeResponse& FakeResponse::stallAfter(qint64 bodyBytes)
{
    stallAfterBytes = bodyBytes;
    return *this;
}

FakeResponse& FakeResponse::delayHeaders(int ms)
{
    headerDelayMs = ms;
    return *this;
}

FakeResponse& FakeResponse::chunked(bool on)
{
    chunkedEncoding = on;
    return *this;
}

FakeResponse& FakeResponse::endless(const QByteArray& repeated)
{
    endlessRepeat = repeated;
    chunkedEncoding = true;
    return *this;
}

QByteArray FakeResponse::fullBody() const
{
    QByteArray all;
    for (const Chunk& c : chunks)
        all += c.data;
    return all;
}

QList<FakeResponse::Chunk> FakeResponse::pieces() const
{
    QList<Chunk> out;
    std::mt19937 rng(randomChunkSeed.value_or(0));
    std::uniform_int_distribution<int> len(1, maxRandomChunk);
    for (const Chunk& c : chunks) {
        if (!randomChunkSeed) {
            out.append(Chunk{c.data, c.delayMs + (out.isEmpty() ? 0 : dripDelayMs)});
            continue;
        }
        qsizetype i = 0;
        bool first = true;
        while (i < c.data.size()) {
            const qsizetype n = std::min<qsizetype>(len(rng), c.data.size() - i);
            const int delay = (first ? c.delayMs : 0) + (out.isEmpty() ? 0 : dripDelayMs);
            out.append(Chunk{c.data.mid(i, n), delay});
            i += n;
            first = false;
        }
    }
    return out;
}

} // namespace Cb::Test
