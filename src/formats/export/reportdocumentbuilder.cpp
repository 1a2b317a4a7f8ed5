#include "formats/export/reportdocumentbuilder.h"

#include "formats/export/emojiimages.h"
#include "formats/export/markdownstyler.h"
#include "formats/export/reportfonts.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextImageFormat>
#include <QTextTable>

namespace Cb::Formats {

namespace {

// A new block after whatever came before; the very first block of a document is reused.
void newBlock(QTextCursor& cursor, const QTextBlockFormat& bf, const QTextCharFormat& cf)
{
    if (cursor.document()->isEmpty() && cursor.position() == 0) {
        cursor.setBlockFormat(bf);
        cursor.setBlockCharFormat(cf);
        cursor.setCharFormat(cf);
    } else {
        cursor.insertBlock(bf, cf);
    }
}

QTextCharFormat textFormat(const QColor& color, qreal pointSize, bool bold = false)
{
    QTextCharFormat cf;
    cf.setForeground(color);
    cf.setFontPointSize(pointSize);
    cf.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return cf;
}

} // namespace

ReportDocumentBuilder::ReportDocumentBuilder(QPaintDevice* device, qreal textWidth,
                                             qreal basePointSize, Cb::Core::ReportLanguage language)
    : m_device(device), m_textWidth(textWidth), m_basePointSize(basePointSize), m_language(std::move(language))
{
}

std::unique_ptr<SafeTextDocument> ReportDocumentBuilder::newDocument() const
{
    auto doc = std::make_unique<SafeTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(ReportFonts::body(m_basePointSize));
    doc->setDocumentMargin(0);
    return doc;
}

void ReportDocumentBuilder::layOut(QTextDocument& document) const
{
    EmojiImages::replace(document);
    // Only now: a layout attached while content is inserted would relayout after every edit.
    document.documentLayout()->setPaintDevice(m_device);
    document.setTextWidth(m_textWidth);
    document.documentLayout()->documentSize();
}

void ReportDocumentBuilder::addHeading(QTextCursor& cursor, const QString& text, int level,
                                       bool newPage) const
{
    QTextBlockFormat bf;
    bf.setHeadingLevel(level);
    bf.setTopMargin(newPage ? 0 : 16);
    bf.setBottomMargin(6);
    if (newPage)
        bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    const qreal size = level == 1 ? 20 : level == 2 ? 15 : 12;
    const QTextCharFormat cf = textFormat(ReportFonts::accent(), size, true);
    newBlock(cursor, bf, cf);
    cursor.insertText(text, cf);
}

void ReportDocumentBuilder::addParagraph(QTextCursor& cursor, const QString& text,
                                         const QColor& color, qreal pointSize, bool italic) const
{
    QTextBlockFormat bf;
    bf.setBottomMargin(4);
    QTextCharFormat cf = textFormat(color, pointSize);
    cf.setFontItalic(italic);
    newBlock(cursor, bf, cf);
    cursor.insertText(text, cf);
}

void ReportDocumentBuilder::addTitle(QTextCursor& cursor, const ReportOutline& report,
                                     qreal maxChartHeight) const
{
    addHeading(cursor, report.title, 1, false);
    addParagraph(cursor, report.subtitle, ReportFonts::muted(), 11);
    addTable(cursor, report.summary, 9);
    addTable(cursor, report.outputsTable, 7.5);
    for (const ReportTable& t : report.stats)
        addTable(cursor, t, 8);
    addCharts(cursor, report.charts, maxChartHeight);
}

void ReportDocumentBuilder::addCharts(QTextCursor& cursor, const QList<ReportChart>& charts,
                                      qreal maxHeight) const
{
    if (charts.isEmpty())
        return;
    addHeading(cursor, m_language.translate("Report", "Charts"), 2, false);
    for (int i = 0; i < charts.size(); ++i) {
        const ReportChart& chart = charts[i];
        // Registered with the document: SafeTextDocument serves its own resources and nothing else.
        const QUrl name(QStringLiteral("cb-chart:%1").arg(i));
        cursor.document()->addResource(QTextDocument::ImageResource, name, chart.image);
        const qreal aspect = qreal(chart.image.height()) / chart.image.width();
        // Image formats are sized in 96-dpi pixels, scaled up to the device's resolution by
        // the layout; the text width and page height are in device pixels.
        const qreal toImageUnits = m_device ? 96.0 / m_device->logicalDpiY() : 1.0;
        const qreal width = qMin(m_textWidth, maxHeight / aspect) * toImageUnits;
        QTextImageFormat image;
        image.setName(name.toString());
        image.setWidth(width);
        image.setHeight(width * aspect);
        QTextBlockFormat bf;
        bf.setTopMargin(10);
        bf.setAlignment(Qt::AlignHCenter);
        // One image in its own block is one text line: PageBreaker never cuts a line.
        newBlock(cursor, bf, QTextCharFormat());
        cursor.insertImage(image);
        addParagraph(cursor, chart.title + QStringLiteral(". ") + chart.caption, ReportFonts::muted(),
                     m_basePointSize * 0.85, true);
    }
}

void ReportDocumentBuilder::addTable(QTextCursor& cursor, const ReportTable& table,
                                     qreal pointSize) const
{
    if (!table.heading.isEmpty())
        addHeading(cursor, table.heading, 2, false);
    const bool keyValue = table.header.isEmpty();
    const int columns = int(keyValue ? (table.rows.isEmpty() ? 0 : table.rows.first().size())
                                     : table.header.size());
    if (columns == 0)
        return;
    const int rows = int(table.rows.size()) + (keyValue ? 0 : 1);
    QTextTableFormat tf;
    MarkdownStyler::styleTableFormat(tf, 3);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    if (keyValue)
        tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 18),
                                      QTextLength(QTextLength::PercentageLength, 82)});
    QTextTable* t = cursor.insertTable(rows, columns, tf);
    auto fill = [&](int row, int col, const QString& text, bool bold, bool tinted) {
        QTextTableCell cell = t->cellAt(row, col);
        if (tinted) {
            QTextCharFormat cellFormat = cell.format();
            cellFormat.setBackground(ReportFonts::headerBackground());
            cell.setFormat(cellFormat);
        }
        QTextCursor c = cell.firstCursorPosition();
        if (table.numericColumns.contains(col) && row > 0) {
            QTextBlockFormat bf = c.blockFormat();
            bf.setAlignment(Qt::AlignRight);
            c.setBlockFormat(bf);
        }
        c.insertText(text, textFormat(ReportFonts::ink(), pointSize, bold));
    };
    int row = 0;
    if (!keyValue) {
        for (int col = 0; col < columns; ++col)
            fill(row, col, table.header[col], true, true);
        ++row;
    }
    for (const QStringList& r : table.rows) {
        for (int col = 0; col < columns; ++col)
            fill(row, col, r.value(col), keyValue && col == 0, keyValue && col == 0);
        ++row;
    }
    cursor.movePosition(QTextCursor::End);
    if (!table.note.isEmpty())
        addParagraph(cursor, table.note, ReportFonts::muted(), pointSize, true);
}

