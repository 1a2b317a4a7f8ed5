#include "core/pack/packdocument.h"
#include "core/pack/packtreemodel.h"
#include "support/packsamples.h"
#include "ui/pack/packeditor.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Cb;
using Core::PackItem;

namespace {

Core::Pack basePack()
{
    Core::Pack pack =
        Cb::Test::PackSamples::withSections({QStringLiteral("Goals"), QStringLiteral("Notes")});
    pack.sections[1].items = {PackItem::note(QStringLiteral("a"), QStringLiteral("A")),
                              PackItem::note(QStringLiteral("b"), QStringLiteral("B")),
                              PackItem::note(QStringLiteral("c"), QStringLiteral("C"))};
    return pack;
}

QStringList layout(const Core::PackDocument& doc)
{
    QStringList out;
    for (const Core::PackSection& s : doc.pack().sections) {
        QStringList items;
        for (const PackItem& i : s.items)
            items.append(i.title + (i.enabled ? QString() : QStringLiteral("(off)")));
        out.append(s.name + QLatin1Char(':') + items.join(QLatin1Char(',')));
    }
    return out;
}

struct EditorFixture
{
    Core::PackDocument doc;
    Core::PackTreeModel model{&doc};
    Ui::PackEditor editor{&doc};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QStringList initial;

    EditorFixture()
    {
        doc.reset(basePack());
        model.setEdits(&editor);
        initial = layout(doc);
    }
    QString id(int s, int r) const { return doc.pack().sections[s].items[r].id; }
    QUndoStack* stack() { return editor.undoStack(); }
    // Undo everything, check the start state, redo back to here, check the state again.
    void roundTrip()
    {
        const QStringList after = layout(doc);
        const int index = stack()->index();
        stack()->setIndex(0);
        EXPECT_EQ(layout(doc), initial);
        stack()->setIndex(index);
        EXPECT_EQ(layout(doc), after);
    }
};

} // namespace

TEST(PackEditor_addAndRemove, undoAndRedoRestoreExactPositions)
{
    EditorFixture f;
    f.editor.addItems(1, 1, {PackItem::note(QStringLiteral("x"), QStringLiteral("X"))});
    f.editor.addItemsToSection(QStringLiteral("Code"),
                               {PackItem::note(QStringLiteral("main"), QStringLiteral("{}"))});
    EXPECT_EQ(layout(f.doc), (QStringList{QStringLiteral("Goals:"), QStringLiteral("Notes:a,x,b,c"),
                                          QStringLiteral("Code:main")}));
    f.editor.removeItems({f.id(1, 0), f.id(1, 3)});
    EXPECT_EQ(layout(f.doc)[1], QStringLiteral("Notes:x,b"));
    EXPECT_EQ(f.stack()->undoText(), QStringLiteral("Delete 2 item(s)"));
    f.stack()->undo();
    EXPECT_EQ(layout(f.doc)[1], QStringLiteral("Notes:a,x,b,c"));
    f.stack()->undo();
    EXPECT_EQ(f.doc.pack().sectionIndex(QStringLiteral("Code")),
              -1); // the section it created goes too
    f.roundTrip();
}

TEST(PackEditor_moveByDrag, isOneUndoStepWithinAndAcrossSections)
{
    EditorFixture f;
    // Drag "a" and "c" onto Goals through the model, as the tree does.
    std::unique_ptr<QMimeData> mime(
        f.model.mimeData({f.model.itemIndex(1, 0), f.model.itemIndex(1, 2)}));
    f.model.dropMimeData(mime.get(), Qt::MoveAction, -1, 0, f.model.sectionIndex(0));
    EXPECT_EQ(layout(f.doc), (QStringList{QStringLiteral("Goals:a,c"), QStringLiteral("Notes:b")}));
    // Drag "c" above "a" within Goals.
    mime.reset(f.model.mimeData({f.model.itemIndex(0, 1)}));
    f.model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, f.model.sectionIndex(0));
    EXPECT_EQ(layout(f.doc)[0], QStringLiteral("Goals:c,a"));
    EXPECT_EQ(f.stack()->count(), 2);
    f.stack()->undo();
    EXPECT_EQ(layout(f.doc)[0], QStringLiteral("Goals:a,c"));
    f.roundTrip();
    // A drop that moves nothing leaves no undo step.
    f.stack()->redo();
    mime.reset(f.model.mimeData({f.model.itemIndex(0, 0)}));
    f.model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, f.model.sectionIndex(0));
    EXPECT_EQ(f.stack()->count(), 2);
}

