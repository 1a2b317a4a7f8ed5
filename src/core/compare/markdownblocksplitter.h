#pragma once

#include <QString>

namespace Cb::Core {

// Finds where the finished Markdown blocks of a streaming answer end, so a view can render
// them once and re-render only the open last block as more text arrives.
//
// Only complete lines are looked at. A block is finished after
//   - an ATX heading line ("## Plan"),
//   - the closing line of a fenced code block,
//   - a blank line, once the next non-blank line shows that a new block starts there: not
//     when it is indented (a list item's continuation or indented code) and not when it is a
//     list item following a list (splitting a loose list would restart its numbering).
// Blank lines inside fenced code never end a block.
//
// Incremental: feed() scans only what it has not seen, so a long answer costs O(delta) per
// call. Feed the whole text so far, append-only; call reset() when the text is replaced.
// A value; any thread.
class MarkdownBlockSplitter
{
public:
    // Returns the offset up to which the text consists of finished blocks.
    qsizetype feed(const QString& text);
    qsizetype finishedEnd() const { return m_finishedEnd; }
    void reset() { *this = MarkdownBlockSplitter(); }

    // Shared with other Markdown readers: the fence run ("```", "~~~~") a line opens with, or
    // empty; and whether `line` closes a block opened by `fence`.
    static QString fenceOpening(const QString& line);
    static bool closesFence(const QString& line, const QString& fence);

private:
    void scanLine(const QString& text, qsizetype start, qsizetype end);

    qsizetype m_scanned = 0;     // start of the first line not yet scanned
    qsizetype m_finishedEnd = 0;
    qsizetype m_pendingBlank = -1; // end of a blank line that may close the current block
    QString m_fence;             // the open fence ("```", "~~~~"), empty outside code
    bool m_blockHasList = false;
    bool m_blockEmpty = true;
};

} // namespace Cb::Core
