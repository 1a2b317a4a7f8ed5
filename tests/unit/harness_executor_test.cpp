#include "core/harness/packcorpus.h"
#include "core/harness/packsearchindex.h"
#include "core/harness/packtoolexecutor.h"
#include "harnesstestpack.h"
#include "tokenizertestutil.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

class PackToolExecutorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        tokenizer = TokenizerTestUtil::tokenizer(Encoding::O200kBase);
        ASSERT_TRUE(tokenizer);
        corpus = std::make_shared<const PackCorpus>(PackCorpus::fromPack(Cb::Test::harnessPack(), tokenizer));
        auto built = PackSearchIndex::build(*corpus);
        ASSERT_TRUE(built);
        index = *built;
    }
    PackToolExecutor executor(qint64 budget = 0) const { return PackToolExecutor(corpus, index, tokenizer, budget); }
    static ToolCall call(const char* name, const char* args)
    {
        return {QStringLiteral("call_1"), QString::fromLatin1(name), QString::fromUtf8(args)};
    }

    std::shared_ptr<const Tokenizer> tokenizer;
    std::shared_ptr<const PackCorpus> corpus;
    std::shared_ptr<const PackSearchIndex> index;
};

} // namespace

TEST_F(PackToolExecutorTest, definitions_strictSubset_everyPropertyRequiredOptionalNullable)
{
    const auto defs = PackToolExecutor::definitions();
    ASSERT_EQ(defs.size(), 3);
    for (const ToolDefinition& d : defs) {
        EXPECT_FALSE(d.parameters.value(QStringLiteral("additionalProperties")).toBool(true)) << d.name.toStdString();
        const QJsonObject props = d.parameters.value(QStringLiteral("properties")).toObject();
        EXPECT_EQ(d.parameters.value(QStringLiteral("required")).toArray().size(), props.size());
    }
    const QJsonObject read = defs[1].parameters.value(QStringLiteral("properties")).toObject();
    EXPECT_EQ(read.value(QStringLiteral("id")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("string"));
    EXPECT_EQ(read.value(QStringLiteral("offset")).toObject().value(QStringLiteral("type")).toArray(),
              (QJsonArray{QStringLiteral("integer"), QStringLiteral("null")}));
}

TEST_F(PackToolExecutorTest, listItems_noSection_listsEnabledItemsOnly)
{
    auto ex = executor();
    const ToolExecution e = ex.execute(call("list_items", "{\"section\":null}"));
    EXPECT_FALSE(e.result.isError);
    EXPECT_EQ(e.result.callId, QStringLiteral("call_1"));
    EXPECT_TRUE(e.result.output.contains(QStringLiteral("a1b2c3 — Launch planning call (Meetings, ")));
    EXPECT_FALSE(e.result.output.contains(QStringLiteral("Salaries")));
    EXPECT_FALSE(e.result.output.contains(QStringLiteral("d4e5f6")));
    EXPECT_EQ(e.trail.itemIds.size(), 4);
    EXPECT_EQ(e.trail.summary, QStringLiteral("listed 4 items"));
    EXPECT_EQ(e.trail.resultBytes, e.result.output.toUtf8().size());
    EXPECT_GT(e.trail.resultTokens, 0);
}

TEST_F(PackToolExecutorTest, listItems_unknownSection_errorNamesTheSections)
{
    auto ex = executor();
    const ToolExecution e = ex.execute(call("list_items", "{\"section\":\"Finance\"}"));
    EXPECT_TRUE(e.result.isError);
    EXPECT_TRUE(e.result.output.contains(QStringLiteral("Meetings, Memos, Code"))) << e.result.output.toStdString();
    const ToolExecution ok = ex.execute(call("list_items", "{\"section\":\"memos\"}"));
    EXPECT_EQ(ok.trail.itemIds, QStringList{QStringLiteral("c3d4e5")});
}

TEST_F(PackToolExecutorTest, readItem_shortId_returnsWholeTextAndCountsTokens)
{
    auto ex = executor();
    const ToolExecution e = ex.execute(call("read_item", "{\"id\":\"C3D4E5\",\"offset\":null,\"max_tokens\":null}"));
    ASSERT_FALSE(e.result.isError) << e.result.output.toStdString();
    EXPECT_TRUE(e.result.output.contains(QStringLiteral("고객 유지율 목표는 85%입니다.")));
    EXPECT_FALSE(e.result.output.contains(QStringLiteral("cut at")));
    const qint64 tokens = qint64(tokenizer->count(corpus->find(QStringLiteral("c3d4e5"))->text));
    EXPECT_EQ(ex.tokensRead(), tokens);
    EXPECT_EQ(e.trail.summary, QStringLiteral("read *고객 메모* %1 tokens").arg(tokens));
    EXPECT_EQ(e.trail.itemIds, QStringList{QStringLiteral("c3d4e5")});
}

TEST_F(PackToolExecutorTest, readItem_maxTokens_cutsWithContinuationHintAndResumesThere)
{
    auto ex = executor();
    const ToolExecution first = ex.execute(call("read_item", "{\"id\":\"a1b2c3\",\"max_tokens\":5}"));
    ASSERT_FALSE(first.result.isError);
    const QString text = corpus->find(QStringLiteral("a1b2c3"))->text;
    const QRegularExpression hint(QStringLiteral("call read_item with offset (\\d+) to continue"));
    const auto m = hint.match(first.result.output);
    ASSERT_TRUE(m.hasMatch()) << first.result.output.toStdString();
    const int offset = m.captured(1).toInt();
    EXPECT_GT(offset, 0);
    EXPECT_LE(tokenizer->count(text.left(offset)), 5u);
    const ToolExecution rest =
        ex.execute(call("read_item", QStringLiteral("{\"id\":\"a1b2c3\",\"offset\":%1}").arg(offset).toUtf8().constData()));
    EXPECT_TRUE(rest.result.output.endsWith(text.mid(offset))) << rest.result.output.toStdString();
    EXPECT_FALSE(rest.result.output.contains(QStringLiteral("cut at")));
}

TEST_F(PackToolExecutorTest, readItem_cutInKorean_neverSplitsACharacter)
{
    auto ex = executor();
    for (int max = 1; max < 12; ++max) {
        const ToolExecution e = ex.execute(
            call("read_item", QStringLiteral("{\"id\":\"c3d4e5\",\"max_tokens\":%1}").arg(max).toUtf8().constData()));
        ASSERT_FALSE(e.result.isError);
        EXPECT_FALSE(e.result.output.contains(QChar(0xFFFD))) << max;
    }
}

TEST_F(PackToolExecutorTest, readItem_disabledItem_isUnknownLikeAnyOther)
{
    auto ex = executor();
    const ToolExecution byShort = ex.execute(call("read_item", "{\"id\":\"d4e5f6\"}"));
    const ToolExecution byUuid = ex.execute(call("read_item", "{\"id\":\"d4e5f6a7-0000-4000-8000-000000000004\"}"));
    const ToolExecution unknown = ex.execute(call("read_item", "{\"id\":\"ffffff\"}"));
    for (const ToolExecution* e : {&byShort, &byUuid, &unknown}) {
        EXPECT_TRUE(e->result.isError);
        EXPECT_TRUE(e->result.output.contains(QStringLiteral("no item with id")));
        EXPECT_FALSE(e->result.output.contains(QStringLiteral("confidential")));
        EXPECT_TRUE(e->trail.isError);
    }
    EXPECT_EQ(ex.tokensRead(), 0);
}

TEST_F(PackToolExecutorTest, readItem_oversizedRead_isAnError)
{
    auto ex = executor();
    const ToolExecution e = ex.execute(call("read_item", "{\"id\":\"a1b2c3\",\"max_tokens\":100000}"));
    EXPECT_TRUE(e.result.isError);
    EXPECT_TRUE(e.result.output.contains(QStringLiteral("over the limit of 16000")));
}

TEST_F(PackToolExecutorTest, readItem_badArguments_eachGetsAReadableError)
{
    auto ex = executor();
    const struct
    {
        const char* args;
        const char* expected;
    } cases[] = {
        {"{}", "`id` is required"},
        {"{\"id\":7}", "`id` must be a string"},
        {"{\"id\":\"a1b2c3\",\"offset\":-1}", "`offset` must be at least 0"},
        {"{\"id\":\"a1b2c3\",\"offset\":1.5}", "`offset` must be a whole number"},
        {"{\"id\":\"a1b2c3\",\"offset\":\"3\"}", "`offset` must be a whole number"},
        {"{\"id\":\"a1b2c3\",\"max_tokens\":0}", "`max_tokens` must be at least 1"},
        {"{\"id\":\"a1b2c3\",\"offset\":99999}", "past the end"},
    };
    for (const auto& c : cases) {
        const ToolExecution e = ex.execute(call("read_item", c.args));
        EXPECT_TRUE(e.result.isError) << c.args;
        EXPECT_TRUE(e.result.output.contains(QString::fromUtf8(c.expected))) << c.args << " → " << e.result.output.toStdString();
    }
}

TEST_F(PackToolExecutorTest, execute_malformedJson_errorResultNotCrash)
{
    auto ex = executor();
    for (const char* args : {"{\"id\": \"a1b2", "[1,2]", "not json", "\"a1b2c3\""}) {
        const ToolExecution e = ex.execute(call("read_item", args));
        EXPECT_TRUE(e.result.isError) << args;
        EXPECT_TRUE(e.result.output.contains(QStringLiteral("not a JSON object"))) << args;
        EXPECT_EQ(e.trail.arguments, QString::fromUtf8(args));
    }
    // An empty argument string is a call without arguments (Anthropic's no-arg tools send "").
    EXPECT_FALSE(ex.execute(call("list_items", "")).result.isError);
}

TEST_F(PackToolExecutorTest, execute_unknownTool_errorListsTheTools)
{
    auto ex = executor();
    const ToolExecution e = ex.execute(call("delete_everything", "{}"));
    EXPECT_TRUE(e.result.isError);
    EXPECT_EQ(e.result.name, QStringLiteral("delete_everything"));
    EXPECT_TRUE(e.result.output.contains(QStringLiteral("list_items, read_item and search_pack")));
}

TEST_F(PackToolExecutorTest, readItem_budgetSpent_clampsThenRefuses)
{
    auto ex = executor(6);
    const ToolExecution first = ex.execute(call("read_item", "{\"id\":\"a1b2c3\"}"));
    ASSERT_FALSE(first.result.isError);
    EXPECT_EQ(ex.tokensRead(), 6);
    EXPECT_TRUE(ex.budgetExhausted());
    const ToolExecution second = ex.execute(call("read_item", "{\"id\":\"b2c3d4\"}"));
    EXPECT_TRUE(second.result.isError);
    EXPECT_TRUE(second.result.output.contains(QStringLiteral("read budget of 6 tokens")));
}

TEST_F(PackToolExecutorTest, searchPack_hitsAndSummary_andErrors)
{
    auto ex = executor();
    const ToolExecution e = ex.execute(call("search_pack", "{\"query\":\"retention\",\"limit\":null}"));
    ASSERT_FALSE(e.result.isError) << e.result.output.toStdString();
    EXPECT_EQ(e.trail.summary, QStringLiteral("searched 'retention' → 1 hit"));
    EXPECT_FALSE(e.result.output.contains(QStringLiteral("confidential")));
    const ToolExecution none = ex.execute(call("search_pack", "{\"query\":\"zebra\"}"));
    EXPECT_FALSE(none.result.isError);
    EXPECT_EQ(none.trail.summary, QStringLiteral("searched 'zebra' → 0 hits"));
    EXPECT_TRUE(ex.execute(call("search_pack", "{\"query\":\"\"}")).result.isError);
    EXPECT_TRUE(ex.execute(call("search_pack", "{\"limit\":3}")).result.isError);
    EXPECT_TRUE(ex.execute(call("search_pack", "{\"query\":\"x\",\"limit\":0}")).result.isError);
}
