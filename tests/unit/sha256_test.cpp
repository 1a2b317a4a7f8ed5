// Sha256: the same digests as QCryptographicHash, with or without the SHA instructions.
#include "core/common/sha256.h"

#include <QCryptographicHash>
#include <QString>

#include <gtest/gtest.h>

#include <random>

using namespace Cb::Core;

namespace {

QByteArray reference(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray randomBytes(std::mt19937& rng, qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    for (char& c : out)
        c = char(rng() & 0xFF);
    return out;
}

} // namespace

TEST(Sha256_hash, knownVectors)
{
    EXPECT_EQ(Sha256::hash("").toHex(),
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(Sha256::hash("abc").toHex(),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(Sha256::hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toHex(),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256_hash, everyLengthAroundTheBlockSize_matchesQt)
{
    std::mt19937 rng(7u);
    for (qsizetype n = 0; n < 300; ++n) {
        const QByteArray data = randomBytes(rng, n);
        ASSERT_EQ(Sha256::hash(data), reference(data)) << "length " << n;
    }
    const QByteArray big = randomBytes(rng, 3 * 1024 * 1024 + 17);
    EXPECT_EQ(Sha256::hash(big), reference(big));
}

TEST(Sha256_addData, piecesOfAnySize_giveTheWholeDigest)
{
    std::mt19937 rng(11u);
    const QByteArray data = randomBytes(rng, 100000);
    Sha256 h;
    for (qsizetype at = 0; at < data.size();) {
        const qsizetype n = std::min<qsizetype>(qsizetype(rng() % 200), data.size() - at);
        h.addData(QByteArrayView(data).sliced(at, n));
        at += n;
    }
    EXPECT_EQ(h.result(), reference(data));
}

TEST(Sha256_hexOfUtf8, matchesTheDigestOfTheUtf8_surrogatePairsAcrossPieces)
{
    // 16 K units per piece: put emoji (surrogate pairs) on both sides of every boundary.
    QString text = QStringLiteral("xy"); // puts a high surrogate at unit 16383
    while (text.size() < 70000)
        text += QStringLiteral("a\U0001F642한글 ");
    ASSERT_TRUE(text[16383].isHighSurrogate());
    EXPECT_EQ(Sha256::hexOfUtf8(text), reference(text.toUtf8()).toHex());
    EXPECT_EQ(Sha256::hexOfUtf8(QString()), reference(QByteArray()).toHex());
}
