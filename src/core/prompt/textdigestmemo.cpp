#include "core/prompt/textdigestmemo.h"

#include "core/common/sha256.h"
#include "core/tokenize/pretokenizer.h"

namespace Cb::Core {

TextDigest TextDigestMemo::compute(const QString& text)
{
    TextDigest d;
    d.key = Sha256::hexOfUtf8(text);
    const QStringView view(text);
    qsizetype first = -1;
    for (qsizetype at = view.indexOf(u'\n'); at >= 0; at = view.indexOf(u'\n', at + 1)) {
        if (at + 1 < view.size() && PreTokenizer::alwaysSplitsAt(view, at + 1)) {
            first = at + 1;
            break;
        }
    }
    if (first < 0)
        return d;
    qsizetype last = first;
    for (qsizetype at = view.lastIndexOf(u'\n'); at >= first; at = view.lastIndexOf(u'\n', at - 1)) {
        if (at + 1 < view.size() && PreTokenizer::alwaysSplitsAt(view, at + 1)) {
            last = at + 1;
            break;
        }
        if (at == 0)
            break;
    }
    d.coreStart = first;
    d.coreEnd = last;
    d.coreDensity = TokenDensity::of(view.sliced(first, last - first));
    return d;
}

TextDigest TextDigestMemo::digest(const QString& text)
{
    const QChar* identity = text.constData();
    if (!text.data_ptr().isMutable()) // static or raw data: no buffer of its own
        return compute(text);
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_entries.find(identity);
        if (it != m_entries.end() && it->text.size() == text.size()) {
            it->used = true;
            return it->digest;
        }
    }
    TextDigest d = compute(text);
    std::lock_guard lock(m_mutex);
    m_entries.insert(identity, Entry{text, d, true});
    return d;
}

void TextDigestMemo::sweep()
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!it->used) {
            it = m_entries.erase(it);
        } else {
            it->used = false;
            ++it;
        }
    }
}

qsizetype TextDigestMemo::size() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

} // namespace Cb::Core
