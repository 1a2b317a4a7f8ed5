#include "core/compare/markdownblocksplitter.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

// Feeds `text` one character at a time and returns the finished offset after each line end.
qsizetype streamed(const QString& text)
{
    MarkdownBlockSplitter s;
    for (qsizetype i = 1; i <= text.size(); ++i)
        s.feed(text.left(i));
    return s.finishedEnd();
}

} // namespace

TEST(MarkdownBlockSplitter_feed, headingAndParagraphFinishOnlyWhenTheNextBlockStarts)
{
    const QString text = QStringLiteral("# Plan\nFirst para\nstill first\n\nSecond");
    MarkdownBlockSplitter s;
    EXPECT_EQ(s.feed(text.left(3)), 0);               // "# P": no complete line yet
    EXPECT_EQ(s.feed(text.left(7)), 7);               // heading line done
    EXPECT_EQ(s.feed(text.left(31)), 7);              // blank line seen, next block unknown
    EXPECT_EQ(s.feed(text), 7);                       // "Second" has no line end yet
    EXPECT_EQ(s.feed(text + QStringLiteral("\n")), 31); // now the paragraph is finished
    EXPECT_EQ(streamed(text + QStringLiteral("\n")), 31);
}

TEST(MarkdownBlockSplitter_feed, fencedCodeKeepsBlankLinesInside)
{
    const QString text = QStringLiteral("```cpp\nint a;\n\nint b;\n```\nafter\n");
    MarkdownBlockSplitter s;
    EXPECT_EQ(s.feed(text.left(22)), 0); // inside the fence, past the blank line
    EXPECT_EQ(s.feed(text), 26);         // after the closing fence
    EXPECT_EQ(streamed(text), 26);
}

TEST(MarkdownBlockSplitter_feed, looseListAndIndentedContinuationStayTogether)
{
    const QString list = QStringLiteral("1. one\n\n2. two\n\n    more of two\n\nNext para\n");
    // Only the paragraph after the list starts a new block: the list is one block.
    EXPECT_EQ(streamed(list), list.indexOf(QStringLiteral("Next")));
}

TEST(MarkdownBlockSplitter_feed, fenceInterruptsAParagraphAndResetStartsOver)
{
    const QString text = QStringLiteral("Intro\n```\ncode\n");
    MarkdownBlockSplitter s;
    EXPECT_EQ(s.feed(text), 6);
    s.reset();
    EXPECT_EQ(s.finishedEnd(), 0);
    EXPECT_EQ(s.feed(QStringLiteral("x\n")), 0);
}
