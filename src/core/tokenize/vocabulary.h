#pragma once

#include "core/common/result.h"

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <vector>

namespace Cb::Core {

// The mergeable ranks of one tiktoken encoding: token bytes by rank, and bytes -> rank through
// a compact open-addressing hash (16-byte slots: the token's first 8 bytes, then a 32-bit hash
// tag, its length and rank; linear probing).
// All tables live in one relocatable block (blob()): parse() builds it from the .tiktoken text;
// fromBlob() reads one built beforehand without copying it (the build embeds the shipped
// vocabularies' blobs, see prebuiltvocabulary.h), so start-up decodes and hashes nothing.
// Immutable after construction; every const member is safe to call from many threads at once.
// Move-only: the table pointers point into the owned block or into the prebuilt one.
class Vocabulary
{
public:
    Vocabulary(Vocabulary&&) noexcept = default;
    Vocabulary& operator=(Vocabulary&&) noexcept = default;
    Vocabulary(const Vocabulary&) = delete;
    Vocabulary& operator=(const Vocabulary&) = delete;

    static constexpr uint32_t kNoRank = UINT32_MAX;
    // Limits the linear merger's packed tables rely on (21-bit ranks, 16-bit lengths); the
    // OpenAI vocabularies have 200k ranks and tokens of at most 128 bytes.
    static constexpr uint32_t kMaxRanks = (1u << 21) - 1;
    static constexpr long kMaxTokenBytes = 65535;
    // Size of the filter in front of the hash: one bit per hash class, set when some token's
    // hash falls in it.
    static constexpr uint64_t kFilterBits = uint64_t(1) << 21;

    // Parses the `.tiktoken` text (`<base64> <rank>\n` per line, ranks 0..n-1 in order).
    // Fails with Parse on malformed lines and when the line count differs from expectedCount.
    static Result<Vocabulary> parse(QByteArrayView text, uint32_t expectedCount);
    // Reads the .tiktoken file at path. When prebuilt is a blob built from a file of the same
    // size and hash (the shipped one), its tables are used in place; otherwise the text is
    // parsed (the file stays the source of truth). A prebuilt blob that is malformed or has the
    // wrong rank count fails with Parse, naming the build as the culprit.
    static Result<Vocabulary> load(const QString& path, uint32_t expectedCount,
                                   std::span<const char> prebuilt = {});
    // A view of a block made by blob(), which must outlive the vocabulary and be 8-byte
    // aligned. Checks its header and layout (not every token): Parse on any mismatch.
    static Result<Vocabulary> fromBlob(std::span<const char> blob, uint32_t expectedCount);
    // The tables as one block, with the size and hash of the text they were parsed from.
    std::span<const char> blob() const { return {m_blob, m_blobSize}; }
    // True when built from text of exactly this size and sourceHash().
    bool isFrom(QByteArrayView text) const;
    static uint64_t sourceHash(QByteArrayView text)
    {
        return hashBytes(text.data(), static_cast<size_t>(text.size()));
    }
    // Whether the tables are a prebuilt blob used in place (for tests and reports).
    bool isPrebuilt() const { return m_owned.empty(); }

    // Rank of exactly these bytes, or kNoRank.
    uint32_t rank(const char* data, size_t size) const
    {
        return rank(data, size, hashBytes(data, size));
    }
    // Same, with h == hashBytes(data, size) computed by the caller. A slot holds the token's
    // first 8 bytes, its length and a hash tag: tokens of up to 8 bytes (most of them) are
    // found exactly in the slot alone, without reading the offsets and token bytes.
    uint32_t rank(const char* data, size_t size, uint64_t h) const
    {
        // Most bytes asked about are no token (the merge loops ask about every adjacent pair):
        // a 256 KiB bit set that stays in cache answers those without a miss in the hash.
        if (!((m_filter[filterBit(h) >> 6] >> (filterBit(h) & 63)) & 1))
            return kNoRank;
        const uint64_t want = slotMeta(h, size, 0);
        const uint64_t head = headOf(data, size);
        for (uint64_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const uint64_t meta = m_slots[2 * i + 1];
            const auto r = static_cast<uint32_t>(meta & kSlotRankMask);
            if (r == kSlotRankMask)
                return kNoRank;
            if ((meta & ~kSlotRankMask) == want && m_slots[2 * i] == head &&
                (size <= 8 || (m_offsets[r + 1] - m_offsets[r] == size &&
                               equalBytes(m_bytes + m_offsets[r] + 8, data + 8, size - 8))))
                return r;
        }
    }
    uint32_t byteRank(unsigned char byte) const { return m_byteRanks[byte]; }
    // Rank of the two bytes a, b: a table read instead of a hash probe (the first round of
    // every merge looks up all adjacent byte pairs).
    uint32_t pairRank(unsigned char a, unsigned char b) const { return m_pairRanks[(a << 8) | b]; }

