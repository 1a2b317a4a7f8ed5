#pragma once

#include "core/prompt/tokendensity.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <mutex>

namespace Cb::Core {

// What PromptCounter needs to know about an item's text: its content key (sha256 hex of the
// UTF-8, as PackItem::contentHash()) and its core, the stretch between the first and the last
// position inside it where the pre-tokenizers always split (PreTokenizer::alwaysSplitsAt). The
// core counts the same alone and inside any prompt, so its count is shared by the two.
struct TextDigest
{
    QByteArray key;
    qsizetype coreStart = 0; // coreStart == coreEnd: no core (no such position inside)
    qsizetype coreEnd = 0;
    // Of the core alone: a prompt's density is the sum of its items' cores and the rest.
    TokenDensity coreDensity;
};

// Remembers the digest of each text by the identity of its buffer, so an unchanged item of a
// large pack costs a look-up instead of hashing megabytes on every recount. Safe because the
// memo keeps a copy of each text it remembers: the shared buffer then cannot be freed or
// written in place (Qt detaches a shared string before writing), so the address cannot come to
// hold other text. Texts without an allocated buffer are digested every time.
// sweep() forgets the texts not asked about since the previous sweep, which bounds the memory
// held to the texts in use. Thread-safe; digests are computed outside the lock.
class TextDigestMemo
{
public:
    TextDigest digest(const QString& text);
    void sweep();
    qsizetype size() const;

    static TextDigest compute(const QString& text);

private:
    struct Entry
    {
        QString text; // keeps the buffer alive and immutable
        TextDigest digest;
        bool used = true;
    };
    mutable std::mutex m_mutex;
    QHash<const QChar*, Entry> m_entries;
};

} // namespace Cb::Core
