#include "core/importing/textdecoder.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

TEST(TextDecoder_validUtf8, decodesWithoutNotes)
{
    const auto d = TextDecoder::decode(QByteArray("caf\xC3\xA9 \xF0\x9F\x98\x80 ok"));
    EXPECT_EQ(d.text, QStringLiteral("caf\u00E9 \U0001F600 ok"));
    EXPECT_EQ(d.invalidSequences, 0);
    EXPECT_TRUE(d.notes.isEmpty());
    EXPECT_EQ(d.encoding, QStringLiteral("UTF-8"));
}

TEST(TextDecoder_invalidBytes, replacedWithNoteNamingOffset)
{
    const QByteArray bytes("abc\xFF"
                           "def\xC3"
                           "g");
    const auto d = TextDecoder::decode(bytes);
    EXPECT_EQ(d.text, QStringLiteral("abc\uFFFD"
                                     "def\uFFFD"
                                     "g"));
    EXPECT_EQ(d.invalidSequences, 2);
    EXPECT_EQ(d.firstInvalidOffset, 3);
    ASSERT_EQ(d.notes.size(), 1);
    EXPECT_TRUE(d.notes.first().contains(QStringLiteral("byte 3")));
    EXPECT_TRUE(d.notes.first().contains(QStringLiteral("2 byte sequence")));
}

TEST(TextDecoder_overlongAndSurrogate, areInvalid)
{
    EXPECT_EQ(TextDecoder::decode(QByteArray("\xC0\xAF")).invalidSequences, 2);
    EXPECT_EQ(TextDecoder::decode(QByteArray("\xED\xA0\x80")).invalidSequences, 3);
    EXPECT_EQ(TextDecoder::decode(QByteArray("\xF4\x90\x80\x80")).invalidSequences, 4);
}

TEST(TextDecoder_truncatedSequence, countsAsOneError)
{
    const auto d = TextDecoder::decode(QByteArray("x\xE2\x82"));
    EXPECT_EQ(d.invalidSequences, 1);
    EXPECT_EQ(d.text, QStringLiteral("x\uFFFD"));
}

TEST(TextDecoder_utf8Bom, isStrippedAndOffsetsCountIt)
{
    const auto d = TextDecoder::decode(QByteArray("\xEF\xBB\xBFhi\xFF"));
    EXPECT_EQ(d.text, QStringLiteral("hi\uFFFD"));
    EXPECT_EQ(d.firstInvalidOffset, 5);
}

TEST(TextDecoder_utf16WithBom, decodes)
{
    const QByteArray le("\xFF\xFEh\x00i\x00", 6);
    const QByteArray be("\xFE\xFF\x00h\x00i", 6);
    EXPECT_EQ(TextDecoder::decode(le).text, QStringLiteral("hi"));
    EXPECT_EQ(TextDecoder::decode(le).encoding, QStringLiteral("UTF-16LE"));
    EXPECT_EQ(TextDecoder::decode(be).text, QStringLiteral("hi"));
}

TEST(TextDecoder_empty, givesEmptyText)
{
    const auto d = TextDecoder::decode(QByteArray());
    EXPECT_TRUE(d.text.isEmpty());
    EXPECT_TRUE(d.notes.isEmpty());
}
