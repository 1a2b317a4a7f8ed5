// Long inputs that defeat the pre-tokenizer (tens of kilobytes in one piece) in several scripts,
// emoji joiner chains, digit and whitespace runs: ids checked against tiktoken and gpt-tokenizer
// (tests/data/tokenizers/regenerate.sh). The texts are rebuilt from seeds described in
// pathological.json; the golden files hold each case's token count and a hash of its ids.
#include "tokenizertestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Cb::Core;
using namespace Cb::Core::TokenizerTestUtil;

namespace {

// mulberry32, as pathological.mjs runs it.
class Mulberry32
{
public:
    explicit Mulberry32(uint32_t seed) : m_state(seed) {}
    uint32_t next()
    {
        m_state += 0x6D2B79F5u;
        uint32_t t = (m_state ^ (m_state >> 15)) * (m_state | 1u);
        t = (t + (t ^ (t >> 7)) * (t | 61u)) ^ t;
        return t ^ (t >> 14);
    }

private:
    uint32_t m_state;
};

QByteArray caseText(const QJsonObject& c)
{
    QList<QByteArray> units;
    for (const QJsonValue& u : c.value(QStringLiteral("units")).toArray())
        units.append(u.toString().toUtf8());
    for (const QJsonValue& r : c.value(QStringLiteral("ranges")).toArray()) {
        const auto range = r.toArray();
        for (char32_t cp = char32_t(range[0].toInt()); cp <= char32_t(range[1].toInt()); ++cp)
            units.append(QString::fromUcs4(&cp, 1).toUtf8());
    }
    Mulberry32 rng(uint32_t(c.value(QStringLiteral("seed")).toInt()));
    QByteArray text;
    const int length = c.value(QStringLiteral("length")).toInt();
    for (int i = 0; i < length; ++i)
        text += units[qsizetype(rng.next() % uint32_t(units.size()))];
    return text;
}

QByteArray fnv1a64(const std::vector<uint32_t>& ids)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (const uint32_t id : ids) {
        for (int k = 0; k < 4; ++k) {
            h ^= (id >> (8 * k)) & 0xff;
            h *= 0x100000001b3ull;
        }
    }
    return QByteArray::number(qulonglong(h), 16).rightJustified(16, '0');
}

void checkPathological(Encoding encoding)
{
    const auto tok = tokenizer(encoding);
    ASSERT_TRUE(tok);
    const QJsonArray cases =
        QJsonDocument::fromJson(readTestData(QStringLiteral("tokenizers/pathological.json")))
            .object()
            .value(QStringLiteral("cases"))
            .toArray();
    const QList<QByteArray> golden =
        readTestData(
            QStringLiteral("tokenizers/golden_pathological_%1.txt").arg(encodingName(encoding)))
            .trimmed()
            .split('\n');
    ASSERT_GE(cases.size(), 14);
    ASSERT_EQ(golden.size(), cases.size());
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonObject c = cases[i].toObject();
        const QList<QByteArray> want = golden[i].split(' ');
        ASSERT_EQ(want.size(), 3);
        ASSERT_EQ(want[0], c.value(QStringLiteral("name")).toString().toUtf8());
        const QByteArray text = caseText(c);
        const std::vector<uint32_t> ids = tok->encode(view(text));
        EXPECT_EQ(QByteArray::number(qulonglong(ids.size())), want[1]) << want[0].toStdString();
        EXPECT_EQ(fnv1a64(ids), want[2]) << want[0].toStdString();
        EXPECT_EQ(tok->count(view(text)), ids.size()) << want[0].toStdString();
    }
}

} // namespace

TEST(Tokenizer_pathologicalO200k, longRunsInEveryScript_matchTiktoken)
{
    checkPathological(Encoding::O200kBase);
}

TEST(Tokenizer_pathologicalCl100k, longRunsInEveryScript_matchTiktoken)
{
    checkPathological(Encoding::Cl100kBase);
}
