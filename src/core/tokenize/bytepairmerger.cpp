#include "core/tokenize/bytepairmerger.h"

#include "core/tokenize/backtrackingencoder.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <type_traits>

namespace Cb::Core {

namespace {

// Direct-mapped cache of piece -> token count and tokens, one per thread, so no locking. 65536
// entries of one cache line each (4 MiB of address space, zero until touched): the pieces that
// repeat in a document stay, a clash simply replaces. Text with many distinct words (invented
// ones, names, identifiers) needs that many: at 8192 entries 16 % of the benchmark's pieces
// missed and were merged again, at 65536 7 %, which made counting about 25 % faster. Counting
// and encoding share it. Whole-token pieces are cached too: a hit reads one line, while the
// vocabulary's look-up reads a hash slot, the token's offsets and its bytes, three lines in
// tables too big for the cache.
class PieceCache
{
public:
    static constexpr size_t kMaxPiece = 36;   // keeps an entry at 64 bytes
    static constexpr size_t kStoredRanks = 4; // 98 % of pieces have at most 4 tokens

    struct alignas(64) Entry
    {
        uint32_t owner = 0; // 0: empty; merger ids start at 1
        uint32_t tag = 0;   // the hash's upper half (the lower one picked the entry)
        uint8_t length = 0;
        uint8_t count = 0;
        uint32_t ranks[kStoredRanks] = {}; // the first min(count, kStoredRanks) tokens
        char bytes[kMaxPiece] = {};
    };
    static_assert(sizeof(Entry) == 64);

    // The entry for (owner, piece), or nullptr when absent.
    const Entry* find(uint32_t owner, std::string_view piece, uint64_t hash) const
    {
        const Entry& e = m_entries[hash & kMask];
        if (e.tag == uint32_t(hash >> 32) && e.owner == owner && e.length == piece.size() &&
            Vocabulary::equalBytes(e.bytes, piece.data(), piece.size()))
            return &e;
        return nullptr;
    }
    void prefetch(uint64_t hash) const { __builtin_prefetch(&m_entries[hash & kMask]); }
    void insert(uint32_t owner, std::string_view piece, uint64_t hash, const uint32_t* ranks,
                size_t count)
    {
        Entry& e = m_entries[hash & kMask];
        e.owner = owner;
        e.tag = uint32_t(hash >> 32);
        e.length = static_cast<uint8_t>(piece.size());
        e.count = static_cast<uint8_t>(count);
        std::memcpy(e.ranks, ranks, std::min(count, kStoredRanks) * sizeof(uint32_t));
        std::memcpy(e.bytes, piece.data(), piece.size());
    }

    static PieceCache& forThisThread()
    {
        // A constant-initialised thread_local is one TLS read; the owning one below needs a
        // guarded initialiser call on every access, so it is only reached once per thread.
        thread_local PieceCache* fast = nullptr;
        if (!fast) [[unlikely]]
            fast = createForThisThread();
        return *fast;
    }

private:
    static PieceCache* createForThisThread()
    {
        // calloc's fresh pages are zero (empty entries) and cost memory only once written, so
        // a thread that counts a few short texts does not pay for the whole table. One line
        // more than needed lets the table start on a cache line.
        struct Free
        {
            void operator()(void* block) const { std::free(block); }
        };
        thread_local const std::unique_ptr<void, Free> block(
            std::calloc(1, sizeof(PieceCache) + alignof(PieceCache)));
        if (!block)
            throw std::bad_alloc();
        const auto address = reinterpret_cast<uintptr_t>(block.get());
        const uintptr_t aligned =
            (address + alignof(PieceCache) - 1) & ~uintptr_t(alignof(PieceCache) - 1);
        return reinterpret_cast<PieceCache*>(aligned);
    }

