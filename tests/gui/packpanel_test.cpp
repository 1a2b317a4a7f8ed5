#include "core/pack/packdocument.h"
#include "core/pack/packfiltermodel.h"
#include "core/pack/packsourcewatcher.h"
#include "core/pack/packtreemodel.h"
#include "support/packsamples.h"
#include "support/tempworkspace.h"
#include "ui/pack/heaviestitemsdialog.h"
#include "ui/pack/importstatuswidget.h"
#include "ui/pack/itemeditordialog.h"
#include "ui/pack/packeditor.h"
#include "ui/pack/packimporter.h"
#include "ui/pack/packpanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Cb;
using Cb::Test::TempWorkspace;
using Core::PackItem;
using Core::PackTreeModel;

namespace {

Core::Pack startPack()
{
    Core::Pack pack =
        Cb::Test::PackSamples::withSections({QStringLiteral("Goals"), QStringLiteral("Notes")});
    pack.sections[1].items = {
        PackItem::note(QStringLiteral("alpha"), QStringLiteral("first note")),
        PackItem::note(QStringLiteral("beta"), QStringLiteral("second note"))};
    return pack;
}

struct PanelFixture
{
    Core::PackDocument doc;
    Ui::PackPanel panel{&doc};
    PanelFixture()
    {
        doc.reset(startPack());
        panel.resize(520, 700);
        panel.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&panel));
    }
    QTreeView* tree() const { return panel.treeView(); }
    QModelIndex viewIndexOf(int s, int r) const
    {
        return panel.filterModel()->mapFromSource(r < 0 ? panel.model()->sectionIndex(s)
                                                        : panel.model()->itemIndex(s, r));
    }
};

QStringList titlesIn(const Core::PackDocument& doc, const QString& section)
{
    QStringList out;
    const int s = doc.pack().sectionIndex(section);
    for (const PackItem& i : doc.pack().sections.value(s).items)
        out.append(i.title);
    return out;
}

// What a drag from another application does: enter, move to the spot, drop.
void dropOnTree(QTreeView* tree, QPoint at, QMimeData* mime)
{
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &move);
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &drop);
}

} // namespace

TEST(PackPanel_delete, removesSelectedItemsWithUndo)
{
    PanelFixture f;
    f.tree()->setCurrentIndex(f.viewIndexOf(1, 0));
    QTest::keyClick(f.tree(), Qt::Key_Delete);
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Notes")), QStringList{QStringLiteral("beta")});
    f.panel.undoStack()->undo();
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Notes")),
              (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    f.panel.undoStack()->redo();
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Notes")), QStringList{QStringLiteral("beta")});
}

TEST(PackPanel_pasteText, becomesANoteInTheCurrentSection)
{
    PanelFixture f;
    f.tree()->setCurrentIndex(f.viewIndexOf(1, 0));
    QApplication::clipboard()->setText(
        QStringLiteral("Decision: ship on May 5\nbecause the partner needs it."));
    QTest::keyClick(f.tree(), Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Notes")),
              (QStringList{QStringLiteral("alpha"), QStringLiteral("Decision: ship on May 5"),
                           QStringLiteral("beta")}));
    EXPECT_TRUE(f.panel.undoStack()->canUndo());
}

TEST(PackPanel_dropText, onASectionAddsANoteThere)
{
    PanelFixture f;
    QMimeData mime;
    mime.setText(QStringLiteral("Remember the budget cap"));
    const QRect rect = f.tree()->visualRect(f.viewIndexOf(0, -1));
    dropOnTree(f.tree(), rect.center(), &mime);
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Goals")),
              QStringList{QStringLiteral("Remember the budget cap")});
}

