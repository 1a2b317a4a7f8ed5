// Differential test against a slow reference written here: tiktoken's split patterns verbatim in
// QRegularExpression (PCRE2) and the naive lowest-rank merge loop, on random strings (fixed seed).
#include "tokenizertestutil.h"

#include "core/tokenize/backtrackingencoder.h"

#include <QRegularExpression>

#include <map>
#include <random>

using namespace Cb::Core;
using namespace Cb::Core::TokenizerTestUtil;

namespace {

const char* const kO200kPattern =
    R"([^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?)"
    R"(|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?)"
    R"(|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+)";
const char* const kCl100kPattern =
    R"('(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s)";

// tiktoken's byte_pair_encode, the plain quadratic way.
void referenceMerge(const Vocabulary& vocab, const QByteArray& piece, std::vector<uint32_t>& out)
{
    if (const uint32_t whole = vocab.rank(piece.constData(), size_t(piece.size()));
        whole != Vocabulary::kNoRank) {
        out.push_back(whole);
        return;
    }
    std::vector<QByteArray> parts;
    for (char c : piece)
        parts.emplace_back(1, c);
    for (;;) {
        uint32_t best = Vocabulary::kNoRank;
        size_t at = 0;
        for (size_t i = 0; i + 1 < parts.size(); ++i) {
            const QByteArray joined = parts[i] + parts[i + 1];
            const uint32_t r = vocab.rank(joined.constData(), size_t(joined.size()));
            if (r < best) {
                best = r;
                at = i;
            }
        }
        if (best == Vocabulary::kNoRank)
            break;
        parts[at] += parts[at + 1];
        parts.erase(parts.begin() + long(at) + 1);
    }
    for (const QByteArray& p : parts)
        out.push_back(vocab.rank(p.constData(), size_t(p.size())));
}

std::vector<uint32_t> referenceEncode(const Tokenizer& tok, const QRegularExpression& re,
                                      const QString& text)
{
    std::vector<uint32_t> out;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        referenceMerge(tok.vocabulary(), it.next().captured(0).toUtf8(), out);
    return out;
}

// Characters from every class the patterns distinguish, ASCII weighted up.
const std::vector<char32_t>& alphabet()
{
    static const std::vector<char32_t> chars = [] {
        std::vector<char32_t> c;
        for (char32_t ch :
             U"aeiouxyzstlmdrv AEIOUSTLMDRV 0123456789 '''  ,.!?/-_()[]{}<>|@#$%^&*+=~`\"\\;:")
            c.push_back(ch);
        for (char32_t ch : U"\t\r\n\n\r\n\v\f\u00a0\u3000\u2003\u2028\u1680\u0085")
            c.push_back(ch);
        // Lt, Lm, Lo, Mn, Mc, Me, Nd, Nl, No, ſ, Greek, Cyrillic, CJK, Hangul, Arabic, Devanagari.
        for (char32_t ch : U"ǅǈʰˆ々中가한あア\u0301\u0308\u20dd\u0903\ufe0f\u200d٣²½Ⅻſ\u017fσΣДжاب"
                           U"क्ष😀👍🏽🇯\U0001F3FB\U0001D400\U00010400")
            c.push_back(ch);
        return c;
    }();
    return chars;
}

QString randomText(std::mt19937& rng, size_t maxLength)
{
    const auto& chars = alphabet();
    QString s;
    const size_t length = rng() % (maxLength + 1);
    for (size_t i = 0; i < length; ++i) {
        const char32_t ch = chars[rng() % (chars.size() - 1)]; // last entry is the terminator
        s += QString::fromUcs4(&ch, 1);
    }
    return s;
}

void checkAgainstReference(Encoding encoding, const char* pattern)
{
    const auto tok = tokenizer(encoding);
    ASSERT_TRUE(tok);
    const QRegularExpression re(QString::fromUtf8(pattern),
                                QRegularExpression::UseUnicodePropertiesOption);
    ASSERT_TRUE(re.isValid()) << re.errorString().toStdString();
    std::mt19937 rng(20240611u);
    int mismatches = 0;
    for (int i = 0; i < 4000; ++i) {
        // Mostly short strings; every 50th long, so pieces exceed the small-merge size.
        const QString text = randomText(rng, i % 50 == 0 ? 600 : 24);
        const QByteArray utf8 = text.toUtf8();
        const auto want = referenceEncode(*tok, re, text);
        if (tok->encode(view(utf8)) != want && ++mismatches <= 5)
            ADD_FAILURE() << "differs on: " << utf8.toStdString();
    }
    EXPECT_EQ(mismatches, 0);
}

} // namespace

TEST(Tokenizer_referenceO200k, randomStrings_matchRegexAndNaiveMerge)
{
    checkAgainstReference(Encoding::O200kBase, kO200kPattern);
}

TEST(Tokenizer_referenceCl100k, randomStrings_matchRegexAndNaiveMerge)
{
    checkAgainstReference(Encoding::Cl100kBase, kCl100kPattern);
}

