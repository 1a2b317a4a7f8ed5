#include "formats/importers/htmltomarkdown.h"

#include "formats/importers/eastasianwidth.h"
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

bool isWide(char32_t c)
{
    return EastAsianWidth::isWideNonHangul(c);
}

// Only emphasis or code markers were written since a position.
bool onlyMarkup(QStringView text)
{
    for (const QChar c : text) {
        if (c != QLatin1Char('*') && c != QLatin1Char('`'))
            return false;
    }
    return true;
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
                                                      {"samp", Tag::Code},
                                                      {"sup", Tag::Sup},
                                                      {"sub", Tag::Sub},
                                                      {"thead", Tag::RowGroup},
                                                      {"tbody", Tag::RowGroup},
                                                      {"tfoot", Tag::RowGroup}};
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
    out.notes = converter.m_notes;
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

void HtmlToMarkdown::truncateContainers(qsizetype size)
{
    if (m_containers.size() > size)
        m_containers.resize(size);
}

void HtmlToMarkdown::write(const QString& s)
{
    QString& out = target();
    const QString prefix = &out == &m_out ? linePrefix() : QString();
    if (prefix.isEmpty()) {
        out += s;
        return;
    }
    // Every line inside a quote or list item starts with its containers' prefix.
    for (qsizetype from = 0; from < s.size();) {
        if (out.isEmpty() || out.endsWith(QLatin1Char('\n')))
            out += prefix;
        const qsizetype newline = s.indexOf(QLatin1Char('\n'), from);
        const qsizetype end = newline < 0 ? s.size() : newline + 1;
        out += QStringView(s).mid(from, end - from);
        from = end;
    }
}

void HtmlToMarkdown::blockBreak(bool blankLine)
{
    QString& out = target();
    if (&out == &m_table.cell) {
        if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
            out += QLatin1Char(' ');
        return;
    }
    // A list item's first block (<li><p>, <li><pre>) starts on the marker's line.
    if (m_markerEnd >= 0 && out.size() == m_markerEnd)
        return;
    while (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    if (out.isEmpty())
        return;
    QString blank = linePrefix();
    while (blank.endsWith(QLatin1Char(' ')))
        blank.chop(1);
    if (!out.endsWith(QLatin1Char('\n')))
        out += QLatin1Char('\n');
    if (blankLine && !out.endsWith(QStringLiteral("\n\n")) &&
        !out.endsWith(QLatin1Char('\n') + blank + QLatin1Char('\n')))
        out += blank + QLatin1Char('\n');
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
    QString& out = target();
    // Runs of whitespace collapse to one space, as a browser shows them; a run holding a line
    // break between two CJK characters collapses to nothing (CSS segment-break rule).
    QString s;
    s.reserve(raw.size());
    bool breakAtEnd = false;
    for (qsizetype i = 0; i < raw.size();) {
        const QChar c = raw.at(i);
        if (!c.isSpace() || c == QChar(0xA0)) {
            s += c;
            ++i;
            continue;
        }
        qsizetype j = i;
        bool lineBreak = false;
        while (j < raw.size() && raw.at(j).isSpace() && raw.at(j) != QChar(0xA0)) {
            lineBreak =
                lineBreak || raw.at(j) == QLatin1Char('\n') || raw.at(j) == QLatin1Char('\r');
            ++j;
        }
        qsizetype outEnd = out.size(); // the text before, looking past ** and ` markers
        while (i == 0 && outEnd > 0 && onlyMarkup(QStringView(out).mid(outEnd - 1, 1)))
            --outEnd;
        const char32_t before = i > 0 ? EastAsianWidth::codePointBefore(raw, i)
                                      : EastAsianWidth::codePointBefore(out, outEnd);
        const bool wideBefore = lineBreak && isWide(before);
        i = j;
        if (wideBefore && j < raw.size() && isWide(EastAsianWidth::codePointAt(raw, j)))
            continue;
        breakAtEnd = wideBefore && j == raw.size();
        s += QLatin1Char(' ');
    }
    s = HtmlEntities::decode(s);
    s.replace(QChar(0xA0), QLatin1Char(' '));
    // A line break that ended the previous text, between a CJK character and this one.
    if (m_breakSpaceEnd > 0 && m_breakTarget == &out && m_breakSpaceEnd <= out.size() &&
        isWide(EastAsianWidth::codePointAt(s, 0)) &&
        out.at(m_breakSpaceEnd - 1) == QLatin1Char(' ') &&
        onlyMarkup(QStringView(out).mid(m_breakSpaceEnd)))
        out.remove(m_breakSpaceEnd - 1, 1);
    m_breakSpaceEnd = -1;
    if (out.isEmpty() || out.endsWith(QLatin1Char(' ')) || out.endsWith(QLatin1Char('\n')))
        s = s.trimmed().isEmpty() ? QString() : (s.startsWith(QLatin1Char(' ')) ? s.mid(1) : s);
    if (s.isEmpty())
        return;
    write(s);
    if (breakAtEnd && out.endsWith(QLatin1Char(' '))) {
        m_breakTarget = &out;
        m_breakSpaceEnd = out.size();
    }
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
    case Tag::RowGroup:
        if (m_tableDepth == 1) {
            finishCell();
            m_table.layout.startRowGroup();
        }
        break;
    case Tag::Tr:
        if (m_tableDepth == 1) {
            finishCell();
            m_table.layout.startRow();
        }
        blockBreak(false);
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
        m_lists.append({tag == Tag::Ol, t.attribute(u"start", QStringLiteral("1")).toInt() - 1,
                        m_containers.size(), &target() == &m_table.cell});
        break;
    case Tag::Li:
        startListItem();
        break;
    case Tag::Blockquote:
        blockBreak(true);
        if (&target() == &m_out)
            m_containers.append(QStringLiteral("> "));
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
            finishCell(); // an unclosed <td> ends where the next one starts
            m_table.inCell = true;
            m_table.cell.clear();
            m_table.colspan = t.attribute(u"colspan");
            m_table.rowspan = t.attribute(u"rowspan");
        }
        break;
    case Tag::Code:
        if (m_preDepth == 0 && m_codeDepth++ == 0)
            startCodeSpan(true);
        break;
    case Tag::Strong:
    case Tag::Em:
        writeEmphasis(tag);
        break;
    case Tag::Sup:
    case Tag::Sub:
        if (!t.selfClosing)
            m_scripts.append(
                {tag == Tag::Sup ? ScriptText::Kind::Superscript : ScriptText::Kind::Subscript,
                 &target(), target().size()});
        break;
    case Tag::Other:
        break;
    }
}

