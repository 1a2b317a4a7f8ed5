// TokenCountCache: counts remembered per encoding and content key, bounded, shared by threads.
#include "tokenizertestutil.h"

#include "core/tokenize/tokencountcache.h"

#include <QCryptographicHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

using namespace Cb::Core;
using namespace Cb::Core::TokenizerTestUtil;

namespace {

QByteArray sha256(const QByteArray& text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256);
}

} // namespace

TEST(TokenCountCache_count, sameKeyTwice_countsOnceAndKeepsEncodingsApart)
{
    const auto o200k = tokenizer(Encoding::O200kBase);
    const auto cl100k = tokenizer(Encoding::Cl100kBase);
    ASSERT_TRUE(o200k && cl100k);
    TokenCountCache cache;
    const QByteArray text = "Grüße aus 東京 — plimbotronix zxqvwutr 1234567";
    const QByteArray key = sha256(text);
    EXPECT_EQ(cache.find(Encoding::O200kBase, key), std::nullopt);
    EXPECT_EQ(cache.count(*o200k, key, view(text)), o200k->count(view(text)));
    EXPECT_EQ(cache.find(Encoding::O200kBase, key), o200k->count(view(text)));
    EXPECT_EQ(cache.find(Encoding::Cl100kBase, key), std::nullopt);
    EXPECT_EQ(cache.count(*cl100k, key, view(text)), cl100k->count(view(text)));
    EXPECT_NE(o200k->count(view(text)), cl100k->count(view(text)));
    EXPECT_EQ(cache.size(), 2);
    // A hit never looks at the text: the key stands for it.
    EXPECT_EQ(cache.count(*o200k, key, "different text"), o200k->count(view(text)));
}

TEST(TokenCountCache_insert, overCapacity_startsOver)
{
    TokenCountCache cache(3);
    for (int i = 0; i < 3; ++i)
        cache.insert(Encoding::O200kBase, QByteArray::number(i), size_t(i));
    EXPECT_EQ(cache.size(), 3);
    cache.insert(Encoding::O200kBase, "new", 42);
    EXPECT_EQ(cache.size(), 1);
    EXPECT_EQ(cache.find(Encoding::O200kBase, "new"), 42u);
    EXPECT_EQ(cache.find(Encoding::O200kBase, "0"), std::nullopt);
    cache.clear();
    EXPECT_EQ(cache.size(), 0);
}

TEST(TokenCountCache_count, manyThreads_agreeWithDirectCounts)
{
    const auto tok = tokenizer(Encoding::O200kBase);
    ASSERT_TRUE(tok);
    TokenCountCache cache;
    QList<QByteArray> texts;
    for (int i = 0; i < 200; ++i)
        texts.append(QByteArray("item ").repeated(i % 17) + QByteArray::number(i % 50));
    const QList<size_t> counts = QtConcurrent::blockingMapped(
        texts, [&](const QByteArray& t) { return cache.count(*tok, sha256(t), view(t)); });
    for (qsizetype i = 0; i < texts.size(); ++i)
        EXPECT_EQ(counts[i], tok->count(view(texts[i])));
    EXPECT_EQ(cache.size(), QSet<QByteArray>(texts.cbegin(), texts.cend()).size());
}
