#include "formats/importers/htmltomarkdown.h"

#include "formats/importers/htmlentities.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace Cb::Formats {

namespace {

bool isSafeLink(const QString& href)
{
    const QString lower = href.trimmed().toLower();
    return lower.startsWith(QStringLiteral("http://")) ||
           lower.startsWith(QStringLiteral("https://")) ||
           lower.startsWith(QStringLiteral("mailto:"));
}

} // namespace

HtmlToMarkdown::Tag HtmlToMarkdown::tagOf(const QString& name)
{
    // A sorted table and binary search: a 20 MB page has a million tags, and hashing each
    // name cost more than the rest of the conversion together.
    using Entry = std::pair<QString, Tag>;
    static const std::vector<Entry> table = [] {
        std::vector<Entry> t;
        const char* dropped[] = {"noscript", "template", "svg",      "math",  "iframe",
                                 "object",   "canvas",   "audio",    "video", "select",
                                 "button",   "textarea", "frameset", "map",   "datalist"};
        for (const char* n : dropped)
            t.emplace_back(QString::fromLatin1(n), Tag::Dropped);
        const char* paragraphs[] = {"p",       "section", "article", "header",  "footer",
                                    "main",    "aside",   "nav",     "figure",  "dl",
                                    "address", "details", "form",    "fieldset"};
        for (const char* n : paragraphs)
            t.emplace_back(QString::fromLatin1(n), Tag::ParagraphBlock);
        const char* lines[] = {"div", "dt", "dd", "figcaption", "summary", "caption", "legend"};
        for (const char* n : lines)
            t.emplace_back(QString::fromLatin1(n), Tag::LineBlock);
        const std::pair<const char*, Tag> single[] = {{"title", Tag::Title},
                                                      {"h1", Tag::Heading},
                                                      {"h2", Tag::Heading},
                                                      {"h3", Tag::Heading},
                                                      {"h4", Tag::Heading},
                                                      {"h5", Tag::Heading},
                                                      {"h6", Tag::Heading},
                                                      {"br", Tag::Br},
                                                      {"hr", Tag::Hr},
                                                      {"ul", Tag::Ul},
                                                      {"ol", Tag::Ol},
                                                      {"li", Tag::Li},
                                                      {"blockquote", Tag::Blockquote},
                                                      {"pre", Tag::Pre},
                                                      {"a", Tag::A},
                                                      {"img", Tag::Img},
                                                      {"table", Tag::Table},
                                                      {"tr", Tag::Tr},
                                                      {"td", Tag::Td},
                                                      {"th", Tag::Td},
                                                      {"strong", Tag::Strong},
                                                      {"b", Tag::Strong},
                                                      {"em", Tag::Em},
                                                      {"i", Tag::Em},
                                                      {"code", Tag::Code},
                                                      {"kbd", Tag::Code},
                                                      {"samp", Tag::Code}};
        for (const auto& [n, tag] : single)
            t.emplace_back(QString::fromLatin1(n), tag);
        std::sort(t.begin(), t.end(),
                  [](const Entry& x, const Entry& y) { return x.first < y.first; });
        return t;
    }();
    const auto it = std::lower_bound(table.begin(), table.end(), name,
                                     [](const Entry& e, const QString& n) { return e.first < n; });
    return it != table.end() && it->first == name ? it->second : Tag::Other;
}

HtmlToMarkdown::Output HtmlToMarkdown::convert(const QString& html, const Core::CancelToken& cancel)
{
    HtmlToMarkdown converter(html);
    converter.run(cancel);
    Output out;
    out.cancelled = converter.m_cancelled;
    out.title = converter.m_title.simplified();
    out.markdown = converter.finish();
    return out;
}

void HtmlToMarkdown::run(const Core::CancelToken& cancel)
{
    int sinceCheck = 0;
    for (HtmlTokenizer::Token t = m_tokenizer.next(); t.kind != HtmlTokenizer::Kind::End;
         t = m_tokenizer.next()) {
        if (++sinceCheck == 4096) {
            sinceCheck = 0;
            if (cancel.isCancelled()) {
                m_cancelled = true;
                return;
            }
        }
        if (!m_skipTag.isEmpty()) {
            // Inside a dropped element: only track nesting of the same name to find its end.
            if (t.name == m_skipTag && t.kind == HtmlTokenizer::Kind::StartTag && !t.selfClosing)
                ++m_skipNesting;
            else if (t.name == m_skipTag && t.kind == HtmlTokenizer::Kind::EndTag &&
                     --m_skipNesting == 0)
                m_skipTag.clear();
            continue;
        }
        if (t.kind == HtmlTokenizer::Kind::Text)
            text(t.text);
        else if (t.kind == HtmlTokenizer::Kind::StartTag)
            startTag(tagOf(t.name), t);
        else
            endTag(tagOf(t.name));
    }
}

QString& HtmlToMarkdown::target()
{
    return m_tableDepth > 0 && m_table.inCell ? m_table.cell : m_out;
}

