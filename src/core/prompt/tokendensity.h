#pragma once

#include <QString>
#include <QStringView>

namespace Cb::Core {

// How many characters of a prompt one token covers, and how much of it is Korean. BPE
// vocabularies learned mostly on English give English about four characters per token, Hangul
// syllables far fewer (often one or two): a Korean prompt of the same length costs more.
struct TokenDensity
{
    // Rule of thumb for English prose with cl100k/o200k (OpenAI's "about 4 characters").
    static constexpr double kEnglishCharsPerToken = 4.0;

    qint64 characters = 0; // code points, spaces and punctuation included
    qint64 letters = 0;    // letters among them
    qint64 hangul = 0;     // Hangul syllables and jamo among the letters

    static TokenDensity of(QStringView text);
    TokenDensity& operator+=(const TokenDensity& other);

    // 0 when there are no tokens.
    double charsPerToken(qint64 tokens) const;
    // At least 30 % of the letters are Hangul.
    bool koreanHeavy() const { return letters > 0 && hangul * 10 >= letters * 3; }
    // Korean-heavy and at least 1.5 times the tokens per character of English.
    bool koreanCostsMore(qint64 tokens) const;
};

} // namespace Cb::Core
