#include "core/tokenize/vocabulary.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <array>

namespace Cb::Core {

namespace {

constexpr std::array<int8_t, 256> makeBase64Table()
{
    std::array<int8_t, 256> t{};
    for (auto& v : t)
        v = -1;
    const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        t[static_cast<unsigned char>(alphabet[i])] = static_cast<int8_t>(i);
    return t;
}
constexpr std::array<int8_t, 256> kBase64 = makeBase64Table();

// Decodes one base64 field to out; returns the end of the written bytes, or null on a bad
// character or length. Four characters at a time: this loop is most of the load time.
char* decodeBase64(const char* p, const char* end, char* out)
{
    while (end > p && end[-1] == '=')
        --end;
    const auto at = [](const char* c) { return kBase64[static_cast<unsigned char>(*c)]; };
    for (; end - p >= 4; p += 4) {
        const int a = at(p), b = at(p + 1), c = at(p + 2), d = at(p + 3);
        if ((a | b | c | d) < 0)
            return nullptr;
        const uint32_t v =
            (uint32_t(a) << 18) | (uint32_t(b) << 12) | (uint32_t(c) << 6) | uint32_t(d);
        *out++ = static_cast<char>(v >> 16);
        *out++ = static_cast<char>(v >> 8);
        *out++ = static_cast<char>(v);
    }
    const auto rest = end - p;
    if (rest == 1)
        return nullptr;
    if (rest >= 2) {
        const int a = at(p), b = at(p + 1), c = rest == 3 ? at(p + 2) : 0;
        if ((a | b | c) < 0)
            return nullptr;
        const uint32_t v = (uint32_t(a) << 18) | (uint32_t(b) << 12) | (uint32_t(c) << 6);
        *out++ = static_cast<char>(v >> 16);
        if (rest == 3)
            *out++ = static_cast<char>(v >> 8);
    }
    return out;
}

Error parseError(uint32_t line, const char* what)
{
    return Error(
        ErrorCode::Parse,
        QCoreApplication::translate("Cb::Core::Vocabulary", "tiktoken vocabulary line %1: %2")
            .arg(line + 1)
            .arg(QCoreApplication::translate("Cb::Core::Vocabulary", what)));
}

// Layout of the block blob() returns: this header, then byte ranks (256 x u32), pair ranks
// (65536 x u32), the filter (kFilterBits bits), offsets (ranks + 1 x u32, padded to 8 bytes),
// hash slots (2 x u64), token bytes.
struct BlobHeader
{
    char magic[8] = {};
    uint32_t version = 0;
    uint32_t rankCount = 0;
    uint64_t sourceSize = 0;
    uint64_t sourceHash = 0;
    uint64_t bytesSize = 0;
    uint64_t slotCount = 0;
    uint64_t totalSize = 0;
    uint64_t reserved = 0;
};
static_assert(sizeof(BlobHeader) == 64);
constexpr char kBlobMagic[8] = {'C', 'B', 'V', 'O', 'C', 'A', 'B', '\n'};
// Bump when the layout or Vocabulary::hashBytes changes: old blobs are then refused.
constexpr uint32_t kBlobVersion = 2;

struct BlobLayout
{
    size_t byteRanks = 0;
    size_t pairRanks = 0;
    size_t filter = 0;
    size_t offsets = 0;
    size_t slots = 0;
    size_t bytes = 0;
    size_t total = 0;
};

// Callers keep rankCount, slotCount and bytesSize small enough not to overflow.
BlobLayout blobLayout(uint64_t rankCount, uint64_t slotCount, uint64_t bytesSize)
{
    const auto align8 = [](uint64_t x) { return static_cast<size_t>((x + 7) & ~uint64_t(7)); };
    BlobLayout l;
    l.byteRanks = sizeof(BlobHeader);
    l.pairRanks = l.byteRanks + 256 * sizeof(uint32_t);
    l.filter = l.pairRanks + 0x10000 * sizeof(uint32_t);
    l.offsets = l.filter + Vocabulary::kFilterBits / 8;
    l.slots = align8(l.offsets + (rankCount + 1) * sizeof(uint32_t));
    l.bytes = l.slots + static_cast<size_t>(slotCount) * 2 * sizeof(uint64_t);
    l.total = align8(l.bytes + bytesSize);
    return l;
}

uint64_t slotCountFor(uint32_t ranks)
{
    uint64_t capacity = 16;
    while (capacity < uint64_t(ranks) * 2)
        capacity <<= 1;
    return capacity;
}

} // namespace

Result<Vocabulary> Vocabulary::parse(QByteArrayView text, uint32_t expectedCount)
{
    if (expectedCount > kMaxRanks)
        return fail(
            ErrorCode::Parse,
            QCoreApplication::translate("Cb::Core::Vocabulary",
                                        "tiktoken vocabulary of %1 ranks: at most %2 are supported")
                .arg(expectedCount)
                .arg(kMaxRanks));
    // Decoded tokens are never longer than their base64 text.
    std::vector<char> decoded(static_cast<size_t>(text.size()));
    std::vector<uint32_t> offsets{0};
    char* out = decoded.data();
    offsets.reserve(expectedCount + 1);
    const char* p = text.data();
    const char* const end = p + text.size();
    uint32_t line = 0;
    while (p < end) {
        const char* space =
            static_cast<const char*>(std::memchr(p, ' ', static_cast<size_t>(end - p)));
        if (!space)
            return fail(
                parseError(line, QT_TRANSLATE_NOOP("Cb::Core::Vocabulary", "missing space")));
        char* const decodedEnd = decodeBase64(p, space, out);
        if (!decodedEnd || decodedEnd == out)
            return fail(parseError(line, QT_TRANSLATE_NOOP("Cb::Core::Vocabulary", "bad base64")));
        if (decodedEnd - out > kMaxTokenBytes)
            return fail(parseError(
                line, QT_TRANSLATE_NOOP("Cb::Core::Vocabulary", "token longer than 65535 bytes")));
        out = decodedEnd;
        uint64_t rank = 0;
        const char* q = space + 1;
        if (q == end || *q < '0' || *q > '9')
            return fail(
                parseError(line, QT_TRANSLATE_NOOP("Cb::Core::Vocabulary", "missing rank")));
        for (; q < end && *q >= '0' && *q <= '9'; ++q)
            rank = rank * 10 + static_cast<uint64_t>(*q - '0');
        if (rank != line)
            return fail(parseError(
                line, QT_TRANSLATE_NOOP("Cb::Core::Vocabulary", "ranks must be 0..n-1 in order")));
        if (q < end && *q == '\r')
            ++q;
        if (q < end && *q != '\n')
            return fail(
                parseError(line, QT_TRANSLATE_NOOP("Cb::Core::Vocabulary", "trailing characters")));
        p = q + 1;
        offsets.push_back(static_cast<uint32_t>(out - decoded.data()));
        ++line;
    }
    if (line != expectedCount) {
        return fail(ErrorCode::Parse,
                    QCoreApplication::translate("Cb::Core::Vocabulary",
                                                "tiktoken vocabulary has %1 ranks, expected %2")
                        .arg(line)
                        .arg(expectedCount));
    }
    Vocabulary v;
    v.m_owned = buildBlob({decoded.data(), static_cast<size_t>(out - decoded.data())}, offsets,
                          text);
    const std::span<const char> block(reinterpret_cast<const char*>(v.m_owned.data()),
                                      v.m_owned.size() * sizeof(uint64_t));
    if (auto attached = v.attach(block, expectedCount); !attached)
        return fail(attached.error());
    for (int b = 0; b < 256; ++b) {
        if (v.m_byteRanks[b] == kNoRank)
            return fail(ErrorCode::Parse,
                        QCoreApplication::translate("Cb::Core::Vocabulary",
                                                    "tiktoken vocabulary lacks byte %1")
                            .arg(b));
    }
    return v;
}

Result<Vocabulary> Vocabulary::fromBlob(std::span<const char> blob, uint32_t expectedCount)
{
    Vocabulary v;
    if (auto attached = v.attach(blob, expectedCount); !attached)
        return fail(attached.error());
    return v;
}

Result<Vocabulary> Vocabulary::load(const QString& path, uint32_t expectedCount,
                                    std::span<const char> prebuilt)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("Cb::Core::Vocabulary", "vocabulary not found: %1")
                        .arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Cb::Core::Vocabulary", "cannot open %1: %2")
                        .arg(path, file.errorString()));
    const auto fromText = [&](QByteArrayView text) -> Result<Vocabulary> {
        if (!prebuilt.empty()) {
            auto built = fromBlob(prebuilt, expectedCount);
            if (!built)
                return fail(ErrorCode::Parse, QCoreApplication::translate(
                                                  "Cb::Core::Vocabulary",
                                                  "the vocabulary tables built into ContextBench "
                                                  "for %1 are damaged (%2): rebuild it")
                                                  .arg(path, built.error().message));
            // Only for the very file they were built from; any other file is parsed.
            if (built->isFrom(text))
                return built;
        }
        return parse(text, expectedCount);
    };
    // Mapping avoids copying 3.6 MB before parsing; fall back to reading where mapping fails.
    if (const uchar* mapped = file.map(0, file.size())) {
        auto result = fromText(QByteArrayView(mapped, file.size()));
        file.unmap(const_cast<uchar*>(mapped));
        return result;
    }
    return fromText(file.readAll());
}

