#include "core/importing/gitignorematcher.h"
#include "core/importing/gitignorepattern.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

bool matches(const char* pattern, const char* path, bool isDir = false)
{
    const auto p = GitignorePattern::parse(QString::fromUtf8(pattern));
    return p && p->matches(QString::fromUtf8(path), isDir);
}

} // namespace

TEST(GitignorePattern_blankAndComment, produceNoPattern)
{
    EXPECT_FALSE(GitignorePattern::parse(QString()));
    EXPECT_FALSE(GitignorePattern::parse(QStringLiteral("   ")));
    EXPECT_FALSE(GitignorePattern::parse(QStringLiteral("# comment")));
    EXPECT_TRUE(matches("\\#hash", "#hash"));
}

TEST(GitignorePattern_plainName, matchesAtAnyDepth)
{
    EXPECT_TRUE(matches("build", "build", true));
    EXPECT_TRUE(matches("build", "a/b/build", false));
    EXPECT_FALSE(matches("build", "builder"));
    EXPECT_FALSE(matches("build", "a/rebuild"));
}

TEST(GitignorePattern_star, doesNotCrossSlash)
{
    EXPECT_TRUE(matches("*.log", "x.log"));
    EXPECT_TRUE(matches("*.log", "deep/down/x.log"));
    EXPECT_FALSE(matches("*.log", "x.log.txt"));
    EXPECT_TRUE(matches("doc/*.txt", "doc/a.txt"));
    EXPECT_FALSE(matches("doc/*.txt", "doc/sub/a.txt"));
}

TEST(GitignorePattern_questionMark, matchesOneNonSlashCharacter)
{
    EXPECT_TRUE(matches("file?.txt", "file1.txt"));
    EXPECT_FALSE(matches("file?.txt", "file12.txt"));
    EXPECT_FALSE(matches("a?b", "a/b"));
}

TEST(GitignorePattern_anchored, matchesOnlyAtItsFolder)
{
    EXPECT_TRUE(matches("/todo.txt", "todo.txt"));
    EXPECT_FALSE(matches("/todo.txt", "sub/todo.txt"));
    EXPECT_TRUE(matches("src/gen", "src/gen", true));
    EXPECT_FALSE(matches("src/gen", "x/src/gen", true));
}

TEST(GitignorePattern_directoryOnly, ignoresFilesOfThatName)
{
    EXPECT_TRUE(matches("cache/", "cache", true));
    EXPECT_TRUE(matches("cache/", "a/cache", true));
    EXPECT_FALSE(matches("cache/", "cache", false));
}

TEST(GitignorePattern_doubleStar, spansFolders)
{
    EXPECT_TRUE(matches("**/foo", "foo"));
    EXPECT_TRUE(matches("**/foo", "a/b/foo"));
    EXPECT_TRUE(matches("abc/**", "abc/x/y"));
    EXPECT_FALSE(matches("abc/**", "abc"));
    EXPECT_TRUE(matches("a/**/b", "a/b"));
    EXPECT_TRUE(matches("a/**/b", "a/x/y/b"));
    EXPECT_FALSE(matches("a/**/b", "a/x/c"));
}

TEST(GitignorePattern_characterClass, supportsRangesNegationAndPosix)
{
    EXPECT_TRUE(matches("file[0-9].txt", "file7.txt"));
    EXPECT_FALSE(matches("file[0-9].txt", "filex.txt"));
    EXPECT_TRUE(matches("file[!0-9].txt", "filex.txt"));
    EXPECT_FALSE(matches("file[!0-9].txt", "file7.txt"));
    EXPECT_TRUE(matches("[[:upper:]]*.md", "README.md"));
    EXPECT_FALSE(matches("[[:upper:]]*.md", "readme.md"));
    EXPECT_TRUE(matches("a[.txt", "a[.txt")); // unclosed bracket is literal
}

TEST(GitignorePattern_escapesAndTrailingSpaces, followGitRules)
{
    EXPECT_TRUE(matches("\\!important", "!important"));
    EXPECT_TRUE(matches("name   ", "name"));
    EXPECT_TRUE(matches("name\\ ", "name "));
    EXPECT_TRUE(matches("star\\*", "star*"));
    EXPECT_FALSE(matches("star\\*", "starry"));
}

TEST(GitignoreMatcher_negation, lastMatchWins)
{
    GitignoreMatcher m;
    m.addRules(QString(), QStringLiteral("*.log\n!keep.log\n"));
    EXPECT_TRUE(m.isIgnored(QStringLiteral("a.log"), false));
    EXPECT_FALSE(m.isIgnored(QStringLiteral("keep.log"), false));
    EXPECT_FALSE(m.isIgnored(QStringLiteral("a.txt"), false));
    const auto decision = m.decide(QStringLiteral("a.log"), false);
    EXPECT_EQ(decision.pattern, QStringLiteral("*.log"));
    EXPECT_EQ(decision.source, QStringLiteral(".gitignore"));
}

TEST(GitignoreMatcher_nestedFile, overridesParentAndIsRelativeToItsFolder)
{
    GitignoreMatcher m;
    m.addRules(QString(), QStringLiteral("*.tmp\n"));
    m.addRules(QStringLiteral("sub"), QStringLiteral("!special.tmp\n/local.txt\n"));
    EXPECT_TRUE(m.isIgnored(QStringLiteral("x.tmp"), false));
    EXPECT_TRUE(m.isIgnored(QStringLiteral("sub/x.tmp"), false));
    EXPECT_FALSE(m.isIgnored(QStringLiteral("sub/special.tmp"), false));
    EXPECT_TRUE(m.isIgnored(QStringLiteral("special.tmp"), false));
    EXPECT_TRUE(m.isIgnored(QStringLiteral("sub/local.txt"), false));
    EXPECT_FALSE(m.isIgnored(QStringLiteral("local.txt"), false));
    EXPECT_FALSE(m.isIgnored(QStringLiteral("sub/deeper/local.txt"), false));
    EXPECT_EQ(m.decide(QStringLiteral("sub/local.txt"), false).source,
              QStringLiteral("sub/.gitignore"));
}

TEST(GitignoreMatcher_ignoredParent, cannotBeReincluded)
{
    GitignoreMatcher m;
    m.addRules(QString(), QStringLiteral("build/\n!build/keep.txt\n"));
    EXPECT_TRUE(m.isIgnored(QStringLiteral("build/keep.txt"), false));
    EXPECT_TRUE(m.isIgnored(QStringLiteral("build/other.txt"), false));
}

TEST(GitignoreMatcher_crlfFile, parsesLines)
{
    GitignoreMatcher m;
    m.addRules(QString(), QStringLiteral("a.txt\r\nb.txt\r\n"));
    EXPECT_TRUE(m.isIgnored(QStringLiteral("a.txt"), false));
    EXPECT_TRUE(m.isIgnored(QStringLiteral("b.txt"), false));
}
