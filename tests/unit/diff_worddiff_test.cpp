#include "core/compare/myersdiff.h"
#include "core/compare/worddiff.h"

#include <gtest/gtest.h>

using namespace Cb::Core;
using Kind = DiffSegment::Kind;

namespace {

QString side(const QList<DiffSegment>& segments, Kind keep)
{
    QString s;
    for (const DiffSegment& seg : segments)
        if (seg.kind == Kind::Equal || seg.kind == keep)
            s += seg.text;
    return s;
}

} // namespace

namespace Cb::Core {
// Readable failures: the segment's kind and text instead of its bytes.
void PrintTo(const DiffSegment& s, std::ostream* os)
{
    *os << (s.kind == DiffSegment::Kind::Equal ? "=" : s.kind == DiffSegment::Kind::Removed ? "-" : "+") << '"'
        << s.text.toStdString() << '"';
}
} // namespace Cb::Core

TEST(WordDiff_tokenize, splitsWordsSpacesAndPunctuation)
{
    EXPECT_EQ(WordDiff::tokenize(QStringLiteral("Ship v2, then  wait.")),
              (QStringList{QStringLiteral("Ship"), QStringLiteral(" "), QStringLiteral("v2"), QStringLiteral(","),
                           QStringLiteral(" "), QStringLiteral("then"), QStringLiteral("  "), QStringLiteral("wait"),
                           QStringLiteral(".")}));
    // A surrogate pair stays one token; accented letters are word characters.
    EXPECT_EQ(WordDiff::tokenize(QStringLiteral("café 😀!")).size(), 4);
}

TEST(WordDiff_diff, knownPairGivesHandComputedSegments)
{
    const QString left = QStringLiteral("Launch in May with two engineers.");
    const QString right = QStringLiteral("Launch in June with three engineers.");
    const QList<DiffSegment> expected{
        {Kind::Equal, QStringLiteral("Launch in ")}, {Kind::Removed, QStringLiteral("May")},
        {Kind::Added, QStringLiteral("June")},       {Kind::Equal, QStringLiteral(" with ")},
        {Kind::Removed, QStringLiteral("two")},      {Kind::Added, QStringLiteral("three")},
        {Kind::Equal, QStringLiteral(" engineers.")}};
    EXPECT_EQ(WordDiff::diff(left, right), expected);
    const WordDiff::Stats stats = WordDiff::stats(expected);
    EXPECT_EQ(stats.equalWords, 4);
    EXPECT_EQ(stats.removedWords, 2);
    EXPECT_EQ(stats.addedWords, 2);
}

TEST(WordDiff_diff, identicalAndEmptyTexts)
{
    EXPECT_EQ(WordDiff::diff(QStringLiteral("same text"), QStringLiteral("same text")),
              (QList<DiffSegment>{{Kind::Equal, QStringLiteral("same text")}}));
    EXPECT_EQ(WordDiff::diff(QString(), QStringLiteral("new")), (QList<DiffSegment>{{Kind::Added, QStringLiteral("new")}}));
    EXPECT_EQ(WordDiff::diff(QStringLiteral("old"), QString()), (QList<DiffSegment>{{Kind::Removed, QStringLiteral("old")}}));
    EXPECT_TRUE(WordDiff::diff(QString(), QString()).isEmpty());
}

TEST(WordDiff_diff, insertedSentenceIsOneAddedSegment)
{
    const auto segments = WordDiff::diff(QStringLiteral("A. C."), QStringLiteral("A. B. C."));
    ASSERT_EQ(segments.size(), 3);
    EXPECT_EQ(segments[1].kind, Kind::Added);
    EXPECT_EQ(segments[1].text, QStringLiteral("B. "));
}

TEST(WordDiff_diff, overTheEditCapFallsBackToLinesAndStillReconstructsBothSides)
{
    QString left;
    QString right;
    for (int i = 0; i < 300; ++i) {
        left += QStringLiteral("line %1 alpha beta gamma\n").arg(i);
        right += i % 3 == 0 ? QStringLiteral("line %1 ALPHA BETA GAMMA\n").arg(i)
                            : QStringLiteral("line %1 alpha beta gamma\n").arg(i);
    }
    right += QStringLiteral("a closing line\n");
    // 300 changed words need ~600 word edits but only ~200 line edits: a cap of 300 forces
    // the line-level path, and each changed line is then refined by words.
    const auto segments = WordDiff::diff(left, right, 300);
    EXPECT_EQ(side(segments, Kind::Removed), left);
    EXPECT_EQ(side(segments, Kind::Added), right);
    const WordDiff::Stats stats = WordDiff::stats(segments);
    EXPECT_EQ(stats.removedWords, 300); // only the three words go, "line N" stays shared
    EXPECT_EQ(stats.addedWords, 300 + 3);
    EXPECT_EQ(stats.equalWords, 300 * 5 - 300);
    const WordDiff::Stats uncapped = WordDiff::stats(WordDiff::diff(left, right, 100000));
    EXPECT_EQ(uncapped.removedWords, stats.removedWords);
    EXPECT_EQ(uncapped.addedWords, stats.addedWords);
    // Nothing in common at all and a tiny cap: one removed and one added block.
    EXPECT_EQ(WordDiff::diff(QStringLiteral("a b c"), QStringLiteral("x y z"), 1),
              (QList<DiffSegment>{{Kind::Removed, QStringLiteral("a b c")}, {Kind::Added, QStringLiteral("x y z")}}));
}

TEST(MyersDiff_script, isMinimalAndCappable)
{
    // ABCABBA → CBABAC: the classic example needs 5 edits.
    const QList<int> a{1, 2, 3, 1, 2, 2, 1};
    const QList<int> b{3, 2, 1, 2, 1, 3};
    const auto ops = MyersDiff::script(a, b, 100);
    ASSERT_TRUE(ops.has_value());
    int edits = 0;
    for (MyersDiff::Op op : *ops)
        edits += op == MyersDiff::Op::Equal ? 0 : 1;
    EXPECT_EQ(edits, 5);
    EXPECT_FALSE(MyersDiff::script(a, b, 4).has_value());
}