bool Vocabulary::isFrom(QByteArrayView text) const
{
    return static_cast<uint64_t>(text.size()) == m_sourceSize &&
           sourceHash(text) == m_sourceHash;
}

std::vector<uint64_t> Vocabulary::buildBlob(std::string_view tokenBytes,
                                            const std::vector<uint32_t>& offsets,
                                            QByteArrayView source)
{
    const auto n = static_cast<uint32_t>(offsets.size() - 1);
    const uint64_t slotCount = slotCountFor(n);
    const BlobLayout layout = blobLayout(n, slotCount, tokenBytes.size());
    std::vector<uint64_t> block(layout.total / sizeof(uint64_t), 0);
    char* const base = reinterpret_cast<char*>(block.data());

    BlobHeader header;
    std::memcpy(header.magic, kBlobMagic, sizeof(kBlobMagic));
    header.version = kBlobVersion;
    header.rankCount = n;
    header.sourceSize = static_cast<uint64_t>(source.size());
    header.sourceHash = sourceHash(source);
    header.bytesSize = tokenBytes.size();
    header.slotCount = slotCount;
    header.totalSize = layout.total;
    std::memcpy(base, &header, sizeof(header));

    auto* const byteRanks = reinterpret_cast<uint32_t*>(base + layout.byteRanks);
    auto* const pairRanks = reinterpret_cast<uint32_t*>(base + layout.pairRanks);
    auto* const filter = reinterpret_cast<uint64_t*>(base + layout.filter);
    auto* const slots = reinterpret_cast<uint64_t*>(base + layout.slots);
    std::fill(byteRanks, byteRanks + 256, kNoRank);
    std::fill(pairRanks, pairRanks + 0x10000, kNoRank);
    std::fill(slots, slots + 2 * slotCount, ~uint64_t(0));
    std::memcpy(base + layout.offsets, offsets.data(), offsets.size() * sizeof(uint32_t));
    std::memcpy(base + layout.bytes, tokenBytes.data(), tokenBytes.size());

    const uint64_t mask = slotCount - 1;
    std::vector<uint64_t> hashes(n);
    for (uint32_t r = 0; r < n; ++r) {
        const char* b = tokenBytes.data() + offsets[r];
        const size_t size = offsets[r + 1] - offsets[r];
        hashes[r] = hashBytes(b, size);
        filter[filterBit(hashes[r]) >> 6] |= uint64_t(1) << (filterBit(hashes[r]) & 63);
        // The lowest rank wins for repeated bytes, as in the hash (probed in rank order).
        const auto b0 = static_cast<unsigned char>(b[0]);
        if (size == 1 && byteRanks[b0] == kNoRank)
            byteRanks[b0] = r;
        if (size == 2) {
            uint32_t& pair = pairRanks[(b0 << 8) | static_cast<unsigned char>(b[1])];
            if (pair == kNoRank)
                pair = r;
        }
    }
    // Slots are hit in random order: prefetching a few inserts ahead hides the cache misses.
    constexpr uint32_t kAhead = 16;
    for (uint32_t r = 0; r < n; ++r) {
        if (r + kAhead < n)
            __builtin_prefetch(&slots[2 * (hashes[r + kAhead] & mask)], 1);
        const uint64_t h = hashes[r];
        uint64_t i = h & mask;
        while ((slots[2 * i + 1] & kSlotRankMask) != kSlotRankMask)
            i = (i + 1) & mask;
        const size_t size = offsets[r + 1] - offsets[r];
        slots[2 * i] = headOf(tokenBytes.data() + offsets[r], size);
        slots[2 * i + 1] = slotMeta(h, size, r);
    }
    return block;
}

