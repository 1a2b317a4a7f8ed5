#include "core/pack/packdocument.h"
#include "core/pack/packtreemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

Pack threeItemPack()
{
    Pack pack;
    pack.title = QStringLiteral("T");
    for (const char* name : {"Goals", "Notes"}) {
        PackSection s;
        s.id = PackItem::newId();
        s.name = QString::fromLatin1(name);
        pack.sections.append(s);
    }
    pack.sections[1].items = {PackItem::note(QStringLiteral("a"), QStringLiteral("A")),
                              PackItem::note(QStringLiteral("b"), QStringLiteral("B")),
                              PackItem::note(QStringLiteral("c"), QStringLiteral("C"))};
    return pack;
}

QStringList titles(const PackDocument& doc, int section)
{
    QStringList out;
    for (const PackItem& i : doc.pack().sections[section].items)
        out.append(i.title);
    return out;
}

} // namespace

TEST(PackTreeModel_edits, passModelTesterChecks)
{
    PackDocument doc;
    PackTreeModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    doc.reset(threeItemPack());
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowCount(model.sectionIndex(1)), 3);
    doc.insertItems(0, -1, {PackItem::note(QStringLiteral("g"), QStringLiteral("G"))});
    doc.moveItem(1, 0, 1, 2);
    EXPECT_EQ(titles(doc, 1), (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
    doc.moveItem(1, 2, 0, 0);
    EXPECT_EQ(titles(doc, 0), (QStringList{QStringLiteral("a"), QStringLiteral("g")}));
    doc.setItemEnabled(0, 0, false);
    EXPECT_EQ(model.itemIndex(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    doc.removeItem(1, 0);
    doc.addSection(QStringLiteral("Code"));
    doc.removeSection(0);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_TRUE(doc.isModified());
}

TEST(PackTreeModel_checkbox, togglesItemEnabled)
{
    PackDocument doc;
    doc.reset(threeItemPack());
    PackTreeModel model(&doc);
    QSignalSpy changed(&doc, &PackDocument::contentChanged);
    ASSERT_TRUE(model.setData(model.itemIndex(1, 1), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_FALSE(doc.pack().sections[1].items[1].enabled);
    EXPECT_EQ(changed.count(), 1);
}

TEST(PackTreeModel_dragDrop, reordersWithinAndAcrossSections)
{
    PackDocument doc;
    doc.reset(threeItemPack());
    PackTreeModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Drag "a" below "c" in the same section.
    std::unique_ptr<QMimeData> mime(model.mimeData({model.itemIndex(1, 0)}));
    ASSERT_TRUE(mime);
    model.dropMimeData(mime.get(), Qt::MoveAction, 3, 0, model.sectionIndex(1));
    EXPECT_EQ(titles(doc, 1), (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
    // Drag "c" onto the Goals section.
    mime.reset(model.mimeData({model.itemIndex(1, 1)}));
    model.dropMimeData(mime.get(), Qt::MoveAction, -1, 0, model.sectionIndex(0));
    EXPECT_EQ(titles(doc, 0), QStringList{QStringLiteral("c")});
    EXPECT_EQ(titles(doc, 1), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
}

TEST(PackTreeModel_dropFiles, isHandedToTheImporter)
{
    PackDocument doc;
    doc.reset(threeItemPack());
    PackTreeModel model(&doc);
    QSignalSpy dropped(&model, &PackTreeModel::filesDropped);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/x.md"))});
    EXPECT_TRUE(model.dropMimeData(&mime, Qt::CopyAction, -1, 0, model.sectionIndex(0)));
    ASSERT_EQ(dropped.count(), 1);
    EXPECT_EQ(dropped[0][1].toInt(), 0);
    // Below the last section: no section, the importer chooses by format.
    EXPECT_TRUE(model.dropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
    ASSERT_EQ(dropped.count(), 2);
    EXPECT_EQ(dropped[1][1].toInt(), -1);
}