    static constexpr size_t kSize = 65536;
    static constexpr size_t kMask = kSize - 1;
    std::array<Entry, kSize> m_entries;
};
// Lives in zeroed memory without a constructor call (see createForThisThread).
static_assert(std::is_trivially_destructible_v<PieceCache>);

std::atomic<uint32_t> nextMergerId{1};

} // namespace

BytePairMerger::BytePairMerger(const Vocabulary& vocabulary)
    : m_vocabulary(vocabulary), m_id(nextMergerId.fetch_add(1, std::memory_order_relaxed))
{
}

BytePairMerger::~BytePairMerger() = default;

void BytePairMerger::encode(std::string_view piece, uint64_t hash,
                            std::vector<uint32_t>& out) const
{
    if (piece.size() <= PieceCache::kMaxPiece) {
        const PieceCache::Entry* cached = PieceCache::forThisThread().find(m_id, piece, hash);
        if (cached && cached->count <= PieceCache::kStoredRanks) {
            for (size_t i = 0; i < cached->count; ++i) // no memmove call for one to four
                out.push_back(cached->ranks[i]);
            return;
        }
        // A cached count above kStoredRanks says the piece is no token: merge it straight away.
        uint32_t ranks[kSmall];
        const size_t k = cached ? mergeSmall(piece.data(), piece.size(), ranks)
                                : mergeAndRemember(piece, hash, ranks);
        out.insert(out.end(), ranks, ranks + k);
        return;
    }
    if (const uint32_t whole = m_vocabulary.rank(piece.data(), piece.size(), hash);
        whole != Vocabulary::kNoRank) {
        out.push_back(whole);
        return;
    }
    if (piece.size() <= kSmall) {
        uint32_t ranks[kSmall];
        const size_t k = mergeSmall(piece.data(), piece.size(), ranks);
        out.insert(out.end(), ranks, ranks + k);
        return;
    }
    backtracking().encode(piece, out);
}

void BytePairMerger::prefetch(uint64_t hash)
{
    PieceCache::forThisThread().prefetch(hash);
}

size_t BytePairMerger::count(std::string_view piece, uint64_t hash) const
{
    if (piece.size() <= PieceCache::kMaxPiece) {
        if (const PieceCache::Entry* cached = PieceCache::forThisThread().find(m_id, piece, hash))
            return cached->count;
        uint32_t ranks[kSmall];
        return mergeAndRemember(piece, hash, ranks);
    }
    if (m_vocabulary.rank(piece.data(), piece.size(), hash) != Vocabulary::kNoRank)
        return 1;
    if (piece.size() <= kSmall) {
        uint32_t ranks[kSmall];
        return mergeSmall(piece.data(), piece.size(), ranks);
    }
    thread_local std::vector<uint32_t> ranks;
    ranks.clear();
    backtracking().encode(piece, ranks);
    return ranks.size();
}

size_t BytePairMerger::mergeAndRemember(std::string_view piece, uint64_t hash,
                                        uint32_t* ranks) const
{
    size_t k = 1;
    ranks[0] = m_vocabulary.rank(piece.data(), piece.size(), hash);
    if (ranks[0] == Vocabulary::kNoRank)
        k = mergeSmall(piece.data(), piece.size(), ranks);
    PieceCache::forThisThread().insert(m_id, piece, hash, ranks, k);
    return k;
}

size_t BytePairMerger::mergeSmall(const char* p, size_t n, uint32_t* ranks) const
{
    // Parts are linked by start offset: part i spans [i, next[i]); pair[i] is the rank of part
    // i joined with its successor. Unlinking instead of shifting arrays keeps merges O(1).
    uint8_t next[kSmall + 1];
    uint32_t rank[kSmall];
    uint32_t pair[kSmall];
    for (size_t i = 0; i < n; ++i) {
        next[i] = static_cast<uint8_t>(i + 1);
        rank[i] = m_vocabulary.byteRank(static_cast<unsigned char>(p[i]));
        pair[i] = i + 1 < n ? m_vocabulary.pairRank(static_cast<unsigned char>(p[i]),
                                                    static_cast<unsigned char>(p[i + 1]))
                            : Vocabulary::kNoRank;
    }
    next[n] = static_cast<uint8_t>(n);
    const auto joined = [&](size_t i) {
        const size_t right = next[i];
        return right < n ? m_vocabulary.rank(p + i, next[right] - i) : Vocabulary::kNoRank;
    };
    size_t parts = n;
    while (parts > 1) {
        // The lowest pair rank, leftmost on ties (tiktoken's order).
        size_t best = 0, bestPrev = n;
        for (size_t prev = n, i = 0; i < n; prev = i, i = next[i]) {
            if (pair[i] < pair[best]) {
                best = i;
                bestPrev = prev;
            }
        }
        if (pair[best] == Vocabulary::kNoRank)
            break;
        rank[best] = pair[best];
        next[best] = next[next[best]];
        --parts;
        pair[best] = joined(best);
        if (bestPrev < n)
            pair[bestPrev] = joined(bestPrev);
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i = next[i])
        ranks[k++] = rank[i];
    return k;
}

const BacktrackingEncoder& BytePairMerger::backtracking() const
{
    std::call_once(m_backtrackingOnce,
                   [this] { m_backtracking = std::make_unique<BacktrackingEncoder>(m_vocabulary); });
    return *m_backtracking;
}

} // namespace Cb::Core
