// Shareable .ctxpack export: snapshots embedded, the author's folders and any key left out.
#include "core/pack/packfile.h"
#include "formats/export/packexporter.h"
#include "support/tempworkspace.h"

#include <gtest/gtest.h>

using namespace Cb::Core;
using namespace Cb::Formats;
using Cb::Test::TempWorkspace;

TEST(PackExporter_shareable, embedsSnapshotsDropsFoldersAndKeys)
{
    Pack pack;
    pack.title = QStringLiteral("Seoul pilot");
    pack.goal = QStringLiteral("Decide the pilot size");
    PackItem doc;
    doc.id = PackItem::newId();
    doc.kind = PackItem::Kind::Document;
    doc.title = QStringLiteral("sync-review.md");
    doc.text =
        QStringLiteral("Notes. Test key: sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWx. 오프라인 메모");
    doc.sourcePath = QStringLiteral("/home/mina/private/meetings/sync-review.md");
    doc.sourceBytes = 120;
    pack.sections.append(PackSection{QStringLiteral("s1"), QStringLiteral("Meetings"), {doc}, {}});
    pack.sections[0].items.append(
        PackItem::note(QStringLiteral("Goal"), QStringLiteral("40 or 120 users")));

    TempWorkspace ws;
    const QString path = ws.filePath(QStringLiteral("seoul.ctxpack"));
    ASSERT_TRUE(PackExporter::exportPack(pack, path));
    const QByteArray bytes = TempWorkspace::read(path);
    EXPECT_FALSE(bytes.contains("/home/mina"));
    EXPECT_FALSE(bytes.contains("AbCdEfGhIjKlMnOpQrStUvWx"));

    auto back = PackFile::load(path);
    ASSERT_TRUE(back) << back.error().message.toStdString();
    ASSERT_EQ(back->sections.size(), 1);
    ASSERT_EQ(back->sections[0].items.size(), 2);
    const PackItem& item = back->sections[0].items[0];
    EXPECT_TRUE(item.text.startsWith(QStringLiteral("Notes. Test key: [redacted].")));
    EXPECT_TRUE(item.text.endsWith(QStringLiteral("오프라인 메모")));
    EXPECT_TRUE(item.sourcePath.endsWith(QStringLiteral("/sync-review.md")));
    EXPECT_EQ(back->sections[0].items[1].text, QStringLiteral("40 or 120 users"));
}
