#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <cstdint>

class QCryptographicHash;

namespace Cb::Core {

// SHA-256 with the processor's SHA instructions where it has them (x86 SHA extensions: about
// ten times QCryptographicHash's portable code), QCryptographicHash otherwise. Same digests.
// Prompts and pack items are hashed on every edit and every load (megabytes each time).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView bytes);
    // The UTF-8 of text, converted in small pieces (no copy of a large text in memory).
    void addUtf8(QStringView text);
    // The 32-byte digest; the object is then spent.
    QByteArray result();

    static QByteArray hash(QByteArrayView bytes);
    // Lowercase hex of the digest of text's UTF-8 (PackItem::contentHash()'s form).
    static QByteArray hexOfUtf8(QStringView text);
    // Whether the SHA instructions are used (for tests and reports).
    static bool accelerated();

private:
    void compress(const unsigned char* blocks, size_t count);

    uint32_t m_state[8] = {};
    unsigned char m_buffer[64] = {};
    size_t m_buffered = 0;
    uint64_t m_length = 0;
    QCryptographicHash* m_fallback = nullptr; // when the SHA instructions are missing
};

} // namespace Cb::Core
