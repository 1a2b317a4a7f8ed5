#include "core/prompt/tokendensity.h"

#include <gtest/gtest.h>

using Cb::Core::TokenDensity;

TEST(TokenDensity_of, countsCodePointsLettersAndHangul)
{
    const TokenDensity d = TokenDensity::of(QStringLiteral("회의록 3: ok 🙂"));
    EXPECT_EQ(d.characters, 11); // the emoji is one character, not two UTF-16 units
    EXPECT_EQ(d.letters, 5);
    EXPECT_EQ(d.hangul, 3);
    TokenDensity sum = d;
    sum += TokenDensity::of(QStringLiteral("ㅎ해"));
    EXPECT_EQ(sum.characters, 13);
    EXPECT_EQ(sum.hangul, 5);
}

TEST(TokenDensity_koreanCostsMore, needsMostlyHangulAndFewCharactersPerToken)
{
    const TokenDensity korean = TokenDensity::of(QStringLiteral("가져오기 기능을 먼저 출시합니다"));
    EXPECT_TRUE(korean.koreanHeavy());
    EXPECT_DOUBLE_EQ(korean.charsPerToken(10), 1.7);
    EXPECT_TRUE(korean.koreanCostsMore(10));
    EXPECT_FALSE(korean.koreanCostsMore(6)) << "3 characters per token is close enough to English";
    EXPECT_FALSE(korean.koreanCostsMore(0));
    EXPECT_EQ(korean.charsPerToken(0), 0.0);

    const TokenDensity english = TokenDensity::of(QStringLiteral("ship the importer first, 가"));
    EXPECT_FALSE(english.koreanHeavy());
    EXPECT_FALSE(english.koreanCostsMore(20));
}
