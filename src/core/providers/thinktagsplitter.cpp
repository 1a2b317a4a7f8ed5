#include "core/providers/thinktagsplitter.h"

namespace Cb::Core {

namespace {

const QString& openTag()
{
    static const QString t = QStringLiteral("<think>");
    return t;
}

const QString& closeTag()
{
    static const QString t = QStringLiteral("</think>");
    return t;
}

// Length of the longest suffix of `s` that is a proper prefix of `tag`.
qsizetype partialTagSuffix(const QString& s, const QString& tag)
{
    for (qsizetype len = std::min(s.size(), tag.size() - 1); len > 0; --len) {
        if (QStringView(s).right(len) == QStringView(tag).left(len))
            return len;
    }
    return 0;
}

} // namespace

void ThinkTagSplitter::emitText(QList<Piece>& out, QString text)
{
    if (!m_inside && m_trimAfterClose) {
        // The answer usually starts with blank lines after </think>; they are layout noise.
        qsizetype i = 0;
        while (i < text.size() && (text[i] == u'\n' || text[i] == u'\r'))
            ++i;
        text.remove(0, i);
        if (text.isEmpty())
            return;
        m_trimAfterClose = false;
    }
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().reasoning == m_inside)
        out.last().text += text;
    else
        out.append(Piece{m_inside, std::move(text)});
}

QList<ThinkTagSplitter::Piece> ThinkTagSplitter::feed(const QString& delta)
{
    QList<Piece> out;
    QString buf = m_pending + delta;
    m_pending.clear();
    while (!buf.isEmpty()) {
        const QString& tag = m_inside ? closeTag() : openTag();
        const qsizetype at = buf.indexOf(tag);
        if (at >= 0) {
            emitText(out, buf.left(at));
            buf.remove(0, at + tag.size());
            m_inside = !m_inside;
            if (!m_inside)
                m_trimAfterClose = true;
            continue;
        }
        const qsizetype keep = partialTagSuffix(buf, tag);
        m_pending = buf.right(keep);
        buf.chop(keep);
        emitText(out, buf);
        break;
    }
    return out;
}

QList<ThinkTagSplitter::Piece> ThinkTagSplitter::flush()
{
    QList<Piece> out;
    emitText(out, m_pending);
    m_pending.clear();
    return out;
}

} // namespace Cb::Core