std::unique_ptr<SafeTextDocument> ReportDocumentBuilder::markdownDocument(const QString& markdown,
                                                                          const Cb::Core::ReportLanguage& language)
{
    auto doc = std::make_unique<SafeTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(ReportFonts::body());
    MarkdownStyler::load(*doc, markdown, language);
    MarkdownStyler::style(*doc);
    return doc;
}

QTextDocumentFragment ReportDocumentBuilder::markdownFragment(const QString& markdown,
                                                              const Cb::Core::ReportLanguage& language)
{
    return QTextDocumentFragment(markdownDocument(markdown, language).get());
}

void ReportDocumentBuilder::addOutput(QTextCursor& cursor, const ReportOutline::Output& output,
                                      const QTextDocumentFragment& body, bool withTitle) const
{
    if (withTitle)
        addHeading(cursor, output.title, 2, false);
    addParagraph(cursor, output.meta, ReportFonts::muted(), m_basePointSize * 0.85);
    if (!output.error.isEmpty())
        addParagraph(cursor, m_language.translate("Report", "Error:") + QLatin1Char(' ') + output.error, QColor(0xa3, 0x1d, 0x1d),
                     m_basePointSize * 0.9);
    if (!output.reasoning.isEmpty()) {
        QTextBlockFormat bf;
        bf.setBackground(ReportFonts::quoteBackground());
        bf.setTopMargin(4);
        bf.setBottomMargin(8);
        bf.setLeftMargin(4);
        QTextCharFormat label = textFormat(ReportFonts::ink(), m_basePointSize * 0.9, true);
        newBlock(cursor, bf, label);
        cursor.insertText(m_language.translate("Report", "Reasoning summary.") + QLatin1Char(' '), label);
        QTextCharFormat body = textFormat(ReportFonts::ink(), m_basePointSize * 0.9);
        body.setFontItalic(true);
        cursor.insertText(output.reasoning, body);
    }
    newBlock(cursor, QTextBlockFormat(), QTextCharFormat());
    cursor.insertFragment(body);
    cursor.movePosition(QTextCursor::End);
    if (!output.review.isEmpty())
        addParagraph(cursor, output.review, ReportFonts::muted(), m_basePointSize * 0.9, true);
    for (const ReportOutline::Output::FollowUp& f : output.followUps) {
        addHeading(cursor, m_language.translate("Report", "Follow-up: %1").arg(f.message), 3, false);
        addParagraph(cursor, f.meta, ReportFonts::muted(), m_basePointSize * 0.85);
        if (!f.error.isEmpty())
            addParagraph(cursor, m_language.translate("Report", "Error:") + QLatin1Char(' ') + f.error, QColor(0xa3, 0x1d, 0x1d),
                         m_basePointSize * 0.9);
        // Replies are short next to the answers: imported here rather than in the parallel pass.
        newBlock(cursor, QTextBlockFormat(), QTextCharFormat());
        cursor.insertFragment(markdownFragment(f.markdown, m_language));
        cursor.movePosition(QTextCursor::End);
    }
}

