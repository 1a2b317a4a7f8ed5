#pragma once

#include "core/common/result.h"
#include "core/prompt/assembledprompt.h"
#include "core/prompt/promptcounts.h"
#include "core/prompt/textdigestmemo.h"

#include <QFuture>

#include <memory>
#include <vector>

namespace Cb::Core {

struct Pack;
class TokenCountCache;
class TokenizerRegistry;

// Counts an assembled prompt, its items and sections for a set of encodings. Counts are
// remembered in a TokenCountCache by (encoding, sha256 of the text): the items under
// PackItem::contentHash(), and the bulk of each item (its core, see PromptCountPlan) on its own
// key. A prompt part is counted as the cores of the items written into it plus the short
// stretches between them, so after editing one item only that item and a few headings are
// counted again, however large the pack. Item digests are remembered by text identity
// (TextDigestMemo), so unchanged items are not hashed again either. What misses the cache is
// counted on all cores.
//
// Shares the registry (not owned; must outlive the counter and its futures) and the cache
// (shared_ptr, thread-safe). count() blocks: call it from a worker thread. countAsync() runs on
// the global pool over copies of its inputs and is safe to call from the GUI thread.
class PromptCounter
{
public:
    explicit PromptCounter(TokenizerRegistry& registry,
                           std::shared_ptr<TokenCountCache> cache = {});

    // promptSha256: prompt.sha256() when the caller has it already (hashing a large prompt
    // again costs more than counting it from the cache).
    Result<PromptCounts> count(const Pack& pack, const AssembledPrompt& prompt,
                               const QList<Encoding>& encodings,
                               QByteArray promptSha256 = {}) const;
    QFuture<Result<PromptCounts>> countAsync(Pack pack, AssembledPrompt prompt,
                                             QList<Encoding> encodings,
                                             QByteArray promptSha256 = {}) const;

    // Cache look-up only, never counts: what the tree shows until a count lands.
    std::optional<qint64> cachedCount(Encoding encoding, const QByteArray& contentKey) const;
    const std::shared_ptr<TokenCountCache>& cache() const { return m_cache; }

    // The digest the counter uses for a prompt part (same form as PackItem::contentHash()).
    static QByteArray contentKey(const QByteArray& utf8);

private:
    Result<EncodingCounts> countFor(Encoding encoding, const Pack& pack,
                                    const AssembledPrompt& prompt,
                                    const std::vector<TextDigest>& digests) const;

    TokenizerRegistry* m_registry;
    std::shared_ptr<TokenCountCache> m_cache;
    std::shared_ptr<TextDigestMemo> m_digests;
};

} // namespace Cb::Core
