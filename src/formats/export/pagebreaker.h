#pragma once

#include <QList>

class QTextDocument;

namespace Cb::Formats {

// Where to cut a laid-out QTextDocument into pages so nothing is cut in half: no text line
// (so no code line), no table row that fits on a page, no heading left alone at the bottom of
// a page. Blocks with QTextBlockFormat::PageBreak_AlwaysBefore start a new page.
//
// The document is laid out once at the page's text width and unlimited height; the cuts are
// y positions in its coordinates, and page i shows [cuts[i], cuts[i+1]). Drawing each slice with
// QTextDocument::drawContents and a clip keeps Qt's own layout (and so selectable text) intact.
// A row or line taller than a page is cut at the page height, as a last resort.
// Stateless; reads the document on the calling thread.
class PageBreaker
{
public:
    // Starts of pages, beginning with 0; the last page ends at the document height.
    static QList<qreal> cuts(QTextDocument& document, qreal pageHeight);
};

} // namespace Cb::Formats
