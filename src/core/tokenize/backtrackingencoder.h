#pragma once

#include "core/tokenize/vocabulary.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace Cb::Core {

// tiktoken's byte-pair merge in linear time, for pieces the pre-tokenizer cannot split (minified
// code, base64, long runs of one script). Same ids as the lowest-rank merge loop.
//
// The idea is the one GitHub's `bpe` crate describes: BPE output is the unique token sequence in
// which every adjacent pair is "valid" (re-encoding the two tokens' bytes gives the same two
// tokens). So take the longest token matching at the current position; if it cannot follow the
// previous token, try the next shorter token that is a prefix of it; if none fits, drop the
// previous token and retry it shorter. A bit per byte position remembers positions no encoding
// can pass through, which keeps the backtracking linear.
//
// Validity is decided from each token's split: the two tokens BPE joins last to build it (found
// once from the vocabulary, in rank order). Two tokens are compatible unless some merge across
// their boundary has a lower rank than the merges that built the parts on each side. Tokens
// that BPE can never build from their own bytes are left out of matching.
//
// Building the tables takes tens of ms and ~20 MB (o200k), so BytePairMerger makes one on
// first use. Immutable afterwards and thread-safe; the vocabulary must outlive it.
class BacktrackingEncoder
{
public:
    explicit BacktrackingEncoder(const Vocabulary& vocabulary);

    // Appends the token ranks of piece (non-empty) to out.
    void encode(std::string_view piece, std::vector<uint32_t>& out) const;
    size_t memoryBytes() const;

private:
    static constexpr uint32_t kNone = Vocabulary::kNoRank;

    // Child of a node two or more bytes deep (the first two levels are direct tables).
    uint32_t child(uint32_t node, unsigned char byte) const
    {
        const uint64_t key = ((uint64_t(node) << 8) | byte) + 1;
        for (uint64_t i = slotOf(key, m_edgeShift);; i = (i + 1) & m_edgeMask) {
            const uint64_t slot = m_edges[i];
            if (slot == 0)
                return 0;
            if ((slot >> 32) == key)
                return static_cast<uint32_t>(slot);
        }
    }
    // The token BPE makes of the adjacent tokens a, b (split(result) == {a, b}), or kNone.
    uint32_t joined(uint32_t a, uint32_t b) const
    {
        const uint64_t key = ((uint64_t(a) << 21) | b) + 1;
        for (uint64_t i = slotOf(key, m_pairShift);; i = (i + 1) & m_pairMask) {
            const uint64_t slot = m_pairs[i];
            if (slot == 0)
                return kNone;
            if ((slot >> 21) == key)
                return static_cast<uint32_t>(slot & ((1u << 21) - 1));
        }
    }
    static uint64_t slotOf(uint64_t key, int shift)
    {
        return (key * 0x9E3779B97F4A7C15ull) >> shift;
    }
    uint32_t longestMatch(const unsigned char* p, size_t n) const;
    bool isValidPair(uint32_t left, uint32_t right) const;
    bool isValidPairUncached(uint32_t left, uint32_t right) const;
    uint32_t tokenLength(uint32_t rank) const { return m_lengths[rank]; }

    void buildTrie(std::vector<uint32_t>& nodeOf, std::vector<uint32_t>& parent,
                   std::vector<uint32_t>& tokenAt);
    uint32_t insertChild(uint32_t node, unsigned char byte, uint32_t next);
    void buildSplits(const std::vector<uint32_t>& nodeOf, const std::vector<uint32_t>& parent,
                     const std::vector<uint32_t>& tokenAt);
    void insertPair(uint32_t a, uint32_t b, uint32_t result);

    const Vocabulary& m_vocabulary;
    uint32_t m_rootChildren[256] = {};
    std::vector<uint32_t> m_secondLevel; // node of each two-byte prefix, 0 if none
    std::vector<uint64_t> m_edges; // (node << 8 | byte) + 1 in the high half, child node low
    uint64_t m_edgeMask = 0;
    int m_edgeShift = 64;
    // Per trie node: the longest buildable token that is a prefix of the node's bytes.
    std::vector<uint32_t> m_longest;
    // Per token: the longest buildable token that is a proper prefix of it, or kNone.
    std::vector<uint32_t> m_shorter;
    // Per token: left | right << 32, the pair BPE joins last; {t, t} for bytes and for tokens
    // BPE cannot build.
    std::vector<uint64_t> m_splits;
    std::vector<uint8_t> m_buildable;
    std::vector<uint16_t> m_lengths; // bytes per token (Vocabulary keeps them under 64 KiB)
    std::vector<uint64_t> m_pairs; // ((a << 21 | b) + 1) << 21 | result
    uint64_t m_pairMask = 0;
    int m_pairShift = 64;
    // Answers of isValidPair, direct-mapped: ((left << 21 | right) + 1) << 1 | valid. Text
    // repeats its pairs, and the answer takes several hash probes to find. One atomic word per
    // entry, so threads may share it without locks; a clash just replaces.
    static constexpr int kMemoBits = 18;
    static constexpr size_t kMemoSize = size_t(1) << kMemoBits;
    std::unique_ptr<std::atomic<uint64_t>[]> m_validMemo;
};

} // namespace Cb::Core
