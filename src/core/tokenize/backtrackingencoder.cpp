#include "core/tokenize/backtrackingencoder.h"

namespace Cb::Core {

namespace {

int shiftFor(uint64_t capacity)
{
    return 64 - __builtin_ctzll(capacity);
}

} // namespace

BacktrackingEncoder::BacktrackingEncoder(const Vocabulary& vocabulary)
    : m_vocabulary(vocabulary), m_validMemo(new std::atomic<uint64_t>[kMemoSize])
{
    for (size_t i = 0; i < kMemoSize; ++i)
        m_validMemo[i].store(0, std::memory_order_relaxed);
    m_lengths.resize(vocabulary.size());
    for (uint32_t r = 0; r < vocabulary.size(); ++r)
        m_lengths[r] = static_cast<uint16_t>(vocabulary.bytes(r).size());
    std::vector<uint32_t> nodeOf, parent, tokenAt;
    buildTrie(nodeOf, parent, tokenAt);
    buildSplits(nodeOf, parent, tokenAt);
}

void BacktrackingEncoder::buildTrie(std::vector<uint32_t>& nodeOf, std::vector<uint32_t>& parent,
                                   std::vector<uint32_t>& tokenAt)
{
    const uint32_t n = m_vocabulary.size();
    nodeOf.resize(n);
    parent.assign(1, 0);
    tokenAt.assign(1, kNone);
    // About one node per three token bytes in the OpenAI vocabularies; grows if needed.
    uint64_t capacity = 1 << 16;
    while (capacity < uint64_t(n) * 4)
        capacity <<= 1;
    m_edges.assign(capacity, 0);
    m_edgeMask = capacity - 1;
    m_edgeShift = shiftFor(capacity);
    m_secondLevel.assign(0x10000, 0);
    for (uint32_t r = 0; r < n; ++r) {
        uint32_t node = 0;
        const std::string_view bytes = m_vocabulary.bytes(r);
        for (size_t i = 0; i < bytes.size(); ++i) {
            const auto byte = static_cast<unsigned char>(bytes[i]);
            uint32_t* direct = i == 0   ? &m_rootChildren[byte]
                               : i == 1 ? &m_secondLevel[(static_cast<unsigned char>(bytes[0]) << 8) | byte]
                                        : nullptr;
            uint32_t next = direct ? *direct : child(node, byte);
            if (next == 0) {
                next = static_cast<uint32_t>(parent.size());
                parent.push_back(node);
                tokenAt.push_back(kNone);
                if (direct)
                    *direct = next;
                else
                    insertChild(node, byte, next);
            }
            node = next;
        }
        if (tokenAt[node] == kNone)
            tokenAt[node] = r;
        nodeOf[r] = node;
    }
}

uint32_t BacktrackingEncoder::insertChild(uint32_t node, unsigned char byte, uint32_t next)
{
    if ((next + 1) * 2 > m_edges.size()) {
        // Keep the load under one half: rehash into twice the slots.
        std::vector<uint64_t> old(m_edges.size() * 2, 0);
        old.swap(m_edges);
        m_edgeMask = m_edges.size() - 1;
        m_edgeShift = shiftFor(m_edges.size());
        for (const uint64_t slot : old) {
            if (slot == 0)
                continue;
            uint64_t i = slotOf(slot >> 32, m_edgeShift);
            while (m_edges[i] != 0)
                i = (i + 1) & m_edgeMask;
            m_edges[i] = slot;
        }
    }
    const uint64_t key = ((uint64_t(node) << 8) | byte) + 1;
    uint64_t i = slotOf(key, m_edgeShift);
    while (m_edges[i] != 0)
        i = (i + 1) & m_edgeMask;
    m_edges[i] = (key << 32) | next;
    return next;
}

void BacktrackingEncoder::insertPair(uint32_t a, uint32_t b, uint32_t result)
{
    const uint64_t key = ((uint64_t(a) << 21) | b) + 1;
    uint64_t i = slotOf(key, m_pairShift);
    while (m_pairs[i] != 0)
        i = (i + 1) & m_pairMask;
    m_pairs[i] = (key << 21) | result;
}

void BacktrackingEncoder::buildSplits(const std::vector<uint32_t>& nodeOf,
                                      const std::vector<uint32_t>& parent,
                                      const std::vector<uint32_t>& tokenAt)
{
    const uint32_t n = m_vocabulary.size();
    uint64_t capacity = 16;
    while (capacity < uint64_t(n) * 2)
        capacity <<= 1;
    m_pairs.assign(capacity, 0);
    m_pairMask = capacity - 1;
    m_pairShift = shiftFor(capacity);
    m_splits.resize(n);
    m_buildable.assign(n, 0);
    // In rank order, so the parts of a token and everything validity looks at are settled. The
    // last merge BPE makes for a token joins a prefix token and the token for the rest that can
    // stand side by side; there is at most one such pair.
    for (uint32_t t = 0; t < n; ++t) {
        const std::string_view bytes = m_vocabulary.bytes(t);
        m_splits[t] = uint64_t(t) | (uint64_t(t) << 32);
        if (bytes.size() == 1) {
            m_buildable[t] = 1;
            continue;
        }
        for (uint32_t node = parent[nodeOf[t]]; node != 0; node = parent[node]) {
            const uint32_t left = tokenAt[node];
            if (left == kNone || left > t || !m_buildable[left])
                continue;
            const size_t leftLength = tokenLength(left);
            const uint32_t right =
                m_vocabulary.rank(bytes.data() + leftLength, bytes.size() - leftLength);
            if (right == kNone || right > t || !m_buildable[right] ||
                !isValidPairUncached(left, right))
                continue;
            m_splits[t] = uint64_t(left) | (uint64_t(right) << 32);
            m_buildable[t] = 1;
            insertPair(left, right, t);
            break;
        }
    }
    // Nodes are numbered parents first, so one forward pass fills the longest-prefix answers.
    m_longest.assign(parent.size(), kNone);
    for (size_t v = 1; v < parent.size(); ++v) {
        const uint32_t t = tokenAt[v];
        m_longest[v] = t != kNone && m_buildable[t] ? t : m_longest[parent[v]];
    }
    m_shorter.resize(n);
    for (uint32_t t = 0; t < n; ++t)
        m_shorter[t] = m_longest[parent[nodeOf[t]]];
}

bool BacktrackingEncoder::isValidPair(uint32_t left, uint32_t right) const
{
    const uint64_t key = ((uint64_t(left) << 21) | right) + 1;
    std::atomic<uint64_t>& entry = m_validMemo[slotOf(key, 64 - kMemoBits)];
    const uint64_t seen = entry.load(std::memory_order_relaxed);
    if ((seen >> 1) == key)
        return seen & 1;
    const bool valid = isValidPairUncached(left, right);
    entry.store((key << 1) | uint64_t(valid), std::memory_order_relaxed);
    return valid;
}

bool BacktrackingEncoder::isValidPairUncached(uint32_t left, uint32_t right) const
{
    // Walk down the boundary between the two tokens as BPE built them: always undo the later
    // merge (higher rank) first. A merge across the boundary that ranks below the merge it
    // competes with would have happened first, and the pair could not exist.
    uint32_t limit = kNone;
    for (;;) {
        const uint32_t across = joined(left, right);
        if (across != kNone && across < limit)
            return false;
        const auto leftsRight = [this](uint32_t t) { return uint32_t(m_splits[t] >> 32); };
        const auto rightsLeft = [this](uint32_t t) { return uint32_t(m_splits[t]); };
        if (left > right) {
            limit = left;
            left = leftsRight(left);
            if (left == limit) {
                limit = right + 1;
                right = rightsLeft(right);
                if (right + 1 == limit)
                    return true;
            }
        } else {
            // On equal ranks the left merge wins (tiktoken's leftmost rule), hence the + 1.
            limit = right + 1;
            right = rightsLeft(right);
            if (right + 1 == limit) {
                limit = left;
                left = leftsRight(left);
                if (left == limit)
                    return true;
            }
        }
    }
}

uint32_t BacktrackingEncoder::longestMatch(const unsigned char* p, size_t n) const
{
    uint32_t node = m_rootChildren[p[0]]; // every byte is a token
    if (n >= 2) {
        if (const uint32_t second = m_secondLevel[(p[0] << 8) | p[1]]) {
            node = second;
            for (size_t i = 2; i < n; ++i) {
                const uint32_t next = child(node, p[i]);
                if (next == 0)
                    break;
                node = next;
            }
        }
    }
    return m_longest[node];
}

void BacktrackingEncoder::encode(std::string_view piece, std::vector<uint32_t>& out) const
{
    const auto* p = reinterpret_cast<const unsigned char*>(piece.data());
    const size_t n = piece.size();
    const size_t base = out.size();
    // Bit i clear: no encoding of the piece has a token boundary at byte i.
    std::vector<uint64_t> open((n >> 6) + 1, ~uint64_t(0));
    const auto isOpen = [&](size_t i) { return (open[i >> 6] >> (i & 63)) & 1; };
    size_t pos = 0;
    uint32_t token = longestMatch(p, n);
    while (pos < n) {
        const uint32_t last = out.size() > base ? out.back() : kNone;
        for (;;) {
            const size_t end = pos + tokenLength(token);
            if (isOpen(end) && (last == kNone || isValidPair(last, token))) {
                out.push_back(token);
                pos = end;
                if (pos < n)
                    token = longestMatch(p + pos, n - pos);
                break;
            }
            if (const uint32_t shorter = m_shorter[token]; shorter != kNone) {
                token = shorter;
                continue;
            }
            // Nothing fits after `last`: its end is no boundary; retry `last` shorter. The
            // first token always fits (BPE's own first token does), so `last` exists here.
            open[pos >> 6] &= ~(uint64_t(1) << (pos & 63));
            out.pop_back();
            pos -= tokenLength(last);
            token = last;
            break;
        }
    }
}

size_t BacktrackingEncoder::memoryBytes() const
{
    return sizeof(*this) + (m_edges.capacity() + m_splits.capacity() + m_pairs.capacity()) * 8 +
           (m_secondLevel.capacity() + m_longest.capacity() + m_shorter.capacity()) * 4 +
           m_buildable.capacity() + m_lengths.capacity() * 2;
}

} // namespace Cb::Core
