#pragma once

#include "core/common/result.h"
#include "core/prompt/assembledprompt.h"
#include "core/prompt/promptcounts.h"

#include <QFuture>

#include <memory>

namespace Cb::Core {

struct Pack;
class TokenCountCache;
class TokenizerRegistry;

// Counts an assembled prompt, its items and sections for a set of encodings. Everything is
// remembered in a TokenCountCache by (encoding, sha256 of the text): the items under
// PackItem::contentHash(), the two prompt parts under the digest of their own text. So after
// editing one item only that item and the input part are counted again, and an unchanged
// instructions part is never recounted. Texts that miss the cache are counted together with
// Tokenizer::countMany (all cores).
//
// Shares the registry (not owned; must outlive the counter and its futures) and the cache
// (shared_ptr, thread-safe). count() blocks: call it from a worker thread. countAsync() runs on
// the global pool over copies of its inputs and is safe to call from the GUI thread.
class PromptCounter
{
public:
    explicit PromptCounter(TokenizerRegistry& registry,
                           std::shared_ptr<TokenCountCache> cache = {});

    Result<PromptCounts> count(const Pack& pack, const AssembledPrompt& prompt,
                               const QList<Encoding>& encodings) const;
    QFuture<Result<PromptCounts>> countAsync(Pack pack, AssembledPrompt prompt,
                                             QList<Encoding> encodings) const;

    // Cache look-up only, never counts: what the tree shows until a count lands.
    std::optional<qint64> cachedCount(Encoding encoding, const QByteArray& contentKey) const;
    const std::shared_ptr<TokenCountCache>& cache() const { return m_cache; }

    // The digest the counter uses for a prompt part (same form as PackItem::contentHash()).
    static QByteArray contentKey(const QByteArray& utf8);

private:
    Result<EncodingCounts> countFor(Encoding encoding, const Pack& pack,
                                    const QByteArray& instructions, const QByteArray& input) const;

    TokenizerRegistry* m_registry;
    std::shared_ptr<TokenCountCache> m_cache;
};

} // namespace Cb::Core
