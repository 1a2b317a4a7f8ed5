// Tokenizer behaviour beyond the id vectors: special-token text, round trips, invalid UTF-8,
// countUntil, decode errors, parallel counting.
#include "tokenizertestutil.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <random>

using namespace Cb::Core;
using namespace Cb::Core::TokenizerTestUtil;

namespace {

const Encoding kBoth[] = {Encoding::O200kBase, Encoding::Cl100kBase};

bool containsId(const std::vector<uint32_t>& ids, uint32_t id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace

TEST(Tokenizer_specialTokenText, insideDocument_isOrdinaryText)
{
    for (Encoding e : kBoth) {
        const auto tok = tokenizer(e);
        ASSERT_TRUE(tok);
        const QByteArray text = "Intro.<|endoftext|>Next document <|endofprompt|> end";
        const auto ids = tok->encode(view(text));
        for (const SpecialToken& special : specialTokens(e))
            EXPECT_FALSE(containsId(ids, special.id)) << special.text;
        // "<|endoftext|>" alone is several ordinary tokens starting with "<".
        const auto alone = tok->encode("<|endoftext|>");
        EXPECT_GT(alone.size(), 1u);
        EXPECT_EQ(*tok->decode(ids), text);
    }
}

TEST(Tokenizer_decode, specialIds_giveTheirText)
{
    const auto o200k = tokenizer(Encoding::O200kBase);
    const auto cl100k = tokenizer(Encoding::Cl100kBase);
    ASSERT_TRUE(o200k && cl100k);
    EXPECT_EQ(*o200k->decode(std::vector<uint32_t>{199999}), QByteArray("<|endoftext|>"));
    EXPECT_EQ(*cl100k->decode(std::vector<uint32_t>{100276}), QByteArray("<|endofprompt|>"));
}

TEST(Tokenizer_decode, unknownId_fails)
{
    const auto tok = tokenizer(Encoding::Cl100kBase);
    ASSERT_TRUE(tok);
    const auto r = tok->decode(std::vector<uint32_t>{100, 100256});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
}

TEST(Tokenizer_roundTrip, goldenDocuments_decodeToTheirBytes)
{
    const QJsonArray docs =
        QJsonDocument::fromJson(readTestData(QStringLiteral("tokenizers/golden_corpus.json")))
            .array();
    ASSERT_FALSE(docs.isEmpty());
    for (Encoding e : kBoth) {
        const auto tok = tokenizer(e);
        ASSERT_TRUE(tok);
        for (const QJsonValue& v : docs) {
            const QByteArray text = v.toString().toUtf8();
            EXPECT_EQ(*tok->decode(tok->encode(view(text))), text);
        }
    }
}

TEST(Tokenizer_invalidUtf8, randomBytes_neverCrashAndRoundTrip)
{
    std::mt19937 rng(99u);
    const unsigned char interesting[] = {0x80, 0xBF, 0xC0, 0xC1, 0xC3, 0xE0, 0xED, 0xA0, 0xF0,
                                         0xF4, 0xF5, 0xFF, 0x90, 'a',  ' ',  '\n', '\'', '1'};
    for (Encoding e : kBoth) {
        const auto tok = tokenizer(e);
        ASSERT_TRUE(tok);
        for (int i = 0; i < 3000; ++i) {
            QByteArray bytes;
            const int n = int(rng() % 40);
            for (int k = 0; k < n; ++k) {
                bytes += char(rng() % 2 ? interesting[rng() % sizeof(interesting)] : rng() % 256);
            }
            const auto ids = tok->encode(view(bytes));
            EXPECT_EQ(*tok->decode(ids), bytes);
            EXPECT_EQ(tok->count(view(bytes)), ids.size());
        }
        // A truncated sequence at the very end and a lone surrogate encoding.
        for (const QByteArray& bytes : {QByteArray("abc\xE2\x82"), QByteArray("x\xED\xA0\x80y"),
                                        QByteArray("\xF0\x9F\x98")}) {
            EXPECT_EQ(*tok->decode(tok->encode(view(bytes))), bytes);
        }
    }
}

TEST(Tokenizer_countUntil, overTheLimit_stopsAtLimitPlusOne)
{
    const auto tok = tokenizer(Encoding::O200kBase);
    ASSERT_TRUE(tok);
    const QByteArray text =
        QByteArray("The quick brown fox jumps over the lazy dog. ").repeated(100).chopped(1);
    const size_t total = tok->count(view(text));
    ASSERT_EQ(total, 1000u);
    EXPECT_EQ(tok->countUntil(view(text), 10), 11u);
    EXPECT_EQ(tok->countUntil(view(text), 999), 1000u);
    EXPECT_EQ(tok->countUntil(view(text), 1000), 1000u);
    EXPECT_EQ(tok->countUntil(view(text), 5000), 1000u);
    EXPECT_EQ(tok->countUntil("", 0), 0u);
    EXPECT_EQ(tok->countUntil("hello", 0), 1u);
}

TEST(Tokenizer_count, qstringOverload_matchesUtf8)
{
    const auto tok = tokenizer(Encoding::O200kBase);
    ASSERT_TRUE(tok);
    const QString text = QStringLiteral("Grüße, 世界! 👨‍👩‍👧");
    EXPECT_EQ(tok->count(text), tok->encode(view(text.toUtf8())).size());
    EXPECT_EQ(tok->count(std::string_view()), 0u);
    EXPECT_TRUE(tok->encode("").empty());
}

TEST(Tokenizer_countMany, parallelCounts_equalSequentialCounts)
{
    const auto tok = tokenizer(Encoding::Cl100kBase);
    ASSERT_TRUE(tok);
    QList<QByteArray> texts;
    for (int i = 0; i < 64; ++i)
        texts.append(QByteArray("word ").repeated(i * 7) + QByteArray::number(i * 12345));
    std::vector<std::string_view> views;
    for (const QByteArray& t : texts)
        views.push_back(view(t));
    const std::vector<size_t> counts = tok->countMany(views);
    EXPECT_EQ(tok->countMany(texts), counts);
    QFuture<size_t> future = tok->countManyAsync(texts);
    future.waitForFinished();
    const QList<size_t> asyncCounts = future.results();
    ASSERT_EQ(counts.size(), views.size());
    ASSERT_EQ(asyncCounts.size(), texts.size());
    for (size_t i = 0; i < views.size(); ++i) {
        EXPECT_EQ(counts[i], tok->count(views[i]));
        EXPECT_EQ(asyncCounts[qsizetype(i)], counts[i]);
    }
}

TEST(Tokenizer_count, twoEncodingsInOneThread_keepTheirOwnCachedCounts)
{
    // Pieces that need merging are cached per thread; the same piece must not leak a count
    // from one encoding into the other.
    const auto o200k = tokenizer(Encoding::O200kBase);
    const auto cl100k = tokenizer(Encoding::Cl100kBase);
    ASSERT_TRUE(o200k && cl100k);
    const QByteArray text = "zxqvwutr plimbotronix Qwertyuiopasd gzorblax 12345678 zxqvwutr";
    const size_t o200kCount = o200k->encode(view(text)).size();
    const size_t cl100kCount = cl100k->encode(view(text)).size();
    ASSERT_NE(o200kCount, cl100kCount);
    for (int round = 0; round < 3; ++round) {
        EXPECT_EQ(o200k->count(view(text)), o200kCount);
        EXPECT_EQ(cl100k->count(view(text)), cl100kCount);
    }
}
