#include "core/pack/packdocument.h"
#include "core/pack/packfiltermodel.h"
#include "core/pack/packsourcewatcher.h"
#include "core/pack/packtreemodel.h"
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
using Core::PackItem;
using Core::PackTreeModel;
using Cb::Test::TempWorkspace;

namespace {

Core::Pack startPack()
{
    Core::Pack pack;
    for (const char* name : {"Goals", "Notes"}) {
        Core::PackSection s;
        s.id = PackItem::newId();
        s.name = QString::fromLatin1(name);
        pack.sections.append(s);
    }
    pack.sections[1].items = {PackItem::note(QStringLiteral("alpha"), QStringLiteral("first note")),
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
        return panel.filterModel()->mapFromSource(r < 0 ? panel.model()->sectionIndex(s) : panel.model()->itemIndex(s, r));
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
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Notes")), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    f.panel.undoStack()->redo();
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Notes")), QStringList{QStringLiteral("beta")});
}

TEST(PackPanel_pasteText, becomesANoteInTheCurrentSection)
{
    PanelFixture f;
    f.tree()->setCurrentIndex(f.viewIndexOf(1, 0));
    QApplication::clipboard()->setText(QStringLiteral("Decision: ship on May 5\nbecause the partner needs it."));
    QTest::keyClick(f.tree(), Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Notes")),
              (QStringList{QStringLiteral("alpha"), QStringLiteral("Decision: ship on May 5"), QStringLiteral("beta")}));
    EXPECT_TRUE(f.panel.undoStack()->canUndo());
}

TEST(PackPanel_dropText, onASectionAddsANoteThere)
{
    PanelFixture f;
    QMimeData mime;
    mime.setText(QStringLiteral("Remember the budget cap"));
    const QRect rect = f.tree()->visualRect(f.viewIndexOf(0, -1));
    dropOnTree(f.tree(), rect.center(), &mime);
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Goals")), QStringList{QStringLiteral("Remember the budget cap")});
}

TEST(PackPanel_filterBox, narrowsTheTreeAndPassesModelChecks)
{
    PanelFixture f;
    QAbstractItemModelTester tester(f.panel.filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* filter = f.panel.findChild<QLineEdit*>(QStringLiteral("packFilter"));
    ASSERT_NE(filter, nullptr);
    QTest::keyClicks(filter, QStringLiteral("second"));
    QTRY_COMPARE(f.panel.filterModel()->filterText(), QStringLiteral("second"));
    ASSERT_EQ(f.tree()->model()->rowCount(), 1);
    const QModelIndex notes = f.tree()->model()->index(0, 0);
    ASSERT_EQ(f.tree()->model()->rowCount(notes), 1);
    EXPECT_EQ(f.tree()->model()->index(0, 0, notes).data(Qt::EditRole).toString(), QStringLiteral("beta"));
    // Deleting while filtered removes the visible item, not whatever shares its row number.
    f.tree()->setCurrentIndex(f.tree()->model()->index(0, 0, notes));
    QTest::keyClick(f.tree(), Qt::Key_Delete);
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Notes")), QStringList{QStringLiteral("alpha")});
}

TEST(PackPanel_duplicates, areMarkedAndTheCopiesRemovedOnRequest)
{
    PanelFixture f;
    f.panel.editor()->addItemsToSection(QStringLiteral("Notes"), {PackItem::note(QStringLiteral("alpha again"), QStringLiteral("first note"))});
    auto* banner = f.panel.findChild<QLabel*>(QStringLiteral("duplicatesBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    const QModelIndex copy = f.panel.model()->itemIndex(1, 2);
    EXPECT_TRUE(copy.data(Qt::ToolTipRole).toString().contains(QStringLiteral("“alpha” (Notes)")));
    Q_EMIT banner->linkActivated(QStringLiteral("remove"));
    EXPECT_EQ(titlesIn(f.doc, QStringLiteral("Notes")), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    EXPECT_FALSE(banner->isVisible());
}

TEST(PackPanel_editNote, doubleClickOpensTheEditorAndSavesTitleTagsText)
{
    PanelFixture f;
    const QModelIndex idx = f.viewIndexOf(1, 1);
    f.tree()->scrollTo(idx);
    const QPoint at = f.tree()->visualRect(idx).center();
    QTest::mouseClick(f.tree()->viewport(), Qt::LeftButton, {}, at); // a double click starts with a press
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
    f.panel.editor()->addItems(0, -1, {PackItem::note(QStringLiteral("huge"), QString(5000, QLatin1Char('x')))});
    f.panel.showHeaviestItems();
    auto* dialog = f.panel.findChild<Ui::HeaviestItemsDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->list()->topLevelItemCount(), 3);
    EXPECT_EQ(dialog->list()->topLevelItem(0)->text(0), QStringLiteral("huge"));
    dialog->list()->sortByColumn(2, Qt::AscendingOrder);
    EXPECT_EQ(dialog->list()->topLevelItem(2)->text(0), QStringLiteral("huge"));
    EXPECT_EQ(dialog->list()->topLevelItem(0)->text(3), QStringLiteral("–")); // tokens not counted yet
    dialog->close();
}

TEST(PackPanel_sourceChanged, isMarkedAndShownInTheBanner)
{
    TempWorkspace ws;
    const QString path = ws.write(QStringLiteral("plan.md"), "# Plan\n");
    const QFileInfo info(path);
    PanelFixture f;
    PackItem doc;
    doc.kind = PackItem::Kind::Document;
    doc.title = QStringLiteral("plan.md");
    doc.text = QStringLiteral("# Plan\n");
    doc.format = QStringLiteral("markdown");
    doc.sourcePath = info.absoluteFilePath();
    doc.sourceModified = info.lastModified();
    doc.sourceBytes = info.size();
    f.panel.editor()->addItems(1, -1, {doc});
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
