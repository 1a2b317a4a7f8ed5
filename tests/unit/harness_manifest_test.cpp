#include "core/harness/packcorpus.h"
#include "core/harness/packmanifest.h"
#include "core/prompt/assembledprompt.h"
#include "harnesstestpack.h"
#include "tokenizertestutil.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

TEST(PackManifest, text_listsVisibleItemsWithIdsTitlesAndExactTokens)
{
    const auto tokenizer = TokenizerTestUtil::tokenizer(Encoding::O200kBase);
    const PackCorpus corpus = PackCorpus::fromPack(Cb::Test::harnessPack(), tokenizer);
    const QString text = PackManifest::text(corpus);
    EXPECT_TRUE(text.contains(QStringLiteral("Goal: Plan the Q3 launch")));
    EXPECT_TRUE(text.contains(QStringLiteral("## Meetings\n- a1b2c3 — Launch planning call (")));
    const qint64 tokens = qint64(tokenizer->count(corpus.find(QStringLiteral("c3d4e5"))->text));
    EXPECT_TRUE(text.contains(QStringLiteral("- c3d4e5 — 고객 메모 (%1 tokens)").arg(tokens)));
    EXPECT_TRUE(text.contains(QStringLiteral("read_item(id, offset, max_tokens)")));
    EXPECT_TRUE(text.contains(QStringLiteral("search_pack(query, limit)")));
    EXPECT_FALSE(text.contains(QStringLiteral("Salaries")));
    EXPECT_FALSE(text.contains(QStringLiteral("(estimated)")));
    EXPECT_FALSE(text.contains(QStringLiteral("customer retention"))); // no item text
}

TEST(PackCorpus, fromPack_onlyGiven_keepsJustThoseItems)
{
    const PackCorpus corpus = PackCorpus::fromPack(Cb::Test::harnessPack(), nullptr,
                                                   {QStringLiteral("b2c3d4e5-0000-4000-8000-000000000002")});
    ASSERT_EQ(corpus.items.size(), 1);
    EXPECT_EQ(corpus.items[0].shortId, QStringLiteral("b2c3d4"));
    EXPECT_EQ(corpus.sections, QStringList{QStringLiteral("Meetings")});
    EXPECT_FALSE(corpus.tokensExact);
    EXPECT_EQ(corpus.find(QStringLiteral("a1b2c3")), nullptr);
}

TEST(PackManifest, toolsPrompt_replacesTheItemsKeepsTheTemplateWords)
{
    const PackCorpus corpus = PackCorpus::fromPack(Cb::Test::harnessPack(), nullptr);
    AssembledPrompt full;
    full.instructions = QStringLiteral("You plan.");
    const QString before = QStringLiteral("Goal: launch\n\n<documents>\n");
    const QString items = QStringLiteral("<document>one</document>\n<document>two</document>\n");
    full.input = before + items + QStringLiteral("</documents>\nWrite the plan.");
    PromptSegment section;
    section.kind = PromptSegment::Kind::Section;
    section.start = before.size();
    section.length = items.size();
    PromptSegment item;
    item.kind = PromptSegment::Kind::Item;
    item.start = before.size() + 5;
    item.length = 10;
    full.segments = {section, item};
    const AssembledPrompt tools = PackManifest::toolsPrompt(full, corpus);
    EXPECT_EQ(tools.instructions, full.instructions);
    EXPECT_EQ(tools.input, before + PackManifest::text(corpus) + QStringLiteral("</documents>\nWrite the plan."));
    EXPECT_TRUE(tools.segments.isEmpty());

    AssembledPrompt bare;
    bare.input = QStringLiteral("Just this.");
    EXPECT_EQ(PackManifest::toolsPrompt(bare, corpus).input,
              QStringLiteral("Just this.\n\n") + PackManifest::text(corpus));
}
