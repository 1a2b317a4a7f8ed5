// Ratings files dropped on the comparison panel, and the Raters dialog.
#include "core/history/database.h"
#include "core/history/historystore.h"
#include "core/run/runsession.h"
#include "gui/screenshots.h"
#include "support/ratingsfixture.h"
#include "support/tempworkspace.h"
#include "ui/common/messagebox.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/ratersdialog.h"
#include "ui/stats/statsdialog.h"

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Cb;

namespace {

struct DropScene
{
    Test::TempWorkspace ws;
    std::unique_ptr<Core::Database> db;
    std::unique_ptr<Core::HistoryStore> store;
    std::unique_ptr<Test::RatingsFixture> fixture;
    std::unique_ptr<Core::RunSession> session;
    Ui::ComparePanel panel;

    DropScene()
    {
        db = std::move(*Core::Database::open(ws.filePath(QStringLiteral("history.sqlite"))));
        store = std::make_unique<Core::HistoryStore>(*db);
        fixture = std::make_unique<Test::RatingsFixture>(*db);
        session = std::make_unique<Core::RunSession>(fixture->run);
        panel.resize(1100, 600);
        panel.setHistoryStore(store.get());
        panel.showSession(session.get());
        panel.show();
    }

    int voteCount() const
    {
        QSqlQuery q(db->connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM votes")) && q.next() ? q.value(0).toInt() : -1;
    }

    // Drags the files over the panel and drops them; returns whether the panel took the drag.
    bool drop(const QStringList& paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString& p : paths)
            urls << QUrl::fromLocalFile(p);
        mime.setUrls(urls);
        const QPoint at = panel.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&panel, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&panel, &dropEvent);
        return dropEvent.isAccepted();
    }
};

} // namespace

TEST(RatingsDrop_comparePanel, ratingsFile_importsVotesRefreshesSessionAndStats)
{
    DropScene s;
    ASSERT_TRUE(s.fixture->ok());
    s.panel.toolButton(QStringLiteral("statsButton"))->click();
    auto* stats = s.panel.findChild<Ui::StatsDialog*>();
    ASSERT_NE(stats, nullptr);
    QSignalSpy refreshed(stats, &Ui::StatsDialog::statsShown);
    EXPECT_EQ(stats->pairTable()->rowCount(), 0);
    const QString path = s.ws.write(QStringLiteral("ana-ratings.json"),
                                    s.fixture->file({{QStringLiteral("q1a"), QStringLiteral("a"), QStringLiteral("clearer")},
                                                     {QStringLiteral("q3c"), QStringLiteral("b")}}));
    Ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(s.drop({path}));
    EXPECT_EQ(s.voteCount(), 2);
    EXPECT_TRUE(Ui::MessageBox::lastText().contains(QStringLiteral("ana-ratings.json — Ana")))
        << Ui::MessageBox::lastText().toStdString();
    EXPECT_TRUE(Ui::MessageBox::lastText().contains(QStringLiteral("2 vote(s) added")));
    ASSERT_EQ(s.session->record().votes.size(), 2); // the comparison sees the panel's votes
    EXPECT_EQ(s.session->record().votes[0].raterName, QStringLiteral("Ana"));
    EXPECT_GE(refreshed.count(), 1);
    EXPECT_GT(stats->pairTable()->rowCount(), 0); // the open statistics count the imported votes
    // Ana's votes are hers: blind voting still asks the person at the keyboard every pair.
    s.panel.toolButton(QStringLiteral("blindButton"))->click();
    EXPECT_EQ(s.panel.blindPairs().size(), 3);
    stats->close();
}

TEST(RatingsDrop_comparePanel, tamperedFile_refusedWithReasonAndNothingWritten)
{
    DropScene s;
    ASSERT_TRUE(s.fixture->ok());
    const QString good = s.ws.write(QStringLiteral("bea.json"), s.fixture->file({{QStringLiteral("q2b"), QStringLiteral("tie")}}));
    QByteArray bytes = s.fixture->file({{QStringLiteral("q1a"), QStringLiteral("a")}});
    bytes.replace("\"verdict\": \"a\"", "\"verdict\": \"b\"");
    const QString bad = s.ws.write(QStringLiteral("ana.json"), bytes);
    Ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(s.drop({good, bad}));
    EXPECT_EQ(s.voteCount(), 0);
    EXPECT_TRUE(Ui::MessageBox::lastText().startsWith(QStringLiteral("Nothing was imported.")));
    EXPECT_TRUE(Ui::MessageBox::lastText().contains(QStringLiteral("ana.json: its integrity code does not match")));
    EXPECT_TRUE(s.session->record().votes.isEmpty());
}

TEST(RatingsDrop_comparePanel, otherFiles_areNotTaken)
{
    DropScene s;
    const QString notes = s.ws.write(QStringLiteral("notes.json"), "{\"format\": \"something-else\"}");
    const QString text = s.ws.write(QStringLiteral("notes.txt"), "hello");
    EXPECT_FALSE(s.drop({notes, text}));
    EXPECT_EQ(s.voteCount(), 0);
}

TEST(RatersDialog_rename, editedName_isStoredAndShown)
{
    DropScene s;
    ASSERT_TRUE(s.fixture->ok());
    Ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(s.drop({s.ws.write(QStringLiteral("ana.json"), s.fixture->file({{QStringLiteral("q1a"), QStringLiteral("a")}}))}));
    s.panel.toolButton(QStringLiteral("ratersButton"))->click();
    auto* dialog = s.panel.findChild<Ui::RatersDialog*>();
    ASSERT_NE(dialog, nullptr);
    QTableWidget* table = dialog->table();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Ana"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("1"));
    table->item(0, 0)->setText(QStringLiteral("Ana Kovač")); // as an edit in place does
    ASSERT_TRUE(QTest::qWaitFor([&] { return s.session->record().votes.value(0).raterName == QStringLiteral("Ana Kovač"); }));
    EXPECT_EQ(dialog->table()->item(0, 0)->text(), QStringLiteral("Ana Kovač"));
    auto run = s.store->loadRun(s.fixture->run.id);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->votes[0].raterName, QStringLiteral("Ana Kovač"));

    Ui::MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(dialog->rename(0, QStringLiteral("   ")));
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Ana Kovač"));
    Cb::Test::saveScreenshot(dialog, QStringLiteral("raters-dialog"));
    dialog->close();
}
