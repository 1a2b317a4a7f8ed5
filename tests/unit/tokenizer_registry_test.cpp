// Loading: the shipped vocabularies, the registry's load-once cache, and load failures.
#include "tokenizertestutil.h"

#include "core/tokenize/encoding.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include "cb_test_paths.h"

using namespace Cb::Core;
using namespace Cb::Core::TokenizerTestUtil;

namespace {

const QString kShippedDir = QStringLiteral(CB_SOURCE_DIR "/resources/tokenizers");

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST(Tokenizer_shippedVocabularies, sha256_matchesTiktoken)
{
    const std::pair<const char*, const char*> expected[] = {
        {"o200k_base.tiktoken", "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d"},
        {"cl100k_base.tiktoken",
         "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"},
    };
    for (const auto& [file, sha] : expected) {
        QFile f(kShippedDir + QLatin1Char('/') + QLatin1String(file));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << file;
        EXPECT_EQ(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex(),
                  QByteArray(sha));
    }
    EXPECT_TRUE(QFile::exists(kShippedDir + QStringLiteral("/SOURCE.md")));
}

TEST(Tokenizer_registry, secondRequest_returnsTheSameInstance)
{
    TokenizerRegistry registry(kShippedDir);
    EXPECT_EQ(registry.loaded(Encoding::Cl100kBase), nullptr);
    auto first = registry.tokenizer(Encoding::Cl100kBase);
    ASSERT_TRUE(first);
    EXPECT_EQ((*first)->vocabulary().size(), 100256u);
    auto future = registry.tokenizerAsync(Encoding::Cl100kBase);
    ASSERT_TRUE(future.isFinished());
    EXPECT_EQ(future.result()->get(), first->get());
    EXPECT_EQ(registry.loaded(Encoding::Cl100kBase).get(), first->get());
    EXPECT_EQ(registry.loaded(Encoding::O200kBase), nullptr);
}

TEST(Tokenizer_registry, asyncLoad_deliversTokenizerOffThread)
{
    TokenizerRegistry registry(kShippedDir);
    auto future = registry.tokenizerAsync(Encoding::O200kBase);
    future.waitForFinished();
    const auto result = future.result();
    ASSERT_TRUE(result);
    EXPECT_EQ((*result)->encoding(), Encoding::O200kBase);
    EXPECT_EQ((*result)->vocabulary().size(), 199998u);
    EXPECT_EQ((*result)->encode("hello"), std::vector<uint32_t>{24912});
}

TEST(Tokenizer_registry, missingVocabulary_failsWithNotFoundAndRetries)
{
    QTemporaryDir dir;
    TokenizerRegistry registry(dir.path());
    auto r = registry.tokenizer(Encoding::O200kBase);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::NotFound);
    // A failure is not cached: once the file is there, the next request loads it.
    ASSERT_TRUE(QFile::copy(kShippedDir + QStringLiteral("/o200k_base.tiktoken"),
                            dir.filePath(QStringLiteral("o200k_base.tiktoken"))));
    EXPECT_TRUE(registry.tokenizer(Encoding::O200kBase));
}

TEST(Tokenizer_load, malformedVocabulary_failsWithParse)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cl100k_base.tiktoken"));
    for (const QByteArray& bad : {QByteArray("IQ== 0\nIg== 2\n"), QByteArray("I!== 0\n"),
                                  QByteArray("IQ==0\n"), QByteArray("IQ== 0\nIg== 1\n")}) {
        writeFile(path, bad);
        const auto r = Tokenizer::load(Encoding::Cl100kBase, dir.path());
        ASSERT_FALSE(r) << bad.toStdString();
        EXPECT_EQ(r.error().code, ErrorCode::Parse) << r.error().message.toStdString();
    }
}

TEST(Tokenizer_vocabulary, parse_mapsBytesAndRanksBothWays)
{
    QByteArray text;
    for (int b = 0; b < 256; ++b)
        text += QByteArray(1, char(b)).toBase64() + ' ' + QByteArray::number(b) + '\n';
    text += "aGk= 256\n"; // "hi"
    auto v = Vocabulary::parse(text, 257);
    ASSERT_TRUE(v) << v.error().message.toStdString();
    EXPECT_EQ(v->rank("hi", 2), 256u);
    EXPECT_EQ(v->rank("ih", 2), Vocabulary::kNoRank);
    EXPECT_EQ(v->byteRank('A'), 65u);
    EXPECT_EQ(v->bytes(256), "hi");
    EXPECT_GT(v->memoryBytes(), 257u);
}

TEST(Tokenizer_encodingForModel, openAiModels_mapToTheirEncoding)
{
    for (const char* m : {"gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-5", "o1", "o3", "o3-pro",
                          "o4-mini", "chatgpt-4o-latest"})
        EXPECT_EQ(encodingForModel(QLatin1String(m)), Encoding::O200kBase) << m;
    for (const char* m : {"gpt-4", "gpt-4-turbo", "gpt-3.5-turbo", "text-embedding-3-small",
                          "text-embedding-ada-002"})
        EXPECT_EQ(encodingForModel(QLatin1String(m)), Encoding::Cl100kBase) << m;
    EXPECT_EQ(encodingForModel(QStringLiteral("claude-sonnet-4")), std::nullopt);
    EXPECT_EQ(encodingFromName(QStringLiteral("cl100k_base")), Encoding::Cl100kBase);
    EXPECT_EQ(encodingFromName(QStringLiteral("p50k_base")), std::nullopt);
}

TEST(Tokenizer_vocabulary, beyondThePackedLimits_failsWithParse)
{
    // The linear merger packs ranks in 21 bits and token lengths in 16: larger vocabularies
    // are refused up front rather than merged wrongly.
    const auto tooMany = Vocabulary::parse("YQ== 0\n", Vocabulary::kMaxRanks + 1);
    ASSERT_FALSE(tooMany);
    EXPECT_EQ(tooMany.error().code, ErrorCode::Parse);
    EXPECT_TRUE(tooMany.error().message.contains(QStringLiteral("at most")));

    const QByteArray longToken = QByteArray(65536, 'a').toBase64() + " 0\n";
    const auto tooLong = Vocabulary::parse(longToken, 1);
    ASSERT_FALSE(tooLong);
    EXPECT_EQ(tooLong.error().code, ErrorCode::Parse);
    EXPECT_TRUE(tooLong.error().message.contains(QStringLiteral("longer than 65535")));
}
