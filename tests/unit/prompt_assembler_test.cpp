#include "core/prompt/promptassembler.h"
#include "support/goldenpack.h"

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::GoldenPack;

namespace {

const QDate kDate(2026, 3, 14);

PromptTemplate tmplWith(const QString& input, WrapStyle wrap = WrapStyle::Xml,
                        const QString& instructions = {})
{
    PromptTemplate t;
    t.name = QStringLiteral("t");
    t.input = input;
    t.instructions = instructions;
    t.wrap = wrap;
    return t;
}

AssembledPrompt run(const QString& input, WrapStyle wrap = WrapStyle::Xml,
                    const QHash<QString, QString>& vars = {})
{
    return PromptAssembler::assemble(GoldenPack::pack(), tmplWith(input, wrap), vars, kDate);
}

QString spanOf(const AssembledPrompt& p, const PromptSegment& s)
{
    return (s.part == PromptSegment::Part::Input ? p.input : p.instructions).mid(s.start, s.length);
}

const PromptSegment* itemSegment(const AssembledPrompt& p, const QString& id)
{
    for (const PromptSegment& s : p.segments)
        if (s.kind == PromptSegment::Kind::Item && s.itemId == id)
            return &s;
    return nullptr;
}

} // namespace

TEST(PromptAssembler_builtInSlots, expandToPackValues)
{
    const AssembledPrompt p = run(QStringLiteral("T={{title}} D={{ date }} G={{goal}}"));
    const Pack pack = GoldenPack::pack();
    EXPECT_EQ(p.input,
              QStringLiteral("T=") + pack.title + QStringLiteral(" D=2026-03-14 G=") + pack.goal);
    EXPECT_TRUE(p.missingVariables.isEmpty());
    EXPECT_TRUE(p.warnings.isEmpty());
    ASSERT_EQ(p.segments.size(), 1);
    EXPECT_EQ(p.segments[0].kind, PromptSegment::Kind::Goal);
    EXPECT_EQ(spanOf(p, p.segments[0]), pack.goal);
}

TEST(PromptAssembler_missingVariables, stayVisibleAndAreListedOnceInOrder)
{
    const AssembledPrompt p =
        run(QStringLiteral("For {{ audience }} in {{region}}; again {{audience}}."));
    EXPECT_EQ(p.input, QStringLiteral("For {{ audience }} in {{region}}; again {{audience}}."));
    EXPECT_EQ(p.missingVariables,
              (QStringList{QStringLiteral("audience"), QStringLiteral("region")}));
}

TEST(PromptAssembler_providedVariables, areInsertedAndEmptyCountsAsProvided)
{
    const AssembledPrompt p =
        run(QStringLiteral("[{{audience}}][{{region}}]"), WrapStyle::Xml,
            {{QStringLiteral("audience"), QStringLiteral("the board {{goal}}")},
             {QStringLiteral("region"), QString()}});
    EXPECT_EQ(p.input, QStringLiteral("[the board {{goal}}][]"));
    EXPECT_TRUE(p.missingVariables.isEmpty());
    ASSERT_FALSE(p.segments.isEmpty());
    EXPECT_EQ(p.segments[0].kind, PromptSegment::Kind::Variable);
    EXPECT_EQ(p.segments[0].variable, QStringLiteral("audience"));
    EXPECT_EQ(spanOf(p, p.segments[0]), QStringLiteral("the board {{goal}}"));
}

TEST(PromptAssembler_escapedBraces, becomeLiteralBraces)
{
    const AssembledPrompt p =
        run(QStringLiteral("{{{{goal}}}} and {{ not a slot }} and {\"a\":{{}}}"));
    EXPECT_EQ(p.input, QStringLiteral("{{goal}} and {{ not a slot }} and {\"a\":{{}}}"));
    EXPECT_TRUE(p.missingVariables.isEmpty());
}

TEST(PromptAssembler_itemTextWithSlots, isInsertedVerbatim)
{
    for (WrapStyle style : {WrapStyle::Xml, WrapStyle::Markdown, WrapStyle::Plain}) {
        const AssembledPrompt p = run(QStringLiteral("{{section:memos}}"), style);
        EXPECT_TRUE(p.input.contains(QStringLiteral("stays as it is: {{goal}} {{context}}.\n")))
            << p.input.toStdString();
        EXPECT_TRUE(p.input.contains(QStringLiteral("\n@@ input"))) << p.input.toStdString();
        EXPECT_FALSE(p.input.contains(GoldenPack::pack().goal));
    }
}

