#include "formats/export/markdownstyler.h"

#include "formats/export/reportfonts.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <vector>

namespace Cb::Formats {

namespace {

struct Span
{
    int position = 0;
    int length = 0;
    QString text;
};

// Fragments whose char format matches, merged when adjacent (a link split by formatting).
template <typename Pred> std::vector<Span> findSpans(QTextDocument& doc, Pred pred)
{
    std::vector<Span> spans;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.isValid())
                continue;
            const QString key = pred(f.charFormat());
            if (key.isNull())
                continue;
            if (!spans.empty() && spans.back().position + spans.back().length == f.position() &&
                spans.back().text == key)
                spans.back().length += f.length();
            else
                spans.push_back({f.position(), f.length(), key});
        }
    return spans;
}

void replaceImages(QTextDocument& doc, const Cb::Core::ReportLanguage& language)
{
    const auto images = findSpans(doc, [](const QTextCharFormat& f) {
        return f.isImageFormat() ? f.toImageFormat().name() : QString();
    });
    for (auto it = images.rbegin(); it != images.rend(); ++it) {
        QTextCursor c(&doc);
        c.setPosition(it->position);
        c.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        QTextCharFormat plain;
        plain.setForeground(ReportFonts::muted());
        c.insertText(language.translate("Report", "[image: %1]").arg(it->text), plain);
    }
}

void styleLinks(QTextDocument& doc)
{
    const auto links = findSpans(doc, [](const QTextCharFormat& f) {
        return f.isAnchor() && !f.anchorHref().isEmpty() ? f.anchorHref() : QString();
    });
    for (auto it = links.rbegin(); it != links.rend(); ++it) {
        QTextCursor c(&doc);
        c.setPosition(it->position);
        c.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        QTextCharFormat link;
        link.setForeground(ReportFonts::link());
        link.setFontUnderline(true);
        c.mergeCharFormat(link);
        if (c.selectedText() == it->text)
            continue;
        QTextCharFormat url;
        url.setForeground(ReportFonts::muted());
        url.setFontPointSize(ReportFonts::body().pointSizeF() * 0.85);
        c.setPosition(it->position + it->length);
        c.insertText(QStringLiteral(" <%1>").arg(it->text), url);
    }
}

void styleBlock(QTextDocument& doc, QTextBlock block)
{
    QTextCursor c(block);
    QTextBlockFormat bf = block.blockFormat();
    const int level = bf.headingLevel();
    if (level > 0) {
        static const qreal sizes[] = {15, 13, 11.5, 10.5, 10, 10};
        QTextCharFormat cf;
        cf.setFontPointSize(sizes[qBound(1, level, 6) - 1]);
        cf.setFontWeight(QFont::Bold);
        cf.setForeground(level <= 2 ? ReportFonts::accent() : ReportFonts::ink());
        cf.setProperty(QTextFormat::FontSizeAdjustment, 0);
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        c.mergeCharFormat(cf);
        c.mergeBlockCharFormat(cf);
        bf.setTopMargin(level <= 2 ? 14 : 10);
        bf.setBottomMargin(4);
        c.setBlockFormat(bf);
        return;
    }
    if (bf.hasProperty(QTextFormat::BlockCodeLanguage)) {
        bf.setBackground(ReportFonts::codeBackground());
        bf.setNonBreakableLines(false);
        bf.setLeftMargin(bf.leftMargin() + 6);
        bf.setRightMargin(6);
        const bool first =
            !block.previous().blockFormat().hasProperty(QTextFormat::BlockCodeLanguage);
        const bool last = !block.next().blockFormat().hasProperty(QTextFormat::BlockCodeLanguage);
        bf.setTopMargin(first ? 6 : 0);
        bf.setBottomMargin(last ? 6 : 0);
        c.setBlockFormat(bf);
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat cf;
        cf.setFontFamilies(ReportFonts::monoFamilies());
        cf.setFontFixedPitch(true);
        cf.setFontPointSize(ReportFonts::mono().pointSizeF());
        c.mergeCharFormat(cf);
        return;
    }
    if (bf.intProperty(QTextFormat::BlockQuoteLevel) > 0) {
        bf.setBackground(ReportFonts::quoteBackground());
        bf.setLeftMargin(14 * bf.intProperty(QTextFormat::BlockQuoteLevel));
        bf.setRightMargin(0);
        c.setBlockFormat(bf);
    }
    // Inline code: the importer marks it fixed-pitch; give it our monospace and a tint.
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment f = it.fragment();
        if (!f.isValid() || !f.charFormat().fontFixedPitch())
            continue;
        QTextCursor fc(&doc);
        fc.setPosition(f.position());
        fc.setPosition(f.position() + f.length(), QTextCursor::KeepAnchor);
        QTextCharFormat cf;
        cf.setFontFamilies(ReportFonts::monoFamilies());
        cf.setFontPointSize(ReportFonts::mono().pointSizeF());
        cf.setBackground(ReportFonts::codeBackground());
        fc.mergeCharFormat(cf);
    }
}

void styleTable(QTextTable* table)
{
    QTextTableFormat tf = table->format();
    MarkdownStyler::styleTableFormat(tf, 4);
    table->setFormat(tf);
    for (int col = 0; col < table->columns(); ++col) {
        QTextTableCell cell = table->cellAt(0, col);
        QTextCharFormat cf = cell.format();
        cf.setBackground(ReportFonts::headerBackground());
        cf.setFontWeight(QFont::Bold);
        cell.setFormat(cf);
    }
}

void styleFrames(QTextFrame* frame)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child))
            styleTable(table);
        styleFrames(child);
    }
}

} // namespace

void MarkdownStyler::load(QTextDocument& document, const QString& markdown, const Cb::Core::ReportLanguage& language)
{
    document.setMarkdown(markdown,
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                         QTextDocument::MarkdownNoHTML));
    replaceImages(document, language);
}

void MarkdownStyler::styleTableFormat(QTextTableFormat& format, qreal padding)
{
    format.setBorder(0.5);
    format.setBorderBrush(ReportFonts::rule());
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellPadding(padding);
    format.setCellSpacing(0);
    format.setTopMargin(padding + 2);
    format.setBottomMargin(padding + 2);
}

void MarkdownStyler::style(QTextDocument& document)
{
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        styleBlock(document, b);
    styleFrames(document.rootFrame());
    styleLinks(document);
}

} // namespace Cb::Formats