void HtmlToMarkdown::write(const QString& s)
{
    QString& out = target();
    if (&out == &m_out && m_quoteDepth > 0 && (out.isEmpty() || out.endsWith(QLatin1Char('\n'))))
        out += QStringLiteral("> ").repeated(m_quoteDepth);
    out += s;
}

void HtmlToMarkdown::blockBreak(bool blankLine)
{
    QString& out = target();
    if (&out == &m_table.cell) {
        if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
            out += QLatin1Char(' ');
        return;
    }
    while (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    if (out.isEmpty())
        return;
    const QString quote = m_quoteDepth > 0 ? QStringLiteral(">").repeated(m_quoteDepth) : QString();
    if (!out.endsWith(QLatin1Char('\n')))
        out += QLatin1Char('\n');
    if (blankLine && !out.endsWith(QStringLiteral("\n\n")) &&
        !out.endsWith(QLatin1Char('\n') + quote + QLatin1Char('\n')))
        out += quote + QLatin1Char('\n');
}

void HtmlToMarkdown::text(const QString& raw)
{
    if (m_inTitle) {
        m_title += HtmlEntities::decode(raw);
        return;
    }
    if (m_preDepth > 0) {
        write(HtmlEntities::decode(raw));
        return;
    }
    // Runs of whitespace collapse to one space, as a browser shows them.
    QString s;
    s.reserve(raw.size());
    bool inSpace = false;
    for (const QChar c : raw) {
        if (c.isSpace() && c != QChar(0xA0)) {
            if (!inSpace)
                s += QLatin1Char(' ');
            inSpace = true;
        } else {
            s += c;
            inSpace = false;
        }
    }
    s = HtmlEntities::decode(s);
    s.replace(QChar(0xA0), QLatin1Char(' '));
    const QString& out = target();
    if (out.isEmpty() || out.endsWith(QLatin1Char(' ')) || out.endsWith(QLatin1Char('\n')))
        s = s.trimmed().isEmpty() ? QString() : (s.startsWith(QLatin1Char(' ')) ? s.mid(1) : s);
    if (!s.isEmpty())
        write(s);
}

void HtmlToMarkdown::startTag(Tag tag, const HtmlTokenizer::Token& t)
{
    switch (tag) {
    case Tag::Dropped:
        if (!t.selfClosing) {
            m_skipTag = t.name;
            m_skipNesting = 1;
        }
        break;
    case Tag::Title:
        m_inTitle = !t.selfClosing;
        break;
    case Tag::Heading:
        blockBreak(true);
        write(QStringLiteral("#").repeated(t.name.at(1).digitValue()) + QLatin1Char(' '));
        break;
    case Tag::ParagraphBlock:
        blockBreak(true);
        break;
    case Tag::LineBlock:
        blockBreak(false);
        break;
    case Tag::Tr:
        blockBreak(false);
        if (m_tableDepth == 1)
            m_table.rows.append(QStringList());
        break;
    case Tag::Br:
        target() += &target() == &m_table.cell ? QLatin1Char(' ') : QLatin1Char('\n');
        break;
    case Tag::Hr:
        blockBreak(true);
        write(QStringLiteral("---"));
        blockBreak(true);
        break;
    case Tag::Ul:
    case Tag::Ol:
        if (m_lists.isEmpty())
            blockBreak(true);
        m_lists.append({tag == Tag::Ol, t.attribute(u"start", QStringLiteral("1")).toInt() - 1});
        break;
    case Tag::Li: {
        blockBreak(false);
        const int depth = int(qMax<qsizetype>(1, m_lists.size()));
        QString marker = QStringLiteral("- ");
        if (!m_lists.isEmpty() && m_lists.last().ordered)
            marker = QString::number(++m_lists.last().counter) + QStringLiteral(". ");
        write(QStringLiteral("  ").repeated(depth - 1) + marker);
        break;
    }
    case Tag::Blockquote:
        blockBreak(true);
        ++m_quoteDepth;
        break;
    case Tag::Pre:
        blockBreak(true);
        write(QStringLiteral("```\n"));
        ++m_preDepth;
        break;
    case Tag::A:
        openLink(t.attribute(u"href"));
        break;
    case Tag::Img: {
        // Only the description is kept; the image itself is never fetched.
        const QString alt = t.attribute(u"alt").simplified();
        if (!alt.isEmpty())
            write(QStringLiteral("[image: %1]").arg(alt));
        break;
    }
    case Tag::Table:
        if (m_tableDepth++ == 0) {
            blockBreak(true);
            m_table = Table();
        } else {
            blockBreak(false);
        }
        break;
    case Tag::Td:
        if (m_tableDepth == 1) {
            if (m_table.rows.isEmpty())
                m_table.rows.append(QStringList());
            m_table.inCell = true;
            m_table.cell.clear();
            const int span = qBound(1, t.attribute(u"colspan", QStringLiteral("1")).toInt(), 50);
            for (int k = 1; k < span; ++k)
                m_table.rows.last().append(QString());
        }
        break;
    case Tag::Strong:
    case Tag::Em:
    case Tag::Code:
        writeEmphasis(tag);
        break;
    case Tag::Other:
        break;
    }
}

void HtmlToMarkdown::writeEmphasis(Tag tag)
{
    if (m_preDepth > 0)
        return;
    write(tag == Tag::Strong ? QStringLiteral("**")
          : tag == Tag::Em   ? QStringLiteral("*")
                             : QStringLiteral("`"));
}

void HtmlToMarkdown::endTag(Tag tag)
{
    switch (tag) {
    case Tag::Title:
        m_inTitle = false;
        break;
    case Tag::Heading:
    case Tag::ParagraphBlock:
        blockBreak(true);
        break;
    case Tag::LineBlock:
        blockBreak(false);
        break;
    case Tag::Ul:
    case Tag::Ol:
        if (!m_lists.isEmpty()) {
            m_lists.removeLast();
            blockBreak(m_lists.isEmpty());
        }
        break;
    case Tag::Blockquote:
        if (m_quoteDepth > 0) {
            // The quote's last paragraph left an empty "> " line behind; it belongs to no one.
            static const QRegularExpression emptyQuoteTail(QStringLiteral("(\\n>+)+\\n$"));
            m_out.replace(emptyQuoteTail, QStringLiteral("\n"));
            --m_quoteDepth;
            blockBreak(true);
        }
        break;
    case Tag::Pre:
        if (m_preDepth > 0) {
            --m_preDepth;
            if (!target().endsWith(QLatin1Char('\n')))
                write(QStringLiteral("\n"));
            write(QStringLiteral("```"));
            blockBreak(true);
        }
        break;
    case Tag::A:
        closeLink();
        break;
    case Tag::Td:
        if (m_tableDepth == 1 && m_table.inCell) {
            m_table.inCell = false;
            if (m_table.rows.isEmpty())
                m_table.rows.append(QStringList());
            m_table.rows.last().append(m_table.cell.simplified());
        }
        break;
    case Tag::Table:
        if (m_tableDepth > 0 && --m_tableDepth == 0)
            endTable();
        break;
    case Tag::Strong:
    case Tag::Em:
    case Tag::Code:
        writeEmphasis(tag);
        break;
    default:
        break;
    }
}

void HtmlToMarkdown::openLink(const QString& href)
{
    m_linkHref = isSafeLink(href) ? href.trimmed() : QString();
    m_linkStart = target().size();
}

void HtmlToMarkdown::closeLink()
{
    QString& out = target();
    if (m_linkHref.isEmpty() || m_linkStart < 0 || m_linkStart > out.size()) {
        m_linkHref.clear();
        return;
    }
    const QString label = out.mid(m_linkStart).trimmed();
    if (!label.isEmpty() && label != m_linkHref) {
        out.truncate(m_linkStart);
        out += QLatin1Char('[') + label + QStringLiteral("](") + m_linkHref + QLatin1Char(')');
    } else if (label.isEmpty()) {
        out += m_linkHref;
    }
    m_linkHref.clear();
    m_linkStart = -1;
}

void HtmlToMarkdown::endTable()
{
    QList<QStringList> rows;
    qsizetype columns = 0;
    for (const QStringList& row : std::as_const(m_table.rows)) {
        if (!row.isEmpty()) {
            rows.append(row);
            columns = qMax(columns, row.size());
        }
    }
    m_table = Table();
    if (rows.isEmpty())
        return;
    auto line = [columns](QStringList cells) -> QString {
        while (cells.size() < columns)
            cells.append(QString());
        for (QString& c : cells)
            c.replace(QLatin1Char('|'), QStringLiteral("\\|"));
        return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    };
    blockBreak(true);
    QStringList lines;
    lines << line(rows.first());
    lines << line(QStringList(columns, QStringLiteral("---")));
    for (qsizetype r = 1; r < rows.size(); ++r)
        lines << line(rows.at(r));
    write(lines.join(QLatin1Char('\n')));
    blockBreak(true);
}

QString HtmlToMarkdown::finish()
{
    static const QRegularExpression trailingSpaces(QStringLiteral("[ \\t]+\\n"));
    static const QRegularExpression manyBlankLines(QStringLiteral("\\n{3,}"));
    QString md = m_out;
    md.replace(trailingSpaces, QStringLiteral("\n"));
    md.replace(manyBlankLines, QStringLiteral("\n\n"));
    md = md.trimmed();
    static const QRegularExpression h1(QStringLiteral("(^|\\n)# "));
    const QString title = m_title.simplified();
    if (!title.isEmpty() && !md.contains(h1))
        md =
            QStringLiteral("# ") + title + (md.isEmpty() ? QString() : QStringLiteral("\n\n") + md);
    return md;
}

} // namespace Cb::Formats
