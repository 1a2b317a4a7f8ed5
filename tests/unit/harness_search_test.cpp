#include "core/harness/packcorpus.h"
#include "core/harness/packsearchindex.h"
#include "harnesstestpack.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

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

// A pack of random English, Korean and code items, written so that short and long substrings,
// common and rare, occur in many items and in few.
Pack randomPack(QRandomGenerator& rng, int items)
{
    const QStringList english = {QStringLiteral("retention"), QStringLiteral("the"),    QStringLiteral("We"),
                                 QStringLiteral("agreed"),    QStringLiteral("Q3"),     QStringLiteral("budget"),
                                 QStringLiteral("launch"),    QStringLiteral("owner"),  QStringLiteral("a"),
                                 QStringLiteral("pricing"),   QStringLiteral("Churn"),  QStringLiteral("x")};
    const QStringList syllables = {QStringLiteral("고"), QStringLiteral("객"), QStringLiteral("출"), QStringLiteral("시"),
                                   QStringLiteral("일"), QStringLiteral("정"), QStringLiteral("팀"), QStringLiteral("유"),
                                   QStringLiteral("지"), QStringLiteral("율"), QStringLiteral("회"), QStringLiteral("의")};
    const QStringList code = {QStringLiteral("def"),      QStringLiteral("compute_churn_rate(users):"),
                              QStringLiteral("return"),   QStringLiteral("len(lost)"),
                              QStringLiteral("print(\"x*2\")"), QStringLiteral("u.lost"),
                              QStringLiteral("max(1,"),   QStringLiteral("rows[0]"), QStringLiteral("OR"), QStringLiteral("NOT")};
    Pack pack;
    pack.sections.append({QStringLiteral("s"), QStringLiteral("Random"), {}, {}});
    for (int i = 0; i < items; ++i) {
        QString text;
        const int kind = i % 3;
        for (int w = 8 + rng.bounded(60); w > 0; --w) {
            if (kind == 0) {
                text += english[rng.bounded(int(english.size()))];
            } else if (kind == 1) {
                for (int n = 1 + rng.bounded(3); n > 0; --n)
                    text += syllables[rng.bounded(int(syllables.size()))];
            } else {
                text += code[rng.bounded(int(code.size()))];
            }
            text += rng.bounded(9) == 0 ? QStringLiteral("\n") : QStringLiteral(" ");
        }
        Cb::Core::PackItem item = Cb::Core::PackItem::note(QStringLiteral("Item %1").arg(i), text);
        pack.sections[0].items.append(item);
    }
    return pack;
}

// A word as a user would type it: a piece of some item, of 1 to 7 characters, sometimes in
// other letter case; or, now and then, something no item holds.
QString randomWord(QRandomGenerator& rng, const PackCorpus& corpus)
{
    if (rng.bounded(12) == 0)
        return QStringLiteral("zq%1").arg(rng.bounded(100));
    const QString text = corpus.items[rng.bounded(int(corpus.items.size()))].text;
    for (;;) {
        const int from = rng.bounded(int(text.size()));
        QString w = text.mid(from, 1 + rng.bounded(7)).split(QRegularExpression(QStringLiteral("\\s"))).first();
        if (w.isEmpty())
            continue;
        return rng.bounded(3) == 0 ? w.toUpper() : w;
    }
}

} // namespace