void HtmlToMarkdown::startListItem()
{
    // A new item closes whatever the previous one left open.
    dropEmptyItem();
    if (!m_lists.isEmpty())
        truncateContainers(m_lists.last().containerDepth);
    m_markerEnd = -1;
    blockBreak(false);
    QString marker = QStringLiteral("- ");
    if (!m_lists.isEmpty() && m_lists.last().ordered)
        marker = QString::number(++m_lists.last().counter) + QStringLiteral(". ");
    write(marker);
    if (&target() == &m_out)
        m_markerEnd = m_out.size();
    m_markerList = m_lists.size();
    // A list inside a table cell is flattened into the cell: it indents nothing outside.
    if (!m_lists.isEmpty() && !m_lists.last().inCell)
        m_containers.append(QString(marker.size(), QLatin1Char(' ')));
}

void HtmlToMarkdown::dropEmptyItem()
{
    // An empty bullet (<li class="divider"></li>) says nothing; an empty numbered item keeps
    // its number, since the numbers after it count it.
    if (m_markerEnd < 0 || m_out.size() != m_markerEnd || m_lists.isEmpty() ||
        m_lists.size() != m_markerList || m_lists.last().ordered)
        return;
    m_out.truncate(m_out.lastIndexOf(QLatin1Char('\n'), m_markerEnd - 1) + 1);
    m_markerEnd = -1;
}

void HtmlToMarkdown::writeEmphasis(Tag tag)
{
    // Inside code, ** would be shown literally.
    if (m_preDepth > 0 || m_codeDepth > 0)
        return;
    write(tag == Tag::Strong ? QStringLiteral("**") : QStringLiteral("*"));
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
            dropEmptyItem();
            truncateContainers(m_lists.last().containerDepth);
            m_lists.removeLast();
            m_markerEnd = -1;
            blockBreak(m_lists.isEmpty());
        }
        break;
    case Tag::Blockquote:
        if (const qsizetype quote = m_containers.lastIndexOf(QStringLiteral("> "));
            quote >= 0 && &target() == &m_out) {
            // The quote's last paragraph left an empty "> " line behind; it belongs to no one.
            static const QRegularExpression emptyQuoteTail(QStringLiteral("(\\n>+)+\\n$"));
            m_out.replace(emptyQuoteTail, QStringLiteral("\n"));
            truncateContainers(quote);
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
        if (m_tableDepth == 1)
            finishCell();
        break;
    case Tag::Table:
        if (m_tableDepth > 0 && --m_tableDepth == 0)
            endTable();
        break;
    case Tag::Code:
        if (m_preDepth == 0 && m_codeDepth > 0 && --m_codeDepth == 0)
            finishCodeSpan();
        break;
    case Tag::Strong:
    case Tag::Em:
        writeEmphasis(tag);
        break;
    case Tag::Sup:
        closeScript(ScriptText::Kind::Superscript);
        break;
    case Tag::Sub:
        closeScript(ScriptText::Kind::Subscript);
        break;
    default:
        break;
    }
}

