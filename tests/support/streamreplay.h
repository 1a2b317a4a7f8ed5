#pragma once

#include "core/providers/streammapper.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Cb::Test {

// What a mapper made of a whole transcript: joined text and reasoning, the last usage, the
// terminal event and every event in order.
struct ReplaySummary
{
    QString text;
    QString reasoning;
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

} // namespace Cb::Test
