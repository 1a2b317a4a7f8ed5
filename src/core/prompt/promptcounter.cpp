#include "core/prompt/promptcounter.h"

#include "core/pack/pack.h"
#include "core/tokenize/tokencountcache.h"
#include "core/tokenize/tokenizerregistry.h"

#include <QCryptographicHash>
#include <QtConcurrent>

namespace Cb::Core {

namespace {

// Texts that missed the cache, each once even if several items share it.
struct PendingCounts
{
    QList<QByteArray> keys;
    QList<QByteArray> texts;
    QHash<QByteArray, qint64> known;

    void need(const QByteArray& key, const QByteArray& text, const TokenCountCache& cache,
              Encoding encoding)
    {
        if (known.contains(key))
            return;
        if (const auto cached = cache.find(encoding, key)) {
            known.insert(key, qint64(*cached));
            return;
        }
        known.insert(key, -1);
        keys.append(key);
        texts.append(text);
    }
};

} // namespace

PromptCounter::PromptCounter(TokenizerRegistry& registry, std::shared_ptr<TokenCountCache> cache)
    : m_registry(&registry), m_cache(cache ? std::move(cache) : std::make_shared<TokenCountCache>())
{
}

QByteArray PromptCounter::contentKey(const QByteArray& utf8)
{
    return QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex();
}

std::optional<qint64> PromptCounter::cachedCount(Encoding encoding,
                                                 const QByteArray& contentKey) const
{
    const auto n = m_cache->find(encoding, contentKey);
    return n ? std::optional<qint64>(qint64(*n)) : std::nullopt;
}

Result<EncodingCounts> PromptCounter::countFor(Encoding encoding, const Pack& pack,
                                               const QByteArray& instructions,
                                               const QByteArray& input) const
{
    auto tokenizer = m_registry->tokenizer(encoding);
    if (!tokenizer)
        return tl::unexpected<Error>(tokenizer.error());

    PendingCounts pending;
    const QByteArray instructionsKey = contentKey(instructions);
    const QByteArray inputKey = contentKey(input);
    pending.need(instructionsKey, instructions, *m_cache, encoding);
    pending.need(inputKey, input, *m_cache, encoding);
    QList<QList<QByteArray>> itemKeys;
    for (const PackSection& section : pack.sections) {
        QList<QByteArray>& keys = itemKeys.emplace_back();
        for (const PackItem& item : section.items) {
            const QByteArray text = item.text.toUtf8();
            keys.append(contentKey(text));
            pending.need(keys.last(), text, *m_cache, encoding);
        }
    }

    if (!pending.texts.isEmpty()) {
        const std::vector<size_t> counts = (*tokenizer)->countMany(pending.texts);
        for (qsizetype i = 0; i < pending.keys.size(); ++i) {
            const size_t n = counts[size_t(i)];
            m_cache->insert(encoding, pending.keys[i], n);
            pending.known.insert(pending.keys[i], qint64(n));
        }
    }

    EncodingCounts out;
    out.encoding = encoding;
    out.instructions = pending.known.value(instructionsKey);
    out.input = pending.known.value(inputKey);
    for (qsizetype s = 0; s < pack.sections.size(); ++s) {
        qint64 sum = 0;
        const PackSection& section = pack.sections[s];
        for (qsizetype i = 0; i < section.items.size(); ++i) {
            const qint64 n = pending.known.value(itemKeys[s][i]);
            out.items.insert(section.items[i].id, n);
            if (section.items[i].enabled)
                sum += n;
        }
        out.sections.append(sum);
    }
    return out;
}

Result<PromptCounts> PromptCounter::count(const Pack& pack, const AssembledPrompt& prompt,
                                          const QList<Encoding>& encodings) const
{
    const QByteArray instructions = prompt.instructions.toUtf8();
    const QByteArray input = prompt.input.toUtf8();
    PromptCounts counts;
    counts.promptSha256 = prompt.sha256();
    for (Encoding encoding : encodings) {
        if (counts.find(encoding))
            continue;
        auto one = countFor(encoding, pack, instructions, input);
        if (!one)
            return tl::unexpected<Error>(one.error());
        counts.encodings.append(std::move(*one));
    }
    return counts;
}

QFuture<Result<PromptCounts>> PromptCounter::countAsync(Pack pack, AssembledPrompt prompt,
                                                        QList<Encoding> encodings) const
{
    // A copy of the counter (registry pointer + shared cache) travels with the work.
    return QtConcurrent::run(
        [self = *this, pack = std::move(pack), prompt = std::move(prompt),
         encodings = std::move(encodings)] { return self.count(pack, prompt, encodings); });
}

} // namespace Cb::Core
