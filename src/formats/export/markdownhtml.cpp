#include "formats/export/markdownhtml.h"

#include "formats/export/markdownstyler.h"
#include "formats/export/safetextdocument.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace Cb::Formats {

namespace {

bool isCode(const QTextBlock& b)
{
    return b.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage);
}

QString safeHref(const QString& href)
{
    const QUrl url(href);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
        scheme == QLatin1String("mailto"))
        return url.toString(QUrl::FullyEncoded);
    return {};
}

QString inlineHtml(const QTextBlock& block, bool code)
{
    QString out;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment f = it.fragment();
        if (!f.isValid())
            continue;
        QString text = MarkdownHtml::escape(f.text());
        if (code) {
            out += text;
            continue;
        }
        text.replace(QChar::LineSeparator, QStringLiteral("<br>"));
        const QTextCharFormat cf = f.charFormat();
        if (cf.fontFixedPitch())
            text = QStringLiteral("<code>") + text + QStringLiteral("</code>");
        if (cf.fontStrikeOut())
            text = QStringLiteral("<del>") + text + QStringLiteral("</del>");
        if (cf.fontItalic())
            text = QStringLiteral("<em>") + text + QStringLiteral("</em>");
        if (cf.fontWeight() >= QFont::Bold)
            text = QStringLiteral("<strong>") + text + QStringLiteral("</strong>");
        const QString href = cf.isAnchor() ? safeHref(cf.anchorHref()) : QString();
        if (!href.isEmpty())
            text = QStringLiteral("<a href=\"") + MarkdownHtml::escape(href) +
                   QStringLiteral("\">") + text + QStringLiteral("</a>");
        out += text;
    }
    return out;
}

// Walks the blocks of one frame (the root, or a table cell) and keeps the open lists, quotes
// and code block as state, closing them when the next block no longer belongs to them.
class Walker
{
public:
    explicit Walker(int headingShift) : m_shift(headingShift) {}

    QString run(QTextFrame::iterator it)
    {
        for (; !it.atEnd(); ++it) {
            if (QTextFrame* child = it.currentFrame()) {
                closeAll();
                if (auto* table = qobject_cast<QTextTable*>(child))
                    writeTable(table);
            } else if (it.currentBlock().isValid()) {
                writeBlock(it.currentBlock());
            }
        }
        closeAll();
        return m_out;
    }

private:
    void closeCode()
    {
        if (m_inCode)
            m_out += QStringLiteral("</code></pre>\n");
        m_inCode = false;
    }

    void closeLists(int depth)
    {
        while (m_lists.size() > depth) {
            m_out += QStringLiteral("</li>\n") +
                     (m_lists.takeLast()->format().style() == QTextListFormat::ListDecimal
                          ? QStringLiteral("</ol>\n")
                          : QStringLiteral("</ul>\n"));
        }
    }

    void setQuoteDepth(int depth)
    {
        for (; m_quotes < depth; ++m_quotes)
            m_out += QStringLiteral("<blockquote>\n");
        for (; m_quotes > depth; --m_quotes)
            m_out += QStringLiteral("</blockquote>\n");
    }

    void closeAll()
    {
        closeCode();
        closeLists(0);
        setQuoteDepth(0);
    }

    void writeList(const QTextBlock& b, QTextList* list)
    {
        const int depth = qMax(1, list->format().indent());
        if (m_lists.size() >= depth && m_lists[depth - 1] == list) {
            closeLists(depth);
            m_out += QStringLiteral("</li>\n");
        } else {
            closeLists(depth - 1);
            while (m_lists.size() < depth) {
                const bool ordered = list->format().style() == QTextListFormat::ListDecimal;
                m_out += ordered ? QStringLiteral("<ol>\n") : QStringLiteral("<ul>\n");
                m_lists.append(list);
            }
        }
        QString box;
        if (b.blockFormat().marker() == QTextBlockFormat::MarkerType::Checked)
            box = QStringLiteral("☑ ");
        else if (b.blockFormat().marker() == QTextBlockFormat::MarkerType::Unchecked)
            box = QStringLiteral("☐ ");
        m_out += QStringLiteral("<li>") + box + inlineHtml(b, false);
    }