void ReportDocumentBuilder::addFused(QTextCursor& cursor, const ReportOutline::Fused& fused) const
{
    addHeading(cursor, fused.title, 2, false);
    addParagraph(cursor, fused.meta, ReportFonts::muted(), m_basePointSize * 0.85);
    if (!fused.error.isEmpty())
        addParagraph(cursor, m_language.translate("Report", "Error:") + QLatin1Char(' ') + fused.error, QColor(0xa3, 0x1d, 0x1d), m_basePointSize * 0.9);
    for (const ReportOutline::Fused::Section& s : fused.sections) {
        newBlock(cursor, QTextBlockFormat(), QTextCharFormat());
        cursor.insertFragment(markdownFragment(s.markdown, m_language));
        cursor.movePosition(QTextCursor::End);
        addParagraph(cursor, s.sources, ReportFonts::muted(), m_basePointSize * 0.85, true);
    }
}

void ReportDocumentBuilder::addCode(QTextCursor& cursor, const QString& text) const
{
    QTextBlockFormat bf;
    bf.setBackground(ReportFonts::codeBackground());
    bf.setLeftMargin(4);
    bf.setRightMargin(4);
    QTextCharFormat cf;
    cf.setFont(ReportFonts::mono(7.5));
    cf.setForeground(ReportFonts::ink());
    // One block per line: each line is a span PageBreaker keeps whole, and layout stays fast.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        newBlock(cursor, bf, cf);
        cursor.insertText(line, cf);
    }
}

void ReportDocumentBuilder::addPromptAppendix(QTextCursor& cursor,
                                              const ReportOutline& report) const
{
    addHeading(cursor, m_language.translate("Report", "Appendix: prompt"), 2, true);
    addParagraph(cursor, QStringLiteral("sha256: ") + report.promptSha256, ReportFonts::muted(), 8);
    addHeading(cursor, m_language.translate("Report", "Instructions"), 3, false);
    addCode(cursor, report.instructions);
    addHeading(cursor, m_language.translate("Report", "Input", "prompt"), 3, false);
    addCode(cursor, report.input);
}

} // namespace Cb::Formats