void HtmlToMarkdown::closeScript(ScriptText::Kind kind)
{
    qsizetype i = m_scripts.size() - 1;
    while (i >= 0 && m_scripts.at(i).kind != kind)
        --i;
    if (i < 0)
        return;
    const OpenScript open = m_scripts.at(i);
    m_scripts.resize(i);
    QString& out = target();
    if (open.target != &out || open.start > out.size())
        return;
    const QString raw = out.mid(open.start);
    out.truncate(open.start);
    out += ScriptText::render(kind, raw);
}

void HtmlToMarkdown::startCodeSpan(bool joinPrevious)
{
    QString& out = target();
    // <code>a</code><code>b</code>: two spans side by side would run their fences together
    // ("`a``b`"), so the second continues the first.
    if (joinPrevious && m_lastCodeEnd == out.size() && m_lastCodeTarget == &out &&
        m_lastCodeStart >= 0 && m_lastCodeStart < out.size()) {
        out.truncate(m_lastCodeStart);
        m_codeTarget = &out;
        m_codeStart = out.size();
        out += QLatin1Char('`') + m_lastCodeContent;
        return;
    }
    m_codeTarget = &out;
    m_codeStart = out.size();
    out += QLatin1Char('`');
}

void HtmlToMarkdown::finishCodeSpan()
{
    QString& out = target();
    const qsizetype start = m_codeStart;
    m_codeStart = -1;
    if (start < 0 || m_codeTarget != &out || start >= out.size() ||
        out.at(start) != QLatin1Char('`'))
        return;
    const QString content = out.mid(start + 1);
    out.truncate(start);
    if (content.trimmed().isEmpty()) {
        out += content; // an empty span would show as bare backticks
        return;
    }
    // A fence longer than any run of backticks inside keeps the span whole.
    int longest = 0;
    int run = 0;
    for (const QChar c : content) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    const QString pad = content.startsWith(QLatin1Char('`')) || content.endsWith(QLatin1Char('`'))
                            ? QStringLiteral(" ")
                            : QString();
    out += fence + pad + content + pad + fence;
    m_lastCodeTarget = &out;
    m_lastCodeStart = start;
    m_lastCodeEnd = out.size();
    m_lastCodeContent = content;
}

void HtmlToMarkdown::openLink(const QString& href)
{
    // A link inside code: Markdown has no links inside code spans, so the span is closed
    // before the link and continues inside its label ([`name`](url)). A link that is not kept
    // (relative, javascript:) leaves the span whole.
    if (m_codeDepth > 0 && m_codeStart >= 0 && m_preDepth == 0 && isSafeLink(href)) {
        finishCodeSpan();
        m_codeInLink = true;
    }
    m_linkHref = isSafeLink(href) ? href.trimmed() : QString();
    m_linkStart = target().size();
    if (m_codeInLink)
        startCodeSpan();
}

void HtmlToMarkdown::closeLink()
{
    const bool codeInLink = m_codeInLink;
    m_codeInLink = false;
    if (codeInLink)
        finishCodeSpan();
    QString& out = target();
    if (m_linkHref.isEmpty() || m_linkStart < 0 || m_linkStart > out.size()) {
        m_linkHref.clear();
    } else {
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
    if (codeInLink && m_codeDepth > 0)
        startCodeSpan();
}

void HtmlToMarkdown::finishCell()
{
    if (!m_table.inCell)
        return;
    if (m_codeStart >= 0 && m_codeTarget == &m_table.cell)
        finishCodeSpan();
    while (!m_scripts.isEmpty() && m_scripts.last().target == &m_table.cell)
        closeScript(m_scripts.last().kind);
    m_table.inCell = false;
    m_table.layout.addCell(m_table.cell.simplified(), m_table.colspan, m_table.rowspan);
    m_table.cell.clear();
}

void HtmlToMarkdown::endTable()
{
    finishCell();
    // Lists a cell left open end with the table.
    while (!m_lists.isEmpty() && m_lists.last().inCell)
        m_lists.removeLast();
    const QString table = m_table.layout.markdown(m_notes);
    m_table = Table();
    if (table.isEmpty())
        return;
    blockBreak(true);
    write(table);
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
