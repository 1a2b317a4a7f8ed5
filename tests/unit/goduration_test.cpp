#include "core/providers/goduration.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

TEST(GoDuration_validStrings, parseToMilliseconds)
{
    EXPECT_EQ(parseGoDurationMs(u"12ms"), 12);
    EXPECT_EQ(parseGoDurationMs(u"1s"), 1000);
    EXPECT_EQ(parseGoDurationMs(u"6m0s"), 360000);
    EXPECT_EQ(parseGoDurationMs(u"1h2m3.5s"), 3723500);
    EXPECT_EQ(parseGoDurationMs(u"1.574s"), 1574);
    EXPECT_EQ(parseGoDurationMs(u"0"), 0);
    EXPECT_EQ(parseGoDurationMs(u"38s"), 38000);
    EXPECT_EQ(parseGoDurationMs(u" 9ms "), 9);
}

TEST(GoDuration_subMillisecond, roundsUp)
{
    EXPECT_EQ(parseGoDurationMs(u"250us"), 1);
    EXPECT_EQ(parseGoDurationMs(u"1500\u00b5s"), 2);
    EXPECT_EQ(parseGoDurationMs(u"100ns"), 1);
    EXPECT_EQ(parseGoDurationMs(u"1.0001ms"), 2);
}

TEST(GoDuration_invalidStrings, rejected)
{
    EXPECT_FALSE(parseGoDurationMs(u""));
    EXPECT_FALSE(parseGoDurationMs(u"12"));
    EXPECT_FALSE(parseGoDurationMs(u"ms"));
    EXPECT_FALSE(parseGoDurationMs(u"-1s"));
    EXPECT_FALSE(parseGoDurationMs(u"3d"));
    EXPECT_FALSE(parseGoDurationMs(u"1s2"));
    EXPECT_FALSE(parseGoDurationMs(u"1..2s"));
}
