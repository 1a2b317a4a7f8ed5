#pragma once

#include "core/common/result.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace Cb::Core {

// The mergeable ranks of one tiktoken encoding: token bytes by rank, and bytes -> rank through
// a compact open-addressing hash (8-byte slots: 32-bit hash tag + rank, linear probing).
// Immutable after parse(); every const member is safe to call from many threads at once.
class Vocabulary
{
public:
    static constexpr uint32_t kNoRank = UINT32_MAX;

    // Parses the `.tiktoken` text (`<base64> <rank>\n` per line, ranks 0..n-1 in order).
    // Fails with Parse on malformed lines and when the line count differs from expectedCount.
    static Result<Vocabulary> parse(QByteArrayView text, uint32_t expectedCount);
    static Result<Vocabulary> load(const QString& path, uint32_t expectedCount);

    // Rank of exactly these bytes, or kNoRank.
    uint32_t rank(const char* data, size_t size) const
    {
        const uint64_t h = hashBytes(data, size);
        const uint32_t tag = static_cast<uint32_t>(h >> 32);
        for (uint64_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const uint64_t slot = m_slots[i];
            const uint32_t r = static_cast<uint32_t>(slot);
            if (r == kNoRank)
                return kNoRank;
            if (static_cast<uint32_t>(slot >> 32) == tag && m_offsets[r + 1] - m_offsets[r] == size
                && std::memcmp(m_bytes.data() + m_offsets[r], data, size) == 0)
                return r;
        }
    }
    uint32_t byteRank(unsigned char byte) const { return m_byteRanks[byte]; }

    std::string_view bytes(uint32_t rank) const
    {
        return {m_bytes.data() + m_offsets[rank], m_offsets[rank + 1] - m_offsets[rank]};
    }
    uint32_t size() const { return static_cast<uint32_t>(m_offsets.size() - 1); }
    // Heap bytes held, for memory reports.
    size_t memoryBytes() const;

private:
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
        if (n > 0) {
            uint64_t v = 0;
            std::memcpy(&v, p, n);
            h = (h ^ v) * 0x94d049bb133111ebull;
        }
        h ^= h >> 31;
        h *= 0xd6e8feb86659fd93ull;
        h ^= h >> 32;
        return h;
    }
    void buildIndex();

    std::vector<char> m_bytes;
    std::vector<uint32_t> m_offsets{0};
    std::vector<uint64_t> m_slots;
    uint64_t m_mask = 0;
    uint32_t m_byteRanks[256] = {};
};

} // namespace Cb::Core
