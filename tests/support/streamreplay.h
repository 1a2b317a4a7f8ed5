#pragma once

#include "core/providers/streammapper.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace Cb::Test {

// What a mapper made of a whole transcript: joined text and reasoning, the last usage, the
// terminal event and every event in order.
struct ReplaySummary
{
    QString text;
    QString reasoning;
    QString refusal;
    QStringList toolCalls; // every ToolCallRequested, in order (repeats included)
    QList<Core::ToolCall> calls; // from the ModelTurn event, if any
    QJsonValue modelTurn;
    std::optional<Core::Usage> lastUsage;
    std::optional<Core::StreamEvent> terminal;
    QStringList responseIds;
    QList<Core::StreamEvent> events;
    int terminalCount = 0;
};

// Feeds `bytes` through an SseDecoder into `mapper` in pieces of `pieceSize` bytes (0 = all at
// once), then calls finish() as at EOF. No network involved.
ReplaySummary replayStream(Core::StreamMapper& mapper, const QByteArray& bytes,
                           qsizetype pieceSize = 0);

// Replays a transcript file whole and in 1-, 7- and 29-byte pieces with fresh mappers, records a
// gtest failure if any chunking changes the text, reasoning or event count, and returns the
// whole-stream summary.
template <typename Mapper> ReplaySummary replayTranscriptAllWays(const QString& file);

// Implemented for each mapper in streamreplay.cpp.
ReplaySummary
checkChunkingInvariant(const std::function<std::unique_ptr<Core::StreamMapper>()>& make,
                       const QString& file);

template <typename Mapper> ReplaySummary replayTranscriptAllWays(const QString& file)
{
    return checkChunkingInvariant([] { return std::make_unique<Mapper>(); }, file);
}

} // namespace Cb::Test
