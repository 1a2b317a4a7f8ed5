#pragma once

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

namespace Cb::Test {

// One scripted HTTP response for FakeHttpServer: status, headers and a body given as chunks
// with optional delays, plus transport mischief (random re-chunking down to single bytes, slow
// drip, dropping the connection at a byte offset, stalling, a body that never ends).
// Builder-style setters return *this.
struct FakeResponse
{
    struct Chunk
    {
        QByteArray data;
        int delayMs = 0; // wait before writing this chunk
    };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QList<Chunk> chunks;
    bool chunkedEncoding = false; // Transfer-Encoding: chunked (else Content-Length)
    bool closeDelimited = false;  // neither: the body ends when the server closes
    std::optional<quint32> randomChunkSeed;
    int maxRandomChunk = 64;
    int dripDelayMs = 0;                   // pause between consecutive pieces
    std::optional<qint64> dropAfterBytes;  // abort the connection after N body bytes
    std::optional<qint64> stallAfterBytes; // stop writing after N body bytes, keep it open
    int headerDelayMs = 0;                 // wait before the status line (first-byte timeouts)
    QByteArray endlessRepeat; // after the chunks, written every millisecond until the client leaves

    static FakeResponse json(int status, const QByteArray& body);
    static FakeResponse sse(const QByteArray& body);
    static FakeResponse text(int status, const QByteArray& body);

    FakeResponse& header(const QByteArray& name, const QByteArray& value);
    FakeResponse& body(const QByteArray& data);
    FakeResponse& chunk(const QByteArray& data, int delayMs = 0);
    FakeResponse& randomChunks(quint32 seed, int maxChunk = 64);
    FakeResponse& drip(int delayMs);
    FakeResponse& dropAfter(qint64 bodyBytes);
    FakeResponse& stallAfter(qint64 bodyBytes);
    FakeResponse& delayHeaders(int ms);
    FakeResponse& chunked(bool on = true);
    // After the scripted chunks, streams `repeated` forever (chunked encoding), as fast as the
    // client reads: for output caps and memory bounds.
    FakeResponse& endless(const QByteArray& repeated);

    QByteArray fullBody() const;
    // The pieces actually written, after random re-chunking and drip delays.
    QList<Chunk> pieces() const;
};

} // namespace Cb::Test
