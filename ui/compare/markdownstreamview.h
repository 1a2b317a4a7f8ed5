#pragma once

#include "core/compare/markdownblocksplitter.h"

#include <QTextBrowser>

namespace Cb::Ui {

// Shows a model's Markdown answer while it streams, without re-laying-out the whole document
// for each delta: finished blocks (see Core::MarkdownBlockSplitter) are converted once and
// appended; only the open last block is removed and re-rendered on each update. Feed it the
// whole text so far with setMarkdownText(); text that does not extend the previous one is
// rendered from scratch.
//
// Model output is untrusted: the view loads no resource at all (images, stylesheets, local or
// remote files) and never follows a link itself; a click emits linkActivated() so the owner can
// show the target before opening it. Keeps the scroll position unless the user was at the
// bottom, in which case it follows the text. GUI thread.
class MarkdownStreamView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MarkdownStreamView(QWidget* parent = nullptr);

    void setMarkdownText(const QString& text);
    const QString& markdownText() const { return m_text; }
    qsizetype renderedFinishedEnd() const { return m_renderedEnd; }
    // True while new text is being laid out: scroll changes then are not the user's.
    bool isUpdating() const { return m_updating; }

    QVariant loadResource(int type, const QUrl& name) override;

Q_SIGNALS:
    void linkActivated(const QUrl& url);

private:
    void appendMarkdown(const QString& markdown);
    static void compact(QTextDocument& part);
    void reset();

    QString m_text;
    Core::MarkdownBlockSplitter m_splitter;
    qsizetype m_renderedEnd = 0; // text offset up to which finished blocks are in the document
    int m_tailPosition = 0;      // document position where the rendered open block starts
    bool m_hasTail = false;
    bool m_updating = false;
};

} // namespace Cb::Ui
