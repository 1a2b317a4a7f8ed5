#pragma once

#include "core/tokenize/encoding.h"

#include <QByteArray>
#include <QHash>

#include <optional>
#include <shared_mutex>
#include <string_view>

namespace Cb::Core {

class Tokenizer;

// Token counts remembered by (encoding, content key), so re-counting an unchanged pack item is
// a look-up. The key is the caller's digest of the text (PackItem's sha256); the cache never
// hashes text itself. Bounded: when maxEntries is reached, the cache starts over (counting is
// cheap enough that a simple reset beats LRU bookkeeping). Thread-safe: concurrent readers,
// one writer at a time; count() runs the tokenizer outside the lock.
class TokenCountCache
{
public:
    explicit TokenCountCache(qsizetype maxEntries = 100000);

    std::optional<size_t> find(Encoding encoding, const QByteArray& contentKey) const;
    void insert(Encoding encoding, const QByteArray& contentKey, size_t count);
    // The cached count, or tokenizer.count(text) remembered under contentKey.
    size_t count(const Tokenizer& tokenizer, const QByteArray& contentKey, std::string_view text);

    qsizetype size() const;
    void clear();

private:
    static QByteArray key(Encoding encoding, const QByteArray& contentKey);

    const qsizetype m_maxEntries;
    mutable std::shared_mutex m_mutex;
    QHash<QByteArray, size_t> m_counts;
};

} // namespace Cb::Core
