#pragma once

#include <QList>
#include <QString>

namespace Cb::Core {

// Splits inline <think>…</think> reasoning out of streamed answer text (DeepSeek-R1 style
// models behind servers that do not parse reasoning). Tags may be split across deltas: a
// possible partial tag at the end of a delta is held back until the next one decides.
// Pure and incremental; one instance per stream.
class ThinkTagSplitter
{
public:
    struct Piece
    {
        bool reasoning = false;
        QString text;
    };

    QList<Piece> feed(const QString& delta);
    // End of stream: releases any held-back characters.
    QList<Piece> flush();
    bool insideThink() const { return m_inside; }

private:
    void emitText(QList<Piece>& out, QString text);

    QString m_pending;
    bool m_inside = false;
    bool m_trimAfterClose = false;
};

} // namespace Cb::Core
