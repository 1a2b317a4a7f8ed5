#include "core/tokenize/tokencountcache.h"

#include "core/tokenize/tokenizer.h"

#include <mutex>

namespace Cb::Core {

TokenCountCache::TokenCountCache(qsizetype maxEntries)
    : m_maxEntries(std::max<qsizetype>(1, maxEntries))
{
}

QByteArray TokenCountCache::key(Encoding encoding, const QByteArray& contentKey)
{
    return char('0' + static_cast<int>(encoding)) + contentKey;
}

std::optional<size_t> TokenCountCache::find(Encoding encoding, const QByteArray& contentKey) const
{
    std::shared_lock lock(m_mutex);
    const auto it = m_counts.constFind(key(encoding, contentKey));
    if (it == m_counts.cend())
        return std::nullopt;
    return *it;
}

void TokenCountCache::insert(Encoding encoding, const QByteArray& contentKey, size_t count)
{
    std::unique_lock lock(m_mutex);
    if (m_counts.size() >= m_maxEntries)
        m_counts.clear();
    m_counts.insert(key(encoding, contentKey), count);
}

size_t TokenCountCache::count(const Tokenizer& tokenizer, const QByteArray& contentKey,
                              std::string_view text)
{
    if (const auto cached = find(tokenizer.encoding(), contentKey))
        return *cached;
    const size_t n = tokenizer.count(text);
    insert(tokenizer.encoding(), contentKey, n);
    return n;
}

qsizetype TokenCountCache::size() const
{
    std::shared_lock lock(m_mutex);
    return m_counts.size();
}

void TokenCountCache::clear()
{
    std::unique_lock lock(m_mutex);
    m_counts.clear();
}

} // namespace Cb::Core
