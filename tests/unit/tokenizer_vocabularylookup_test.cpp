// Vocabulary::rank: the hash slots hold each token's first 8 bytes, its length and a tag, and a
// bit filter answers most misses. Every token must be found as itself, and bytes that differ
// from a token in length or in any byte, before or after the eighth, must not be.
#include "tokenizertestutil.h"

#include <random>
#include <string>
#include <unordered_set>

using namespace Cb::Core;
using namespace Cb::Core::TokenizerTestUtil;

TEST(Tokenizer_vocabularyLookup, everyTokenIsFoundAsItself)
{
    for (Encoding e : {Encoding::O200kBase, Encoding::Cl100kBase}) {
        const Vocabulary& v = tokenizer(e)->vocabulary();
        for (uint32_t r = 0; r < v.size(); ++r) {
            const std::string_view b = v.bytes(r);
            const uint32_t found = v.rank(b.data(), b.size());
            // Repeated bytes keep their lowest rank.
            ASSERT_TRUE(found == r || (found < r && v.bytes(found) == b))
                << encodingName(e).toStdString() << " rank " << r;
        }
    }
}

TEST(Tokenizer_vocabularyLookup, nearMissesAreNotTokens)
{
    std::mt19937 rng(3u);
    const Vocabulary& v = tokenizer(Encoding::O200kBase)->vocabulary();
    std::unordered_set<std::string_view> tokens;
    for (uint32_t r = 0; r < v.size(); ++r)
        tokens.insert(v.bytes(r));
    const auto isToken = [&tokens](const std::string& s) { return tokens.contains(s); };
    int checked = 0;
    for (int i = 0; i < 4000 && checked < 300; ++i) {
        const uint32_t r = rng() % v.size();
        std::string s(v.bytes(r));
        // Change one byte (often past the eighth for long tokens), or drop or add one.
        switch (rng() % 3) {
        case 0:
            s[rng() % s.size()] ^= char(1 + rng() % 255);
            break;
        case 1:
            s.pop_back();
            break;
        default:
            s.push_back(char(rng() & 0xFF));
        }
        if (s.empty() || isToken(s))
            continue;
        ++checked;
        ASSERT_EQ(v.rank(s.data(), s.size()), Vocabulary::kNoRank) << "from rank " << r;
    }
    EXPECT_EQ(checked, 300);
}
