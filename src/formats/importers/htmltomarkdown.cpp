#include "formats/importers/htmltomarkdown.h"

#include "formats/importers/htmlentities.h"

#include <QRegularExpression>
#include <QSet>

namespace Cb::Formats {

namespace {

bool isDropped(const QString& name)
{
    static const QSet<QString> names = {
        QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("svg"),    QStringLiteral("math"),
        QStringLiteral("iframe"),   QStringLiteral("object"),   QStringLiteral("canvas"), QStringLiteral("audio"),
        QStringLiteral("video"),    QStringLiteral("select"),   QStringLiteral("button"), QStringLiteral("textarea"),
        QStringLiteral("frameset"), QStringLiteral("map"),      QStringLiteral("datalist"),
    };
    return names.contains(name);
}

bool isParagraphBlock(const QString& name)
{
    static const QSet<QString> names = {
        QStringLiteral("p"),      QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("header"),
        QStringLiteral("footer"), QStringLiteral("main"),    QStringLiteral("aside"),   QStringLiteral("nav"),
        QStringLiteral("figure"), QStringLiteral("dl"),      QStringLiteral("address"), QStringLiteral("details"),
        QStringLiteral("form"),   QStringLiteral("fieldset"),
    };
    return names.contains(name);
}

bool isLineBlock(const QString& name)
{
    static const QSet<QString> names = {
        QStringLiteral("div"), QStringLiteral("dt"), QStringLiteral("dd"), QStringLiteral("figcaption"),
        QStringLiteral("summary"), QStringLiteral("caption"), QStringLiteral("legend"),
    };
    return names.contains(name);
}

int headingLevel(const QString& name)
{
    if (name.size() == 2 && name.at(0) == QLatin1Char('h') && name.at(1) >= QLatin1Char('1') && name.at(1) <= QLatin1Char('6'))
        return name.at(1).digitValue();
    return 0;
}

bool isSafeLink(const QString& href)
{
    const QString lower = href.trimmed().toLower();
    return lower.startsWith(QStringLiteral("http://")) || lower.startsWith(QStringLiteral("https://"))
        || lower.startsWith(QStringLiteral("mailto:"));
}

QString emphasisMarker(const QString& name)
{
    if (name == QStringLiteral("strong") || name == QStringLiteral("b"))
        return QStringLiteral("**");
    if (name == QStringLiteral("em") || name == QStringLiteral("i"))
        return QStringLiteral("*");
    if (name == QStringLiteral("code") || name == QStringLiteral("kbd") || name == QStringLiteral("samp"))
        return QStringLiteral("`");
    return QString();
}

} // namespace

HtmlToMarkdown::Output HtmlToMarkdown::convert(const QString& html)
{
    HtmlToMarkdown converter(html);
    converter.run();
    Output out;
    out.title = converter.m_title.simplified();
    out.markdown = converter.finish();
    return out;
}

void HtmlToMarkdown::run()
{
    for (HtmlTokenizer::Token t = m_tokenizer.next(); t.kind != HtmlTokenizer::Kind::End; t = m_tokenizer.next()) {
        if (!m_skipTag.isEmpty()) {
            // Inside a dropped element: only track nesting of the same name to find its end.
            if (t.name == m_skipTag && t.kind == HtmlTokenizer::Kind::StartTag && !t.selfClosing)
                ++m_skipNesting;
            else if (t.name == m_skipTag && t.kind == HtmlTokenizer::Kind::EndTag && --m_skipNesting == 0)
                m_skipTag.clear();
            continue;
        }
        if (t.kind == HtmlTokenizer::Kind::Text)
            text(t.text);
        else if (t.kind == HtmlTokenizer::Kind::StartTag)
            startTag(t);
        else
            endTag(t.name);
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
    if (blankLine && !out.endsWith(QStringLiteral("\n\n")) && !out.endsWith(QLatin1Char('\n') + quote + QLatin1Char('\n')))
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
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString s = raw;
    s.replace(spaces, QStringLiteral(" "));
    s = HtmlEntities::decode(s);
    s.replace(QChar(0xA0), QLatin1Char(' '));
    const QString& out = target();
    if (out.isEmpty() || out.endsWith(QLatin1Char(' ')) || out.endsWith(QLatin1Char('\n')))
        s = s.trimmed().isEmpty() ? QString() : (s.startsWith(QLatin1Char(' ')) ? s.mid(1) : s);
    if (!s.isEmpty())
        write(s);
}

void HtmlToMarkdown::startTag(const HtmlTokenizer::Token& t)
{
    const QString& name = t.name;
    if (isDropped(name)) {
        if (!t.selfClosing) {
            m_skipTag = name;
            m_skipNesting = 1;
        }
        return;
    }
    if (name == QStringLiteral("title")) {
        m_inTitle = !t.selfClosing;
    } else if (const int level = headingLevel(name)) {
        blockBreak(true);
        write(QStringLiteral("#").repeated(level) + QLatin1Char(' '));
    } else if (isParagraphBlock(name)) {
        blockBreak(true);
    } else if (isLineBlock(name) || name == QStringLiteral("tr")) {
        blockBreak(false);
    } else if (name == QStringLiteral("br")) {
        QString& out = target();
        if (&out == &m_table.cell)
            out += QLatin1Char(' ');
        else
            out += QLatin1Char('\n');
    } else if (name == QStringLiteral("hr")) {
        blockBreak(true);
        write(QStringLiteral("---"));
        blockBreak(true);
    } else if (name == QStringLiteral("ul") || name == QStringLiteral("ol")) {
        if (m_lists.isEmpty())
            blockBreak(true);
        m_lists.append({name == QStringLiteral("ol"), t.attributes.value(QStringLiteral("start"), QStringLiteral("1")).toInt() - 1});
    } else if (name == QStringLiteral("li")) {
        blockBreak(false);
        const int depth = int(qMax<qsizetype>(1, m_lists.size()));
        QString marker = QStringLiteral("- ");
        if (!m_lists.isEmpty() && m_lists.last().ordered)
            marker = QString::number(++m_lists.last().counter) + QStringLiteral(". ");
        write(QStringLiteral("  ").repeated(depth - 1) + marker);
    } else if (name == QStringLiteral("blockquote")) {
        blockBreak(true);
        ++m_quoteDepth;
    } else if (name == QStringLiteral("pre")) {
        blockBreak(true);
        write(QStringLiteral("```\n"));
        ++m_preDepth;
    } else if (name == QStringLiteral("a")) {
        openLink(t.attributes.value(QStringLiteral("href")));
    } else if (name == QStringLiteral("img")) {
        // Only the description is kept; the image itself is never fetched.
        const QString alt = t.attributes.value(QStringLiteral("alt")).simplified();
        if (!alt.isEmpty())
            write(QStringLiteral("[image: %1]").arg(alt));
    } else if (name == QStringLiteral("table")) {
        if (m_tableDepth++ == 0) {
            blockBreak(true);
            m_table = Table();
        } else {
            blockBreak(false);
        }
    } else if ((name == QStringLiteral("td") || name == QStringLiteral("th")) && m_tableDepth == 1) {
        if (m_table.rows.isEmpty())
            m_table.rows.append(QStringList());
        m_table.inCell = true;
        m_table.cell.clear();
        const int span = qBound(1, t.attributes.value(QStringLiteral("colspan"), QStringLiteral("1")).toInt(), 50);
        for (int k = 1; k < span; ++k)
            m_table.rows.last().append(QString());
    } else if (const QString marker = emphasisMarker(name); !marker.isEmpty() && m_preDepth == 0) {
        write(marker);
    }
    if (name == QStringLiteral("tr") && m_tableDepth == 1)
        m_table.rows.append(QStringList());
}

void HtmlToMarkdown::endTag(const QString& name)
{
    if (name == QStringLiteral("title")) {
        m_inTitle = false;
    } else if (headingLevel(name) || isParagraphBlock(name)) {
        blockBreak(true);
    } else if (isLineBlock(name)) {
        blockBreak(false);
    } else if ((name == QStringLiteral("ul") || name == QStringLiteral("ol")) && !m_lists.isEmpty()) {
        m_lists.removeLast();
        blockBreak(m_lists.isEmpty());
    } else if (name == QStringLiteral("blockquote") && m_quoteDepth > 0) {
        // The quote's last paragraph left an empty "> " line behind; it belongs to no one.
        static const QRegularExpression emptyQuoteTail(QStringLiteral("(\\n>+)+\\n$"));
        m_out.replace(emptyQuoteTail, QStringLiteral("\n"));
        --m_quoteDepth;
        blockBreak(true);
    } else if (name == QStringLiteral("pre") && m_preDepth > 0) {
        --m_preDepth;
        if (!target().endsWith(QLatin1Char('\n')))
            write(QStringLiteral("\n"));
        write(QStringLiteral("```"));
        blockBreak(true);
    } else if (name == QStringLiteral("a")) {
        closeLink();
    } else if ((name == QStringLiteral("td") || name == QStringLiteral("th")) && m_tableDepth == 1 && m_table.inCell) {
        m_table.inCell = false;
        if (m_table.rows.isEmpty())
            m_table.rows.append(QStringList());
        m_table.rows.last().append(m_table.cell.simplified());
    } else if (name == QStringLiteral("table") && m_tableDepth > 0) {
        if (--m_tableDepth == 0)
            endTable();
    } else if (const QString marker = emphasisMarker(name); !marker.isEmpty() && m_preDepth == 0) {
        write(marker);
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
        md = QStringLiteral("# ") + title + (md.isEmpty() ? QString() : QStringLiteral("\n\n") + md);
    return md;
}

} // namespace Cb::Formats