TEST(PromptAssembler_disabledItems, areLeftOut)
{
    for (WrapStyle style : {WrapStyle::Xml, WrapStyle::Markdown, WrapStyle::Plain}) {
        const AssembledPrompt p = run(QStringLiteral("{{context}}"), style);
        EXPECT_FALSE(p.input.contains(QStringLiteral("THIS MUST NOT APPEAR")));
        EXPECT_EQ(itemSegment(p, QStringLiteral("item-old")), nullptr);
        EXPECT_FALSE(p.input.contains(QStringLiteral("Empty")))
            << "a section without enabled items has no heading";
    }
}

TEST(PromptAssembler_xmlStyle, escapesAttributesAndUsesTheSourceFileName)
{
    const AssembledPrompt p = run(QStringLiteral("{{section:Memos}}"));
    EXPECT_TRUE(
        p.input.startsWith(QStringLiteral("<document title=\"Pricing &quot;v2&quot; &lt;draft&gt; "
                                          "&amp; notes\" source=\"memo &amp; plan.md\" "
                                          "section=\"Memos\">\n")))
        << p.input.toStdString();
    EXPECT_FALSE(p.input.contains(QStringLiteral("/home/tester")));
}

TEST(PromptAssembler_xmlStyleClosingTagInText, isNeutralisedWithAWarning)
{
    const AssembledPrompt p = run(QStringLiteral("{{section:Memos}}"));
    EXPECT_TRUE(
        p.input.contains(QStringLiteral("A stray &lt;/document> tag and a &lt;/DOCUMENT > one.")));
    EXPECT_EQ(p.input.count(QStringLiteral("</document>")), 1) << "only the real closing tag";
    EXPECT_TRUE(p.input.endsWith(QStringLiteral("@@ input\n</document>")));
    ASSERT_EQ(p.warnings.size(), 1);
    EXPECT_TRUE(p.warnings[0].contains(QStringLiteral("</document>")));
}

TEST(PromptAssembler_markdownAndPlainStyles, keepClosingTagsVerbatimWithoutWarning)
{
    for (WrapStyle style : {WrapStyle::Markdown, WrapStyle::Plain}) {
        const AssembledPrompt p = run(QStringLiteral("{{section:Memos}}"), style);
        EXPECT_TRUE(
            p.input.contains(QStringLiteral("A stray </document> tag and a </DOCUMENT > one.")));
        EXPECT_TRUE(p.warnings.isEmpty());
    }
}

TEST(PromptAssembler_sectionSlot, matchesNameIgnoringCaseAndHoldsOnlyThatSection)
{
    const AssembledPrompt p = run(QStringLiteral("{{section: meetings }}"), WrapStyle::Markdown);
    EXPECT_EQ(p.input,
              QStringLiteral("### Planning call 2026-03-10\nSource: planning-call.vtt\n\n"
                             "[00:00:05] Ana: Sync conflicts are the hard part.\n"
                             "[00:00:20] Bo: Two sprints for conflict handling, then beta.\n"));
    EXPECT_TRUE(p.warnings.isEmpty());
}

TEST(PromptAssembler_sectionNotFound, isEmptyWithOneWarning)
{
    const AssembledPrompt p = run(QStringLiteral("[{{section:Budget}}][{{section:budget}}]"));
    EXPECT_EQ(p.input, QStringLiteral("[][]"));
    ASSERT_EQ(p.warnings.size(), 2) << "the name is reported as written";
    EXPECT_TRUE(p.warnings[0].contains(QStringLiteral("{{section:Budget}}")));
}

TEST(PromptAssembler_sectionWithoutEnabledItems, warns)
{
    const AssembledPrompt p = run(QStringLiteral("{{section:Empty}}"));
    EXPECT_TRUE(p.input.isEmpty());
    EXPECT_EQ(p.warnings.size(), 1);
}

