#include "formats/importers/htmltokenizer.h"

#include "formats/importers/htmlentities.h"

namespace Cb::Formats {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char(':') ||
           c == QLatin1Char('_');
}

} // namespace

void HtmlTokenizer::skipPast(const QString& terminator)
{
    const qsizetype end = m_html.indexOf(terminator, m_pos);
    m_pos = end < 0 ? m_html.size() : end + terminator.size();
}

void HtmlTokenizer::skipRawText(const QString& tagName)
{
    const QString closing = QStringLiteral("</") + tagName;
    const qsizetype end = m_html.indexOf(closing, m_pos, Qt::CaseInsensitive);
    if (end < 0) {
        m_pos = m_html.size();
        return;
    }
    m_pos = end;
    skipPast(QStringLiteral(">"));
}

HtmlTokenizer::Token HtmlTokenizer::next()
{
    Token token;
    const qsizetype n = m_html.size();
    while (m_pos < n) {
        if (m_html.at(m_pos) != QLatin1Char('<')) {
            qsizetype end = m_html.indexOf(QLatin1Char('<'), m_pos);
            if (end < 0)
                end = n;
            token.kind = Kind::Text;
            token.text = m_html.mid(m_pos, end - m_pos);
            m_pos = end;
            return token;
        }
        const QStringView rest = QStringView(m_html).mid(m_pos);
        if (rest.startsWith(u"<!--")) {
            m_pos += 4;
            skipPast(QStringLiteral("-->"));
            continue;
        }
        if (rest.startsWith(u"<!") || rest.startsWith(u"<?")) {
            skipPast(QStringLiteral(">"));
            continue;
        }
        const bool isEnd = rest.startsWith(u"</");
        const qsizetype nameStart = m_pos + (isEnd ? 2 : 1);
        if (nameStart >= n || !m_html.at(nameStart).isLetter()) {
            // A lone '<' (as in "a < b") is text.
            token.kind = Kind::Text;
            token.text = QStringLiteral("<");
            ++m_pos;
            return token;
        }
        Token tag = readTag();
        if (tag.kind == Kind::StartTag && !tag.selfClosing &&
            (tag.name == QStringLiteral("script") || tag.name == QStringLiteral("style"))) {
            // Never shown to a reader and never run: skipped whole.
            skipRawText(tag.name);
            continue;
        }
        return tag;
    }
    return token;
}

HtmlTokenizer::Token HtmlTokenizer::readTag()
{
    Token token;
    const qsizetype n = m_html.size();
    token.kind = m_html.at(m_pos + 1) == QLatin1Char('/') ? Kind::EndTag : Kind::StartTag;
    qsizetype i = m_pos + (token.kind == Kind::EndTag ? 2 : 1);
    const qsizetype nameStart = i;
    while (i < n && isNameChar(m_html.at(i)))
        ++i;
    token.name = m_html.mid(nameStart, i - nameStart).toLower();
    while (i < n && m_html.at(i) != QLatin1Char('>')) {
        const QChar c = m_html.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('/')) {
            token.selfClosing = i + 1 < n && m_html.at(i + 1) == QLatin1Char('>');
            ++i;
            continue;
        }
        const qsizetype attrStart = i;
        while (i < n && !m_html.at(i).isSpace() && m_html.at(i) != QLatin1Char('=') &&
               m_html.at(i) != QLatin1Char('>') && m_html.at(i) != QLatin1Char('/'))
            ++i;
        const QString attrName = m_html.mid(attrStart, i - attrStart).toLower();
        while (i < n && m_html.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && m_html.at(i) == QLatin1Char('=')) {
            ++i;
            while (i < n && m_html.at(i).isSpace())
                ++i;
            if (i < n && (m_html.at(i) == QLatin1Char('"') || m_html.at(i) == QLatin1Char('\''))) {
                const QChar quote = m_html.at(i);
                const qsizetype close = m_html.indexOf(quote, i + 1);
                const qsizetype end = close < 0 ? n : close;
                value = m_html.mid(i + 1, end - i - 1);
                i = close < 0 ? n : close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !m_html.at(i).isSpace() && m_html.at(i) != QLatin1Char('>'))
                    ++i;
                value = m_html.mid(valueStart, i - valueStart);
            }
        }
        if (!attrName.isEmpty() && token.attribute(attrName).isNull())
            token.attributes.append({attrName, HtmlEntities::decode(value)});
        if (i == attrStart)
            ++i; // never stall on an odd character
    }
    m_pos = i < n ? i + 1 : n;
    return token;
}

} // namespace Cb::Formats
