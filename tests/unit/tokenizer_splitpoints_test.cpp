// PreTokenizer::alwaysSplitsAt and TextDigestMemo: the cut points PromptCounter sums counts over
// must give exactly the count of the whole text, for both encodings.
#include "tokenizertestutil.h"

#include "core/prompt/textdigestmemo.h"
#include "core/tokenize/pretokenizer.h"

#include <random>

using namespace Cb::Core;
using namespace Cb::Core::TokenizerTestUtil;

namespace {

size_t countOf(const Tokenizer& tok, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    return tok.count(view(utf8));
}

} // namespace

TEST(PreTokenizer_alwaysSplitsAt, everyReportedPosition_splitsTheCountExactly)
{
    std::mt19937 rng(1717u);
    const QStringList units = {
        QStringLiteral("\n"), QStringLiteral("\n"),  QStringLiteral("\r"),  QStringLiteral(" "),
        QStringLiteral("\t"), QStringLiteral("/"),   QStringLiteral("ab"),  QStringLiteral("Cd"),
        QStringLiteral("'"),  QStringLiteral("s"),   QStringLiteral("ll"),  QStringLiteral("7"),
        QStringLiteral("."),  QStringLiteral("\u00a0"), QStringLiteral("\u3000"),
        QStringLiteral("\u0301"), QStringLiteral("\u4e2d"), QStringLiteral("\U0001F600"),
        QStringLiteral("\u2028"), QStringLiteral("\u0085")};
    int checked = 0;
    for (Encoding encoding : {Encoding::O200kBase, Encoding::Cl100kBase}) {
        const auto tok = tokenizer(encoding);
        ASSERT_TRUE(tok);
        for (int round = 0; round < 400; ++round) {
            QString text;
            const int n = 1 + int(rng() % 60);
            for (int k = 0; k < n; ++k)
                text += units[qsizetype(rng() % uint32_t(units.size()))];
            const size_t whole = countOf(*tok, text);
            for (qsizetype i = 1; i < text.size(); ++i) {
                if (!PreTokenizer::alwaysSplitsAt(text, i))
                    continue;
                ++checked;
                EXPECT_EQ(countOf(*tok, QStringView(text).first(i)) +
                              countOf(*tok, QStringView(text).sliced(i)),
                          whole)
                    << "cut at " << i << " of " << text.toStdString();
            }
        }
    }
    EXPECT_GT(checked, 500);
}

TEST(PreTokenizer_alwaysSplitsAt, lineFeedBeforeSpaceOrSlash_isNoCut)
{
    EXPECT_TRUE(PreTokenizer::alwaysSplitsAt(u"a\nb", 2));
    EXPECT_FALSE(PreTokenizer::alwaysSplitsAt(u"a\n b", 2));
    EXPECT_FALSE(PreTokenizer::alwaysSplitsAt(u"a\n/b", 2));
    EXPECT_FALSE(PreTokenizer::alwaysSplitsAt(u"a\n\nb", 2));
    EXPECT_FALSE(PreTokenizer::alwaysSplitsAt(u"ab", 1));
    EXPECT_TRUE(PreTokenizer::alwaysSplitsAt(u"ab", 0));
    EXPECT_TRUE(PreTokenizer::alwaysSplitsAt(u"ab", 2));
}

TEST(TextDigestMemo_compute, coreRunsBetweenTheFirstAndLastCut)
{
    const QString text = QStringLiteral("head\nmiddle\n  indented\nlast");
    const TextDigest d = TextDigestMemo::compute(text);
    EXPECT_EQ(d.coreStart, 5);                 // "middle"
    EXPECT_EQ(d.coreEnd, text.indexOf(u"last")); // not before "  indented"
    EXPECT_EQ(d.key.size(), 64);
    const TextDigest none = TextDigestMemo::compute(QStringLiteral("one line only\n"));
    EXPECT_EQ(none.coreStart, none.coreEnd);
}

TEST(TextDigestMemo_digest, sameBufferIsRemembered_andSweepForgetsUnusedTexts)
{
    TextDigestMemo memo;
    QString a = QStringLiteral("alpha\nbeta\ngamma");
    a.detach();
    QString b = QString::fromUtf8("other\ntext\nhere");
    EXPECT_EQ(memo.digest(a).key, TextDigestMemo::compute(a).key);
    EXPECT_EQ(memo.digest(b).key, TextDigestMemo::compute(b).key);
    EXPECT_EQ(memo.size(), 2);
    memo.sweep(); // both were used in this round
    EXPECT_EQ(memo.size(), 2);
    QString edited = a;
    edited[0] = u'A'; // detaches: a new buffer, a new digest
    EXPECT_EQ(memo.digest(edited).key, TextDigestMemo::compute(edited).key);
    EXPECT_NE(memo.digest(edited).key, memo.digest(a).key);
    memo.sweep(); // b was not asked about since the last sweep
    EXPECT_EQ(memo.size(), 2);
    memo.sweep();
    EXPECT_EQ(memo.size(), 0);
}
