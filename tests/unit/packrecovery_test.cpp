#include "core/pack/packdocument.h"
#include "core/pack/packfile.h"
#include "core/pack/packrecovery.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::TempWorkspace;

namespace {
Pack onePack(const QString& sourceDir)
{
    Pack pack;
    pack.title = QStringLiteral("Plan");
    PackSection s{PackItem::newId(), QStringLiteral("Documents"), {}, {}};
    PackItem doc;
    doc.id = PackItem::newId();
    doc.kind = PackItem::Kind::Document;
    doc.title = QStringLiteral("spec.md");
    doc.text = QStringLiteral("spec");
    doc.sourcePath = sourceDir + QStringLiteral("/docs/spec.md");
    s.items.append(doc);
    pack.sections.append(s);
    return pack;
}
} // namespace

TEST(PackRecovery_edit, writesRecoveryAfterTheDelayAndRemovesItOnSave)
{
    TempWorkspace ws;
    const QString packPath = ws.filePath(QStringLiteral("plan.ctxpack"));
    ASSERT_TRUE(PackFile::save(onePack(ws.path()), packPath));
    PackDocument doc;
    ASSERT_TRUE(doc.load(packPath));
    PackRecovery recovery(&doc, ws.filePath(QStringLiteral("recovery")));
    recovery.setDelay(10);
    QSignalSpy written(&recovery, &PackRecovery::written);

    doc.setTitle(QStringLiteral("Plan, edited"));
    ASSERT_TRUE(written.wait(5000));
    const QString file = written.first().first().toString();
    EXPECT_EQ(file, PackRecovery::recoveryPathFor(recovery.directory(), packPath));
    ASSERT_TRUE(QFile::exists(file));

    // The entry is offered (newer than the pack) and reads back with the edit and the paths.
    const auto entries = PackRecovery::available(recovery.directory());
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].packPath, packPath);
    auto restored = PackRecovery::read(entries[0]);
    ASSERT_TRUE(restored) << restored.error().message.toStdString();
    EXPECT_EQ(restored->title, QStringLiteral("Plan, edited"));
    EXPECT_EQ(restored->sections[0].items[0].sourcePath,
              ws.path() + QStringLiteral("/docs/spec.md"));
    EXPECT_TRUE(restored->extra.isEmpty()); // the recovery marker does not leak into the pack

    ASSERT_TRUE(doc.save());
    EXPECT_FALSE(QFile::exists(file));
}

TEST(PackRecovery_untouched, writesNothing)
{
    TempWorkspace ws;
    PackDocument doc;
    doc.reset(onePack(ws.path()));
    PackRecovery recovery(&doc, ws.filePath(QStringLiteral("recovery")));
    recovery.setDelay(0);
    recovery.writeNow();
    QSignalSpy written(&recovery, &PackRecovery::written);
    EXPECT_FALSE(written.wait(200));
    EXPECT_TRUE(PackRecovery::available(recovery.directory()).isEmpty());
}

TEST(PackRecovery_discard, removesTheFileAndALateWriteRemovesItself)
{
    TempWorkspace ws;
    PackDocument doc;
    doc.reset(onePack(ws.path()));
    PackRecovery recovery(&doc, ws.filePath(QStringLiteral("recovery")));
    recovery.setDelay(0);
    doc.setGoal(QStringLiteral("a goal"));
    QSignalSpy written(&recovery, &PackRecovery::written);
    ASSERT_TRUE(written.wait(5000));
    EXPECT_TRUE(recovery.currentRecoveryPath().contains(QStringLiteral("untitled-")));
    EXPECT_EQ(PackRecovery::available(recovery.directory()).size(), 1);
    recovery.discard();
    EXPECT_TRUE(PackRecovery::available(recovery.directory()).isEmpty());

    // A write already on its way when the user discards must not leave a file behind.
    doc.setGoal(QStringLiteral("another goal"));
    recovery.writeNow();
    recovery.discard();
    QTest::qWait(300);
    EXPECT_TRUE(QDir(recovery.directory()).entryList(QDir::Files).isEmpty());
}

TEST(PackRecovery_olderThanPack, isDroppedNotOffered)
{
    TempWorkspace ws;
    const QString packPath = ws.filePath(QStringLiteral("plan.ctxpack"));
    const QString dir = ws.filePath(QStringLiteral("recovery"));
    const QString file = PackRecovery::recoveryPathFor(dir, packPath);
    ASSERT_TRUE(PackRecovery::write(onePack(ws.path()), packPath, file));
    QFile(file).setFileTime(QDateTime::currentDateTime().addSecs(-60),
                            QFileDevice::FileModificationTime);
    ASSERT_TRUE(PackFile::save(onePack(ws.path()), packPath)); // saved after the recovery
    EXPECT_TRUE(PackRecovery::available(dir).isEmpty());
    EXPECT_FALSE(QFile::exists(file));
}
