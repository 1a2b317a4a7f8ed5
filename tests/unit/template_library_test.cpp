#include "core/prompt/templatefile.h"
#include "core/prompt/templatelibrary.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::TempWorkspace;

namespace {

QByteArray templateText(const char* name, const char* input)
{
    return QByteArray("name: ") + name + "\ndescription: d\n@@ instructions\ni\n@@ input\n" +
           input + "\n";
}

struct Folders
{
    TempWorkspace ws;
    QString presets = ws.filePath(QStringLiteral("presets"));
    QString user = ws.filePath(QStringLiteral("user"));
    Folders()
    {
        ws.write(QStringLiteral("presets/report-generator.cbtemplate"),
                 templateText("report-generator", "preset"));
        ws.write(QStringLiteral("presets/digest.cbtemplate"),
                 templateText("digest", "preset digest"));
    }
};

} // namespace

TEST(TemplateLibrary_presets, loadSortedAndBuiltIn)
{
    Folders f;
    const TemplateLibrary lib(f.presets, f.user);
    EXPECT_TRUE(lib.loadErrors().isEmpty())
        << lib.loadErrors().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(lib.names(),
              (QStringList{QStringLiteral("digest"), QStringLiteral("report-generator")}));
    ASSERT_NE(lib.find(QStringLiteral("DIGEST")), nullptr);
    EXPECT_TRUE(lib.find(QStringLiteral("digest"))->builtIn);
    EXPECT_EQ(lib.defaultTemplate().name, QStringLiteral("report-generator"));
}

TEST(TemplateLibrary_userTemplate, replacesThePresetOfTheSameName)
{
    Folders f;
    f.ws.write(QStringLiteral("user/mine.cbtemplate"), templateText("Digest", "user digest"));
    const TemplateLibrary lib(f.presets, f.user);
    EXPECT_EQ(lib.names().size(), 2);
    const PromptTemplate* digest = lib.find(QStringLiteral("digest"));
    ASSERT_NE(digest, nullptr);
    EXPECT_EQ(digest->input, QStringLiteral("user digest"));
    EXPECT_FALSE(digest->builtIn);
    EXPECT_TRUE(lib.hasPreset(QStringLiteral("digest")));
}

TEST(TemplateLibrary_malformedFile, isSkippedWithAClearError)
{
    Folders f;
    f.ws.write(QStringLiteral("user/broken.cbtemplate"),
               QByteArray("name: broken\nwrap: html\n@@ input\n"));
    f.ws.write(QStringLiteral("user/fine.cbtemplate"), templateText("fine", "ok"));
    f.ws.write(QStringLiteral("user/again.cbtemplate"), templateText("FINE", "second"));
    const TemplateLibrary lib(f.presets, f.user);
    EXPECT_EQ(lib.names().size(), 3);
    EXPECT_EQ(lib.find(QStringLiteral("fine"))->input, QStringLiteral("second"))
        << "files are read in name order";
    ASSERT_EQ(lib.loadErrors().size(), 2);
    EXPECT_EQ(lib.loadErrors()[0],
              QStringLiteral(
                  "broken.cbtemplate: line 2: unknown wrap style 'html' (xml, markdown or plain)"));
    EXPECT_TRUE(lib.loadErrors()[1].startsWith(QStringLiteral("fine.cbtemplate: another file in")))
        << lib.loadErrors()[1].toStdString();
}

TEST(TemplateLibrary_save, writesTheUserFolderAndReloads)
{
    Folders f;
    TemplateLibrary lib(f.presets, f.user);
    PromptTemplate t = *lib.find(QStringLiteral("digest"));
    t.name = QStringLiteral("Board-Memo");
    t.input = QStringLiteral("{{context}} for {{audience}}");
    ASSERT_TRUE(lib.saveUserTemplate(t));
    EXPECT_TRUE(QFile::exists(f.user + QStringLiteral("/board-memo.cbtemplate")));
    const PromptTemplate* saved = lib.find(QStringLiteral("board-memo"));
    ASSERT_NE(saved, nullptr);
    EXPECT_EQ(*saved, t);
    EXPECT_FALSE(saved->builtIn);
    EXPECT_EQ(TemplateLibrary(f.presets, f.user).find(QStringLiteral("Board-Memo"))->input,
              t.input);
    EXPECT_EQ(QDir(f.user).entryList(QDir::Files),
              QStringList{QStringLiteral("board-memo.cbtemplate")})
        << "no temporary files left behind";
}

TEST(TemplateLibrary_removeUserCopy, bringsThePresetBack)
{
    Folders f;
    TemplateLibrary lib(f.presets, f.user);
    PromptTemplate t = *lib.find(QStringLiteral("digest"));
    t.input = QStringLiteral("edited");
    ASSERT_TRUE(lib.saveUserTemplate(t));
    EXPECT_EQ(lib.find(QStringLiteral("digest"))->input, QStringLiteral("edited"));
    ASSERT_TRUE(lib.removeUserTemplate(QStringLiteral("digest")));
    EXPECT_EQ(lib.find(QStringLiteral("digest"))->input, QStringLiteral("preset digest"));
    EXPECT_FALSE(lib.removeUserTemplate(QStringLiteral("digest"))) << "presets cannot be removed";
}

