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

// Appends the decoded bytes of one base64 field; false on a bad character or length.
bool decodeBase64(const char* p, const char* end, std::vector<char>& out)
{
    while (end > p && end[-1] == '=')
        --end;
    uint32_t acc = 0;
    int bits = 0;
    for (; p < end; ++p) {
        const int v = kBase64[static_cast<unsigned char>(*p)];
        if (v < 0)
            return false;
        acc = (acc << 6) | static_cast<uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((acc >> bits) & 0xFF));
        }
    }
    return bits < 6;
}

Error parseError(uint32_t line, const char* what)
{
    return Error(ErrorCode::Parse,
                 QStringLiteral("tiktoken vocabulary line %1: %2").arg(line + 1).arg(QLatin1String(what)));
}

} // namespace

Result<Vocabulary> Vocabulary::parse(QByteArrayView text, uint32_t expectedCount)
{
    Vocabulary v;
    v.m_bytes.reserve(static_cast<size_t>(text.size()) * 3 / 4);
    v.m_offsets.reserve(expectedCount + 1);
    const char* p = text.data();
    const char* const end = p + text.size();
    uint32_t line = 0;
    while (p < end) {
        const char* space = static_cast<const char*>(std::memchr(p, ' ', static_cast<size_t>(end - p)));
        if (!space)
            return fail(parseError(line, "missing space"));
        const size_t before = v.m_bytes.size();
        if (!decodeBase64(p, space, v.m_bytes) || v.m_bytes.size() == before)
            return fail(parseError(line, "bad base64"));
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
        v.m_offsets.push_back(static_cast<uint32_t>(v.m_bytes.size()));
        ++line;
    }
    if (line != expectedCount) {
        return fail(ErrorCode::Parse, QStringLiteral("tiktoken vocabulary has %1 ranks, expected %2")
                                          .arg(line)
                                          .arg(expectedCount));
    }
    v.buildIndex();
    for (int b = 0; b < 256; ++b) {
        const char c = static_cast<char>(b);
        v.m_byteRanks[b] = v.rank(&c, 1);
        if (v.m_byteRanks[b] == kNoRank)
            return fail(ErrorCode::Parse, QStringLiteral("tiktoken vocabulary lacks byte %1").arg(b));
    }
    return v;
}

Result<Vocabulary> Vocabulary::load(const QString& path, uint32_t expectedCount)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, QStringLiteral("vocabulary not found: %1").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
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
    for (uint32_t r = 0; r < n; ++r) {
        const std::string_view b = bytes(r);
        const uint64_t h = hashBytes(b.data(), b.size());
        uint64_t i = h & m_mask;
        while (static_cast<uint32_t>(m_slots[i]) != kNoRank)
            i = (i + 1) & m_mask;
        m_slots[i] = ((h >> 32) << 32) | r;
    }
    m_pairRanks.assign(0x10000, kNoRank);
    for (uint32_t r = 0; r < n; ++r) {
        const std::string_view b = bytes(r);
        if (b.size() == 2)
            m_pairRanks[(static_cast<unsigned char>(b[0]) << 8) | static_cast<unsigned char>(b[1])] = r;
    }
}

size_t Vocabulary::memoryBytes() const
{
    return m_bytes.capacity() + m_offsets.capacity() * sizeof(uint32_t)
        + m_slots.capacity() * sizeof(uint64_t) + m_pairRanks.capacity() * sizeof(uint32_t)
        + sizeof(*this);
}

} // namespace Cb::Core
