#include "core/tokenize/vocabulary.h"

#include <QFile>

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
        QStringLiteral("tiktoken vocabulary line %1: %2").arg(line + 1).arg(QLatin1String(what)));
}

} // namespace

Result<Vocabulary> Vocabulary::parse(QByteArrayView text, uint32_t expectedCount)
{
    if (expectedCount > kMaxRanks)
        return fail(ErrorCode::Parse,
                    QStringLiteral("tiktoken vocabulary of %1 ranks: at most %2 are supported")
                        .arg(expectedCount)
                        .arg(kMaxRanks));
    Vocabulary v;
    // Decoded tokens are never longer than their base64 text.
    v.m_bytes.resize(static_cast<size_t>(text.size()));
    char* out = v.m_bytes.data();
    v.m_offsets.reserve(expectedCount + 1);
    const char* p = text.data();
    const char* const end = p + text.size();
    uint32_t line = 0;
    while (p < end) {
        const char* space =
            static_cast<const char*>(std::memchr(p, ' ', static_cast<size_t>(end - p)));
        if (!space)
            return fail(parseError(line, "missing space"));
        char* const decodedEnd = decodeBase64(p, space, out);
        if (!decodedEnd || decodedEnd == out)
            return fail(parseError(line, "bad base64"));
        if (decodedEnd - out > kMaxTokenBytes)
            return fail(parseError(line, "token longer than 65535 bytes"));
        out = decodedEnd;
        uint64_t rank = 0;
        const char* q = space + 1;
        if (q == end || *q < '0' || *q > '9')
            return fail(parseError(line, "missing rank"));
        for (; q < end && *q >= '0' && *q <= '9'; ++q)
            rank = rank * 10 + static_cast<uint64_t>(*q - '0');
        if (rank != line)
            return fail(parseError(line, "ranks must be 0..n-1 in order"));
        if (q < end && *q == '\r')
            ++q;
        if (q < end && *q != '\n')
            return fail(parseError(line, "trailing characters"));
        p = q + 1;
        v.m_offsets.push_back(static_cast<uint32_t>(out - v.m_bytes.data()));
        ++line;
    }
    v.m_bytes.resize(static_cast<size_t>(out - v.m_bytes.data()));
    v.m_bytes.shrink_to_fit();
    if (line != expectedCount) {
        return fail(ErrorCode::Parse,
                    QStringLiteral("tiktoken vocabulary has %1 ranks, expected %2")
                        .arg(line)
                        .arg(expectedCount));
    }
    v.buildIndex();
    for (int b = 0; b < 256; ++b) {
        const char c = static_cast<char>(b);
        v.m_byteRanks[b] = v.rank(&c, 1);
        if (v.m_byteRanks[b] == kNoRank)
            return fail(ErrorCode::Parse,
                        QStringLiteral("tiktoken vocabulary lacks byte %1").arg(b));
    }
    return v;
}

Result<Vocabulary> Vocabulary::load(const QString& path, uint32_t expectedCount)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, QStringLiteral("vocabulary not found: %1").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    // Mapping avoids copying 3.6 MB before parsing; fall back to reading where mapping fails.
    if (const uchar* mapped = file.map(0, file.size())) {
        auto result = parse(QByteArrayView(mapped, file.size()), expectedCount);
        file.unmap(const_cast<uchar*>(mapped));
        return result;
    }
    return parse(file.readAll(), expectedCount);
}

void Vocabulary::buildIndex()
{
    const uint32_t n = size();
    uint64_t capacity = 16;
    while (capacity < uint64_t(n) * 2)
        capacity <<= 1;
    m_mask = capacity - 1;
    m_slots.assign(capacity, uint64_t(kNoRank));
    m_pairRanks.assign(0x10000, kNoRank);
    std::vector<uint64_t> hashes(n);
    for (uint32_t r = 0; r < n; ++r) {
        const std::string_view b = bytes(r);
        hashes[r] = hashBytes(b.data(), b.size());
        if (b.size() == 2)
            m_pairRanks[(static_cast<unsigned char>(b[0]) << 8) |
                        static_cast<unsigned char>(b[1])] = r;
    }
    // Slots are hit in random order: prefetching a few inserts ahead hides the cache misses.
    constexpr uint32_t kAhead = 16;
    for (uint32_t r = 0; r < n; ++r) {
        if (r + kAhead < n)
            __builtin_prefetch(&m_slots[hashes[r + kAhead] & m_mask], 1);
        const uint64_t h = hashes[r];
        uint64_t i = h & m_mask;
        while (static_cast<uint32_t>(m_slots[i]) != kNoRank)
            i = (i + 1) & m_mask;
        m_slots[i] = ((h >> 32) << 32) | r;
    }
}

size_t Vocabulary::memoryBytes() const
{
    return m_bytes.capacity() + m_offsets.capacity() * sizeof(uint32_t) +
           m_slots.capacity() * sizeof(uint64_t) + m_pairRanks.capacity() * sizeof(uint32_t) +
           sizeof(*this);
}

} // namespace Cb::Core
