#include "core/compare/markdownblocksplitter.h"

#include <QRegularExpression>

namespace Cb::Core {

namespace {

const QRegularExpression& fenceLine()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    return re;
}

const QRegularExpression& headingLine()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}#{1,6}(?:[ \\t]|$)"));
    return re;
}

const QRegularExpression& listItem()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]|$)"));
    return re;
}

bool isBlank(QStringView line)
{
    for (QChar c : line)
        if (!c.isSpace())
            return false;
    return true;
}

} // namespace

QString MarkdownBlockSplitter::fenceOpening(const QString& line)
{
    return fenceLine().match(line).captured(1);
}

bool MarkdownBlockSplitter::closesFence(const QString& line, const QString& fence)
{
    const QString run = fenceOpening(line);
    return !run.isEmpty() && run.startsWith(fence) && line.trimmed() == run;
}

qsizetype MarkdownBlockSplitter::feed(const QString& text)
{
    for (;;) {
        const qsizetype nl = text.indexOf(QLatin1Char('\n'), m_scanned);
        if (nl < 0)
            break;
        scanLine(text, m_scanned, nl + 1);
        m_scanned = nl + 1;
    }
    return m_finishedEnd;
}

void MarkdownBlockSplitter::scanLine(const QString& text, qsizetype start, qsizetype end)
{
    const QString line = text.mid(start, end - start - 1); // without the '\n'
    if (!m_fence.isEmpty()) {
        if (closesFence(line, m_fence)) {
            m_fence.clear();
            m_finishedEnd = end;
            m_blockEmpty = true;
            m_blockHasList = false;
        }
        return;
    }
    if (isBlank(line)) {
        if (!m_blockEmpty && m_pendingBlank < 0)
            m_pendingBlank = end;
        else if (m_pendingBlank >= 0)
            m_pendingBlank = end;
        return;
    }
    const bool indented = line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'));
    const bool item = listItem().match(line).hasMatch();
    if (m_pendingBlank >= 0) {
        if (!indented && !(item && m_blockHasList)) {
            m_finishedEnd = m_pendingBlank;
            m_blockEmpty = true;
            m_blockHasList = false;
        }
        m_pendingBlank = -1;
    }
    if (const QString fence = fenceOpening(line); !fence.isEmpty()) {
        // A fence opens a block of its own: what came before it is finished.
        if (!m_blockEmpty && !indented)
            m_finishedEnd = start;
        m_fence = fence;
        m_blockEmpty = false;
        return;
    }
    if (!indented && headingLine().match(line).hasMatch()) {
        m_finishedEnd = end;
        m_blockEmpty = true;
        m_blockHasList = false;
        return;
    }
    m_blockEmpty = false;
    m_blockHasList = m_blockHasList || item;
}

} // namespace Cb::Core
