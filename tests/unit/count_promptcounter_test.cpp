// PromptCounter: exact counts of the prompt parts, per item and per section, cached by content.
#include "tokenizertestutil.h"

#include "core/prompt/promptassembler.h"
#include "core/prompt/promptcounter.h"
#include "core/prompt/textdigestmemo.h"
#include "core/tokenize/tokencountcache.h"
#include "support/goldenpack.h"

#include <QFutureWatcher>
#include <QSignalSpy>

#include <random>
#include "cb_test_paths.h"

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

TEST(PromptCounter_cache, editingOneItem_recountsOnlyThatItem)
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
    // New entries: the edited item's text, and its core when it has one.
    const TextDigest d = TextDigestMemo::compute(edited.text);
    EXPECT_EQ(cache->size(), afterFirst + 1 + (d.coreStart < d.coreEnd ? 1 : 0));
}

TEST(PromptCounter_cache, unchangedItemInsideThePrompt_isALookUp)
{
    // A multi-line item: its core (all but the first and last line) is cached on its own and
    // reused for the input part. A planted core count must show up in the input total.
    Pack pack = GoldenPack::pack();
    PackItem& big = pack.sections[0].items[0];
    big.text = QStringLiteral("First line\nsecond line\nthird line\nlast line");
    const AssembledPrompt prompt = assembled(pack);
    auto cache = std::make_shared<TokenCountCache>();
    PromptCounter counter(registry(), cache);
    ASSERT_TRUE(counter.count(pack, prompt, {Encoding::O200kBase}));
    const TextDigest d = TextDigestMemo::compute(big.text);
    ASSERT_LT(d.coreStart, d.coreEnd);
    const QByteArray coreKey = QByteArrayLiteral("core:") + d.key;
    const auto core = cache->find(Encoding::O200kBase, coreKey);
    ASSERT_TRUE(core.has_value());
    cache->insert(Encoding::O200kBase, coreKey, *core + 1000);
    auto again = counter.count(pack, prompt, {Encoding::O200kBase});
    ASSERT_TRUE(again);
    EXPECT_EQ(again->encodings.first().input, exact(Encoding::O200kBase, prompt.input) + 1000);
}

TEST(PromptCounter_count, multiLineItemsInEveryWrapStyle_matchTheTokenizer)
{
    // The input is summed from item cores and the stretches between them: exact only if every
    // cut is a place where the pre-tokenizers always split. Random texts full of the characters
    // that decide it (line breaks, spaces, '/', letters, apostrophes, marks).
    std::mt19937 rng(4242u);
    const QStringList units = {QStringLiteral("\n"), QStringLiteral("\n"), QStringLiteral("\r\n"),
                               QStringLiteral(" "),  QStringLiteral("  "), QStringLiteral("\t"),
                               QStringLiteral("/"),  QStringLiteral("//"), QStringLiteral("word"),
                               QStringLiteral("A"),  QStringLiteral("'s"), QStringLiteral("42"),
                               QStringLiteral("!?"), QStringLiteral("\u00a0"), QStringLiteral("\u4e2d"),
                               QStringLiteral("e\u0301"), QStringLiteral("\u3000"), QStringLiteral("<"),
                               QStringLiteral("\U0001F642"), QStringLiteral("\ud55c")};
    for (WrapStyle wrap : {WrapStyle::Xml, WrapStyle::Markdown, WrapStyle::Plain}) {
        for (int round = 0; round < 8; ++round) {
            Pack pack = GoldenPack::pack();
            for (PackSection& section : pack.sections) {
                for (PackItem& item : section.items) {
                    item.text.clear();
                    const int n = int(rng() % 200);
                    for (int k = 0; k < n; ++k)
                        item.text += units[qsizetype(rng() % uint32_t(units.size()))];
                }
            }
            PromptTemplate tmpl;
            tmpl.name = QStringLiteral("t");
            tmpl.wrap = wrap;
            tmpl.instructions = QStringLiteral("Read:\n{{context}}");
            tmpl.input = QStringLiteral("{{context}}\n\nGoal: {{goal}}");
            const AssembledPrompt prompt =
                PromptAssembler::assemble(pack, tmpl, GoldenPack::variables(), GoldenPack::date());
            PromptCounter counter(registry());
            auto counts = counter.count(pack, prompt, {Encoding::O200kBase, Encoding::Cl100kBase});
            ASSERT_TRUE(counts);
            // The density is summed the same way, from the items' core densities.
            TokenDensity whole = TokenDensity::of(prompt.instructions);
            whole += TokenDensity::of(prompt.input);
            EXPECT_EQ(counts->density.characters, whole.characters);
            EXPECT_EQ(counts->density.letters, whole.letters);
            EXPECT_EQ(counts->density.hangul, whole.hangul);
            for (Encoding e : {Encoding::O200kBase, Encoding::Cl100kBase}) {
                const EncodingCounts* c = counts->find(e);
                ASSERT_NE(c, nullptr);
                EXPECT_EQ(c->input, exact(e, prompt.input)) << wrapStyleName(wrap).toStdString();
                EXPECT_EQ(c->instructions, exact(e, prompt.instructions));
                for (const PackSection& section : pack.sections) {
                    for (const PackItem& item : section.items)
                        EXPECT_EQ(c->item(item.id), exact(e, item.text));
                }
            }
        }
    }
}

TEST(PromptCounter_count, staleSegmentText_isCountedAsWritten)
{
    // The prompt was assembled before an item changed: the input is counted as it was written.
    Pack pack = GoldenPack::pack();
    pack.sections[0].items[0].text = QStringLiteral("one\ntwo\nthree\nfour");
    const AssembledPrompt prompt = assembled(pack);
    pack.sections[0].items[0].text = QStringLiteral("changed\nafter\nassembly\n!");
    PromptCounter counter(registry());
    auto counts = counter.count(pack, prompt, {Encoding::O200kBase});
    ASSERT_TRUE(counts);
    EXPECT_EQ(counts->encodings.first().input, exact(Encoding::O200kBase, prompt.input));
    EXPECT_EQ(counts->encodings.first().item(pack.sections[0].items[0].id),
              exact(Encoding::O200kBase, pack.sections[0].items[0].text));
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