TEST(PromptAssembler_segments, coverEachWrappedItemAndSection)
{
    for (WrapStyle style : {WrapStyle::Xml, WrapStyle::Markdown, WrapStyle::Plain}) {
        const AssembledPrompt p = run(QStringLiteral("Intro\n\n{{context}}\n\nEnd"), style);
        const Pack pack = GoldenPack::pack();
        int items = 0;
        int sections = 0;
        for (const PromptSegment& s : p.segments) {
            const QString span = spanOf(p, s);
            if (s.kind == PromptSegment::Kind::Item) {
                ++items;
                const PackItem* item = pack.item(s.itemId);
                ASSERT_NE(item, nullptr);
                EXPECT_EQ(pack.locate(s.itemId).first, s.section);
                const QString opening = style == WrapStyle::Xml ? QStringLiteral("<document title=")
                                        : style == WrapStyle::Markdown
                                            ? QStringLiteral("### ")
                                            : QStringLiteral("--- Document: ");
                EXPECT_TRUE(span.startsWith(opening)) << span.toStdString();
                EXPECT_TRUE(span.contains(item->text.left(20))) << span.toStdString();
                if (style != WrapStyle::Markdown) {
                    EXPECT_TRUE(span.endsWith(style == WrapStyle::Xml
                                                  ? QStringLiteral("</document>")
                                                  : QStringLiteral("--- End of document ---")));
                }
            } else if (s.kind == PromptSegment::Kind::Section) {
                ++sections;
                for (const PackItem& item : pack.sections[s.section].items)
                    EXPECT_EQ(span.contains(item.title.left(8)), item.enabled)
                        << span.toStdString();
            }
        }
        EXPECT_EQ(items, pack.enabledItemCount());
        EXPECT_EQ(sections, 4);
        EXPECT_TRUE(p.input.startsWith(QStringLiteral("Intro\n\n")));
        EXPECT_TRUE(p.input.endsWith(QStringLiteral("\n\nEnd")));
    }
}

TEST(PromptAssembler_contextInInstructions, recordsInstructionsSegments)
{
    const AssembledPrompt p = PromptAssembler::assemble(
        GoldenPack::pack(),
        tmplWith(QStringLiteral("Go."), WrapStyle::Plain, QStringLiteral("Read:\n{{context}}")), {},
        kDate);
    const PromptSegment* call = itemSegment(p, QStringLiteral("item-call"));
    ASSERT_NE(call, nullptr);
    EXPECT_EQ(call->part, PromptSegment::Part::Instructions);
    EXPECT_TRUE(spanOf(p, *call).startsWith(QStringLiteral("--- Document: Planning call")));
    EXPECT_EQ(p.input, QStringLiteral("Go."));
}

TEST(PromptAssembler_emptyPack, warnsAboutNoItemsAndNoGoal)
{
    const AssembledPrompt p = PromptAssembler::assemble(
        Pack{}, tmplWith(QStringLiteral("{{context}}|{{goal}}")), {}, kDate);
    EXPECT_EQ(p.input, QStringLiteral("|"));
    EXPECT_EQ(p.warnings.size(), 2);
}

TEST(PromptAssembler_defaultOverload, usesTheReportGeneratorPreset)
{
    const AssembledPrompt p = PromptAssembler::assemble(GoldenPack::pack(), {}, kDate);
    EXPECT_EQ(p.templateName, QStringLiteral("report-generator"));
    EXPECT_TRUE(p.instructions.contains(QStringLiteral("2026-03-14")));
    // The preset cites sources: each document carries its short id.
    EXPECT_TRUE(p.input.contains(QStringLiteral("\" title=\"Release target\" section=\"Goals\">")));
    EXPECT_TRUE(p.input.contains(QStringLiteral("<document id=\"")));
    EXPECT_TRUE(p.instructions.endsWith(PromptAssembler::citationInstructions()));
}

TEST(PromptAssembler_sha256, changesWhenOnePartChanges)
{
    AssembledPrompt a = run(QStringLiteral("{{context}}"));
    const QByteArray before = a.sha256();
    EXPECT_EQ(before, run(QStringLiteral("{{context}}")).sha256());
    a.instructions = QStringLiteral("x");
    EXPECT_NE(before, a.sha256());
}
