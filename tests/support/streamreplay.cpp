#include "support/streamreplay.h"

#include "core/providers/ssedecoder.h"
#include "support/providertesting.h"

#include <gtest/gtest.h>

namespace Cb::Test {

using namespace Cb::Core;

ReplaySummary replayStream(StreamMapper& mapper, const QByteArray& bytes, qsizetype pieceSize)
{
    ReplaySummary out;
    SseDecoder decoder;
    QList<StreamEvent> events;
    const qsizetype step = pieceSize <= 0 ? std::max<qsizetype>(1, bytes.size()) : pieceSize;
    for (qsizetype i = 0; i < bytes.size(); i += step) {
        for (const SseEvent& sse :
             decoder.feed(QByteArrayView(bytes).sliced(i, std::min(step, bytes.size() - i))))
            events += mapper.map(sse);
    }
    events += mapper.finish();
    for (const StreamEvent& e : events) {
        switch (e.kind) {
        case StreamEvent::Kind::TextDelta:
            out.text += e.text;
            break;
        case StreamEvent::Kind::ReasoningDelta:
            out.reasoning += e.text;
            break;
        case StreamEvent::Kind::UsageUpdated:
            out.lastUsage = e.usage;
            break;
        case StreamEvent::Kind::ResponseIdKnown:
            out.responseIds << e.text;
            break;
        case StreamEvent::Kind::StatusChanged:
            break;
        case StreamEvent::Kind::RefusalDelta:
            out.refusal += e.text;
            break;
        case StreamEvent::Kind::ToolCallRequested:
            out.toolCalls << e.text;
            break;
        case StreamEvent::Kind::ModelTurn:
            out.calls = e.calls;
            out.modelTurn = e.native;
            break;
        case StreamEvent::Kind::Completed:
        case StreamEvent::Kind::Failed:
            ++out.terminalCount;
            if (!out.terminal)
                out.terminal = e;
            break;
        }
    }
    out.events = events;
    return out;
}

ReplaySummary checkChunkingInvariant(const std::function<std::unique_ptr<StreamMapper>()>& make,
                                     const QString& file)
{
    const QByteArray bytes = providerTranscript(file);
    const ReplaySummary ref = replayStream(*make(), bytes);
    for (qsizetype piece : {1, 7, 29}) {
        const ReplaySummary s = replayStream(*make(), bytes, piece);
        EXPECT_EQ(s.text, ref.text) << file.toStdString() << " piece " << piece;
        EXPECT_EQ(s.reasoning, ref.reasoning) << file.toStdString() << " piece " << piece;
        EXPECT_EQ(s.events.size(), ref.events.size()) << file.toStdString() << " piece " << piece;
    }
    return ref;
}

} // namespace Cb::Test
