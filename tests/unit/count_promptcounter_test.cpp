// PromptCounter: exact counts of the prompt parts, per item and per section, cached by content.
#include "tokenizertestutil.h"

#include "core/prompt/promptassembler.h"
#include "core/prompt/promptcounter.h"
#include "core/tokenize/tokencountcache.h"
#include "support/goldenpack.h"

#include <QFutureWatcher>
#include <QSignalSpy>

using namespace Cb::Core;
using namespace Cb::Core::TokenizerTestUtil;
using Cb::Test::GoldenPack;

namespace {

TokenizerRegistry& registry()
{
    static TokenizerRegistry r(QStringLiteral(CB_SOURCE_DIR "/resources/tokenizers"));
    return r;
}

AssembledPrompt assembled(const Pack& pack)
{
    PromptTemplate tmpl;
    tmpl.name = QStringLiteral("t");
    tmpl.instructions = QStringLiteral("You are a careful planner. Audience: {{audience}}.");
    tmpl.input = QStringLiteral("{{context}}\n\nGoal: {{goal}}");
    return PromptAssembler::assemble(pack, tmpl, GoldenPack::variables(), GoldenPack::date());
}

qint64 exact(Encoding encoding, const QString& text)
{
    return qint64(tokenizer(encoding)->count(text));
}

} // namespace

TEST(PromptCounter_count, partsItemsAndSections_matchTheTokenizer)
{
    const Pack pack = GoldenPack::pack();
    const AssembledPrompt prompt = assembled(pack);
    PromptCounter counter(registry());
    auto counts = counter.count(pack, prompt, {Encoding::O200kBase, Encoding::Cl100kBase});
    ASSERT_TRUE(counts) << counts.error().message.toStdString();
    EXPECT_EQ(counts->promptSha256, prompt.sha256());
    ASSERT_EQ(counts->encodings.size(), 2);

    for (Encoding e : {Encoding::O200kBase, Encoding::Cl100kBase}) {
        const EncodingCounts* c = counts->find(e);
        ASSERT_NE(c, nullptr);
        EXPECT_EQ(c->instructions, exact(e, prompt.instructions));
        EXPECT_EQ(c->input, exact(e, prompt.input));
        EXPECT_EQ(c->total(), c->instructions + c->input);
        ASSERT_EQ(c->sections.size(), pack.sections.size());
        for (qsizetype s = 0; s < pack.sections.size(); ++s) {
            qint64 enabledSum = 0;
            for (const PackItem& item : pack.sections[s].items) {
                EXPECT_EQ(c->item(item.id), exact(e, item.text)) << item.title.toStdString();
                if (item.enabled)
                    enabledSum += exact(e, item.text);
            }
            EXPECT_EQ(c->sections[s], enabledSum) << "section " << s;
        }
    }
    EXPECT_NE(counts->find(Encoding::O200kBase)->input, counts->find(Encoding::Cl100kBase)->input);
}

TEST(PromptCounter_count, disabledItem_isCountedButLeftOutOfItsSection)
{
    Pack pack;
    PackSection notes;
    notes.name = QStringLiteral("Notes");
    notes.items = {PackItem::note(QStringLiteral("a"), QStringLiteral("alpha beta gamma")),
                   PackItem::note(QStringLiteral("b"), QStringLiteral("delta epsilon"))};
    notes.items[1].enabled = false;
    pack.sections = {notes};
    PromptCounter counter(registry());
    auto counts = counter.count(pack, assembled(pack), {Encoding::O200kBase});
    ASSERT_TRUE(counts);
    const EncodingCounts& c = counts->encodings.first();
    EXPECT_EQ(c.item(notes.items[1].id), exact(Encoding::O200kBase, notes.items[1].text));
    EXPECT_EQ(c.sections.first(), exact(Encoding::O200kBase, notes.items[0].text));
}

TEST(PromptCounter_cache, editingOneItem_recountsOnlyThatItemAndTheInput)
{
    Pack pack = GoldenPack::pack();
    auto cache = std::make_shared<TokenCountCache>();
    PromptCounter counter(registry(), cache);
    ASSERT_TRUE(counter.count(pack, assembled(pack), {Encoding::O200kBase}));
    const qsizetype afterFirst = cache->size();

    // Plant a value no tokenizer would give for one untouched item: if the counter used the
    // cache, the planted value comes back; if it recounted, the real count would.
    const PackItem& untouched = pack.sections[0].items[0];
    cache->insert(Encoding::O200kBase, untouched.contentHash(), 424242);

    PackItem& edited = pack.sections.last().items.last();
    edited.text += QStringLiteral(" An edit adds these words.");
    const AssembledPrompt prompt = assembled(pack);
    auto again = counter.count(pack, prompt, {Encoding::O200kBase});
    ASSERT_TRUE(again);
    const EncodingCounts& c = again->encodings.first();
    EXPECT_EQ(c.item(untouched.id), 424242);
    EXPECT_EQ(c.item(edited.id), exact(Encoding::O200kBase, edited.text));
    EXPECT_EQ(c.input, exact(Encoding::O200kBase, prompt.input));
    // Exactly two new entries: the edited item's text and the new input part.
    EXPECT_EQ(cache->size(), afterFirst + 2);
}

TEST(PromptCounter_cache, unchangedPrompt_isAllLookUps)
{
    const Pack pack = GoldenPack::pack();
    const AssembledPrompt prompt = assembled(pack);
    auto cache = std::make_shared<TokenCountCache>();
    PromptCounter counter(registry(), cache);
    ASSERT_TRUE(counter.count(pack, prompt, {Encoding::O200kBase}));
    const QByteArray inputKey = PromptCounter::contentKey(prompt.input.toUtf8());
    ASSERT_EQ(counter.cachedCount(Encoding::O200kBase, inputKey),
              exact(Encoding::O200kBase, prompt.input));
    cache->insert(Encoding::O200kBase, inputKey, 7);
    auto again = counter.count(pack, prompt, {Encoding::O200kBase});
    ASSERT_TRUE(again);
    EXPECT_EQ(again->encodings.first().input, 7) << "the input part came from the cache";
    EXPECT_FALSE(counter.cachedCount(Encoding::Cl100kBase, inputKey).has_value());
}

TEST(PromptCounter_countAsync, runsOffTheCallingThread_andDeliversTheSameCounts)
{
    const Pack pack = GoldenPack::pack();
    const AssembledPrompt prompt = assembled(pack);
    PromptCounter counter(registry());
    QFutureWatcher<Result<PromptCounts>> watcher;
    QSignalSpy done(&watcher, &QFutureWatcher<Result<PromptCounts>>::finished);
    watcher.setFuture(counter.countAsync(pack, prompt, {Encoding::Cl100kBase}));
    ASSERT_TRUE(done.wait(30000));
    const auto result = watcher.result();
    ASSERT_TRUE(result);
    EXPECT_EQ(result->encodings.first().total(), exact(Encoding::Cl100kBase, prompt.instructions) +
                                                     exact(Encoding::Cl100kBase, prompt.input));
}

TEST(PromptCounter_count, missingVocabulary_failsWithTheLoadError)
{
    TokenizerRegistry empty(QStringLiteral(CB_TEST_DATA_DIR "/no-such-folder"));
    PromptCounter counter(empty);
    const Pack pack = GoldenPack::pack();
    auto counts = counter.count(pack, assembled(pack), {Encoding::O200kBase});
    ASSERT_FALSE(counts);
    EXPECT_FALSE(counts.error().message.isEmpty());
}
