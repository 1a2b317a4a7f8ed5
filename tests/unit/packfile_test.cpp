#include "core/common/resourcepaths.h"
#include "core/pack/packfile.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>
#include "cb_test_paths.h"

using namespace Cb::Core;
using Cb::Test::TempWorkspace;

namespace {

Pack samplePack(const QString& dir)
{
    Pack pack;
    pack.title = QStringLiteral("Q3 plan — 한국어 ✓");
    pack.goal = QStringLiteral("Ship it.");
    PackSection notes{PackItem::newId(), QStringLiteral("Notes"), {}, {}};
    PackItem note = PackItem::note(QStringLiteral("First"), QStringLiteral("line 1\nline 2 \"quoted\""));
    note.tags = {QStringLiteral("a"), QStringLiteral("b")};
    note.enabled = false;
    notes.items.append(note);
    PackItem doc;
    doc.id = PackItem::newId();
    doc.kind = PackItem::Kind::Document;
    doc.title = QStringLiteral("spec.md");
    doc.text = QStringLiteral("# Spec\n");
    doc.format = QStringLiteral("markdown");
    doc.sourcePath = dir + QStringLiteral("/docs/spec.md");
    doc.sourceModified = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    doc.sourceSha256 = QStringLiteral("abc");
    doc.sourceBytes = 7;
    notes.items.append(doc);
    pack.sections.append(notes);
    return pack;
}

} // namespace

TEST(PackFile_roundTrip, keepsEveryField)
{
    TempWorkspace ws;
    const Pack pack = samplePack(ws.path());
    const QString path = ws.filePath(QStringLiteral("p.ctxpack"));
    ASSERT_TRUE(PackFile::save(pack, path));
    auto loaded = PackFile::load(path);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->title, pack.title);
    EXPECT_EQ(loaded->goal, pack.goal);
    ASSERT_EQ(loaded->sections.size(), 1);
    const auto& items = loaded->sections[0].items;
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].id, pack.sections[0].items[0].id);
    EXPECT_FALSE(items[0].enabled);
    EXPECT_EQ(items[0].tags, pack.sections[0].items[0].tags);
    EXPECT_EQ(items[0].text, pack.sections[0].items[0].text);
    EXPECT_TRUE(items[1].isDocument());
    EXPECT_EQ(items[1].sourcePath, pack.sections[0].items[1].sourcePath);
    EXPECT_EQ(items[1].sourceModified, pack.sections[0].items[1].sourceModified);
    EXPECT_EQ(loaded->snapshotHash(), pack.snapshotHash());
}

TEST(PackFile_sourcePaths, storedRelativeToThePack)
{
    TempWorkspace ws;
    const QString path = ws.filePath(QStringLiteral("p.ctxpack"));
    ASSERT_TRUE(PackFile::save(samplePack(ws.path()), path));
    const QJsonObject root = QJsonDocument::fromJson(TempWorkspace::read(path)).object();
    const QString stored = root[QStringLiteral("sections")][0][QStringLiteral("items")][1]
                               [QStringLiteral("source")][QStringLiteral("path")].toString();
    EXPECT_EQ(stored, QStringLiteral("docs/spec.md"));
}

TEST(PackFile_unknownFields, arePreservedOnSave)
{
    TempWorkspace ws;
    const QByteArray json = R"({"format":"contextbench.pack","schema_version":1,"title":"T","goal":"",
        "future_top":{"x":1},
        "sections":[{"id":"s","name":"N","future_section":true,
          "items":[{"id":"i","kind":"document","title":"d","text":"t","future_item":[1,2],
                    "source":{"path":"a.txt","future_source":"yes"}}]}]})";
    const QString in = ws.write(QStringLiteral("in.ctxpack"), json);
    auto pack = PackFile::load(in);
    ASSERT_TRUE(pack) << pack.error().message.toStdString();
    const QString out = ws.filePath(QStringLiteral("out.ctxpack"));
    ASSERT_TRUE(PackFile::save(*pack, out));
    const QJsonObject root = QJsonDocument::fromJson(TempWorkspace::read(out)).object();
    EXPECT_EQ(root[QStringLiteral("future_top")][QStringLiteral("x")].toInt(), 1);
    const QJsonObject section = root[QStringLiteral("sections")][0].toObject();
    EXPECT_TRUE(section[QStringLiteral("future_section")].toBool());
    const QJsonObject item = section[QStringLiteral("items")][0].toObject();
    EXPECT_EQ(item[QStringLiteral("future_item")].toArray().size(), 2);
    EXPECT_EQ(item[QStringLiteral("source")][QStringLiteral("future_source")].toString(), QStringLiteral("yes"));
}