    void writeBlock(const QTextBlock& b)
    {
        const QTextBlockFormat bf = b.blockFormat();
        if (!isCode(b))
            closeCode();
        const int quote = bf.intProperty(QTextFormat::BlockQuoteLevel);
        if (quote != m_quotes) {
            closeCode();
            closeLists(0);
            setQuoteDepth(quote);
        }
        if (isCode(b)) {
            if (!m_inCode) {
                closeLists(0);
                const QString lang = bf.stringProperty(QTextFormat::BlockCodeLanguage);
                m_out +=
                    lang.isEmpty()
                        ? QStringLiteral("<pre><code>")
                        : QStringLiteral("<pre><code class=\"language-%1\">").arg(escape(lang));
                m_inCode = true;
            } else {
                m_out += QLatin1Char('\n');
            }
            m_out += inlineHtml(b, true);
            return;
        }
        if (QTextList* list = b.textList()) {
            writeList(b, list);
            return;
        }
        if (bf.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            closeLists(0);
            m_out += QStringLiteral("<hr>\n");
            return;
        }
        const QString content = inlineHtml(b, false);
        if (content.trimmed().isEmpty())
            return;
        if (!m_lists.isEmpty() && bf.indent() > 0) { // a paragraph continuing a list item
            m_out += QStringLiteral("<br>") + content;
            return;
        }
        closeLists(0);
        if (bf.headingLevel() > 0) {
            const int level = qMin(6, bf.headingLevel() + m_shift);
            m_out += QStringLiteral("<h%1>").arg(level) + content +
                     QStringLiteral("</h%1>\n").arg(level);
        } else {
            m_out += QStringLiteral("<p>") + content + QStringLiteral("</p>\n");
        }
    }

    void writeTable(QTextTable* table)
    {
        m_out += QStringLiteral("<table>\n");
        for (int row = 0; row < table->rows(); ++row) {
            const bool head = row == 0;
            if (row <= 1)
                m_out += head ? QStringLiteral("<thead>\n") : QStringLiteral("<tbody>\n");
            m_out += QStringLiteral("<tr>");
            for (int col = 0; col < table->columns(); ++col) {
                const QTextTableCell cell = table->cellAt(row, col);
                if (cell.column() != col || cell.row() != row)
                    continue; // covered by a merged cell
                QStringList lines;
                Qt::Alignment align = Qt::AlignLeft;
                for (auto it = cell.begin(); !it.atEnd(); ++it)
                    if (it.currentBlock().isValid()) {
                        lines.append(inlineHtml(it.currentBlock(), false));
                        align = it.currentBlock().blockFormat().alignment();
                    }
                const QString tag = head ? QStringLiteral("th") : QStringLiteral("td");
                QString attrs;
                if (cell.columnSpan() > 1)
                    attrs += QStringLiteral(" colspan=\"%1\"").arg(cell.columnSpan());
                if (align & Qt::AlignRight)
                    attrs += QStringLiteral(" class=\"num\"");
                else if (align & Qt::AlignHCenter)
                    attrs += QStringLiteral(" class=\"center\"");
                m_out += QLatin1Char('<') + tag + attrs + QLatin1Char('>') +
                         lines.join(QStringLiteral("<br>")) + QStringLiteral("</") + tag +
                         QLatin1Char('>');
            }
            m_out += QStringLiteral("</tr>\n");
            if (head)
                m_out += QStringLiteral("</thead>\n");
        }
        if (table->rows() > 1)
            m_out += QStringLiteral("</tbody>\n");
        m_out += QStringLiteral("</table>\n");
    }

    static QString escape(const QString& s) { return MarkdownHtml::escape(s); }

    int m_shift = 0;
    QString m_out;
    QList<QTextList*> m_lists;
    int m_quotes = 0;
    bool m_inCode = false;
};

} // namespace

QString MarkdownHtml::escape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString MarkdownHtml::fragment(const QTextDocument& document, int headingShift)
{
    return Walker(headingShift).run(document.rootFrame()->begin());
}

QString MarkdownHtml::fromMarkdown(const QString& markdown, int headingShift)
{
    SafeTextDocument doc;
    MarkdownStyler::load(doc, markdown);
    return fragment(doc, headingShift);
}

} // namespace Cb::Formats
