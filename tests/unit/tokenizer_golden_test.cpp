// Differential test on a generated mixed corpus (tests/data/tokenizers/regenerate.sh): ids
// produced by tiktoken (WASM) and cross-checked with gpt-tokenizer when the corpus was made.
#include "tokenizertestutil.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Cb::Core;
using namespace Cb::Core::TokenizerTestUtil;

namespace {

QList<QByteArray> goldenDocuments()
{
    QList<QByteArray> docs;
    const QJsonArray array =
        QJsonDocument::fromJson(readTestData(QStringLiteral("tokenizers/golden_corpus.json")))
            .array();
    for (const QJsonValue& v : array)
        docs.append(v.toString().toUtf8());
    return docs;
}

void checkGolden(Encoding encoding)
{
    const auto tok = tokenizer(encoding);
    ASSERT_TRUE(tok);
    const QList<QByteArray> docs = goldenDocuments();
    const QList<QByteArray> expected =
        readTestData(QStringLiteral("tokenizers/golden_%1.txt").arg(encodingName(encoding)))
            .split('\n');
    ASSERT_GT(docs.size(), 200);
    ASSERT_GE(expected.size(), docs.size());
    int mismatches = 0;
    size_t tokens = 0;
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const std::vector<uint32_t> want = parseIds(expected[i]);
        const std::vector<uint32_t> got = tok->encode(view(docs[i]));
        tokens += want.size();
        if (got != want && ++mismatches <= 5)
            ADD_FAILURE() << "document " << i << ": " << docs[i].left(80).toStdString();
        EXPECT_EQ(tok->count(view(docs[i])), want.size()) << "document " << i;
    }
    EXPECT_EQ(mismatches, 0);
    EXPECT_GT(tokens, 100000u);
}

} // namespace

TEST(Tokenizer_goldenCorpusO200k, everyDocument_matchesTiktoken)
{
    checkGolden(Encoding::O200kBase);
}

TEST(Tokenizer_goldenCorpusCl100k, everyDocument_matchesTiktoken)
{
    checkGolden(Encoding::Cl100kBase);
}

TEST(Tokenizer_goldenCorpus, containsTheRequiredKinds_ofText)
{
    QByteArray all;
    for (const QByteArray& doc : goldenDocuments())
        all += doc;
    for (const char* needle : {"<|endoftext|>", "\r\n", "안녕", "こんにちは", "مرحبا", "\u200d",
                               "\u0301", "int main", "'LL", "   "})
        EXPECT_TRUE(all.contains(needle)) << needle;
    int longestDigitRun = 0;
    for (int i = 0, run = 0; i < all.size(); ++i) {
        run = (all[i] >= '0' && all[i] <= '9') ? run + 1 : 0;
        longestDigitRun = std::max(longestDigitRun, run);
    }
    EXPECT_GE(longestDigitRun, 30);
}
