// SSE decoding and per-provider JSON mapping throughput on recorded-style streams (MB/s).
// Streams are built from the transcripts in tests/data/providers: the delta events are repeated
// with increasing sequence numbers until the stream is a few MB, then fed in 1400-byte pieces
// (one TCP segment) as the network would deliver them.
#include "core/providers/anthropicprotocol.h"
#include "core/providers/chatcompletionsprotocol.h"
#include "core/providers/responsesprotocol.h"
#include "core/providers/ssedecoder.h"

#include <QFile>
#include <QRegularExpression>

#include <benchmark/benchmark.h>

using namespace Cb::Core;

namespace {

QByteArray transcript(const char* name)
{
    QFile f(QStringLiteral(CB_BENCH_DATA_DIR "/providers/") + QString::fromLatin1(name));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// Repeats the event blocks containing `marker`, renumbering "sequence_number":N when present.
QByteArray inflate(const QByteArray& t, const QByteArray& marker, qsizetype targetBytes)
{
    const QList<QByteArray> blocks = QByteArray(t).replace("\n\n", "\x1e").split('\x1e');
    QByteArray head, delta, tail;
    for (const QByteArray& b : blocks) {
        if (b.trimmed().isEmpty())
            continue;
        if (b.contains(marker))
            delta = b + "\n\n";
        else
            (delta.isEmpty() ? head : tail) += b + "\n\n";
    }
    static const QRegularExpression seq(QStringLiteral("\"sequence_number\":\\d+"));
    QString out = QString::fromUtf8(head);
    const QString d = QString::fromUtf8(delta);
    int n = 1000;
    while (out.size() < targetBytes)
        out += QString(d).replace(seq, QStringLiteral("\"sequence_number\":%1").arg(n++));
    out += QString::fromUtf8(tail).replace(seq, QStringLiteral("\"sequence_number\":%1").arg(n));
    return out.toUtf8();
}

template <typename Mapper> void runMapped(benchmark::State& state, const QByteArray& stream)
{
    qint64 chars = 0;
    for (auto _ : state) {
        SseDecoder decoder;
        Mapper mapper;
        for (qsizetype i = 0; i < stream.size(); i += 1400) {
            for (const SseEvent& e : decoder.feed(QByteArrayView(stream).sliced(
                     i, std::min<qsizetype>(1400, stream.size() - i)))) {
                for (const StreamEvent& ev : mapper.map(e))
                    chars += ev.text.size();
            }
        }
        benchmark::DoNotOptimize(chars);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * stream.size());
}

void BM_SseDecoderOnly(benchmark::State& state)
{
    const QByteArray stream =
        inflate(transcript("responses_text.sse"), "output_text.delta", 4 << 20);
    qint64 events = 0;
    for (auto _ : state) {
        SseDecoder decoder;
        for (qsizetype i = 0; i < stream.size(); i += 1400)
            events += decoder
                          .feed(QByteArrayView(stream).sliced(
                              i, std::min<qsizetype>(1400, stream.size() - i)))
                          .size();
        benchmark::DoNotOptimize(events);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * stream.size());
}

void BM_ResponsesDecodeAndMap(benchmark::State& state)
{
    runMapped<ResponsesProtocol>(
        state, inflate(transcript("responses_text.sse"), "output_text.delta", 4 << 20));
}

void BM_ChatCompletionsDecodeAndMap(benchmark::State& state)
{
    runMapped<ChatCompletionsProtocol>(state,
                                       inflate(transcript("chat_basic.sse"), "\"Hello\"", 4 << 20));
}

void BM_AnthropicDecodeAndMap(benchmark::State& state)
{
    runMapped<AnthropicProtocol>(state,
                                 inflate(transcript("anthropic_basic.sse"), "\"Hello\"", 4 << 20));
}

} // namespace

BENCHMARK(BM_SseDecoderOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ResponsesDecodeAndMap)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ChatCompletionsDecodeAndMap)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AnthropicDecodeAndMap)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
