#include "core/tokenize/bytepairmerger.h"

#include "core/tokenize/backtrackingencoder.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <memory>

namespace Cb::Core {

namespace {

// Direct-mapped cache of piece -> token count, one per thread, so no locking. 8192 entries of
// one cache line each (512 KiB): the pieces that repeat in a document stay, a clash simply
// replaces. Whole-token pieces are cached too: a hit reads one line, while the vocabulary's
// look-up reads a hash slot, the token's offsets and its bytes, three lines in tables too big
// for the cache.
class PieceCountCache
{
public:
    static constexpr size_t kMaxPiece = 50; // keeps an entry at 64 bytes

    // Count for (owner, piece) or 0 when absent.
    uint32_t find(uint32_t owner, std::string_view piece, uint64_t hash) const
    {
        const Entry& e = m_entries[hash & kMask];
        if (e.hash == hash && e.owner == owner && e.length == piece.size() &&
            Vocabulary::equalBytes(e.bytes, piece.data(), piece.size()))
            return e.count;
        return 0;
    }
    void prefetch(uint64_t hash) const { __builtin_prefetch(&m_entries[hash & kMask]); }
    void insert(uint32_t owner, std::string_view piece, uint64_t hash, size_t count)
    {
        Entry& e = m_entries[hash & kMask];
        e.owner = owner;
        e.hash = hash;
        e.length = static_cast<uint8_t>(piece.size());
        e.count = static_cast<uint8_t>(count);
        std::memcpy(e.bytes, piece.data(), piece.size());
    }

    static PieceCountCache& forThisThread()
    {
        // A constant-initialised thread_local is one TLS read; the owning one below needs a
        // guarded initialiser call on every access, so it is only reached once per thread.
        thread_local PieceCountCache* fast = nullptr;
        if (!fast) [[unlikely]]
            fast = createForThisThread();
        return *fast;
    }

private:
    static PieceCountCache* createForThisThread()
    {
        thread_local const std::unique_ptr<PieceCountCache> owner =
            std::make_unique<PieceCountCache>();
        return owner.get();
    }

    struct alignas(64) Entry
    {
        uint64_t hash = 0;
        uint32_t owner = 0; // 0: empty; merger ids start at 1
        uint8_t length = 0;
        uint8_t count = 0;
        char bytes[kMaxPiece] = {};
    };
    static_assert(sizeof(Entry) == 64);
    static constexpr size_t kSize = 8192;
    static constexpr size_t kMask = kSize - 1;
    std::array<Entry, kSize> m_entries;
};

std::atomic<uint32_t> nextMergerId{1};

} // namespace

BytePairMerger::BytePairMerger(const Vocabulary& vocabulary)
    : m_vocabulary(vocabulary), m_id(nextMergerId.fetch_add(1, std::memory_order_relaxed))
{
}

BytePairMerger::~BytePairMerger() = default;

void BytePairMerger::encode(std::string_view piece, std::vector<uint32_t>& out) const
{
    if (const uint32_t whole = m_vocabulary.rank(piece.data(), piece.size());
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
    PieceCountCache::forThisThread().prefetch(hash);
}

size_t BytePairMerger::count(std::string_view piece, uint64_t hash) const
{
    if (piece.size() <= PieceCountCache::kMaxPiece) {
        PieceCountCache& cache = PieceCountCache::forThisThread();
        if (const uint32_t cached = cache.find(m_id, piece, hash))
            return cached;
        size_t k = 1;
        if (m_vocabulary.rank(piece.data(), piece.size(), hash) == Vocabulary::kNoRank) {
            uint32_t ranks[kSmall];
            k = mergeSmall(piece.data(), piece.size(), ranks);
        }
        cache.insert(m_id, piece, hash, k);
        return k;
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
