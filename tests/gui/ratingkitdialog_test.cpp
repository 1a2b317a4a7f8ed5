// Rating kits from the window: the comparison panel's "Rating kits…" button and the dialog that
// writes one kit per rater (off the GUI thread) and records them.
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/rating/ratingkitstore.h"
#include "core/run/runsession.h"
#include "gui/comparesessions.h"
#include "gui/screenshots.h"
#include "support/tempworkspace.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/ratingkitdialog.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Cb;

TEST(RatingKitDialog_make, twoRaters_writesTwoKitsRecordsThemAndShowsThePaths)
{
    Cb::Test::TempWorkspace ws;
    auto db = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(db);
    Core::HistoryStore store(**db);
    Core::RunRecord run = Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 3, true);
    ASSERT_TRUE(store.insertRun(run));

    Ui::RatingKitDialog dialog(store, Ui::RatingKitDialog::Of::Run, run.id);
    dialog.resize(600, 460);
    EXPECT_TRUE(dialog.summaryLabel()->text().contains(QStringLiteral("same 3 pairs")));
    EXPECT_FALSE(dialog.makeButton()->isEnabled()); // no rater yet
    dialog.addRater(QStringLiteral("Ana"));
    dialog.addRater(QStringLiteral("  "));
    dialog.addRater(QStringLiteral("Ben"));
    EXPECT_EQ(dialog.raterList()->count(), 2);
    // Typing a name and pressing Enter adds it once.
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("raterName"));
    ASSERT_NE(name, nullptr);
    dialog.show();
    QTest::keyClicks(name, QStringLiteral("Cy"));
    QTest::keyClick(name, Qt::Key_Return);
    EXPECT_EQ(dialog.raterList()->count(), 3);
    EXPECT_TRUE(name->text().isEmpty());
    dialog.raterList()->setCurrentRow(2);
    ASSERT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("removeRaterButton"))->isEnabled());
    dialog.findChild<QPushButton*>(QStringLiteral("removeRaterButton"))->click();
    EXPECT_EQ(dialog.raterList()->count(), 2);
    dialog.setFolder(ws.filePath(QStringLiteral("kits")));
    ASSERT_TRUE(dialog.makeButton()->isEnabled());
    QSignalSpy written(&dialog, &Ui::RatingKitDialog::kitsWritten);
    dialog.makeButton()->click();
    ASSERT_TRUE(written.wait(20000));
    ASSERT_EQ(dialog.writtenPaths().size(), 2);
    for (const QString& path : dialog.writtenPaths())
        EXPECT_TRUE(QFileInfo::exists(path)) << path.toStdString();
    EXPECT_EQ(QFileInfo(dialog.writtenPaths()[1]).fileName(), QStringLiteral("rating-kit-Ben.html"));
    EXPECT_TRUE(dialog.resultLabel()->text().contains(QStringLiteral("rating-kit-Ana.html")));
    EXPECT_FALSE(dialog.openFolderButton()->isHidden());
    auto kits = Core::RatingKitStore(**db).forRun(run.id);
    ASSERT_TRUE(kits);
    ASSERT_EQ(kits->size(), 2);
    EXPECT_EQ((*kits)[0].raterName, QStringLiteral("Ana"));
    EXPECT_EQ((*kits)[0].items.size(), 3);
    dialog.show();
    Cb::Test::saveScreenshot(&dialog, QStringLiteral("rating-kit-dialog"));
}

TEST(RatingKitDialog_make, oneModelOnly_saysThereIsNothingToJudge)
{
    Cb::Test::TempWorkspace ws;
    auto db = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(db);
    Core::HistoryStore store(**db);
    Core::RunRecord run = Cb::Test::compareRun({QStringLiteral("o3")}, 3, true);
    ASSERT_TRUE(store.insertRun(run));
    Ui::RatingKitDialog dialog(store, Ui::RatingKitDialog::Of::Run, run.id);
    dialog.addRater(QStringLiteral("Ana"));
    EXPECT_FALSE(dialog.makeButton()->isEnabled());
    EXPECT_TRUE(dialog.resultLabel()->text().contains(QStringLiteral("nothing to judge")));

    Ui::RatingKitDialog missing(store, Ui::RatingKitDialog::Of::Experiment, 42);
    EXPECT_TRUE(missing.resultLabel()->text().contains(QStringLiteral("no experiment 42")));
}

TEST(ComparePanel_ratingKits, buttonEnabledOnlyWhenTwoModelsAnsweredAndOpensTheDialog)
{
    Cb::Test::TempWorkspace ws;
    auto db = Core::Database::open(ws.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(db);
    Core::HistoryStore store(**db);
    Core::RunRecord single = Cb::Test::compareRun({QStringLiteral("o3")}, 2, true);
    Core::RunRecord pair = Cb::Test::compareRun({QStringLiteral("o3"), QStringLiteral("o3-pro")}, 1, true);
    ASSERT_TRUE(store.insertRun(single));
    ASSERT_TRUE(store.insertRun(pair));
    auto one = std::make_unique<Core::RunSession>(single);
    auto two = std::make_unique<Core::RunSession>(pair);
    Ui::ComparePanel panel;
    panel.setHistoryStore(&store);
    panel.showSession(one.get());
    QToolButton* button = panel.toolButton(QStringLiteral("ratingKitButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isEnabled());
    panel.showSession(two.get());
    EXPECT_TRUE(button->isEnabled());
    button->click();
    auto* dialog = panel.findChild<Ui::RatingKitDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("same pair")));
    dialog->close();
}