Result<void> Vocabulary::attach(std::span<const char> blob, uint32_t expectedCount)
{
    const auto bad = [](const QString& why) {
        return fail(
            ErrorCode::Parse,
            QCoreApplication::translate("Cb::Core::Vocabulary", "vocabulary tables: %1").arg(why));
    };
    BlobHeader header;
    if (blob.size() < sizeof(header))
        return bad(QCoreApplication::translate("Cb::Core::Vocabulary",
                                               "%1 bytes, shorter than their header")
                       .arg(blob.size()));
    if (reinterpret_cast<uintptr_t>(blob.data()) % alignof(uint64_t) != 0)
        return bad(QCoreApplication::translate("Cb::Core::Vocabulary", "not 8-byte aligned"));
    std::memcpy(&header, blob.data(), sizeof(header));
    if (std::memcmp(header.magic, kBlobMagic, sizeof(kBlobMagic)) != 0)
        return bad(QCoreApplication::translate("Cb::Core::Vocabulary", "no header"));
    if (header.version != kBlobVersion)
        return bad(
            QCoreApplication::translate("Cb::Core::Vocabulary", "format %1, this build reads %2")
                .arg(header.version)
                .arg(kBlobVersion));
    if (header.rankCount != expectedCount)
        return bad(QCoreApplication::translate("Cb::Core::Vocabulary", "%1 ranks, expected %2")
                       .arg(header.rankCount)
                       .arg(expectedCount));
    // Bounds first, so the layout arithmetic cannot overflow.
    if (header.rankCount > kMaxRanks || header.slotCount != slotCountFor(header.rankCount) ||
        header.bytesSize > blob.size())
        return bad(QCoreApplication::translate("Cb::Core::Vocabulary", "inconsistent header"));
    const BlobLayout layout = blobLayout(header.rankCount, header.slotCount, header.bytesSize);
    if (header.totalSize != layout.total || blob.size() != layout.total)
        return bad(
            QCoreApplication::translate("Cb::Core::Vocabulary", "%1 bytes, the header describes %2")
                .arg(blob.size())
                .arg(layout.total));
    const char* const base = blob.data();
    const auto* const offsets = reinterpret_cast<const uint32_t*>(base + layout.offsets);
    if (offsets[0] != 0 || offsets[header.rankCount] != header.bytesSize)
        return bad(QCoreApplication::translate("Cb::Core::Vocabulary",
                                               "token offsets do not span the token bytes"));
    m_blob = base;
    m_blobSize = blob.size();
    m_bytes = base + layout.bytes;
    m_offsets = offsets;
    m_slots = reinterpret_cast<const uint64_t*>(base + layout.slots);
    m_byteRanks = reinterpret_cast<const uint32_t*>(base + layout.byteRanks);
    m_pairRanks = reinterpret_cast<const uint32_t*>(base + layout.pairRanks);
    m_filter = reinterpret_cast<const uint64_t*>(base + layout.filter);
    m_mask = header.slotCount - 1;
    m_sourceSize = header.sourceSize;
    m_sourceHash = header.sourceHash;
    m_size = header.rankCount;
    return {};
}

size_t Vocabulary::memoryBytes() const
{
    return m_blobSize + sizeof(*this);
}

} // namespace Cb::Core
