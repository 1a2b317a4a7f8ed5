#include "core/harness/packcorpus.h"
#include "core/harness/packsearchindex.h"
#include "harnesstestpack.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

std::shared_ptr<PackSearchIndex> indexOf(const Pack& pack)
{
    auto index = PackSearchIndex::build(PackCorpus::fromPack(pack, nullptr));
    if (!index) {
        ADD_FAILURE() << index.error().message.toStdString();
        return nullptr;
    }
    return *index;
}

QStringList idsOf(const QList<SearchHit>& hits)
{
    QStringList ids;
    for (const SearchHit& h : hits)
        ids << h.shortId;
    return ids;
}

} // namespace

TEST(PackSearchIndex, search_englishWord_ranksTheItemThatSaysItMostFirstWithSnippet)
{
    const auto index = indexOf(Cb::Test::harnessPack());
    ASSERT_TRUE(index);
    const auto hits = index->search(QStringLiteral("retention"), 10);
    ASSERT_TRUE(hits) << hits.error().message.toStdString();
    ASSERT_EQ(hits->size(), 1); // the disabled item says it too, but is not indexed
    EXPECT_EQ(hits->first().shortId, QStringLiteral("a1b2c3"));
    EXPECT_EQ(hits->first().section, QStringLiteral("Meetings"));
    EXPECT_TRUE(hits->first().snippet.contains(QStringLiteral("«retention»"), Qt::CaseInsensitive))
        << hits->first().snippet.toStdString();
}

TEST(PackSearchIndex, search_koreanWithoutSpaces_findsSubstring)
{
    const auto index = indexOf(Cb::Test::harnessPack());
    ASSERT_TRUE(index);
    // "유지율" inside "고객 유지율 목표는": no word segmentation needed with trigrams.
    const auto hits = index->search(QStringLiteral("유지율 목표"), 10);
    ASSERT_TRUE(hits);
    ASSERT_EQ(idsOf(*hits), QStringList{QStringLiteral("c3d4e5")});
    EXPECT_TRUE(hits->first().snippet.contains(QStringLiteral("«유지율»"))) << hits->first().snippet.toStdString();
}

TEST(PackSearchIndex, search_codeIdentifier_matchesInsideCode)
{
    const auto index = indexOf(Cb::Test::harnessPack());
    ASSERT_TRUE(index);
    const auto hits = index->search(QStringLiteral("churn_rate("), 10);
    ASSERT_TRUE(hits);
    EXPECT_EQ(idsOf(*hits), QStringList{QStringLiteral("e5f6a7")});
}

TEST(PackSearchIndex, search_shortKoreanWord_fallsBackToSubstringScan)
{
    const auto index = indexOf(Cb::Test::harnessPack());
    ASSERT_TRUE(index);
    const auto hits = index->search(QStringLiteral("팀"), 10);
    ASSERT_TRUE(hits);
    ASSERT_EQ(idsOf(*hits), QStringList{QStringLiteral("c3d4e5")});
    EXPECT_TRUE(hits->first().snippet.contains(QStringLiteral("«팀»")));
    const auto q3 = index->search(QStringLiteral("q3"), 10); // case-insensitive, two characters
    ASSERT_TRUE(q3);
    EXPECT_EQ(idsOf(*q3), QStringList{QStringLiteral("a1b2c3")});
}

TEST(PackSearchIndex, search_wordsNotAllInOneItem_fallsBackToAnyWord)
{
    const auto index = indexOf(Cb::Test::harnessPack());
    ASSERT_TRUE(index);
    const auto hits = index->search(QStringLiteral("budget retention"), 10);
    ASSERT_TRUE(hits);
    EXPECT_EQ(hits->size(), 2);
    EXPECT_TRUE(idsOf(*hits).contains(QStringLiteral("b2c3d4")));
}

TEST(PackSearchIndex, search_quotesAndOperators_areSearchedAsText)
{
    const auto index = indexOf(Cb::Test::harnessPack());
    ASSERT_TRUE(index);
    const auto hits = index->search(QStringLiteral("\"launch\" OR NOT) *"), 10);
    ASSERT_TRUE(hits) << hits.error().message.toStdString();
    const auto empty = index->search(QStringLiteral("   "), 10);
    EXPECT_FALSE(empty);
}

TEST(PackSearchIndex, search_limit_capsTheHits)
{
    const auto index = indexOf(Cb::Test::harnessPack());
    ASSERT_TRUE(index);
    const auto hits = index->search(QStringLiteral("launch"), 1);
    ASSERT_TRUE(hits);
    EXPECT_EQ(hits->size(), 1);
}

TEST(PackSearchIndex, buildAsync_searchedFromAnotherThread_works)
{
    auto corpus = std::make_shared<const PackCorpus>(PackCorpus::fromPack(Cb::Test::harnessPack(), nullptr));
    auto future = PackSearchIndex::buildAsync(corpus);
    future.waitForFinished(); // a test thread, not the GUI thread
    ASSERT_TRUE(future.result());
    const auto hits = (*future.result())->search(QStringLiteral("budget"), 5);
    ASSERT_TRUE(hits);
    EXPECT_EQ(idsOf(*hits), QStringList{QStringLiteral("b2c3d4")});
}
