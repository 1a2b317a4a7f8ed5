// Every o200k_base and cl100k_base vector of gpt-tokenizer's TestPlans.txt (ids from tiktoken).
#include "tokenizertestutil.h"

#include <QList>

using namespace Cb::Core;
using namespace Cb::Core::TokenizerTestUtil;

namespace {

struct Vector
{
    QByteArray encoding;
    QByteArray sample;
    std::vector<uint32_t> ids;
};

QList<Vector> loadVectors()
{
    QList<Vector> vectors;
    Vector current;
    for (const QByteArray& line :
         readTestData(QStringLiteral("tokenizers/TestPlans.txt")).split('\n')) {
        if (line.startsWith("EncodingName: "))
            current.encoding = line.mid(14);
        else if (line.startsWith("Sample: "))
            current.sample = line.mid(8);
        else if (line.startsWith("Encoded: ")) {
            current.ids = parseIds(line.mid(9));
            vectors.append(current);
        }
    }
    return vectors;
}

void checkEncoding(Encoding encoding, int expectedVectors)
{
    const auto tok = tokenizer(encoding);
    ASSERT_TRUE(tok);
    int checked = 0;
    for (const Vector& v : loadVectors()) {
        if (v.encoding != encodingName(encoding).toLatin1())
            continue;
        ++checked;
        EXPECT_EQ(tok->encode(view(v.sample)), v.ids) << v.sample.toStdString();
        EXPECT_EQ(tok->count(view(v.sample)), v.ids.size()) << v.sample.toStdString();
        auto decoded = tok->decode(v.ids);
        ASSERT_TRUE(decoded);
        EXPECT_EQ(*decoded, v.sample);
    }
    EXPECT_EQ(checked, expectedVectors);
}

} // namespace

TEST(Tokenizer_testPlansO200k, allVectors_matchTiktokenIds)
{
    checkEncoding(Encoding::O200kBase, 57);
}

TEST(Tokenizer_testPlansCl100k, allVectors_matchTiktokenIds)
{
    checkEncoding(Encoding::Cl100kBase, 64);
}