TEST(PackPanel_filterBox, narrowsTheTreeAndPassesModelChecks)
{
    PanelFixture f;
    QAbstractItemModelTester tester(f.panel.filterModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* filter = f.panel.findChild<QLineEdit*>(QStringLiteral("packFilter"));
    ASSERT_NE(filter, nullptr);
    QTest::keyClicks(filter, QStringLiteral("second"));
    QTRY_COMPARE(f.panel.filterModel()->filterText(), QStringLiteral("second"));
    ASSERT_EQ(f.tree()->model()->rowCount(), 1);
    const QModelIndex notes = f.tree()->model()->index(0, 0);
    ASSERT_EQ(f.tree()->model()->rowCount(notes), 1);
    EXPECT_EQ(f.tree()->model()->index(0, 0, notes).data(Qt::EditRole).toString(),
              QStringLiteral("beta"));
    // Deleting while filtered removes the visible item, not whatever shares its row number.
    f.tree()->setCurrentIndex(f.tree()->model()->index(0, 0, notes));
    QTest::keyClick(f.tree(), Qt::Key_Delete);
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Notes")), QStringList{QStringLiteral("alpha")});
}

TEST(PackPanel_duplicates, areMarkedAndTheCopiesRemovedOnRequest)
{
    PanelFixture f;
    f.panel.editor()->addItemsToSection(
        QStringLiteral("Notes"),
        {PackItem::note(QStringLiteral("alpha again"), QStringLiteral("first note"))});
    auto* banner = f.panel.findChild<QLabel*>(QStringLiteral("duplicatesBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    const QModelIndex copy = f.panel.model()->itemIndex(1, 2);
    EXPECT_TRUE(copy.data(Qt::ToolTipRole).toString().contains(QStringLiteral("“alpha” (Notes)")));
    Q_EMIT banner->linkActivated(QStringLiteral("remove"));
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Notes")),
              (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    EXPECT_FALSE(banner->isVisible());
}

TEST(PackPanel_editNote, doubleClickOpensTheEditorAndSavesTitleTagsText)
{
    PanelFixture f;
    const QModelIndex idx = f.viewIndexOf(1, 1);
    f.tree()->scrollTo(idx);
    const QPoint at = f.tree()->visualRect(idx).center();
    QTest::mouseClick(f.tree()->viewport(), Qt::LeftButton, {},
                      at); // a double click starts with a press
    QTest::mouseDClick(f.tree()->viewport(), Qt::LeftButton, {}, at);
    auto* dialog = f.panel.findChild<Ui::ItemEditorDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->titleEdit()->setText(QStringLiteral("beta, edited"));
    dialog->tagsEdit()->setText(QStringLiteral("launch, q3 ,launch"));
    dialog->textEdit()->setPlainText(QStringLiteral("new body"));
    dialog->accept();
    const PackItem& item = f.doc.pack().sections[1].items[1];
    EXPECT_EQ(item.title, QStringLiteral("beta, edited"));
    EXPECT_EQ(item.tags, (QStringList{QStringLiteral("launch"), QStringLiteral("q3")}));
    EXPECT_EQ(item.text, QStringLiteral("new body"));
    f.panel.undoStack()->undo();
    EXPECT_EQ(f.doc.pack().sections[1].items[1].text, QStringLiteral("second note"));
}

TEST(PackPanel_heaviestItems, listsItemsSortedBySize)
{
    PanelFixture f;
    f.panel.editor()->addItems(
        0, -1, {PackItem::note(QStringLiteral("huge"), QString(5000, QLatin1Char('x')))});
    f.panel.showHeaviestItems();
    auto* dialog = f.panel.findChild<Ui::HeaviestItemsDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->list()->topLevelItemCount(), 3);
    EXPECT_EQ(dialog->list()->topLevelItem(0)->text(0), QStringLiteral("huge"));
    dialog->list()->sortByColumn(2, Qt::AscendingOrder);
    EXPECT_EQ(dialog->list()->topLevelItem(2)->text(0), QStringLiteral("huge"));
    EXPECT_EQ(dialog->list()->topLevelItem(0)->text(3),
              QStringLiteral("–")); // tokens not counted yet
    dialog->close();
}

TEST(PackPanel_sourceChanged, isMarkedAndShownInTheBanner)
{
    TempWorkspace ws;
    const QString path = ws.write(QStringLiteral("plan.md"), "# Plan\n");
    PanelFixture f;
    f.panel.editor()->addItems(1, -1,
                               {Cb::Test::PackSamples::documentFor(path, QStringLiteral("# Plan\n"))});
    QSignalSpy stale(f.panel.sourceWatcher(), &Core::PackSourceWatcher::staleItemsChanged);
    ws.write(QStringLiteral("plan.md"), "# Plan\n\nNew section added later.\n");
    ASSERT_TRUE(stale.wait(5000));
    auto* banner = f.panel.findChild<QLabel*>(QStringLiteral("staleBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("changed on disk")));
    const QModelIndex item = f.panel.model()->itemIndex(1, 2);
    EXPECT_FALSE(item.data(PackTreeModel::StaleReasonRole).toString().isEmpty());
}

TEST(PackPanel_dropFiles, importsThemInTheBackgroundWithAReport)
{
    TempWorkspace ws;
    const QString notes = ws.write(QStringLiteral("in/notes.md"), "# Notes\nShip in May.\n");
    const QString code = ws.write(QStringLiteral("in/main.cpp"), "int main() { return 0; }\n");
    const QString call =
        ws.write(QStringLiteral("in/call.vtt"),
                 "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAna: Pricing slipped.\n");
    const QString binary = ws.write(QStringLiteral("in/blob.bin"),
                                    QByteArray("\x00\x01\x02\x03\xff\xfe", 6).repeated(100));
    PanelFixture f;
    QSignalSpy done(f.panel.importer(), &Ui::PackImporter::importFinished);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(notes), QUrl::fromLocalFile(code), QUrl::fromLocalFile(call),
                  QUrl::fromLocalFile(binary)});
    // Dropped on the empty area below the items: sections are chosen by format.
    dropOnTree(f.tree(),
               QPoint(f.tree()->viewport()->width() / 2, f.tree()->viewport()->height() - 5),
               &mime);
    EXPECT_TRUE(f.panel.importStatus()->isVisible());
    ASSERT_TRUE(done.wait(20000));
    EXPECT_EQ(done.first().at(0).toInt(), 3);
    EXPECT_EQ(done.first().at(1).toInt(), 1);
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Documents")),
              QStringList{QStringLiteral("notes.md")});
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Code")), QStringList{QStringLiteral("main.cpp")});
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Meetings")), QStringList{QStringLiteral("call.vtt")});
    // The bad file is listed with its reason; the report does not block anything.
    auto* issues = f.panel.importStatus()->issueList();
    ASSERT_EQ(issues->topLevelItemCount(), 1);
    EXPECT_EQ(issues->topLevelItem(0)->text(0), QStringLiteral("blob.bin"));
    EXPECT_TRUE(
        f.panel.importStatus()->summaryLabel()->text().contains(QStringLiteral("1 failed")));
    // The whole import is one undo step.
    f.panel.undoStack()->undo();
    EXPECT_EQ(f.doc.pack().itemCount(), 2);
    EXPECT_EQ(f.doc.pack().sectionIndex(QStringLiteral("Code")), -1);
}

TEST(PackPanel_dropFolderOnSection, putsEverythingThereAndRefreshReimports)
{
    TempWorkspace ws;
    ws.write(QStringLiteral("repo/a.md"), "alpha\n");
    const QString b = ws.write(QStringLiteral("repo/b.txt"), "bravo\n");
    ws.write(QStringLiteral("repo/.gitignore"), "build/\n");
    ws.write(QStringLiteral("repo/build/out.txt"), "ignored\n");
    PanelFixture f;
    QSignalSpy done(f.panel.importer(), &Ui::PackImporter::importFinished);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(ws.filePath(QStringLiteral("repo")))});
    dropOnTree(f.tree(), f.tree()->visualRect(f.viewIndexOf(0, -1)).center(), &mime);
    ASSERT_TRUE(done.wait(20000));
    const QStringList goals = titlesIn(f.doc, QStringLiteral("Goals"));
    EXPECT_TRUE(goals.contains(QStringLiteral("a.md")));
    EXPECT_TRUE(goals.contains(QStringLiteral("b.txt")));
    EXPECT_FALSE(goals.contains(QStringLiteral("out.txt")));

    // Change b.txt on disk: the item is marked, and Refresh re-imports it.
    QSignalSpy stale(f.panel.sourceWatcher(), &Core::PackSourceWatcher::staleItemsChanged);
    ws.write(QStringLiteral("repo/b.txt"), "bravo, rewritten and longer\n");
    ASSERT_TRUE(stale.wait(5000));
    ASSERT_EQ(f.panel.sourceWatcher()->staleItems().size(), 1);
    f.panel.refreshItems(f.panel.sourceWatcher()->staleItems().keys());
    ASSERT_TRUE(done.wait(20000));
    const int goalsIndex = f.doc.pack().sectionIndex(QStringLiteral("Goals"));
    bool found = false;
    for (const PackItem& item : f.doc.pack().sections[goalsIndex].items)
        if (QFileInfo(item.sourcePath) == QFileInfo(b)) {
            found = true;
            EXPECT_TRUE(item.text.contains(QStringLiteral("rewritten")));
        }
    EXPECT_TRUE(found);
    QTRY_VERIFY(f.panel.sourceWatcher()->staleItems().isEmpty());
}

TEST(PackPanel_dragItems, reordersThroughTheViewModelWithUndo)
{
    PanelFixture f;
    // Model-level drop with the item-ids MIME, as QTreeView's drag does, through the filter proxy.
    QAbstractItemModel* view = f.tree()->model();
    std::unique_ptr<QMimeData> mime(view->mimeData({f.viewIndexOf(1, 1)}));
    ASSERT_TRUE(mime);
    view->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, f.viewIndexOf(1, -1));
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Notes")),
              (QStringList{QStringLiteral("beta"), QStringLiteral("alpha")}));
    mime.reset(view->mimeData({f.viewIndexOf(1, 0)}));
    view->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, f.viewIndexOf(0, -1)); // onto the section
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Goals")), QStringList{QStringLiteral("beta")});
    f.panel.undoStack()->undo();
    f.panel.undoStack()->undo();
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Notes")),
              (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
}
