#include "core/prompt/promptcounter.h"

#include "core/common/sha256.h"
#include "core/pack/pack.h"
#include "core/prompt/promptcountplan.h"
#include "core/tokenize/tokencountcache.h"
#include "core/tokenize/tokenizerregistry.h"
#include "core/common/releasedpoolthread.h"

#include <QtConcurrent>

namespace Cb::Core {

PromptCounter::PromptCounter(TokenizerRegistry& registry, std::shared_ptr<TokenCountCache> cache)
    : m_registry(&registry),
      m_cache(cache ? std::move(cache) : std::make_shared<TokenCountCache>()),
      m_digests(std::make_shared<TextDigestMemo>())
{
}

QByteArray PromptCounter::contentKey(const QByteArray& utf8)
{
    return Sha256::hash(utf8).toHex();
}

std::optional<qint64> PromptCounter::cachedCount(Encoding encoding,
                                                 const QByteArray& contentKey) const
{
    const auto n = m_cache->find(encoding, contentKey);
    return n ? std::optional<qint64>(qint64(*n)) : std::nullopt;
}

Result<EncodingCounts> PromptCounter::countFor(Encoding encoding, const Pack& pack,
                                               const AssembledPrompt& prompt,
                                               const std::vector<TextDigest>& digests) const
{
    auto tokenizer = m_registry->tokenizer(encoding);
    if (!tokenizer)
        return tl::unexpected<Error>(tokenizer.error());

    PromptCountPlan plan(encoding, *m_cache);
    const int instructions = plan.addPart(prompt.instructions, prompt.segments,
                                          PromptSegment::Part::Instructions, *m_digests);
    const int input =
        plan.addPart(prompt.input, prompt.segments, PromptSegment::Part::Input, *m_digests);
    std::vector<int> items;
    size_t next = 0;
    for (const PackSection& section : pack.sections) {
        for (const PackItem& item : section.items)
            items.push_back(plan.addItem(item.text, digests[next++]));
    }
    plan.run(**tokenizer);

    EncodingCounts out;
    out.encoding = encoding;
    out.instructions = plan.value(instructions);
    out.input = plan.value(input);
    next = 0;
    for (const PackSection& section : pack.sections) {
        qint64 sum = 0;
        for (const PackItem& item : section.items) {
            const qint64 n = plan.value(items[next++]);
            out.items.insert(item.id, n);
            if (item.enabled)
                sum += n;
        }
        out.sections.append(sum);
    }
    return out;
}

Result<PromptCounts> PromptCounter::count(const Pack& pack, const AssembledPrompt& prompt,
                                          const QList<Encoding>& encodings,
                                          QByteArray promptSha256) const
{
    // Digests of new texts (sha256 of megabytes) are computed on all cores.
    std::vector<const QString*> texts;
    for (const PackSection& section : pack.sections) {
        for (const PackItem& item : section.items)
            texts.push_back(&item.text);
    }
    // countAsync runs this on a pool thread: it must not hold its pool slot while it waits.
    const ReleasedPoolThread waiting;
    const std::vector<TextDigest> digests = QtConcurrent::blockingMapped<std::vector<TextDigest>>(
        texts.begin(), texts.end(), [this](const QString* text) { return m_digests->digest(*text); });

    PromptCounts counts;
    counts.promptSha256 = promptSha256.isEmpty() ? prompt.sha256() : std::move(promptSha256);
    counts.density = PromptCountPlan::density(prompt.instructions, prompt.segments,
                                              PromptSegment::Part::Instructions, *m_digests);
    counts.density += PromptCountPlan::density(prompt.input, prompt.segments,
                                               PromptSegment::Part::Input, *m_digests);
    for (Encoding encoding : encodings) {
        if (counts.find(encoding))
            continue;
        auto one = countFor(encoding, pack, prompt, digests);
        if (!one)
            return tl::unexpected<Error>(one.error());
        counts.encodings.append(std::move(*one));
    }
    m_digests->sweep();
    return counts;
}

QFuture<Result<PromptCounts>> PromptCounter::countAsync(Pack pack, AssembledPrompt prompt,
                                                        QList<Encoding> encodings,
                                                        QByteArray promptSha256) const
{
    // A copy of the counter (registry pointer + shared cache and memo) travels with the work.
    return QtConcurrent::run([self = *this, pack = std::move(pack), prompt = std::move(prompt),
                              encodings = std::move(encodings),
                              sha = std::move(promptSha256)] {
        return self.count(pack, prompt, encodings, sha);
    });
}

} // namespace Cb::Core
