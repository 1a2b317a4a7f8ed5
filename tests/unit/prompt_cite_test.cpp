#include "core/pack/packitemref.h"
#include "core/prompt/promptassembler.h"
#include "core/prompt/templatefile.h"
#include "support/goldenpack.h"

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::GoldenPack;

namespace {

PromptTemplate citing(WrapStyle wrap, bool cite)
{
    PromptTemplate t;
    t.name = QStringLiteral("t");
    t.instructions = QStringLiteral("Plan.");
    t.input = QStringLiteral("{{context}}");
    t.wrap = wrap;
    t.citeSources = cite;
    return t;
}

AssembledPrompt assemble(WrapStyle wrap, bool cite)
{
    return PromptAssembler::assemble(GoldenPack::pack(), citing(wrap, cite), {}, QDate(2026, 3, 14));
}

} // namespace

TEST(PromptCite_optionOff, noIdsAndNoCitationInstructions)
{
    for (WrapStyle wrap : {WrapStyle::Xml, WrapStyle::Markdown, WrapStyle::Plain}) {
        const AssembledPrompt p = assemble(wrap, false);
        EXPECT_FALSE(p.input.contains(QStringLiteral(" id=\""))) << wrapStyleName(wrap).toStdString();
        EXPECT_FALSE(p.input.contains(QStringLiteral("\nId: ")));
        EXPECT_FALSE(p.input.contains(QStringLiteral("(id: ")));
        EXPECT_EQ(p.instructions, QStringLiteral("Plan."));
    }
}

TEST(PromptCite_optionOn, everyEnabledItemCarriesItsShortId_instructionsExplainTheForm)
{
    const Pack pack = GoldenPack::pack();
    const QHash<QString, QString> ids = PackItemRef::shortIds(pack);
    const AssembledPrompt xml = assemble(WrapStyle::Xml, true);
    const AssembledPrompt markdown = assemble(WrapStyle::Markdown, true);
    const AssembledPrompt plain = assemble(WrapStyle::Plain, true);
    int enabled = 0;
    for (const PackSection& s : pack.sections)
        for (const PackItem& item : s.items) {
            if (!item.enabled)
                continue;
            ++enabled;
            const QString id = ids.value(item.id);
            ASSERT_GE(id.size(), 6);
            EXPECT_TRUE(xml.input.contains(QStringLiteral("<document id=\"") + id + QStringLiteral("\" title=\"")))
                << id.toStdString();
            EXPECT_TRUE(markdown.input.contains(QStringLiteral("\nId: ") + id + QLatin1Char('\n')));
            EXPECT_TRUE(plain.input.contains(QStringLiteral("(id: ") + id));
        }
    ASSERT_GT(enabled, 1);
    EXPECT_EQ(xml.input.count(QStringLiteral("<document id=\"")), enabled);
    EXPECT_EQ(xml.instructions,
              QStringLiteral("Plan.\n\n") + PromptAssembler::citationInstructions());
    EXPECT_TRUE(xml.instructions.contains(QStringLiteral("[[id: \"exact quote\"]]")));
}

TEST(TemplateFile_cite, headerRoundTrips_badValueIsAnError)
{
    auto parsed = TemplateFile::parse(QStringLiteral("name: a\ncite: yes\n@@ input\n{{context}}\n"));
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    EXPECT_TRUE(parsed->citeSources);
    auto again = TemplateFile::parse(TemplateFile::serialize(*parsed));
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->citeSources);
    auto off = TemplateFile::parse(QStringLiteral("name: a\n@@ input\nx\n"));
    ASSERT_TRUE(off);
    EXPECT_FALSE(off->citeSources);
    EXPECT_FALSE(TemplateFile::serialize(*off).contains(QStringLiteral("cite:")));
    auto bad = TemplateFile::parse(QStringLiteral("name: a\ncite: maybe\n@@ input\nx\n"));
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("cite must be 'yes' or 'no'")));
}