    std::string_view bytes(uint32_t rank) const
    {
        return {m_bytes + m_offsets[rank], m_offsets[rank + 1] - m_offsets[rank]};
    }
    uint32_t size() const { return m_size; }
    // Heap bytes held, for memory reports.
    size_t memoryBytes() const;

    // The hash the index uses; also keys the per-thread piece cache.
    static uint64_t hashBytes(const char* p, size_t n)
    {
        uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xff51afd7ed558ccdull);
        while (n >= 8) {
            uint64_t v;
            std::memcpy(&v, p, 8);
            h = (h ^ v) * 0xbf58476d1ce4e5b9ull;
            h ^= h >> 29;
            p += 8;
            n -= 8;
        }
        if (n > 0)
            h = (h ^ tail(p, n)) * 0x94d049bb133111ebull;
        h ^= h >> 31;
        h *= 0xd6e8feb86659fd93ull;
        h ^= h >> 32;
        return h;
    }
    // Tokens are short: an inline loop beats a call into libc's memcmp/memcpy.
    static bool equalBytes(const char* a, const char* b, size_t n)
    {
        for (; n >= 8; a += 8, b += 8, n -= 8) {
            uint64_t x, y;
            std::memcpy(&x, a, 8);
            std::memcpy(&y, b, 8);
            if (x != y)
                return false;
        }
        for (; n > 0; ++a, ++b, --n) {
            if (*a != *b)
                return false;
        }
        return true;
    }

private:
    Vocabulary() = default;
    // The last 1..7 bytes in one word without a byte loop: two overlapping 4-byte reads, or the
    // first, middle and last byte. Distinct for distinct bytes of one length (n is hashed too).
    static uint64_t tail(const char* p, size_t n)
    {
        if (n >= 4) {
            uint32_t a, b;
            std::memcpy(&a, p, 4);
            std::memcpy(&b, p + n - 4, 4);
            return (uint64_t(a) << 32) | b;
        }
        const auto at = [p](size_t i) { return uint64_t(static_cast<unsigned char>(p[i])); };
        return (at(0) << 16) | (at(n >> 1) << 8) | at(n - 1);
    }
    static uint64_t filterBit(uint64_t h) { return (h >> 11) & (kFilterBits - 1); }
    // Second word of a hash slot: tag (32 bits) | length, 2047 for longer (11) | rank (21).
    static constexpr uint64_t kSlotRankMask = (uint64_t(1) << 21) - 1;
    static uint64_t slotMeta(uint64_t h, size_t size, uint32_t rank)
    {
        const uint64_t length = size < 2047 ? size : 2047;
        return ((h >> 32) << 32) | (length << 21) | rank;
    }
    // The first min(n, 8) bytes in one word, zero above them.
    static uint64_t headOf(const char* p, size_t n)
    {
        uint64_t v = 0;
        if (n >= 8) {
            std::memcpy(&v, p, 8);
        } else if (n >= 4) {
            uint32_t a, b;
            std::memcpy(&a, p, 4);
            std::memcpy(&b, p + n - 4, 4);
            v = uint64_t(a) | (uint64_t(b) << ((n - 4) * 8));
        } else if (n > 0) {
            const auto at = [p](size_t i) { return uint64_t(static_cast<unsigned char>(p[i])); };
            v = at(0) | (at(n >> 1) << ((n >> 1) * 8)) | (at(n - 1) << ((n - 1) * 8));
        }
        return v;
    }
    static std::vector<uint64_t> buildBlob(std::string_view tokenBytes,
                                           const std::vector<uint32_t>& offsets,
                                           QByteArrayView source);
    Result<void> attach(std::span<const char> blob, uint32_t expectedCount);

    std::vector<uint64_t> m_owned; // the block when parsed here; empty when prebuilt
    const char* m_blob = nullptr;
    size_t m_blobSize = 0;
    const char* m_bytes = nullptr;
    const uint32_t* m_offsets = nullptr;
    const uint64_t* m_slots = nullptr;
    const uint32_t* m_byteRanks = nullptr;
    const uint32_t* m_pairRanks = nullptr;
    const uint64_t* m_filter = nullptr;
    uint64_t m_mask = 0;
    uint64_t m_sourceSize = 0;
    uint64_t m_sourceHash = 0;
    uint32_t m_size = 0;
};

} // namespace Cb::Core