TEST(PackSearchIndex, search_randomQueries_findEveryItemABruteForceScanFinds)
{
    QRandomGenerator rng(20261206);
    const PackCorpus corpus = PackCorpus::fromPack(randomPack(rng, 150), nullptr);
    auto built = PackSearchIndex::build(corpus);
    ASSERT_TRUE(built) << built.error().message.toStdString();
    const auto& index = *built;
    const auto holds = [](const CorpusItem& item, const QString& w) {
        return item.text.contains(w, Qt::CaseInsensitive) || item.title.contains(w, Qt::CaseInsensitive);
    };
    int checked = 0;
    int withHits = 0;
    for (int i = 0; i < 400; ++i) {
        QStringList words;
        for (int n = 1 + (rng.bounded(3) == 0 ? rng.bounded(3) : 0); n > 0; --n)
            words << randomWord(rng, corpus);
        const QString query = words.join(QLatin1Char(' '));
        QSet<QString> all;
        QSet<QString> any;
        for (const CorpusItem& item : corpus.items) {
            const bool each = std::all_of(words.cbegin(), words.cend(), [&](const QString& w) { return holds(item, w); });
            const bool some = std::any_of(words.cbegin(), words.cend(), [&](const QString& w) { return holds(item, w); });
            if (each)
                all.insert(item.shortId);
            if (some)
                any.insert(item.shortId);
        }
        const QSet<QString>& expected = all.isEmpty() ? any : all; // no item with every word: any will do
        for (const int limit : {5, 200}) {
            const auto hits = index->search(query, limit);
            ASSERT_TRUE(hits) << query.toStdString() << ": " << hits.error().message.toStdString();
            const QStringList ids = idsOf(*hits);
            const QSet<QString> found(ids.cbegin(), ids.cend());
            EXPECT_EQ(found.size(), ids.size()) << "duplicates for '" << query.toStdString() << "'";
            EXPECT_EQ(ids.size(), qMin<qsizetype>(limit, expected.size())) << "'" << query.toStdString() << "'";
            EXPECT_TRUE(expected.contains(found)) << "'" << query.toStdString() << "' found an item without it";
            for (const SearchHit& h : *hits)
                EXPECT_TRUE(h.snippet.contains(QStringLiteral("«"))) << query.toStdString() << ": " << h.snippet.toStdString();
            ++checked;
            withHits += hits->isEmpty() ? 0 : 1;
        }
    }
    EXPECT_EQ(checked, 800);
    EXPECT_GT(withHits, 600); // the queries mostly hit, so the comparison means something
}

TEST(PackSearchIndex, search_shortAndLongWordsTogether_needsBoth)
{
    const auto index = indexOf(Cb::Test::harnessPack());
    ASSERT_TRUE(index);
    // "q3" (two characters, side table) and "retention" (trigrams) are both in a1b2c3 only.
    const auto hits = index->search(QStringLiteral("Q3 retention"), 10);
    ASSERT_TRUE(hits);
    ASSERT_EQ(idsOf(*hits), QStringList{QStringLiteral("a1b2c3")});
    EXPECT_TRUE(hits->first().snippet.contains(QStringLiteral("«retention»"), Qt::CaseInsensitive));
    const auto korean = index->search(QStringLiteral("출시 일정"), 10); // two-syllable words
    ASSERT_TRUE(korean);
    EXPECT_EQ(idsOf(*korean), QStringList{QStringLiteral("c3d4e5")});
}

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

TEST(PackSearchIndex, search_wordInMoreItemsThanAreRanked_saysSoInTheNote)
{
    Pack pack;
    pack.sections.append({QStringLiteral("s"), QStringLiteral("Notes"), {}, {}});
    for (int i = 0; i < PackSearchIndex::kRankedMatches + 20; ++i)
        pack.sections[0].items.append(Cb::Core::PackItem::note(
            QStringLiteral("Note %1").arg(i), QStringLiteral("launch plan for Q3, draft %1%2")
                                                  .arg(i)
                                                  .arg(i == PackSearchIndex::kRankedMatches + 10
                                                           ? QStringLiteral(" final launch launch launch")
                                                           : QString())));
    const auto index = indexOf(pack);
    ASSERT_TRUE(index);
    QString note;
    const auto hits = index->search(QStringLiteral("launch"), 5, &note);
    ASSERT_TRUE(hits);
    EXPECT_EQ(hits->size(), 5);
    EXPECT_TRUE(note.contains(QStringLiteral("More than 250 items match"))) << note.toStdString();
    for (const SearchHit& h : *hits) // the item saying it four times is past the ranked ones
        EXPECT_NE(h.title, QStringLiteral("Note %1").arg(PackSearchIndex::kRankedMatches + 10));

    const auto shortWord = index->search(QStringLiteral("q3"), 5, &note);
    ASSERT_TRUE(shortWord);
    EXPECT_EQ(idsOf(*shortWord).size(), 5);
    EXPECT_TRUE(note.contains(QStringLiteral("More than 250 items match"))) << note.toStdString();

    const auto rare = index->search(QStringLiteral("draft 7"), 5, &note); // all of few: no note
    ASSERT_TRUE(rare);
    EXPECT_TRUE(note.isEmpty()) << note.toStdString();
    const auto narrowed = index->search(QStringLiteral("launch final"), 5, &note);
    ASSERT_TRUE(narrowed);
    EXPECT_EQ(narrowed->first().title, QStringLiteral("Note %1").arg(PackSearchIndex::kRankedMatches + 10));
}
