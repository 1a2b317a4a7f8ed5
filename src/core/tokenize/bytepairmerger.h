#pragma once

#include "core/tokenize/vocabulary.h"

#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

namespace Cb::Core {

class BacktrackingEncoder;

// tiktoken's byte-pair merge of one pre-tokenized piece: repeatedly merge the adjacent pair
// whose bytes have the lowest rank, the leftmost one on ties, until no pair is a token. A piece
// that is itself a token is one look-up (tiktoken does the same). Short pieces use tiktoken's
// array scan; long ones (no whitespace for kilobytes) the linear BacktrackingEncoder, built on
// the first long piece. Holds a reference to the vocabulary, which must outlive it; const and
// thread-safe. count() and encode() remember recent short pieces in a per-thread cache (words
// repeat); entries are tagged with the merger's unique id, so tokenizers never see each
// other's tokens.
class BytePairMerger
{
public:
    explicit BytePairMerger(const Vocabulary& vocabulary);
    ~BytePairMerger();

    // Appends the token ranks of piece (non-empty) to out.
    void encode(std::string_view piece, std::vector<uint32_t>& out) const
    {
        encode(piece, Vocabulary::hashBytes(piece.data(), piece.size()), out);
    }
    // Same, with hash == Vocabulary::hashBytes(piece).
    void encode(std::string_view piece, uint64_t hash, std::vector<uint32_t>& out) const;
    // Number of tokens of piece, without building them.
    size_t count(std::string_view piece) const
    {
        return count(piece, Vocabulary::hashBytes(piece.data(), piece.size()));
    }
    // Same, with hash == Vocabulary::hashBytes(piece).
    size_t count(std::string_view piece, uint64_t hash) const;
    // Starts loading what count(piece, hash) and encode(piece, hash) will read first, so that
    // the load overlaps with finding the next piece (the piece cache is too big for the fastest
    // caches).
    static void prefetch(uint64_t hash);

private:
    static constexpr size_t kSmall = 64;
    // Merges a piece of at most kSmall bytes; writes its token ranks, returns their number.
    size_t mergeSmall(const char* p, size_t n, uint32_t* ranks) const;
    // Tokens of a piece of at most PieceCache::kMaxPiece bytes (a whole token or merged) into
    // ranks, also written to this thread's piece cache; returns their number.
    size_t mergeAndRemember(std::string_view piece, uint64_t hash, uint32_t* ranks) const;
    const BacktrackingEncoder& backtracking() const;

    const Vocabulary& m_vocabulary;
    uint32_t m_id;
    mutable std::once_flag m_backtrackingOnce;
    mutable std::unique_ptr<const BacktrackingEncoder> m_backtracking;
};

} // namespace Cb::Core
