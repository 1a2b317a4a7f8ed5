#pragma once

#include "core/common/result.h"
#include "core/tokenize/bytepairmerger.h"
#include "core/tokenize/encoding.h"
#include "core/tokenize/pretokenizer.h"
#include "core/tokenize/vocabulary.h"

#include <QByteArray>
#include <QFuture>
#include <QList>

#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace Cb::Core {

// Exact tiktoken byte-pair encoding (o200k_base, cl100k_base): the same token ids as tiktoken's
// encode_ordinary. Text that looks like a special token ("<|endoftext|>") is ordinary text.
// Input is UTF-8; invalid bytes never crash: they split like U+FFFD but are encoded as their
// raw bytes, so decode(encode(x)) == x for any byte string.
//
// Immutable after load and shared through shared_ptr; every method is const and safe to call
// from any number of threads at once. Loading the shipped vocabularies uses the tables built
// into the binary (a few ms: the .tiktoken file is only hashed to check it is the same); any
// other .tiktoken file is parsed (tens of ms). Do it off the GUI thread, e.g. through
// TokenizerRegistry::tokenizerAsync().
class Tokenizer
{
public:
    // Loads <vocabularyDir>/<encoding>.tiktoken; the default dir is resourcePath("tokenizers").
    static Result<std::shared_ptr<const Tokenizer>> load(Encoding encoding,
                                                         const QString& vocabularyDir = {});
    static std::shared_ptr<const Tokenizer> fromVocabulary(Encoding encoding,
                                                           Vocabulary vocabulary);

    Tokenizer(const Tokenizer&) = delete;
    Tokenizer& operator=(const Tokenizer&) = delete;

    Encoding encoding() const { return m_encoding; }
    const Vocabulary& vocabulary() const { return m_vocabulary; }

    std::vector<uint32_t> encode(std::string_view utf8) const;
    size_t count(std::string_view utf8) const;
    size_t count(const QString& text) const;
    // Stops as soon as the count passes limit: the exact count when it is <= limit,
    // otherwise limit + 1 (for budget checks on large texts).
    size_t countUntil(std::string_view utf8, size_t limit) const;

    // Token bytes joined; special token ids decode to their text. Unknown ids fail.
    Result<QByteArray> decode(std::span<const uint32_t> tokens) const;

    // Counts each text on the global QThreadPool (all cores) and blocks until done: call it
    // from a worker thread, never from the GUI thread. Results are in input order.
    std::vector<size_t> countMany(std::span<const std::string_view> texts) const;
    std::vector<size_t> countMany(const QList<QByteArray>& texts) const;
    // Non-blocking: the future's results are the counts in input order. The tokenizer keeps
    // itself alive until the work is done.
    QFuture<size_t> countManyAsync(QList<QByteArray> texts) const;

private:
    Tokenizer(Encoding encoding, Vocabulary vocabulary);

    Encoding m_encoding;
    Vocabulary m_vocabulary;
    PreTokenizer m_preTokenizer;
    BytePairMerger m_merger;
    std::weak_ptr<const Tokenizer> m_self;
};

} // namespace Cb::Core
