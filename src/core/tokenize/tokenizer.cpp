#include "core/tokenize/tokenizer.h"

#include "core/common/resourcepaths.h"
#include "core/tokenize/prebuiltvocabulary.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>

#include <limits>

namespace Cb::Core {

Tokenizer::Tokenizer(Encoding encoding, Vocabulary vocabulary)
    : m_encoding(encoding), m_vocabulary(std::move(vocabulary)), m_preTokenizer(encoding),
      m_merger(m_vocabulary)
{
}

Result<std::shared_ptr<const Tokenizer>> Tokenizer::load(Encoding encoding,
                                                         const QString& vocabularyDir)
{
    const QString dir =
        vocabularyDir.isEmpty() ? resourcePath(QStringLiteral("tokenizers")) : vocabularyDir;
    // The tables built into the binary serve whenever the file is the one they came from.
    auto vocabulary = Vocabulary::load(dir + QLatin1Char('/') + vocabularyFileName(encoding),
                                       mergeableRankCount(encoding),
                                       prebuiltVocabularyBlob(encoding));
    if (!vocabulary)
        return fail(vocabulary.error());
    return fromVocabulary(encoding, std::move(*vocabulary));
}

std::shared_ptr<const Tokenizer> Tokenizer::fromVocabulary(Encoding encoding, Vocabulary vocabulary)
{
    std::shared_ptr<Tokenizer> t(new Tokenizer(encoding, std::move(vocabulary)));
    t->m_self = t;
    return t;
}

std::vector<uint32_t> Tokenizer::encode(std::string_view utf8) const
{
    std::vector<uint32_t> out;
    out.reserve(utf8.size() / 3 + 1);
    for (size_t pos = 0; pos < utf8.size();) {
        const size_t end = m_preTokenizer.pieceEnd(utf8, pos);
        m_merger.encode(utf8.substr(pos, end - pos), out);
        pos = end;
    }
    return out;
}

size_t Tokenizer::count(std::string_view utf8) const
{
    return countUntil(utf8, std::numeric_limits<size_t>::max());
}

size_t Tokenizer::count(const QString& text) const
{
    const QByteArray utf8 = text.toUtf8();
    return count(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

size_t Tokenizer::countUntil(std::string_view utf8, size_t limit) const
{
    if (utf8.empty())
        return 0;
    // One piece ahead: the next piece is found and its cache entry requested while the current
    // one is counted, so the cache's memory latency overlaps with scanning.
    const auto hashOf = [](std::string_view piece) {
        return Vocabulary::hashBytes(piece.data(), piece.size());
    };
    size_t end = m_preTokenizer.pieceEnd(utf8, 0);
    std::string_view piece = utf8.substr(0, end);
    uint64_t hash = hashOf(piece);
    BytePairMerger::prefetch(hash);
    size_t total = 0;
    for (;;) {
        std::string_view next;
        uint64_t nextHash = 0;
        if (end < utf8.size()) {
            const size_t nextEnd = m_preTokenizer.pieceEnd(utf8, end);
            next = utf8.substr(end, nextEnd - end);
            nextHash = hashOf(next);
            BytePairMerger::prefetch(nextHash);
            end = nextEnd;
        }
        total += m_merger.count(piece, hash);
        if (total > limit)
            return limit + 1;
        if (next.empty())
            return total;
        piece = next;
        hash = nextHash;
    }
}

Result<QByteArray> Tokenizer::decode(std::span<const uint32_t> tokens) const
{
    QByteArray out;
    for (const uint32_t id : tokens) {
        if (id < m_vocabulary.size()) {
            const std::string_view b = m_vocabulary.bytes(id);
            out.append(b.data(), static_cast<qsizetype>(b.size()));
            continue;
        }
        bool found = false;
        for (const SpecialToken& special : specialTokens(m_encoding)) {
            if (special.id == id) {
                out.append(special.text.data(), static_cast<qsizetype>(special.text.size()));
                found = true;
            }
        }
        if (!found) {
            return fail(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("Cb::Core::Tokenizer", "token id %1 is not in %2")
                    .arg(id)
                    .arg(encodingName(m_encoding)));
        }
    }
    return out;
}

std::vector<size_t> Tokenizer::countMany(std::span<const std::string_view> texts) const
{
    return QtConcurrent::blockingMapped<std::vector<size_t>>(
        texts.begin(), texts.end(), [this](std::string_view text) { return count(text); });
}

std::vector<size_t> Tokenizer::countMany(const QList<QByteArray>& texts) const
{
    std::vector<std::string_view> views;
    views.reserve(static_cast<size_t>(texts.size()));
    for (const QByteArray& text : texts)
        views.emplace_back(text.constData(), static_cast<size_t>(text.size()));
    return countMany(views);
}

QFuture<size_t> Tokenizer::countManyAsync(QList<QByteArray> texts) const
{
    auto self = m_self.lock();
    return QtConcurrent::mapped(std::move(texts), [self](const QByteArray& text) {
        return self->count(std::string_view(text.constData(), static_cast<size_t>(text.size())));
    });
}

} // namespace Cb::Core
