// The vocabulary tables built into the binary at build time (cb_vocabulary_blob): the shipped
// vocabularies load from them, they equal what parsing the .tiktoken text gives, any other
// file is parsed, and damaged tables fail with a clear error.
#include "tokenizertestutil.h"

#include "core/tokenize/encoding.h"
#include "core/tokenize/prebuiltvocabulary.h"

#include <QTemporaryDir>
#include "cb_test_paths.h"

#include <cstring>

using namespace Cb::Core;

namespace {

const QString kShippedDir = QStringLiteral(CB_SOURCE_DIR "/resources/tokenizers");

QByteArray readShipped(Encoding e)
{
    QFile f(kShippedDir + QLatin1Char('/') + vocabularyFileName(e));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray smallVocabularyText()
{
    QByteArray text;
    for (int b = 0; b < 256; ++b)
        text += QByteArray(1, char(b)).toBase64() + ' ' + QByteArray::number(b) + '\n';
    return text + "aGk= 256\n"; // "hi"
}

// A copy of a blob in 8-byte aligned storage that a test may damage.
std::vector<uint64_t> copyOf(std::span<const char> blob)
{
    std::vector<uint64_t> copy((blob.size() + 7) / 8);
    std::memcpy(copy.data(), blob.data(), blob.size());
    return copy;
}

std::span<const char> viewOf(const std::vector<uint64_t>& words, size_t size)
{
    return {reinterpret_cast<const char*>(words.data()), size};
}

} // namespace

TEST(Tokenizer_prebuilt, shippedVocabularies_loadFromTheBuiltInTablesEqualToParsing)
{
    for (const Encoding e : {Encoding::O200kBase, Encoding::Cl100kBase}) {
        const auto tokenizer = Tokenizer::load(e, kShippedDir);
        ASSERT_TRUE(tokenizer) << tokenizer.error().message.toStdString();
        const Vocabulary& built = (*tokenizer)->vocabulary();
        EXPECT_TRUE(built.isPrebuilt());
        const QByteArray text = readShipped(e);
        ASSERT_FALSE(text.isEmpty());
        EXPECT_TRUE(built.isFrom(text));
        const auto parsed = Vocabulary::parse(text, mergeableRankCount(e));
        ASSERT_TRUE(parsed);
        EXPECT_FALSE(parsed->isPrebuilt());
        // Byte for byte: every rank, offset, hash slot and the recorded source.
        ASSERT_EQ(built.blob().size(), parsed->blob().size());
        EXPECT_EQ(std::memcmp(built.blob().data(), parsed->blob().data(), built.blob().size()), 0);
        EXPECT_EQ(prebuiltVocabularyBlob(e).data(), built.blob().data());
    }
}

TEST(Tokenizer_prebuilt, otherVocabularyFile_isParsedNotTakenFromTheBuiltInTables)
{
    QTemporaryDir dir;
    QByteArray text = readShipped(Encoding::Cl100kBase);
    ASSERT_FALSE(text.isEmpty());
    // Same ranks, one line ending changed: a different file, so it must be parsed.
    text.insert(text.indexOf('\n'), '\r');
    QFile f(dir.filePath(vocabularyFileName(Encoding::Cl100kBase)));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    const auto tokenizer = Tokenizer::load(Encoding::Cl100kBase, dir.path());
    ASSERT_TRUE(tokenizer) << tokenizer.error().message.toStdString();
    EXPECT_FALSE((*tokenizer)->vocabulary().isPrebuilt());
    EXPECT_TRUE((*tokenizer)->vocabulary().isFrom(text));
    EXPECT_EQ((*tokenizer)->encode("hello world"), (std::vector<uint32_t>{15339, 1917}));
}

TEST(Tokenizer_prebuilt, blob_roundTripsThroughFromBlob)
{
    const QByteArray text = smallVocabularyText();
    const auto parsed = Vocabulary::parse(text, 257);
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    const auto copy = copyOf(parsed->blob());
    const auto viewed = Vocabulary::fromBlob(viewOf(copy, parsed->blob().size()), 257);
    ASSERT_TRUE(viewed) << viewed.error().message.toStdString();
    EXPECT_TRUE(viewed->isPrebuilt());
    EXPECT_TRUE(viewed->isFrom(text));
    EXPECT_FALSE(viewed->isFrom(QByteArray(text + "x")));
    EXPECT_EQ(viewed->rank("hi", 2), 256u);
    EXPECT_EQ(viewed->rank("ih", 2), Vocabulary::kNoRank);
    EXPECT_EQ(viewed->pairRank('h', 'i'), 256u);
    EXPECT_EQ(viewed->byteRank('A'), 65u);
    EXPECT_EQ(viewed->bytes(256), "hi");
    EXPECT_EQ(viewed->size(), 257u);
}

TEST(Tokenizer_prebuilt, damagedTables_failWithParse)
{
    const auto parsed = Vocabulary::parse(smallVocabularyText(), 257);
    ASSERT_TRUE(parsed);
    const size_t size = parsed->blob().size();
    const auto expectRefused = [](std::span<const char> blob, uint32_t count, const char* why) {
        const auto r = Vocabulary::fromBlob(blob, count);
        ASSERT_FALSE(r) << why;
        EXPECT_EQ(r.error().code, ErrorCode::Parse) << why;
        EXPECT_TRUE(r.error().message.startsWith(QStringLiteral("vocabulary tables: ")))
            << r.error().message.toStdString();
    };
    auto damaged = copyOf(parsed->blob());
    expectRefused(viewOf(damaged, size), 258, "wrong rank count");
    expectRefused(viewOf(damaged, size - 8), 257, "truncated");
    expectRefused(viewOf(damaged, 40), 257, "shorter than a header");
    reinterpret_cast<char*>(damaged.data())[0] = 'X';
    expectRefused(viewOf(damaged, size), 257, "bad magic");
    damaged = copyOf(parsed->blob());
    reinterpret_cast<uint32_t*>(damaged.data())[2] += 1; // format version
    expectRefused(viewOf(damaged, size), 257, "other format version");
}

TEST(Tokenizer_prebuilt, loadWithDamagedBuiltInTables_failsNamingTheBuild)
{
    const auto parsed = Vocabulary::parse(smallVocabularyText(), 257);
    ASSERT_TRUE(parsed);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.tiktoken"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(smallVocabularyText());
    f.close();
    // Intact tables built from this very file are used in place.
    const auto good = Vocabulary::load(path, 257, parsed->blob());
    ASSERT_TRUE(good) << good.error().message.toStdString();
    EXPECT_TRUE(good->isPrebuilt());
    EXPECT_EQ(good->blob().data(), parsed->blob().data());

    auto damaged = copyOf(parsed->blob());
    reinterpret_cast<char*>(damaged.data())[1] = 'X';
    const auto r = Vocabulary::load(path, 257, viewOf(damaged, parsed->blob().size()));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Parse);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("rebuild")))
        << r.error().message.toStdString();
}
