#include "core/prompt/prompttemplate.h"
#include "core/prompt/templatesyntax.h"

#include <gtest/gtest.h>

using namespace Cb::Core;
using Kind = TemplateToken::Kind;

namespace {
QList<Kind> kinds(const QList<TemplateToken>& tokens)
{
    QList<Kind> out;
    for (const TemplateToken& t : tokens)
        out.append(t.kind);
    return out;
}
} // namespace

TEST(TemplateSyntax_slots, areRecognisedWithTheirArguments)
{
    const auto tokens = TemplateSyntax::tokenize(QStringLiteral(
        "a{{goal}}b{{ title }}{{date}}{{context}}{{section: Meeting notes }}{{audience}}"));
    EXPECT_EQ(kinds(tokens),
              (QList<Kind>{Kind::Text, Kind::Goal, Kind::Text, Kind::Title, Kind::Date,
                           Kind::Context, Kind::Section, Kind::Variable}));
    EXPECT_EQ(tokens[3].text, QStringLiteral("{{ title }}"));
    EXPECT_EQ(tokens[6].argument, QStringLiteral("Meeting notes"));
    EXPECT_EQ(tokens[6].slotName(), QStringLiteral("section:Meeting notes"));
    EXPECT_EQ(tokens[7].argument, QStringLiteral("audience"));
}

TEST(TemplateSyntax_notSlots, stayLiteralText)
{
    for (const char* text : {"{{ two words }}", "{{}}", "{{9lives}}", "{{section:}}", "{{goal\n}}",
                             "{{ goal", "{{{goal}}}", "{\"json\": {\"a\": 1}}", "{{über}}"}) {
        const QString s = QString::fromUtf8(text);
        const auto tokens = TemplateSyntax::tokenize(s);
        ASSERT_EQ(tokens.size(), 1) << text;
        EXPECT_EQ(tokens[0].kind, Kind::Text) << text;
        EXPECT_EQ(tokens[0].text, s) << text;
    }
}

TEST(TemplateSyntax_escapes, writeLiteralBraces)
{
    const auto tokens = TemplateSyntax::tokenize(QStringLiteral("{{{{goal}}}} x }}}} {{{{"));
    ASSERT_EQ(tokens.size(), 1);
    EXPECT_EQ(tokens[0].text, QStringLiteral("{{goal}} x }} {{"));
}

TEST(TemplateSyntax_braceBeforeSlot, keepsTheLiteralAndFindsTheSlot)
{
    const auto tokens = TemplateSyntax::tokenize(QStringLiteral("{{a{{goal}}"));
    EXPECT_EQ(kinds(tokens), (QList<Kind>{Kind::Text, Kind::Goal}));
    EXPECT_EQ(tokens[0].text, QStringLiteral("{{a"));
}

TEST(TemplateSyntax_variableNames, allowDotsDashesUnderscores)
{
    EXPECT_TRUE(TemplateSyntax::isValidVariableName(QStringLiteral("_a.b-c9")));
    EXPECT_FALSE(TemplateSyntax::isValidVariableName(QStringLiteral("-a")));
    EXPECT_FALSE(TemplateSyntax::isValidVariableName(QStringLiteral("a b")));
    EXPECT_FALSE(TemplateSyntax::isValidVariableName(QString()));
}

TEST(PromptTemplate_slotNames, listEachSlotOnceAcrossBothParts)
{
    PromptTemplate t;
    t.instructions = QStringLiteral("{{audience}} {{date}} {{audience}}");
    t.input = QStringLiteral("{{context}} {{section:Notes}} {{region}} {{date}}");
    EXPECT_EQ(
        t.slotNames(),
        (QStringList{QStringLiteral("audience"), QStringLiteral("date"), QStringLiteral("context"),
                     QStringLiteral("section:Notes"), QStringLiteral("region")}));
    EXPECT_EQ(t.variableNames(),
              (QStringList{QStringLiteral("audience"), QStringLiteral("region")}));
}

TEST(PromptTemplate_names, allowLettersDigitsDashUnderscore)
{
    EXPECT_TRUE(PromptTemplate::isValidName(QStringLiteral("board-memo_2")));
    EXPECT_FALSE(PromptTemplate::isValidName(QStringLiteral("-x")));
    EXPECT_FALSE(PromptTemplate::isValidName(QStringLiteral("a b")));
    EXPECT_FALSE(PromptTemplate::isValidName(QStringLiteral("../evil")));
    EXPECT_FALSE(PromptTemplate::isValidName(QString(65, QLatin1Char('a'))));
}

TEST(WrapStyle_names, roundTripAndRejectUnknown)
{
    for (WrapStyle s : {WrapStyle::Xml, WrapStyle::Markdown, WrapStyle::Plain})
        EXPECT_EQ(wrapStyleFromName(wrapStyleName(s)), s);
    EXPECT_EQ(wrapStyleFromName(QStringLiteral(" Markdown ")), WrapStyle::Markdown);
    EXPECT_FALSE(wrapStyleFromName(QStringLiteral("html")).has_value());
}