TEST(Tokenizer_reference, longLetterRuns_matchNaiveMerge)
{
    // Kilobytes without a split point take the linear (backtracking) merge path.
    std::mt19937 rng(7u);
    for (Encoding encoding : {Encoding::O200kBase, Encoding::Cl100kBase}) {
        const auto tok = tokenizer(encoding);
        ASSERT_TRUE(tok);
        for (const char* letters : {"ab", "abcdefghijklmnopqrstuvwxyz", "aaaaaaaaab", "qxzj"}) {
            QByteArray text;
            const size_t n = strlen(letters);
            for (int i = 0; i < 1500; ++i)
                text += letters[rng() % n];
            std::vector<uint32_t> want;
            referenceMerge(tok->vocabulary(), text, want);
            EXPECT_EQ(tok->encode(view(text)), want) << letters;
            EXPECT_EQ(tok->count(view(text)), want.size()) << letters;
        }
    }
}

TEST(Tokenizer_reference, backtrackingEncoderOnRandomPieces_matchesNaiveMerge)
{
    // The linear merge on its own, on pieces of every length (the merger only gives it long
    // ones), from alphabets where greedy longest match is often wrong.
    std::mt19937 rng(99u);
    const std::vector<QByteArray> alphabets = {
        "ab", "abc", "aaaaab", "etaoinshrdlu", "qxzj", "0123456789", " \n\t", "=-_*#",
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/",
        QStringLiteral("\uac00\ub098\ub2e4\ub77c\u0e01\u0e32\u0e34\u0627\u0644\u064e\u4e2d")
            .toUtf8(),
        QByteArray("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xef\xb8\x8f"),
    };
    for (Encoding encoding : {Encoding::O200kBase, Encoding::Cl100kBase}) {
        const auto tok = tokenizer(encoding);
        ASSERT_TRUE(tok);
        const BacktrackingEncoder encoder(tok->vocabulary());
        int mismatches = 0;
        int compared = 0;
        for (int i = 0; i < 3000; ++i) {
            const QByteArray& letters = alphabets[size_t(i) % alphabets.size()];
            QByteArray piece;
            const int length = 1 + int(rng() % (i % 10 == 0 ? 400 : 40));
            for (int k = 0; k < length; ++k)
                piece += letters[qsizetype(rng() % uint32_t(letters.size()))];
            // A piece that is itself a token is taken whole before any merge (tiktoken too).
            if (tok->vocabulary().rank(piece.constData(), size_t(piece.size())) !=
                Vocabulary::kNoRank)
                continue;
            std::vector<uint32_t> want, got;
            referenceMerge(tok->vocabulary(), piece, want);
            encoder.encode(view(piece), got);
            ++compared;
            if (got != want && ++mismatches <= 5)
                ADD_FAILURE() << encodingName(encoding).toStdString() << ": "
                              << piece.toHex().toStdString();
        }
        EXPECT_EQ(mismatches, 0);
        EXPECT_GT(compared, 2500);
    }
}

TEST(Tokenizer_reference, piecesServedFromThePerThreadCache_matchNaiveMerge)
{
    // count() and encode() remember short pieces and their first tokens per thread. Pieces of
    // every length around the cache's limits and of one to many tokens, asked three times in
    // both encodings in turn (the later rounds are cache hits), must give the naive merge's ids.
    std::mt19937 rng(4242u);
    const std::vector<QByteArray> alphabets = {"etaoinshrdlu", "qxzjkvw",
                                               "abcdefghijklmnopqrstuvwxyz"};
    std::vector<QByteArray> pieces;
    for (int length = 1; length <= 48; ++length) {
        for (int i = 0; i < 12; ++i) {
            const QByteArray& letters = alphabets[size_t(i) % alphabets.size()];
            QByteArray piece;
            for (int k = 0; k < length; ++k)
                piece += letters[qsizetype(rng() % uint32_t(letters.size()))];
            pieces.push_back(piece); // lowercase letters only: one pre-tokenized piece
        }
    }
    const auto o200k = tokenizer(Encoding::O200kBase);
    const auto cl100k = tokenizer(Encoding::Cl100kBase);
    ASSERT_TRUE(o200k && cl100k);
    std::map<size_t, int> byTokenCount;
    for (int round = 0; round < 3; ++round) {
        for (const QByteArray& piece : pieces) {
            for (const Tokenizer* tok : {o200k.get(), cl100k.get()}) {
                std::vector<uint32_t> want;
                referenceMerge(tok->vocabulary(), piece, want);
                // Counting first fills the entry that encoding then reads, and the reverse.
                if (round % 2 == 0) {
                    ASSERT_EQ(tok->count(view(piece)), want.size()) << piece.toStdString();
                    ASSERT_EQ(tok->encode(view(piece)), want) << piece.toStdString();
                } else {
                    ASSERT_EQ(tok->encode(view(piece)), want) << piece.toStdString();
                    ASSERT_EQ(tok->count(view(piece)), want.size()) << piece.toStdString();
                }
                ++byTokenCount[std::min<size_t>(want.size(), 8)];
            }
        }
    }
    for (size_t tokens = 1; tokens <= 8; ++tokens)
        EXPECT_GT(byTokenCount[tokens], 10) << tokens << " tokens";
}