TEST(PackEditor_renameAndToggle, throughTheModelAreUndoable)
{
    EditorFixture f;
    ASSERT_TRUE(f.model.setData(f.model.itemIndex(1, 1), QStringLiteral("bee"), Qt::EditRole));
    ASSERT_TRUE(f.model.setData(f.model.itemIndex(1, 2), Qt::Unchecked, Qt::CheckStateRole));
    ASSERT_TRUE(f.model.setData(f.model.sectionIndex(0), QStringLiteral("Aims"), Qt::EditRole));
    EXPECT_EQ(layout(f.doc),
              (QStringList{QStringLiteral("Aims:"), QStringLiteral("Notes:a,bee,c(off)")}));
    EXPECT_EQ(f.stack()->count(), 3);
    f.stack()->undo();
    f.stack()->undo();
    EXPECT_EQ(layout(f.doc),
              (QStringList{QStringLiteral("Goals:"), QStringLiteral("Notes:a,bee,c")}));
    f.roundTrip();
}

TEST(PackEditor_updateAndSections, restoreTextTagsAndWholeSections)
{
    EditorFixture f;
    PackItem edited = f.doc.pack().sections[1].items[0];
    edited.text = QStringLiteral("new text");
    edited.tags = {QStringLiteral("t1")};
    f.editor.updateItem(edited.id, edited, QStringLiteral("Edit"));
    f.editor.addSection(QStringLiteral("Code"));
    f.editor.removeSection(1);
    EXPECT_EQ(layout(f.doc), (QStringList{QStringLiteral("Goals:"), QStringLiteral("Code:")}));
    f.stack()->undo();
    EXPECT_EQ(layout(f.doc)[1], QStringLiteral("Notes:a,b,c"));
    EXPECT_EQ(f.doc.pack().sections[1].items[0].text, QStringLiteral("new text"));
    f.stack()->undo();
    f.stack()->undo();
    EXPECT_EQ(f.doc.pack().sections[1].items[0].text, QStringLiteral("A"));
    EXPECT_TRUE(f.doc.pack().sections[1].items[0].tags.isEmpty());
    f.roundTrip();
}

TEST(PackEditor_mergeKey, joinsTheBatchesOfOneImport)
{
    EditorFixture f;
    const QString key = QStringLiteral("import-1");
    f.editor.addItemsToSection(QStringLiteral("Documents"),
                               {PackItem::note(QStringLiteral("d1"), QStringLiteral("1"))}, key);
    f.editor.addItemsToSection(QStringLiteral("Documents"),
                               {PackItem::note(QStringLiteral("d2"), QStringLiteral("2"))}, key);
    f.editor.addItemsToSection(QStringLiteral("Code"),
                               {PackItem::note(QStringLiteral("c1"), QStringLiteral("3"))}, key);
    EXPECT_EQ(f.stack()->count(), 1);
    f.stack()->undo();
    EXPECT_EQ(layout(f.doc), f.initial);
    f.roundTrip();
}

TEST(PackEditor_reset, clearsTheStack)
{
    EditorFixture f;
    f.editor.removeItems({f.id(1, 0)});
    ASSERT_TRUE(f.stack()->canUndo());
    f.doc.reset(basePack());
    EXPECT_FALSE(f.stack()->canUndo());
}