TEST(TemplateLibrary_save, rejectsAnInvalidName)
{
    Folders f;
    TemplateLibrary lib(f.presets, f.user);
    PromptTemplate t;
    t.name = QStringLiteral("../escape");
    auto saved = lib.saveUserTemplate(t);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().code, ErrorCode::InvalidInput);
}

TEST(TemplateLibrary_noPresets, fallsBackToAMinimalTemplateAndSaysWhy)
{
    TempWorkspace ws;
    const TemplateLibrary lib(ws.filePath(QStringLiteral("missing")),
                              ws.filePath(QStringLiteral("user")));
    EXPECT_TRUE(lib.templates().isEmpty());
    ASSERT_EQ(lib.loadErrors().size(), 1);
    EXPECT_TRUE(lib.loadErrors()[0].startsWith(QStringLiteral("no preset templates found")));
    const PromptTemplate fallback = lib.defaultTemplate();
    EXPECT_TRUE(fallback.input.contains(QStringLiteral("{{context}}")));
    EXPECT_TRUE(fallback.input.contains(QStringLiteral("{{goal}}")));
}

TEST(TemplateLibrary_shippedPresets, allLoadAndDescribeThemselves)
{
    TempWorkspace ws;
    const TemplateLibrary lib(TemplateLibrary::defaultPresetDir(), ws.path());
    EXPECT_TRUE(lib.loadErrors().isEmpty())
        << lib.loadErrors().join(QLatin1Char('\n')).toStdString();
    EXPECT_GE(lib.templates().size(), 4);
    for (const PromptTemplate& t : lib.templates()) {
        EXPECT_FALSE(t.description.isEmpty()) << t.name.toStdString();
        EXPECT_TRUE(t.slotNames().contains(QStringLiteral("context"))) << t.name.toStdString();
        EXPECT_TRUE(t.slotNames().contains(QStringLiteral("goal"))) << t.name.toStdString();
    }
    const PromptTemplate report = lib.defaultTemplate();
    EXPECT_EQ(report.name, QStringLiteral("report-generator"));
    EXPECT_TRUE(report.variableNames().isEmpty())
        << "the default must assemble without asking for anything";
    for (const char* asked : {"target metric", "Timeline", "Priorities", "exclusions"})
        EXPECT_TRUE(report.instructions.contains(QString::fromLatin1(asked), Qt::CaseInsensitive))
            << asked;
}

TEST(TemplateLibrary_localizedName, picksTheLanguagesVersionWhenItExists)
{
    Folders f;
    f.ws.write(QStringLiteral("presets/report-generator-ko.cbtemplate"),
               templateText("report-generator-ko", "한국어"));
    const TemplateLibrary lib(f.presets, f.user);
    EXPECT_EQ(lib.localizedName(QStringLiteral("report-generator"), QStringLiteral("ko")),
              QStringLiteral("report-generator-ko"));
    EXPECT_EQ(lib.localizedName(QStringLiteral("report-generator"), QStringLiteral("en")),
              QStringLiteral("report-generator"));
    EXPECT_EQ(lib.localizedName(QStringLiteral("digest"), QStringLiteral("ko")),
              QStringLiteral("digest"))
        << "no Korean version: the name itself";
    EXPECT_EQ(lib.localizedName(QStringLiteral("report-generator"), QString()),
              QStringLiteral("report-generator"));
}

namespace {
bool hasHangul(const QString& text)
{
    int syllables = 0;
    for (const QChar c : text)
        syllables += c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
    return syllables > text.size() / 10;
}
} // namespace

TEST(TemplateLibrary_shippedPresets, haveKoreanVersionsThatAskForAKoreanPlan)
{
    TempWorkspace ws;
    const TemplateLibrary lib(TemplateLibrary::defaultPresetDir(), ws.path());
    for (const char* name :
         {"report-generator", "executive-summary", "red-team-review", "meeting-digest"}) {
        const QString english = QString::fromLatin1(name);
        const QString korean = lib.localizedName(english, QStringLiteral("ko"));
        ASSERT_EQ(korean, english + QStringLiteral("-ko"));
        const PromptTemplate* en = lib.find(english);
        const PromptTemplate* ko = lib.find(korean);
        ASSERT_NE(en, nullptr);
        ASSERT_NE(ko, nullptr);
        EXPECT_TRUE(ko->builtIn);
        EXPECT_TRUE(lib.names().contains(korean)) << "listed beside the English preset";
        EXPECT_EQ(ko->wrap, en->wrap) << name;
        // Same slots and variables, so a value typed for {{audience}} serves both versions.
        const QStringList koSlots = ko->slotNames();
        const QStringList enSlots = en->slotNames();
        EXPECT_EQ(QSet<QString>(koSlots.begin(), koSlots.end()),
                  QSet<QString>(enSlots.begin(), enSlots.end()))
            << name;
        EXPECT_TRUE(hasHangul(ko->instructions)) << name;
        EXPECT_TRUE(hasHangul(ko->description)) << name;
        EXPECT_TRUE(ko->instructions.contains(QStringLiteral("한국어"))) << name;
    }
    const PromptTemplate* report = lib.find(QStringLiteral("report-generator-ko"));
    ASSERT_NE(report, nullptr);
    EXPECT_TRUE(report->variableNames().isEmpty())
        << "the Korean default must assemble without asking for anything";
    for (const char* part : {"목표 지표", "일정", "우선순위", "제외"})
        EXPECT_TRUE(report->instructions.contains(QString::fromUtf8(part))) << part;
}
