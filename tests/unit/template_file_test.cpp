#include "core/prompt/templatefile.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::TempWorkspace;

namespace {
std::string parseError(const char* text)
{
    auto parsed = TemplateFile::parse(QString::fromUtf8(text));
    return parsed ? std::string("parsed") : parsed.error().message.toStdString();
}
} // namespace

TEST(TemplateFile_parse, readsHeaderAndParts)
{
    auto t = TemplateFile::parse(
        QStringLiteral("# comment\r\nname: memo\r\ndescription:  A memo. \r\n"
                       "wrap: Markdown\r\nfuture-key: ignored\r\n\r\n"
                       "@@ instructions\r\nBe brief.\r\n\r\n@@input\r\n{{context}}\r\n"));
    ASSERT_TRUE(t) << t.error().message.toStdString();
    EXPECT_EQ(t->name, QStringLiteral("memo"));
    EXPECT_EQ(t->description, QStringLiteral("A memo."));
    EXPECT_EQ(t->wrap, WrapStyle::Markdown);
    EXPECT_EQ(t->instructions, QStringLiteral("Be brief.\n"));
    EXPECT_EQ(t->input, QStringLiteral("{{context}}"));
}

TEST(TemplateFile_parse, defaultsToXmlAndNoInstructions)
{
    auto t = TemplateFile::parse(QStringLiteral("name: x\n@@ input\nhi"));
    ASSERT_TRUE(t);
    EXPECT_EQ(t->wrap, WrapStyle::Xml);
    EXPECT_TRUE(t->instructions.isEmpty());
    EXPECT_EQ(t->input, QStringLiteral("hi"));
}

TEST(TemplateFile_malformed, givesErrorsThatNameTheLine)
{
    EXPECT_EQ(parseError("description: d\n@@ input\nx"), "missing 'name:' in the header");
    EXPECT_EQ(parseError("name: x\nwrap: html\n@@ input\n"),
              "line 2: unknown wrap style 'html' (xml, markdown or plain)");
    EXPECT_EQ(parseError("name: x\n@@ instructions\n"), "missing the '@@ input' part");
    EXPECT_EQ(parseError("name: x\nthis is not a header\n@@ input\n"),
              "line 2: expected 'key: value' or a '@@ instructions' line");
    EXPECT_EQ(parseError("name: a b\n@@ input\n"),
              "line 1: invalid name 'a b' (use letters, digits, '-' and '_')");
    EXPECT_EQ(parseError("name: x\n@@ input\na\n@@ input\nb"),
              "line 4: part 'input' appears twice");
    EXPECT_NE(parseError("name: x\n@@ inputs\n").find("line 2: unknown part 'inputs'"),
              std::string::npos);
}

TEST(TemplateFile_roundTrip, keepsTextThatLooksLikeTheFormat)
{
    PromptTemplate t;
    t.name = QStringLiteral("tricky");
    t.description = QStringLiteral("two\nlines");
    t.wrap = WrapStyle::Plain;
    t.instructions =
        QStringLiteral("@@ input\n@@@ three\n@@\n\n# not a comment\nname: not a header\n\n");
    t.input = QStringLiteral("\n{{context}}\n@@");
    auto back = TemplateFile::parse(TemplateFile::serialize(t));
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_EQ(back->instructions, t.instructions);
    EXPECT_EQ(back->input, t.input);
    EXPECT_EQ(back->wrap, t.wrap);
    EXPECT_EQ(back->description, QStringLiteral("two lines"));
}

TEST(TemplateFile_saveAndLoad, roundTripsThroughDiskAndSetsThePath)
{
    TempWorkspace ws;
    PromptTemplate t;
    t.name = QStringLiteral("disk");
    t.input = QStringLiteral("Ünïcödé {{goal}}");
    const QString path = ws.filePath(QStringLiteral("disk.cbtemplate"));
    ASSERT_TRUE(TemplateFile::save(t, path));
    auto loaded = TemplateFile::load(path);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    EXPECT_EQ(*loaded, t);
    EXPECT_EQ(loaded->filePath, path);
}

TEST(TemplateFile_load, rejectsInvalidUtf8AndNamesTheFile)
{
    TempWorkspace ws;
    const QString path =
        ws.write(QStringLiteral("bad.cbtemplate"), QByteArray("name: x\n@@ input\n\xff\xfe"));
    auto loaded = TemplateFile::load(path);
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().message, QStringLiteral("bad.cbtemplate: not valid UTF-8"));
}

TEST(TemplateFile_save, refusesAnInvalidNameAndLeavesNoFile)
{
    TempWorkspace ws;
    PromptTemplate t;
    t.name = QStringLiteral("no/slashes");
    const QString path = ws.filePath(QStringLiteral("x.cbtemplate"));
    EXPECT_FALSE(TemplateFile::save(t, path));
    EXPECT_FALSE(QFile::exists(path));
}