TEST(PackFile_malformed, givesClearErrorAndLeavesFileAlone)
{
    TempWorkspace ws;
    const QByteArray bad = R"({"format":"contextbench.pack","schema_version":1,"sections":[{"items":[)";
    const QString path = ws.write(QStringLiteral("bad.ctxpack"), bad);
    auto pack = PackFile::load(path);
    ASSERT_FALSE(pack);
    EXPECT_EQ(pack.error().code, ErrorCode::Parse);
    EXPECT_TRUE(pack.error().message.contains(QStringLiteral("bad.ctxpack")));
    EXPECT_TRUE(pack.error().message.contains(QStringLiteral("byte")));
    EXPECT_EQ(TempWorkspace::read(path), bad);
}

TEST(PackFile_newerVersion, isRefusedWithClearError)
{
    TempWorkspace ws;
    const QString path = ws.write(QStringLiteral("new.ctxpack"),
                                  R"({"format":"contextbench.pack","schema_version":99,"sections":[]})");
    auto pack = PackFile::load(path);
    ASSERT_FALSE(pack);
    EXPECT_EQ(pack.error().code, ErrorCode::NewerSchema);
    EXPECT_TRUE(pack.error().message.contains(QStringLiteral("newer")));
}

TEST(PackFile_notAPack, isRefused)
{
    TempWorkspace ws;
    auto a = PackFile::load(ws.write(QStringLiteral("a.ctxpack"), "[1,2]"));
    ASSERT_FALSE(a);
    auto b = PackFile::load(ws.write(QStringLiteral("b.ctxpack"), R"({"format":"other"})"));
    ASSERT_FALSE(b);
    EXPECT_TRUE(b.error().message.contains(QStringLiteral("Not a ContextBench pack")));
    auto c = PackFile::load(ws.filePath(QStringLiteral("missing.ctxpack")));
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, ErrorCode::NotFound);
}

TEST(PackFile_saveFails, keepsThePreviousFile)
{
    TempWorkspace ws;
    const QString path = ws.filePath(QStringLiteral("p.ctxpack"));
    ASSERT_TRUE(PackFile::save(samplePack(ws.path()), path));
    const QByteArray before = TempWorkspace::read(path);
    // A target whose folder is a file cannot be written: the save fails cleanly.
    ws.write(QStringLiteral("blocker"), "x");
    auto r = PackFile::save(samplePack(ws.path()), ws.filePath(QStringLiteral("blocker/p.ctxpack")));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Io);
    EXPECT_EQ(TempWorkspace::read(path), before);
}

TEST(PackFile_welcomePack, loadsFromResources)
{
    auto pack = PackFile::load(QStringLiteral(CB_SOURCE_DIR "/resources/samples/welcome.ctxpack"));
    ASSERT_TRUE(pack) << pack.error().message.toStdString();
    EXPECT_FALSE(pack->goal.isEmpty());
    EXPECT_GE(pack->itemCount(), 3);
    EXPECT_GE(pack->sectionIndex(QStringLiteral("meetings")), 0);
}

TEST(PackFile_welcomePack, koreanVersionIsChosenForKoreanAndLoads)
{
    const QString korean =
        localizedResourcePath(QStringLiteral("samples/welcome.ctxpack"), QStringLiteral("ko"));
    EXPECT_TRUE(korean.endsWith(QStringLiteral("/samples/welcome-ko.ctxpack"))) << korean.toStdString();
    EXPECT_EQ(localizedResourcePath(QStringLiteral("samples/welcome.ctxpack"), QStringLiteral("en")),
              resourcePath(QStringLiteral("samples/welcome.ctxpack")));
    EXPECT_EQ(localizedResourcePath(QStringLiteral("samples/welcome.ctxpack"), QStringLiteral("xx")),
              resourcePath(QStringLiteral("samples/welcome.ctxpack")))
        << "a language without its own file gets the English one";

    auto pack = PackFile::load(QStringLiteral(CB_SOURCE_DIR "/resources/samples/welcome-ko.ctxpack"));
    ASSERT_TRUE(pack) << pack.error().message.toStdString();
    auto english = PackFile::load(QStringLiteral(CB_SOURCE_DIR "/resources/samples/welcome.ctxpack"));
    ASSERT_TRUE(english);
    EXPECT_TRUE(pack->goal.contains(QStringLiteral("계획"))) << pack->goal.toStdString();
    EXPECT_GE(pack->itemCount(), 3);
    EXPECT_EQ(pack->sections.size(), english->sections.size());
    EXPECT_GE(pack->sectionIndex(QStringLiteral("회의")), 0);
    // Its own ids, so the two packs never collide in recovery files or history.
    for (const PackSection& section : pack->sections)
        for (const PackItem& item : section.items)
            EXPECT_TRUE(item.id.startsWith(QStringLiteral("welcome-ko-"))) << item.id.toStdString();
}
