#include "ui/compare/markdownstreamview.h"

#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QTextTable>

namespace Cb::Ui {

MarkdownStreamView::MarkdownStreamView(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    document()->setDocumentMargin(8);
    document()->setUndoRedoEnabled(false);
    connect(this, &QTextBrowser::anchorClicked, this, &MarkdownStreamView::linkActivated);
}

QVariant MarkdownStreamView::loadResource(int, const QUrl&)
{
    return {}; // untrusted content: no images, no stylesheets, no files
}

void MarkdownStreamView::reset()
{
    clear();
    m_splitter.reset();
    m_renderedEnd = 0;
    m_tailPosition = 0;
    m_hasTail = false;
}

void MarkdownStreamView::setMarkdownText(const QString& text)
{
    if (text == m_text)
        return;
    if (!text.startsWith(m_text))
        reset();
    m_text = text;
    m_updating = true;

    QScrollBar* bar = verticalScrollBar();
    const bool following = bar->value() >= bar->maximum() - 4;
    const int keep = bar->value();

    QTextCursor cursor(document());
    cursor.beginEditBlock();
    if (m_hasTail) {
        // The open block was appended after the last finished character: cut from there.
        cursor.setPosition(m_tailPosition);
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        if (document()->isEmpty()) {
            cursor.setBlockFormat(QTextBlockFormat());
            cursor.setBlockCharFormat(QTextCharFormat());
        }
        m_hasTail = false;
    }
    const qsizetype finished = m_splitter.feed(m_text);
    if (finished > m_renderedEnd) {
        appendMarkdown(m_text.mid(m_renderedEnd, finished - m_renderedEnd));
        m_renderedEnd = finished;
    }
    const QString tail = m_text.mid(m_renderedEnd);
    if (!tail.trimmed().isEmpty()) {
        m_tailPosition = document()->characterCount() - 1;
        appendMarkdown(tail);
        m_hasTail = true;
    }
    cursor.endEditBlock();
    bar->setValue(following ? bar->maximum() : keep);
    m_updating = false;
}

void MarkdownStreamView::compact(QTextDocument& part)
{
    // Columns are narrow: headings one or two steps above the text instead of Qt's xx-large,
    // and code blocks on a tinted background so they read as code.
    for (QTextBlock b = part.begin(); b.isValid(); b = b.next()) {
        QTextCursor cursor(b);
        if (const int level = b.blockFormat().headingLevel(); level > 0) {
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            QTextCharFormat f;
            f.setProperty(QTextFormat::FontSizeAdjustment, std::max(0, 3 - level));
            cursor.mergeCharFormat(f);
        } else if (b.blockFormat().hasProperty(QTextFormat::BlockCodeFence) || b.blockFormat().nonBreakableLines()) {
            QTextBlockFormat f;
            f.setBackground(QColor(0xf3, 0xf4, 0xf6));
            cursor.mergeBlockFormat(f);
        }
    }
}

void MarkdownStreamView::appendMarkdown(const QString& markdown)
{
    QTextDocument part;
    part.setMarkdown(markdown);
    if (part.isEmpty())
        return;
    compact(part);
    const QTextBlock first = part.begin();
    // Formats refer to objects (lists) of the source document by index: drop the reference.
    QTextBlockFormat blockFormat = first.blockFormat();
    blockFormat.setObjectIndex(-1);
    QTextCharFormat charFormat = first.charFormat();
    charFormat.setObjectIndex(-1);
    // A list or table brings its own blocks; a plain first block needs one to land in, or it
    // would merge into the last paragraph and lose its heading level.
    const bool structured = first.textList() || QTextCursor(first).currentTable();

    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!structured) {
        if (document()->isEmpty())
            cursor.setBlockFormat(blockFormat);
        else
            cursor.insertBlock(blockFormat, charFormat);
    }
    QTextCursor all(&part);
    all.select(QTextCursor::Document);
    cursor.insertFragment(all.selection());
}

} // namespace Cb::Ui
