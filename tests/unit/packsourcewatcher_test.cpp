#include "core/pack/packdocument.h"
#include "core/pack/packfile.h"
#include "core/pack/packsourcewatcher.h"
#include "support/packsamples.h"
#include "support/tempworkspace.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Cb::Core;
using Cb::Test::TempWorkspace;

namespace {
Pack packWith(const QList<PackItem>& items)
{
    Pack pack;
    pack.sections.append(PackSection{PackItem::newId(), QStringLiteral("Documents"), items, {}});
    return pack;
}
} // namespace

TEST(PackSourceWatcher_fileChanged, marksTheItemStale)
{
    TempWorkspace ws;
    const QString path = ws.write(QStringLiteral("notes.md"), "first version\n");
    PackDocument doc;
    doc.reset(packWith({Cb::Test::PackSamples::documentFor(path)}));
    PackSourceWatcher watcher(&doc);
    EXPECT_TRUE(watcher.staleItems().isEmpty());
    EXPECT_EQ(watcher.watchedPaths(), QStringList{QFileInfo(path).absoluteFilePath()});

    QSignalSpy changed(&watcher, &PackSourceWatcher::staleItemsChanged);
    ws.write(QStringLiteral("notes.md"), "second, longer version\n");
    ASSERT_TRUE(changed.wait(5000));
    const QString id = doc.pack().sections[0].items[0].id;
    ASSERT_TRUE(watcher.staleItems().contains(id));
    EXPECT_TRUE(watcher.staleItems().value(id).contains(QStringLiteral("changed on disk")));

    // A refresh updates the snapshot's facts: the item is current again.
    doc.updateItem(0, 0, Cb::Test::PackSamples::documentFor(path));
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_TRUE(watcher.staleItems().isEmpty());
}

TEST(PackSourceWatcher_fileRemoved, saysTheSourceIsMissing)
{
    TempWorkspace ws;
    const QString path = ws.write(QStringLiteral("memo.txt"), "x");
    PackDocument doc;
    doc.reset(packWith({Cb::Test::PackSamples::documentFor(path)}));
    PackSourceWatcher watcher(&doc);
    QSignalSpy changed(&watcher, &PackSourceWatcher::staleItemsChanged);
    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_TRUE(watcher.staleItems().begin().value().contains(QStringLiteral("missing")));
}

TEST(PackSourceWatcher_openedAfterEdit, isStaleFromTheStart)
{
    TempWorkspace ws;
    const QString path = ws.write(QStringLiteral("a.md"), "one");
    PackItem item = Cb::Test::PackSamples::documentFor(path);
    ws.write(QStringLiteral("a.md"), "changed while the app was closed");
    PackDocument doc;
    PackSourceWatcher watcher(&doc);
    doc.reset(packWith({item}));
    EXPECT_EQ(watcher.staleItems().size(), 1);
}
