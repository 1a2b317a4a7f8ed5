#include "core/common/sha256.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define CB_SHA256_X86 1
#include <immintrin.h>
#endif

namespace Cb::Core {

namespace {

constexpr uint32_t kInitial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                  0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#ifdef CB_SHA256_X86
alignas(16) constexpr uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

// The SHA-NI block loop (Intel's published scheme): the state lives as ABEF / CDGH, each
// sha256rnds2 does two rounds, msg1/msg2 extend the message schedule four words at a time.
__attribute__((target("sha,sse4.1,ssse3"))) void compressX86(uint32_t state[8],
                                                             const unsigned char* data,
                                                             size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bll, 0x0405060700010203ll);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[0]));
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[4]));
    tmp = _mm_shuffle_epi32(tmp, 0xB1);            // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);      // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8); // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);   // CDGH
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefSaved = state0;
        const __m128i cdghSaved = state1;
        __m128i msg[4];
#pragma GCC unroll 16
        for (int g = 0; g < 16; ++g) {
            if (g < 4)
                msg[g] = _mm_shuffle_epi8(
                    _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * g)), byteSwap);
            __m128i m = _mm_add_epi32(
                msg[g % 4], _mm_load_si128(reinterpret_cast<const __m128i*>(&kRound[4 * g])));
            state1 = _mm_sha256rnds2_epu32(state1, state0, m);
            if (g >= 3 && g < 15) {
                const __m128i carry = _mm_alignr_epi8(msg[g % 4], msg[(g + 3) % 4], 4);
                msg[(g + 1) % 4] = _mm_add_epi32(msg[(g + 1) % 4], carry);
                msg[(g + 1) % 4] = _mm_sha256msg2_epu32(msg[(g + 1) % 4], msg[g % 4]);
            }
            m = _mm_shuffle_epi32(m, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, m);
            if (g >= 1 && g <= 12)
                msg[(g + 3) % 4] = _mm_sha256msg1_epu32(msg[(g + 3) % 4], msg[g % 4]);
        }
        state0 = _mm_add_epi32(state0, abefSaved);
        state1 = _mm_add_epi32(state1, cdghSaved);
    }
    tmp = _mm_shuffle_epi32(state0, 0x1B);      // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);   // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0); // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);   // HGFE
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[0]), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[4]), state1);
}
#endif

bool detectAcceleration()
{
#ifdef CB_SHA256_X86
    __builtin_cpu_init();
    return __builtin_cpu_supports("sha") && __builtin_cpu_supports("sse4.1") &&
           __builtin_cpu_supports("ssse3");
#else
    return false;
#endif
}

} // namespace

bool Sha256::accelerated()
{
    static const bool yes = detectAcceleration();
    return yes;
}

Sha256::Sha256()
{
    if (accelerated())
        std::memcpy(m_state, kInitial, sizeof(m_state));
    else
        m_fallback = new QCryptographicHash(QCryptographicHash::Sha256);
}

Sha256::~Sha256()
{
    delete m_fallback;
}

void Sha256::compress(const unsigned char* blocks, size_t count)
{
#ifdef CB_SHA256_X86
    compressX86(m_state, blocks, count);
#else
    Q_UNUSED(blocks);
    Q_UNUSED(count);
#endif
}

void Sha256::addData(QByteArrayView bytes)
{
    if (m_fallback) {
        m_fallback->addData(bytes);
        return;
    }
    auto p = reinterpret_cast<const unsigned char*>(bytes.data());
    size_t n = static_cast<size_t>(bytes.size());
    m_length += n;
    if (m_buffered > 0) {
        const size_t take = std::min(n, 64 - m_buffered);
        std::memcpy(m_buffer + m_buffered, p, take);
        m_buffered += take;
        p += take;
        n -= take;
        if (m_buffered < 64)
            return;
        compress(m_buffer, 1);
        m_buffered = 0;
    }
    if (n >= 64) {
        compress(p, n / 64);
        p += n & ~size_t(63);
        n &= 63;
    }
    std::memcpy(m_buffer, p, n);
    m_buffered = n;
}

void Sha256::addUtf8(QStringView text)
{
    // Pieces of 16 K units; a surrogate pair is never cut in two.
    constexpr qsizetype kPiece = 16 * 1024;
    for (qsizetype at = 0; at < text.size();) {
        qsizetype n = std::min(kPiece, text.size() - at);
        if (at + n < text.size() && text[at + n - 1].isHighSurrogate())
            --n;
        addData(text.sliced(at, n).toUtf8());
        at += n;
    }
}

QByteArray Sha256::result()
{
    if (m_fallback)
        return m_fallback->result();
    const uint64_t bits = m_length * 8;
    unsigned char tail[72] = {0x80};
    const size_t padding = (m_buffered < 56 ? 56 : 120) - m_buffered;
    for (int i = 0; i < 8; ++i)
        tail[padding + size_t(i)] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    addData(QByteArrayView(reinterpret_cast<const char*>(tail), qsizetype(padding + 8)));
    QByteArray out(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        for (int b = 0; b < 4; ++b)
            out[4 * i + b] = static_cast<char>(m_state[i] >> (24 - 8 * b));
    }
    return out;
}

QByteArray Sha256::hash(QByteArrayView bytes)
{
    Sha256 h;
    h.addData(bytes);
    return h.result();
}

QByteArray Sha256::hexOfUtf8(QStringView text)
{
    Sha256 h;
    h.addUtf8(text);
    return h.result().toHex();
}

} // namespace Cb::Core
