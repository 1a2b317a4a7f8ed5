#include "formats/export/pagebreaker.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <QHash>

#include <algorithm>
#include <vector>

namespace Cb::Formats {

namespace {

struct Span
{
    qreal top = 0;
    qreal bottom = 0;
};

struct Layout
{
    std::vector<Span> spans;   // must not be cut inside
    std::vector<qreal> forced; // must be cut at
};

Layout collect(QTextDocument& doc)
{
    Layout out;
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    QHash<QPair<QTextTable*, int>, Span> rows;
    Span pendingHeading{-1, -1};
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QRectF rect = layout->blockBoundingRect(b);
        const QTextLayout* tl = b.layout();
        if (!tl || rect.isNull())
            continue;
        const qreal originY = rect.top() - tl->boundingRect().top();
        const QTextBlockFormat bf = b.blockFormat();
        if (bf.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            out.forced.push_back(rect.top() - bf.topMargin());
        qreal firstLineBottom = rect.bottom();
        for (int i = 0; i < tl->lineCount(); ++i) {
            const QTextLine line = tl->lineAt(i);
            const Span s{originY + line.y(), originY + line.y() + line.height()};
            if (i == 0)
                firstLineBottom = s.bottom;
            out.spans.push_back(s);
        }
        if (pendingHeading.top >= 0) { // keep a heading with the first line after it
            out.spans.push_back({pendingHeading.top, firstLineBottom});
            pendingHeading = {-1, -1};
        }
        if (bf.headingLevel() > 0)
            pendingHeading = {rect.top(), rect.bottom()};
        QTextCursor cursor(b);
        if (QTextTable* table = cursor.currentTable()) {
            const QTextTableFormat tf = table->format();
            const qreal pad = tf.cellPadding() + tf.border();
            const auto key = qMakePair(table, table->cellAt(b.position()).row());
            auto it = rows.find(key);
            const Span cell{rect.top() - pad, rect.bottom() + pad};
            if (it == rows.end())
                rows.insert(key, cell);
            else
                *it = {qMin(it->top, cell.top), qMax(it->bottom, cell.bottom)};
        }
    }
    for (const Span& row : std::as_const(rows))
        out.spans.push_back(row);
    std::sort(out.forced.begin(), out.forced.end());
    return out;
}

} // namespace

QList<qreal> PageBreaker::cuts(QTextDocument& document, qreal pageHeight)
{
    const qreal height = document.documentLayout()->documentSize().height();
    const Layout layout = collect(document);
    constexpr qreal kEpsilon = 0.5;
    QList<qreal> result{0};
    qreal start = 0;
    while (height - start > kEpsilon) {
        qreal end = start + pageHeight;
        for (qreal f : layout.forced)
            if (f > start + kEpsilon && f < end) {
                end = f;
                break;
            }
        if (end >= height)
            break;
        // The earliest-starting span that straddles the cut and starts below the page top
        // moves the cut up to its top; spans starting at the page top are taller than a page.
        qreal best = end;
        for (const Span& s : layout.spans)
            if (s.top < end - kEpsilon && s.bottom > end + kEpsilon && s.top > start + kEpsilon)
                best = qMin(best, s.top);
        end = best;
        result.append(end);
        start = end;
    }
    return result;
}

} // namespace Cb::Formats
